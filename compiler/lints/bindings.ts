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
  names: Map<string, Binding>;
  parent: Scope | null;
  /** The function or program this scope belongs to (for `var` and `owner`). */
  owner: A.Node;
  fnScope: Scope;
}

const cache = new WeakMap<A.Program, Bindings>();

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
 * What is known about an identifier is kept in arrays by its pre-order position, not in maps keyed by
 * node: every identifier the rules ask about is a node of the index, and a table of ten thousand
 * identifiers costs a hash per node (and a `WeakMap`, ephemerons in GC on top).
 */
function analyze(program: A.Program): Bindings {
  const { preorder, parentPosition, subtreeEnd, ofTypes, parents, position } = programIndex(program);
  const declaredAt: (Binding | undefined)[] = new Array(preorder.length);
  const resolvedAt: (Binding | undefined)[] = new Array(preorder.length);
  const writeOnlyAt = new Uint8Array(preorder.length);
  // A function's own name is not one of its children, so it has no position; those few go in a map.
  const declaredOffTree = new Map<A.Identifier, Binding>();
  const setDeclared = (id: A.Identifier, b: Binding): void => {
    const at = position(id);
    if (at >= 0) declaredAt[at] = b;
    else declaredOffTree.set(id, b);
  };
  const all: Binding[] = [];

  const newScope = (parent: Scope | null, owner: A.Node, isFn: boolean): Scope => {
    const s: Scope = { names: new Map(), parent, owner, fnScope: undefined as unknown as Scope };
    s.fnScope = isFn || !parent ? s : parent.fnScope;
    return s;
  };
  const declare = (scope: Scope, id: A.Identifier, kind: BindingKind, declarator?: A.VariableDeclarator, init?: A.Expression, fn?: FunctionNode): void => {
    const target = kind === "var" ? scope.fnScope : scope;
    const existing = target.names.get(id.name);
    if (existing && kind === "var") {
      setDeclared(id, existing);
      return;
    }
    // One object shape for every binding (absent facts are `undefined`), so the rules' reads stay monomorphic.
    const b: Binding = { name: id.name, kind, id, declarator, init, fn, assignments: [], references: [], owner: target.owner };
    target.names.set(id.name, b);
    setDeclared(id, b);
    all.push(b);
  };
  // `inner[i]` is the scope the children of the scope node at position `i` sit in; any other node's
  // children sit in the scope of its nearest scope node.
  const inner: (Scope | undefined)[] = new Array(preorder.length);
  const scopeAround = (at: number): Scope => {
    let p = parentPosition[at]!;
    while (inner[p] === undefined) p = parentPosition[p]!;
    return inner[p]!;
  };

  // Pass 1: scopes and declarations.
  inner[0] = newScope(null, program, true);
  for (const i of ofTypes(DECLARING_TYPES)) {
    const node = preorder[i]!;
    const scope = scopeAround(i);
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
    if (own) inner[i] = own;
  }

  // Pass 2: resolve every identifier that is not a declaring one, in source order.
  const identifiers = ofTypes(["Identifier"]);
  for (const i of identifiers) {
    const node = preorder[i] as A.Identifier;
    const own = declaredAt[i];
    if (own) {
      resolvedAt[i] = own;
      continue;
    }
    const name = node.name;
    let b: Binding | undefined;
    for (let s: Scope | null = scopeAround(i); s; s = s.parent) {
      b = s.names.get(name);
      if (b) break;
    }
    if (!b) continue;
    resolvedAt[i] = b;
    b.references.push(node);
    const p = preorder[parentPosition[i]!]!;
    if (p.type === "AssignmentExpression" && p.left === node && p.operator === "=") {
      writeOnlyAt[i] = 1;
      b.assignments.push(p.right);
    }
    if (p.type === "ArrayPattern" || p.type === "ObjectPattern" || p.type === "PatternProperty") writeOnlyAt[i] = 1;
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
      return at >= 0 ? resolvedAt[at] : undefined;
    },
    declared: (id) => {
      const at = position(id);
      return at >= 0 ? declaredAt[at] : declaredOffTree.get(id);
    },
    all: () => all,
    parent: (n) => parents.get(n),
    functionOf,
    isWriteOnly: (ref) => writeOnlyAt[position(ref)] === 1,
    reads: (b) => b.references.filter((r) => writeOnlyAt[position(r)] !== 1),
    // A subtree is a run of the pre-order: its identifiers are a run of `identifiers`.
    referencesIn: (node) => {
      const start = position(node);
      if (start < 0) throw new Error("referencesIn: the node is not in the program");
      const end = subtreeEnd[start]!;
      const out: A.Identifier[] = [];
      for (let k = lowerBound(identifiers, start); k < identifiers.length && identifiers[k]! < end; k++) {
        const at = identifiers[k]!;
        const b = resolvedAt[at];
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
