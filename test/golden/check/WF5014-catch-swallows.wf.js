// WF5014: two catches that make failures disappear, and one that says what happened.
export const meta = {
  name: 'fetch-context',
  description: 'Gather context from two sub-plans and answer a question',
}

let background = ''
try {
  background = await workflow('background', { topic: args.topic })
} catch (e) {}

async function lookUp(q) {
  try {
    return await workflow('lookup', { query: q })
  } catch {
    return null
  }
}

async function lookUpLogged(q) {
  try {
    return await workflow('lookup', { query: q })
  } catch (e) {
    log(`lookup of ${q} failed: ${e.message}`)
    return null
  }
}

const facts = await lookUp(args.topic)
const more = await lookUpLogged(args.topic)
const answer = await agent(`Answer ${args.question}\n${background}\n${facts}\n${more}`, { label: 'answer', model: 'sonnet' })
return await gate(answer, (a) => a.length > 0, { onFail: 'abort', label: 'non-empty' })
