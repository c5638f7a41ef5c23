// WF2004: `parallel` takes thunks; these promises have already started.
export const meta = { name: 'pair-review', description: 'Two reviews at once' }

const [a, b] = await parallel([
  agent('Review a.ts', { label: 'review-a', model: 'haiku' }),
  agent('Review b.ts', { label: 'review-b', model: 'haiku' }),
])
log(`${a} ${b}`)
