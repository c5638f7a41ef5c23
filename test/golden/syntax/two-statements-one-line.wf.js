const a = await agent('a') const b = await agent('b')
