const p = `Review ${file
