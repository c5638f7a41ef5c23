// Review the files changed in a pull request: one reviewer per file, a grounding gate, one summary.
// Pattern: fan-out-and-synthesize.
export const meta = {
  name: 'review-pr',
  description: 'Review each changed file and return a ranked list of problems',
  whenToUse: 'Reviewing a pull request. args: { files: string[] (at most 20) }',
  phases: [{ title: 'Review' }, { title: 'Summarise' }],
  args: {
    type: 'object',
    required: ['files'],
    properties: { files: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 200 } } },
  },
  budget: { agents: 80, tokens: 200000, usd: 8, concurrency: 8 },
  effort: 'medium',
}

const FINDINGS = {
  type: 'object',
  required: ['findings'],
  properties: {
    findings: {
      type: 'array',
      maxItems: 8,
      items: {
        type: 'object',
        required: ['title', 'severity', 'line', 'evidence'],
        properties: {
          title: { type: 'string', maxLength: 120 },
          severity: { type: 'string', enum: ['high', 'medium', 'low'] },
          line: { type: 'integer', minimum: 1 },
          evidence: { type: 'string', maxLength: 300 },
        },
      },
    },
  },
}

const SUMMARY = {
  type: 'object',
  required: ['summary', 'ranked'],
  properties: {
    summary: { type: 'string', maxLength: 1500 },
    ranked: { type: 'array', maxItems: 15, items: { type: 'string', maxLength: 300 } },
  },
}

function reviewPrompt(path) {
  return `Review the file ${path} for bugs introduced by this change.
Report at most 8 findings, each with its line number and a short quote as evidence.`
}

phase('Review')
const reviews = await parallel(args.files.map((path) => () =>
  agent(reviewPrompt(path), { label: 'review', phase: 'Review', model: 'haiku', schema: FINDINGS, maxTokens: 1500 })
    .then((r) => (r ? { path, findings: r.findings } : null))))
const done = reviews.filter(Boolean)
log(`${done.length} of ${args.files.length} reviews finished`)

const all = done.flatMap((d) => d.findings.map((f) => ({ ...f, file: d.path })))
const grounded = await gate(all, (f) => f.evidence.length >= 8, { each: true, onFail: 'drop', label: 'grounded' })

phase('Summarise')
const lines = grounded.slice(0, 40).map((f) => `- [${f.severity}] ${f.file}:${f.line} ${f.title}`).join('\n')
if (grounded.length > 40) log(`summary sees 40 of ${grounded.length} findings`)
let report = null
if (grounded.length > 0) report = await agent(`Rank these review findings by impact and summarise them for the author.\n\n${lines}`,
  { label: 'summarise', phase: 'Summarise', model: 'sonnet', schema: SUMMARY, maxTokens: 2000 })

const checked = await gate(report, (r) => r !== null && r.summary.length > 0, { onFail: 'abort', label: 'report-complete' })
return { report: checked, reviewed: done.length }
