// Weigh a decision: list the pros, list the cons, then weigh them. Pattern: gather-then-judge.
export const meta = {
  name: 'weigh-decision',
  description: 'List pros and cons of a proposal and give a recommendation',
  whenToUse: 'A yes/no design decision. args: { proposal: string }',
  args: { type: 'object', required: ['proposal'], properties: { proposal: { type: 'string', maxLength: 2000 } } },
  budget: { agents: 12, tokens: 20000, usd: 1 },
  effort: 'low',
}

const pros = await agent(`List the strongest arguments FOR this proposal:\n${args.proposal}`,
  { label: 'pros', model: 'haiku', maxTokens: 600 })
const cons = await agent(`List the strongest arguments AGAINST this proposal:\n${args.proposal}`,
  { label: 'cons', model: 'haiku', maxTokens: 600 })
const verdict = await agent(`Weigh these and recommend yes or no.\nFor:\n${pros}\nAgainst:\n${cons}`,
  { label: 'weigh', model: 'sonnet', maxTokens: 800 })
const checked = await gate(verdict, (v) => /\b(yes|no)\b/i.test(v), { onFail: 'abort', label: 'has-recommendation' })
return checked
