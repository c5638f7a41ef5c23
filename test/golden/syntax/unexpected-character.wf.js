const total = a @ b
