// WF5001: a draft that nothing reads, and an awaited agent whose answer is dropped.
export const meta = {
  name: 'release-notes',
  description: 'Draft release notes and a tweet for a version',
  args: { type: 'object', properties: { version: { type: 'string', maxLength: 40 } } },
  defaults: { model: 'haiku' },
}

const draft = await agent(`Draft release notes for ${args.version}`, { label: 'draft' })
await agent(`Write a tweet announcing ${args.version}`, { label: 'tweet' })

const notes = await agent(`Write final release notes for ${args.version}`, { label: 'notes' })
return await gate(notes, (n) => n.length > 0, { onFail: 'abort', label: 'non-empty' })
