/**
 * Idioms of real, hand-written plans (reference: real-script-constructs.md) that an earlier wfc
 * rejected or mis-ran: each is checked by the compiler, run on the simulated provider, and compared
 * with its proven bounds.
 */
import { describe, expect, it } from "vitest";
import type { RunEvent } from "../../runtime/events.js";
import { compileOk, runAndCompare } from "./harness.js";
import { run } from "../runtime/fake-provider.js";

const META = "export const meta = { name: 'probe', description: 'an idiom probe' }";
const OPTS = "{ label: 'sk', maxTokens: 5, attempts: 1, model: 'haiku' }";

function codes(lines: string[]): string[] {
  return compileOk(lines.join("\n") + "\n").c.diagnostics.map((d) => d.code);
}

describe("`Array.from(src, fn)` maps like `.map`", () => {
  it("thunks made by the mapping function fan out in `parallel`, bounded by the length", async () => {
    const lines = [META, "const n = 3", `const vs = await parallel(Array.from({ length: n }, (_, k) => () => agent(\`Refute claim \${k}\`, ${OPTS})))`, "log(vs.length)"];
    expect(codes(lines)).toEqual([]);
    const r = await runAndCompare(lines.join("\n") + "\n", { seed: 1, failureRate: 0, args: {} });
    expect(r.violations).toEqual([]);
    expect(r.run.totals.agents).toBe(3);
    expect(r.bounds.agents).toBe(3);
  });

  it("an agent called by the mapping function itself is a fan-out of the items, with the agent counted once per item", () => {
    const { c, errors } = compileOk([META, `const rs = await Promise.all(Array.from({ length: 4 }, (_, k) => agent(\`Task \${k}\`, ${OPTS})))`, "log(rs.length)"].join("\n"));
    expect(errors).toEqual([]);
    expect(c.bounds?.agents).toBe(4);
    expect(c.bounds?.peakConcurrency).toBe(4);
  });

  it("at run time each item's agent has its own index, as under `.map` (a resumed run tells them apart)", async () => {
    const events: RunEvent[] = [];
    await run(`await Promise.all(Array.from({ length: 3 }, (_, k) => agent("task " + k, { label: "sk" })))`, { onEvent: (e) => void events.push(e) });
    const starts = events.flatMap((e) => (e.type === "agent-start" ? [`${e.stageId}[${e.index.join(",")}]`] : []));
    expect(starts.sort()).toEqual(["agent:sk[0]", "agent:sk[1]", "agent:sk[2]"]);
  });

  it("the mapping function gets `(item, index)`, as in JavaScript", async () => {
    const r = await run(`return Array.from(["a", "b"], (x, i, rest) => x + i + String(rest))`);
    expect(r.result).toEqual(["a0undefined", "b1undefined"]);
  });

  it("an unbounded source is still an error when the mapping function fans out", () => {
    expect(codes([META, "const xs = JSON.parse('[1]')", `await Promise.all(Array.from(xs, (x) => agent(\`Do \${x}\`, ${OPTS})))`])).toContain("WF3101");
  });
});

describe("counted loops as people write them", () => {
  const agentIn = (label: string, prompt: string) => `log(await agent(${prompt}, { label: '${label}', maxTokens: 5, attempts: 1, model: 'haiku' }))`;
  async function exact(lines: string[], agents: number): Promise<void> {
    const source = [META, ...lines].join("\n") + "\n";
    expect(compileOk(source).errors.map((d) => d.message)).toEqual([]);
    const r = await runAndCompare(source, { seed: 1, failureRate: 0, args: {} });
    expect(r.violations).toEqual([]);
    expect(r.run.totals.agents).toBe(agents);
    expect(r.bounds.agents).toBe(agents);
  }

  it("pairs: `for (let i = 0; i + 1 < xs.length; i += 2)`", async () => {
    await exact(["const xs = ['a', 'b', 'c', 'd', 'e']", `for (let i = 0; i + 1 < xs.length; i += 2) ${agentIn("pair", "`Compare ${xs[i]} with ${xs[i + 1]}`")}`], 2);
  });
  it("backwards: `for (let i = xs.length - 1; i >= 0; i--)`", async () => {
    await exact(["const xs = ['a', 'b', 'c', 'd', 'e']", `for (let i = xs.length - 1; i >= 0; i--) ${agentIn("back", "`Undo ${xs[i]}`")}`], 5);
  });
  it("down by a step: `for (let i = 10; i > 0; i -= 3)`", async () => {
    await exact([`for (let i = 10; i > 0; i -= 3) ${agentIn("down", "`Level ${i}`")}`], 4);
  });
  it("a `while` whose condition offsets its counter: `while (r + 1 < 4)`", async () => {
    await exact(["let r = 0", `while (r + 1 < 4) { r++; ${agentIn("w", "`Round ${r}`")} }`], 3);
  });
  it("a counter stepping by 2 reaches start + 2 × (iterations − 1), not start + iterations", async () => {
    // `last` ends at 8, so the loop after it runs 9 times.
    const source = [
      META,
      "const xs = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']",
      "let last = 0",
      "for (let i = 0; i < 10; i += 2) last = i",
      "for (let j = 0; j <= last; j++) log(await agent(`Do ${xs[j]}`, { label: 'a', maxTokens: 5, attempts: 1, model: 'haiku' }))",
    ].join("\n") + "\n";
    const r = await runAndCompare(source, { seed: 1, failureRate: 0, args: {} });
    expect(r.violations).toEqual([]);
    expect(r.run.totals.agents).toBe(9);
  });
  it("a falling counter needs a static floor and a bounded start", () => {
    expect(codes([META, "const n = JSON.parse('5')", `for (let i = n; i >= 0; i--) ${agentIn("x", "'go'")}`])).toContain("WF3103");
    expect(codes([META, "const n = JSON.parse('5')", `for (let i = 5; i >= n; i--) ${agentIn("x", "'go'")}`])).toContain("WF3103");
    expect(codes([META, `for (let i = 5; i >= 0; i++) ${agentIn("x", "'go'")}`])).toContain("WF3103");
  });
});

describe("agents a callback leaves running", () => {
  it("`forEach` (and a `.map` nobody awaits) starts agents that overlap what comes next: peak concurrency", async () => {
    const source = [
      META,
      "const xs = ['x', 'y']",
      "xs.forEach((v) => agent(`Do ${v}`, { label: 'each', maxTokens: 5, attempts: 1, model: 'haiku' }))",
      "const ys = ['a', 'b']",
      "ys.forEach((v) => agent(`Do ${v}`, { label: 'pair', maxTokens: 5, attempts: 1, model: 'haiku' }))",
      "xs.map((v) => agent(`Map ${v}`, { label: 'm', maxTokens: 5, attempts: 1, model: 'haiku' }))",
    ].join("\n") + "\n";
    const r = await runAndCompare(source, { seed: 1, failureRate: 0, args: {}, latency: 5 });
    expect(r.violations).toEqual([]);
    expect(r.bounds.peakConcurrency).toBe(6);
  });
});

describe("Sets and Maps are bounded like arrays", () => {
  const A = (prompt: string, label = "a") => `await agent(${prompt}, { label: '${label}', maxTokens: 5, attempts: 1, model: 'haiku' })`;
  async function clean(lines: string[], args: unknown = {}): Promise<Awaited<ReturnType<typeof runAndCompare>>> {
    const source = [META, ...lines].join("\n") + "\n";
    expect(compileOk(source).errors.map((d) => `${d.code} ${d.message}`)).toEqual([]);
    const r = await runAndCompare(source, { seed: 1, failureRate: 0, args });
    expect(r.violations).toEqual([]);
    return r;
  }

  it("loop-until-dry: a Set of what was seen, interpolated into the next prompt", async () => {
    const schema = "{ type: 'object', properties: { ids: { type: 'array', maxItems: 3, items: { type: 'string', maxLength: 12 } } }, required: ['ids'] }";
    const r = await clean([
      "const seen = new Set()",
      "let dry = 0",
      "let round = 0",
      "while (dry < 2 && round < 4) {",
      "  round++",
      `  const res = await agent(\`Find more. Known: \${[...seen].join(', ')}\`, { label: 'find', maxTokens: 60, attempts: 1, model: 'haiku', schema: ${schema} })`,
      "  const fresh = res.ids.filter((id) => !seen.has(id))",
      "  if (fresh.length === 0) { dry++; continue }",
      "  for (const id of fresh) seen.add(id)",
      "}",
      `const checks = await parallel([...seen].map((id) => () => agent(\`Verify \${id}\`, { label: 'verify', maxTokens: 5, attempts: 1, model: 'haiku' })))`,
      "log(checks.length)",
    ]);
    // At most 4 rounds × 3 new ids each: the verify fan-out is bounded by the Set's adds, exactly.
    const verify = r.graph.stages.find((s) => s.id.endsWith("parallel:checks"));
    expect(verify?.width).toBe(12);
  });

  it("`for…of` over a Set built by `add`, and its `.size`", async () => {
    await clean(["const kinds = new Set()", "for (const t of ['a', 'b', 'a']) kinds.add(t)", `for (const k of kinds) log(${A("`Summarise ${k}`")})`, "for (let i = 0; i < kinds.size; i++) log(i)"]);
  });

  it("a Map used as a tally, its entries sorted, and `get`", async () => {
    await clean([
      "const tally = new Map()",
      `for (const j of [1, 2, 3]) { const v = ${A("`Vote ${j}`")}; tally.set(v, (tally.get(v) ?? 0) + 1) }`,
      "const winner = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'none'",
      `log(${A("`Expand on ${winner}`", "b")})`,
      `for (const [k, n] of tally) log(${A("`${k} got ${n}`", "c")})`,
    ]);
  });

  it("`forEach` of a Set or Map fans out per member, each with its own index at run time", async () => {
    const r = await clean(["const s = new Set(['x', 'y'])", `s.forEach((v) => agent(\`Do \${v}\`, { label: 'each', maxTokens: 5, attempts: 1, model: 'haiku' }))`, "const m = new Map([['k1', 'a'], ['k2', 'b']])", `m.forEach((v, k) => agent(\`Do \${k}=\${v}\`, { label: 'pair', maxTokens: 5, attempts: 1, model: 'haiku' }))`]);
    expect(r.run.totals.agents).toBe(4);
    const events: RunEvent[] = [];
    await run(`new Set(["x", "y"]).forEach((v) => agent("do " + v, { label: "each" }))`, { onEvent: (e) => void events.push(e) });
    expect(events.flatMap((e) => (e.type === "agent-start" ? [`${e.stageId}[${e.index.join(",")}]`] : [])).sort()).toEqual(["agent:each[0]", "agent:each[1]"]);
  });

  it("a loop that adds to the Set it walks has no bound (JavaScript visits the new members too)", () => {
    expect(codes([META, "const s = new Set(['a'])", "for (const x of s) {", "  if (s.size < 4) s.add(x + '!')", `  log(${A("`Do ${x}`")})`, "}"])).toContain("WF3103");
  });

  it("an array method on a Set is WF1003, with the Set's methods as help", () => {
    const { c } = compileOk([META, "const s = new Set(['a'])", "log(s.map((x) => x))"].join("\n"));
    const d = c.diagnostics.find((x) => x.code === "WF1003");
    expect(d?.message).toBe("`.map()` is not a method of Sets in plans");
    expect(d?.help).toContain("`add`");
  });
});

describe("`.split()` is bounded by the string it splits", () => {
  const FILE_ARG = "export const meta = { name: 'probe', description: 'p', args: { type: 'object', properties: { path: { type: 'string', maxLength: 40 } }, required: ['path'] } }";
  const A = (prompt: string, label = "a") => `await agent(${prompt}, { label: '${label}', maxTokens: 5, attempts: 1, model: 'haiku' })`;
  it("a known string splits into its exact pieces", async () => {
    const source = [META, "const steps = 'lint\\ntest\\nbuild'.split('\\n')", `for (const s of steps) log(${A("`Run ${s}`")})`].join("\n") + "\n";
    expect(compileOk(source).errors).toEqual([]);
    const r = await runAndCompare(source, { seed: 1, failureRate: 0, args: {} });
    expect(r.violations).toEqual([]);
    expect(r.bounds.agents).toBe(3);
  });
  it("a string of at most n characters splits at a string into at most n + 1 pieces, or the limit", async () => {
    const schema = "{ type: 'object', properties: { text: { type: 'string', maxLength: 6 } }, required: ['text'] }";
    const source = [META, `const r = await agent('List three letters, one per line', { label: 'l', maxTokens: 20, attempts: 1, model: 'haiku', schema: ${schema} })`, `for (const line of r.text.split('\\n')) log(${A("`Use ${line}`", "u")})`, `for (const w of r.text.split(' ', 2)) log(${A("`Word ${w}`", "w")})`].join("\n") + "\n";
    const { c, errors } = compileOk(source);
    expect(errors).toEqual([]);
    // 6 characters of JSON-schema string (12 UTF-16 units, see the token bounds) + 1 pieces, then 2.
    const loops = c.graph!.stages.filter((s) => s.kind === "loop").map((s) => s.iterations);
    expect(loops).toEqual([13, 2]);
    expect((await runAndCompare(source, { seed: 1, failureRate: 0, args: {} })).violations).toEqual([]);
  });
  it("pieces of a split joined again are bounded by the string, not pieces × longest piece", () => {
    const { c, errors } = compileOk([FILE_ARG, "const dir = args.path.split('/').slice(0, -1).join('/')", "log(await agent(`List ${dir}`, { label: 'ls', model: 'haiku' }))"].join("\n"));
    expect(errors).toEqual([]);
    const hole = c.graph!.stages.find((s) => s.kind === "agent")!.prompt!.holes[0]!;
    // 40 characters (80 UTF-16 units) and a separator after each of at most 81 pieces.
    expect(hole.maxChars).toBe(80 + 81);
  });
  it("`.slice(n)` of a tuple keeps no items: which ones it holds is not known", async () => {
    const source = [META, "const xs = ['a', 'b'.repeat(900)]", "const [first] = xs.slice(1)", `log(${A("`Use ${first}`")})`].join("\n") + "\n";
    expect((await runAndCompare(source, { seed: 1, failureRate: 0, args: {} })).violations).toEqual([]);
  });
  it("a regex separator, or a string with no length bound, still has no bound", () => {
    expect(codes([META, "const t = 'a1b'", `for (const p of t.split(/(\\d)/)) log(${A("`Do ${p}`")})`])).toContain("WF3103");
    expect(codes([META, "const t = JSON.parse('\"x\"')", `for (const p of String(t).split(',')) log(${A("`Do ${p}`")})`])).toContain("WF3103");
  });
});

describe("objects filled under computed keys (grouping) are bounded by what was assigned", () => {
  const FILES = "export const meta = { name: 'probe', description: 'p', args: { type: 'object', properties: { files: { type: 'array', maxItems: 6, items: { type: 'string', maxLength: 30 } } }, required: ['files'] } }";
  const group = [
    "const byDir = {}",
    "for (const f of args.files) {",
    "  const dir = f.split('/').slice(0, -1).join('/') || '.'",
    "  if (!byDir[dir]) byDir[dir] = []",
    "  byDir[dir].push(f)",
    "}",
  ];
  it("a fan-out over `Object.entries(groups)`, each group's items in its prompt", async () => {
    const source = [FILES, ...group, "const rs = await parallel(Object.entries(byDir).map(([dir, fs]) => () => agent(`Review ${dir}: ${fs.join(', ')}`, { label: 'dir', maxTokens: 5, attempts: 1, model: 'haiku' })))", "log(rs.length)"].join("\n") + "\n";
    const { c, errors } = compileOk(source);
    expect(errors.map((d) => d.message)).toEqual([]);
    // One group per file at most, and one group can hold every file.
    expect(c.graph!.stages.find((s) => s.kind === "parallel")?.width).toBe(6);
    for (const files of [["a/x.ts", "a/y.ts", "a/z.ts", "a/w.ts", "a/v.ts", "a/u.ts"], ["a/1", "b/2", "c/3", "d/4", "e/5", "f/6"]]) {
      expect((await runAndCompare(source, { seed: 1, failureRate: 0, args: { files } })).violations).toEqual([]);
    }
  });
  it("`Object.fromEntries`, a computed key in a literal, and `JSON.stringify` of the result", async () => {
    const source = [FILES, "const sizes = Object.fromEntries(args.files.map((f) => [f, f.length]))", "const more = { ...sizes, [args.files[0] ?? 'none']: 0 }", "const rs = await parallel(Object.keys(more).map((k) => () => agent(`Size of ${k}: ${JSON.stringify(more)}`, { label: 'k', maxTokens: 5, attempts: 1, model: 'haiku' })))", "log(rs.length)"].join("\n") + "\n";
    const { c, errors } = compileOk(source);
    expect(errors.map((d) => d.message)).toEqual([]);
    expect(c.graph!.stages.find((s) => s.kind === "parallel")?.width).toBe(7);
    expect((await runAndCompare(source, { seed: 1, failureRate: 0, args: { files: ["a", "bb", "ccc"] } })).violations).toEqual([]);
  });
  it("`Object.assign` copies the fields under computed keys too", async () => {
    const source = [FILES, ...group, "const copy = Object.assign({}, byDir)", "const rs = await parallel(Object.keys(copy).map((k) => () => agent(`Dir ${k}`, { label: 'k', maxTokens: 5, attempts: 1, model: 'haiku' })))", "log(rs.length)"].join("\n") + "\n";
    const { c, errors } = compileOk(source);
    expect(errors.map((d) => d.message)).toEqual([]);
    expect(c.graph!.stages.find((s) => s.kind === "parallel")?.width).toBe(6);
    expect((await runAndCompare(source, { seed: 1, failureRate: 0, args: { files: ["a/1", "b/2", "c/3", "d/4", "e/5", "f/6"] } })).violations).toEqual([]);
  });
  it("a key of unknown length still leaves the keys unbounded in a prompt", () => {
    expect(codes([META, "const o = {}", "o[JSON.parse('\"k\"')] = 1", "log(await agent(`Keys ${Object.keys(o).join(', ')}`, { label: 'a', model: 'haiku' }))"])).toContain("WF3105");
  });
});

describe("state kept in object fields", () => {
  const A = (prompt: string, label = "a") => `await agent(${prompt}, { label: '${label}', maxTokens: 5, attempts: 1, model: 'haiku' })`;
  const S = "{ type: 'object', properties: { items: { type: 'array', maxItems: 2, items: { type: 'string', maxLength: 5 } } }, required: ['items'] }";
  async function sound(lines: string[], agents: number): Promise<void> {
    const source = [META, ...lines].join("\n") + "\n";
    expect(compileOk(source).errors.map((d) => d.message)).toEqual([]);
    const r = await runAndCompare(source, { seed: 1, failureRate: 0, args: {} });
    expect(r.violations).toEqual([]);
    expect(r.run.totals.agents).toBe(agents);
  }
  it("a counter in a field (`stats.n++`, `stats.n += 2`), then a loop to it", async () => {
    await sound(["const stats = { n: 0, nested: { m: 0 } }", "for (let i = 0; i < 3; i++) { stats.n++; stats.nested.m += 2 }", `for (let j = 0; j < stats.n; j++) log(${A("'x'", "e")})`, `for (let j = 0; j < stats.nested.m; j++) log(${A("'y'", "f")})`], 9);
  });
  it("pushes into an array field of an agent's answer", async () => {
    await sound([`const r = ${A("'list'", "l").replace("maxTokens: 5", `maxTokens: 50, schema: ${S}`)}`, "for (const x of ['a', 'b', 'c', 'd']) r.items.push(x)", `const rs = await parallel(r.items.map((i) => () => agent(\`Do \${i}\`, { label: 'd', maxTokens: 5, attempts: 1, model: 'haiku' })))`, "log(rs.length)"], 7);
  });
  it("`s += await agent(…)` is one agent call, not two", () => {
    const { c, errors } = compileOk([META, "let s = ''", `s += ${A("'x'")}`, "log(s)"].join("\n"));
    expect(errors).toEqual([]);
    expect(c.graph!.stages.filter((s) => s.kind === "agent").length).toBe(1);
    expect(c.bounds!.agents).toBe(1);
  });
});

describe("time spent waiting is in the latency bound", () => {
  it("`retry`'s backoff between attempts: backoffMs × factor^n, defaults and caps as the runtime applies them", () => {
    const plan = (opts: string) => compileOk([META, `const r = await retry(() => agent('x', { label: 'a', model: 'haiku', attempts: 1, timeoutMs: 1000 }), { attempts: 3${opts} })`, "log(r)"].join("\n")).c;
    const latency = (opts: string) => plan(opts).bounds!.latencyMs;
    // Three attempts of one 1 s agent call, and two waits between them.
    expect(latency(", backoffMs: 500, factor: 3")).toBe(3 * 1000 + 500 + 1500);
    expect(latency("")).toBe(3 * 1000 + 1000 + 2000);
    expect(latency(", backoffMs: 0")).toBe(3 * 1000);
    const retry = plan(", backoffMs: 500, factor: 3").graph!.stages.find((s) => s.kind === "retry")!;
    expect(retry.derivations).toContainEqual({ quantity: "latencyMs", value: 2000, because: "backoff between attempts: 500 ms × 3^n after attempt n + 1, 2 time(s)" });
  });
});

describe("a sleep: `await new Promise((resolve) => setTimeout(resolve, ms))`", () => {
  const sleepy = [META, "const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))", "for (let i = 0; i < 3; i++) {", "  log(await agent(`Poll ${i}`, { label: 'poll', model: 'haiku', attempts: 1, timeoutMs: 1000 }))", "  await sleep(200)", "}", "await new Promise((r) => { setTimeout(() => r(), 100) })"];
  it("checks clean, and its delay is in the latency bound, loops multiplying it", () => {
    const { c, errors } = compileOk(sleepy.join("\n"));
    expect(errors).toEqual([]);
    expect(c.bounds!.latencyMs).toBe(3 * (1000 + 200) + 100);
  });
  it("runs: the run waits on its clock (the one retry's backoff uses), in order", async () => {
    const waits: number[] = [];
    const events: RunEvent[] = [];
    const r = await run(sleepy.slice(1).join("\n"), { sleep: async (ms) => void waits.push(ms), onEvent: (e) => void events.push(e) });
    expect(r.status).toBe("completed");
    expect(waits).toEqual([200, 200, 200, 100]);
    expect(events.filter((e) => e.type === "agent-start").length).toBe(3);
  });
  it("any other `new Promise`, `setTimeout` outside a sleep, and a delay with no bound are errors", () => {
    expect(codes([META, "const p = new Promise((resolve, reject) => { resolve(1) })", "log(await p)"])).toContain("WF1003");
    expect(codes([META, "setTimeout(() => log('x'), 10)"])).toContain("WF1004");
    expect(codes([META, "const d = JSON.parse('5')", "await new Promise((r) => setTimeout(r, d))"])).toContain("WF2003");
  });
});

describe("`Promise.allSettled`", () => {
  it("is bounded like Promise.all, its outcomes' values usable in a prompt", async () => {
    const source = [META, "const rs = await Promise.allSettled(['a', 'b', 'c'].map((x) => agent(`Do ${x}`, { label: 'd', maxTokens: 5, attempts: 1, model: 'haiku' })))", "const ok = rs.filter((r) => r.status === 'fulfilled').map((r) => r.value)", "log(await agent(`Merge ${ok.join(', ')}`, { label: 'm', maxTokens: 5, attempts: 1, model: 'haiku' }))"].join("\n") + "\n";
    expect(compileOk(source).errors.map((d) => d.message)).toEqual([]);
    const r = await runAndCompare(source, { seed: 1, failureRate: 0.5, args: {}, latency: 5 });
    expect(r.violations).toEqual([]);
    expect(r.bounds.peakConcurrency).toBeGreaterThanOrEqual(3);
  });
});

describe("accumulators through a conditional", () => {
  it("a reducer that pushes (or sets) through `??` or `?:` stays bounded by its items", async () => {
    for (const body of ["a.push(t ?? 'x')", "a.push(t === 'a' ? 'first' : t)"]) {
      const source = [META, "const tags = ['a', 'b', 'a']", `const acc = tags.reduce((a, t) => { ${body}; return a }, [])`, "const rs = await parallel(acc.map((k) => () => agent(`K ${k}`, { label: 'k', maxTokens: 5, attempts: 1, model: 'haiku' })))", "log(rs.length)"].join("\n") + "\n";
      const { c, errors } = compileOk(source);
      expect(errors.map((d) => d.message)).toEqual([]);
      expect(c.bounds!.agents).toBe(3);
      expect((await runAndCompare(source, { seed: 1, failureRate: 0, args: {} })).violations).toEqual([]);
    }
    const map = [META, "const tags = ['a', 'b', 'a']", "const idx = tags.reduce((m, t, i) => { m.set(t, (m.get(t) ?? []).concat([i])); return m }, new Map())", "const rs = await parallel([...idx.keys()].map((k) => () => agent(`K ${k}: ${idx.get(k).join(',')}`, { label: 'k', maxTokens: 5, attempts: 1, model: 'haiku' })))", "log(rs.length)"].join("\n") + "\n";
    expect(compileOk(map).errors.map((d) => d.message)).toEqual([]);
    expect((await runAndCompare(map, { seed: 1, failureRate: 0, args: {} })).violations).toEqual([]);
  });
});
