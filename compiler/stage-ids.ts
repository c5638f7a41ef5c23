/**
 * Stable stage identities. Every *site* (a call of `agent`, `parallel`, `pipeline`, `gate`, `retry`
 * or `workflow`, a loop, and a direct call of a named helper) gets a key relative to the function it
 * is written in, built from labels, bound variable names and nesting — never from line numbers, so an
 * edit elsewhere leaves it unchanged. Siblings that would collide get `#2`, `#3` in source order.
 *
 * A stage's full id is the chain of helper call sites that led to it plus its relative key:
 * `call:verify/agent:verify`. The compiler (expanding helpers for bounds) and the runtime (running
 * them) compose ids the same way, with `joinId`:
 *  - a site evaluated under prefix P has id `joinId(P, rel(site))`;
 *  - a helper called directly from call site C runs its body under prefix `id(C)`;
 *  - a named helper invoked by a primitive (a pipeline stage, a gate check) whose site has id S runs
 *    under `joinId(S, "call:" + name)`;
 *  - inline closures (thunks, callbacks) keep the prefix of the function they are written in.
 */
import type * as A from "../grammar/ast.js";
import { isFunction, pushChildren, type FunctionNode } from "./walk.js";

export const primitiveSites = new Set(["agent", "parallel", "pipeline", "gate", "retry", "workflow"]);

export type HelperNode = FunctionNode;

/**
 * Plain `Map`s keyed by nodes, not `WeakMap`s: the index lives exactly as long as the compilation
 * that holds it and its program, and ephemeron tables cost more in GC than they save.
 */
export interface SiteIndex {
  /** Relative key of each site node. */
  rel: Map<A.Node, string>;
  /** Named helpers: function declarations and functions bound to a `const`/`let` name. */
  helpers: Map<string, HelperNode>;
  /** The helper name a function node is bound to (for helper-rooted prefixes). */
  helperName: Map<A.Node, string>;
}

export function joinId(prefix: string, rel: string): string {
  return prefix ? `${prefix}/${rel}` : rel;
}

/** The static text of a label-like expression: a string, or a template's text with `*` for holes. */
export function staticLabel(e: A.Expression | undefined): string | undefined {
  if (!e) return undefined;
  if (e.type === "StringLiteral") return e.value;
  if (e.type === "TemplateLiteral") return e.quasis.map((q) => q.cooked).join("*");
  return undefined;
}

function optionValue(call: A.CallExpression, argIndex: number, key: string): A.Expression | undefined {
  const opts = call.arguments[argIndex];
  if (!opts || opts.type !== "ObjectExpression") return undefined;
  for (const p of opts.properties) {
    if (p.type === "Property" && !p.computed && p.key.type === "Identifier" && p.key.name === key) return p.value;
  }
  return undefined;
}

function sanitize(s: string): string {
  return s.replace(/[/\s]+/g, "-").replace(/[^\w.:*#@-]/g, "").slice(0, 60) || "_";
}

export function indexSites(program: A.Program): SiteIndex {
  const index: SiteIndex = { rel: new Map(), helpers: new Map(), helperName: new Map() };

  // Collect named helpers first (any depth: a helper may be declared inside another).
  const stack: A.Node[] = [program];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "FunctionDeclaration") {
      index.helpers.set(n.id.name, n);
      index.helperName.set(n, n.id.name);
    } else if (n.type === "VariableDeclarator" && n.id.type === "Identifier" && n.init && (n.init.type === "ArrowFunctionExpression" || n.init.type === "FunctionExpression")) {
      index.helpers.set(n.id.name, n.init);
      index.helperName.set(n.init, n.id.name);
    }
    pushChildren(n, stack);
  }

  // Assign keys: a depth-first walk carrying the current relative path and a sibling counter per path.
  const used = new Map<string, number>();
  const visit = (node: A.Node, path: string, boundName: string | undefined): void => {
    let nextPath = path;
    const seg = siteSegment(node, boundName, index);
    if (seg !== undefined) {
      let key = joinId(path, seg);
      const n = (used.get(key) ?? 0) + 1;
      used.set(key, n);
      if (n > 1) key = `${key}#${n}`;
      index.rel.set(node, key);
      nextPath = key;
    }
    // A named helper's body starts a fresh relative path (only function nodes can be helpers).
    if (isFunction(node) && index.helperName.has(node)) nextPath = "";
    // Children go on a shared scratch stack: each call uses the slice above where it started.
    const base = scratch.length;
    pushChildren(node, scratch);
    const end = scratch.length;
    for (let i = base; i < end; i++) {
      const c = scratch[i]!;
      visit(c, nextPath, bindingNameFor(node, c) ?? (node.type === "AwaitExpression" ? boundName : undefined));
    }
    while (scratch.length > base) scratch.pop();
  };
  const scratch: A.Node[] = [];
  // Iterative guard is unnecessary: the parser bounds nesting depth (MAX_NESTING).
  visit(program, "", undefined);
  return index;
}

/** `const reviews = await parallel(…)`: the name a call's value is bound to, passed down one level. */
function bindingNameFor(parent: A.Node, child: A.Node): string | undefined {
  if (parent.type === "VariableDeclarator" && child === parent.init && parent.id.type === "Identifier") return parent.id.name;
  if (parent.type === "AssignmentExpression" && child === parent.right && parent.left.type === "Identifier") return parent.left.name;
  if (parent.type === "AwaitExpression") return undefined;
  return undefined;
}

function siteSegment(node: A.Node, boundName: string | undefined, index: SiteIndex): string | undefined {
  switch (node.type) {
    case "AwaitExpression":
      return undefined;
    case "ForOfStatement": {
      const id = node.left.declarations[0]?.id;
      return id?.type === "Identifier" ? `loop:${id.name}` : "loop";
    }
    case "ForStatement": {
      const d = node.init?.type === "VariableDeclaration" ? node.init.declarations[0]?.id : undefined;
      return d?.type === "Identifier" ? `loop:${d.name}` : "loop";
    }
    case "WhileStatement":
      return "loop";
    case "CallExpression": {
      const callee = node.callee;
      if (callee.type !== "Identifier") return undefined;
      const name = callee.name;
      if (primitiveSites.has(name) && !index.helpers.has(name)) {
        if (name === "agent") {
          const label = staticLabel(optionValue(node, 1, "label"));
          return label !== undefined ? `agent:${sanitize(label)}` : "agent";
        }
        if (name === "gate") {
          const label = staticLabel(optionValue(node, 2, "label"));
          return `gate:${sanitize(label ?? boundName ?? "")}`.replace(/:$/, "");
        }
        if (name === "workflow") {
          const wf = staticLabel(node.arguments[0]?.type === "SpreadElement" ? undefined : (node.arguments[0] as A.Expression | undefined));
          return `workflow:${sanitize(wf ?? "")}`.replace(/:$/, "");
        }
        return boundName ? `${name}:${sanitize(boundName)}` : name;
      }
      if (index.helpers.has(name)) return `call:${name}`;
      return undefined;
    }
    default:
      return undefined;
  }
}
