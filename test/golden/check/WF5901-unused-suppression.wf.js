export const meta = { name: 'suppress', description: 'a suppression that silences nothing' }
// wfc-ignore WF5004: this agent is not in a fan-out, so there is nothing to silence
const a = await agent('Say hello', { label: 'hello', model: 'haiku', maxTokens: 50 })
return await gate(a, (x) => typeof x === 'string', { onFail: 'abort', label: 'ok' })
