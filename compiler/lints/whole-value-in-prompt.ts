/**
 * Flags a prompt template that interpolates a whole array or object: `${findings}` prints
 * `[object Object],[object Object]` or every field of every item, which the agent cannot use and
 * whose size no bound covers. Values known to be arrays or objects are `parallel`/`pipeline`
 * results, agent answers with a `schema`, `args` and the parts its schema types as arrays or
 * objects, and array or object literals. Format the value instead: `.map(…).join('\n')` or
 * `JSON.stringify(…)`.
 * @example invalid  const found = await parallel(files.map((f) => () => agent(`Review ${f}`, { label: 'review' })))
 *                   await agent(`Summarise: ${found}`, { label: 'summary' })
 * @example valid    await agent(`Summarise: ${found.filter(Boolean).join('\n')}`, { label: 'summary' })
 */
import type * as A from "../../grammar/ast.js";
import type { PlanMeta } from "../meta.js";
import { bindingsOf, type Bindings } from "./bindings.js";
import { argAt, literalValue, methodName, optionValue, originCall, resolveConst, returnedExpressions } from "./calls.js";
import { factsOf } from "./facts.js";
import { defineRule } from "./rule.js";
import { textOf, memberPath } from "../walk.js";

type Kind = "array" | "object" | "other" | "unknown";
type Schema = Record<string, unknown>;

const arrayMethods = new Set(["filter", "map", "flatMap", "slice", "concat", "sort", "reverse", "flat", "split"]);

export const wholeValueInPrompt = defineRule({
  code: "WF5005",
  name: "whole-value-in-prompt",
  doc: `Flags a prompt template that interpolates a whole array or object: \`\${findings}\` prints
\`[object Object],[object Object]\` or every field of every item, which the agent cannot use and
whose size no bound covers. Values known to be arrays or objects are \`parallel\`/\`pipeline\`
results, agent answers with a \`schema\`, \`args\` and the parts its schema types as arrays or
objects, and array or object literals. Format the value instead: \`.map(…).join('\\n')\` or
\`JSON.stringify(…)\`.
@example invalid  const found = await parallel(files.map((f) => () => agent(\`Review \${f}\`, { label: 'review' })))
                  await agent(\`Summarise: \${found}\`, { label: 'summary' })
@example valid    await agent(\`Summarise: \${found.filter(Boolean).join('\\n')}\`, { label: 'summary' })`,
  check({ program, source, meta, report }) {
    const bindings = bindingsOf(program);
    const kinds = new Kinds(bindings, meta);
    const done = new Set<A.Node>();
    for (const node of factsOf(program).agents) {
      const prompt = argAt(node, 0);
      if (!prompt) continue;
      for (const tpl of promptTemplates(prompt, bindings)) {
        for (const hole of tpl.expressions) {
          if (done.has(hole)) continue;
          done.add(hole);
          const target = hole.type === "ChainExpression" ? hole.expression : hole;
          if (target.type !== "Identifier" && target.type !== "MemberExpression") continue;
          const kind = kinds.of(target);
          if (kind !== "array" && kind !== "object") continue;
          const name = textOf(source, hole);
          report(hole.span, `the prompt interpolates \`${name}\`, ${kind === "array" ? "an array" : "an object"}, as a whole`, {
            label: kind === "array" ? "joined with commas; objects print as `[object Object]`" : "prints as `[object Object]`",
            help: kind === "array"
              ? `format it: \`${name}.map(…).join('\\n')\`, or \`JSON.stringify(${name})\``
              : `interpolate the fields the agent needs, or \`JSON.stringify(${name})\``,
          });
        }
      }
    }
  },
});

/** The template literals a prompt argument is written as: inline, through a `const`, or returned by a helper. */
function promptTemplates(prompt: A.Expression, bindings: Bindings): A.TemplateLiteral[] {
  const r = resolveConst(prompt, bindings);
  if (r.type === "TemplateLiteral") return [r];
  if (r.type === "CallExpression" && r.callee.type === "Identifier") {
    const fn = bindings.resolve(r.callee)?.fn;
    if (fn) return returnedExpressions(fn).filter((e): e is A.TemplateLiteral => e.type === "TemplateLiteral");
  }
  return [];
}

/** What shape a value has, as far as the plan's literals and schemas say. */
class Kinds {
  constructor(
    private readonly bindings: Bindings,
    private readonly meta: PlanMeta | undefined,
  ) {}

  of(e: A.Expression, depth = 0): Kind {
    if (depth > 20) return "unknown";
    const r = e.type === "AwaitExpression" ? e.argument : e;
    switch (r.type) {
      case "ArrayExpression":
        return "array";
      case "ObjectExpression":
        return "object";
      case "StringLiteral":
      case "TemplateLiteral":
      case "NumericLiteral":
      case "BooleanLiteral":
        return "other";
      case "Identifier": {
        const b = this.bindings.resolve(r);
        if (!b) return r.name === "args" ? "object" : "unknown";
        if (b.fn || b.kind === "param" || b.kind === "catch" || b.assignments.length > 0 || !b.init) return "unknown";
        return this.of(b.init, depth + 1);
      }
      case "MemberExpression": {
        if (!r.computed && r.property.type === "Identifier" && r.property.name === "length") return "other";
        return schemaKind(this.schemaOf(r, depth));
      }
      case "CallExpression": {
        const origin = originCall(r, this.bindings);
        if (origin && origin.call === r) {
          if (origin.prim === "parallel" || origin.prim === "pipeline") return "array";
          if (origin.prim === "agent") return optionValue(r, 1, "schema", this.bindings) ? "object" : "other";
          if (origin.prim === "gate") {
            const each = optionValue(r, 2, "each", this.bindings);
            if (each?.type === "BooleanLiteral" && each.value) return "array";
            const v = argAt(r, 0);
            return v && v.type !== "ArrowFunctionExpression" ? this.of(v, depth + 1) : "unknown";
          }
          return "unknown";
        }
        const m = methodName(r);
        if (m && arrayMethods.has(m)) return "array";
        if (m === "join") return "other";
        const path = memberPath(r.callee);
        if (path === "Object.keys" || path === "Object.values" || path === "Object.entries" || path === "Array.from") return "array";
        if (path === "JSON.stringify" || path === "String") return "other";
        return "unknown";
      }
      default:
        return "unknown";
    }
  }

  /** The JSON Schema of a value: `args` from `meta.args`, an agent answer from its `schema`, and their properties. */
  private schemaOf(e: A.Expression, depth: number): Schema | undefined {
    if (depth > 20) return undefined;
    if (e.type === "Identifier") {
      const b = this.bindings.resolve(e);
      if (!b) return e.name === "args" ? this.meta?.args : undefined;
      if (b.kind !== "const" || !b.init) return undefined;
      const origin = originCall(b.init, this.bindings);
      if (origin?.prim === "agent" && origin.call === (b.init.type === "AwaitExpression" ? b.init.argument : b.init)) {
        const v = literalValue(optionValue(origin.call, 1, "schema", this.bindings), this.bindings);
        return isSchema(v) ? v : undefined;
      }
      return b.init.type === "MemberExpression" ? this.schemaOf(b.init, depth + 1) : undefined;
    }
    if (e.type === "MemberExpression" && !e.computed && e.property.type === "Identifier") {
      const parent = this.schemaOf(e.object, depth + 1);
      const props = parent?.["properties"];
      const p = isSchema(props) ? props[e.property.name] : undefined;
      return isSchema(p) ? p : undefined;
    }
    return undefined;
  }
}

function isSchema(v: unknown): v is Schema {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function schemaKind(s: Schema | undefined): Kind {
  const t = s?.["type"];
  if (t === "array") return "array";
  if (t === "object") return "object";
  if (typeof t === "string") return "other";
  return "unknown";
}
