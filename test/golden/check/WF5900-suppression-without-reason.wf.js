export const meta = { name: 'suppress', description: 'a suppression with no reason' }
// wfc-ignore WF5012
const a = await agent('Say hello', { model: 'haiku', maxTokens: 50 })
return await gate(a, (x) => typeof x === 'string', { onFail: 'abort', label: 'ok' })
