/**
 * A gate that is still there checks less or lets more through on failure:
 * - its failure policy moved down abort > retry > drop (abort stops the run where a person sees it;
 *   retry gives a failing value more chances to pass; drop discards it silently);
 * - a `predicate` check (deterministic code) became an `agent` check (a model's verdict);
 * - it lost its failure policy altogether;
 * - its attempts were lowered, so fewer values get a verified result before the policy applies.
 * @example before  gate(x, check, { onFail: "abort" })
 * @example after   gate(x, check, { onFail: "drop" })
 */

import { formatValue } from "../describe.js";
import type { GateInfo } from "../../graph/types.js";
import { defineRisk, matchedStages, type RiskTrigger } from "./define.js";

const POLICY_STRENGTH: Record<GateInfo["onFail"], number> = { abort: 2, retry: 1, drop: 0 };

export const gateWeakened = defineRisk({
  name: "gate-weakened",
  explanation: "A verification gate now checks less strictly or lets more through when a check fails.",
  detect(context) {
    const triggers: RiskTrigger[] = [];
    for (const [before, after] of matchedStages(context)) {
      const a = before.gate;
      if (before.kind !== "gate" || !a) continue;
      const b = after.gate;
      const id = before.id;
      if (!b || after.kind !== "gate") {
        triggers.push({ stage: id, detail: `\`${id}\` no longer has a failure policy (was onFail: ${formatValue(a.onFail)})` });
        continue;
      }
      if (POLICY_STRENGTH[b.onFail] < POLICY_STRENGTH[a.onFail])
        triggers.push({ stage: id, detail: `\`${id}\` onFail: ${formatValue(a.onFail)} -> ${formatValue(b.onFail)}` });
      if (a.check === "predicate" && b.check === "agent")
        triggers.push({ stage: id, detail: `\`${id}\` check: \`predicate\` -> \`agent\` (code replaced by a model's verdict)` });
      const attemptsBefore = before.attempts ?? a.attempts;
      const attemptsAfter = after.attempts ?? b.attempts;
      if (attemptsAfter < attemptsBefore)
        triggers.push({ stage: id, detail: `\`${id}\` attempts: ${attemptsBefore} -> ${attemptsAfter}` });
    }
    return triggers;
  },
});
