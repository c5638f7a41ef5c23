/**
 * Flags a phase title that `meta.phases` does not declare, in `phase('…')` or an agent's `phase`
 * option. The progress view groups agents under the declared phases; a misspelt title makes a
 * stray group, and the phase's `model` is not applied. Only checked when `meta.phases` is declared.
 * @example invalid  export const meta = { name: 'x', description: 'x', phases: [{ title: 'Review' }] }
 *                   phase('Reveiw')
 * @example valid    phase('Review')
 */
import { bindingsOf } from "./bindings.js";
import { phaseUses } from "./phases.js";
import { defineRule } from "./rule.js";
import { didYouMean } from "../util/did-you-mean.js";

export const undeclaredPhase = defineRule({
  code: "WF5007",
  name: "undeclared-phase",
  doc: `Flags a phase title that \`meta.phases\` does not declare, in \`phase('…')\` or an agent's \`phase\`
option. The progress view groups agents under the declared phases; a misspelt title makes a
stray group, and the phase's \`model\` is not applied. Only checked when \`meta.phases\` is declared.
@example invalid  export const meta = { name: 'x', description: 'x', phases: [{ title: 'Review' }] }
                  phase('Reveiw')
@example valid    phase('Review')`,
  check({ program, meta, report }) {
    if (!meta || meta.spans["phases"] === undefined) return;
    const declared = meta.phases.map((p) => p.title);
    for (const use of phaseUses(program, bindingsOf(program)).uses) {
      if (declared.includes(use.title)) continue;
      const hint = didYouMean(use.title, declared);
      report(use.node.span, `phase \`${use.title}\` is not declared in \`meta.phases\``, {
        label: "undeclared phase",
        secondary: [{ span: meta.spans["phases"], message: "phases are declared here" }],
        help: hint ? `did you mean \`${hint}\`?` : `add \`{ title: '${use.title}' }\` to \`meta.phases\`, or use one of its titles`,
      });
    }
  },
});
