log(1)
else { log(2) }
