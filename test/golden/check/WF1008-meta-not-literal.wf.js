// WF1008: `meta` must be a pure literal.
export const meta = { name: 'computed', description: `Review ${2 + 2} files` }

const answer = await agent('Say hello', { label: 'hello', model: 'haiku' })
log(answer)
