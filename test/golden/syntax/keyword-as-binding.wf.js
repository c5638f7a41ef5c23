const if = 1
