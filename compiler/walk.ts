import type * as A from "../grammar/ast.js";

export type FunctionNode = A.FunctionDeclaration | A.FunctionExpression | A.ArrowFunctionExpression;

export function isFunction(n: A.Node): n is FunctionNode {
  return n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression";
}

/** The direct children of a node, in source order. One table so every pass walks the same way. */
export function children(node: A.Node): A.Node[] {
  return pushChildren(node, []);
}

/**
 * Pushes a node's children onto a depth-first stack so they come off in source order (pushed, then
 * reversed in place); returns where they start, for a caller that records their parent.
 */
export function stackChildren(node: A.Node, stack: A.Node[]): number {
  const base = stack.length;
  pushChildren(node, stack);
  for (let i = base, j = stack.length - 1; i < j; i++, j--) {
    const t = stack[i]!;
    stack[i] = stack[j]!;
    stack[j] = t;
  }
  return base;
}

/**
 * Appends a node's direct children, in source order, to `out` and returns it. Hot: every pass walks
 * with it, so stack-based walks push straight onto their stack instead of allocating an array per node.
 */
export function pushChildren(node: A.Node, out: A.Node[]): A.Node[] {
  // The most frequent node types come first (a string `switch` tests its cases in order), and the
  // leaves return before the rest of the table is tried.
  switch (node.type) {
    case "Identifier":
    case "StringLiteral":
    case "NumericLiteral":
    case "TemplateElement":
    case "BooleanLiteral":
    case "NullLiteral":
      return out;
    case "MemberExpression":
      if (node.object) out.push(node.object);
      if (node.computed && node.property) out.push(node.property);
      return out;
    case "CallExpression":
    case "NewExpression":
      if (node.callee) out.push(node.callee);
      pushAll(out, node.arguments);
      return out;
    case "Property":
      if (node.computed && node.key) out.push(node.key);
      if (node.value) out.push(node.value);
      return out;
    case "TemplateLiteral": {
      const { quasis, expressions } = node;
      for (let i = 0; i < quasis.length; i++) {
        const q = quasis[i];
        if (q) out.push(q);
        const x = expressions[i];
        if (x) out.push(x);
      }
      return out;
    }
    case "ObjectExpression":
      pushAll(out, node.properties);
      return out;
    case "ArrayExpression":
      pushAll(out, node.elements);
      return out;
    case "AwaitExpression":
    case "UnaryExpression":
    case "UpdateExpression":
    case "SpreadElement":
    case "ReturnStatement":
    case "ThrowStatement":
    case "RestElement":
      if (node.argument) out.push(node.argument);
      return out;
    case "BinaryExpression":
    case "LogicalExpression":
    case "AssignmentExpression":
    case "AssignmentPattern":
      if (node.left) out.push(node.left);
      if (node.right) out.push(node.right);
      return out;
    case "ArrowFunctionExpression":
    case "FunctionDeclaration":
    case "FunctionExpression":
      pushAll(out, node.params);
      if (node.body) out.push(node.body);
      return out;
    case "VariableDeclarator":
      if (node.id) out.push(node.id);
      if (node.init) out.push(node.init);
      return out;
    case "VariableDeclaration":
      pushAll(out, node.declarations);
      return out;
    case "ExpressionStatement":
    case "ChainExpression":
      if (node.expression) out.push(node.expression);
      return out;
    case "Program":
    case "BlockStatement":
      pushAll(out, node.body);
      return out;
    case "ConditionalExpression":
    case "IfStatement":
      if (node.test) out.push(node.test);
      if (node.consequent) out.push(node.consequent);
      if (node.alternate) out.push(node.alternate);
      return out;
    case "ExportNamedDeclaration":
      if (node.declaration) out.push(node.declaration);
      return out;
    case "ForOfStatement":
      if (node.left) out.push(node.left);
      if (node.right) out.push(node.right);
      if (node.body) out.push(node.body);
      return out;
    case "ForStatement":
      if (node.init) out.push(node.init);
      if (node.test) out.push(node.test);
      if (node.update) out.push(node.update);
      if (node.body) out.push(node.body);
      return out;
    case "WhileStatement":
      if (node.test) out.push(node.test);
      if (node.body) out.push(node.body);
      return out;
    case "TryStatement":
      if (node.block) out.push(node.block);
      if (node.handler) out.push(node.handler);
      if (node.finalizer) out.push(node.finalizer);
      return out;
    case "CatchClause":
      if (node.param) out.push(node.param);
      if (node.body) out.push(node.body);
      return out;
    case "TaggedTemplateExpression":
      if (node.tag) out.push(node.tag);
      if (node.quasi) out.push(node.quasi);
      return out;
    case "SequenceExpression":
      pushAll(out, node.expressions);
      return out;
    case "ObjectPattern":
      pushAll(out, node.properties);
      return out;
    case "PatternProperty":
      if (node.computed && node.key) out.push(node.key);
      if (node.value) out.push(node.value);
      return out;
    case "ArrayPattern":
      pushAll(out, node.elements);
      return out;
    default:
      return out;
  }
}

function pushAll(out: A.Node[], ns: readonly (A.Node | null)[]): void {
  for (let i = 0; i < ns.length; i++) {
    const n = ns[i];
    if (n) out.push(n);
  }
}

/** Depth-first pre-order walk; return `false` from `enter` to skip a node's children. */
export function walk(root: A.Node, enter: (node: A.Node, parent: A.Node | null) => boolean | void): void {
  // Two parallel stacks (no pair per node); children are pushed in source order, then reversed in
  // place so they pop in source order.
  const nodes: A.Node[] = [root];
  const parents: (A.Node | null)[] = [null];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const parent = parents.pop()!;
    if (enter(node, parent) === false) continue;
    const base = stackChildren(node, nodes);
    for (let i = base; i < nodes.length; i++) parents.push(node);
  }
}

/** Facts about a program's tree that several passes need, from one walk (see `programIndex`). */
export interface ProgramIndex {
  /** Every node in depth-first pre-order (source order), the program first: what `walk` visits. */
  preorder: readonly A.Node[];
  /** The parent of every node but the program. */
  parents: ParentLookup;
  /** The function nodes (declarations, expressions, arrows), in pre-order. */
  functions: readonly FunctionNode[];
  /** Where a node sits in `preorder`; -1 for a node that is not in this program. */
  position(node: A.Node): number;
  /** By position: the position of the node's parent (-1 for the program). */
  parentPosition: Int32Array;
  /**
   * By position: where the node's subtree ends (exclusive). A subtree is one contiguous run of the
   * pre-order, `preorder[position … subtreeEnd)`, so a pass can scan or binary-search a subtree
   * instead of walking it.
   */
  subtreeEnd: Int32Array;
  /**
   * The positions of the nodes of the given types, in pre-order. A pass that needs a few node types
   * reads these lists instead of testing every node's `type`: the nodes have dozens of shapes, so
   * each such test is a megamorphic load, and a scan of all of them costs as much as a walk.
   */
  ofTypes(types: readonly A.Node["type"][]): readonly number[];
}

const indexes = new WeakMap<A.Program, ProgramIndex>();

/** A node's parent, as `programIndex` records it. */
export interface ParentLookup {
  get(node: A.Node): A.Node | undefined;
}

/**
 * Where `programIndex` stores a node's pre-order position: a symbol, so JSON, printing and the AST's
 * types never see it.
 */
const POSITION = Symbol("position");
type Positioned = A.Node & { [POSITION]?: number };

/**
 * A small number for each node type, assigned the first time a type is met (so there is no list of
 * types to keep in step with the AST). `programIndex` records each node's code in a byte array, and
 * `ofTypes` scans those bytes: a scan of a dense byte array is far cheaper than testing each node's
 * `type`, and one code per node costs less to record than a list per type.
 */
const typeCodes = new Map<string, number>();
function typeCode(type: string): number {
  let code = typeCodes.get(type);
  if (code === undefined) {
    code = typeCodes.size + 1;
    typeCodes.set(type, code);
  }
  return code;
}

/** A copy of `a` with twice its length: the tree index grows its typed arrays by doubling. */
function grown<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/**
 * One walk of a program, computed once and shared by the passes that would otherwise each walk the
 * whole tree again (names for the lints, site keys, the analysis, lint facts, loop-bound checks).
 * Arrays, and each node's position under a symbol on the node: the only thing ever added to a tree
 * after parsing (a `WeakMap` of every node costs far more in GC, a `Map` twice this walk). Parents,
 * type codes and subtree ends are typed arrays indexed by position (grown by doubling while the walk
 * does not yet know how many nodes there are): a `number[]` grown by `push` allocates several times
 * its final size, in 8-byte slots.
 */
export function programIndex(program: A.Program): ProgramIndex {
  const cached = indexes.get(program);
  if (cached) return cached;
  const preorder: A.Node[] = [];
  let parentAt = new Int32Array(1024);
  let codeAt = new Uint8Array(1024);
  const functions: FunctionNode[] = [];
  const stack: A.Node[] = [program];
  // The position of each stacked node's parent, parallel to `stack`.
  const stackParents: number[] = [-1];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const at = preorder.length;
    (node as Positioned)[POSITION] = at;
    preorder.push(node);
    if (at === parentAt.length) {
      parentAt = grown(parentAt);
      codeAt = grown(codeAt);
    }
    parentAt[at] = stackParents.pop()!;
    const type = node.type;
    codeAt[at] = typeCode(type);
    if (type === "FunctionDeclaration" || type === "FunctionExpression" || type === "ArrowFunctionExpression") functions.push(node as FunctionNode);
    const base = stackChildren(node, stack);
    for (let i = base; i < stack.length; i++) stackParents.push(at);
  }
  const n = preorder.length;
  const parentPosition = parentAt.subarray(0, n);
  const codes = codeAt.subarray(0, n);
  // A subtree ends where its last descendant's does: fold ends into parents from the back.
  const subtreeEnd = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (subtreeEnd[i]! < i + 1) subtreeEnd[i] = i + 1;
    const p = parentPosition[i]!;
    if (p >= 0 && subtreeEnd[p]! < subtreeEnd[i]!) subtreeEnd[p] = subtreeEnd[i]!;
  }
  const position = (node: A.Node): number => {
    const at = (node as Positioned)[POSITION];
    return at !== undefined && preorder[at] === node ? at : -1;
  };
  const parents: ParentLookup = {
    get: (node) => {
      const at = position(node);
      return at > 0 ? preorder[parentPosition[at]!] : undefined;
    },
  };
  const ofTypes = (types: readonly A.Node["type"][]): readonly number[] => {
    // Which codes are wanted, then one scan of the codes: the positions come out in pre-order.
    const wanted = new Uint8Array(256);
    let any = false;
    for (const t of types) {
      const code = typeCodes.get(t);
      if (code !== undefined) {
        wanted[code] = 1;
        any = true;
      }
    }
    const out: number[] = [];
    if (any) for (let i = 0; i < n; i++) if (wanted[codes[i]!] === 1) out.push(i);
    return out;
  };
  const index: ProgramIndex = { preorder, parents, functions, position, parentPosition, subtreeEnd, ofTypes };
  indexes.set(program, index);
  return index;
}

/**
 * The first index of a sorted list of positions whose value is at least `at`: with `subtreeEnd`,
 * where a subtree's entries start in a pre-order list of some nodes.
 */
export function lowerBound(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Names bound by a pattern. */
export function patternNames(p: A.Pattern, out: A.Identifier[] = []): A.Identifier[] {
  switch (p.type) {
    case "Identifier":
      out.push(p);
      break;
    case "AssignmentPattern":
      patternNames(p.left, out);
      break;
    case "RestElement":
      patternNames(p.argument, out);
      break;
    case "ObjectPattern":
      for (const prop of p.properties) patternNames(prop.type === "RestElement" ? prop : prop.value, out);
      break;
    case "ArrayPattern":
      for (const el of p.elements) if (el) patternNames(el, out);
      break;
  }
  return out;
}

/** `a.b.c` → "a.b.c"; anything else → undefined. */
export function memberPath(e: A.Expression): string | undefined {
  if (e.type === "Identifier") return e.name;
  if (e.type === "MemberExpression" && !e.computed && e.property.type === "Identifier") {
    const base = memberPath(e.object);
    return base === undefined ? undefined : `${base}.${e.property.name}`;
  }
  return undefined;
}

/** The source text of a node. */
export function textOf(source: string, node: { span: A.Span }): string {
  return source.slice(node.span.start, node.span.end);
}

/**
 * The one form of `new Promise` the language has, a sleep: `new Promise((resolve) => setTimeout(resolve, ms))`
 * (also with a block body, or `() => resolve()` as the callback). Returns the delay expression, or
 * undefined for any other `new` expression. The check, the bounds (which add the delay to the time)
 * and the runtime (through `sleepParts`) recognise it by this one rule.
 */
export function sleepDelay(e: A.NewExpression): A.Expression | undefined {
  return sleepParts(e)?.delay;
}

/** A sleep's `setTimeout(…)` call and its delay (see `sleepDelay`). */
export function sleepParts(e: A.NewExpression): { timer: A.CallExpression; delay: A.Expression } | undefined {
  if (e.callee.type !== "Identifier" || e.callee.name !== "Promise" || e.arguments.length !== 1) return undefined;
  const executor = e.arguments[0]!;
  if (executor.type !== "ArrowFunctionExpression" && executor.type !== "FunctionExpression") return undefined;
  const resolve = executor.params[0];
  if (!resolve || resolve.type !== "Identifier") return undefined;
  let call: A.Node | undefined = executor.body;
  if (call.type === "BlockStatement") call = call.body.length === 1 && call.body[0]!.type === "ExpressionStatement" ? call.body[0]!.expression : undefined;
  if (!call || call.type !== "CallExpression" || call.callee.type !== "Identifier" || call.callee.name !== "setTimeout" || call.arguments.length !== 2) return undefined;
  const [cb, ms] = call.arguments as [A.Expression | A.SpreadElement, A.Expression | A.SpreadElement];
  if (ms.type === "SpreadElement") return undefined;
  const callsResolve =
    (cb.type === "Identifier" && cb.name === resolve.name) ||
    (cb.type === "ArrowFunctionExpression" && cb.params.length === 0 && cb.body.type === "CallExpression" && cb.body.arguments.length === 0 && cb.body.callee.type === "Identifier" && cb.body.callee.name === resolve.name);
  return callsResolve ? { timer: call, delay: ms } : undefined;
}
