/**
 * Name resolution for the lints: which declaration an identifier refers to, what initialised it,
 * who reads it, and which function a node sits in. Lexical scopes follow JavaScript (functions,
 * blocks, loop heads and catch clauses; `var` hoists to its function, declarations are visible in
 * their whole block), which is enough to tell a helper's `const c` from the top level's.
 *
 * Computed once per program and cached, so the rules that share it pay for one walk.
 */
import type * as A from "../../grammar/ast.js";
import { isFunction, lowerBound, patternNames, programIndex, type FunctionNode } from "../walk.js";

export type BindingKind = "const" | "let" | "var" | "param" | "function" | "catch";

export interface Binding {
  name: string;
  kind: BindingKind;
  /** The identifier in the declaring pattern. */
  id: A.Identifier;
  /** The declarator, for `const`/`let`/`var`. */
  declarator?: A.VariableDeclarator;
  /** The initialiser when the declarator binds this name directly (`const x = init`), not by destructuring. */
  init?: A.Expression;
  /** The function it names: a function declaration, or a `const f = (…) => …` initialiser. */
  fn?: FunctionNode;
  /** Right-hand sides of plain `x = …` assignments, in source order. */
  assignments: A.Expression[];
  /** Every reference, reads and writes, in source order. */
  references: A.Identifier[];
  /** The function (or program) whose scope holds the binding. */
  owner: A.Node;
}

export interface Bindings {
  /** The binding an identifier (a reference or a declaring identifier) denotes; undefined for globals. */
  resolve(id: A.Identifier): Binding | undefined;
  /** The binding a declaring identifier introduces. */
  declared(id: A.Identifier): Binding | undefined;
  all(): readonly Binding[];
  parent(node: A.Node): A.Node | undefined;
  /** The innermost function around a node, or the program. */
  functionOf(node: A.Node): A.Node;
  /** Whether a reference only writes (`x = …`, not `x += …`). */
  isWriteOnly(ref: A.Identifier): boolean;
  /** The references that read the binding's value. */
  reads(b: Binding): A.Identifier[];
  /** The identifiers under a node that refer to a binding, in source order (declaring identifiers skipped). */
  referencesIn(node: A.Node): A.Identifier[];
}

interface Scope {
  /** Each name the scope declares, with its binding's index in `all`. */
  names: Map<string, number>;
  parent: Scope | null;
  /** The function or program this scope belongs to (for `var` and `owner`). */
  owner: A.Node;
  fnScope: Scope;
}

const cache = new WeakMap<A.Program, Bindings>();

/** Per-position flags of `analyze`: a declaring identifier, an `x = …` target, a name in a pattern, a reference that only writes. */
const DECLARING = 1;
const ASSIGNED = 2;
const IN_PATTERN = 4;
const WRITE_ONLY = 8;

/** What the declaring pass reads: the nodes that open a scope or declare names (the program's scope is made first). */
const DECLARING_TYPES: readonly A.Node["type"][] = [
  "FunctionDeclaration",
  "FunctionExpression",
  "ArrowFunctionExpression",
  "BlockStatement",
  "ForOfStatement",
  "ForStatement",
  "CatchClause",
  "VariableDeclaration",
];

export function bindingsOf(program: A.Program): Bindings {
  let b = cache.get(program);
  if (!b) {
    b = analyze(program);
    cache.set(program, b);
  }
  return b;
}

/**
 * Two passes over the tree index's lists (no walk of their own). The first, over the nodes that open
 * a scope or declare names, in pre-order, builds the scopes and declares every name; the second
 * resolves every identifier, in source order, in the scope of its nearest scope node (declarations
 * are visible in their whole block, so resolution has to wait for the first pass).
 *
 * What is known about an identifier is kept in typed arrays by its pre-order position, not in maps
 * keyed by node: every identifier the rules ask about is a node of the index, and a table of ten
 * thousand identifiers costs a hash per node (and a `WeakMap`, ephemerons in GC on top). Typed, so
 * they cost neither filling with holes nor scanning in GC: a binding is known by its index in `all`.
 */
function analyze(program: A.Program): Bindings {
  const { preorder, parentPosition, subtreeEnd, ofTypes, parents, position } = programIndex(program);
  const n = preorder.length;
  const all: Binding[] = [];
  // What each identifier resolves to, as 1 + its binding's index in `all` (0: nothing); for a
  // declaring identifier, the binding it declares (flagged DECLARING in `flags`, so one array serves
  // both questions).
  const bindingAt = new Int32Array(n);
  const flags = new Uint8Array(n);
  const resolvedAt = (at: number): Binding | undefined => {
    const k = bindingAt[at]!;
    return k > 0 ? all[k - 1] : undefined;
  };
  // A function's own name is not one of its children, so it has no position; those few go in a map.
  const declaredOffTree = new Map<A.Identifier, Binding>();
  const setDeclared = (id: A.Identifier, k: number): void => {
    const at = position(id);
    if (at >= 0) {
      bindingAt[at] = k + 1;
      flags[at] = flags[at]! | DECLARING;
    } else declaredOffTree.set(id, all[k]!);
  };

  const newScope = (parent: Scope | null, owner: A.Node, isFn: boolean): Scope => {
    const s: Scope = { names: new Map(), parent, owner, fnScope: undefined as unknown as Scope };
    s.fnScope = isFn || !parent ? s : parent.fnScope;
    return s;
  };
  const declare = (scope: Scope, id: A.Identifier, kind: BindingKind, declarator?: A.VariableDeclarator, init?: A.Expression, fn?: FunctionNode): void => {
    const target = kind === "var" ? scope.fnScope : scope;
    const existing = target.names.get(id.name);
    if (existing !== undefined && kind === "var") {
      setDeclared(id, existing);
      return;
    }
    // One object shape for every binding (absent facts are `undefined`), so the rules' reads stay monomorphic.
    const b: Binding = { name: id.name, kind, id, declarator, init, fn, assignments: [], references: [], owner: target.owner };
    const k = all.length;
    all.push(b);
    target.names.set(id.name, k);
    setDeclared(id, k);
  };
  // The children of a scope node sit in the scope it opens; any other node's children sit in the
  // scope of its nearest scope node. The passes go in pre-order, so the scope nodes around the
  // current position are a stack (`open`, their positions, and `openScopes`, their scopes): a node's
  // ancestors are exactly the earlier nodes whose subtree has not ended yet.
  const root = newScope(null, program, true);
  const scopeNodes: number[] = [];
  const scopes: Scope[] = [];
  const open: number[] = [0];
  const openScopes: Scope[] = [root];
  const enter = (at: number): Scope => {
    while (subtreeEnd[open[open.length - 1]!]! <= at) {
      open.pop();
      openScopes.pop();
    }
    return openScopes[openScopes.length - 1]!;
  };

  // Pass 1: scopes and declarations.
  for (const i of ofTypes(DECLARING_TYPES)) {
    const node = preorder[i]!;
    const scope = enter(i);
    let own: Scope | undefined;
    switch (node.type) {
      case "FunctionDeclaration":
        declare(scope, node.id, "function", undefined, undefined, node);
        own = newScope(scope, node, true);
        for (const p of node.params) for (const id of patternNames(p)) declare(own, id, "param");
        break;
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        own = newScope(scope, node, true);
        if (node.type === "FunctionExpression" && node.id) declare(own, node.id, "function");
        for (const p of node.params) for (const id of patternNames(p)) declare(own, id, "param");
        break;
      case "BlockStatement":
        // A function's body block shares the function's scope (params and body names collide in JS too).
        own = isFunction(preorder[parentPosition[i]!]!) ? scope : newScope(scope, scope.owner, false);
        break;
      case "ForOfStatement":
      case "ForStatement":
        own = newScope(scope, scope.owner, false);
        break;
      case "CatchClause":
        own = newScope(scope, scope.owner, false);
        if (node.param) for (const id of patternNames(node.param)) declare(own, id, "catch");
        break;
      case "VariableDeclaration":
        for (const d of node.declarations) {
          if (d.id.type === "Identifier") {
            const fn = d.init && isFunction(d.init) && node.kind === "const" ? d.init : undefined;
            declare(scope, d.id, node.kind, d, d.init ?? undefined, fn);
          } else for (const id of patternNames(d.id)) declare(scope, id, node.kind, d);
        }
        break;
      default:
        break;
    }
    if (own) {
      scopeNodes.push(i);
      scopes.push(own);
      open.push(i);
      openScopes.push(own);
    }
  }

  // Which identifiers only write: the target of a plain `x = …` (the assignment's first child, so
  // the position after it), and a name directly in a destructuring pattern. Marked from the few
  // assignments and patterns, so the pass below does not read every identifier's parent.
  for (const at of ofTypes(["AssignmentExpression"])) {
    const a = preorder[at] as A.AssignmentExpression;
    if (a.operator === "=" && a.left.type === "Identifier") flags[at + 1] = flags[at + 1]! | ASSIGNED;
  }
  for (const at of ofTypes(["ArrayPattern", "ObjectPattern", "PatternProperty"])) {
    // The children of `at`: each starts where the previous one's subtree ends.
    for (let c = at + 1; c < subtreeEnd[at]!; c = subtreeEnd[c]!) flags[c] = flags[c]! | IN_PATTERN;
  }

  // Pass 2: resolve every identifier that is not a declaring one, in source order.
  const identifiers = ofTypes(["Identifier"]);
  open.length = 1;
  openScopes.length = 1;
  let nextScope = 0;
  for (const i of identifiers) {
    if ((flags[i]! & DECLARING) !== 0) continue;
    // Open the scope nodes before this identifier (an identifier is never one itself).
    while (nextScope < scopeNodes.length && scopeNodes[nextScope]! < i) {
      enter(scopeNodes[nextScope]!);
      open.push(scopeNodes[nextScope]!);
      openScopes.push(scopes[nextScope]!);
      nextScope++;
    }
    const name = (preorder[i] as A.Identifier).name;
    let k: number | undefined;
    for (let s: Scope | null = enter(i); s; s = s.parent) {
      k = s.names.get(name);
      if (k !== undefined) break;
    }
    if (k === undefined) continue;
    const b = all[k]!;
    bindingAt[i] = k + 1;
    b.references.push(preorder[i] as A.Identifier);
    const f = flags[i]!;
    if ((f & ASSIGNED) !== 0) {
      flags[i] = f | WRITE_ONLY;
      b.assignments.push((preorder[parentPosition[i]!] as A.AssignmentExpression).right);
    }
    if ((f & IN_PATTERN) !== 0) flags[i] = flags[i]! | WRITE_ONLY;
  }

  // Memoised: several rules ask for the function of every log, slice, return and declarator.
  const fnOf = new Map<A.Node, A.Node>();
  const functionOf = (node: A.Node): A.Node => {
    const known = fnOf.get(node);
    if (known) return known;
    let found: A.Node = program;
    for (let p = parents.get(node); p; p = parents.get(p)) {
      if (isFunction(p) || p.type === "Program") {
        found = p;
        break;
      }
    }
    fnOf.set(node, found);
    return found;
  };

  return {
    resolve: (id) => {
      const at = position(id);
      return at >= 0 ? resolvedAt(at) : undefined;
    },
    declared: (id) => {
      const at = position(id);
      if (at < 0) return declaredOffTree.get(id);
      return (flags[at]! & DECLARING) !== 0 ? resolvedAt(at) : undefined;
    },
    all: () => all,
    parent: (n) => parents.get(n),
    functionOf,
    isWriteOnly: (ref) => (flags[position(ref)]! & WRITE_ONLY) !== 0,
    reads: (b) => b.references.filter((r) => (flags[position(r)]! & WRITE_ONLY) === 0),
    // A subtree is a run of the pre-order: its identifiers are a run of `identifiers`.
    referencesIn: (node) => {
      const start = position(node);
      if (start < 0) throw new Error("referencesIn: the node is not in the program");
      const end = subtreeEnd[start]!;
      const out: A.Identifier[] = [];
      for (let k = lowerBound(identifiers, start); k < identifiers.length && identifiers[k]! < end; k++) {
        const at = identifiers[k]!;
        const b = resolvedAt(at);
        if (b && b.id !== preorder[at]) out.push(preorder[at] as A.Identifier);
      }
      return out;
    },
  };
}

/** Whether `inner` is `outer` or lies inside it (by span; spans of distinct nodes nest). */
export function contains(outer: { span: A.Span }, inner: { span: A.Span }): boolean {
  return outer.span.start <= inner.span.start && inner.span.end <= outer.span.end;
}
