/**
 * Bounds of small hand-written plans equal hand-computed values: widths multiply, attempts and
 * retries multiply, loops multiply by their iteration bound, branches take the max of their arms,
 * sequences and nested workflows add. Every agent declares `inputTokens`, so the arithmetic stays
 * readable: an agent with `inputTokens: I, maxTokens: O, attempts: A` costs A calls, A·I input and
 * A·O output tokens. Haiku costs $1 / $5 per million input / output tokens.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileFile, compileSource } from "../../compiler/compile.js";
import type { Bounds } from "../../compiler/graph/types.js";

const ARGS = (props: string, extra = ""): string => `export const meta = { name: 'b', description: 'd', args: { type: 'object', properties: { ${props} } }${extra} }`;
const META = "export const meta = { name: 'b', description: 'd' }";
const XS = (n: number): string => `xs: { type: 'array', maxItems: ${n}, items: { type: 'string', maxLength: 10 } }`;
const ag = (label: string, i: number, o: number, a: number): string => `agent('Go', { label: '${label}', model: 'haiku', inputTokens: ${i}, maxTokens: ${o}, attempts: ${a} })`;
const haikuUsd = (i: number, o: number): number => (i * 1 + o * 5) / 1e6;

function bounds(lines: string[]): Bounds & { graph: NonNullable<ReturnType<typeof compileSource>["graph"]> } {
  const c = compileSource("/plans/b.wf.js", lines.join("\n") + "\n");
  const errors = c.diagnostics.filter((d) => d.severity === "error");
  expect(errors.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  return { ...c.bounds!, graph: c.graph! };
}

/** Agents, input tokens and output tokens of a bound, for compact comparisons. */
const aio = (b: Bounds): [number, number, number] => [b.agents, b.inputTokens, b.outputTokens];

describe("bounds of hand-written plans", () => {
  it("one agent: attempts multiply tokens; USD is priced per token", () => {
    const b = bounds([META, `log(await ${ag("a", 200, 50, 3)})`]);
    expect(aio(b)).toEqual([3, 600, 150]);
    expect(b.usd).toBeCloseTo(haikuUsd(600, 150), 9);
    expect(b.peakConcurrency).toBe(1);
  });

  it("a sequence adds", () => {
    const b = bounds([META, `log(await ${ag("a", 100, 10, 1)})`, `log(await ${ag("b", 200, 20, 2)})`]);
    expect(aio(b)).toEqual([1 + 2, 100 + 400, 10 + 40]);
  });

  it("a fan-out multiplies by its width", () => {
    const b = bounds([ARGS(XS(7)), `const r = await parallel(args.xs.map((x) => () => ${ag("a", 100, 10, 2)}))`, "log(r.length)"]);
    expect(aio(b)).toEqual([14, 1400, 140]);
    expect(b.peakConcurrency).toBe(7);
  });

  it("nested fan-outs multiply their widths", () => {
    const b = bounds([
      ARGS(`${XS(3)}, ys: { type: 'array', maxItems: 4, items: { type: 'string', maxLength: 10 } }`),
      `const r = await parallel(args.xs.map((x) => () => parallel(args.ys.map((y) => () => ${ag("a", 100, 10, 1)}))))`,
      "log(r.length)",
    ]);
    expect(aio(b)).toEqual([12, 1200, 120]);
    expect(b.peakConcurrency).toBe(12);
  });

  it("peak concurrency is capped by `budget.concurrency`", () => {
    const b = bounds([ARGS(XS(40), ", budget: { concurrency: 5 }"), `const r = await parallel(args.xs.map((x) => () => ${ag("a", 100, 10, 1)}))`, "log(r.length)"]);
    expect(b.agents).toBe(40);
    expect(b.peakConcurrency).toBe(5);
  });

  it("a literal list of different thunks counts each once", () => {
    const b = bounds([META, `const [p, q] = await parallel([() => ${ag("p", 100, 10, 1)}, () => ${ag("q", 300, 30, 2)}])`, "log(p + q)"]);
    expect(aio(b)).toEqual([3, 700, 70]);
    expect(b.peakConcurrency).toBe(2);
  });

  it("a pipeline multiplies the sum of its stages by its width", () => {
    const b = bounds([ARGS(XS(5)), `const r = await pipeline(args.xs, (x) => ${ag("s1", 100, 10, 1)}, (prev) => ${ag("s2", 200, 20, 1)})`, "log(r.length)"]);
    expect(aio(b)).toEqual([10, 1500, 150]);
  });

  it("`retry` multiplies its body by its attempts, and the agent's own attempts multiply again", () => {
    const b = bounds([META, `const r = await retry(() => ${ag("a", 100, 10, 2)}, { attempts: 3 })`, "log(r)"]);
    expect(aio(b)).toEqual([6, 600, 60]);
  });

  it("a gate with `onFail: 'retry'` multiplies its value's work by its attempts", () => {
    const b = bounds([META, `const g = await gate(() => ${ag("a", 100, 10, 1)}, (v) => v !== null, { onFail: 'retry', attempts: 4, label: 'g' })`, "log(g)"]);
    expect(aio(b)).toEqual([4, 400, 40]);
  });

  it("a gate with `each` and an agent check multiplies the check by the width", () => {
    const b = bounds([ARGS(XS(6)), `const g = await gate(args.xs, async (x) => (await ${ag("c", 100, 10, 1)}) !== null, { each: true, onFail: 'drop', label: 'g' })`, "log(g.length)"]);
    expect(aio(b)).toEqual([6, 600, 60]);
  });

  it("loops multiply by their iteration bound: for…of, counted for, counter while", () => {
    expect(aio(bounds([ARGS(XS(4)), "for (const x of args.xs) {", `  log(await ${ag("a", 100, 10, 1)})`, "}"]))).toEqual([4, 400, 40]);
    expect(aio(bounds([META, "for (let i = 0; i < 5; i++) {", `  log(await ${ag("a", 100, 10, 1)})`, "}"]))).toEqual([5, 500, 50]);
    expect(aio(bounds([META, "for (let i = 2; i <= 6; i += 2) {", `  log(await ${ag("a", 100, 10, 1)})`, "}"]))).toEqual([3, 300, 30]);
    expect(aio(bounds([META, "let r = 0", "while (r < 3) {", "  r++", `  log(await ${ag("a", 100, 10, 1)})`, "}"]))).toEqual([3, 300, 30]);
  });

  it("`.slice(0, N)` bounds the width by N", () => {
    const b = bounds([ARGS(XS(50)), "const some = args.xs.slice(0, 3)", "if (args.xs.length > 3) log('dropped some')", `const r = await parallel(some.map((x) => () => ${ag("a", 100, 10, 1)}))`, "log(r.length)"]);
    expect(aio(b)).toEqual([3, 300, 30]);
  });

  it("if/else takes the max of its arms (per quantity), not the sum", () => {
    const b = bounds([
      ARGS("flag: { type: 'boolean' }"),
      "if (args.flag) {",
      `  log(await ${ag("big-in", 1000, 10, 1)})`,
      "} else {",
      `  log(await ${ag("many", 100, 50, 3)})`,
      "}",
    ]);
    expect(aio(b)).toEqual([3, 1000, 150]);
  });

  it("an arm-less `if` counts its arm once; `?:` and `&&` are branches too", () => {
    expect(aio(bounds([ARGS("flag: { type: 'boolean' }"), "if (args.flag) {", `  log(await ${ag("a", 100, 10, 2)})`, "}"]))).toEqual([2, 200, 20]);
    expect(aio(bounds([ARGS("flag: { type: 'boolean' }"), `const r = args.flag ? await ${ag("a", 100, 10, 1)} : await ${ag("b", 300, 30, 1)}`, "log(r)"]))).toEqual([1, 300, 30]);
    expect(aio(bounds([ARGS("flag: { type: 'boolean' }"), `const r = args.flag && (await ${ag("a", 100, 10, 2)})`, "log(r)"]))).toEqual([2, 200, 20]);
  });

  it("a helper called from several places counts once per call", () => {
    const b = bounds([META, "async function ask(q) {", `  return ${ag("ask", 100, 10, 1)}`, "}", "log(await ask('a'))", "log(await ask('b'))", "for (let i = 0; i < 3; i++) log(await ask('c'))"]);
    expect(aio(b)).toEqual([5, 500, 50]);
  });

  it("a loop around a fan-out around a retry multiplies all three", () => {
    const b = bounds([ARGS(XS(4)), "for (let i = 0; i < 2; i++) {", `  const r = await parallel(args.xs.map((x) => () => retry(() => ${ag("a", 100, 10, 2)}, { attempts: 3 })))`, "  log(r.length)", "}"]);
    expect(aio(b)).toEqual([2 * 4 * 3 * 2, 2 * 4 * 3 * 2 * 100, 2 * 4 * 3 * 2 * 10]);
  });

  it("per stage: multiplicity is the product of enclosing widths, iterations and attempts; total = bounds × multiplicity", () => {
    const b = bounds([ARGS(XS(4)), "for (let i = 0; i < 2; i++) {", `  const r = await parallel(args.xs.map((x) => () => retry(() => ${ag("a", 100, 10, 2)}, { attempts: 3 })))`, "  log(r.length)", "}"]);
    const agent = b.graph.stages.find((s) => s.kind === "agent")!;
    expect(agent.multiplicity).toBe(2 * 4 * 3);
    expect(agent.bounds.agents).toBe(2);
    expect(agent.total.agents).toBe(48);
    expect(b.graph.bounds).toEqual({ agents: b.agents, inputTokens: b.inputTokens, outputTokens: b.outputTokens, usd: b.usd, latencyMs: b.latencyMs, peakConcurrency: b.peakConcurrency });
    // The root's total is the plan's bound.
    const root = b.graph.stages.find((s) => s.id === b.graph.root)!;
    expect(aio(root.total)).toEqual(aio(b));
  });

  it("input tokens without `inputTokens`: static text at 3 characters a token, holes by their bound, schema, 100 framing", () => {
    // 'Review ' is 7 characters; `${x}` has at most 30 code points, i.e. 60 UTF-16 units (emoji take
    // two); no schema.
    const b = bounds([ARGS("x: { type: 'string', maxLength: 30 }"), "log(await agent(`Review ${args.x}`, { label: 'a', model: 'haiku', maxTokens: 10, attempts: 1 }))"]);
    expect(b.inputTokens).toBe(Math.ceil(7 / 3) + Math.ceil(60 / 3) + 100);
  });

  it("an agent with no model is priced as the most expensive model", () => {
    const b = bounds([META, "log(await agent('Go', { label: 'a', inputTokens: 1000, maxTokens: 100, attempts: 1 }))"]);
    expect(b.usd).toBeCloseTo((1000 * 5 + 100 * 25) / 1e6, 9);
  });
});

describe("nested workflows add their worst case", () => {
  const dir = mkdtempSync(join(tmpdir(), "wfc-bounds-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "child.wf.js"), [ARGS(XS(3)), `const r = await parallel(args.xs.map((x) => () => ${ag("c", 100, 10, 2)}))`, "log(r.length)"].join("\n") + "\n");
  writeFileSync(join(dir, "parent.wf.js"), [META, `log(await ${ag("p", 50, 5, 1)})`, "log(await workflow('child', { xs: ['a'] }))", "for (let i = 0; i < 2; i++) log(await workflow('child', { xs: ['b'] }))"].join("\n") + "\n");

  it("the child's bound, once per call, plus the parent's own", () => {
    const child = compileFile(join(dir, "child.wf.js"));
    expect(aio(child.bounds!)).toEqual([6, 600, 60]);
    const parent = compileFile(join(dir, "parent.wf.js"));
    expect(parent.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(aio(parent.bounds!)).toEqual([1 + 3 * 6, 50 + 3 * 600, 5 + 3 * 60]);
    expect(parent.bounds!.usd).toBeCloseTo(haikuUsd(50, 5) + 3 * child.bounds!.usd, 9);
  });
});
