// genPlan(n, { seed }) → the source text of a realistic plan with n stages, for benchmarks and the parser's
// fuzz corpus. Stages cycle through the shapes real plans use (a schema'd agent, a bounded parallel fan-out,
// a pipeline, a verification gate, a retry, for…of and counted loops, a bounded while, a helper function,
// try/catch, branches), each reading an earlier stage's result so the data flow is a real graph, with
// `phase()` every ten stages and comments. Deterministic: the same n and seed give the same text.
//
// Every fan-out is bounded (array literals, `.slice(0, N)`, schema `maxItems`), so the plan is meant to
// check clean apart from size: past ~60 stages the worst case exceeds the declared budget and the
// 1,000-agent cap, which a compiler benchmark should expect as budget diagnostics, not syntax errors.

/** A small seeded PRNG (mulberry32) so plans are reproducible. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const topics = ["the parser", "the scheduler", "error handling", "the CLI", "the cache layer", "auth flows", "the billing code", "docs"];
const models = ["sonnet", "haiku", "opus"];

export function genPlan(n, { seed = 1 } = {}) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const phases = Math.max(1, Math.ceil(n / 10));
  const out = [];
  out.push(`// A generated plan with ${n} stages (seed ${seed}); see bench/gen-plan.mjs.`);
  out.push(`export const meta = {`);
  out.push(`  name: 'generated-${n}',`);
  out.push(`  description: 'A generated plan with ${n} stages for benchmarks',`);
  out.push(`  whenToUse: 'Benchmarks only. args: { area: string, files: string[] }',`);
  out.push(`  phases: [`);
  for (let p = 0; p < phases; p++) out.push(`    { title: 'Phase ${p + 1}', detail: 'stages ${p * 10 + 1} to ${Math.min(n, p * 10 + 10)}' },`);
  out.push(`  ],`);
  out.push(`  args: {`);
  out.push(`    type: 'object',`);
  out.push(`    required: ['area', 'files'],`);
  out.push(`    properties: {`);
  out.push(`      area: { type: 'string', maxLength: 200 },`);
  out.push(`      files: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 300 } },`);
  out.push(`    },`);
  out.push(`  },`);
  out.push(`  budget: { agents: 1000, tokens: 4000000, usd: 80, concurrency: 8 },`);
  out.push(`  effort: 'high',`);
  out.push(`  defaults: { model: 'sonnet', maxTokens: 2048, attempts: 2 },`);
  out.push(`}`);
  out.push(``);
  out.push(`const FINDINGS = {`);
  out.push(`  type: 'object',`);
  out.push(`  required: ['items', 'done'],`);
  out.push(`  properties: {`);
  out.push(`    items: { type: 'array', maxItems: 12, items: { type: 'string', maxLength: 400 } },`);
  out.push(`    done: { type: 'boolean' },`);
  out.push(`  },`);
  out.push(`}`);
  out.push(`const VERDICT = { type: 'object', required: ['pass'], properties: { pass: { type: 'boolean' }, why: { type: 'string', maxLength: 300 } } }`);
  out.push(`const files = args.files.slice(0, 20)`);
  out.push(``);

  /** Names of earlier stages whose result has `.items` (a schema'd agent result). */
  const withItems = [];
  const all = [];
  const src = () => (withItems.length ? pick(withItems.slice(-8)) : null);

  for (let i = 1; i <= n; i++) {
    if (i % 10 === 1) out.push(`phase('Phase ${Math.ceil(i / 10)}')`);
    const name = `s${i}`;
    const topic = pick(topics);
    const model = pick(models);
    const from = src();
    const items = from ? `(${from}?.items ?? [])` : `files`;
    switch (i % 10) {
      case 1:
        out.push(`// Stage ${i}: survey ${topic}.`);
        out.push(`const ${name} = await agent(\`Survey ${topic} in \${args.area}. List at most 12 findings.\`, {`);
        out.push(`  label: '${name}',`);
        out.push(`  phase: 'Phase ${Math.ceil(i / 10)}',`);
        out.push(`  schema: FINDINGS,`);
        out.push(`  model: '${model}',`);
        out.push(`})`);
        withItems.push(name);
        break;
      case 2:
        out.push(`const ${name} = await parallel(${items}.slice(0, 8).map((f, k) => () =>`);
        out.push(`  agent(\`Review \${f} for ${topic} (lens \${k + 1}).\`, { label: \`${name}-\${k}\`, schema: FINDINGS, maxTokens: 1024 })))`);
        out.push(`const ${name}flat = ${name}.filter(Boolean).flatMap((r) => r.items)`);
        all.push(`${name}flat`);
        break;
      case 3:
        out.push(`const ${name} = await pipeline(`);
        out.push(`  ${items}.slice(0, 6),`);
        out.push(`  (f) => agent(\`Draft a fix for: \${f}\`, { label: '${name}-draft' }),`);
        out.push(`  (draft, f) => agent(\`Critique this fix for \${f}:\\n\${draft}\`, { label: '${name}-critique', model: 'haiku' }),`);
        out.push(`)`);
        all.push(`${name}.filter((x) => x !== null)`);
        break;
      case 4:
        out.push(`const ${name} = await gate(${items}.slice(0, 10), async (claim) => {`);
        out.push(`  const v = await agent(\`Is this claim about ${topic} true? \${claim}\`, { label: '${name}-check', schema: VERDICT })`);
        out.push(`  return v?.pass === true`);
        out.push(`}, { each: true, onFail: 'drop', label: '${name}' })`);
        all.push(name);
        break;
      case 5:
        out.push(`const ${name} = await retry(() => agent(\`Summarise progress on ${topic} so far: \${JSON.stringify(${all.length ? all[all.length - 1] : "files"}).slice(0, 2000)}\`, { label: '${name}' }), { attempts: 3, backoffMs: 500 })`);
        out.push(`log(\`${name}: \${${name} === null ? 'no summary' : ${name}.length + ' chars'}\`)`);
        break;
      case 6:
        out.push(`const ${name} = []`);
        out.push(`for (const f of ${items}.slice(0, 4)) {`);
        out.push(`  if (typeof f !== 'string' || f.trim() === '') continue`);
        out.push(`  const r = await agent(\`Explain \${f} in one paragraph.\`, { label: '${name}-explain', effort: 'low' })`);
        out.push(`  ${name}.push({ f, r, ok: r !== null && r.length > 0 })`);
        out.push(`}`);
        all.push(name);
        break;
      case 7:
        out.push(`let ${name}dry = 0`);
        out.push(`for (let round = 0; round < 3; round++) {`);
        out.push(`  const found = await agent(\`Round \${round + 1}: any NEW issue in ${topic}? Known: \${${name}dry}\`, { label: '${name}-round', schema: FINDINGS })`);
        out.push(`  if (!found || found.items.length === 0) {`);
        out.push(`    ${name}dry++`);
        out.push(`    if (${name}dry >= 2) break`);
        out.push(`  } else ${name}dry = 0`);
        out.push(`}`);
        break;
      case 8:
        out.push(`async function ${name}ask(question, opts = {}) {`);
        out.push(`  const { model = '${model}', ...rest } = opts`);
        out.push(`  const answer = await agent(\`\${question}\\nAnswer briefly.\`, { label: '${name}-ask', model, ...rest })`);
        out.push(`  return answer ?? ''`);
        out.push(`}`);
        out.push(`const ${name} = await ${name}ask('What is the riskiest part of ${topic}?', { maxTokens: 512 })`);
        break;
      case 9:
        out.push(`let ${name}`);
        out.push(`try {`);
        out.push(`  ${name} = JSON.parse(await agent('Return a JSON object {"score": number} rating ${topic}.', { label: '${name}' }) ?? '{}')`);
        out.push(`} catch (err) {`);
        out.push(`  log(\`${name} was not JSON: \${err?.message ?? err}\`)`);
        out.push(`  ${name} = { score: 0 }`);
        out.push(`}`);
        out.push(`const ${name}grade = ${name}.score >= 8 ? 'good' : ${name}.score >= 4 ? 'fair' : 'poor'`);
        break;
      case 0: {
        out.push(`let ${name}i = 0`);
        out.push(`const ${name} = []`);
        out.push(`while (${name}i < 3 && ${name}.length < 2) {`);
        out.push(`  ${name}i++`);
        out.push(`  const t = await agent(\`Propose test #\${${name}i} for ${topic}.\`, { label: '${name}-test', model: '${model}' })`);
        out.push(`  if (t) ${name}.push(t)`);
        out.push(`}`);
        all.push(name);
        break;
      }
    }
  }
  out.push(``);
  out.push(`const report = {`);
  out.push(`  area: args.area,`);
  out.push(`  stages: ${n},`);
  out.push(`  results: [${all.slice(-20).map((x) => `...(${x} ?? [])`).join(", ")}].slice(0, 50),`);
  out.push(`}`);
  out.push(`log(\`done: \${report.results.length} results\`)`);
  out.push(`return report`);
  return out.join("\n") + "\n";
}
