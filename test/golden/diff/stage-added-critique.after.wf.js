// Answer a question by splitting it into sub-questions and researching each. Pattern: plan-and-fan-out.
export const meta = {
  name: 'research',
  description: 'Split a question into sub-questions, research each, and merge the answers',
  whenToUse: 'Open-ended research. args: { question: string, sources: string[] }',
  phases: [{ title: 'Plan' }, { title: 'Research' }, { title: 'Merge' }],
  args: {
    type: 'object',
    required: ['question', 'sources'],
    properties: {
      question: { type: 'string', maxLength: 500 },
      sources: { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 200 } },
    },
  },
  budget: { agents: 60, tokens: 150000, usd: 6, concurrency: 8 },
  effort: 'medium',
}

const PLAN = {
  type: 'object',
  required: ['questions'],
  properties: { questions: { type: 'array', maxItems: 5, items: { type: 'string', maxLength: 300 } } },
}

phase('Plan')
const plan = await agent(`Split this question into at most 5 independent sub-questions:\n${args.question}`,
  { label: 'plan', phase: 'Plan', model: 'sonnet', schema: PLAN, maxTokens: 800 })
const questions = plan?.questions ?? []

const sources = args.sources.slice(0, 10)
if (args.sources.length > sources.length) log(`researching with 10 of ${args.sources.length} sources`)
const sourceList = sources.join('\n')

phase('Research')
const answers = await parallel(questions.map((q) => () =>
  agent(`Answer using only these sources:\n${sourceList}\n\nQuestion: ${q}`,
    { label: 'answer', phase: 'Research', model: 'haiku', maxTokens: 1000 })))

phase('Merge')
const merged = await agent(`Merge these answers into one for: ${args.question}\n\n${answers.filter(Boolean).join('\n---\n')}`,
  { label: 'merge', phase: 'Merge', model: 'sonnet', maxTokens: 2000 })
const critique = await agent(`List claims in this answer that the sources do not support:\n${merged}`,
  { label: 'critique', phase: 'Merge', model: 'haiku', maxTokens: 600 })
const checked = await gate({ answer: merged, gaps: critique }, (m) => m.answer.length > 100, { onFail: 'abort', label: 'substantial' })
return checked
