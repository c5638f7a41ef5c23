log('a'))
