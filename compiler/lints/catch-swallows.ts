/**
 * Flags a `catch` that makes a failure disappear: its block is empty, or it only returns
 * `null`/nothing/an empty value or continues, and it neither `log`s nor rethrows. The run then
 * reports success with a hole in its answer and no trace of why. (`parallel`, `pipeline`, `gate`
 * and `retry` already record failures in the run's census; a hand-written `catch` must say so itself.)
 * @example invalid  try { plan = await workflow('plan', args) } catch (e) { }
 * @example invalid  try { return await risky() } catch { return null }
 * @example valid    try { return await risky() } catch (e) { log(`risky failed: ${e.message}`); return null }
 */
import type * as A from "../../grammar/ast.js";
import { bindingsOf } from "./bindings.js";
import { descendants, isLogCall } from "./calls.js";
import { factsOf } from "./facts.js";
import { defineRule } from "./rule.js";

export const catchSwallows = defineRule({
  code: "WF5014",
  name: "catch-swallows",
  doc: `Flags a \`catch\` that makes a failure disappear: its block is empty, or it only returns
\`null\`/nothing/an empty value or continues, and it neither \`log\`s nor rethrows. The run then
reports success with a hole in its answer and no trace of why. (\`parallel\`, \`pipeline\`, \`gate\`
and \`retry\` already record failures in the run's census; a hand-written \`catch\` must say so itself.)
@example invalid  try { plan = await workflow('plan', args) } catch (e) { }
@example invalid  try { return await risky() } catch { return null }
@example valid    try { return await risky() } catch (e) { log(\`risky failed: \${e.message}\`); return null }`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    for (const n of factsOf(program).catches) {
      if (!n.body.body.every(swallows)) continue;
      if (descendants(n.body).some((d) => isLogCall(d, bindings))) continue;
      report(n.span, n.body.body.length === 0 ? "this `catch` is empty: the error disappears" : "this `catch` drops the error without logging it", {
        label: "failure swallowed",
        help: "`log` what failed and why (the error's `message`) before recovering, or let the error propagate",
      });
    }
  },
});

/** A statement that recovers without saying anything: `return`, `return null`, `return []`, `continue`, `;`. */
function swallows(s: A.Statement): boolean {
  if (s.type === "EmptyStatement" || s.type === "ContinueStatement" || s.type === "BreakStatement") return true;
  if (s.type !== "ReturnStatement") return false;
  const a = s.argument;
  if (!a) return true;
  if (a.type === "NullLiteral") return true;
  if (a.type === "Identifier" && a.name === "undefined") return true;
  if (a.type === "ArrayExpression" && a.elements.length === 0) return true;
  if (a.type === "ObjectExpression" && a.properties.length === 0) return true;
  if (a.type === "StringLiteral" && a.value === "") return true;
  if (a.type === "BooleanLiteral" && !a.value) return true;
  return false;
}
