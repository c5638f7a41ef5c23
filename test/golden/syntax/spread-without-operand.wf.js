const xs = [...]
