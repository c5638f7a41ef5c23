// WF3202: 500 items × 3 attempts is more than the 1,000 agent calls a run may make.
export const meta = {
  name: 'big-sweep',
  description: 'Summarise many files',
  args: { type: 'object', properties: { files: { type: 'array', maxItems: 500, items: { type: 'string', maxLength: 200 } } } },
}

const notes = await parallel(args.files.map((f) => () => agent(`Summarise ${f}`, { label: 'summarise', model: 'haiku', maxTokens: 100 })))
log(`${notes.length} notes`)
