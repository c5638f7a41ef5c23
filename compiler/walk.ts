import type * as A from "../grammar/ast.js";

/** The direct children of a node, in source order. One table so every pass walks the same way. */
export function children(node: A.Node): A.Node[] {
  const out: A.Node[] = [];
  const add = (n: A.Node | null | undefined): void => {
    if (n) out.push(n);
  };
  switch (node.type) {
    case "Program":
    case "BlockStatement":
      node.body.forEach(add);
      break;
    case "VariableDeclaration":
      node.declarations.forEach(add);
      break;
    case "VariableDeclarator":
      add(node.id);
      add(node.init);
      break;
    case "FunctionDeclaration":
    case "FunctionExpression":
      node.params.forEach(add);
      add(node.body);
      break;
    case "ArrowFunctionExpression":
      node.params.forEach(add);
      add(node.body);
      break;
    case "ExportNamedDeclaration":
      add(node.declaration);
      break;
    case "ReturnStatement":
      add(node.argument);
      break;
    case "IfStatement":
      add(node.test);
      add(node.consequent);
      add(node.alternate);
      break;
    case "ForOfStatement":
      add(node.left);
      add(node.right);
      add(node.body);
      break;
    case "ForStatement":
      add(node.init);
      add(node.test);
      add(node.update);
      add(node.body);
      break;
    case "WhileStatement":
      add(node.test);
      add(node.body);
      break;
    case "ThrowStatement":
      add(node.argument);
      break;
    case "TryStatement":
      add(node.block);
      add(node.handler);
      add(node.finalizer);
      break;
    case "CatchClause":
      add(node.param);
      add(node.body);
      break;
    case "ExpressionStatement":
      add(node.expression);
      break;
    case "TemplateLiteral":
      for (let i = 0; i < node.quasis.length; i++) {
        add(node.quasis[i]);
        add(node.expressions[i]);
      }
      break;
    case "TaggedTemplateExpression":
      add(node.tag);
      add(node.quasi);
      break;
    case "ArrayExpression":
      node.elements.forEach(add);
      break;
    case "ObjectExpression":
      node.properties.forEach(add);
      break;
    case "Property":
      if (node.computed) add(node.key);
      add(node.value);
      break;
    case "SpreadElement":
      add(node.argument);
      break;
    case "UnaryExpression":
    case "UpdateExpression":
    case "AwaitExpression":
      add(node.argument);
      break;
    case "BinaryExpression":
    case "LogicalExpression":
      add(node.left);
      add(node.right);
      break;
    case "AssignmentExpression":
      add(node.left);
      add(node.right);
      break;
    case "ConditionalExpression":
      add(node.test);
      add(node.consequent);
      add(node.alternate);
      break;
    case "CallExpression":
    case "NewExpression":
      add(node.callee);
      node.arguments.forEach(add);
      break;
    case "MemberExpression":
      add(node.object);
      if (node.computed) add(node.property);
      break;
    case "ChainExpression":
      add(node.expression);
      break;
    case "SequenceExpression":
      node.expressions.forEach(add);
      break;
    case "AssignmentPattern":
      add(node.left);
      add(node.right);
      break;
    case "RestElement":
      add(node.argument);
      break;
    case "ObjectPattern":
      node.properties.forEach(add);
      break;
    case "PatternProperty":
      if (node.computed) add(node.key);
      add(node.value);
      break;
    case "ArrayPattern":
      node.elements.forEach(add);
      break;
    default:
      break;
  }
  return out;
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
