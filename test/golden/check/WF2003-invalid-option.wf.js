// WF2003: `maxTokens` must be a number known before the run.
export const meta = { name: 'review', description: 'Review one file' }

const review = await agent('Review src/index.ts', { label: 'review', model: 'haiku', maxTokens: '2000' })
log(review)
