const r = await agent('x' { label: 'r' })
