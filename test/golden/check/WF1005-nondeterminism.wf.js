// WF1005: Math.random() breaks replay.
export const meta = { name: 'sampler', description: 'Review a random file' }

const pick = Math.random() > 0.5 ? 'a.ts' : 'b.ts'
const review = await agent(`Review ${pick}`, { label: 'review', model: 'haiku' })
log(review)
