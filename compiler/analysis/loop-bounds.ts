/**
 * The syntactic side of loop bounds: when a loop's counter really counts. A bound is only sound if
 * nothing but the one increment changes the counter — not the body (`i = 0`), not a `continue` that
 * skips the increment, not a helper closing over it — and a `for…of` only if the body does not grow
 * the array it walks.
 */
import type * as A from "../../grammar/ast.js";
import { children, memberPath } from "../walk.js";

export interface WhileCounter {
  counter: string;
  limit: A.Expression;
  inclusive: boolean;
}

/**
 * A `while` is bounded when its condition is a conjunction containing `i < N` (or `i <= N`,
 * `N > i`) and the body increments `i` exactly once at its top level, assigns it nowhere else, has
 * no `continue` before the increment, and no function in the plan assigns `i`.
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
    if (c.type !== "BinaryExpression") continue;
    let counter: string | undefined;
    let limit: A.Expression | undefined;
    let inclusive = false;
    if ((c.operator === "<" || c.operator === "<=") && c.left.type === "Identifier") {
      counter = c.left.name;
      limit = c.right;
      inclusive = c.operator === "<=";
    } else if ((c.operator === ">" || c.operator === ">=") && c.right.type === "Identifier") {
      counter = c.right.name;
      limit = c.left;
      inclusive = c.operator === ">=";
    }
    if (!counter || !limit) continue;
    const body = s.body.type === "BlockStatement" ? s.body.body : [s.body];
    const incIndex = body.findIndex((st) => st.type === "ExpressionStatement" && isIncrement(st.expression, counter!));
    if (incIndex < 0 || body.filter((st) => st.type === "ExpressionStatement" && isIncrement(st.expression, counter!)).length !== 1) continue;
    if (assignmentsTo(s.body, counter) !== 1) continue;
    // A `continue` in any statement before the increment can skip it.
    if (body.slice(0, incIndex).some((st) => hasOwnContinue(st))) continue;
    if (functionsAssign(program, counter, s)) continue;
    return { counter, limit, inclusive };
  }
  return undefined;
}

export function isIncrement(e: A.Expression, name: string): boolean {
  if (e.type === "UpdateExpression" && e.operator === "++" && e.argument.type === "Identifier" && e.argument.name === name) return true;
  if (e.type === "AssignmentExpression" && e.left.type === "Identifier" && e.left.name === name) {
    if (e.operator === "+=" && e.right.type === "NumericLiteral" && e.right.value >= 1) return true;
    if (
      e.operator === "=" &&
      e.right.type === "BinaryExpression" &&
      e.right.operator === "+" &&
      e.right.left.type === "Identifier" &&
      e.right.left.name === name &&
      e.right.right.type === "NumericLiteral" &&
      e.right.right.value >= 1
    )
      return true;
  }
  return false;
}

function isAssignTo(n: A.Node, name: string): boolean {
  return (n.type === "AssignmentExpression" && n.left.type === "Identifier" && n.left.name === name) || (n.type === "UpdateExpression" && n.argument.type === "Identifier" && n.argument.name === name);
}

/** How many assignments to `name` a subtree contains (nested functions included). */
export function assignmentsTo(root: A.Node, name: string): number {
  let count = 0;
  const stack: A.Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isAssignTo(n, name)) count++;
    for (const c of children(n)) stack.push(c);
  }
  return count;
}

/**
 * Whether a function that can run during the loop assigns `name` (a helper closing over the
 * counter). Functions that contain the loop itself are its context, not callees, and are skipped;
 * the loop's own body is counted by `assignmentsTo`.
 */
export function functionsAssign(program: A.Program, name: string, loop: A.Node): boolean {
  const contains = (outer: A.Node & { span: A.Span }): boolean => outer.span.start <= loop.span.start && loop.span.end <= outer.span.end;
  const stack: { n: A.Node; inFn: boolean }[] = [{ n: program, inFn: false }];
  while (stack.length) {
    const { n, inFn } = stack.pop()!;
    if (n === loop) continue;
    if (inFn && isAssignTo(n, name)) return true;
    const fn = (n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression") && !contains(n);
    for (const c of children(n)) stack.push({ n: c, inFn: inFn || fn });
  }
  return false;
}

/** A `continue` that belongs to the loop being examined (not to a nested loop or function). */
function hasOwnContinue(root: A.Node): boolean {
  const stack: A.Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "ContinueStatement") return true;
    if (n.type === "ForOfStatement" || n.type === "ForStatement" || n.type === "WhileStatement") continue;
    if (n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression") continue;
    for (const c of children(n)) stack.push(c);
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
      if ((method === "push" || method === "unshift" || method === "splice") && memberPath(n.callee.object) === path) return true;
    }
    if (n.type === "AssignmentExpression" && n.left.type !== "ObjectPattern" && n.left.type !== "ArrayPattern" && n.left.type !== "AssignmentPattern" && n.left.type !== "RestElement") {
      const target = memberPath(n.left as A.Expression);
      if (target === path || (target !== undefined && target.startsWith(path + "."))) return true;
    }
    for (const c of children(n)) stack.push(c);
  }
  return false;
}
