/**
 * The grammar, construct by construct: what each piece of the subset parses to, how automatic semicolon
 * insertion behaves, what excluded constructs become, that comments are kept, that absurd nesting is a
 * positioned WF1002 and never a crash, and that one pass reports several independent errors.
 */
import { describe, expect, it, vi } from "vitest";
import { parse } from "../../grammar/parse.js";
import type { Expression, Statement } from "../../grammar/ast.js";
import { stripSpans } from "./ast-arbitraries.js";

function clean(src: string) {
  const r = parse(src);
  expect(r.diagnostics, src).toEqual([]);
  return r.program;
}
const stmt = (src: string): Statement => stripSpans(clean(src).body[0]!);
function expr(src: string): Expression {
  const s = stmt(src);
  if (s.type !== "ExpressionStatement") throw new Error(`not an expression statement: ${s.type}`);
  return s.expression;
}
const id = (name: string) => ({ type: "Identifier", name });
const num = (raw: string) => ({ type: "NumericLiteral", value: Number(raw), raw });
const codes = (src: string) => parse(src).diagnostics.map((d) => d.code);

describe("statements", () => {
  it("declarations with destructuring, defaults and rest", () => {
    expect(stmt("const { a, b: [c, , ...d] = [], ...e } = x")).toEqual({
      type: "VariableDeclaration",
      kind: "const",
      declarations: [
        {
          type: "VariableDeclarator",
          id: {
            type: "ObjectPattern",
            properties: [
              { type: "PatternProperty", key: id("a"), computed: false, shorthand: true, value: id("a") },
              {
                type: "PatternProperty",
                key: id("b"),
                computed: false,
                shorthand: false,
                value: {
                  type: "AssignmentPattern",
                  left: { type: "ArrayPattern", elements: [id("c"), null, { type: "RestElement", argument: id("d") }] },
                  right: { type: "ArrayExpression", elements: [] },
                },
              },
              { type: "RestElement", argument: id("e") },
            ],
          },
          init: id("x"),
        },
      ],
    });
    expect(stmt("let a = 1, b").type).toBe("VariableDeclaration");
    expect(stmt("var v = 1")).toMatchObject({ kind: "var" });
  });

  it("function declarations, sync and async, with default and rest parameters", () => {
    expect(stmt("async function f(a, b = 2, ...rest) { return a }")).toEqual({
      type: "FunctionDeclaration",
      id: id("f"),
      async: true,
      params: [id("a"), { type: "AssignmentPattern", left: id("b"), right: num("2") }, { type: "RestElement", argument: id("rest") }],
      body: { type: "BlockStatement", body: [{ type: "ReturnStatement", argument: id("a") }] },
    });
    expect(stmt("function g() {}")).toMatchObject({ type: "FunctionDeclaration", async: false, params: [] });
  });

  it("export const meta", () => {
    expect(stmt("export const meta = { name: 'x' }")).toMatchObject({
      type: "ExportNamedDeclaration",
      declaration: { kind: "const", declarations: [{ id: id("meta"), init: { type: "ObjectExpression" } }] },
    });
  });

  it("if/else, loops, break/continue, try/catch/finally, throw, blocks, empty statements", () => {
    expect(stmt("if (a) b(); else if (c) {} else ;")).toMatchObject({
      type: "IfStatement",
      test: id("a"),
      consequent: { type: "ExpressionStatement" },
      alternate: { type: "IfStatement", consequent: { type: "BlockStatement", body: [] }, alternate: { type: "EmptyStatement" } },
    });
    expect(stmt("for (const [k, v] of Object.entries(o)) continue")).toMatchObject({
      type: "ForOfStatement",
      left: { type: "VariableDeclaration", kind: "const", declarations: [{ id: { type: "ArrayPattern" }, init: null }] },
      right: { type: "CallExpression" },
      body: { type: "ContinueStatement" },
    });
    expect(stmt("for (let i = 0; i < 3; i++) break")).toEqual({
      type: "ForStatement",
      init: { type: "VariableDeclaration", kind: "let", declarations: [{ type: "VariableDeclarator", id: id("i"), init: num("0") }] },
      test: { type: "BinaryExpression", operator: "<", left: id("i"), right: num("3") },
      update: { type: "UpdateExpression", operator: "++", prefix: false, argument: id("i") },
      body: { type: "BreakStatement" },
    });
    expect(stmt("for (;;) {}")).toMatchObject({ type: "ForStatement", init: null, test: null, update: null });
    expect(stmt("while (i < 3 && !done) { i++ }")).toMatchObject({ type: "WhileStatement", test: { type: "LogicalExpression", operator: "&&" } });
    expect(stmt("try { a() } catch { b() } finally { c() }")).toMatchObject({
      type: "TryStatement",
      handler: { type: "CatchClause", param: null },
      finalizer: { type: "BlockStatement" },
    });
    expect(stmt("try {} catch ({ message }) {}")).toMatchObject({ handler: { param: { type: "ObjectPattern" } }, finalizer: null });
    expect(stmt("throw new Error('x')")).toMatchObject({ type: "ThrowStatement", argument: { type: "NewExpression", callee: id("Error") } });
    expect(stmt(";")).toEqual({ type: "EmptyStatement" });
    expect(stmt("return")).toEqual({ type: "ReturnStatement", argument: null });
  });
});

describe("expressions", () => {
  it("literals", () => {
    expect(expr("0x1F")).toEqual({ type: "NumericLiteral", value: 31, raw: "0x1F" });
    expect(expr("1_000.5e-1")).toEqual({ type: "NumericLiteral", value: 100.05, raw: "1_000.5e-1" });
    expect(expr("'a\\n\\'b\\u{1F600}'")).toEqual({ type: "StringLiteral", value: "a\n'b😀", raw: "'a\\n\\'b\\u{1F600}'" });
    expect(expr("true")).toEqual({ type: "BooleanLiteral", value: true });
    expect(expr("null")).toEqual({ type: "NullLiteral" });
    expect(expr("/[/]a\\/b/gu")).toEqual({ type: "RegExpLiteral", pattern: "[/]a\\/b", flags: "gu" });
  });

  it("template literals keep raw and cooked text, holes nest", () => {
    expect(expr("`a\\t${x}b${`c${y}`}`")).toEqual({
      type: "TemplateLiteral",
      quasis: [
        { type: "TemplateElement", raw: "a\\t", cooked: "a\t" },
        { type: "TemplateElement", raw: "b", cooked: "b" },
        { type: "TemplateElement", raw: "", cooked: "" },
      ],
      expressions: [
        id("x"),
        {
          type: "TemplateLiteral",
          quasis: [
            { type: "TemplateElement", raw: "c", cooked: "c" },
            { type: "TemplateElement", raw: "", cooked: "" },
          ],
          expressions: [id("y")],
        },
      ],
    });
    expect(expr("`{ ${ {a: 1}.a } }`")).toMatchObject({ expressions: [{ type: "MemberExpression" }] });
  });

  it("arrays and objects with spread, shorthand, computed keys", () => {
    expect(expr("[a, ...b]")).toEqual({ type: "ArrayExpression", elements: [id("a"), { type: "SpreadElement", argument: id("b") }] });
    expect(expr("({ a, 'b': 1, 2: c, [k]: v, ...rest })")).toEqual({
      type: "ObjectExpression",
      properties: [
        { type: "Property", key: id("a"), computed: false, shorthand: true, method: false, value: id("a") },
        { type: "Property", key: { type: "StringLiteral", value: "b", raw: "'b'" }, computed: false, shorthand: false, method: false, value: num("1") },
        { type: "Property", key: num("2"), computed: false, shorthand: false, method: false, value: id("c") },
        { type: "Property", key: id("k"), computed: true, shorthand: false, method: false, value: id("v") },
        { type: "SpreadElement", argument: id("rest") },
      ],
    });
    expect(expr("({ default: 1, if: 2 })")).toMatchObject({ properties: [{ key: id("default") }, { key: id("if") }] });
  });

  it("arrow functions: bare parameter, destructured parameters, async, expression and block bodies", () => {
    expect(expr("x => x")).toEqual({ type: "ArrowFunctionExpression", params: [id("x")], body: id("x"), async: false });
    expect(expr("async ({ a }, [b] = []) => { await a }")).toMatchObject({
      type: "ArrowFunctionExpression",
      async: true,
      params: [{ type: "ObjectPattern" }, { type: "AssignmentPattern", left: { type: "ArrayPattern" } }],
      body: { type: "BlockStatement", body: [{ type: "ExpressionStatement", expression: { type: "AwaitExpression" } }] },
    });
    expect(expr("() => ({})")).toMatchObject({ params: [], body: { type: "ObjectExpression" } });
    expect(expr("async x => x")).toMatchObject({ async: true, params: [id("x")] });
  });

  it("function expressions", () => {
    expect(expr("(function named(a) {})")).toMatchObject({ type: "FunctionExpression", id: id("named"), async: false });
  });

  it("precedence: `**` is right-associative, `*` before `+`, `??` lowest of the binaries", () => {
    expect(expr("a ** b ** c")).toMatchObject({ operator: "**", left: id("a"), right: { operator: "**", left: id("b") } });
    expect(expr("a + b * c - d")).toMatchObject({ operator: "-", left: { operator: "+", right: { operator: "*" } }, right: id("d") });
    expect(expr("a ?? b")).toEqual({ type: "LogicalExpression", operator: "??", left: id("a"), right: id("b") });
    expect(expr("a || b && c")).toMatchObject({ operator: "||", right: { operator: "&&" } });
    expect(expr("a < b == c instanceof d")).toMatchObject({ operator: "==", left: { operator: "<" }, right: { operator: "instanceof" } });
    expect(expr("'k' in o")).toMatchObject({ type: "BinaryExpression", operator: "in" });
  });

  it("unary, typeof, update, await, conditional, sequence, assignment operators", () => {
    expect(expr("typeof !-x")).toMatchObject({ operator: "typeof", argument: { operator: "!", argument: { operator: "-" } } });
    expect(expr("--a.b")).toMatchObject({ type: "UpdateExpression", operator: "--", prefix: true, argument: { type: "MemberExpression" } });
    expect(expr("a ? b : c ? d : e")).toMatchObject({ type: "ConditionalExpression", alternate: { type: "ConditionalExpression" } });
    expect(expr("a, b, c")).toMatchObject({ type: "SequenceExpression", expressions: [id("a"), id("b"), id("c")] });
    for (const op of ["=", "+=", "-=", "*=", "/=", "%=", "**=", "&&=", "||=", "??=", "<<=", ">>=", ">>>=", "&=", "|=", "^="]) {
      expect(expr(`a ${op} b`)).toEqual({ type: "AssignmentExpression", operator: op, left: id("a"), right: id("b") });
    }
    expect(expr("[a, { b }] = c")).toMatchObject({ left: { type: "ArrayPattern", elements: [id("a"), { type: "ObjectPattern" }] } });
    expect(expr("await agent(x)")).toMatchObject({ type: "AwaitExpression", argument: { type: "CallExpression" } });
  });

  it("optional chains are wrapped once, at their outermost link", () => {
    expect(expr("a?.b.c(d)")).toEqual({
      type: "ChainExpression",
      expression: {
        type: "CallExpression",
        optional: false,
        arguments: [id("d")],
        callee: {
          type: "MemberExpression",
          computed: false,
          optional: false,
          property: id("c"),
          object: { type: "MemberExpression", object: id("a"), property: id("b"), computed: false, optional: true },
        },
      },
    });
    expect(expr("a?.[0]")).toMatchObject({ type: "ChainExpression", expression: { computed: true, optional: true } });
    expect(expr("f?.()")).toMatchObject({ type: "ChainExpression", expression: { type: "CallExpression", optional: true } });
    expect(expr("(a?.b).c")).toMatchObject({ type: "MemberExpression", object: { type: "ChainExpression" } });
  });

  it("new with and without arguments, member callees", () => {
    expect(expr("new Map()")).toEqual({ type: "NewExpression", callee: id("Map"), arguments: [] });
    expect(expr("new Set")).toEqual({ type: "NewExpression", callee: id("Set"), arguments: [] });
    expect(expr("new a.B(x).c")).toMatchObject({ type: "MemberExpression", object: { type: "NewExpression", callee: { type: "MemberExpression" }, arguments: [id("x")] } });
  });

  // Parser bug: `primary` tries its Identifier alternative first and `async` is an Identifier, so
  // `async function` in expression position never reaches `functionExpression`. Fix in grammar/parser.ts:
  // give the functionExpression alternative of `primary` a GATE (LA(1) is `function`, or `async` followed
  // by `function`) and move it before the Identifier alternative.
  it("async function expressions", () => {
    expect(expr("(async function () { return 1 })")).toMatchObject({ type: "FunctionExpression", async: true });
  });

  // Parser bug: `new a[b]()` gives Call(Member(New(a), b)); JavaScript reads New(Member(a, b)). Fix:
  // `newExpression` should accept `[expr]` as well as `.name` in its MANY loop of callee members.
  it("new with a computed member callee", () => {
    expect(expr("new a[b]()")).toMatchObject({ type: "NewExpression", callee: { type: "MemberExpression", computed: true } });
  });

  // Parser bug: `async` as a plain arrow parameter: `async => 1` gives WF1001. `arrowFunction`'s
  // OPTION(Async) consumes the name; it needs a GATE that LA(2) is not `=>`.
  it("an arrow whose parameter is named async", () => {
    expect(expr("async => 1")).toMatchObject({ type: "ArrowFunctionExpression", async: false, params: [id("async")] });
  });
});

describe("the lexer's regex-or-division decision", () => {
  // Lexer bug: after `.`, a keyword is a property name, so a following `/` divides; the lexer sees the
  // keyword token (not in `dividesAfter`) and reads `/ n + x /` as a regex. Fix in grammar/tokens.ts:
  // in RegExpLiteral's exec, also return null when `prev` is in the IdentifierName category and the token
  // before it is `.` or `?.`.
  it("a keyword property name followed by division", () => {
    expect(codes("const avg = stats.default / n + x / 2")).toEqual([]);
  });
  // Lexer bug: a regex that starts the body of `if (…)`/`while (…)`/`for (…)`, or follows `of`, is read
  // as division because the previous token is `)` (or `of`). Fix: track, in the lexer's custom matcher,
  // whether the `)` closes a statement head (a stack of open parens noting which followed if/while/for),
  // and treat `of` after a binding as an operator keyword. Plans rarely hit this; the printer works
  // around it by parenthesising.
  it("a regex at the start of an if body", () => {
    expect(codes("if (a) /x/.test(s)")).toEqual([]);
  });
});

describe("automatic semicolon insertion", () => {
  it("`return` followed by a newline returns nothing", () => {
    expect(clean("return\nx").body.map((s) => s.type)).toEqual(["ReturnStatement", "ExpressionStatement"]);
    expect(stmt("return\nx")).toEqual({ type: "ReturnStatement", argument: null });
  });
  it("`++` after a newline starts a new statement", () => {
    expect(stripSpans(clean("a\n++b").body)).toEqual([
      { type: "ExpressionStatement", expression: id("a") },
      { type: "ExpressionStatement", expression: { type: "UpdateExpression", operator: "++", prefix: true, argument: id("b") } },
    ]);
  });
  it("statements on separate lines need no semicolons; `}` and the end of file end one too", () => {
    expect(clean("const a = 1\nlet b = a\nif (b) { f(b) }\nlog(a)").body).toHaveLength(4);
  });
  it("two statements on one line without `;` is WF1011, positioned at the second", () => {
    const r = parse("const a = 1 const b = 2");
    expect(r.diagnostics).toMatchObject([{ code: "WF1011", span: { start: 12, end: 17 }, message: "expected `;` or a line break before `const`" }]);
    expect(r.program.body).toHaveLength(2);
    expect(parse("x = 1 y = 2").diagnostics).toMatchObject([{ code: "WF1011", message: "expected `;` or a line break before the name `y`" }]);
  });
});

describe("excluded constructs parse to Unsupported nodes naming them", () => {
  it.each([
    ["class A {}", "class"],
    ["import x from 'y'", "import"],
    ["export default 1", "export"],
    ["export function f() {}", "export"],
    ["do { x() } while (a)", "do-while"],
    ["for (const k in o) {}", "for-in"],
    ["switch (x) { case 1: break }", "switch"],
    ["label: for (;;) {}", "label"],
    ["break outer", "label"],
    ["with (o) {}", "with"],
    ["debugger", "debugger"],
    ["function* g() {}", "generator"],
    ["async function* g() {}", "generator"],
  ])("%s → UnsupportedStatement %s", (src, construct) => {
    expect(stmt(src)).toEqual({ type: "UnsupportedStatement", construct });
  });

  it.each([
    ["x = class {}", "class"],
    ["x = import('y')", "dynamic-import"],
    ["x = import.meta", "import-meta"],
    ["x = super.y", "super"],
    ["x = yield 1", "yield"],
  ])("%s → UnsupportedExpression %s", (src, construct) => {
    expect(JSON.stringify(stmt(src))).toContain(`"type":"UnsupportedExpression","construct":"${construct}"`);
  });

  it("tagged templates, `this`, methods and holes are parsed so the subset check can name them", () => {
    expect(expr("a`t`")).toMatchObject({ type: "TaggedTemplateExpression", tag: id("a") });
    expect(expr("this")).toEqual({ type: "ThisExpression" });
    expect(expr("({ get a() { return 1 }, b() {} })")).toMatchObject({ properties: [{ method: true }, { method: true }] });
    expect(expr("[a, , b]")).toMatchObject({ elements: [id("a"), null, id("b")] });
  });

  it("the statements after an excluded one still parse", () => {
    const p = clean("class A { m() { return 1 } }\nconst x = 1\nswitch (x) { default: f() }\nlog(x)");
    expect(p.body.map((s) => s.type)).toEqual(["UnsupportedStatement", "VariableDeclaration", "UnsupportedStatement", "ExpressionStatement"]);
  });
});

describe("comments", () => {
  it("are kept in source order with their spans, including before `export const meta`", () => {
    const src = "// Lead comment\n/* block\n   comment */\nexport const meta = { name: 'x' } // trailing\nlog(1) /* inline */ // end";
    const p = clean(src);
    expect(p.body[0]!.type).toBe("ExportNamedDeclaration");
    expect(p.comments.map((c) => [c.type, c.value])).toEqual([
      ["LineComment", " Lead comment"],
      ["BlockComment", " block\n   comment "],
      ["LineComment", " trailing"],
      ["BlockComment", " inline "],
      ["LineComment", " end"],
    ]);
    for (const c of p.comments) expect(src.slice(c.span.start, c.span.end)).toMatch(/^(\/\/|\/\*)/);
  });
  it("a comment with a line break counts as a line break for ASI", () => {
    expect(clean("a = 1 /* x\n */ b = 2").body).toHaveLength(2);
  });
});

describe("deep nesting is WF1002, positioned, never a crash", () => {
  const N = 10_000;
  it.each([
    ["parentheses", "x = " + "(".repeat(N) + "1" + ")".repeat(N)],
    ["brackets", "x = " + "[".repeat(N) + "]".repeat(N)],
    ["blocks", "{".repeat(N) + "}".repeat(N)],
    ["objects", "x = " + "{ a: ".repeat(N) + "1" + " }".repeat(N)],
    ["unary operators", "x = " + "!".repeat(N) + "y"],
    ["arrows", "f = " + "a => ".repeat(N) + "1"],
    ["ternaries", "x = " + "a ? ".repeat(N) + "b" + " : c".repeat(N)],
    ["chained ternaries", "x = " + "a ? b : ".repeat(N) + "c"],
    ["templates", "x = " + "`${".repeat(N) + "1" + "}`".repeat(N)],
    ["calls", "x = f" + "(g".repeat(N) + ")".repeat(N)],
    ["ifs", "if (a) ".repeat(N) + "x()"],
  ])("%s", (_what, src) => {
    const r = parse(src);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d.code).toBe("WF1002");
    expect(d.message).toMatch(/nesting is deeper than \d+ levels/);
    expect(d.help).toBeTruthy();
    // Positioned inside the text, past the first levels, not at 0 or the end.
    expect(d.span.start).toBeGreaterThan(40);
    expect(d.span.end).toBeLessThan(src.length);
    expect(d.span.end).toBeGreaterThan(d.span.start);
  });
  it("long flat chains are not nesting", () => {
    expect(parse("x = 1" + " + 1".repeat(N)).diagnostics).toEqual([]);
    expect(parse("x = a" + ".b".repeat(N)).diagnostics).toEqual([]);
  });
});

describe("error recovery", () => {
  it("reports three separate syntax errors in one pass, each on its own line", () => {
    const src = "const a = 1\nconst b = f(\nconst c = )\nconst d = [1, 2\nlet e = 3\n";
    const r = parse(src);
    expect(r.diagnostics.map((d) => [d.code, d.span.start, d.message])).toEqual([
      ["WF1001", 25, "expected `)` but found `const`"],
      ["WF1001", 35, "expected an expression but found `)`"],
      ["WF1001", 53, "expected `,` or `]` but found `let`"],
    ]);
    expect(r.program.body.length).toBeGreaterThanOrEqual(4);
  });
  it("lexer errors are reported with the parse errors", () => {
    expect(codes("x = 'abc\ny = 1 @ 2")).toContain("WF1010");
  });
});

describe("grammar self-analysis", () => {
  // Chevrotain's validations are skipped at run time (start-up cost); here they run. They currently
  // report one ambiguity: in rule `statement`, alternatives 13 (`block`) and 17 (`expressionStatement`)
  // both start with `{` (LCurly). JavaScript resolves it for the block, which is what the parser does
  // (first alternative wins), so behaviour is right, but the grammar should say so: give the
  // expressionStatement alternative `GATE: () => this.LA(1).tokenType !== T.LCurly` (or mark the block
  // alternative `IGNORE_AMBIGUITIES: true`). Then remove `.fails`.
  it("constructs with WFC_VALIDATE_GRAMMAR=1 without grammar definition errors", async () => {
    vi.stubEnv("WFC_VALIDATE_GRAMMAR", "1");
    vi.resetModules();
    try {
      const { WfParser } = await import("../../grammar/parser.js");
      expect(() => new WfParser()).not.toThrow();
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
