/**
 * A stage may now run more times: a `retry`, a gate's retry policy or an agent's schema retries
 * allow more attempts, or a loop's iteration bound went up. Every extra attempt is paid in full.
 * @example before  retry(() => agent(prompt), { attempts: 2 })
 * @example after   retry(() => agent(prompt), { attempts: 5 })
 */

import type { StageJson } from "../../graph/types.js";
import { defineRisk, matchedStages, type RiskTrigger } from "./define.js";

export const retryRaised = defineRisk({
  name: "retry-raised",
  explanation: "A retry or loop bound went up, so a stage can run (and be paid for) more times in the worst case.",
  detect(context) {
    const triggers: RiskTrigger[] = [];
    for (const [before, after] of matchedStages(context)) {
      const a = attempts(before);
      const b = attempts(after);
      if (b > a) triggers.push({ stage: before.id, detail: `\`${before.id}\` attempts: ${a} -> ${b}` });
      if (before.kind === "loop" && before.iterations !== undefined) {
        if (after.iterations === undefined)
          triggers.push({ stage: before.id, detail: `\`${before.id}\` iterations: ${before.iterations} -> (no static bound)` });
        else if (after.iterations > before.iterations)
          triggers.push({ stage: before.id, detail: `\`${before.id}\` iterations: ${before.iterations} -> ${after.iterations}` });
      }
    }
    return triggers;
  },
});

/** Attempts as the stage runs them: absent means once. */
function attempts(stage: StageJson): number {
  return stage.attempts ?? stage.gate?.attempts ?? 1;
}
