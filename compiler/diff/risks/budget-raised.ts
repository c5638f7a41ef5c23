/**
 * The plan's declared `meta.budget` went up or went away, so the compiler's budget check now
 * admits a costlier plan. Plan-level: it names no stage.
 * @example before  export const meta = { budget: { usd: 5 } }
 * @example after   export const meta = { budget: { usd: 20 } }
 */

import { defineRisk, type RiskTrigger } from "./define.js";

export const budgetRaised = defineRisk({
  name: "budget-raised",
  explanation: "The plan's declared budget was raised or removed, so a costlier run now passes the budget check.",
  detect({ before, after }) {
    const triggers: RiskTrigger[] = [];
    const a = before.plan.budget;
    if (!a) return triggers;
    const b = after.plan.budget;
    for (const key of Object.keys(a).sort() as (keyof typeof a)[]) {
      const old = a[key];
      if (old === undefined) continue;
      const now = b?.[key];
      if (now === undefined) triggers.push({ detail: `budget.${key}: ${old} -> (none)` });
      else if (now > old) triggers.push({ detail: `budget.${key}: ${old} -> ${now}` });
    }
    return triggers;
  },
});
