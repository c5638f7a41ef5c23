const a = 1
}
log(a)
