// WF5009: two different agents both labelled `review`.
export const meta = {
  name: 'two-reviews',
  description: 'Review the API and the UI of a change',
  args: { type: 'object', properties: { change: { type: 'string', maxLength: 4000 } } },
}

const [api, ui] = await parallel([
  () => agent(`Review the API of ${args.change}`, { label: 'review', model: 'sonnet' }),
  () => agent(`Review the UI of ${args.change}`, { label: 'review', model: 'sonnet' }),
])
return await gate({ api, ui }, (r) => r.api !== null && r.ui !== null, { onFail: 'abort', label: 'both' })
