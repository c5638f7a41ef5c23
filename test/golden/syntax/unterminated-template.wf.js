const p = `Review ${file}
log(p)
