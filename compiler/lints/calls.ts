/**
 * Facts about primitive calls that several rules share: is this node a call of the global
 * `agent`/`parallel`/…, what does an option say, which schema does an agent answer with, and
 * which call produced a value (through `await`, `.then` and `const` bindings).
 */
import type * as A from "../../grammar/ast.js";
import { literal } from "../meta.js";
import { Reporter } from "../report.js";
import { children, memberPath, programIndex, stackChildren } from "../walk.js";
import type { Bindings } from "./bindings.js";

export type Primitive = "agent" | "parallel" | "pipeline" | "gate" | "retry" | "workflow" | "phase" | "log";

/** The primitive a call invokes, when its callee is the global (not a user binding of that name). */
export function primitiveOf(node: A.Node, bindings: Bindings): Primitive | undefined {
  if (node.type !== "CallExpression" || node.callee.type !== "Identifier") return undefined;
  const name = node.callee.name;
  if (bindings.resolve(node.callee)) return undefined;
  switch (name) {
    case "agent":
    case "parallel":
    case "pipeline":
    case "gate":
    case "retry":
    case "workflow":
    case "phase":
    case "log":
      return name;
    default:
      return undefined;
  }
}

export function isPrimitiveCall(node: A.Node, name: Primitive, bindings: Bindings): node is A.CallExpression {
  return primitiveOf(node, bindings) === name;
}

/** `log(…)` or `console.log(…)`. */
export function isLogCall(node: A.Node, bindings: Bindings): node is A.CallExpression {
  if (node.type !== "CallExpression") return false;
  const call: A.CallExpression = node;
  return primitiveOf(call, bindings) === "log" || memberPath(call.callee) === "console.log";
}

/** `JSON.parse(…)`-style calls of a global object's method. */
export function isGlobalMethodCall(node: A.Node, path: string): node is A.CallExpression {
  return node.type === "CallExpression" && memberPath(node.callee) === path;
}

/** The arguments that are expressions (spreads skipped). */
export function argAt(call: A.CallExpression | A.NewExpression, i: number): A.Expression | undefined {
  const a = call.arguments[i];
  return a && a.type !== "SpreadElement" ? a : undefined;
}

/**
 * The options object of a call, resolved through a `const` binding. `undefined` when there is
 * none; `"unknown"` when it is not a literal wfc can read (a spread, a parameter…), so rules
 * that would complain about a missing option stay quiet.
 */
export function optionsOf(call: A.CallExpression, index: number, bindings: Bindings): A.ObjectExpression | undefined | "unknown" {
  if (call.arguments.some((a, i) => a.type === "SpreadElement" && i <= index)) return "unknown";
  let e = argAt(call, index);
  if (!e) return undefined;
  e = resolveConst(e, bindings);
  if (e.type !== "ObjectExpression") return "unknown";
  if (e.properties.some((p) => p.type === "SpreadElement" || p.computed)) return "unknown";
  return e;
}

export function propertyOf(obj: A.ObjectExpression, key: string): A.Property | undefined {
  for (const p of obj.properties) {
    if (p.type !== "Property" || p.computed) continue;
    const k = p.key.type === "Identifier" ? p.key.name : p.key.type === "StringLiteral" ? p.key.value : undefined;
    if (k === key) return p;
  }
  return undefined;
}

/** The value of option `key`, or undefined when absent or unreadable. */
export function optionValue(call: A.CallExpression, index: number, key: string, bindings: Bindings): A.Expression | undefined {
  const opts = optionsOf(call, index, bindings);
  if (!opts || opts === "unknown") return undefined;
  return propertyOf(opts, key)?.value;
}

/** Whether the call's options certainly lack `key` (they are a readable literal without it). */
export function certainlyLacks(call: A.CallExpression, index: number, key: string, bindings: Bindings): boolean {
  const opts = optionsOf(call, index, bindings);
  if (opts === "unknown") return false;
  return !opts || !propertyOf(opts, key);
}

/** Follows an identifier to the initialiser of the `const` it names (one or more hops). */
export function resolveConst(e: A.Expression, bindings: Bindings): A.Expression {
  const seen = new Set<A.Node>();
  let cur = e;
  while (cur.type === "Identifier" && !seen.has(cur)) {
    seen.add(cur);
    const b = bindings.resolve(cur);
    if (!b || b.kind !== "const" || !b.init) break;
    cur = b.init;
  }
  return cur;
}

/** A static string: a string literal or a template without holes, through `const`s. */
export function staticString(e: A.Expression | undefined, bindings: Bindings): string | undefined {
  if (!e) return undefined;
  const r = resolveConst(e, bindings);
  if (r.type === "StringLiteral") return r.value;
  if (r.type === "TemplateLiteral" && r.expressions.length === 0) return r.quasis[0]!.cooked;
  return undefined;
}

/** A static number: a numeric literal, through `const`s. */
export function staticNumber(e: A.Expression | undefined, bindings: Bindings): number | undefined {
  if (!e) return undefined;
  const r = resolveConst(e, bindings);
  if (r.type === "NumericLiteral") return r.value;
  return undefined;
}

/** Strips `await`, parentheses-like wrappers (`?.` chains) and `.then(…)`/`.catch(…)` to the producing expression. */
export function unwrap(e: A.Expression): A.Expression {
  let cur = e;
  for (;;) {
    if (cur.type === "AwaitExpression") cur = cur.argument;
    else if (cur.type === "ChainExpression") cur = cur.expression;
    else break;
  }
  return cur;
}

/**
 * The primitive call that produced a value: `await agent(…)`, `agent(…).then(…)`, or an
 * identifier bound to one. `.then` keeps the origin (the callback reshapes the same answer).
 */
export function originCall(e: A.Expression, bindings: Bindings, seen = new Set<A.Node>()): { call: A.CallExpression; prim: Primitive } | undefined {
  const u = unwrap(e);
  if (seen.has(u)) return undefined;
  seen.add(u);
  if (u.type === "CallExpression") {
    const prim = primitiveOf(u, bindings);
    if (prim) return { call: u, prim };
    if (u.callee.type === "MemberExpression" && !u.callee.computed && u.callee.property.type === "Identifier") {
      const m = u.callee.property.name;
      if (m === "then" || m === "catch") return originCall(u.callee.object, bindings, seen);
    }
    return undefined;
  }
  if (u.type === "Identifier") {
    const b = bindings.resolve(u);
    if (b && b.init && (b.kind === "const" || (b.kind === "let" && b.assignments.length === 0))) return originCall(b.init, bindings, seen);
  }
  return undefined;
}

const scratch = new Reporter();

/** The JSON value of a literal expression (through `const`s), or undefined when it is not one. */
export function literalValue(e: A.Expression | undefined, bindings: Bindings): unknown {
  if (!e) return undefined;
  const r = resolveConst(e, bindings);
  const v = literal(r, scratch);
  scratch.diagnostics.length = 0;
  return v;
}

/** The AST of an agent call's schema literal (through a `const`), when it has one. */
export function schemaNode(call: A.CallExpression, bindings: Bindings): A.ObjectExpression | undefined {
  const s = optionValue(call, 1, "schema", bindings);
  if (!s) return undefined;
  const r = resolveConst(s, bindings);
  return r.type === "ObjectExpression" ? r : undefined;
}

/** Pre-order list of every node under `root` (including it). */
/** Pre-order lists, cached per root: fourteen rules walk the same program; the tree is never mutated. */
const descendantsCache = new WeakMap<A.Node, A.Node[]>();

export function descendants(root: A.Node): readonly A.Node[] {
  // A whole program's pre-order is already in its index.
  if (root.type === "Program") return programIndex(root).preorder;
  const cached = descendantsCache.get(root);
  if (cached) return cached;
  const out: A.Node[] = [];
  descendantsCache.set(root, out);
  const stack: A.Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    stackChildren(n, stack);
  }
  return out;
}

/** The method name of `x.m(…)`, or undefined. */
export function methodName(call: A.CallExpression): string | undefined {
  const c = call.callee;
  if (c.type === "MemberExpression" && !c.computed && c.property.type === "Identifier") return c.property.name;
  return undefined;
}

/** The expressions a function returns: an arrow's expression body, or every `return` argument in its own body. */
export function returnedExpressions(fn: A.Node): A.Expression[] {
  if (fn.type === "ArrowFunctionExpression" && fn.body.type !== "BlockStatement") return [fn.body];
  if (fn.type !== "ArrowFunctionExpression" && fn.type !== "FunctionExpression" && fn.type !== "FunctionDeclaration") return [];
  const out: A.Expression[] = [];
  const visit = (n: A.Node): void => {
    if (n !== fn && (n.type === "ArrowFunctionExpression" || n.type === "FunctionExpression" || n.type === "FunctionDeclaration")) return;
    if (n.type === "ReturnStatement" && n.argument) out.push(n.argument);
    for (const c of children(n)) visit(c);
  };
  visit(fn);
  return out;
}
