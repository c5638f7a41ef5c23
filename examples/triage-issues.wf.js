// Triage a batch of new issues: a cheap classifier labels each one, then each issue is routed to the
// agent that fits its kind. Items flow through a pipeline, so a bug can be in reproduction while
// the next issue is still being classified. Pattern: classify-and-act.
export const meta = {
  name: 'triage-issues',
  description: 'Classify new issues and act on each by kind: reproduction plan, feature spec, or drafted answer',
  whenToUse: 'Working through an issue backlog. args: { repo: string, issues: { id, title, body }[] }',
  phases: [
    { title: 'Classify', detail: 'one cheap classifier per issue', model: 'haiku' },
    { title: 'Act', detail: 'route by kind to a specialist agent', model: 'sonnet' },
    { title: 'Review', detail: 'check every action before it is returned' },
  ],
  args: {
    type: 'object',
    required: ['repo', 'issues'],
    properties: {
      repo: { type: 'string', maxLength: 100 },
      issues: {
        type: 'array',
        maxItems: 40,
        items: {
          type: 'object',
          required: ['id', 'title', 'body'],
          properties: {
            id: { type: 'integer' },
            title: { type: 'string', maxLength: 200 },
            body: { type: 'string', maxLength: 4000 },
          },
        },
      },
    },
  },
  budget: { agents: 170, tokens: 250000, usd: 5, concurrency: 8 },
  effort: 'medium',
  defaults: { attempts: 2, timeoutMs: 180000 },
}

const CLASS = {
  type: 'object',
  required: ['kind', 'confidence'],
  properties: {
    kind: { type: 'string', enum: ['bug', 'feature', 'question', 'spam'] },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
  },
}

const ACTION = {
  type: 'object',
  required: ['comment', 'labels'],
  properties: {
    comment: { type: 'string', maxLength: 3000 },
    labels: { type: 'array', maxItems: 4, items: { type: 'string', maxLength: 30 } },
  },
}

const issueText = (issue) => `#${issue.id} ${issue.title}\n\n${issue.body}`

function actPrompt(kind, issue) {
  const task = kind === 'bug'
    ? 'Write a reproduction plan: the smallest steps that show the bug, what you expect, and which module is likely at fault.'
    : kind === 'feature'
      ? 'Write a short spec: the user need, the proposed behaviour, and the open questions a maintainer must answer.'
      : 'Draft a friendly, correct answer to the question, pointing at the relevant docs or code.'
  return `You are triaging issues for ${args.repo}. ${task}
Also suggest up to 4 labels. Your comment will be posted on the issue, so write it for the reporter.

${issueText(issue)}`
}

phase('Classify')
const issues = args.issues
const acted = await pipeline(
  issues,
  (issue) => agent(`Classify this issue for ${args.repo} as bug, feature, question or spam.\n\n${issueText(issue)}`,
    { label: 'classify', phase: 'Classify', model: 'haiku', schema: CLASS, maxTokens: 200 }),
  async (cls, issue) => {
    if (cls.kind === 'spam') {
      log(`#${issue.id} classified as spam (confidence ${cls.confidence}); no action`)
      return { id: issue.id, kind: 'spam', comment: null, labels: ['spam'] }
    }
    let action
    if (cls.kind === 'bug') {
      action = await agent(actPrompt('bug', issue), { label: 'reproduce', phase: 'Act', model: 'sonnet', schema: ACTION, maxTokens: 1500 })
    } else if (cls.kind === 'feature') {
      action = await agent(actPrompt('feature', issue), { label: 'spec', phase: 'Act', model: 'sonnet', schema: ACTION, maxTokens: 1500 })
    } else {
      action = await agent(actPrompt('question', issue), { label: 'answer', phase: 'Act', model: 'haiku', schema: ACTION, maxTokens: 1000 })
    }
    return action ? { id: issue.id, kind: cls.kind, comment: action.comment, labels: action.labels } : null
  },
)

phase('Review')
const results = acted.filter(Boolean)
const failed = issues.filter((issue) => !results.some((r) => r.id === issue.id))
if (failed.length > 0) log(`no action for ${failed.length} issue(s): ${failed.map((i) => `#${i.id}`).join(', ')}`)

const reviewed = await gate(results, (r) => r.kind === 'spam' || (r.comment.length >= 80 && r.labels.length > 0),
  { each: true, onFail: 'drop', label: 'postable' })
if (reviewed.length < results.length) log(`${results.length - reviewed.length} action(s) too thin to post; left for a human`)

return { repo: args.repo, actions: reviewed, untriaged: failed.map((i) => i.id) }
