// Critique a draft from two angles, then revise it. Pattern: multi-critic.
export const meta = {
  name: 'critique-draft',
  description: 'Two critics read a draft, one reviser applies their notes',
  whenToUse: 'Polishing a document. args: { draft: string }',
  args: { type: 'object', required: ['draft'], properties: { draft: { type: 'string', maxLength: 8000 } } },
  budget: { agents: 12, tokens: 30000, usd: 2 },
  effort: 'low',
}

const notes = await parallel([
  () => agent(`Critique the clarity of this draft. List concrete edits.\n${args.draft}`, { label: 'critic', model: 'haiku', maxTokens: 800 }),
  () => agent(`Critique the factual accuracy of this draft. List claims to check.\n${args.draft}`, { label: 'critic', model: 'sonnet', maxTokens: 800 }),
])
const revised = await agent(`Revise the draft using these notes.\nNotes:\n${notes.filter(Boolean).join('\n---\n')}\nDraft:\n${args.draft}`,
  { label: 'revise', model: 'sonnet', maxTokens: 3000 })
const checked = await gate(revised, (r) => r.length > 0, { onFail: 'abort', label: 'non-empty' })
return checked
