// WF4002: `required` names a property that `properties` does not define.
export const meta = { name: 'review', description: 'Review one file' }

const review = await agent('Review src/index.ts', {
  label: 'review',
  model: 'haiku',
  schema: {
    type: 'object',
    properties: { findings: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 200 } } },
    required: ['findings', 'severity'],
  },
})
log(review.findings.length)
