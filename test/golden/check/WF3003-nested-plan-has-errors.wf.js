// WF3003: the nested plan exists but has errors of its own (a misspelt name), reported at the call.
export const meta = { name: 'call-broken', description: 'Call a plan that does not check' }

const result = await workflow('wf3003-broken-child', {})
log(result)
