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
 *  - a helper called from call site C runs its body under prefix `id(C)`, whatever name it is called
 *    by: directly (`verify(x)`, site `call:verify`), through another name (`const v = verify; v(x)`,
 *    site `call:v`) or as a method (`tools.verify(x)`, site `call:tools.verify`). Calls of a global or
 *    of a value's method (`xs.map`) are not sites;
 *  - a named helper invoked by a primitive (a pipeline stage, a gate check) whose site has id S runs
 *    under `joinId(S, "call:" + name)`;
 *  - inline closures (thunks, callbacks) keep the prefix of the function they are written in.
 */
import type * as A from "../grammar/ast.js";
import { allowedGlobals, valueMethods } from "./globals.js";
import { memberPath, programIndex, type FunctionNode, type ProgramIndex } from "./walk.js";

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

/** The node types that can be sites: calls and loops. */
const SITE_TYPES: readonly A.Node["type"][] = ["CallExpression", "ForOfStatement", "ForStatement", "WhileStatement"];

/**
 * Builds the site index from the shared tree index (`programIndex`) instead of walking the tree: the
 * helpers come from its function list, and the sites from its calls and loops in pre-order, each
 * site's path and bound name read off its ancestors' positions.
 */
export function indexSites(program: A.Program): SiteIndex {
  const tree = programIndex(program);
  const index: SiteIndex = { rel: new Map(), helpers: new Map(), helperName: new Map() };
  const helperAt = collectHelpers(tree, index);

  // Assign keys in pre-order, with a sibling counter per path: the order `#2`, `#3` follow.
  // The path a key extends is the key of the nearest enclosing site, or "" when a named helper's
  // function (whose body starts a fresh path) or the program comes first. Sites and helpers are met
  // in pre-order, so those around the current node are a stack: the earlier ones whose subtree has
  // not ended yet (`undefined` stands for a helper).
  const used = new Map<string, number>();
  const { preorder, subtreeEnd } = tree;
  const open: number[] = [];
  const openKeys: (string | undefined)[] = [];
  const enter = (at: number): void => {
    while (open.length > 0 && subtreeEnd[open[open.length - 1]!]! <= at) {
      open.pop();
      openKeys.pop();
    }
  };
  let h = 0;
  for (const at of tree.ofTypes(SITE_TYPES)) {
    // Open the helpers that start before this node (a helper's function is never a site itself).
    while (h < helperAt.length && helperAt[h]! < at) {
      enter(helperAt[h]!);
      open.push(helperAt[h++]!);
      openKeys.push(undefined);
    }
    const node = preorder[at]!;
    const seg = siteSegment(node, at, tree, index);
    if (seg === undefined) continue;
    enter(at);
    const path = openKeys.length > 0 ? (openKeys[openKeys.length - 1] ?? "") : "";
    let key = joinId(path, seg);
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    if (n > 1) key = `${key}#${n}`;
    open.push(at);
    openKeys.push(key);
    index.rel.set(node, key);
  }
  return index;
}

/**
 * Named helpers: function declarations and functions bound to a `const`/`let` name, at any depth (a
 * helper may be declared inside another); returns the positions of their function nodes. When two
 * share a name, the one a depth-first scan that takes children last-first meets last wins (and the
 * map keeps the key where that scan first met the name): that scan defined the rule, and ids depend
 * on it. Its order is the pre-order sorted by subtree end, latest first, then by position — an
 * enclosing function before what it contains, and a later sibling before an earlier one. Returns
 * the positions of all of them, in pre-order.
 */
function collectHelpers(tree: ProgramIndex, index: SiteIndex): number[] {
  const found: { name: string; fn: HelperNode; at: number }[] = [];
  for (const fn of tree.functions) {
    const at = tree.position(fn);
    if (fn.type === "FunctionDeclaration") {
      found.push({ name: fn.id.name, fn, at });
      continue;
    }
    const p = tree.preorder[tree.parentPosition[at]!];
    // A declarator's only other child is its name, so its function stands in for it in the order.
    if (p?.type === "VariableDeclarator" && p.init === fn && p.id.type === "Identifier") found.push({ name: p.id.name, fn, at });
  }
  const end = tree.subtreeEnd;
  if (found.length > 1) found.sort((a, b) => end[b.at]! - end[a.at]! || a.at - b.at);
  const positions: number[] = [];
  for (const { name, fn, at } of found) {
    index.helpers.set(name, fn);
    index.helperName.set(fn, name);
    positions.push(at);
  }
  return positions.sort((a, b) => a - b);
}

/** `const reviews = await parallel(…)`: the name the value of the call at `at` is bound to, through `await`s. */
function boundNameOf(at: number, tree: ProgramIndex): string | undefined {
  const { preorder, parentPosition } = tree;
  let child = preorder[at]!;
  for (let p = parentPosition[at]!; p >= 0; p = parentPosition[p]!) {
    const parent = preorder[p]!;
    if (parent.type === "VariableDeclarator") return child === parent.init && parent.id.type === "Identifier" ? parent.id.name : undefined;
    if (parent.type === "AssignmentExpression") return child === parent.right && parent.left.type === "Identifier" ? parent.left.name : undefined;
    if (parent.type !== "AwaitExpression") return undefined;
    child = parent;
  }
  return undefined;
}

function siteSegment(node: A.Node, at: number, tree: ProgramIndex, index: SiteIndex): string | undefined {
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
      if (callee.type === "MemberExpression") {
        // `tools.review(x)`: a site in case the method is a helper (a method of a value never is).
        if (callee.computed || valueMethods.has((callee.property as A.Identifier).name)) return undefined;
        const path = memberPath(callee);
        if (path === undefined || allowedGlobals.has(path.split(".")[0]!)) return undefined;
        return `call:${sanitize(path)}`;
      }
      if (callee.type !== "Identifier") return undefined;
      const name = callee.name;
      if (primitiveSites.has(name) && !index.helpers.has(name)) {
        if (name === "agent") {
          const label = staticLabel(optionValue(node, 1, "label"));
          return label !== undefined ? `agent:${sanitize(label)}` : "agent";
        }
        if (name === "gate") {
          const label = staticLabel(optionValue(node, 2, "label"));
          return `gate:${sanitize(label ?? boundNameOf(at, tree) ?? "")}`.replace(/:$/, "");
        }
        if (name === "workflow") {
          const wf = staticLabel(node.arguments[0]?.type === "SpreadElement" ? undefined : (node.arguments[0] as A.Expression | undefined));
          return `workflow:${sanitize(wf ?? "")}`.replace(/:$/, "");
        }
        const boundName = boundNameOf(at, tree);
        return boundName ? `${name}:${sanitize(boundName)}` : name;
      }
      if (index.helpers.has(name)) return `call:${name}`;
      // A call through another name (`const v = verify; v(x)`, a parameter): a site in case it is a helper.
      if (!allowedGlobals.has(name)) return `call:${sanitize(name)}`;
      return undefined;
    }
    default:
      return undefined;
  }
}
