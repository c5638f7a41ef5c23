// WF1009: a `while` loop with no counter has no bound.
export const meta = { name: 'until-done', description: 'Ask until the agent says done' }

let done = false
while (!done) {
  const verdict = await agent('Are we done?', { label: 'check', model: 'haiku', schema: { type: 'object', properties: { done: { type: 'boolean' } } } })
  done = verdict?.done === true
}
