// WF3203: at most 16 agents run at once.
export const meta = {
  name: 'wide',
  description: 'Ask for too much concurrency',
  budget: { concurrency: 32 },
}

const answer = await agent('Say hello', { label: 'hello', model: 'haiku', maxTokens: 100 })
log(answer)
