// Fact-check a document: extract its claims, send three skeptics with different angles at each claim,
// and kill every claim a majority of them refutes. A skeptic that fails is not a vote either way.
// Pattern: adversarial verification with votes.
export const meta = {
  name: 'verify-claims',
  description: 'Extract the checkable claims of a document and keep only those a majority of skeptics cannot refute',
  whenToUse: 'Fact-checking a design doc, report or answer. args: { document: string, context?: string }',
  phases: [
    { title: 'Extract', detail: 'list the checkable claims', model: 'sonnet' },
    { title: 'Challenge', detail: 'three skeptics per claim, majority refute kills', model: 'sonnet' },
    { title: 'Decide', detail: 'tally the votes and account for every claim' },
  ],
  args: {
    type: 'object',
    required: ['document'],
    properties: {
      document: { type: 'string', maxLength: 40000 },
      context: { type: 'string', maxLength: 2000 },
    },
  },
  budget: { agents: 100, tokens: 80000, usd: 3, concurrency: 8 },
  effort: 'medium',
  defaults: { attempts: 2 },
}

const SKEPTICS = [
  'logic: does the claim follow from what the document itself says?',
  'evidence: is there a source, measurement or code reference that supports it, and does it say what is claimed?',
  'numbers: are the quantities, units, dates and comparisons right?',
]
const MAJORITY = 2

const CLAIMS = {
  type: 'object',
  required: ['claims'],
  properties: {
    claims: {
      type: 'array',
      maxItems: 15,
      items: {
        type: 'object',
        required: ['id', 'text'],
        properties: {
          id: { type: 'string', maxLength: 12 },
          text: { type: 'string', maxLength: 400 },
        },
      },
    },
  },
}

const VOTE = {
  type: 'object',
  required: ['verdict', 'reason'],
  properties: {
    verdict: { type: 'string', enum: ['refuted', 'stands'] },
    reason: { type: 'string', maxLength: 500 },
  },
}

const skepticPrompt = (claim, angle) => `You are a skeptic. Try hard to REFUTE this claim from a document.
Angle: ${angle}
Claim ${claim.id}: ${claim.text}
${args.context ? `Background: ${args.context}` : ''}

Answer "refuted" only with a concrete reason (a contradiction, a missing or misquoted source, a wrong number).
If you cannot refute it, answer "stands". Give your reason in at most three sentences.`

phase('Extract')
const extracted = await agent(`List the factual, checkable claims this document makes (at most 15, most important
first). Skip opinions and plans. Give each an id like C1, C2.

<document>
${args.document}
</document>`, { label: 'extract', phase: 'Extract', model: 'sonnet', schema: CLAIMS, maxTokens: 3000 })

const claims = extracted?.claims ?? []
if (claims.length === 0) log('no checkable claims were extracted')

phase('Challenge')
const tallies = await pipeline(
  claims,
  (claim) => parallel(SKEPTICS.map((angle) => () =>
    agent(skepticPrompt(claim, angle), { label: 'skeptic', phase: 'Challenge', model: 'sonnet', schema: VOTE, maxTokens: 600 }))),
  (votes, claim) => {
    const cast = votes.filter(Boolean)
    const refuting = cast.filter((v) => v.verdict === 'refuted')
    return { claim, cast: cast.length, refutes: refuting.length, reasons: refuting.map((v) => v.reason) }
  },
)

phase('Decide')
const counted = tallies.filter(Boolean)
const unverified = counted.filter((t) => t.cast < MAJORITY)
const voted = counted.filter((t) => t.cast >= MAJORITY)
if (unverified.length > 0) log(`${unverified.length} claims had too few skeptics answer to decide; reported as unverified`)

const survived = await gate(voted, (t) => t.refutes < MAJORITY, { each: true, onFail: 'drop', label: 'majority' })
const killed = voted.filter((t) => t.refutes >= MAJORITY)
for (const t of killed) log(`killed ${t.claim.id} (${t.refutes}/${t.cast} refuted): ${t.claim.text.slice(0, 80)}`)

const result = {
  survived: survived.map((t) => t.claim),
  killed: killed.map((t) => ({ ...t.claim, reasons: t.reasons })),
  unverified: unverified.map((t) => t.claim),
}

return await gate(result,
  (r) => r.survived.length + r.killed.length + r.unverified.length === counted.length,
  { onFail: 'abort', label: 'every-claim-accounted' })
