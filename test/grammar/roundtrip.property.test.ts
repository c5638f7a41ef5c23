/**
 * print → parse gives back the tree that was printed, for random trees of the whole subset; and
 * parse → print → parse is a fixed point for the example plans and generated plans.
 *
 * WFC_PROPERTY_RUNS sets the number of random cases per property (default 10,000, what CI runs).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import * as acorn from "acorn";
import { parse } from "../../grammar/parse.js";
import { print, printExpression, quoteString } from "../../grammar/print.js";
import type { Program } from "../../grammar/ast.js";
import { makeArbitraries, stripSpans } from "./ast-arbitraries.js";
// @ts-expect-error: plain ESM helper without types
import { genPlan } from "../../bench/gen-plan.mjs";

const runs = Number(process.env.WFC_PROPERTY_RUNS) || 10_000;
const acornOptions = { ecmaVersion: "latest", sourceType: "module", allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true } as const;

function roundTrip(program: Program): void {
  const text = print(program);
  const reparsed = parse(text);
  if (reparsed.diagnostics.length > 0) {
    throw new Error(`printed text does not parse:\n${text}\n${reparsed.diagnostics.map((d) => `${d.span.start}: ${d.code} ${d.message}`).join("\n")}`);
  }
  expect(stripSpans(reparsed.program)).toEqual(stripSpans(program));
}

describe("print → parse round trip", () => {
  it(`gives back the same program for ${runs} random programs`, () => {
    const { program } = makeArbitraries({ quote: quoteString });
    fc.assert(fc.property(program, roundTrip), { numRuns: runs });
  }, 600_000);

  it(`prints valid JavaScript (acorn agrees) for ${Math.ceil(runs / 2)} random expressions`, () => {
    const { expr } = makeArbitraries({ quote: quoteString, acornSafe: true });
    fc.assert(
      fc.property(expr, (e) => {
        const program: Program = { type: "Program", body: [{ type: "ExpressionStatement", expression: e, span: e.span }], comments: [], span: e.span };
        const text = print(program);
        expect(() => acorn.parse(text, acornOptions), text).not.toThrow();
        roundTrip(program);
      }),
      { numRuns: Math.ceil(runs / 2) },
    );
  }, 600_000);
});

function idempotent(name: string, src: string): void {
  const first = parse(src);
  expect(first.diagnostics, name).toEqual([]);
  const printed = print(first.program);
  const second = parse(printed);
  expect(second.diagnostics, `${name} printed:\n${printed}`).toEqual([]);
  expect(stripSpans(second.program.body)).toEqual(stripSpans(first.program.body));
  // Printing is a fixed point after one pass, and valid JavaScript.
  expect(print(second.program)).toBe(printed);
  expect(() => acorn.parse(printed, acornOptions)).not.toThrow();
}

describe("parse(print(parse(src))) is idempotent", () => {
  const dir = join(import.meta.dirname, "../../examples");
  const examples = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".wf.js")) : [];
  it.skipIf(examples.length === 0).each(examples.length ? examples : ["(no examples yet)"])("examples/%s", (file) => {
    idempotent(file, readFileSync(join(dir, file), "utf8"));
  });
  it.each([1, 10, 37, 200])("a generated %i-stage plan", (n) => {
    idempotent(`genPlan(${n})`, genPlan(n, { seed: n }));
  });
});

describe("printer details", () => {
  const expr = (src: string): string => {
    const r = parse(src);
    expect(r.diagnostics).toEqual([]);
    const s = r.program.body[0]!;
    if (s.type !== "ExpressionStatement") throw new Error(s.type);
    return printExpression(s.expression);
  };
  it.each([
    ["(-a) ** b", "(-a) ** b"],
    ["a ** b ** c", "a ** b ** c"],
    ["(a ** b) ** c", "(a ** b) ** c"],
    ["(a ?? b) || c", "(a ?? b) || c"],
    ["a ?? (b && c)", "a ?? (b && c)"],
    ["(a || b) ?? c", "(a || b) ?? c"],
    ["a - -b", "a - -b"],
    ["- -a", "- -a"],
    ["+ +a", "+ +a"],
    ["-(-1)", "- -1"],
    ["(a?.b).c", "(a?.b).c"],
    ["a?.b.c()", "a?.b.c()"],
    ["new (f())()", "new (f())()"],
    ["new (a.b().c)", "new (a.b().c)()"],
    ["new a.b.c", "new a.b.c()"],
    ["(1).toString()", "(1).toString()"],
    ["x => ({})", "x => ({})"],
    ["x => ({}).a", "x => ({}.a)"],
    ["(a, b) => (c, d)", "(a, b) => (c, d)"],
    ["a ? b : c ? d : e", "a ? b : c ? d : e"],
    ["(a ? b : c) ? d : e", "(a ? b : c) ? d : e"],
    ["f((a, b))", "f((a, b))"],
    ["(await a) ** 2", "(await a) ** 2"],
    ["`a${b}\\n${`c${d}`}`", "`a${b}\\n${`c${d}`}`"],
    ["/[/]\\//gi.test(s)", "/[/]\\//gi.test(s)"],
    ["a ? b : function () {} / 2", "a ? b : (function() {}) / 2"],
  ])("%s prints as %s", (src, out) => {
    expect(expr(src)).toBe(out);
  });

  it("wraps statements that would start with `{`, `function` or a regex", () => {
    expect(print(parse("({ a } = b)").program)).toBe("({ a } = b);\n");
    expect(print(parse("(function () {})()").program)).toBe("(function() {}());\n");
    expect(print(parse("if (x) (/a/).test(s)").program)).toBe("if (x)\n  (/a/.test(s));\n");
  });

  it("reads `/` after `?.of` as division, as V8 does (acorn 8 lexes a regex there)", () => {
    const r = parse("x = a?.of / 2 / 3");
    expect(r.diagnostics).toEqual([]);
    const s = r.program.body[0]!;
    if (s.type !== "ExpressionStatement" || s.expression.type !== "AssignmentExpression") throw new Error("shape");
    expect(s.expression.right.type).toBe("BinaryExpression");
    expect(print(r.program)).toBe("x = a?.of / 2 / 3;\n");
  });

  it("parenthesises `in` inside a for head", () => {
    const src = "for (let i = (a in b); i; ) {}";
    expect(print(parse(src).program)).toBe("for (let i = (a in b); i;) {}\n");
  });

  it("keeps a string's raw form when it is still valid and re-escapes it otherwise", () => {
    const r = parse("x = 'it\\'s'");
    expect(print(r.program)).toBe("x = 'it\\'s';\n");
    const s = r.program.body[0]!;
    if (s.type !== "ExpressionStatement" || s.expression.type !== "AssignmentExpression" || s.expression.right.type !== "StringLiteral") throw new Error("shape");
    s.expression.right.value = 'a "b"\n\u2028';
    expect(print(r.program)).toBe('x = "a \\"b\\"\\n\\u2028";\n');
  });

  it("prints excluded constructs as representatives that parse back to the same construct", () => {
    const src = ["class A {}", "import x from 'y'", "export default 1", "do {} while (x)", "for (const k in o) {}", "switch (x) {}", "l: x", "with (o) {}", "debugger", "function* g() {}"].join("\n");
    const first = parse(src);
    const again = parse(print(first.program));
    expect(stripSpans(again.program.body)).toEqual(stripSpans(first.program.body));
  });

  it("indents nested blocks by two spaces, one statement per line", () => {
    const src = "if (a) { for (const x of xs) { f(() => { g(x) }) } } else if (b) c(); else { d() }";
    expect(print(parse(src).program)).toBe(
      ["if (a) {", "  for (const x of xs) {", "    f(() => {", "      g(x);", "    });", "  }", "} else if (b)", "  c();", "else {", "  d();", "}", ""].join("\n"),
    );
  });
});
