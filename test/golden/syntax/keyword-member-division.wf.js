const avg = stats.default / n + x / 2
