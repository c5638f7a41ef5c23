/**
 * The syntactic side of loop bounds: when a loop's counter really counts. A bound is only sound if
 * nothing but the one increment changes the counter — not the body (`i = 0`), not a `continue` that
 * skips the increment, not a helper closing over it — and a `for…of` only if the body does not grow
 * the array it walks.
 */
import type * as A from "../../grammar/ast.js";
import { isFunction, lowerBound, memberPath, programIndex, pushChildren } from "../walk.js";

export interface WhileCounter {
  counter: string;
  /** The condition compares `counter + offset` with `limit` (`i + 1 < n`): 0 for a bare `i < n`. */
  offset: number;
  limit: A.Expression;
  inclusive: boolean;
}

/**
 * A comparison that bounds a rising counter: `i < N`, `i <= N`, `i + c < N` (a literal c ≥ 0) and
 * their mirrors `N > i`, `N >= i + c`. The loop runs while `counter + offset` stays below `limit`.
 */
export function risingBound(c: A.Expression): WhileCounter | undefined {
  if (c.type !== "BinaryExpression") return undefined;
  const up = c.operator === "<" || c.operator === "<=";
  const mirrored = c.operator === ">" || c.operator === ">=";
  if (!up && !mirrored) return undefined;
  const term = counterTerm(up ? c.left : c.right);
  if (!term) return undefined;
  return { counter: term.name, offset: term.offset, limit: up ? c.right : c.left, inclusive: c.operator === "<=" || c.operator === ">=" };
}

/**
 * A comparison that bounds a falling counter: `i >= L`, `i > L` and their mirrors `L <= i`, `L < i`.
 * The loop runs while `counter` stays above `floor`.
 */
export function fallingBound(c: A.Expression): { counter: string; floor: A.Expression; inclusive: boolean } | undefined {
  if (c.type !== "BinaryExpression") return undefined;
  const down = c.operator === ">" || c.operator === ">=";
  const mirrored = c.operator === "<" || c.operator === "<=";
  if (!down && !mirrored) return undefined;
  const counter = down ? c.left : c.right;
  if (counter.type !== "Identifier") return undefined;
  return { counter: counter.name, floor: down ? c.right : c.left, inclusive: c.operator === ">=" || c.operator === "<=" };
}

/** `i` or `i + c`, with c a literal ≥ 0 (an offset that only makes the loop stop sooner). */
function counterTerm(e: A.Expression): { name: string; offset: number } | undefined {
  if (e.type === "Identifier") return { name: e.name, offset: 0 };
  if (e.type === "BinaryExpression" && e.operator === "+" && e.left.type === "Identifier" && e.right.type === "NumericLiteral" && e.right.value >= 0) {
    return { name: e.left.name, offset: e.right.value };
  }
  return undefined;
}

/**
 * How much a `for` loop's update changes its counter each iteration: positive for `i++`, `i += k`
 * and `i = i + k`, negative for `i--`, `i -= k` and `i = i - k` (k a literal > 0); undefined for
 * anything else.
 */
export function counterStep(u: A.Expression, counter: string): number | undefined {
  if (u.type === "UpdateExpression" && u.argument.type === "Identifier" && u.argument.name === counter) return u.operator === "++" ? 1 : -1;
  if (u.type !== "AssignmentExpression" || u.left.type !== "Identifier" || u.left.name !== counter) return undefined;
  if ((u.operator === "+=" || u.operator === "-=") && u.right.type === "NumericLiteral" && u.right.value > 0) return u.operator === "+=" ? u.right.value : -u.right.value;
  const r = u.right;
  if (u.operator === "=" && r.type === "BinaryExpression" && (r.operator === "+" || r.operator === "-") && r.left.type === "Identifier" && r.left.name === counter && r.right.type === "NumericLiteral" && r.right.value > 0) {
    return r.operator === "+" ? r.right.value : -r.right.value;
  }
  return undefined;
}

/**
 * A `while` is bounded when its condition is a conjunction containing `i < N` (or `i <= N`,
 * `N > i`, `i + c < N`: see `risingBound`) and the body increments `i` exactly once at its top
 * level, assigns it nowhere else, has no `continue` before the increment, and no function in the
 * plan assigns `i`.
 */
export function whileCounter(s: A.WhileStatement, program: A.Program): WhileCounter | undefined {
  const conjuncts: A.Expression[] = [];
  const collect = (e: A.Expression): void => {
    if (e.type === "LogicalExpression" && e.operator === "&&") {
      collect(e.left);
      collect(e.right);
    } else conjuncts.push(e);
  };
  collect(s.test);
  for (const c of conjuncts) {
    const bound = risingBound(c);
    if (!bound) continue;
    const { counter } = bound;
    const body = s.body.type === "BlockStatement" ? s.body.body : [s.body];
    const incIndex = body.findIndex((st) => st.type === "ExpressionStatement" && isIncrement(st.expression, counter));
    if (incIndex < 0 || body.filter((st) => st.type === "ExpressionStatement" && isIncrement(st.expression, counter)).length !== 1) continue;
    if (assignmentsTo(program, s.body, counter) !== 1) continue;
    // A `continue` in any statement before the increment can skip it.
    if (body.slice(0, incIndex).some((st) => hasOwnContinue(st))) continue;
    if (functionsAssign(program, counter, s)) continue;
    return bound;
  }
  return undefined;
}

/** `i++`, `i += k`, `i = i + k` with a literal k ≥ 1: an update that raises the counter by at least 1. */
export function isIncrement(e: A.Expression, name: string): boolean {
  return (counterStep(e, name) ?? 0) >= 1;
}

function isAssignTo(n: A.Node, name: string): boolean {
  return (n.type === "AssignmentExpression" && n.left.type === "Identifier" && n.left.name === name) || (n.type === "UpdateExpression" && n.argument.type === "Identifier" && n.argument.name === name);
}

/** How many assignments to `name` a subtree of `program` contains (nested functions included). */
export function assignmentsTo(program: A.Program, root: A.Node, name: string): number {
  const tree = programIndex(program);
  const start = tree.position(root);
  if (start >= 0) {
    // A subtree is a run of the pre-order: count the program's assignments to names in it.
    const { assignPositions, assignNames } = programMutations(program);
    const end = tree.subtreeEnd[start]!;
    let count = 0;
    for (let i = lowerBound(assignPositions, start); i < assignPositions.length && assignPositions[i]! < end; i++) if (assignNames[i] === name) count++;
    return count;
  }
  let count = 0;
  const stack: A.Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isAssignTo(n, name)) count++;
    pushChildren(n, stack);
  }
  return count;
}

/** For each name, the spans of the functions whose bodies assign it: computed once per program. */
const assignedInFunctions = new WeakMap<A.Program, Map<string, A.Span[]>>();

function functionAssignments(program: A.Program): Map<string, A.Span[]> {
  let map = assignedInFunctions.get(program);
  if (map) return map;
  map = new Map();
  const { preorder, parentPosition, ofTypes } = programIndex(program);
  for (const i of ofTypes(["AssignmentExpression", "UpdateExpression"])) {
    const n = preorder[i]!;
    const name = n.type === "AssignmentExpression" && n.left.type === "Identifier" ? n.left.name : n.type === "UpdateExpression" && n.argument.type === "Identifier" ? n.argument.name : undefined;
    if (name === undefined) continue;
    // The functions around the assignment, outermost first.
    const fns: A.Span[] = [];
    for (let p = parentPosition[i]!; p >= 0; p = parentPosition[p]!) {
      const fn = preorder[p]!;
      if (isFunction(fn)) fns.unshift(fn.span);
    }
    if (fns.length === 0) continue;
    const spans = map.get(name);
    if (spans) spans.push(...fns);
    else map.set(name, fns);
  }
  assignedInFunctions.set(program, map);
  return map;
}

/**
 * Whether a function that can run during the loop assigns `name` (a helper closing over the
 * counter). Functions that contain the loop itself are its context, not callees, and are skipped;
 * functions inside the loop are counted by `assignmentsTo` on its body.
 */
export function functionsAssign(program: A.Program, name: string, loop: A.Node & { span: A.Span }): boolean {
  const inside = (x: A.Span, outer: A.Span): boolean => outer.start <= x.start && x.end <= outer.end;
  return (functionAssignments(program).get(name) ?? []).some((fn) => !inside(loop.span, fn) && !inside(fn, loop.span));
}

const mutators = new Set(["push", "unshift", "splice", "pop", "shift", "sort", "reverse", "fill", "add", "set", "delete", "clear"]);

/**
 * Every assignment and in-place mutation in a program, in pre-order: the position of the node that
 * makes it and the name it changes (one entry per name of a destructuring assignment).
 */
interface Mutations {
  positions: number[];
  names: string[];
  /** The same for the assignments to a plain name (`x = …`, `x += …`, `x++`): see `assignmentsTo`. */
  assignPositions: number[];
  assignNames: string[];
}
const mutationsOf = new WeakMap<A.Program, Mutations>();
const MUTATING_TYPES: readonly A.Node["type"][] = ["AssignmentExpression", "UpdateExpression", "CallExpression"];

function programMutations(program: A.Program): Mutations {
  let m = mutationsOf.get(program);
  if (m) return m;
  m = { positions: [], names: [], assignPositions: [], assignNames: [] };
  const { preorder, ofTypes } = programIndex(program);
  for (const i of ofTypes(MUTATING_TYPES)) {
    const n = preorder[i]!;
    let r: string | undefined;
    if (n.type === "AssignmentExpression") {
      if (n.left.type === "Identifier" || n.left.type === "MemberExpression") r = rootName(n.left);
      else
        for (const id of patternIdentifiers(n.left)) {
          m.positions.push(i);
          m.names.push(id);
        }
    } else if (n.type === "UpdateExpression") r = rootName(n.argument);
    else if (n.type === "CallExpression" && n.callee.type === "MemberExpression" && !n.callee.computed && mutators.has((n.callee.property as A.Identifier).name)) {
      r = rootName(n.callee.object);
      // `(c ? a : b).push(…)`: any name in the receiver may be the array it grows.
      if (!r)
        for (const id of identifiersIn(n.callee.object)) {
          m.positions.push(i);
          m.names.push(id);
        }
    }
    if (r) {
      m.positions.push(i);
      m.names.push(r);
    }
    const assigned = n.type === "AssignmentExpression" && n.left.type === "Identifier" ? n.left.name : n.type === "UpdateExpression" && n.argument.type === "Identifier" ? n.argument.name : undefined;
    if (assigned !== undefined) {
      m.assignPositions.push(i);
      m.assignNames.push(assigned);
    }
  }
  mutationsOf.set(program, m);
  return m;
}

function rootName(e: A.Node): string | undefined {
  let x: A.Node = e;
  while (x.type === "MemberExpression") x = x.object;
  return x.type === "Identifier" ? x.name : undefined;
}

/** The result for a subtree that changes nothing (most do). */
const NOTHING: ReadonlySet<string> = new Set();

/**
 * `mutatedNames(root)`: the names a subtree of `program` assigns or mutates in place (`x = …`,
 * `x++`, `x.k = …`, `x.push(…)`). A subtree is a run of the pre-order, so this binary-searches the
 * program's mutation list instead of walking the subtree (branches and loops nest, and each asks),
 * and remembers each answer by the root's position. The sets are shared: callers must not change
 * them. Their order is pre-order, which no result depends on.
 */
export function mutatedNamesOf(program: A.Program): (root: A.Node) => ReadonlySet<string> {
  const tree = programIndex(program);
  const { positions, names } = programMutations(program);
  const bySubtree = new Map<number, ReadonlySet<string>>();
  return (root) => {
    const start = tree.position(root);
    if (start < 0) throw new Error("mutatedNames: the node is not in the program");
    const cached = bySubtree.get(start);
    if (cached) return cached;
    const end = tree.subtreeEnd[start]!;
    let out: Set<string> | undefined;
    for (let i = lowerBound(positions, start); i < positions.length && positions[i]! < end; i++) (out ??= new Set()).add(names[i]!);
    const result = out ?? NOTHING;
    bySubtree.set(start, result);
    return result;
  };
}

/** Every identifier a subtree reads (member names excluded), without descending into functions. */
function identifiersIn(root: A.Node): string[] {
  const out: string[] = [];
  const stack: A.Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "Identifier") out.push(n.name);
    else if (n.type === "MemberExpression") {
      stack.push(n.object);
      if (n.computed) stack.push(n.property);
    } else if (!isFunction(n)) pushChildren(n, stack);
  }
  return out;
}

function patternIdentifiers(p: A.Node): string[] {
  const out: string[] = [];
  const stack: A.Node[] = [p];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "Identifier") out.push(n.name);
    else pushChildren(n, stack);
  }
  return out;
}

/** A `continue` that belongs to the loop being examined (not to a nested loop or function). */
function hasOwnContinue(root: A.Node): boolean {
  const stack: A.Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "ContinueStatement") return true;
    if (n.type === "ForOfStatement" || n.type === "ForStatement" || n.type === "WhileStatement") continue;
    if (isFunction(n)) continue;
    pushChildren(n, stack);
  }
  return false;
}

/** Whether a loop body grows or replaces the array named by `path` (`xs`, `state.items`). */
export function growsArray(body: A.Node, path: string): boolean {
  const stack: A.Node[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "CallExpression" && n.callee.type === "MemberExpression" && !n.callee.computed) {
      const method = (n.callee.property as A.Identifier).name;
      // `add` and `set`: a Set or Map walked by `for…of` also visits what the body adds.
      if ((method === "push" || method === "unshift" || method === "splice" || method === "add" || method === "set") && memberPath(n.callee.object) === path) return true;
    }
    if (n.type === "AssignmentExpression" && n.left.type !== "ObjectPattern" && n.left.type !== "ArrayPattern" && n.left.type !== "AssignmentPattern" && n.left.type !== "RestElement") {
      const target = memberPath(n.left as A.Expression);
      if (target === path || (target !== undefined && target.startsWith(path + "."))) return true;
    }
    pushChildren(n, stack);
  }
  return false;
}
