// WF3103: a counted loop whose bound is not known before the run.
export const meta = {
  name: 'rounds',
  description: 'Refine an answer for a number of rounds',
  args: { type: 'object', properties: { rounds: { type: 'integer' } } },
}

let draft = 'a haiku about compilers'
for (let i = 0; i < args.rounds; i++) {
  draft = await agent(`Improve: ${draft}`, { label: 'refine', model: 'haiku', maxTokens: 200 })
}
log(draft)
