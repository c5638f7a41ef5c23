/**
 * Flags two agent calls, at different places in the plan, with the same static `label`. Labels
 * name stages in the progress view, the journal and `wfc graph`; two calls sharing one are told
 * apart only by an automatic `#2`, which moves when the plan is edited, so resumed runs and diffs
 * match the wrong stage. (One call that runs many times, in a fan-out or a loop, is fine.)
 * @example invalid  const a = await agent('Review the API', { label: 'review' })
 *                   const b = await agent('Review the UI', { label: 'review' })
 * @example valid    const a = await agent('Review the API', { label: 'review-api' })
 *                   const b = await agent('Review the UI', { label: 'review-ui' })
 */
import type * as A from "../../grammar/ast.js";
import { bindingsOf } from "./bindings.js";
import { optionValue, resolveConst } from "./calls.js";
import { factsOf } from "./facts.js";
import { defineRule } from "./rule.js";
import { staticLabel } from "../stage-ids.js";

export const duplicateLabel = defineRule({
  code: "WF5009",
  name: "duplicate-label",
  doc: `Flags two agent calls, at different places in the plan, with the same static \`label\`. Labels
name stages in the progress view, the journal and \`wfc graph\`; two calls sharing one are told
apart only by an automatic \`#2\`, which moves when the plan is edited, so resumed runs and diffs
match the wrong stage. (One call that runs many times, in a fan-out or a loop, is fine.)
@example invalid  const a = await agent('Review the API', { label: 'review' })
                  const b = await agent('Review the UI', { label: 'review' })
@example valid    const a = await agent('Review the API', { label: 'review-api' })
                  const b = await agent('Review the UI', { label: 'review-ui' })`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    const first = new Map<string, A.Expression>();
    for (const n of factsOf(program).agents) {
      const e = optionValue(n, 1, "label", bindings);
      if (!e) continue;
      const label = staticLabel(resolveConst(e, bindings));
      if (label === undefined) continue;
      const earlier = first.get(label);
      if (!earlier) {
        first.set(label, e);
        continue;
      }
      report(e.span, `label \`${label}\` is already used by another agent`, {
        label: "duplicate label",
        secondary: [{ span: earlier.span, message: "first used here" }],
        help: "give each agent call its own label, e.g. suffix what it does differently",
      });
    }
  },
});
