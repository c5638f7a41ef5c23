// WF1011: two statements on one line.
export const meta = { name: 'one-line', description: 'Two statements on one line' }

const a = 1 const b = 2
log(a + b)
