// A release gate built from two other plans in this folder: a security audit of the changed files
// and a fact-check of the release notes run side by side as nested workflows, then one go/no-go call.
// Pattern: composition (workflow() nesting, one level) feeding a final verdict gate.
export const meta = {
  name: 'release-check',
  description: 'Audit the changed files and fact-check the release notes, then give a go/no-go for the release',
  whenToUse: 'Before tagging a release. args: { version: string, files: string[], notes: string }',
  phases: [
    { title: 'Checks', detail: 'audit-files and verify-claims, in parallel' },
    { title: 'Verdict', detail: 'go/no-go from both reports', model: 'opus' },
  ],
  args: {
    type: 'object',
    required: ['version', 'files', 'notes'],
    properties: {
      version: { type: 'string', maxLength: 40 },
      files: { type: 'array', minItems: 1, maxItems: 40, items: { type: 'string', maxLength: 200 } },
      notes: { type: 'string', maxLength: 20000 },
    },
  },
  budget: { agents: 200, tokens: 340000, usd: 12, concurrency: 8 },
  effort: 'medium',
}

const VERDICT = {
  type: 'object',
  required: ['go', 'blockers', 'reason'],
  properties: {
    go: { type: 'boolean' },
    blockers: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 300 } },
    reason: { type: 'string', maxLength: 1000 },
  },
}

phase('Checks')
const [audit, claims] = await parallel([
  () => workflow('audit-files', { files: args.files, focus: 'anything exploitable that this release introduces' }),
  () => workflow('verify-claims', { document: args.notes, context: `Release notes for version ${args.version}` }),
])

if (!audit) log('the security audit failed; the verdict treats it as a blocker')
if (!claims) log('the release-notes fact-check failed; the verdict treats it as a blocker')

const ranked = audit?.report?.ranked ?? []
const killed = claims?.killed ?? []
const auditText = audit
  ? `${audit.audited} of ${audit.files} files audited.\n${ranked.slice(0, 10).map((r) => `- ${r}`).join('\n') || '- no findings'}`
  : 'AUDIT FAILED: no result.'
if (ranked.length > 10) log(`the verdict sees the top 10 of ${ranked.length} ranked audit findings`)
if (killed.length > 15) log(`the verdict sees 15 of ${killed.length} refuted claims`)
const claimsText = claims
  ? `${claims.survived.length} claims hold, ${claims.unverified.length} unverified, refuted:\n${killed.slice(0, 15).map((c) => `- ${c.id}: ${c.text}`).join('\n') || '- none'}`
  : 'FACT-CHECK FAILED: no result.'

phase('Verdict')
const verdict = await gate(() => agent(`Decide whether release ${args.version} can ship.
A security finding ranked high or critical is a blocker. A refuted claim in the release notes is a blocker
until the notes are corrected. A failed check is a blocker.

Security audit:
${auditText}

Release-notes fact-check:
${claimsText}`, {
  label: 'verdict', phase: 'Verdict', model: 'opus', schema: VERDICT, maxTokens: 1500, attempts: 2,
  // The reports come from nested plans; 10 ranked lines of 300 chars plus 15 claims of 400 chars fit in 3,000 tokens.
  inputTokens: 3000,
}), (v) => v.go === (v.blockers.length === 0), { onFail: 'retry', attempts: 2, label: 'consistent-verdict' })

if (!verdict) log('the verdict contradicted itself twice; returning no-go for a human to decide')
return verdict ?? { go: false, blockers: ['no consistent verdict; decide by hand'], reason: 'the verdict agent failed or contradicted itself' }
