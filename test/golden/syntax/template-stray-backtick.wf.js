log(`a` `)
