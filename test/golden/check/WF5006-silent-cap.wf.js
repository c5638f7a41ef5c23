// WF5006: the first cap is logged; the second one drops tests without a word.
export const meta = {
  name: 'triage-tests',
  description: 'Explain the first failing tests',
  args: {
    type: 'object',
    properties: {
      files: { type: 'array', maxItems: 500, items: { type: 'string', maxLength: 200 } },
      tests: { type: 'array', maxItems: 500, items: { type: 'string', maxLength: 200 } },
    },
  },
  defaults: { model: 'haiku' },
}

const files = args.files.slice(0, 20)
if (args.files.length > files.length) log(`looking at ${files.length} of ${args.files.length} files`)
const tests = args.tests.slice(0, 10)

const notes = await parallel(tests.map((t) => () => agent(`Why does ${t} fail? Look in ${files.join(', ')}`, { label: 'explain' })))
return await gate(notes.filter(Boolean), (n) => n.length > 0, { each: true, onFail: 'drop', label: 'non-empty' })
