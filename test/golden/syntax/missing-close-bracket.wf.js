const xs = [1, 2, 3
log(xs)
