/**
 * An agent now runs on a model with a higher per-token price (per the price table passed to
 * `diffGraphs`; by default opus > sonnet > haiku). Compares the model the bounds were priced with,
 * so an agent that starts inheriting an expensive session model is caught too.
 * @example before  agent(prompt, { model: "haiku" })
 * @example after   agent(prompt, { model: "opus" })
 */

import { formatValue } from "../describe.js";
import { isUpgrade, priceOf } from "../prices.js";
import type { StageJson } from "../../graph/types.js";
import { defineRisk, matchedStages, type RiskTrigger } from "./define.js";

export const modelUpgraded = defineRisk({
  name: "model-upgraded",
  explanation: "An agent moved to a model with a higher per-token price, raising the cost of every call it makes.",
  detect(context) {
    const triggers: RiskTrigger[] = [];
    for (const [before, after] of matchedStages(context)) {
      if (before.kind !== "agent" || after.kind !== "agent") continue;
      const a = pricedAs(before);
      const b = pricedAs(after);
      if (a === undefined || b === undefined || !isUpgrade(a, b, context.prices)) continue;
      const pa = priceOf(a, context.prices)!;
      const pb = priceOf(b, context.prices)!;
      triggers.push({
        stage: before.id,
        detail: `\`${before.id}\` model: ${formatValue(a)} -> ${formatValue(b)} ($${pa.input}/$${pa.output} -> $${pb.input}/$${pb.output} per MTok in/out)`,
      });
    }
    return triggers;
  },
});

function pricedAs(stage: StageJson): string | undefined {
  return stage.pricedModel ?? (typeof stage.model === "string" ? stage.model : undefined);
}
