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
