// WF4003: `maxItems` must be a whole number.
export const meta = { name: 'review', description: 'Review one file' }

const review = await agent('Review src/index.ts', {
  label: 'review',
  model: 'haiku',
  schema: { type: 'object', properties: { findings: { type: 'array', maxItems: '10', items: { type: 'string', maxLength: 200 } } } },
})
log(review.findings.length)
