// WF1004: `process` escapes the sandbox.
export const meta = { name: 'env-reader', description: 'Read the environment' }

const home = process.env.HOME
log(`home is ${home}`)
