// Tighten a draft in rounds, then proofread it in rounds. Pattern: refine-in-rounds.
export const meta = {
  name: 'polish-text',
  description: 'Shorten a text in rounds, then proofread it',
  whenToUse: 'Polishing release notes. args: { text: string }',
  args: { type: 'object', required: ['text'], properties: { text: { type: 'string', maxLength: 4000 } } },
  budget: { agents: 40, tokens: 60000, usd: 2 },
  effort: 'low',
}

let text = args.text
for (let i = 0; i < 3; i++) {
  const shorter = await agent(`Shorten this text by a fifth without losing facts:\n${text}`, { label: 'shorten', model: 'haiku', maxTokens: 1200 })
  if (!shorter) break
  text = shorter.slice(0, 4000)
}
for (let i = 0; i < 2; i++) {
  const fixed = await agent(`Fix spelling and grammar only:\n${text}`, { label: 'proofread', model: 'haiku', maxTokens: 1200 })
  if (!fixed) break
  text = fixed.slice(0, 4000)
}
const checked = await gate(text, (t) => t.length > 0, { onFail: 'abort', label: 'non-empty' })
return checked
