// Eight designers answer the same design question under different constraints; a knockout
// tournament of pairwise judges picks the winner. Pairwise judging resists the bias a single judge
// shows when it scores many options at once. Pattern: tournament.
export const meta = {
  name: 'pick-design',
  description: 'Generate eight competing designs for a question and pick one by pairwise knockout judging',
  whenToUse: 'An open design choice with several plausible answers. args: { question: string, constraints?: string[] }',
  phases: [
    { title: 'Propose', detail: 'eight designers, one stance each', model: 'sonnet' },
    { title: 'Judge', detail: 'knockout rounds of pairwise judges', model: 'opus' },
  ],
  args: {
    type: 'object',
    required: ['question'],
    properties: {
      question: { type: 'string', maxLength: 3000 },
      constraints: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 200 } },
    },
  },
  budget: { agents: 70, tokens: 80000, usd: 5, concurrency: 8 },
  effort: 'medium',
  defaults: { attempts: 2 },
}

const STANCES = [
  'the simplest thing that could work',
  'optimise for operability at 3am',
  'optimise for the next two years of feature work',
  'lowest cost to run',
  'strongest correctness guarantees',
  'reuse what the team already runs',
  'easiest to roll back',
  'best developer experience',
]
const ROUNDS = 3 // 8 -> 4 -> 2 -> 1

const DESIGN = {
  type: 'object',
  required: ['name', 'pitch'],
  properties: {
    name: { type: 'string', maxLength: 60 },
    pitch: { type: 'string', maxLength: 2400 },
  },
}

const JUDGEMENT = {
  type: 'object',
  required: ['better', 'reason'],
  properties: {
    better: { type: 'string', enum: ['A', 'B'] },
    reason: { type: 'string', maxLength: 600 },
  },
}

const constraints = (args.constraints ?? []).map((c) => `- ${c}`).join('\n') || '- none given'

const judgePrompt = (first, second) => `Two designs answer this question:
${args.question}

Hard constraints:
${constraints}

Design A — ${first.name}:
${first.pitch}

Design B — ${second.name}:
${second.pitch}

Which design better answers the question within the constraints? Ignore length and polish; judge substance.`

phase('Propose')
const designs = await parallel(STANCES.map((stance) => () =>
  agent(`Answer this design question with one concrete design.
${args.question}

Hard constraints:
${constraints}

Your stance: ${stance}. Name the design in a few words and pitch it in at most 300 words.`,
  { label: 'design', phase: 'Propose', model: 'sonnet', schema: DESIGN, maxTokens: 1200 })))

let remaining = designs.filter(Boolean)
log(`${remaining.length} of ${STANCES.length} designers answered`)

phase('Judge')
for (let round = 0; round < ROUNDS; round++) {
  if (remaining.length <= 1) break
  const pairs = remaining
    .map((d, i) => (i % 2 === 0 ? { a: d, b: remaining[i + 1] ?? null } : null))
    .filter(Boolean)
  const winners = await parallel(pairs.map((p, k) => async () => {
    if (!p.b) return p.a // odd one out: a bye
    // Alternate which design is shown first, so position bias cannot favour one side every time.
    const swap = (round + k) % 2 === 1
    const [first, second] = swap ? [p.b, p.a] : [p.a, p.b]
    const j = await agent(judgePrompt(first, second), { label: 'judge', phase: 'Judge', model: 'opus', schema: JUDGEMENT, maxTokens: 800 })
    if (!j) {
      log(`round ${round + 1}: judge of ${p.a.name} vs ${p.b.name} failed; ${p.a.name} advances by default`)
      return p.a
    }
    return j.better === 'A' ? first : second
  }))
  remaining = winners.filter(Boolean)
  log(`round ${round + 1}: ${remaining.map((d) => d.name).join(', ')} advance`)
}

const winner = remaining[0] ?? null
if (remaining.length > 1) log(`${remaining.length} designs were still in play after ${ROUNDS} rounds; the first is returned`)

return await gate({ winner, finalists: remaining.map((d) => d.name) },
  (r) => r.winner !== null && r.winner.pitch.length > 0, { onFail: 'abort', label: 'has-winner' })
