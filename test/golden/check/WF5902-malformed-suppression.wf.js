export const meta = { name: 'suppress', description: 'a suppression wfc cannot read' }
// wfc-ignore misssing-label: the greeting needs no label
const a = await agent('Say hello', { model: 'haiku', maxTokens: 50 })
return await gate(a, (x) => typeof x === 'string', { onFail: 'abort', label: 'ok' })
