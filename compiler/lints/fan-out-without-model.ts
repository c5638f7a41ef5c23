/**
 * Flags an agent that runs inside a fan-out (a `parallel` thunk, a `pipeline` stage, a `gate` check
 * with `each: true`, or a helper they call) without a `model`. It inherits the session's model,
 * often the most expensive one, once per item. Name the model per call or for the plan
 * (`meta.defaults.model`). A `model` in `meta.phases` is a display label in Claude Code and does not
 * count.
 * @example invalid  await parallel(files.map((f) => () => agent(`Review ${f}`, { label: 'review' })))
 * @example valid    await parallel(files.map((f) => () => agent(`Review ${f}`, { label: 'review', model: 'sonnet' })))
 */
import type * as A from "../../grammar/ast.js";
import { bindingsOf, type Bindings } from "./bindings.js";
import { certainlyLacks, descendants, isPrimitiveCall, optionValue, primitiveOf } from "./calls.js";
import { factsOf } from "./facts.js";
import { defineRule } from "./rule.js";

export const fanOutWithoutModel = defineRule({
  code: "WF5004",
  name: "fan-out-without-model",
  doc: `Flags an agent that runs inside a fan-out (a \`parallel\` thunk, a \`pipeline\` stage, a \`gate\` check
with \`each: true\`, or a helper they call) without a \`model\`. It inherits the session's model,
often the most expensive one, once per item. Name the model per call or for the plan
(\`meta.defaults.model\`). A \`model\` in \`meta.phases\` is a display label in Claude Code and does not
count.
@example invalid  await parallel(files.map((f) => () => agent(\`Review \${f}\`, { label: 'review' })))
@example valid    await parallel(files.map((f) => () => agent(\`Review \${f}\`, { label: 'review', model: 'sonnet' })))`,
  check({ program, meta, report }) {
    if (meta?.defaults?.model) return;
    const bindings = bindingsOf(program);
    const agents = new Map<A.CallExpression, A.CallExpression>();
    for (const { call: node, prim } of factsOf(program).primitives) {
      let bodies: A.Node[] = [];
      if (prim === "parallel") bodies = node.arguments;
      else if (prim === "pipeline") bodies = node.arguments.slice(1);
      else if (prim === "gate" && optionValue(node, 2, "each", bindings)?.type === "BooleanLiteral") {
        const each = optionValue(node, 2, "each", bindings) as A.BooleanLiteral;
        if (each.value) bodies = node.arguments.slice(1, 2);
      }
      for (const call of agentsReachedFrom(bodies, bindings)) if (!agents.has(call)) agents.set(call, node);
    }
    for (const [call, fanOut] of [...agents].sort((a, b) => a[0].span.start - b[0].span.start)) {
      if (!certainlyLacks(call, 1, "model", bindings)) continue;
      const kind = primitiveOf(fanOut, bindings);
      report(call.callee.span, `this agent runs once per item of a \`${kind}\` but names no \`model\``, {
        label: "inherits the session model",
        secondary: [{ span: fanOut.callee.span, message: "the fan-out" }],
        help: "add `model: 'haiku'` or `model: 'sonnet'` to its options, or set `meta.defaults.model`",
      });
    }
  },
});

/** Agent calls inside the given nodes and inside every helper they call, transitively. */
function agentsReachedFrom(roots: A.Node[], bindings: Bindings): A.CallExpression[] {
  const out: A.CallExpression[] = [];
  const seen = new Set<A.Node>();
  const visit = (n: A.Node): void => {
    if (seen.has(n)) return;
    seen.add(n);
    for (const d of descendants(n)) {
      if (isPrimitiveCall(d, "agent", bindings)) out.push(d);
      if (d.type === "Identifier") {
        const fn = bindings.resolve(d)?.fn;
        if (fn) visit(fn);
      }
    }
  };
  roots.forEach(visit);
  return out;
}
