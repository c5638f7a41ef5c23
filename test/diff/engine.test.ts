/** The pieces under the diff: bound deltas, the final-answer rule, schema paths, prompt word diffs. */

import { describe, expect, it } from "vitest";
import { agentVerification, diffGraphs, finalAnswerStage, isEmpty } from "../../compiler/diff/index.js";
import { boundDeltas, formatPercent, formatQuantity } from "../../compiler/diff/bounds-delta.js";
import { diffSchemas } from "../../compiler/diff/schema-diff.js";
import type { Bounds } from "../../compiler/graph/types.js";
import { agent, buildGraph, gate, parallel, serial } from "./build.js";

const bounds = (over: Partial<Bounds> = {}): Bounds => ({
  agents: 0, inputTokens: 0, outputTokens: 0, usd: 0, latencyMs: 0, peakConcurrency: 0, ...over,
});

describe("bound deltas", () => {
  it("gives every quantity in a fixed order with a percentage, and `new` for 0 -> x", () => {
    const deltas = boundDeltas(bounds({ agents: 4, usd: 1.5 }), bounds({ agents: 5, usd: 1.2, latencyMs: 3000 }));
    expect(deltas.map((d) => d.quantity)).toEqual(["agents", "inputTokens", "outputTokens", "usd", "latencyMs", "peakConcurrency"]);
    expect(deltas.map(formatPercent)).toEqual(["+25%", "0%", "0%", "-20%", "new", "0%"]);
    expect(deltas[4]).toEqual({ quantity: "latencyMs", before: 0, after: 3000, delta: 3000, percent: null });
  });
  it("subtracts dollars without float noise", () => {
    expect(boundDeltas(bounds({ usd: 0.1 }), bounds({ usd: 0.3 }))[3]!.delta).toBe(0.2);
  });
  it("formats quantities for people", () => {
    expect(formatQuantity("usd", 12.345)).toBe("$12.35");
    expect(formatQuantity("usd", 0.0042)).toBe("$0.0042");
    expect(formatQuantity("inputTokens", 1234567)).toBe("1,234,567");
    expect(formatQuantity("latencyMs", 90_000)).toBe("1m 30s");
    expect(formatQuantity("latencyMs", 7_260_000)).toBe("2h 1m");
    expect(formatQuantity("latencyMs", 450)).toBe("450ms");
  });
});

describe("final answer and verification (compiler/diff/flow.ts)", () => {
  const graph = buildGraph({
    name: "p",
    children: [
      agent("a", { prompt: "x" }),
      gate("g", { check: "predicate", onFail: "abort", attempts: 1 }, [agent("b", { prompt: "${a}" })], { reads: ["a"] }),
      agent("c", { prompt: "unused" }),
      serial("end", [agent("d", { prompt: "${g}" })], { reads: ["g"] }),
    ],
  });
  it("is the root's last child when nothing points a data edge at the root", () => {
    expect(finalAnswerStage(graph)).toBe("p/serial:end");
    expect(Object.fromEntries(agentVerification(graph))).toEqual({
      "p/agent:a": "verified",
      "p/gate:g/agent:b": "verified",
      "p/agent:c": "unused",
      "p/serial:end/agent:d": "unverified",
    });
  });
  it("is the root when a data edge points at it (the compiler's `return`)", () => {
    const returning = { ...graph, edges: [...graph.edges, { from: "p/agent:c", to: "p", kind: "data" as const }] };
    expect(finalAnswerStage(returning)).toBe("p");
    expect(agentVerification(returning).get("p/agent:c")).toBe("unverified");
    expect(agentVerification(returning).get("p/agent:a")).toBe("unused");
  });
  it("treats a final stage that is itself a gate as verifying everything that reaches it", () => {
    const g = buildGraph({
      name: "p",
      children: [
        agent("a", { prompt: "x" }),
        gate("g", { check: "agent", onFail: "drop", attempts: 1 }, [agent("b", { prompt: "${a}" })], { reads: ["a"] }),
      ],
    });
    expect([...agentVerification(g).values()]).toEqual(["verified", "verified"]);
  });
});

describe("schema paths", () => {
  it("names nested properties and array items like `findings[].severity`, quoting odd keys", () => {
    const before = {
      type: "object",
      properties: {
        findings: { type: "array", items: { type: "object", properties: { severity: { enum: ["a"] }, "odd key": { type: "string" } } } },
      },
    };
    const after = structuredClone(before);
    after.properties.findings.items.properties.severity.enum = ["a", "b"];
    (after.properties.findings.items.properties as Record<string, unknown>)["odd key"] = { type: "number" };
    expect(diffSchemas(before, after).map((c) => c.path)).toEqual(['findings[]["odd key"]', "findings[].severity"]);
    expect(diffSchemas({ type: "array", items: { maxLength: 3 } }, { type: "array", items: { maxLength: 9 } })[0]).toEqual({
      path: "$[]", change: "keyword", keyword: "maxLength", before: 3, after: 9, loosens: true,
    });
  });
  it("reports required changes on the field, not the parent", () => {
    const s = (required: string[]) => ({ type: "object", properties: { a: { type: "string" } }, required });
    expect(diffSchemas(s([]), s(["a"]))).toEqual([{ path: "a", change: "required", loosens: false }]);
    expect(diffSchemas(s(["a"]), s([]))).toEqual([{ path: "a", change: "optional", loosens: true }]);
  });
  it("ignores key order", () => {
    expect(diffSchemas({ type: "string", maxLength: 3 }, { maxLength: 3, type: "string" })).toEqual([]);
  });
});

describe("prompt diffs", () => {
  const one = (prompt: string) => buildGraph({ name: "p", children: [agent("a", { prompt })] });
  it("are word-level", () => {
    const d = diffGraphs(one("Review the file carefully"), one("Review every file carefully"));
    expect(d.stages.changed[0]!.prompt!.parts).toEqual([
      { op: "equal", text: "Review " },
      { op: "removed", text: "the" },
      { op: "added", text: "every" },
      { op: "equal", text: " file carefully" },
    ]);
  });
  it("still show a whitespace-only edit (the model sees it)", () => {
    const d = diffGraphs(one("a b"), one("a  b"));
    expect(isEmpty(d)).toBe(false);
    expect(d.stages.changed[0]!.prompt!.parts.some((p) => p.op !== "equal")).toBe(true);
  });
});

describe("option and structure changes", () => {
  it("lists model, effort, attempts and every literal option by name, sorted", () => {
    const g = (over: object) =>
      buildGraph({ name: "p", children: [parallel("f", 2, [agent("a", { prompt: "x", model: "haiku", options: { timeout: 10 }, ...over })])] });
    const d = diffGraphs(g({}), g({ model: "sonnet", effort: "high", attempts: 3, options: { timeout: 20, maxTokens: 99 } }));
    expect(d.stages.changed[0]!.fields).toEqual([
      { field: "attempts", after: 3 },
      { field: "effort", before: null, after: "high" },
      { field: "maxTokens", after: 99 },
      { field: "model", before: "haiku", after: "sonnet" },
      { field: "timeout", before: 10, after: 20 },
    ]);
  });
});
