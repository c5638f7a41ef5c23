// WF3001 across files: this plan calls `wf3001-partner`, which calls this plan back.
export const meta = { name: 'ping', description: 'Two plans that call each other' }

const answer = await workflow('wf3001-partner', {})
log(answer)
