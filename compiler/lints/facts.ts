/**
 * Per-program facts the rules share: one pass sorts the nodes they look for into lists, so
 * fourteen rules do not each walk (and classify) the whole tree. Every list is in pre-order, the
 * order the rules used to meet the nodes in, so their reports come out in the same order.
 * Computed once per program and cached; the tree is never mutated.
 */
import type * as A from "../../grammar/ast.js";
import { memberPath, programIndex } from "../walk.js";
import { bindingsOf } from "./bindings.js";
import { methodName, primitiveOf, type Primitive } from "./calls.js";

export interface ProgramFacts {
  /** Calls of a global primitive, each with the primitive it calls. */
  primitives: { call: A.CallExpression; prim: Primitive }[];
  /** Calls of the global `agent`. */
  agents: A.CallExpression[];
  /** `log(…)` and `console.log(…)` calls. */
  logs: A.CallExpression[];
  /** `x.slice(a, b)` calls with exactly two arguments. */
  slices: A.CallExpression[];
  /** `JSON.parse(…)` calls. */
  jsonParses: A.CallExpression[];
  /** Declarators with an initialiser. */
  initialised: A.VariableDeclarator[];
  /** Declarators with an initialiser and statements that are an `await …`, interleaved. */
  resultSites: (A.VariableDeclarator | A.ExpressionStatement)[];
  /** The program and every block: the statement lists. */
  blocks: (A.Program | A.BlockStatement)[];
  returns: A.ReturnStatement[];
  catches: A.CatchClause[];
}

const cache = new WeakMap<A.Program, ProgramFacts>();

/** The node types the facts are made of: the index lists them, so no scan tests every node. */
const FACT_TYPES: readonly A.Node["type"][] = ["CallExpression", "VariableDeclarator", "ExpressionStatement", "Program", "BlockStatement", "ReturnStatement", "CatchClause"];

export function factsOf(program: A.Program): ProgramFacts {
  const cached = cache.get(program);
  if (cached) return cached;
  const bindings = bindingsOf(program);
  const f: ProgramFacts = { primitives: [], agents: [], logs: [], slices: [], jsonParses: [], initialised: [], resultSites: [], blocks: [], returns: [], catches: [] };
  const { preorder, ofTypes } = programIndex(program);
  for (const at of ofTypes(FACT_TYPES)) {
    const n = preorder[at]!;
    switch (n.type) {
      case "CallExpression": {
        const prim = primitiveOf(n, bindings);
        if (prim) {
          f.primitives.push({ call: n, prim });
          if (prim === "agent") f.agents.push(n);
        }
        const path = memberPath(n.callee);
        if (prim === "log" || path === "console.log") f.logs.push(n);
        if (path === "JSON.parse") f.jsonParses.push(n);
        if (n.arguments.length === 2 && methodName(n) === "slice") f.slices.push(n);
        break;
      }
      case "VariableDeclarator":
        if (n.init) {
          f.initialised.push(n);
          f.resultSites.push(n);
        }
        break;
      case "ExpressionStatement":
        if (n.expression.type === "AwaitExpression") f.resultSites.push(n);
        break;
      case "Program":
      case "BlockStatement":
        f.blocks.push(n);
        break;
      case "ReturnStatement":
        f.returns.push(n);
        break;
      case "CatchClause":
        f.catches.push(n);
        break;
      default:
        break;
    }
  }
  cache.set(program, f);
  return f;
}
