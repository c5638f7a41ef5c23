// WF1012: `var` is hoisted and function-scoped.
export const meta = { name: 'old-style', description: 'Uses var' }

var count = 2
log(`count is ${count}`)
