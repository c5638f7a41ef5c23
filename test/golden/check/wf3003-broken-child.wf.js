// Not a golden: the nested plan WF3003-nested-plan-has-errors calls. Its own error is a misspelt name.
export const meta = { name: 'wf3003-broken-child', description: 'A child plan with an error' }

const summary = await agnet('Summarise the changelog', { label: 'summary', model: 'haiku', maxTokens: 300 })
log(summary)
