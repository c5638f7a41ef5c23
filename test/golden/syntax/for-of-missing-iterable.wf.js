for (const x of) { log(x) }
