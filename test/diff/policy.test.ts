/** `evaluatePolicy` and `parseFailOn`: the CI verdict over a diff. */

import { describe, expect, it } from "vitest";
import { diffGraphs, evaluatePolicy, parseFailOn, RISK_CLASSES } from "../../compiler/diff/index.js";
import { agent, buildGraph, parallel, type PlanSpec } from "./build.js";

const fan = (width: number, model = "sonnet", budget?: PlanSpec["budget"]): PlanSpec => ({
  name: "p",
  ...(budget ? { budget } : {}),
  children: [parallel("many", width, [agent("each", { prompt: "Review ${file} carefully.", model, options: { maxTokens: 4000 } })])],
});
const diff = (a: PlanSpec, b: PlanSpec) => diffGraphs(buildGraph(a), buildGraph(b));

describe("evaluatePolicy", () => {
  const widened = diff(fan(10), fan(50, "opus"));

  it("fails on a listed risk class, with one reason per class naming the stages", () => {
    const result = evaluatePolicy(widened, { failOn: ["fan-out-widened"] });
    expect(result).toEqual({
      failed: true,
      reasons: ["risk `fan-out-widened` in `p/parallel:many`: `p/parallel:many` width: 10 -> 50"],
    });
  });

  it("passes when the risks present are not listed", () => {
    expect(evaluatePolicy(widened, { failOn: ["gate-removed", "budget-raised"] })).toEqual({ failed: false, reasons: [] });
  });

  it("lists reasons in risk order whatever the order of failOn", () => {
    const result = evaluatePolicy(widened, { failOn: ["fan-out-widened", "model-upgraded"] });
    expect(result.reasons.map((r) => r.split("`")[1])).toEqual(["model-upgraded", "fan-out-widened"]);
  });

  it("fails when the worst-case cost rises by more than maxUsdIncrease dollars", () => {
    const usd = widened.bounds.find((b) => b.quantity === "usd")!;
    expect(usd.delta).toBeGreaterThan(1);
    const result = evaluatePolicy(widened, { failOn: [], maxUsdIncrease: 1 });
    expect(result.failed).toBe(true);
    expect(result.reasons[0]).toMatch(/^worst-case cost rises by \$\d+\.\d\d \(\$\d+\.\d\d -> \$\d+\.\d\d\), above the allowed \$1\.00$/);
    expect(evaluatePolicy(widened, { failOn: [], maxUsdIncrease: usd.delta })).toEqual({ failed: false, reasons: [] });
  });

  it("never fails a cost decrease or an empty diff", () => {
    expect(evaluatePolicy(diff(fan(50), fan(10)), { failOn: [...RISK_CLASSES], maxUsdIncrease: 0 }).failed).toBe(false);
    expect(evaluatePolicy(diff(fan(10), fan(10)), { failOn: [...RISK_CLASSES], maxUsdIncrease: 0 }).failed).toBe(false);
  });

  it("fails on a budget raise with a plan-level reason", () => {
    const d = diff(fan(10, "sonnet", { usd: 2 }), fan(10, "sonnet", { usd: 4 }));
    expect(evaluatePolicy(d, { failOn: ["budget-raised"] }).reasons).toEqual(["risk `budget-raised`: budget.usd: 2 -> 4"]);
  });
});

describe("parseFailOn", () => {
  it("accepts a comma-separated list, trims and dedupes", () => {
    expect(parseFailOn("gate-removed, model-upgraded,gate-removed")).toEqual({ failOn: ["gate-removed", "model-upgraded"], errors: [] });
  });
  it("expands all", () => {
    expect(parseFailOn("all").failOn).toEqual([...RISK_CLASSES]);
  });
  it("reports an unknown class with a suggestion instead of throwing", () => {
    const { failOn, errors } = parseFailOn("gate-remove,nonsense-here-x");
    expect(failOn).toEqual([]);
    expect(errors[0]).toMatch(/^unknown risk class `gate-remove`; did you mean `gate-removed`\?/);
    expect(errors[1]).toMatch(/^unknown risk class `nonsense-here-x` \(expected one of verification-removed, /);
  });
});
