// WF1003: `switch` is valid JavaScript that plans do not support.
export const meta = { name: 'route', description: 'Route a request to a reviewer' }

const kind = 'bug'
switch (kind) {
  case 'bug':
    log('bug')
}
