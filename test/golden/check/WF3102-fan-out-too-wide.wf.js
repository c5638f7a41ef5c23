// WF3102: one `parallel` takes at most 4,096 items.
export const meta = {
  name: 'classify',
  description: 'Classify every line',
  args: { type: 'object', properties: { lines: { type: 'array', maxItems: 5000, items: { type: 'string', maxLength: 200 } } } },
}

const labels = await parallel(args.lines.map((l) => () => agent(`Classify: ${l}`, { label: 'classify', model: 'haiku', maxTokens: 10, attempts: 1 })))
log(`${labels.length} labels`)
