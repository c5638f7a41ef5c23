// WF1001: a missing closing parenthesis stops the parser.
export const meta = { name: 'summarise', description: 'Summarise a file' }

const summary = await agent('Summarise README.md', { label: 'summarise', model: 'haiku' }
log(summary)
