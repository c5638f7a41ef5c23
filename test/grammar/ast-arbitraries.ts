/**
 * fast-check arbitraries for random ASTs of the wf subset, and `stripSpans` for comparing trees.
 *
 * The trees are the shapes the parser itself builds (ESTree-style, spans zeroed), so that
 * print → parse must give back exactly the same tree. Shapes the parser can never produce are
 * avoided on purpose: an optional link outside a ChainExpression, an `if … else` whose consequent
 * ends in an open `if`, declarations as the single body of `if`/`for`, rest elements not last.
 */
import fc from "fast-check";
import type * as A from "../../grammar/ast.js";

const S = { start: 0, end: 0 };
// Nodes are built loosely and checked against the parser's output, not the type checker.
type N = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Deep copy without `span` keys, so trees from different texts compare by shape. */
export function stripSpans<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (k, v) => (k === "span" ? undefined : v)));
}

export const identifierNames = ["a", "b", "c", "xs", "item", "n", "i", "$", "_y", "é", "of"];
const keywordKeys = ["default", "if", "new", "class", "return", "get", "set", "async", "in", "of"];

const ident = fc.constantFrom(...identifierNames).map((name): N => ({ type: "Identifier", name, span: S }));

const numberRaw = fc.oneof(
  fc.nat({ max: 100000 }).map(String),
  fc.constantFrom("1.5", ".5", "1e3", "2E-3", "0x1F", "0b101", "0o17", "1_000", "10n", "1.", "0", "3.14e+2"),
);
export const numberValue = (raw: string): number => Number(raw.replace(/_/g, "").replace(/n$/, ""));
const number = numberRaw.map((raw): N => ({ type: "NumericLiteral", value: numberValue(raw), raw, span: S }));

/** Characters that stress escaping: quotes, backslashes, line terminators, controls, lone surrogates, astral. */
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("a", "b", " ", "z", "0", "é") },
  { weight: 3, arbitrary: fc.constantFrom('"', "'", "\\", "`", "$", "{", "}", "${", "\n", "\r", "\r\n", "\t", "\0", "\b", "\v", "\f", "\x7f", "\u2028", "\u2029", "\ud800", "\udc00", "😀", "/", "*/") },
);
const text = fc.string({ unit, maxLength: 8 });

/** An escaper independent of the printer's: single quotes, every non-ASCII or control unit as `\uXXXX`. */
export function singleQuote(value: string): string {
  let out = "'";
  for (const ch of value.split("")) {
    const c = ch.charCodeAt(0);
    if (ch === "'" || ch === "\\") out += "\\" + ch;
    else if (c < 0x20 || c > 0x7e) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + "'";
}

export function makeArbitraries(opts: { quote: (v: string) => string; acornSafe?: boolean }) {
  const safe = opts.acornSafe ?? false;
  const string = fc
    .tuple(text, fc.boolean())
    .map(([value, single]): N => ({ type: "StringLiteral", value, raw: single ? singleQuote(value) : opts.quote(value), span: S }));
  const leafLiteral = fc.oneof(
    number,
    string,
    fc.boolean().map((value): N => ({ type: "BooleanLiteral", value, span: S })),
    fc.constant<N>({ type: "NullLiteral", span: S }),
    fc
      .tuple(fc.constantFrom("a+", "\\d{2,}", "[/]", "x\\/y", "^(?:a|b)$", "[\\]]"), fc.constantFrom("", "g", "gi", "u", "s"))
      .map(([pattern, flags]): N => ({ type: "RegExpLiteral", pattern, flags, span: S })),
    fc.constant<N>({ type: "ThisExpression", span: S }),
  );
  const quasi = text.map((cooked): N => ({
    type: "TemplateElement",
    cooked,
    raw: cooked.replace(/[\\`$\r]/g, (c) => (c === "\r" ? "\\r" : "\\" + c)),
    span: S,
  }));
  const leaf = fc.oneof({ weight: 3, arbitrary: ident }, { weight: 2, arbitrary: leafLiteral });
  const depth = { maxDepth: 4, depthIdentifier: "ast", depthSize: "small" } as const;

  const propKey = fc.oneof(
    fc.constantFrom(...identifierNames, ...keywordKeys).map((name): N => ({ type: "Identifier", name, span: S })),
    string,
    number,
  );

  const arbs = fc.letrec<Record<string, N>>((tie) => {
    const expr = tie("expr") as fc.Arbitrary<N>;
    const member = fc
      .record({ object: expr, name: fc.constantFrom(...identifierNames, "length") })
      .map(({ object, name }): N => ({ type: "MemberExpression", object, property: { type: "Identifier", name, span: S }, computed: false, optional: false, span: S }));
    const assignTarget = tie("assignTarget") as fc.Arbitrary<N>;
    const binding = tie("binding") as fc.Arbitrary<N>;
    const block = tie("block") as fc.Arbitrary<N>;

    /** A parameter or pattern element: a binding, optionally with a default. */
    const withDefault = (p: fc.Arbitrary<N>): fc.Arbitrary<N> =>
      fc.tuple(p, fc.option(expr, { nil: null, freq: 3 })).map(([left, right]): N => (right ? { type: "AssignmentPattern", left, right, span: S } : left));
    /** A list with an optional rest element last. */
    const withRest = (item: fc.Arbitrary<N>, rest: fc.Arbitrary<N>, max: number): fc.Arbitrary<N[]> =>
      fc.tuple(fc.array(item, { maxLength: max }), fc.option(rest, { nil: null, freq: 4 })).map(([xs, r]) => (r ? [...xs, { type: "RestElement", argument: r, span: S }] : xs));

    const objectPattern = (leafTarget: fc.Arbitrary<N>, restTarget: fc.Arbitrary<N>) =>
      withRest(
        fc.oneof(
          fc.tuple(ident, fc.option(expr, { nil: null, freq: 3 })).map(([key, dflt]): N => ({
            type: "PatternProperty",
            key,
            computed: false,
            shorthand: true,
            value: dflt ? { type: "AssignmentPattern", left: { ...key }, right: dflt, span: S } : { ...key },
            span: S,
          })),
          fc.tuple(propKey, withDefault(leafTarget)).map(([key, value]): N => ({ type: "PatternProperty", key, computed: false, shorthand: false, value, span: S })),
          fc.tuple(expr, withDefault(leafTarget)).map(([key, value]): N => ({ type: "PatternProperty", key, computed: true, shorthand: false, value, span: S })),
        ),
        // JavaScript allows only a name (binding) or a simple target after `...` in an object pattern.
        restTarget,
        3,
      ).map((properties): N => ({ type: "ObjectPattern", properties, span: S }));
    const arrayPattern = (leafTarget: fc.Arbitrary<N>) =>
      withRest(fc.oneof({ weight: 4, arbitrary: withDefault(leafTarget) }, { weight: 1, arbitrary: fc.constant(null) }), leafTarget, 3).map(
        (elements): N => ({ type: "ArrayPattern", elements, span: S }),
      );

    const params = (safe ? fc.array(binding, { maxLength: 3 }) : withRest(withDefault(binding), binding, 3)).filter(
      (ps) => !safe || distinctNames(ps),
    );
    const fnBody = safe
      ? fc.option(expr, { nil: null }).map((e): N => ({ type: "BlockStatement", body: e ? [{ type: "ReturnStatement", argument: e, span: S }] : [], span: S }))
      : block;

    const chainLink = fc.oneof(
      fc.record({ kind: fc.constant("member" as const), name: fc.constantFrom(...identifierNames, "length"), optional: fc.boolean() }),
      fc.record({ kind: fc.constant("computed" as const), prop: expr, optional: fc.boolean() }),
      fc.record({ kind: fc.constant("call" as const), args: fc.array(expr, { maxLength: 2 }), optional: fc.boolean() }),
    );
    const chain = fc.tuple(expr, fc.array(chainLink, { minLength: 1, maxLength: 3 })).map(([base, rawLinks]): N => {
      // acorn 8 lexes `/` after `?.of` as the start of a regex (its `of` rule only exempts a
      // plain `.`); V8 and our parser read division. Keep acorn, the oracle, out of its own bug.
      const links = safe ? rawLinks.map((l) => (l.kind === "member" && l.name === "of" ? { ...l, optional: false } : l)) : rawLinks;
      let node: N = base;
      for (const l of links) {
        if (l.kind === "member") node = { type: "MemberExpression", object: node, property: { type: "Identifier", name: l.name, span: S }, computed: false, optional: l.optional, span: S };
        else if (l.kind === "computed") node = { type: "MemberExpression", object: node, property: l.prop, computed: true, optional: l.optional, span: S };
        else node = { type: "CallExpression", callee: node, arguments: l.args, optional: l.optional, span: S };
      }
      return links.some((l) => l.optional) ? { type: "ChainExpression", expression: node, span: S } : node;
    });

    const unaryOps = safe ? ["!", "-", "+", "~", "typeof", "void"] : ["!", "-", "+", "~", "typeof", "void", "delete"];
    const binaryOps = ["+", "-", "*", "/", "%", "**", "<", ">", "<=", ">=", "==", "!=", "===", "!==", "&", "|", "^", "<<", ">>", ">>>", "in", "instanceof"];
    const compoundOps = ["+=", "-=", "*=", "/=", "%=", "**=", "&&=", "||=", "??=", "<<=", ">>=", ">>>=", "&=", "|=", "^="];
    const simpleTarget = fc.oneof(ident, member);

    const alternatives: fc.Arbitrary<N>[] = [
      leaf,
      fc
        .array(fc.tuple(quasi, expr), { minLength: 1, maxLength: 3 })
        .chain((parts) => quasi.map((last): N => ({ type: "TemplateLiteral", quasis: [...parts.map((p) => p[0]), last], expressions: parts.map((p) => p[1]), span: S }))),
      fc
        .array(fc.oneof({ weight: 5, arbitrary: expr }, { weight: 1, arbitrary: expr.map((argument): N => ({ type: "SpreadElement", argument, span: S })) }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 4 })
        .map((elements): N => ({ type: "ArrayExpression", elements, span: S })),
      fc
        .array(
          fc.oneof(
            fc.tuple(propKey, expr).map(([key, value]): N => ({ type: "Property", key, computed: false, shorthand: false, method: false, value, span: S })),
            fc.tuple(expr, expr).map(([key, value]): N => ({ type: "Property", key, computed: true, shorthand: false, method: false, value, span: S })),
            ident.map((key): N => ({ type: "Property", key, computed: false, shorthand: true, method: false, value: { ...key }, span: S })),
            expr.map((argument): N => ({ type: "SpreadElement", argument, span: S })),
          ),
          { maxLength: 4 },
        )
        .map((properties): N => ({ type: "ObjectExpression", properties, span: S })),
      fc
        .record({ async: fc.boolean(), params, body: fc.oneof(expr, fnBody) })
        .map(({ async, params, body }): N => ({ type: "ArrowFunctionExpression", params, body, async, span: S })),
      fc
        // Not async: the parser does not read `async function` in expression position yet (parser.test.ts, it.fails).
        .record({ async: fc.constant(false), id: fc.option(ident, { nil: null }), params, body: fnBody })
        .map(({ async, id, params, body }): N => ({ type: "FunctionExpression", id, params, body, async, span: S })),
      fc.tuple(fc.constantFrom(...unaryOps), expr).map(([operator, argument]): N => ({ type: "UnaryExpression", operator, argument, span: S })),
      fc.tuple(fc.constantFrom("++", "--"), fc.boolean(), simpleTarget).map(([operator, prefix, argument]): N => ({ type: "UpdateExpression", operator, prefix, argument, span: S })),
      fc.tuple(fc.constantFrom(...binaryOps), expr, expr).map(([operator, left, right]): N => ({ type: "BinaryExpression", operator, left, right, span: S })),
      fc.tuple(fc.constantFrom("&&", "||", "??"), expr, expr).map(([operator, left, right]): N => ({ type: "LogicalExpression", operator, left, right, span: S })),
      fc.tuple(assignTarget, expr).map(([left, right]): N => ({ type: "AssignmentExpression", operator: "=", left, right, span: S })),
      fc.tuple(fc.constantFrom(...compoundOps), simpleTarget, expr).map(([operator, left, right]): N => ({ type: "AssignmentExpression", operator, left, right, span: S })),
      fc.tuple(expr, expr, expr).map(([test, consequent, alternate]): N => ({ type: "ConditionalExpression", test, consequent, alternate, span: S })),
      fc.array(expr, { minLength: 2, maxLength: 3 }).map((expressions): N => ({ type: "SequenceExpression", expressions, span: S })),
      chain,
      fc
        .tuple(fc.oneof(ident, member, expr), fc.array(fc.oneof(expr, expr.map((argument): N => ({ type: "SpreadElement", argument, span: S }))), { maxLength: 2 }))
        .map(([callee, args]): N => ({ type: "NewExpression", callee, arguments: args, span: S })),
    ];
    if (!safe) alternatives.push(expr.map((argument): N => ({ type: "AwaitExpression", argument, span: S })));

    return {
      expr: fc.oneof(depth, ...alternatives),
      binding: fc.oneof(depth, ident, objectPattern(binding, ident), arrayPattern(binding)),
      assignTarget: fc.oneof(depth, simpleTarget, objectPattern(assignTarget, simpleTarget), arrayPattern(assignTarget)),
      block: fc.array(tie("listStatement") as fc.Arbitrary<N>, { maxLength: 3 }).map((body): N => ({ type: "BlockStatement", body, span: S })),
      listStatement: fc.oneof(
        { weight: 4, arbitrary: tie("statement") as fc.Arbitrary<N> },
        { weight: 2, arbitrary: tie("declaration") as fc.Arbitrary<N> },
        {
          weight: 1,
          arbitrary: fc.record({ async: fc.boolean(), id: ident, params, body: block }).map(({ async, id, params, body }): N => ({ type: "FunctionDeclaration", id, params, body, async, span: S })),
        },
      ),
      declaration: fc
        .tuple(fc.constantFrom("const", "let", "var"), fc.array(fc.tuple(binding, fc.option(expr, { nil: null, freq: 4 })), { minLength: 1, maxLength: 2 }))
        .map(([kind, ds]): N => ({ type: "VariableDeclaration", kind, declarations: ds.map(([id, init]) => ({ type: "VariableDeclarator", id, init, span: S })), span: S })),
      statement: fc.oneof(
        depth,
        expr.map((expression): N => ({ type: "ExpressionStatement", expression, span: S })),
        fc.constant<N>({ type: "EmptyStatement", span: S }),
        fc.constant<N>({ type: "BreakStatement", span: S }),
        fc.constant<N>({ type: "ContinueStatement", span: S }),
        fc.option(expr, { nil: null }).map((argument): N => ({ type: "ReturnStatement", argument, span: S })),
        expr.map((argument): N => ({ type: "ThrowStatement", argument, span: S })),
        block,
        fc
          .tuple(expr, tie("statement") as fc.Arbitrary<N>, fc.option(tie("statement") as fc.Arbitrary<N>, { nil: null }))
          .map(([test, consequent, alternate]): N => ({
            type: "IfStatement",
            test,
            // JavaScript gives a dangling `else` to the inner `if`; braces keep the intended tree.
            consequent: alternate && endsWithOpenIf(consequent) ? { type: "BlockStatement", body: [consequent], span: S } : consequent,
            alternate,
            span: S,
          })),
        fc
          .tuple(fc.constantFrom("const", "let", "var"), binding, expr, tie("statement") as fc.Arbitrary<N>)
          .map(([kind, id, right, body]): N => ({
            type: "ForOfStatement",
            left: { type: "VariableDeclaration", kind, declarations: [{ type: "VariableDeclarator", id, init: null, span: S }], span: S },
            right,
            body,
            span: S,
          })),
        fc
          .tuple(fc.option(fc.oneof(tie("declaration") as fc.Arbitrary<N>, expr), { nil: null }), fc.option(expr, { nil: null }), fc.option(expr, { nil: null }), tie("statement") as fc.Arbitrary<N>)
          .map(([init, test, update, body]): N => ({ type: "ForStatement", init, test, update, body, span: S })),
        fc.tuple(expr, tie("statement") as fc.Arbitrary<N>).map(([test, body]): N => ({ type: "WhileStatement", test, body, span: S })),
        fc
          .tuple(block, fc.option(fc.tuple(fc.option(binding, { nil: null }), block), { nil: null }), fc.option(block, { nil: null }))
          .map(([blk, h, finalizer]): N => ({
            type: "TryStatement",
            block: blk,
            handler: h || !finalizer ? { type: "CatchClause", param: h ? h[0] : null, body: h ? h[1] : { type: "BlockStatement", body: [], span: S }, span: S } : null,
            finalizer,
            span: S,
          })),
      ),
    };
  });

  const program = fc
    .tuple(fc.option(arbs["expr"] as fc.Arbitrary<N>, { nil: null, freq: 3 }), fc.array(arbs["listStatement"] as fc.Arbitrary<N>, { maxLength: 5 }))
    .map(([meta, body]): A.Program => {
      const stmts: N[] = [...body];
      if (meta) {
        const declaration = { type: "VariableDeclaration", kind: "const", declarations: [{ type: "VariableDeclarator", id: { type: "Identifier", name: "meta", span: S }, init: meta, span: S }], span: S };
        stmts.unshift({ type: "ExportNamedDeclaration", declaration, span: S });
      }
      return { type: "Program", body: stmts, comments: [], span: S };
    });
  return { expr: arbs["expr"] as fc.Arbitrary<A.Expression>, statement: arbs["listStatement"] as fc.Arbitrary<A.Statement>, program };
}

function endsWithOpenIf(s: N): boolean {
  switch (s.type) {
    case "IfStatement":
      return s.alternate === null || endsWithOpenIf(s.alternate);
    case "ForStatement":
    case "ForOfStatement":
    case "WhileStatement":
      return endsWithOpenIf(s.body);
    default:
      return false;
  }
}

function boundNames(p: N, out: string[]): string[] {
  if (!p) return out;
  if (p.type === "Identifier") out.push(p.name);
  else if (p.type === "AssignmentPattern") boundNames(p.left, out);
  else if (p.type === "RestElement") boundNames(p.argument, out);
  else if (p.type === "ArrayPattern") p.elements.forEach((e: N) => boundNames(e, out));
  else if (p.type === "ObjectPattern") p.properties.forEach((q: N) => boundNames(q.type === "RestElement" ? q.argument : q.value, out));
  return out;
}

function distinctNames(ps: N[]): boolean {
  const names = ps.flatMap((p) => boundNames(p, []));
  return new Set(names).size === names.length;
}
