// WF3201: the worst case (3 reviews × 3 attempts) is over the declared budget of 5 agent calls.
export const meta = {
  name: 'triple-review',
  description: 'Three reviews of one file',
  budget: { agents: 5 },
}

const reviews = await parallel(['security', 'style', 'tests'].map((focus) => () => agent(`Review src/index.ts for ${focus}`, { label: 'review', model: 'haiku' })))
log(`${reviews.length} reviews`)
