/**
 * Hand-written soundness probes: constructs the generator does not write, each compiled and run on
 * the simulated provider, with what it used compared against the proven bounds. The second group
 * are soundness bugs these probes found; each is fixed and stays here as a regression test.
 */
import { describe, expect, it } from "vitest";
import { compileOk, runAndCompare } from "./harness.js";

const META = "export const meta = { name: 'probe', description: 'a soundness probe' }";
const A = (prompt: string, label = "a"): string => `await agent(${prompt}, { label: '${label}', maxTokens: 5, attempts: 1, model: 'haiku' })`;

async function violations(lines: string[], args: unknown = {}, failureRate = 0, latency = 2): Promise<string[]> {
  const source = lines.join("\n") + "\n";
  const { errors } = compileOk(source);
  // A plan the compiler rejects is sound by definition: it never runs.
  if (errors.length) return [];
  return (await runAndCompare(source, { seed: 1, failureRate, args, latency })).violations;
}

describe("constructs whose bounds hold", () => {
  it("a `while` counter loop with `break`", async () => {
    expect(await violations([META, "let r = 0", "while (r < 3) {", "  r++", `  const x = ${A("'go'")}`, "  if (x) break", "}"])).toEqual([]);
  });
  it("a loop that accumulates and a prompt that interpolates the accumulator", async () => {
    expect(await violations([META, "const seen = []", "for (let i = 0; i < 4; i++) {", `  seen.push(${A("`Next after ${seen.join(', ')}`")})`, "}", "log(seen.length)"])).toEqual([]);
  });
  it("`.map` with an agent in the callback, awaited with Promise.all", async () => {
    const meta = "export const meta = { name: 'probe', description: 'd', args: { type: 'object', properties: { xs: { type: 'array', maxItems: 6, items: { type: 'string', maxLength: 20 } } } } }";
    expect(await violations([meta, `const rs = await Promise.all(args.xs.map((x) => agent(\`Do \${x}\`, { label: 'a', maxTokens: 5, attempts: 2, model: 'haiku' })))`, "log(rs.length)"], { xs: ["a", "b", "c", "d", "e", "f"] }, 0.5)).toEqual([]);
  });
  it("try/catch where both the block and the handler call agents", async () => {
    expect(await violations([META, "try {", `  const x = ${A("'first'")}`, "  if (x !== null) throw new Error('boom')", "} catch (e) {", `  log(${A("`recover from ${e.message}`", "b")})`, "}"])).toEqual([]);
  });
  it("every attempt used (failure rate 1): agents equal the bound", async () => {
    const source = [META, "const r = await retry(async () => {", "  const x = await agent('hi', { label: 'a', maxTokens: 5, attempts: 3, model: 'haiku' })", "  if (x === null) throw new Error('none')", "  return x", "}, { attempts: 2 })", "log(r)"].join("\n");
    const r = await runAndCompare(source, { seed: 1, failureRate: 1, args: {} });
    expect(r.violations).toEqual([]);
    expect(r.run.totals.agents).toBe(6);
    expect(r.bounds.agents).toBe(6);
  });
  it("a helper called with a spread: its parameters take the spread's items", async () => {
    const helper = `function run(a, b) { return parallel([a, b].filter(Boolean).map((x) => () => agent(\`Do \${x}\`, { label: 'a', maxTokens: 5, attempts: 1, model: 'haiku' }))) }`;
    expect(await violations([META, helper, "const pair = ['one', 'two']", "log(await run(...pair))"])).toEqual([]);
  });
});

describe("soundness bugs the probes found (fixed; kept as regressions)", () => {
  it("a counted `for` whose body resets its counter", async () => {
    expect(await violations([META, "let k = 0", "for (let i = 0; i < 2; i++) {", `  log(${A("'step'")})`, "  if (k < 3) {", "    k++", "    i = 0", "  }", "}"])).toEqual([]);
  });
  it("a `while` counter loop whose `continue` skips the increment", async () => {
    expect(await violations([META, "let r = 0", "let skips = 0", "while (r < 2) {", `  log(${A("'step'")})`, "  if (skips < 3) {", "    skips++", "    continue", "  }", "  r++", "}"])).toEqual([]);
  });
  it("`for…of` over an array the body pushes to", async () => {
    expect(await violations([META, "const xs = ['a']", "for (const x of xs) {", "  if (xs.length < 4) xs.push(x)", `  log(${A("`Do ${x}`")})`, "}"])).toEqual([]);
  });
  it("agents started in a loop and awaited together: peak concurrency", async () => {
    expect(await violations([META, "const ps = []", "for (let i = 0; i < 5; i++) ps.push(agent(`Task ${i}`, { label: 'a', maxTokens: 5, attempts: 1, model: 'haiku' }))", "const rs = await Promise.all(ps)", "log(rs.length)"])).toEqual([]);
  });
  it("two agents started before either is awaited: peak concurrency", async () => {
    expect(await violations([META, "const p1 = agent('one', { label: 'a', maxTokens: 5, attempts: 1, model: 'haiku' })", "const p2 = agent('two', { label: 'b', maxTokens: 5, attempts: 1, model: 'haiku' })", "log(await p1)", "log(await p2)"])).toEqual([]);
  });
  it("astral characters: `maxLength` counts code points, prompts are UTF-16", async () => {
    const meta = "export const meta = { name: 'probe', description: 'd', args: { type: 'object', properties: { s: { type: 'string', maxLength: 3000 } } } }";
    expect(await violations([meta, `log(${A("`${args.s}`")})`], { s: "😀".repeat(3000) })).toEqual([]);
  });
  it("a helper called in the body resets a `while` counter", async () => {
    expect(await violations([META, "let r = 0", "let extra = 0", "function back() { r = r - 1 }", "while (r < 2) {", "  r++", `  log(${A("'step'")})`, "  if (extra < 3) {", "    extra++", "    back()", "  }", "}"])).toEqual([]);
  });
  it("an agent in a `.sort` comparator runs more than once per item", async () => {
    const meta = "export const meta = { name: 'probe', description: 'd', args: { type: 'object', properties: { xs: { type: 'array', maxItems: 8, items: { type: 'string', maxLength: 20 } } } } }";
    const cmp = "const ys = [...args.xs].sort((a, b) => { agent(`cmp ${a} ${b}`, { label: 'c', maxTokens: 5, attempts: 1, model: 'haiku' }); return a < b ? -1 : 1 })";
    expect(await violations([meta, cmp, "log(ys.length)"], { xs: ["h", "g", "f", "e", "d", "c", "b", "a"] })).toEqual([]);
  });
  it("`push(...items)` in a loop adds every spread item, not one", async () => {
    expect(await violations([META, "const xs = []", "for (let i = 0; i < 3; i++) xs.push(...['a', 'b', 'c', 'd'])", fanLine("xs")])).toEqual([]);
  });
  it("`concat(...lists)` adds the items of every list", async () => {
    expect(await violations([META, "const lists = [['a', 'b', 'c'], ['d', 'e', 'f']]", "const xs = [].concat(...lists)", fanLine("xs")])).toEqual([]);
  });
  it("a rest parameter holds every argument after it", async () => {
    const helper = `function each(first, ...rest) { for (let i = 0; i < rest.length; i++) log(${A("`Do ${rest[i]}`")}) }`;
    expect(await violations([META, helper, "await each('a', 'b', 'c', 'd')"])).toEqual([]);
  });
  it("growth that speeds up each iteration (`xs.push(...xs)`, `n = n * 2`, `s = s + s`) is unbounded, not scaled", async () => {
    expect(compileOk([META, "const xs = ['a']", "for (let i = 0; i < 5; i++) xs.push(...xs)", fanLine("xs")].join("\n")).errors.map((d) => d.code)).toContain("WF3101");
    expect(compileOk([META, "let n = 1", "for (let i = 0; i < 5; i++) n = n * 2", fanLine("Array.from({ length: n })")].join("\n")).errors.map((d) => d.code)).toContain("WF3101");
    expect(compileOk([META, "let s = 'ab'", "for (let i = 0; i < 9; i++) s = s + s", `log(${A("`Do ${s}`")})`].join("\n")).errors.map((d) => d.code)).toContain("WF3105");
  });
  it("`Object.assign` adds the sources' fields to its target", async () => {
    expect(await violations([META, "const o = { a: 1 }", "Object.assign(o, { b: 2, c: 3 })", fanLine("Object.keys(o)")])).toEqual([]);
  });
  it("assignment at an index lengthens an array", async () => {
    expect(await violations([META, "const xs = []", "for (let i = 0; i < 4; i++) xs[i] = 'v' + i", fanLine("xs")])).toEqual([]);
    expect(await violations([META, "const xs = ['a', 'b']", "xs[5] = 'z'", fanLine("xs.filter(Boolean)")])).toEqual([]);
  });
  it("a reducer's accumulator grows once per item", async () => {
    expect(await violations([META, "const xs = ['a', 'b', 'c'].reduce((acc, x) => [...acc, x, x], [])", fanLine("xs")])).toEqual([]);
  });
  it("a callback that pushes to an outer array pushes once per item", async () => {
    expect(await violations([META, "const out = []", "const ys = ['a', 'b', 'c'].map((x) => out.push(x, x))", fanLine("out")])).toEqual([]);
    // …also when the push is in a helper the callback calls, or in a method of an object it holds.
    expect(await violations([META, "const out = []", "function add(v) { out.push(v, v) }", "const ys = ['a', 'b', 'c'].map((x) => add(x))", fanLine("out")])).toEqual([]);
    expect(await violations([META, "const out = []", "const h = { add: (v) => out.push(v, v) }", "const ys = ['a', 'b', 'c'].map((x) => h.add(x))", fanLine("out")])).toEqual([]);
  });
  it("a push through a conditional or an alias grows the arrays it may be", async () => {
    expect(await violations([META, "const a = []", "const b = []", "for (let i = 0; i < 4; i++) (i > 1 ? a : b).push('x', 'y')", fanLine("a")])).toEqual([]);
    expect(await violations([META, "const xs = []", "for (let i = 0; i < 4; i++) { const t = xs; t.push('a', 'b') }", fanLine("xs")])).toEqual([]);
  });
  it("a function kept in an object runs its agents when called as a method", async () => {
    const tools = `const tools = { review: (f) => ${A("`Review ${f}`")}, twice: async (f) => [${A("`A ${f}`", "b")}, ${A("`B ${f}`", "c")}] }`;
    expect(await violations([META, tools, "log(await tools.review('x'))", "for (const f of ['p', 'q']) log(await tools.twice(f))"])).toEqual([]);
  });
  it("`splice` inserts its items (and runs)", async () => {
    expect(await violations([META, "const xs = ['a']", "for (let i = 0; i < 3; i++) xs.splice(0, 0, ...['b', 'c'])", fanLine("xs")])).toEqual([]);
  });
});

describe("values the analysis cannot bound are errors, not guesses", () => {
  it("`concat` of a value of unknown shape has no bound", () => {
    const source = [META, "const more = JSON.parse('[1, 2, 3]')", "const xs = ['a'].concat(more)", fanLine("xs")].join("\n");
    expect(compileOk(source).errors.map((d) => d.code)).toContain("WF3101");
  });
});

/** A plan line that fans out one agent per item of `xs`. */
function fanLine(xs: string): string {
  return `log(await parallel(${xs}.map((x) => () => agent(\`Do \${x}\`, { label: 'a', maxTokens: 5, attempts: 1, model: 'haiku' }))))`;
}

describe("args outside `meta.args` (the bounds' precondition)", () => {
  const meta = "export const meta = { name: 'probe', description: 'd', args: { type: 'object', properties: { xs: { type: 'array', maxItems: 2, items: { type: 'string', maxLength: 20 } } } } }";
  const body = "const rs = await parallel(args.xs.map((x) => () => agent(`Do ${x}`, { label: 'a', maxTokens: 5, attempts: 1, model: 'haiku' })))";
  it("with the graph, the runtime stops at the proven agent bound", async () => {
    const r = await runAndCompare([meta, body, "log(rs.length)"].join("\n") + "\n", { seed: 1, failureRate: 0, args: { xs: ["a", "b", "c", "d", "e"] }, withGraph: true, latency: 2 });
    expect(r.run.totals.agents).toBeLessThanOrEqual(r.bounds.agents);
    expect(r.run.status).toBe("failed");
  });
  // Args outside `meta.args` are refused before the first call: the bounds were proven for them.
  it("the runtime refuses args that break `meta.args` before any agent starts", async () => {
    const r = await runAndCompare([meta, body, "log(rs.length)"].join("\n") + "\n", { seed: 1, failureRate: 0, args: { xs: ["a", "b", "c", "d", "e"] }, withGraph: true, latency: 2 });
    expect(r.run.totals.agents).toBe(0);
  });
});
