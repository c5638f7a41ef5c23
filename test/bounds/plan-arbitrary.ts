/**
 * Random valid plans from a small grammar of plan shapes, for the soundness property: agent calls
 * (free text or with a schema, with maxTokens, attempts and a model), `parallel` over an args array
 * with maxItems and over a literal list of thunks, `pipeline`, `for…of`, counted `for`, counter
 * `while`, `if`/`else` on an agent's verdict, `gate` with `each` (predicate or agent check) and with
 * `onFail: 'retry'`, `retry`, helpers called from several places, nested fan-outs, and an
 * accumulator that later prompts interpolate. Rendered to plan text; shrinks structurally.
 */
import fc from "fast-check";

export type Stmt =
  | { k: "agent"; tokens: number; attempts: number; model: Model; schema: boolean; hole: Hole }
  | { k: "par"; arr: number; body: Stmt[] }
  | { k: "parLit"; arms: Stmt[][] }
  | { k: "pipe"; arr: number; stages: Stmt[][] }
  | { k: "forOf"; arr: number; body: Stmt[] }
  | { k: "counted"; n: number; body: Stmt[] }
  | { k: "while"; n: number; body: Stmt[] }
  | { k: "if"; then: Stmt[]; else: Stmt[] }
  | { k: "gateEach"; arr: number; agentCheck: boolean }
  | { k: "gateRetry"; attempts: number; tokens: number }
  | { k: "retry"; attempts: number; body: Stmt[] }
  | { k: "call"; helper: number }
  | { k: "push" };

export type Model = "haiku" | "sonnet" | "opus" | null;
/** What the agent's prompt interpolates: nothing, the current item, the last answer, or the accumulator. */
export type Hole = "none" | "item" | "last" | "accLength" | "accJson";

export interface PlanShape {
  /** maxItems of args.a0, args.a1, … */
  arrays: number[];
  /** maxLength of every args string. */
  maxLength: number;
  concurrency: number | null;
  helpers: Stmt[][];
  body: Stmt[];
}

const model = fc.constantFrom<Model>("haiku", "sonnet", "opus", null);
const hole = fc.constantFrom<Hole>("none", "item", "last", "accLength", "accJson");
const agentStmt = fc.record({
  k: fc.constant("agent" as const),
  tokens: fc.integer({ min: 1, max: 400 }),
  attempts: fc.integer({ min: 1, max: 3 }),
  model,
  schema: fc.boolean(),
  hole,
});

function stmts(depth: number, helpers: number, arrays: number): fc.Arbitrary<Stmt[]> {
  return fc.array(stmt(depth, helpers, arrays), { minLength: 1, maxLength: depth > 1 ? 3 : 2 });
}

function stmt(depth: number, helpers: number, arrays: number): fc.Arbitrary<Stmt> {
  const arr = fc.integer({ min: 0, max: arrays - 1 });
  const leaves: fc.Arbitrary<Stmt>[] = [
    agentStmt,
    fc.constant({ k: "push" } as Stmt),
    fc.record({ k: fc.constant("gateEach" as const), arr, agentCheck: fc.boolean() }),
    fc.record({ k: fc.constant("gateRetry" as const), attempts: fc.integer({ min: 1, max: 3 }), tokens: fc.integer({ min: 1, max: 200 }) }),
  ];
  if (helpers > 0) leaves.push(fc.record({ k: fc.constant("call" as const), helper: fc.integer({ min: 0, max: helpers - 1 }) }));
  if (depth <= 0) return fc.oneof(...leaves);
  const inner = stmts(depth - 1, helpers, arrays);
  return fc.oneof(
    { weight: 4, arbitrary: fc.oneof(...leaves) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("par" as const), arr, body: inner }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("parLit" as const), arms: fc.array(inner, { minLength: 2, maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("pipe" as const), arr, stages: fc.array(inner, { minLength: 1, maxLength: 2 }) }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("forOf" as const), arr, body: inner }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("counted" as const), n: fc.integer({ min: 0, max: 3 }), body: inner }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("while" as const), n: fc.integer({ min: 0, max: 3 }), body: inner }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("if" as const), then: inner, else: inner }) },
    { weight: 1, arbitrary: fc.record({ k: fc.constant("retry" as const), attempts: fc.integer({ min: 1, max: 3 }), body: inner }) },
  );
}

export const planShape: fc.Arbitrary<PlanShape> = fc
  .record({
    arrays: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }),
    maxLength: fc.integer({ min: 1, max: 60 }),
    concurrency: fc.option(fc.integer({ min: 1, max: 16 }), { nil: null }),
    helperCount: fc.integer({ min: 0, max: 2 }),
  })
  .chain(({ arrays, maxLength, concurrency, helperCount }) => {
    // Helper i may call helpers 0..i-1 only: no cycles.
    const helperArbs = Array.from({ length: helperCount }, (_, i) => stmts(1, i, arrays.length));
    return fc.record({
      arrays: fc.constant(arrays),
      maxLength: fc.constant(maxLength),
      concurrency: fc.constant(concurrency),
      helpers: helperArbs.length ? fc.tuple(...helperArbs) : fc.constant([] as Stmt[][]),
      body: stmts(3, helperCount, arrays.length),
    });
  });

/** Renders a shape as plan text. Every scope has an `item` in scope (a string) for prompts. */
export function renderPlan(p: PlanShape): string {
  let n = 0;
  const out: string[] = [];
  const props = p.arrays.map((m, i) => `a${i}: { type: 'array', maxItems: ${m}, items: { type: 'string', maxLength: ${p.maxLength} } }`).join(", ");
  const budget = p.concurrency !== null ? `, budget: { concurrency: ${p.concurrency} }` : "";
  out.push(`export const meta = { name: 'generated', description: 'a generated plan', args: { type: 'object', properties: { ${props} } }${budget} }`);
  out.push("");
  out.push("let last = 'start'");
  out.push("const acc = []");
  const schema = "{ type: 'object', properties: { ok: { type: 'boolean' }, note: { type: 'string', maxLength: 40 } }, required: ['ok'] }";
  const prompt = (h: Hole, id: number): string => {
    const lead = `Task ${id}`;
    switch (h) {
      case "none":
        return `'${lead}'`;
      case "item":
        return `\`${lead} on \${item}\``;
      case "last":
        return `\`${lead} after \${last}\``;
      case "accLength":
        return `\`${lead}, \${acc.length} so far\``;
      case "accJson":
        return `\`${lead}, found \${JSON.stringify(acc)}\``;
    }
  };
  const agentExpr = (s: Extract<Stmt, { k: "agent" }>): string => {
    const id = ++n;
    const opts = [`label: 'a${id}'`, `maxTokens: ${s.tokens}`, `attempts: ${s.attempts}`];
    if (s.model) opts.push(`model: '${s.model}'`);
    if (s.schema) opts.push(`schema: ${schema}`);
    const call = `agent(${prompt(s.hole, id)}, { ${opts.join(", ")} })`;
    // A schema answer's `note` (bounded by maxLength) becomes `last`; a text answer is `last` itself.
    return s.schema ? `(await ${call})?.note ?? 'none'` : `await ${call}`;
  };
  const block = (body: Stmt[], ind: string): string[] => body.flatMap((s) => lines(s, ind));
  const lines = (s: Stmt, ind: string): string[] => {
    const i2 = ind + "  ";
    switch (s.k) {
      case "agent":
        return [`${ind}last = ${agentExpr(s)}`];
      case "push":
        return [`${ind}acc.push(String(last).slice(0, 20))`];
      case "call":
        return [`${ind}last = await h${s.helper}(item)`];
      case "par":
        return [`${ind}await parallel(args.a${s.arr}.map((item) => async () => {`, ...block(s.body, i2), `${ind}}))`];
      case "parLit":
        return [`${ind}await parallel([`, ...s.arms.flatMap((arm) => [`${i2}async () => {`, ...block(arm, i2 + "  "), `${i2}},`]), `${ind}])`];
      case "pipe":
        return [
          `${ind}await pipeline(args.a${s.arr},`,
          ...s.stages.flatMap((st) => [`${i2}async (prev, item) => {`, ...block(st, i2 + "  "), `${i2}  return last`, `${i2}},`]),
          `${ind})`,
        ];
      case "forOf":
        return [`${ind}for (const item of args.a${s.arr}) {`, ...block(s.body, i2), `${ind}}`];
      case "counted": {
        const v = `i${++n}`;
        return [`${ind}for (let ${v} = 0; ${v} < ${s.n}; ${v}++) {`, ...block(s.body, i2), `${ind}}`];
      }
      case "while": {
        const v = `r${++n}`;
        return [`${ind}let ${v} = 0`, `${ind}while (${v} < ${s.n}) {`, `${i2}${v}++`, ...block(s.body, i2), `${ind}}`];
      }
      case "if": {
        const id = ++n;
        return [
          `${ind}const v${id} = await agent('Check ${id}', { label: 'v${id}', maxTokens: 20, attempts: 1, model: 'haiku', schema: ${schema} })`,
          `${ind}if (v${id}?.ok) {`,
          ...block(s.then, i2),
          `${ind}} else {`,
          ...block(s.else, i2),
          `${ind}}`,
        ];
      }
      case "gateEach": {
        const id = ++n;
        const check = s.agentCheck
          ? `async (x) => (await agent(\`Is \${x} fine?\`, { label: 'g${id}', maxTokens: 20, attempts: 2, model: 'haiku', schema: ${schema} }))?.ok === true`
          : "(x) => x.length > 0";
        return [`${ind}const g${id} = await gate(args.a${s.arr}, ${check}, { each: true, onFail: 'drop', label: 'gate${id}' })`, `${ind}acc.push(String(g${id}.length))`];
      }
      case "gateRetry": {
        const id = ++n;
        return [
          `${ind}const g${id} = await gate(() => agent('Draft ${id}', { label: 'd${id}', maxTokens: ${s.tokens}, attempts: 1, model: 'haiku', schema: ${schema} }), (v) => v !== null && v.ok, { onFail: 'retry', attempts: ${s.attempts}, label: 'gate${id}' })`,
          `${ind}last = g${id}?.note ?? 'none'`,
        ];
      }
      case "retry":
        return [
          `${ind}last = await retry(async () => {`,
          ...block(s.body, i2),
          `${i2}if (last === null) throw new Error('no answer')`,
          `${i2}return last`,
          `${ind}}, { attempts: ${s.attempts} })`,
        ];
    }
  };
  p.helpers.forEach((body, i) => {
    out.push(`async function h${i}(item) {`, ...block(body, "  "), "  return last", "}");
  });
  out.push("const item = 'top'");
  out.push(...block(p.body, ""));
  out.push("log(`${acc.length} notes`)");
  out.push("return acc.length");
  return out.join("\n") + "\n";
}

/** Args that satisfy the shape's schema: arrays up to maxItems of strings up to maxLength. */
export function argsFor(p: PlanShape): fc.Arbitrary<Record<string, string[]>> {
  const entries = p.arrays.map((m) => fc.array(fc.string({ minLength: 1, maxLength: p.maxLength }), { maxLength: m }));
  return fc.tuple(...entries).map((arrs) => Object.fromEntries(arrs.map((a, i) => [`a${i}`, a])));
}
