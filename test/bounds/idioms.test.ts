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
