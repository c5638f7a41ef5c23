/**
 * Regular-expression safety. JavaScript's backtracking engine can take exponential time on
 * patterns with nested unbounded quantifiers (`(a+)+`, `(x*)*`) or backreferences, and a plan
 * could hang the host with one. We refuse those patterns outright (a plan error at the literal)
 * and cap the length of any string a RegExp runs against.
 */
import type * as A from "../../grammar/ast.js";
import { LIMITS, planError } from "./values.js";

/** A reason the pattern is refused, or undefined if it is acceptable. */
export function checkRegex(pattern: string): string | undefined {
  if (pattern.length > 1000) return "regular expression too long (the limit is 1000 characters)";
  if (/\\[1-9]|\\k</.test(pattern)) return "backreferences are not allowed in plan regular expressions (they can take exponential time)";
  // Walk the pattern tracking, per open group, whether it contains an unbounded quantifier.
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") stack.push(false);
    else if (c === ")") {
      const hadQuantifier = stack.pop() ?? false;
      const next = pattern[i + 1];
      const quantified = next === "*" || next === "+" || (next === "{" && /^\{\d*,\d*\}/.test(pattern.slice(i + 1)) && !/^\{\d+\}/.test(pattern.slice(i + 1)));
      if (hadQuantifier && quantified)
        return "nested quantifiers such as `(a+)+` are not allowed in plan regular expressions (they can take exponential time)";
      if ((hadQuantifier || quantified) && stack.length > 0) stack[stack.length - 1] = true;
    } else if ((c === "*" || c === "+" || c === "{") && stack.length > 0 && pattern[i - 1] !== "(") {
      stack[stack.length - 1] = true;
    }
  }
  return undefined;
}

export function checkRegexInput(s: string, node: A.Node): string {
  if (s.length > LIMITS.maxRegexInput)
    throw planError(node, `string too long for a regular expression: ${s.length} characters (the limit is ${LIMITS.maxRegexInput})`, "RangeError");
  return s;
}
