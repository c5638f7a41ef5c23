// WF1010: a character the lexer cannot read.
export const meta = { name: 'bad-char', description: 'A stray character' }

const n = 3 @ 4
log(n)
