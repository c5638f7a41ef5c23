export const meta = {
  name: 'broken',
  description: 'missing brace',

const r = await agent('x')
