const a = f(
const b = )
const c = [1, 2
let d = 3
