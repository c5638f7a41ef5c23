const r = await agent('review', { label: 'r' }
log(r)
