/** Each risk class, asserted directly on small hand-made plans: what fires, on which stages, and what does not. */

import { describe, expect, it } from "vitest";
import { diffGraphs, type PlanDiff, type RiskClass } from "../../compiler/diff/index.js";
import type { GateInfo } from "../../compiler/graph/types.js";
import { agent, buildGraph, gate, loop, parallel, retry, type PlanSpec, type StageSpec } from "./build.js";

const plan = (children: StageSpec[], extra: Partial<PlanSpec> = {}): PlanSpec => ({ name: "p", children, ...extra });
const diff = (before: PlanSpec, after: PlanSpec, options = {}) => diffGraphs(buildGraph(before), buildGraph(after), options);
const classes = (d: PlanDiff): RiskClass[] => d.risks.map((r) => r.class);
const risk = (d: PlanDiff, name: RiskClass) => d.risks.find((r) => r.class === name);

const checked = (info: GateInfo, extra: { bypass?: boolean } = {}) =>
  plan([
    agent("draft", { prompt: "Draft it", model: "sonnet" }),
    gate("ok", info, [agent("verify", { prompt: "Check ${draft}", model: "haiku" })], { reads: ["draft"] }),
    agent("final", { prompt: "Polish ${ok}", model: "sonnet", reads: extra.bypass ? ["ok", "draft"] : ["ok"] }),
  ]);
const ABORT: GateInfo = { check: "predicate", onFail: "abort", attempts: 1 };

describe("gate-removed", () => {
  it("fires for a gate that is gone, naming it", () => {
    const before = checked(ABORT);
    const after = plan([
      agent("draft", { prompt: "Draft it", model: "sonnet" }),
      agent("final", { prompt: "Polish ${ok}", model: "sonnet", reads: ["draft"] }),
    ]);
    const d = diff(before, after);
    expect(risk(d, "gate-removed")?.stages).toEqual(["p/gate:ok"]);
    expect(classes(d)).toContain("verification-removed");
  });

  it("does not fire when a gate is added", () => {
    expect(classes(diff(plan([agent("a", { prompt: "x" })]), checked(ABORT)))).not.toContain("gate-removed");
  });
});

describe("gate-weakened", () => {
  const cases: [string, GateInfo, GateInfo, boolean][] = [
    ["abort -> drop", ABORT, { ...ABORT, onFail: "drop" }, true],
    ["abort -> retry", ABORT, { ...ABORT, onFail: "retry", attempts: 3 }, true],
    ["retry -> drop", { ...ABORT, onFail: "retry", attempts: 3 }, { ...ABORT, onFail: "drop" }, true],
    ["predicate -> agent", ABORT, { ...ABORT, check: "agent" }, true],
    ["retry attempts lowered", { ...ABORT, onFail: "retry", attempts: 4 }, { ...ABORT, onFail: "retry", attempts: 2 }, true],
    ["drop -> abort (stronger)", { ...ABORT, onFail: "drop" }, ABORT, false],
    ["agent -> predicate (stronger)", { ...ABORT, check: "agent" }, ABORT, false],
    ["unchanged", ABORT, ABORT, false],
  ];
  for (const [name, before, after, fires] of cases)
    it(`${fires ? "fires" : "does not fire"} for ${name}`, () => {
      const d = diff(checked(before), checked(after));
      expect(classes(d).includes("gate-weakened")).toBe(fires);
      if (fires) expect(risk(d, "gate-weakened")?.stages).toEqual(["p/gate:ok"]);
    });

  it("names each weakening on its own line", () => {
    const d = diff(checked(ABORT), checked({ check: "agent", onFail: "drop", attempts: 1 }));
    expect(risk(d, "gate-weakened")?.details).toEqual([
      "`p/gate:ok` onFail: `abort` -> `drop`",
      "`p/gate:ok` check: `predicate` -> `agent` (code replaced by a model's verdict)",
    ]);
  });
});

describe("fan-out-widened", () => {
  const fan = (width: number) => plan([parallel("many", width, [agent("each", { prompt: "Do ${item}" })])]);
  it("fires when the width goes up", () => {
    const d = diff(fan(10), fan(40));
    expect(risk(d, "fan-out-widened")).toMatchObject({ stages: ["p/parallel:many"], details: ["`p/parallel:many` width: 10 -> 40"] });
    expect(d.bounds.find((b) => b.quantity === "agents")).toMatchObject({ before: 10, after: 40, percent: 300 });
  });
  it("does not fire when it goes down", () => {
    expect(classes(diff(fan(40), fan(10)))).toEqual([]);
  });
});

describe("retry-raised", () => {
  it("fires for retry attempts, loop iterations and agent attempts", () => {
    const shape = (attempts: number, iterations: number, agentAttempts?: number) =>
      plan([
        retry("again", attempts, [agent("a", { prompt: "x" })]),
        loop("rounds", iterations, [agent("b", { prompt: "y", ...(agentAttempts ? { attempts: agentAttempts } : {}) })]),
      ]);
    const d = diff(shape(2, 3), shape(3, 5, 4));
    expect(risk(d, "retry-raised")?.stages).toEqual(["p/loop:rounds", "p/loop:rounds/agent:b", "p/retry:again"]);
    expect(risk(d, "retry-raised")?.details).toContain("`p/loop:rounds/agent:b` attempts: 1 -> 4");
    expect(classes(diff(shape(3, 5, 4), shape(2, 3)))).toEqual([]);
  });
  it("fires when a gate's retry policy allows more attempts", () => {
    const d = diff(checked({ ...ABORT, onFail: "retry", attempts: 2 }), checked({ ...ABORT, onFail: "retry", attempts: 5 }));
    expect(classes(d)).toEqual(["retry-raised"]);
  });
});

describe("model-upgraded", () => {
  const one = (model: string | null, pricedModel?: string) =>
    plan([agent("a", { prompt: "x", model, ...(pricedModel ? { pricedModel } : {}) })]);
  it("fires for haiku -> opus and sonnet -> opus, not for opus -> sonnet", () => {
    expect(classes(diff(one("haiku"), one("opus")))).toEqual(["model-upgraded"]);
    expect(classes(diff(one("sonnet"), one("claude-opus-4-5")))).toEqual(["model-upgraded"]);
    expect(classes(diff(one("opus"), one("sonnet")))).toEqual([]);
  });
  it("compares the priced model, so inheriting an opus session counts", () => {
    expect(classes(diff(one("haiku"), one(null, "claude-opus-4-5")))).toEqual(["model-upgraded"]);
  });
  it("uses the price table it is given, and ignores models it cannot price", () => {
    const prices = { sonnet: { input: 1, output: 1 }, opus: { input: 0.5, output: 0.5 } };
    expect(classes(diff(one("opus"), one("sonnet"), { prices }))).toEqual(["model-upgraded"]);
    expect(classes(diff(one("sonnet"), one("opus"), { prices }))).toEqual([]);
    expect(classes(diff(one("haiku"), one("mystery-model")))).toEqual([]);
  });
});

describe("budget-raised", () => {
  const budgeted = (budget?: PlanSpec["budget"]) => plan([agent("a", { prompt: "x" })], budget ? { budget } : {});
  it("fires when a budget rises or a key goes away, at plan level", () => {
    const d = diff(budgeted({ usd: 5, agents: 10 }), budgeted({ usd: 9 }));
    expect(risk(d, "budget-raised")).toMatchObject({ stages: [], details: ["budget.agents: 10 -> (none)", "budget.usd: 5 -> 9"] });
  });
  it("fires when the whole budget is removed", () => {
    expect(risk(diff(budgeted({ tokens: 1000 }), budgeted()), "budget-raised")?.details).toEqual(["budget.tokens: 1000 -> (none)"]);
  });
  it("does not fire when a budget is added or lowered", () => {
    expect(classes(diff(budgeted(), budgeted({ usd: 5 })))).toEqual([]);
    expect(classes(diff(budgeted({ usd: 5 }), budgeted({ usd: 2 })))).toEqual([]);
  });
});

describe("schema-loosened", () => {
  const typed = (schema: unknown) => plan([agent("a", { prompt: "x", schema })]);
  const loosened = (before: unknown, after: unknown) => risk(diff(typed(before), typed(after)), "schema-loosened")?.details ?? [];
  const list = { type: "object", properties: { items: { type: "array", maxItems: 5, items: { type: "string", enum: ["a", "b"] } } }, required: ["items"], additionalProperties: false };
  const without = (mutate: (s: typeof list & Record<string, unknown>) => void) => {
    const copy = structuredClone(list) as typeof list & Record<string, unknown>;
    mutate(copy);
    return copy;
  };
  it("fires for maxItems removed or raised, naming the path", () => {
    expect(loosened(list, without((s) => delete (s.properties.items as Record<string, unknown>).maxItems))).toEqual([
      "`p/agent:a`: `items` maxItems 5 -> (none)",
    ]);
    expect(loosened(list, without((s) => (s.properties.items.maxItems = 50)))).toEqual(["`p/agent:a`: `items` maxItems 5 -> 50"]);
  });
  it("fires for an enum removed or widened, inside items", () => {
    expect(loosened(list, without((s) => delete (s.properties.items.items as Record<string, unknown>).enum))).toEqual([
      '`p/agent:a`: `items[]` enum `["a","b"]` -> (none)',
    ]);
    expect(loosened(list, without((s) => (s.properties.items.items.enum = ["a", "b", "c"])))).toHaveLength(1);
    expect(loosened(list, without((s) => (s.properties.items.items.enum = ["a"])))).toEqual([]);
  });
  it("fires for required dropped, additionalProperties false removed, schema removed, type widened", () => {
    expect(loosened(list, without((s) => (s.required = [])))).toEqual(["`p/agent:a`: `items` is no longer required"]);
    expect(loosened(list, without((s) => delete (s as Record<string, unknown>).additionalProperties))).toEqual([
      "`p/agent:a`: `$` additionalProperties false -> (none)",
    ]);
    expect(loosened(list, null)).toEqual(["`p/agent:a`: output schema removed (structured output became free text)"]);
    expect(loosened({ type: "string" }, { type: ["string", "null"] })).toEqual(['`p/agent:a`: `$` type `string` -> `["string","null"]`']);
  });
  it("does not fire for tightening", () => {
    expect(loosened(list, without((s) => (s.properties.items.maxItems = 3)))).toEqual([]);
    expect(loosened(null, list)).toEqual([]);
    expect(loosened({ type: "object", properties: {} }, list)).toEqual([]);
  });
});

describe("verification-removed", () => {
  it("fires when an edge lets an agent's output reach the answer around the gate", () => {
    const d = diff(checked(ABORT), checked(ABORT, { bypass: true }));
    expect(classes(d)).toEqual(["verification-removed"]);
    expect(risk(d, "verification-removed")?.stages).toEqual(["p/agent:draft"]);
    expect(d.edges.added).toEqual([{ from: "p/agent:draft", to: "p/agent:final", kind: "data" }]);
  });
  it("does not fire for an order edge around the gate (order carries no value)", () => {
    const before = checked(ABORT);
    const after = checked(ABORT);
    after.children[2]!.after = ["draft"];
    expect(classes(diff(before, after))).toEqual([]);
  });
  it("does not fire when the agent stops reaching the answer at all", () => {
    const after = plan([
      agent("draft", { prompt: "Draft it", model: "sonnet" }),
      gate("ok", ABORT, [agent("verify", { prompt: "Check ${draft}", model: "haiku" })]),
      agent("final", { prompt: "Polish ${ok}", model: "sonnet", reads: ["ok"] }),
    ]);
    expect(classes(diff(checked(ABORT), after))).not.toContain("verification-removed");
  });
});

describe("what is not a change", () => {
  const base = plan([
    parallel("fan", 3, [agent("x", { prompt: "X ${i}" }), agent("y", { prompt: "Y ${i}" })]),
    agent("z", { prompt: "Z ${fan}", reads: ["fan"] }),
  ]);
  it("moved code (loc), sibling order, and a display-label rename give an empty diff", () => {
    const moved = { ...base, locShift: 12 };
    const reordered = plan([parallel("fan", 3, [agent("y", { prompt: "Y ${i}" }), agent("x", { prompt: "X ${i}" })]), base.children[1]!]);
    const renamed = plan([{ ...base.children[0]!, label: "fanOut", idLabel: "fan" }, { ...base.children[1]!, reads: ["fanOut"] }]);
    for (const after of [moved, reordered, renamed]) {
      const d = diff(base, after);
      expect(d.stages).toEqual({ added: [], removed: [], changed: [] });
      expect(d.edges).toEqual({ added: [], removed: [] });
      expect(d.risks).toEqual([]);
    }
  });
  it("is independent of the order stages and edges are listed in", () => {
    const a = buildGraph(base);
    const b = buildGraph({ ...base, children: [base.children[0]!, { ...base.children[1]!, prompt: "Z2 ${fan}" }] });
    const shuffled = { ...b, stages: [...b.stages].reverse(), edges: [...b.edges].reverse() };
    expect(diffGraphs(a, shuffled)).toEqual(diffGraphs(a, b));
  });
});
