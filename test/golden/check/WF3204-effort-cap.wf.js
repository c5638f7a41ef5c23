// WF3204: the `low` effort tier allows fan-outs of 8 items.
export const meta = {
  name: 'low-effort',
  description: 'A wide fan-out at low effort',
  effort: 'low',
  args: { type: 'object', properties: { files: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 200 } } } },
}

const notes = await parallel(args.files.map((f) => () => agent(`Summarise ${f}`, { label: 'summarise', model: 'haiku', maxTokens: 100 })))
log(`${notes.length} notes`)
