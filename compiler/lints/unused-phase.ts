/**
 * Flags a `meta.phases` entry that no `phase('…')` call or agent `phase` option uses: the progress
 * view shows a phase that never starts, and its `model` applies to nothing. Not checked when some
 * phase title is computed at run time.
 * @example invalid  export const meta = { name: 'x', description: 'x', phases: [{ title: 'Review' }, { title: 'Ship' }] }
 *                   phase('Review')   // `Ship` is never used
 * @example valid    phase('Review'); … phase('Ship')
 */
import { bindingsOf } from "./bindings.js";
import { phaseUses } from "./phases.js";
import { defineRule } from "./rule.js";

export const unusedPhase = defineRule({
  code: "WF5008",
  name: "unused-phase",
  doc: `Flags a \`meta.phases\` entry that no \`phase('…')\` call or agent \`phase\` option uses: the progress
view shows a phase that never starts, and its \`model\` applies to nothing. Not checked when some
phase title is computed at run time.
@example invalid  export const meta = { name: 'x', description: 'x', phases: [{ title: 'Review' }, { title: 'Ship' }] }
                  phase('Review')   // \`Ship\` is never used
@example valid    phase('Review'); … phase('Ship')`,
  check({ program, meta, report }) {
    if (!meta || meta.phases.length === 0) return;
    const uses = phaseUses(program, bindingsOf(program));
    if (uses.dynamic) return;
    const used = new Set(uses.uses.map((u) => u.title));
    for (const p of meta.phases) {
      if (used.has(p.title)) continue;
      report(p.span, `phase \`${p.title}\` is declared but never started`, {
        label: "unused phase",
        help: `call \`phase('${p.title}')\` where it begins, or remove it from \`meta.phases\``,
      });
    }
  },
});
