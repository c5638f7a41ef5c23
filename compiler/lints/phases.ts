/**
 * Where a plan names its phases: `phase('X')` calls and the `phase` option of agents. Shared by
 * the two phase rules so they agree on what counts as a use.
 */
import type * as A from "../../grammar/ast.js";
import type { Bindings } from "./bindings.js";
import { argAt, optionValue, staticString } from "./calls.js";
import { factsOf } from "./facts.js";

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

/** Both phase rules ask; one answer per program (bindings are per program too). */
const cache = new WeakMap<Bindings, PhaseUses>();

export function phaseUses(program: A.Program, bindings: Bindings): PhaseUses {
  const cached = cache.get(bindings);
  if (cached) return cached;
  const out: PhaseUses = { uses: [], dynamic: false };
  const add = (e: A.Expression | undefined): void => {
    if (!e) return;
    const title = staticString(e, bindings);
    if (title === undefined) out.dynamic = true;
    else out.uses.push({ title, node: e });
  };
  for (const { call, prim } of factsOf(program).primitives) {
    if (prim === "phase") add(argAt(call, 0));
    else if (prim === "agent") add(optionValue(call, 1, "phase", bindings));
  }
  cache.set(bindings, out);
  return out;
}
