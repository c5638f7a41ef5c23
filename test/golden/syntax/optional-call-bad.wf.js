const v = a?.
