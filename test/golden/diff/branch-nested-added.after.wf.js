// Route each issue by kind inside a pipeline, and (new) double-check low-confidence labels first: an
// `if` added before the nested `if`/`else if` in the same item. Pattern: classify-and-act.
export const meta = {
  name: 'route-issues',
  description: 'Classify each issue, then write a reproduction plan or a spec, or draft an answer',
  args: {
    type: 'object',
    required: ['issues'],
    properties: {
      issues: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 2000 } },
    },
  },
  budget: { usd: 5, concurrency: 4 },
}

const CLASS = {
  type: 'object',
  required: ['kind', 'confidence'],
  properties: {
    kind: { type: 'string', enum: ['bug', 'feature', 'question'] },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
  },
}

phase('Route')
const acted = await pipeline(
  args.issues,
  (issue) => agent(`Classify this issue as bug, feature or question.\n\n${issue}`, { label: 'classify', model: 'haiku', schema: CLASS, maxTokens: 200 }),
  async (cls, issue) => {
    let action
    if (cls.confidence < 0.5) {
      log(await agent(`Is this issue really a ${cls.kind}? Answer yes or no.\n\n${issue}`, { label: 'double-check', model: 'haiku', maxTokens: 50 }))
    }
    if (cls.kind === 'bug') {
      action = await agent(`Write the smallest reproduction plan for this bug.\n\n${issue}`, { label: 'reproduce', model: 'sonnet', maxTokens: 1200 })
    } else if (cls.kind === 'feature') {
      action = await agent(`Write a short spec for this request.\n\n${issue}`, { label: 'spec', model: 'sonnet', maxTokens: 1200 })
    } else {
      action = await agent(`Draft an answer to this question.\n\n${issue}`, { label: 'answer', model: 'haiku', maxTokens: 800 })
    }
    return action
  },
)

const done = acted.filter(Boolean)
log(`${done.length} of ${args.issues.length} issues acted on`)
return done
