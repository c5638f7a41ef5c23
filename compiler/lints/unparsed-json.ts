/**
 * Flags `JSON.parse` of an agent's answer when the agent has no `schema`. Free text that is
 * supposed to be JSON often is not (a code fence, a preface, a trailing comma); the parse throws and
 * the run fails. With a `schema`, wfc asks for structured output, validates it, re-asks up to
 * `attempts` times when it is invalid, and hands back the parsed object.
 * @example invalid  const raw = await agent('List the risks as JSON', { label: 'risks' })
 *                   const risks = JSON.parse(raw)
 * @example valid    const risks = await agent('List the risks', { label: 'risks', schema: RISKS })
 */
import type * as A from "../../grammar/ast.js";
import { bindingsOf, type Bindings } from "./bindings.js";
import { argAt, certainlyLacks, methodName, originCall } from "./calls.js";
import { factsOf } from "./facts.js";
import { defineRule } from "./rule.js";
import { textOf } from "../walk.js";

/** String methods that keep the text an agent answered (trimmed, cut, or with fences replaced). */
const textMethods = new Set(["trim", "trimStart", "trimEnd", "replace", "replaceAll", "slice", "substring", "toString"]);

export const unparsedJson = defineRule({
  code: "WF5010",
  name: "unparsed-json",
  doc: `Flags \`JSON.parse\` of an agent's answer when the agent has no \`schema\`. Free text that is
supposed to be JSON often is not (a code fence, a preface, a trailing comma); the parse throws and
the run fails. With a \`schema\`, wfc asks for structured output, validates it, re-asks up to
\`attempts\` times when it is invalid, and hands back the parsed object.
@example invalid  const raw = await agent('List the risks as JSON', { label: 'risks' })
                  const risks = JSON.parse(raw)
@example valid    const risks = await agent('List the risks', { label: 'risks', schema: RISKS })`,
  check({ program, source, report }) {
    const bindings = bindingsOf(program);
    for (const n of factsOf(program).jsonParses) {
      const arg = argAt(n, 0);
      if (!arg) continue;
      const agent = schemalessAgent(arg, bindings);
      if (!agent) continue;
      report(n.span, `\`${textOf(source, arg)}\` is an agent's free-text answer parsed as JSON`, {
        label: "throws when the answer is not exactly JSON",
        secondary: [{ span: agent.callee.span, message: "this agent has no `schema`" }],
        help: "give the agent a `schema`: wfc then validates the answer, re-asks when it is invalid, and returns the parsed object",
      });
    }
  },
});

function schemalessAgent(e: A.Expression, bindings: Bindings): A.CallExpression | undefined {
  let cur = e;
  // Strip text-preserving string methods: `raw.trim()`, `raw.replace(/```json/g, '')`.
  for (;;) {
    if (cur.type === "CallExpression" && cur.callee.type === "MemberExpression" && textMethods.has(methodName(cur) ?? "")) cur = cur.callee.object;
    else if (cur.type === "ChainExpression") cur = cur.expression;
    else break;
  }
  const origin = originCall(cur, bindings);
  if (!origin || origin.prim !== "agent") return undefined;
  return certainlyLacks(origin.call, 1, "schema", bindings) ? origin.call : undefined;
}
