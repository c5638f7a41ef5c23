import type * as A from "../grammar/ast.js";

/** The direct children of a node, in source order. One table so every pass walks the same way. */
export function children(node: A.Node): A.Node[] {
  // Hot: every pass walks with it. One array per call, no closure.
  const out: A.Node[] = [];
  switch (node.type) {
    case "Program":
    case "BlockStatement":
      pushAll(out, node.body);
      break;
    case "VariableDeclaration":
      pushAll(out, node.declarations);
      break;
    case "VariableDeclarator":
      push(out, node.id);
      push(out, node.init);
      break;
    case "FunctionDeclaration":
    case "FunctionExpression":
      pushAll(out, node.params);
      push(out, node.body);
      break;
    case "ArrowFunctionExpression":
      pushAll(out, node.params);
      push(out, node.body);
      break;
    case "ExportNamedDeclaration":
      push(out, node.declaration);
      break;
    case "ReturnStatement":
      push(out, node.argument);
      break;
    case "IfStatement":
      push(out, node.test);
      push(out, node.consequent);
      push(out, node.alternate);
      break;
    case "ForOfStatement":
      push(out, node.left);
      push(out, node.right);
      push(out, node.body);
      break;
    case "ForStatement":
      push(out, node.init);
      push(out, node.test);
      push(out, node.update);
      push(out, node.body);
      break;
    case "WhileStatement":
      push(out, node.test);
      push(out, node.body);
      break;
    case "ThrowStatement":
      push(out, node.argument);
      break;
    case "TryStatement":
      push(out, node.block);
      push(out, node.handler);
      push(out, node.finalizer);
      break;
    case "CatchClause":
      push(out, node.param);
      push(out, node.body);
      break;
    case "ExpressionStatement":
      push(out, node.expression);
      break;
    case "TemplateLiteral":
      for (let i = 0; i < node.quasis.length; i++) {
        push(out, node.quasis[i]);
        push(out, node.expressions[i]);
      }
      break;
    case "TaggedTemplateExpression":
      push(out, node.tag);
      push(out, node.quasi);
      break;
    case "ArrayExpression":
      pushAll(out, node.elements);
      break;
    case "ObjectExpression":
      pushAll(out, node.properties);
      break;
    case "Property":
      if (node.computed) push(out, node.key);
      push(out, node.value);
      break;
    case "SpreadElement":
      push(out, node.argument);
      break;
    case "UnaryExpression":
    case "UpdateExpression":
    case "AwaitExpression":
      push(out, node.argument);
      break;
    case "BinaryExpression":
    case "LogicalExpression":
      push(out, node.left);
      push(out, node.right);
      break;
    case "AssignmentExpression":
      push(out, node.left);
      push(out, node.right);
      break;
    case "ConditionalExpression":
      push(out, node.test);
      push(out, node.consequent);
      push(out, node.alternate);
      break;
    case "CallExpression":
    case "NewExpression":
      push(out, node.callee);
      pushAll(out, node.arguments);
      break;
    case "MemberExpression":
      push(out, node.object);
      if (node.computed) push(out, node.property);
      break;
    case "ChainExpression":
      push(out, node.expression);
      break;
    case "SequenceExpression":
      pushAll(out, node.expressions);
      break;
    case "AssignmentPattern":
      push(out, node.left);
      push(out, node.right);
      break;
    case "RestElement":
      push(out, node.argument);
      break;
    case "ObjectPattern":
      pushAll(out, node.properties);
      break;
    case "PatternProperty":
      if (node.computed) push(out, node.key);
      push(out, node.value);
      break;
    case "ArrayPattern":
      pushAll(out, node.elements);
      break;
    default:
      break;
  }
  return out;
}

function push(out: A.Node[], n: A.Node | null | undefined): void {
  if (n) out.push(n);
}

function pushAll(out: A.Node[], ns: readonly (A.Node | null)[]): void {
  for (const n of ns) if (n) out.push(n);
}

/** Depth-first pre-order walk; return `false` from `enter` to skip a node's children. */
export function walk(root: A.Node, enter: (node: A.Node, parent: A.Node | null) => boolean | void): void {
  const stack: [A.Node, A.Node | null][] = [[root, null]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (enter(node, parent) === false) continue;
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, node]);
  }
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
