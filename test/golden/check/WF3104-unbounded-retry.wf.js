// WF3104: `retry` needs a static number of attempts.
export const meta = { name: 'flaky', description: 'Retry a flaky step' }

const answer = await retry(() => agent('Run the flaky check', { label: 'check', model: 'haiku' }), { backoffMs: 1000 })
log(answer)
