/**
 * An agent's output schema admits more than it did: a `maxItems` raised or removed (often the very
 * bound a later fan-out is sized by), an `enum` removed or widened, a field no longer `required`,
 * `additionalProperties: false` removed, or the schema dropped for free text.
 * @example before  { type: "array", maxItems: 20 }
 * @example after   { type: "array" }
 */

import { describeSchemaChange } from "../describe.js";
import { defineRisk, type RiskTrigger } from "./define.js";

export const schemaLoosened = defineRisk({
  name: "schema-loosened",
  explanation: "An agent's output schema now accepts more (a bound, enum, required field or closed object was relaxed), so downstream stages see less-checked data.",
  detect({ changed }) {
    const triggers: RiskTrigger[] = [];
    for (const stage of changed)
      for (const change of stage.schema ?? [])
        if (change.loosens) triggers.push({ stage: stage.id, detail: `\`${stage.id}\`: ${describeSchemaChange(change)}` });
    return triggers;
  },
});
