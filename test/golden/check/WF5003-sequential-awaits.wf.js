// WF5003: three independent agents awaited one after another.
export const meta = {
  name: 'weigh-options',
  description: 'List the pros, cons and risks of a proposal',
  args: { type: 'object', properties: { proposal: { type: 'string', maxLength: 2000 } } },
}

const pros = await agent(`List the pros of: ${args.proposal}`, { label: 'pros' })
const cons = await agent(`List the cons of: ${args.proposal}`, { label: 'cons' })
const risks = await agent(`List the risks of: ${args.proposal}`, { label: 'risks' })
const verdict = await agent(`Weigh these.\nPros: ${pros}\nCons: ${cons}\nRisks: ${risks}`, { label: 'verdict' })

return await gate(verdict, (v) => v.length > 0, { onFail: 'abort', label: 'has-verdict' })
