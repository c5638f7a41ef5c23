// WF5012: an agent without a label.
export const meta = {
  name: 'haiku',
  description: 'Write a haiku about a topic',
  args: { type: 'object', properties: { topic: { type: 'string', maxLength: 100 } } },
}

const poem = await agent(`Write a haiku about ${args.topic}`, { model: 'haiku' })
return await gate(poem, (p) => p.split('\n').length === 3, { onFail: 'abort', label: 'three-lines' })
