/**
 * Flags an agent call without a `label`. The label names the agent in the progress view, the
 * run journal and `wfc graph`, and it is what makes the agent's stage id stable: without one the
 * id falls back to the agent's position, so inserting an agent elsewhere renames it and a resumed
 * run or a `wfc diff` matches the wrong stage.
 * @example invalid  const summary = await agent('Summarise the report')
 * @example valid    const summary = await agent('Summarise the report', { label: 'summarise' })
 */
import { bindingsOf } from "./bindings.js";
import { certainlyLacks } from "./calls.js";
import { factsOf } from "./facts.js";
import { defineRule } from "./rule.js";

export const missingLabel = defineRule({
  code: "WF5012",
  name: "missing-label",
  doc: `Flags an agent call without a \`label\`. The label names the agent in the progress view, the
run journal and \`wfc graph\`, and it is what makes the agent's stage id stable: without one the
id falls back to the agent's position, so inserting an agent elsewhere renames it and a resumed
run or a \`wfc diff\` matches the wrong stage.
@example invalid  const summary = await agent('Summarise the report')
@example valid    const summary = await agent('Summarise the report', { label: 'summarise' })`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    for (const n of factsOf(program).agents) {
      if (!certainlyLacks(n, 1, "label", bindings)) continue;
      report(n.callee.span, "this agent has no `label`", {
        label: "unlabelled agent",
        help: "add `label: '…'` to its options: a short name for what it does",
      });
    }
  },
});
