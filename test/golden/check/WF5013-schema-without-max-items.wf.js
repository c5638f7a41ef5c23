// WF5013: two arrays in a schema without maxItems.
export const meta = {
  name: 'findings',
  description: 'List findings with their tags',
  args: { type: 'object', properties: { module: { type: 'string', maxLength: 200 } } },
}

const FINDING = {
  type: 'object',
  required: ['text', 'tags'],
  properties: {
    text: { type: 'string', maxLength: 300 },
    tags: { type: 'array', items: { type: 'string', maxLength: 20 } },
  },
}
const FINDINGS = {
  type: 'object',
  required: ['findings'],
  properties: { findings: { type: 'array', items: FINDING } },
}

const found = await agent(`List problems in ${args.module}`, { label: 'find', model: 'sonnet', schema: FINDINGS })
return await gate(found, (f) => f.findings.length > 0, { onFail: 'abort', label: 'has-findings' })
