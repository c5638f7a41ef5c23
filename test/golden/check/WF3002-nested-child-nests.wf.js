// WF3002, seen from the parent: the plan it calls nests another workflow itself. The child's code
// is passed through, reported at this call with the child's file and line.
export const meta = { name: 'nest-twice', description: 'A workflow that nests two levels' }

const result = await workflow('WF3002-workflow-nesting', {})
log(result)
