/**
 * Flags an array in an agent's `schema` without `maxItems`. wfc bounds every fan-out from
 * `maxItems`; an unbounded array in an answer cannot bound a later fan-out over it (that is an
 * error where it is fanned out), and it lets the agent pad its answer, spending output tokens on
 * the hundredth finding nobody reads. Say how many you want.
 * @example invalid  const TASKS = { type: 'object', properties: { tasks: { type: 'array', items: { type: 'string' } } } }
 * @example valid    const TASKS = { type: 'object', properties: { tasks: { type: 'array', maxItems: 20, items: { type: 'string' } } } }
 */
import type * as A from "../../grammar/ast.js";
import { bindingsOf, type Bindings } from "./bindings.js";
import { propertyOf, resolveConst, schemaNode } from "./calls.js";
import { factsOf } from "./facts.js";
import { defineRule } from "./rule.js";
import { keyName } from "../meta.js";

/** Keys whose values are data, not subschemas. */
const dataKeys = new Set(["enum", "const", "default", "examples", "required"]);

export const schemaWithoutMaxItems = defineRule({
  code: "WF5013",
  name: "schema-without-max-items",
  doc: `Flags an array in an agent's \`schema\` without \`maxItems\`. wfc bounds every fan-out from
\`maxItems\`; an unbounded array in an answer cannot bound a later fan-out over it (that is an
error where it is fanned out), and it lets the agent pad its answer, spending output tokens on
the hundredth finding nobody reads. Say how many you want.
@example invalid  const TASKS = { type: 'object', properties: { tasks: { type: 'array', items: { type: 'string' } } } }
@example valid    const TASKS = { type: 'object', properties: { tasks: { type: 'array', maxItems: 20, items: { type: 'string' } } } }`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    const seen = new Set<A.Node>();
    const visit = (obj: A.ObjectExpression, name: string, at: A.Span): void => {
      if (seen.has(obj)) return;
      seen.add(obj);
      if (isArrayType(propertyOf(obj, "type")?.value, bindings) && !propertyOf(obj, "maxItems")) {
        report(at, `the schema array ${name} has no \`maxItems\``, {
          label: "unbounded array",
          help: "add `maxItems: N` with the most items you want back",
        });
      }
      for (const p of obj.properties) {
        if (p.type !== "Property") continue;
        const k = keyName(p);
        if (k === undefined || dataKeys.has(k)) continue;
        const isProps = k === "properties";
        const value = resolveConst(p.value, bindings);
        if (value.type === "ObjectExpression") {
          if (isProps) {
            for (const q of value.properties) {
              if (q.type !== "Property") continue;
              const v = resolveConst(q.value, bindings);
              if (v.type === "ObjectExpression") visit(v, `\`${keyName(q) ?? "?"}\``, q.key.span);
            }
          } else visit(value, k === "items" ? `${name === "the answer" ? "" : name + " "}items`.trim() : `\`${k}\``, p.key.span);
        } else if (value.type === "ArrayExpression") {
          for (const el of value.elements) {
            const v = el && el.type !== "SpreadElement" ? resolveConst(el, bindings) : undefined;
            if (v?.type === "ObjectExpression") visit(v, name, v.span);
          }
        }
      }
    };
    for (const n of factsOf(program).agents) {
      const schema = schemaNode(n, bindings);
      if (schema) visit(schema, "the answer", schema.span);
    }
  },
});

function isArrayType(e: A.Expression | undefined, bindings: Bindings): boolean {
  if (!e) return false;
  const r = resolveConst(e, bindings);
  if (r.type === "StringLiteral") return r.value === "array";
  if (r.type === "ArrayExpression") return r.elements.some((el) => el?.type === "StringLiteral" && el.value === "array");
  return false;
}
