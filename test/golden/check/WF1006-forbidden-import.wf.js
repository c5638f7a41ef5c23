// WF1006: plans cannot import modules.
export const meta = { name: 'reader', description: 'Read a file' }

const fs = require('fs')
log(fs)
