// WF4001: an agent's schema must be an object at the root.
export const meta = { name: 'list-files', description: 'List the files' }

const files = await agent('List the files in src/', { label: 'list', model: 'haiku', schema: { type: 'array', maxItems: 50, items: { type: 'string' } } })
log(files)
