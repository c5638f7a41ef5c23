const opts = { label: 'a', model: 'sonnet'
const r = await agent('x', opts)
