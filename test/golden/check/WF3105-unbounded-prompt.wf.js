// WF3105: `args.diff` has no `maxLength`, so the prompt's size has no bound.
export const meta = {
  name: 'review-diff',
  description: 'Review a diff',
  args: { type: 'object', properties: { diff: { type: 'string' } } },
}

const review = await agent(`Review this diff:\n${args.diff}`, { label: 'review', model: 'sonnet' })
log(review)
