const p = 'Review the file
log(p)
