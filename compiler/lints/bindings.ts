/**
 * Name resolution for the lints: which declaration an identifier refers to, what initialised it,
 * who reads it, and which function a node sits in. Lexical scopes follow JavaScript (functions,
 * blocks, loop heads and catch clauses; `var` hoists to its function, declarations are visible in
 * their whole block), which is enough to tell a helper's `const c` from the top level's.
 *
 * Computed once per program and cached, so the rules that share it pay for one walk.
 */
import type * as A from "../../grammar/ast.js";
import { children, isFunction, parentsOf, patternNames, pushChildren, type FunctionNode } from "../walk.js";

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
}

interface Scope {
  names: Map<string, Binding>;
  parent: Scope | null;
  /** The function or program this scope belongs to (for `var` and `owner`). */
  owner: A.Node;
  fnScope: Scope;
}

const cache = new WeakMap<A.Program, Bindings>();

export function bindingsOf(program: A.Program): Bindings {
  let b = cache.get(program);
  if (!b) {
    b = analyze(program);
    cache.set(program, b);
  }
  return b;
}

/**
 * One walk declares every name and records each identifier with the scope it sits in; a loop over
 * that list then resolves them (declarations are visible in their whole block, so resolution has to
 * wait for the walk). Plain `Map`s, not `WeakMap`s: the tables live exactly as long as the cached
 * `Bindings`, and ephemeron tables of a few hundred thousand keys cost more in GC than the walk itself.
 */
function analyze(program: A.Program): Bindings {
  const parents = parentsOf(program);
  const declaredBy = new Map<A.Identifier, Binding>();
  const resolved = new Map<A.Identifier, Binding>();
  const writeOnly = new Set<A.Identifier>();
  const all: Binding[] = [];
  // Every identifier in walk (source) order, with the scope it was met in and its parent.
  const ids: A.Identifier[] = [];
  const idScopes: Scope[] = [];
  const idParents: (A.Node | undefined)[] = [];

  const newScope = (parent: Scope | null, owner: A.Node, isFn: boolean): Scope => {
    const s: Scope = { names: new Map(), parent, owner, fnScope: undefined as unknown as Scope };
    s.fnScope = isFn || !parent ? s : parent.fnScope;
    return s;
  };
  const declare = (scope: Scope, id: A.Identifier, kind: BindingKind, declarator?: A.VariableDeclarator, init?: A.Expression, fn?: FunctionNode): void => {
    const target = kind === "var" ? scope.fnScope : scope;
    const existing = target.names.get(id.name);
    if (existing && kind === "var") {
      declaredBy.set(id, existing);
      return;
    }
    // One object shape for every binding (absent facts are `undefined`), so the rules' reads stay monomorphic.
    const b: Binding = { name: id.name, kind, id, declarator, init, fn, assignments: [], references: [], owner: target.owner };
    target.names.set(id.name, b);
    declaredBy.set(id, b);
    all.push(b);
  };

  // Pass 1: scopes and declarations; identifiers are queued for pass 2.
  const declarePass = (node: A.Node, scope: Scope, parent: A.Node | undefined): void => {
    let inner = scope;
    switch (node.type) {
      case "Identifier":
        ids.push(node);
        idScopes.push(scope);
        idParents.push(parent);
        break;
      case "Program":
        inner = newScope(null, node, true);
        break;
      case "FunctionDeclaration":
        declare(scope, node.id, "function", undefined, undefined, node);
        inner = newScope(scope, node, true);
        for (const p of node.params) for (const id of patternNames(p)) declare(inner, id, "param");
        break;
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        inner = newScope(scope, node, true);
        if (node.type === "FunctionExpression" && node.id) declare(inner, node.id, "function");
        for (const p of node.params) for (const id of patternNames(p)) declare(inner, id, "param");
        break;
      case "BlockStatement":
        // A function's body block shares the function's scope (params and body names collide in JS too).
        inner = parent && isFunction(parent) ? scope : newScope(scope, scope.owner, false);
        break;
      case "ForOfStatement":
      case "ForStatement":
        inner = newScope(scope, scope.owner, false);
        break;
      case "CatchClause":
        inner = newScope(scope, scope.owner, false);
        if (node.param) for (const id of patternNames(node.param)) declare(inner, id, "catch");
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
    // Children go on a shared scratch stack: each call uses the slice above where it started.
    const base = scratch.length;
    pushChildren(node, scratch);
    const end = scratch.length;
    for (let i = base; i < end; i++) declarePass(scratch[i]!, inner, node);
    while (scratch.length > base) scratch.pop();
  };
  const scratch: A.Node[] = [];
  declarePass(program, newScope(null, program, true), undefined);

  // Pass 2: resolve every identifier that is not a declaring one, in source order.
  for (let i = 0; i < ids.length; i++) {
    const node = ids[i]!;
    const own = declaredBy.get(node);
    if (own) {
      resolved.set(node, own);
      continue;
    }
    const name = node.name;
    let b: Binding | undefined;
    for (let s: Scope | null = idScopes[i]!; s; s = s.parent) {
      b = s.names.get(name);
      if (b) break;
    }
    if (!b) continue;
    resolved.set(node, b);
    b.references.push(node);
    const p = idParents[i];
    if (p?.type === "AssignmentExpression" && p.left === node && p.operator === "=") {
      writeOnly.add(node);
      b.assignments.push(p.right);
    }
    if (p && (p.type === "ArrayPattern" || p.type === "ObjectPattern" || p.type === "PatternProperty")) writeOnly.add(node);
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
    resolve: (id) => resolved.get(id),
    declared: (id) => declaredBy.get(id),
    all: () => all,
    parent: (n) => parents.get(n),
    functionOf,
    isWriteOnly: (ref) => writeOnly.has(ref),
    reads: (b) => b.references.filter((r) => !writeOnly.has(r)),
  };
}

/** Whether `inner` is `outer` or lies inside it (by span; spans of distinct nodes nest). */
export function contains(outer: { span: A.Span }, inner: { span: A.Span }): boolean {
  return outer.span.start <= inner.span.start && inner.span.end <= outer.span.end;
}

/** Identifiers under a node that refer to a binding (skips nested declaring identifiers). */
export function referencesIn(node: A.Node, bindings: Bindings): A.Identifier[] {
  const out: A.Identifier[] = [];
  const visit = (n: A.Node): void => {
    if (n.type === "Identifier") {
      const b = bindings.resolve(n);
      if (b && b.id !== n) out.push(n);
      return;
    }
    for (const c of children(n)) visit(c);
  };
  visit(node);
  return out;
}
