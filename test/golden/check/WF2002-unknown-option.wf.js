// WF2002: a misspelt agent option, with a suggestion.
export const meta = { name: 'review', description: 'Review one file' }

const review = await agent('Review src/index.ts', { label: 'review', model: 'haiku', maxToken: 2000 })
log(review)
