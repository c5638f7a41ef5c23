// Not a golden: the second level of WF3002's nesting.
export const meta = { name: 'wf3002-grandchild', description: 'The second level' }

const answer = await agent('Say hello', { label: 'hello', model: 'haiku', maxTokens: 100 })
log(answer)
