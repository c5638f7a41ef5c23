// Hunt for bugs in one area in rounds. Each round three hunters with different lenses are told what
// is already known and asked for NEW bugs only; two dry rounds in a row (nothing new) end the hunt.
// Then every distinct bug gets an independent confirmation. Pattern: loop-until-done.
export const meta = {
  name: 'hunt-until-dry',
  description: 'Find bugs in a code area round after round until two rounds in a row find nothing new, then confirm each',
  whenToUse: 'An exhaustive bug sweep of one directory or feature. args: { area: string, hints?: string[] }',
  phases: [
    { title: 'Hunt', detail: 'up to 6 rounds of three hunters, until 2 dry rounds', model: 'sonnet' },
    { title: 'Confirm', detail: 'one independent confirmation per bug', model: 'sonnet' },
  ],
  args: {
    type: 'object',
    required: ['area'],
    properties: {
      area: { type: 'string', maxLength: 300 },
      hints: { type: 'array', maxItems: 5, items: { type: 'string', maxLength: 200 } },
    },
  },
  budget: { agents: 100, tokens: 200000, usd: 6, concurrency: 8 },
  effort: 'medium',
  defaults: { attempts: 2, timeoutMs: 300000 },
}

const MAX_ROUNDS = 6
const DRY_LIMIT = 2
const KNOWN_IN_PROMPT = 40
const CONFIRM_AT_MOST = 30
const LENSES = ['error handling and cleanup paths', 'concurrency and ordering', 'input validation and edge values']

const BUGS = {
  type: 'object',
  required: ['bugs'],
  properties: {
    bugs: {
      type: 'array',
      maxItems: 6,
      items: {
        type: 'object',
        required: ['file', 'line', 'title', 'trigger'],
        properties: {
          file: { type: 'string', maxLength: 200 },
          line: { type: 'integer', minimum: 1 },
          title: { type: 'string', maxLength: 120 },
          trigger: { type: 'string', maxLength: 400 },
        },
      },
    },
  },
}

const CONFIRMATION = {
  type: 'object',
  required: ['real', 'why'],
  properties: { real: { type: 'boolean' }, why: { type: 'string', maxLength: 400 } },
}

const key = (b) => `${b.file}:${b.line}`
const hints = (args.hints ?? []).map((h) => `- ${h}`).join('\n')

function huntPrompt(lens, known) {
  return `Find real bugs in ${args.area}. Lens: ${lens}.
${hints ? `Hints from the user:\n${hints}\n` : ''}
Already known (do NOT report these again):
${known || '(nothing yet)'}

Report only NEW bugs, each with file, line, a title, and the input or sequence that triggers it.
An empty list is the right answer when you find nothing new.`
}

phase('Hunt')
const found = []
const seen = new Set()
let round = 0
let dry = 0
while (dry < DRY_LIMIT && round < MAX_ROUNDS) {
  round++
  const known = found.slice(0, KNOWN_IN_PROMPT).map((b) => `- ${key(b)} ${b.title}`).join('\n')
  if (found.length > KNOWN_IN_PROMPT) log(`round ${round}: the prompt lists ${KNOWN_IN_PROMPT} of ${found.length} known bugs`)

  const batches = await parallel(LENSES.map((lens) => () =>
    agent(huntPrompt(lens, known), { label: 'hunt', phase: 'Hunt', model: 'sonnet', schema: BUGS, maxTokens: 1500 })))

  let fresh = 0
  for (const bug of batches.filter(Boolean).flatMap((b) => b.bugs)) {
    if (seen.has(key(bug))) continue
    seen.add(key(bug))
    found.push({ ...bug, round })
    fresh++
  }
  dry = fresh === 0 ? dry + 1 : 0
  log(`round ${round}: ${fresh} new, ${found.length} total, ${dry} dry round(s) in a row`)
}
if (dry < DRY_LIMIT) log(`stopped after ${MAX_ROUNDS} rounds without going dry; the sweep may be incomplete`)

phase('Confirm')
const toConfirm = found.slice(0, CONFIRM_AT_MOST)
if (found.length > toConfirm.length) {
  log(`confirming the first ${toConfirm.length} of ${found.length} bugs; unconfirmed: ${found.slice(CONFIRM_AT_MOST).map(key).join(', ')}`)
}

const confirmed = await gate(toConfirm, async (bug) => {
  const c = await agent(`Is this a real bug? Read ${bug.file} around line ${bug.line} and decide independently.
Claim: ${bug.title}
Trigger: ${bug.trigger}
Answer real=false if the trigger cannot happen or the code handles it.`,
  { label: 'confirm', phase: 'Confirm', model: 'sonnet', schema: CONFIRMATION, maxTokens: 600 })
  return c?.real === true
}, { each: true, onFail: 'drop', label: 'confirmed' })
log(`${confirmed.length} of ${toConfirm.length} bugs confirmed`)

return await gate({ rounds: round, wentDry: dry >= DRY_LIMIT, bugs: confirmed, unconfirmed: found.length - toConfirm.length },
  (r) => r.bugs.every((b) => b.file.length > 0 && b.line >= 1), { onFail: 'abort', label: 'well-formed' })
