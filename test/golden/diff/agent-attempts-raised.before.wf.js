// Hunt for bugs in rounds until two rounds in a row find nothing new. Pattern: loop-until-dry.
export const meta = {
  name: 'hunt-bugs',
  description: 'Search a module for bugs in rounds until the hunters run dry',
  whenToUse: 'Bug bash on one module. args: { module: string }',
  phases: [{ title: 'Hunt' }, { title: 'Report' }],
  args: {
    type: 'object',
    required: ['module'],
    properties: { module: { type: 'string', maxLength: 200 } },
  },
  budget: { agents: 40, tokens: 100000, usd: 4, concurrency: 2 },
  effort: 'low',
}

const BUGS = {
  type: 'object',
  required: ['bugs'],
  properties: { bugs: { type: 'array', maxItems: 5, items: { type: 'string', maxLength: 200 } } },
}

const found = []
let dry = 0
phase('Hunt')
for (let round = 0; round < 4; round++) {
  const known = found.slice(0, 20).join('\n')
  const r = await agent(`Find bugs in ${args.module} that are not in this list:\n${known}`,
    { label: 'hunt', phase: 'Hunt', model: 'sonnet', schema: BUGS, maxTokens: 1000 })
  const fresh = (r?.bugs ?? []).filter((b) => !found.includes(b))
  for (const b of fresh) found.push(b)
  dry = fresh.length === 0 ? dry + 1 : 0
  if (dry >= 2) break
}

phase('Report')
const shown = found.slice(0, 20)
if (found.length > shown.length) log(`report lists 20 of ${found.length} bugs`)
const report = await agent(`Write a short bug report for ${args.module}:\n${shown.join('\n')}`,
  { label: 'report', phase: 'Report', model: 'haiku', maxTokens: 1200 })
const checked = await gate(report, (t) => t.length > 0, { onFail: 'abort', label: 'has-report' })
return checked
