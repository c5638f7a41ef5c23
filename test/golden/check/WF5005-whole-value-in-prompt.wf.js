// WF5005: whole arrays and objects pasted into prompts.
export const meta = {
  name: 'plan-and-do',
  description: 'Plan the steps of a task, then carry them out',
  args: {
    type: 'object',
    properties: {
      task: { type: 'string', maxLength: 500 },
      files: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 200 } },
    },
  },
  defaults: { model: 'sonnet' },
}

const PLAN = {
  type: 'object',
  required: ['steps'],
  properties: { steps: { type: 'array', maxItems: 8, items: { type: 'string', maxLength: 200 } } },
}

const plan = await agent(`Plan ${args.task}. Files involved: ${args.files}`, { label: 'plan', schema: PLAN })
const result = await agent(`Carry out this plan: ${plan}`, { label: 'do' })

return await gate(result, (r) => r.length > 0, { onFail: 'abort', label: 'done' })
