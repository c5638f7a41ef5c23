/**
 * Flags a plan whose answer (its top-level `return`) carries agent output that no `gate` checked.
 * The value is traced back through variables, array methods, `.then`, helpers and `retry`: if
 * it reaches an `agent`, `parallel` or `pipeline` result before it reaches a `gate(…)`, the plan
 * hands unverified model output to its caller. A `parallel`/`pipeline` whose thunks or stages gate
 * their own results counts as checked. Counts (`.length`) and yes/no tests (`.some`, `===`) of a
 * result are not its content and do not count.
 * @example invalid  const answer = await agent('Answer the question', { label: 'answer' }); return answer
 * @example valid    const answer = await agent('Answer the question', { label: 'answer' }); return await gate(answer, (a) => a.length > 0, { onFail: 'abort', label: 'non-empty' })
 */
import type * as A from "../../grammar/ast.js";
import { bindingsOf, type Bindings } from "./bindings.js";
import { descendants, methodName, primitiveOf, returnedExpressions, argAt } from "./calls.js";
import { factsOf } from "./facts.js";
import { defineRule } from "./rule.js";
import { keyName } from "../meta.js";
import { textOf } from "../walk.js";

/** Methods whose result is a count or a yes/no answer about an array or string, not its content. */
const verdictMethods = new Set(["some", "every", "includes", "indexOf", "lastIndexOf", "findIndex", "test", "startsWith", "endsWith", "has", "localeCompare"]);
/** Methods whose callback's return values become the result. */
const mappingMethods = new Set(["map", "flatMap", "reduce", "then", "catch"]);
const comparisons = new Set(["===", "!==", "==", "!=", "<", ">", "<=", ">=", "in", "instanceof"]);
/** Array methods that mutate their receiver with their arguments. */
const inserting = new Set(["push", "unshift", "splice"]);

export const unverifiedOutput = defineRule({
  code: "WF5002",
  name: "unverified-output",
  doc: `Flags a plan whose answer (its top-level \`return\`) carries agent output that no \`gate\` checked.
The value is traced back through variables, array methods, \`.then\`, helpers and \`retry\`: if
it reaches an \`agent\`, \`parallel\` or \`pipeline\` result before it reaches a \`gate(…)\`, the plan
hands unverified model output to its caller. A \`parallel\`/\`pipeline\` whose thunks or stages gate
their own results counts as checked. Counts (\`.length\`) and yes/no tests (\`.some\`, \`===\`) of a
result are not its content and do not count.
@example invalid  const answer = await agent('Answer the question', { label: 'answer' }); return answer
@example valid    const answer = await agent('Answer the question', { label: 'answer' }); return await gate(answer, (a) => a.length > 0, { onFail: 'abort', label: 'non-empty' })`,
  check({ program, source, report }) {
    const bindings = bindingsOf(program);
    const taint = new Tainter(bindings);
    for (const node of factsOf(program).returns) {
      if (!node.argument) continue;
      if (bindings.functionOf(node) !== program) continue;
      const arg = node.argument;
      let at: A.Expression = arg;
      let origin = taint.of(arg);
      if (!origin) continue;
      let what = `the plan returns \`${shorten(textOf(source, arg))}\``;
      // Point at the part of a returned object or array that carries the unchecked value.
      if (arg.type === "ObjectExpression") {
        for (const p of arg.properties) {
          const v = p.type === "Property" ? p.value : p.argument;
          const o = taint.of(v);
          if (!o) continue;
          at = v;
          origin = o;
          const name = p.type === "Property" ? keyName(p) : undefined;
          what = `the plan's answer includes \`${name ?? shorten(textOf(source, v))}\``;
          break;
        }
      }
      const prim = primitiveOf(origin, bindings) ?? "agent";
      report(at.span, `${what}, which comes from \`${prim}\` with no \`gate\` in between`, {
        label: "unchecked agent output",
        secondary: [{ span: origin.callee.span, message: "produced here" }],
        help: "check it before returning it: `const checked = await gate(value, (v) => …, { onFail: 'abort', label: '…' })`",
      });
    }
  },
});

function shorten(s: string): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > 40 ? `${one.slice(0, 37)}…` : one;
}

/** Traces where values come from; memoised per node, cycle-safe (a cycle adds nothing new). */
class Tainter {
  private readonly memo = new Map<A.Node, A.CallExpression | null>();
  private readonly busy = new Set<A.Node>();
  constructor(private readonly bindings: Bindings) {}

  of(e: A.Node | null | undefined): A.CallExpression | undefined {
    if (!e) return undefined;
    const m = this.memo.get(e);
    if (m !== undefined) return m ?? undefined;
    if (this.busy.has(e)) return undefined;
    this.busy.add(e);
    const r = this.compute(e);
    this.busy.delete(e);
    this.memo.set(e, r ?? null);
    return r;
  }

  private any(nodes: readonly (A.Node | null | undefined)[]): A.CallExpression | undefined {
    for (const n of nodes) {
      const t = this.of(n);
      if (t) return t;
    }
    return undefined;
  }

  private compute(e: A.Node): A.CallExpression | undefined {
    switch (e.type) {
      case "Identifier":
        return this.identifier(e);
      case "AwaitExpression":
      case "SpreadElement":
        return this.of(e.argument);
      case "ChainExpression":
        return this.of(e.expression);
      case "CallExpression":
        return this.call(e);
      case "NewExpression":
        return this.any(e.arguments);
      case "MemberExpression":
        if (!e.computed && e.property.type === "Identifier" && e.property.name === "length") return undefined;
        return this.of(e.object);
      case "ObjectExpression":
        return this.any(e.properties.map((p) => (p.type === "Property" ? p.value : p.argument)));
      case "ArrayExpression":
        return this.any(e.elements);
      case "TemplateLiteral":
        return this.any(e.expressions);
      case "BinaryExpression":
        return comparisons.has(e.operator) ? undefined : this.any([e.left, e.right]);
      case "LogicalExpression":
        return this.any([e.left, e.right]);
      case "ConditionalExpression":
        return this.any([e.consequent, e.alternate]);
      case "UnaryExpression":
        return e.operator === "-" || e.operator === "+" ? this.of(e.argument) : undefined;
      case "SequenceExpression":
        return this.of(e.expressions[e.expressions.length - 1]);
      case "AssignmentExpression":
        return this.of(e.right);
      case "ArrowFunctionExpression":
      case "FunctionExpression":
      case "FunctionDeclaration":
        return this.any(returnedExpressions(e));
      default:
        return undefined;
    }
  }

  private identifier(id: A.Identifier): A.CallExpression | undefined {
    const b = this.bindings.resolve(id);
    if (!b) return undefined; // a global: `args` is the caller's own input
    const sources: A.Node[] = [];
    if (b.init) sources.push(b.init);
    else if (b.declarator) {
      if (b.declarator.init) sources.push(b.declarator.init); // destructured
      else {
        const decl = this.bindings.parent(b.declarator);
        const loop = decl && this.bindings.parent(decl);
        if (loop?.type === "ForOfStatement") sources.push(loop.right);
      }
    }
    sources.push(...b.assignments);
    // `found.push(x)` puts x into `found`.
    for (const ref of b.references) {
      const member = this.bindings.parent(ref);
      const call = member && this.bindings.parent(member);
      if (member?.type === "MemberExpression" && call?.type === "CallExpression" && call.callee === member && inserting.has(methodName(call) ?? "")) {
        sources.push(...call.arguments);
      }
    }
    return this.any(sources);
  }

  private call(c: A.CallExpression): A.CallExpression | undefined {
    const prim = primitiveOf(c, this.bindings);
    switch (prim) {
      case "gate":
      case "workflow": // a nested plan answers for its own checks
      case "phase":
      case "log":
        return undefined;
      case "agent":
        return c;
      case "parallel":
      case "pipeline": {
        const fns = prim === "parallel" ? c.arguments : c.arguments.slice(1);
        return fns.some((f) => this.gates(f, new Set())) ? undefined : c;
      }
      case "retry":
        return this.of(argAt(c, 0)) ? c : undefined;
      default:
        break;
    }
    const callee = c.callee;
    if (callee.type === "Identifier") {
      const b = this.bindings.resolve(callee);
      if (b?.fn) return this.of(b.fn);
      return this.any(c.arguments);
    }
    const m = methodName(c);
    if (m !== undefined && callee.type === "MemberExpression") {
      if (verdictMethods.has(m)) return undefined;
      if (mappingMethods.has(m)) return this.any([callee.object, ...c.arguments]);
      const nonFunctions = c.arguments.filter((a) => a.type !== "ArrowFunctionExpression" && a.type !== "FunctionExpression");
      return this.any([callee.object, ...nonFunctions]);
    }
    return this.any(c.arguments);
  }

  /** Whether a thunk or stage gates its result: it calls `gate`, directly or through a helper. */
  private gates(n: A.Node, seen: Set<A.Node>): boolean {
    if (seen.has(n)) return false;
    seen.add(n);
    for (const d of descendants(n)) {
      if (d.type !== "CallExpression") continue;
      if (primitiveOf(d, this.bindings) === "gate") return true;
      if (d.callee.type === "Identifier") {
        const b = this.bindings.resolve(d.callee);
        if (b?.fn && this.gates(b.fn, seen)) return true;
      }
    }
    // A named stage: `pipeline(xs, review, verifyStage)`.
    if (n.type === "Identifier") {
      const b = this.bindings.resolve(n);
      if (b?.fn) return this.gates(b.fn, seen);
    }
    return false;
  }
}
