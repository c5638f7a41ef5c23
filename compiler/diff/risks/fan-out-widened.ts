/**
 * A `parallel` or `pipeline` may now run more items: more agents, more tokens, more concurrency.
 * @example before  parallel(files.slice(0, 10).map(review))
 * @example after   parallel(files.slice(0, 50).map(review))
 */

import { defineRisk, matchedStages, type RiskTrigger } from "./define.js";

export const fanOutWidened = defineRisk({
  name: "fan-out-widened",
  explanation: "A fan-out can now run more items, multiplying agents, tokens and concurrency under it.",
  detect(context) {
    const triggers: RiskTrigger[] = [];
    for (const [before, after] of matchedStages(context)) {
      if (before.kind !== "parallel" && before.kind !== "pipeline") continue;
      if (before.width === undefined) continue;
      if (after.width === undefined)
        triggers.push({ stage: before.id, detail: `\`${before.id}\` width: ${before.width} -> (no static bound)` });
      else if (after.width > before.width)
        triggers.push({ stage: before.id, detail: `\`${before.id}\` width: ${before.width} -> ${after.width}` });
    }
    return triggers;
  },
});
