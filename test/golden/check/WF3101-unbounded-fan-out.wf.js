// WF3101: the args schema gives `files` no `maxItems`, so the fan-out has no bound.
export const meta = {
  name: 'review-files',
  description: 'Review every file',
  args: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', maxLength: 200 } } } },
}

const reviews = await parallel(args.files.map((f) => () => agent(`Review ${f}`, { label: 'review', model: 'haiku' })))
log(`${reviews.length} reviews`)
