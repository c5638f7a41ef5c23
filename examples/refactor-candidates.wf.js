// Propose refactorings of one module from four angles, then filter them twice: a cheap predicate
// gate throws out malformed or risky candidates, and a verifier agent rejects any candidate that
// would change behaviour. Pattern: generate-and-filter.
export const meta = {
  name: 'refactor-candidates',
  description: 'Generate refactoring candidates for a module and keep only the behaviour-preserving ones',
  whenToUse: 'Before a cleanup of one module. args: { module: string (path), goal?: string }',
  phases: [
    { title: 'Generate', detail: 'four generators, one angle each', model: 'sonnet' },
    { title: 'Filter', detail: 'predicate gate, then a verifier agent per candidate', model: 'opus' },
  ],
  args: {
    type: 'object',
    required: ['module'],
    properties: {
      module: { type: 'string', maxLength: 200 },
      goal: { type: 'string', maxLength: 500 },
    },
  },
  budget: { agents: 60, tokens: 120000, usd: 6, concurrency: 8 },
  effort: 'medium',
  defaults: { attempts: 2 },
}

const ANGLES = [
  'simplify control flow (early returns, fewer flags, smaller functions)',
  'remove duplication between functions in this module',
  'make names and types say what the code means',
  'separate I/O from pure logic so the logic can be unit-tested',
]

const CANDIDATES = {
  type: 'object',
  required: ['candidates'],
  properties: {
    candidates: {
      type: 'array',
      maxItems: 5,
      items: {
        type: 'object',
        required: ['title', 'change', 'risk', 'rationale'],
        properties: {
          title: { type: 'string', maxLength: 100 },
          change: { type: 'string', maxLength: 1200 },
          risk: { type: 'string', enum: ['low', 'medium', 'high'] },
          rationale: { type: 'string', maxLength: 600 },
        },
      },
    },
  },
}

const VERDICT = {
  type: 'object',
  required: ['pass', 'reason'],
  properties: {
    pass: { type: 'boolean' },
    reason: { type: 'string', maxLength: 400 },
  },
}

const goal = args.goal ?? 'make the module easier to change without changing what it does'

function generatePrompt(angle) {
  return `Propose up to 5 refactorings of ${args.module}.
Goal: ${goal}
Angle: ${angle}
For each, describe the exact change (which functions, what moves where), its risk, and why it helps.
Only propose changes that keep every public function's behaviour identical.`
}

async function preservesBehaviour(c) {
  const v = await agent(`Would this refactoring of ${args.module} change observable behaviour (return values,
thrown errors, side effects, ordering)? Read the module before answering. pass=true only if it cannot.

Title: ${c.title}
Change: ${c.change}`, { label: 'verify', phase: 'Filter', model: 'opus', schema: VERDICT, maxTokens: 800 })
  return v ?? { pass: false, reason: 'verifier failed' }
}

phase('Generate')
const batches = await parallel(ANGLES.map((angle) => () =>
  agent(generatePrompt(angle), { label: 'generate', phase: 'Generate', model: 'sonnet', schema: CANDIDATES, maxTokens: 3000 })))
const generated = batches.filter(Boolean).flatMap((b) => b.candidates)
log(`${generated.length} candidates from ${batches.filter(Boolean).length} of ${ANGLES.length} generators`)

phase('Filter')
const seen = new Set()
const distinct = generated.filter((c) => {
  const key = c.title.toLowerCase().trim()
  if (seen.has(key)) return false
  seen.add(key)
  return true
})
if (distinct.length < generated.length) log(`dropped ${generated.length - distinct.length} duplicate titles`)

const wellFormed = await gate(distinct, (c) => c.risk !== 'high' && c.rationale.length >= 40 && c.change.length >= 40,
  { each: true, onFail: 'drop', label: 'well-formed' })
log(`${distinct.length - wellFormed.length} candidates dropped as high-risk or under-explained`)

const verified = await gate(wellFormed, (c) => preservesBehaviour(c), { each: true, onFail: 'drop', label: 'preserves-behaviour' })
log(`${verified.length} of ${wellFormed.length} candidates survived the behaviour check`)

const ranked = [...verified].sort((a, b) => (a.risk === b.risk ? 0 : a.risk === 'low' ? -1 : 1))
return await gate({ module: args.module, candidates: ranked },
  (r) => r.candidates.every((c) => c.risk !== 'high'), { onFail: 'abort', label: 'no-high-risk' })
