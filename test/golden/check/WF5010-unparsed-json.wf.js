// WF5010: asking for JSON in prose and parsing it by hand.
export const meta = {
  name: 'risks',
  description: 'List the risks of a change as structured data',
  args: { type: 'object', properties: { change: { type: 'string', maxLength: 4000 } } },
}

const raw = await agent(`List the risks of ${args.change} as a JSON array of strings`, { label: 'risks' })
const risks = JSON.parse(raw.trim())
return await gate(risks, (r) => Array.isArray(r), { onFail: 'abort', label: 'is-list' })
