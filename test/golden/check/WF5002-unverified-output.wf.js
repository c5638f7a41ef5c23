// WF5002: the plan returns answers that no gate has checked.
export const meta = {
  name: 'summaries',
  description: 'Summarise three documents',
  defaults: { model: 'haiku' },
}

const DOCS = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md']
const summaries = await parallel(DOCS.map((doc) => () => agent(`Summarise ${doc} in three lines`, { label: 'summarise' })))
const written = summaries.filter(Boolean)
log(`${written.length} of ${DOCS.length} summaries written`)

return { count: written.length, summaries: written }
