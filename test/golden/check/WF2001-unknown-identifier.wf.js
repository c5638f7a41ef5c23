// WF2001: a misspelt name, with a suggestion.
export const meta = { name: 'review', description: 'Review one file' }

const review = await agnet('Review src/index.ts', { label: 'review', model: 'haiku' })
log(review)
