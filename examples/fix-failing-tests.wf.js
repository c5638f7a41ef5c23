// Fix a list of failing tests, each in its own git worktree. A diagnosis agent finds the cause; a
// fixer applies a patch and re-runs the test; a gate re-runs the fixer (up to 3 times) until an
// independent checker agrees the test passes. Pattern: loop-until-done, per item, with gate retry.
export const meta = {
  name: 'fix-failing-tests',
  description: 'Diagnose and fix each failing test in an isolated worktree, retrying each fix until a checker confirms it',
  whenToUse: 'A red CI run with a handful of independent failures. args: { failures: { test, error }[] }',
  phases: [
    { title: 'Diagnose', detail: 'find the root cause of each failure', model: 'sonnet' },
    { title: 'Fix', detail: 'patch in a worktree, checked, up to 3 tries per test', model: 'sonnet' },
    { title: 'Report', detail: 'summarise what was fixed', model: 'haiku' },
  ],
  args: {
    type: 'object',
    required: ['failures'],
    properties: {
      failures: {
        type: 'array',
        maxItems: 10,
        items: {
          type: 'object',
          required: ['test', 'error'],
          properties: {
            test: { type: 'string', maxLength: 200 },
            error: { type: 'string', maxLength: 3000 },
          },
        },
      },
    },
  },
  budget: { agents: 200, tokens: 400000, usd: 15, concurrency: 4 },
  effort: 'medium',
  defaults: { attempts: 2, timeoutMs: 600000 },
}

const DIAGNOSIS = {
  type: 'object',
  required: ['cause', 'file', 'plan'],
  properties: {
    cause: { type: 'string', maxLength: 600 },
    file: { type: 'string', maxLength: 200 },
    plan: { type: 'string', maxLength: 1000 },
  },
}

const FIX = {
  type: 'object',
  required: ['summary', 'branch'],
  properties: {
    summary: { type: 'string', maxLength: 800 },
    branch: { type: 'string', maxLength: 100 },
  },
}

const CHECK = {
  type: 'object',
  required: ['pass', 'output'],
  properties: { pass: { type: 'boolean' }, output: { type: 'string', maxLength: 1500 } },
}

const fixPrompt = (failure, diag) => `Fix the failing test ${failure.test}.
Error:
${failure.error}

Diagnosis: ${diag.cause}
Likely file: ${diag.file}
Plan: ${diag.plan}

Change the code under test, not the test, unless the test itself is wrong (then say why). Run the test,
commit on a new branch named fix/<test-name>, and report the branch name.`

async function checkFix(fix, failure) {
  const c = await agent(`Check out branch ${fix.branch}, run ONLY the test ${failure.test}, and report whether it passes.
Include the last lines of the test output.`, { label: 'check', phase: 'Fix', model: 'haiku', schema: CHECK, maxTokens: 700 })
  return { pass: c?.pass === true, output: c?.output ?? 'checker failed' }
}

phase('Diagnose')
const outcomes = await pipeline(
  args.failures,
  (failure) => agent(`Find the root cause of this failing test. Do not change any files.
Test: ${failure.test}
Error:
${failure.error}`, { label: 'diagnose', phase: 'Diagnose', model: 'sonnet', schema: DIAGNOSIS, maxTokens: 1200 }),
  (diag, failure) => gate(
    () => agent(fixPrompt(failure, diag), { label: 'fix', phase: 'Fix', model: 'sonnet', schema: FIX, maxTokens: 2000, isolation: 'worktree' }),
    (fix) => checkFix(fix, failure),
    { onFail: 'retry', attempts: 3, label: 'test-passes' },
  ),
  (fix, failure) => ({ test: failure.test, branch: fix.branch, summary: fix.summary }),
)

phase('Report')
const fixed = outcomes.filter(Boolean)
const unfixed = args.failures.filter((f) => !fixed.some((x) => x.test === f.test)).map((f) => f.test)
if (unfixed.length > 0) log(`not fixed after 3 tries: ${unfixed.join(', ')}`)

const lines = fixed.map((x) => `- ${x.test} on ${x.branch}: ${x.summary}`).join('\n')
// The changelog is agent text: gate it (non-empty, at most 10 lines) and re-ask up to 3 times.
const summary = await gate(() => agent(`Write a short changelog entry (plain text, at most 10 lines) for these fixes:
${lines || '(none)'}
Not fixed: ${unfixed.join(', ') || 'none'}`, { label: 'summarise', phase: 'Report', model: 'haiku', maxTokens: 500 }),
(s) => typeof s === 'string' && s.trim().length > 0 && s.split('\n').length <= 10,
{ onFail: 'retry', attempts: 3, label: 'summary-ok' })

return { fixed, unfixed, summary: summary ?? lines }
