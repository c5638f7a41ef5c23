const f = (x) =>
