/**
 * An agent whose output reached the plan's final answer only through gates now has a path to it
 * that passes no gate: a bypass edge was added, the gate was removed, or the agent moved out of it.
 * See `../flow.ts` for how the final answer and paths are computed.
 * @example before  const checked = await gate(draft, isValid); return checked
 * @example after   const checked = await gate(draft, isValid); return draft
 */

import { agentVerification, finalAnswerStage } from "../flow.js";
import { defineRisk, type RiskTrigger } from "./define.js";

export const verificationRemoved = defineRisk({
  name: "verification-removed",
  explanation: "An agent's output can now reach the plan's final answer without passing through any gate.",
  detect({ before, after }) {
    const triggers: RiskTrigger[] = [];
    const was = agentVerification(before);
    const now = agentVerification(after);
    const answer = finalAnswerStage(after);
    for (const [id, status] of was) {
      if (status !== "verified" || now.get(id) !== "unverified") continue;
      triggers.push({ stage: id, detail: `\`${id}\` now reaches the final answer (\`${answer}\`) without a gate` });
    }
    return triggers;
  },
});
