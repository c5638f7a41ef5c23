/**
 * Flags reading a field of an element of a `parallel` or `pipeline` result before the `null`s are
 * filtered out. A failed thunk or a dropped pipeline item leaves `null` in its slot (the run goes
 * on, by design), so `results.map((r) => r.title)` throws as soon as one agent fails. Covered
 * reads: callbacks of array methods (`map`, `forEach`, `filter`, `sort`, …), `for…of` loops,
 * `results[i].field`, and names destructured from the result. A read is fine after
 * `.filter(Boolean)`, with `?.`, or under a test of the element (`r && r.title`, `if (!r) continue`).
 * @example invalid  const reviews = await parallel(files.map((f) => () => agent(`Review ${f}`, { label: 'review', schema: REVIEW })))
 *                   const titles = reviews.map((r) => r.title)
 * @example valid    const titles = reviews.filter(Boolean).map((r) => r.title)
 */
import type * as A from "../../grammar/ast.js";
import { bindingsOf, type Binding, type Bindings } from "./bindings.js";
import { isFunction } from "../walk.js";
import { descendants, methodName, primitiveOf, unwrap } from "./calls.js";
import { factsOf } from "./facts.js";
import { defineRule } from "./rule.js";
import { patternNames, textOf } from "../walk.js";

/** Array methods whose callback receives elements, and which parameters are elements. */
const elementParams: Record<string, number[]> = {
  map: [0], forEach: [0], flatMap: [0], some: [0], every: [0], find: [0], findIndex: [0], findLast: [0],
  filter: [0], sort: [0, 1], reduce: [1],
};

export const unfilteredNulls = defineRule({
  code: "WF5011",
  name: "unfiltered-nulls",
  doc: `Flags reading a field of an element of a \`parallel\` or \`pipeline\` result before the \`null\`s are
filtered out. A failed thunk or a dropped pipeline item leaves \`null\` in its slot (the run goes
on, by design), so \`results.map((r) => r.title)\` throws as soon as one agent fails. Covered
reads: callbacks of array methods (\`map\`, \`forEach\`, \`filter\`, \`sort\`, …), \`for…of\` loops,
\`results[i].field\`, and names destructured from the result. A read is fine after
\`.filter(Boolean)\`, with \`?.\`, or under a test of the element (\`r && r.title\`, \`if (!r) continue\`).
@example invalid  const reviews = await parallel(files.map((f) => () => agent(\`Review \${f}\`, { label: 'review', schema: REVIEW })))
                  const titles = reviews.map((r) => r.title)
@example valid    const titles = reviews.filter(Boolean).map((r) => r.title)`,
  check({ program, source, report }) {
    const bindings = bindingsOf(program);
    const reported = new Set<A.Node>();
    const flag = (access: A.MemberExpression, result: string, prim: string): void => {
      if (reported.has(access)) return;
      reported.add(access);
      report(access.span, `\`${textOf(source, access)}\` reads an element of \`${result}\`, a \`${prim}\` result whose failed items are \`null\``, {
        label: "throws if this item failed",
        help: `filter first with \`${result}.filter(Boolean)\`, or read it with \`?.\``,
      });
    };
    for (const d of factsOf(program).initialised) {
      const call = unwrap(d.init!);
      const prim = primitiveOf(call, bindings);
      if (prim !== "parallel" && prim !== "pipeline") continue;
      if (d.id.type === "ArrayPattern") {
        // `const [a, b] = await parallel([…])`: each name is one slot.
        for (const id of patternNames(d.id)) {
          const b = bindings.declared(id);
          if (!b) continue;
          const name = textOf(source, d.id);
          for (const access of unguardedAccesses(b, bindings.functionOf(d), bindings)) flag(access, name, prim);
        }
        continue;
      }
      if (d.id.type !== "Identifier") continue;
      const result = bindings.declared(d.id);
      // `let rs = await parallel(…); rs = rs.filter(Boolean)`: later reads may see the filtered value.
      if (!result || result.assignments.length > 0) continue;
      for (const ref of bindings.reads(result)) {
        const parent = bindings.parent(ref);
        if (parent?.type === "MemberExpression" && parent.object === ref) {
          if (parent.computed) {
            // `results[i].field`
            const outer = bindings.parent(parent);
            if (outer?.type === "MemberExpression" && outer.object === parent && !outer.optional && !guardedBy(outer, (t) => textMentions(t, parent, source), bindings)) flag(outer, result.name, prim);
            continue;
          }
          const call = bindings.parent(parent);
          const m = parent.property.type === "Identifier" ? parent.property.name : "";
          if (call?.type !== "CallExpression" || call.callee !== parent || methodName(call) === undefined) continue;
          const cb = call.arguments[0];
          const params = elementParams[m];
          if (!cb || !params || !isFunction(cb)) continue;
          for (const i of params) {
            const p = cb.params[i];
            if (p?.type !== "Identifier") continue;
            const b = bindings.declared(p);
            if (b) for (const access of unguardedAccesses(b, cb, bindings)) flag(access, result.name, prim);
          }
        } else if (parent?.type === "ForOfStatement" && parent.right === ref) {
          const v = parent.left.declarations[0]?.id;
          const b = v?.type === "Identifier" ? bindings.declared(v) : undefined;
          if (b) for (const access of unguardedAccesses(b, parent, bindings)) flag(access, result.name, prim);
        }
      }
    }
  },
});

/** Non-optional `x.field` reads of a binding that no test of `x` guards, within `scope`. */
function unguardedAccesses(b: Binding, scope: A.Node, bindings: Bindings): A.MemberExpression[] {
  const out: A.MemberExpression[] = [];
  for (const ref of bindings.reads(b)) {
    const m = bindings.parent(ref);
    if (m?.type !== "MemberExpression" || m.object !== ref || m.optional) continue;
    if (guardedBy(m, (test) => bindings.referencesIn(test).some((r) => bindings.resolve(r) === b), bindings, scope)) continue;
    out.push(m);
    break; // one finding per element name is enough
  }
  return out;
}

/**
 * Whether a test that `mentions` the value guards `node`: `v && v.f`, `v ? v.f : …`,
 * `if (v) { v.f }`, or an earlier `if (!v) return|continue|break|throw` in an enclosing block.
 */
function guardedBy(node: A.Node, mentions: (test: A.Node) => boolean, bindings: Bindings, scope?: A.Node): boolean {
  let child: A.Node = node;
  for (let p = bindings.parent(node); p; child = p, p = bindings.parent(p)) {
    if (p.type === "LogicalExpression" && p.right === child && mentions(p.left)) return true;
    if (p.type === "ConditionalExpression" && p.test !== child && mentions(p.test)) return true;
    if (p.type === "IfStatement" && p.test !== child && mentions(p.test)) return true;
    if (p.type === "BlockStatement" || p.type === "Program") {
      for (const s of p.body) {
        if (s === child) break;
        if (s.type === "IfStatement" && mentions(s.test) && exits(s.consequent)) return true;
      }
    }
    if (p === scope) break;
  }
  return false;
}

function exits(s: A.Statement): boolean {
  if (s.type === "ReturnStatement" || s.type === "ContinueStatement" || s.type === "BreakStatement" || s.type === "ThrowStatement") return true;
  if (s.type === "BlockStatement") {
    const last = s.body[s.body.length - 1];
    return last !== undefined && exits(last);
  }
  return false;
}

/** For `results[i]`: a test mentions it when its text contains the same `results[i]`. */
function textMentions(test: A.Node, target: A.Node, source: string): boolean {
  const t = textOf(source, target);
  return descendants(test).some((n) => n.type === "MemberExpression" && textOf(source, n) === t);
}
