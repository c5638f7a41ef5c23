// WF3001: two helpers call each other; plans cannot recurse.
export const meta = { name: 'ping-pong', description: 'Helpers in a loop' }

async function ask(topic) {
  const answer = await agent(`Explain ${topic}`, { label: 'explain', model: 'haiku', maxTokens: 500 })
  return refine(answer)
}

async function refine(text) {
  return ask(text)
}

const final = await ask('closures')
log(final)
