/**
 * Flags a cap that drops data silently: `xs.slice(0, N)` (any `slice` with a static end) with no
 * `log(…)` in the same function that mentions `xs` (its length, or what was left out). Caps are how
 * plans stay bounded, and that is right; but a run that quietly reviewed 40 of 300 files looks
 * the same as one that reviewed them all. Say what was dropped.
 * @example invalid  const shown = files.slice(0, 40)
 * @example valid    const shown = files.slice(0, 40)
 *                   if (files.length > shown.length) log(`reviewing ${shown.length} of ${files.length} files`)
 */
import type * as A from "../../grammar/ast.js";
import { bindingsOf, type Bindings } from "./bindings.js";
import { argAt, descendants, staticNumber } from "./calls.js";
import { factsOf } from "./facts.js";
import { defineRule } from "./rule.js";
import { memberPath, textOf } from "../walk.js";

export const silentCap = defineRule({
  code: "WF5006",
  name: "silent-cap",
  doc: `Flags a cap that drops data silently: \`xs.slice(0, N)\` (any \`slice\` with a static end) with no
\`log(…)\` in the same function that mentions \`xs\` (its length, or what was left out). Caps are how
plans stay bounded, and that is right; but a run that quietly reviewed 40 of 300 files looks
the same as one that reviewed them all. Say what was dropped.
@example invalid  const shown = files.slice(0, 40)
@example valid    const shown = files.slice(0, 40)
                  if (files.length > shown.length) log(\`reviewing \${shown.length} of \${files.length} files\`)`,
  check({ program, source, report }) {
    const bindings = bindingsOf(program);
    const logsByFunction = new Map<A.Node, A.CallExpression[]>();
    const facts = factsOf(program);
    for (const n of facts.logs) {
      const fn = bindings.functionOf(n);
      const logs = logsByFunction.get(fn);
      if (logs) logs.push(n);
      else logsByFunction.set(fn, [n]);
    }
    // The logs around a function depend only on the function: asked once per function, not per slice.
    const around = new Map<A.Node, A.CallExpression[]>();
    for (const n of facts.slices) {
      const end = staticNumber(argAt(n, 1), bindings);
      if (end === undefined || end < 0) continue; // `slice(0, -1)` trims an end; it is not a cap
      const receiver = (n.callee as A.MemberExpression).object;
      const path = memberPath(receiver);
      if (path === undefined) continue; // `f().slice(0, 5)`: nothing to name in a log
      const fn = bindings.functionOf(n);
      let logs = around.get(fn);
      if (!logs) {
        logs = logsAround(fn, logsByFunction, bindings);
        around.set(fn, logs);
      }
      if (logs.some((log) => mentions(log, path, receiver, bindings))) continue;
      report(n.span, `\`${textOf(source, receiver)}\` is capped at ${textOf(source, argAt(n, 1)!)} items and nothing logs what was dropped`, {
        label: "silent cap",
        help: `when \`${path}.length\` exceeds the cap, \`log\` how many items were left out`,
      });
    }
  },
});

/** The logs of a function and of the callbacks written inside it. */
function logsAround(fn: A.Node, byFunction: Map<A.Node, A.CallExpression[]>, bindings: Bindings): A.CallExpression[] {
  const out: A.CallExpression[] = [];
  for (const [owner, logs] of byFunction) {
    for (let f: A.Node | undefined = owner; f; f = f.type === "Program" ? undefined : bindings.functionOf(f)) {
      if (f === fn) {
        out.push(...logs);
        break;
      }
    }
  }
  return out;
}

/** Whether a log's arguments mention the capped value: the same binding (or `args` path) or a member of it. */
function mentions(log: A.CallExpression, path: string, receiver: A.Expression, bindings: Bindings): boolean {
  const root = rootIdentifier(receiver);
  const rootBinding = root && bindings.resolve(root);
  for (const d of descendants(log)) {
    if (d === log.callee) continue;
    if (d.type !== "Identifier" && d.type !== "MemberExpression") continue;
    const p = memberPath(d);
    if (p === undefined || !(p === path || p.startsWith(path + "."))) continue;
    const r = rootIdentifier(d);
    if (r && (rootBinding ? bindings.resolve(r) === rootBinding : !bindings.resolve(r))) return true;
  }
  return false;
}

function rootIdentifier(e: A.Expression): A.Identifier | undefined {
  let cur = e;
  while (cur.type === "MemberExpression") cur = cur.object;
  return cur.type === "Identifier" ? cur : undefined;
}
