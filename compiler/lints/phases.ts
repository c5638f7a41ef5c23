/**
 * Where a plan names its phases: `phase('X')` calls and the `phase` option of agents. Shared by
 * the two phase rules so they agree on what counts as a use.
 */
import type * as A from "../../grammar/ast.js";
import type { Bindings } from "./bindings.js";
import { argAt, descendants, isPrimitiveCall, optionValue, staticString } from "./calls.js";

export interface PhaseUse {
  title: string;
  /** The string that names it. */
  node: A.Expression;
}

export interface PhaseUses {
  uses: PhaseUse[];
  /** A `phase(x)` or `phase: x` whose title is not static: any declared phase may be the one. */
  dynamic: boolean;
}

export function phaseUses(program: A.Program, bindings: Bindings): PhaseUses {
  const out: PhaseUses = { uses: [], dynamic: false };
  const add = (e: A.Expression | undefined): void => {
    if (!e) return;
    const title = staticString(e, bindings);
    if (title === undefined) out.dynamic = true;
    else out.uses.push({ title, node: e });
  };
  for (const n of descendants(program)) {
    if (isPrimitiveCall(n, "phase", bindings)) add(argAt(n, 0));
    else if (isPrimitiveCall(n, "agent", bindings)) add(optionValue(n, 1, "phase", bindings));
  }
  return out;
}
