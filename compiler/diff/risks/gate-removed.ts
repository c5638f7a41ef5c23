/**
 * A `gate(…)` that existed before is gone: values it used to check now flow on unchecked.
 * A gate whose id changed (its label was renamed) also reads as removed plus added; the diff
 * matches stages by stable id only, so check the added stages when this fires.
 * @example before  const ok = await gate(draft, isValid, { onFail: "abort" })
 * @example after   const ok = draft
 */

import { formatValue } from "../describe.js";
import { defineRisk } from "./define.js";

export const gateRemoved = defineRisk({
  name: "gate-removed",
  explanation: "A verification gate was removed, so values it used to check now reach later stages unchecked.",
  detect({ beforeStages, afterStages }) {
    const triggers = [];
    for (const [id, stage] of beforeStages) {
      if (stage.kind !== "gate" || afterStages.has(id)) continue;
      const policy = stage.gate ? ` (${stage.gate.check} check, onFail: ${formatValue(stage.gate.onFail)})` : "";
      triggers.push({ stage: id, detail: `\`${id}\`${policy} was removed` });
    }
    return triggers;
  },
});
