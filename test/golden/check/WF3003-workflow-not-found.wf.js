// WF3003: no plan file by that name beside this one.
export const meta = { name: 'caller', description: 'Call a missing plan' }

const result = await workflow('reveiw-pr', { pr: 12 })
log(result)
