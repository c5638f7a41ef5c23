/**
 * Flags an agent, `parallel`, `pipeline`, `gate`, `retry` or `workflow` whose result nothing reads:
 * the tokens are spent and the answer is thrown away, or a failure (`null`) goes unnoticed.
 * Two shapes: a result bound to a `const`/`let` that no later code reads, and an awaited `agent`,
 * `parallel` or `pipeline` written as a statement of its own. A thunk that returns the call
 * (`() => agent(…)`) is not a discarded result. (`await gate(…)` as a statement is an assertion and
 * is fine.)
 * @example invalid  const draft = await agent('Draft the release notes', { label: 'draft' })   // `draft` is never read
 * @example invalid  await agent('Summarise the findings', { label: 'summary' })
 * @example valid    const draft = await agent('Draft the release notes', { label: 'draft' }); return draft
 */
import type * as A from "../../grammar/ast.js";
import { bindingsOf } from "./bindings.js";
import { originCall, unwrap, primitiveOf } from "./calls.js";
import { factsOf } from "./facts.js";
import { defineRule } from "./rule.js";
import { patternNames } from "../walk.js";

export const unusedResult = defineRule({
  code: "WF5001",
  name: "unused-result",
  doc: `Flags an agent, \`parallel\`, \`pipeline\`, \`gate\`, \`retry\` or \`workflow\` whose result nothing reads:
the tokens are spent and the answer is thrown away, or a failure (\`null\`) goes unnoticed.
Two shapes: a result bound to a \`const\`/\`let\` that no later code reads, and an awaited \`agent\`,
\`parallel\` or \`pipeline\` written as a statement of its own. A thunk that returns the call
(\`() => agent(…)\`) is not a discarded result. (\`await gate(…)\` as a statement is an assertion and
is fine.)
@example invalid  const draft = await agent('Draft the release notes', { label: 'draft' })   // \`draft\` is never read
@example invalid  await agent('Summarise the findings', { label: 'summary' })
@example valid    const draft = await agent('Draft the release notes', { label: 'draft' }); return draft`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    for (const node of factsOf(program).resultSites) {
      if (node.type === "VariableDeclarator" && node.init) {
        const origin = originCall(node.init, bindings);
        if (!origin || origin.prim === "phase" || origin.prim === "log") continue;
        // Only the call itself (possibly awaited or `.then`-ed), not an alias of an earlier result.
        if (unwrap(node.init).type === "Identifier") continue;
        const ids = patternNames(node.id);
        if (ids.length === 0) continue;
        const unread = ids.every((id) => {
          const b = bindings.declared(id);
          return b !== undefined && bindings.reads(b).length === 0;
        });
        if (!unread) continue;
        const names = ids.map((id) => `\`${id.name}\``).join(", ");
        report(node.id.span, `the result of \`${origin.prim}\` bound to ${names} is never read`, {
          label: "never read",
          help: ids.length === 1 ? `use \`${ids[0]!.name}\` downstream or return it, or remove the call` : "use the results downstream or return them, or remove the call",
        });
      } else if (node.type === "ExpressionStatement") {
        const e = node.expression;
        if (e.type !== "AwaitExpression") continue;
        const call = unwrap(e) as A.Expression;
        const prim = primitiveOf(call, bindings);
        if (prim !== "agent" && prim !== "parallel" && prim !== "pipeline") continue;
        report(e.span, `the result of this awaited \`${prim}\` is discarded`, {
          label: "value thrown away",
          help: "bind it (`const x = await …`) and use it, or at least check it for `null` and `log` a failure",
        });
      }
    }
  },
});
