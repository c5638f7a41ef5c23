// WF5007: a misspelt phase title and an agent in a phase that meta does not declare.
export const meta = {
  name: 'review',
  description: 'Review a change and summarise the review',
  phases: [{ title: 'Review' }, { title: 'Summarise' }],
  args: { type: 'object', properties: { change: { type: 'string', maxLength: 4000 } } },
  defaults: { model: 'sonnet' },
}

phase('Review')
const review = await agent(`Review ${args.change}`, { label: 'review', phase: 'Review' })
phase('Sumarise')
const summary = await agent(`Summarise: ${review}`, { label: 'summary', phase: 'Report' })
phase('Summarise')
return await gate(summary, (s) => s.length > 0, { onFail: 'abort', label: 'non-empty' })
