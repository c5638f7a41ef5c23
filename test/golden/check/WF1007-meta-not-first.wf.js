// WF1007: `meta` must come first.
const model = 'haiku'
export const meta = { name: 'late-meta', description: 'Meta after code' }

const answer = await agent('Say hello', { label: 'hello', model })
log(answer)
