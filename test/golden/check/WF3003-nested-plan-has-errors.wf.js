// WF3003: the nested plan exists but has errors (it nests a second level itself).
export const meta = { name: 'nest-twice', description: 'A workflow that nests two levels' }

const result = await workflow('WF3002-workflow-nesting', {})
log(result)
