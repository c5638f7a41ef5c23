const a = ;
log(a)
