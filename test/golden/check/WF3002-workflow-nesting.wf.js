// WF3002: this plan runs as a child (its parent calls `workflow('WF3002-workflow-nesting')`), so it
// may not nest another workflow. The golden compiles it the way its parent does: one level down.
// golden-options: {"depth":1}
export const meta = { name: 'nested-child', description: 'A child plan that nests again' }

const inner = await workflow('wf3002-grandchild', {})
log(inner)
