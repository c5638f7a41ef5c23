// WF5011: reading fields of fan-out results that may be null.
export const meta = {
  name: 'titles',
  description: 'Propose a title per section',
  defaults: { model: 'haiku' },
}

const TITLE = { type: 'object', required: ['title'], properties: { title: { type: 'string', maxLength: 80 } } }
const SECTIONS = ['intro', 'design', 'rollout']

const proposals = await parallel(SECTIONS.map((s) => () => agent(`Title for the ${s} section`, { label: 'title', schema: TITLE })))
for (const p of proposals) log(`proposed: ${p.title}`)
const titles = proposals.map((p) => p.title)
const first = proposals[0].title

return await gate({ titles, first }, (r) => r.titles.length > 0, { onFail: 'abort', label: 'has-titles' })
