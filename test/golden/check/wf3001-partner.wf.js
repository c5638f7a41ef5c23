// Not a golden: the other half of WF3001-workflow-cycle's cycle.
export const meta = { name: 'wf3001-partner', description: 'Calls its caller back' }

const answer = await workflow('WF3001-workflow-cycle', {})
log(answer)
