// Fix failing tests: each failure is diagnosed, fixed and checked on its own. Pattern: pipeline.
export const meta = {
  name: 'fix-tests',
  description: 'Diagnose and fix each failing test, keeping only fixes a checker accepts',
  whenToUse: 'After a red CI run. args: { failures: string[] (at most 12) }',
  phases: [{ title: 'Diagnose' }, { title: 'Fix' }],
  args: {
    type: 'object',
    required: ['failures'],
    properties: { failures: { type: 'array', maxItems: 12, items: { type: 'string', maxLength: 400 } } },
  },
  budget: { agents: 200, tokens: 400000, usd: 15, concurrency: 6 },
  effort: 'medium',
}

const DIAGNOSIS = {
  type: 'object',
  required: ['cause', 'file'],
  properties: {
    cause: { type: 'string', maxLength: 500 },
    file: { type: 'string', maxLength: 200 },
  },
}

const FIX = {
  type: 'object',
  required: ['patch', 'explanation'],
  properties: {
    patch: { type: 'string', maxLength: 4000 },
    explanation: { type: 'string', maxLength: 400 },
  },
}

const fixed = await pipeline(args.failures,
  (failure) => agent(`Find the root cause of this failing test. Do not fix it yet.\n${failure}`,
    { label: 'diagnose', phase: 'Diagnose', model: 'haiku', schema: DIAGNOSIS, maxTokens: 800 }),
  (diag, failure) => retry(() => agent(`Write a minimal patch for ${diag.file}.\nCause: ${diag.cause}\nTest: ${failure}`,
    { label: 'fix', phase: 'Fix', model: 'sonnet', schema: FIX, maxTokens: 3000 }), { attempts: 3, backoffMs: 2000 }),
  (fix) => gate(fix, (f) => f.patch.includes('@@'), { onFail: 'drop', label: 'is-patch' }),
)

const patches = fixed.filter(Boolean)
log(`${patches.length} of ${args.failures.length} failures have a patch`)
return patches
