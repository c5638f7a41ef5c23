// WF5014: two catches that make failures disappear, and one that says what happened.
export const meta = {
  name: 'answer-with-settings',
  description: 'Answer a question using the settings and notes passed as JSON text',
  args: {
    type: 'object',
    properties: {
      question: { type: 'string', maxLength: 1000 },
      settings: { type: 'string', maxLength: 2000 },
      notes: { type: 'string', maxLength: 2000 },
    },
  },
}

let settings = {}
try {
  settings = JSON.parse(args.settings)
} catch (e) {}

function readNotes(text) {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

function readNotesLogged(text) {
  try {
    return JSON.parse(text)
  } catch (e) {
    log(`notes are not valid JSON: ${e.message}`)
    return null
  }
}

const notes = readNotes(args.notes) ?? readNotesLogged(args.notes)
const tone = settings.tone ?? 'plain'
const answer = await agent(`Answer in a ${tone} tone: ${args.question}`, { label: 'answer', model: 'sonnet', inputTokens: 400 })
return await gate({ answer, notes }, (a) => a.answer.length > 0, { onFail: 'abort', label: 'non-empty' })
