const f = (a, 1) => a
