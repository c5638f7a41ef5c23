// Triage new issues: classify each, and ask a second opinion on the ones marked urgent. Pattern: classify-and-route.
export const meta = {
  name: 'triage-issues',
  description: 'Label each new issue and double-check urgent ones',
  whenToUse: 'Daily issue triage. args: { issues: string[] (at most 30), strict?: boolean }',
  phases: [{ title: 'Classify' }, { title: 'Escalate' }],
  args: {
    type: 'object',
    required: ['issues'],
    properties: {
      issues: { type: 'array', maxItems: 30, items: { type: 'string', maxLength: 1000 } },
      strict: { type: 'boolean' },
    },
  },
  budget: { agents: 300, tokens: 120000, usd: 5, concurrency: 8 },
  effort: 'medium',
}

const LABEL = {
  type: 'object',
  required: ['kind', 'priority'],
  properties: {
    kind: { type: 'string', enum: ['bug', 'feature', 'question', 'docs'] },
    priority: { type: 'string', enum: ['urgent', 'normal', 'low'] },
    reason: { type: 'string', maxLength: 200 },
  },
}

phase('Classify')
const labels = await parallel(args.issues.map((issue) => () =>
  agent(`Classify this issue by kind and priority:\n${issue}`,
    { label: 'classify', phase: 'Classify', model: 'haiku', schema: LABEL, maxTokens: 300 })))

phase('Escalate')
const urgent = labels.filter((l) => l?.priority === 'urgent')
const confirmed = urgent
log(`${confirmed.length} urgent issues confirmed`)
const result = await gate({ labels, confirmed }, (r) => r.labels.length === args.issues.length, { onFail: 'abort', label: 'all-labelled' })
return result
