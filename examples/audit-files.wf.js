// Security audit of a known list of files: one reviewer per file, a grounding gate, one synthesis.
// Pattern: fan-out-and-synthesize.
export const meta = {
  name: 'audit-files',
  description: 'Audit each listed file for security problems and return a ranked, de-duplicated report',
  whenToUse: 'A security review of a given set of files. args: { files: string[] (at most 40), focus?: string }',
  phases: [
    { title: 'Audit', detail: 'one reviewer per file', model: 'sonnet' },
    { title: 'Ground', detail: 'drop findings that name another file or quote nothing' },
    { title: 'Synthesize', detail: 'merge, rank and explain', model: 'opus' },
  ],
  args: {
    type: 'object',
    required: ['files'],
    properties: {
      files: { type: 'array', minItems: 1, maxItems: 40, items: { type: 'string', maxLength: 200 } },
      focus: { type: 'string', maxLength: 300 },
    },
  },
  budget: { agents: 90, tokens: 250000, usd: 8, concurrency: 8 },
  effort: 'medium',
  defaults: { attempts: 2, timeoutMs: 240000 },
}

const SEVERITY = ['critical', 'high', 'medium', 'low']

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
          severity: { type: 'string', enum: ['critical', 'high', 'medium', 'low'] },
          line: { type: 'integer', minimum: 1 },
          evidence: { type: 'string', maxLength: 300 },
        },
      },
    },
  },
}

const REPORT = {
  type: 'object',
  required: ['summary', 'ranked'],
  properties: {
    summary: { type: 'string', maxLength: 2000 },
    ranked: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 300 } },
  },
}

const focus = args.focus ?? 'injection, authorization, secrets in code, unsafe deserialization'

function auditPrompt(path) {
  return `You are auditing ONE file for security problems.
File: ${path}
Focus on: ${focus}

Read the file. Report at most 8 concrete findings. Each needs the line number and a short quote from
that line as evidence. Report nothing you cannot point at in this file; an empty list is a good answer.`
}

phase('Audit')
const files = args.files
const audits = await parallel(files.map((path) => () =>
  agent(auditPrompt(path), { label: 'audit', phase: 'Audit', model: 'sonnet', schema: FINDINGS, maxTokens: 2048 })
    .then((r) => (r ? { path, findings: r.findings } : null))))

const done = audits.filter(Boolean)
if (done.length < files.length) {
  const missed = files.filter((p) => !done.some((d) => d.path === p))
  log(`${missed.length} of ${files.length} audits failed, not covered: ${missed.slice(0, 10).join(', ')}`)
}

phase('Ground')
const all = done.flatMap((d) => d.findings.map((f) => ({ ...f, file: d.path })))
const grounded = await gate(all, (f) => f.evidence.trim().length >= 8 && f.line >= 1,
  { each: true, onFail: 'drop', label: 'grounded' })
log(`${grounded.length} of ${all.length} findings quote their evidence`)

phase('Synthesize')
const bySeverity = [...grounded].sort((a, b) => SEVERITY.indexOf(a.severity) - SEVERITY.indexOf(b.severity))
const shown = bySeverity.slice(0, 60)
if (bySeverity.length > shown.length) {
  log(`synthesis sees the ${shown.length} most severe of ${bySeverity.length} findings; ${bySeverity.length - shown.length} low-ranked ones are only counted`)
}
const lines = shown.map((f) => `- [${f.severity}] ${f.file}:${f.line} ${f.title} (${f.evidence})`).join('\n')

const report = await agent(`Merge these security findings into one report. Collapse duplicates that share a root cause,
rank by exploitability, and give one sentence of reasoning per ranked item ("file:line — why").

${lines}`, { label: 'synthesize', phase: 'Synthesize', model: 'opus', schema: REPORT, maxTokens: 4096 })

const checked = await gate(report, (r) => r.summary.length > 0 && r.ranked.length <= shown.length,
  { onFail: 'abort', label: 'report-complete' })

return { report: checked, audited: done.length, files: files.length, findings: grounded.length }
