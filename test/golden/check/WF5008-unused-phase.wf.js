// WF5008: `Verify` is declared but never started.
export const meta = {
  name: 'answer',
  description: 'Answer a question',
  args: { type: 'object', properties: { question: { type: 'string', maxLength: 1000 } } },
  phases: [
    { title: 'Answer', detail: 'one agent answers' },
    { title: 'Verify', detail: 'a second agent checks the answer' },
  ],
}

phase('Answer')
const answer = await agent(`Answer: ${args.question}`, { label: 'answer', phase: 'Answer' })
return await gate(answer, (a) => a.length > 0, { onFail: 'abort', label: 'non-empty' })
