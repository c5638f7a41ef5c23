if ready { log(1) }
