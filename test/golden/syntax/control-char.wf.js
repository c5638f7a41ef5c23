const a = 1
