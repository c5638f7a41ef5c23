import { describe, expect, it } from "vitest";
import { renderDiagnostic, renderSummary } from "../../compiler/diagnostics/render/human.js";
import type { Diagnostic } from "../../compiler/diagnostics/types.js";
import { SourceFile } from "../../compiler/source.js";

function show(text: string, needle: string, extra: Partial<Diagnostic> = {}, options = {}): string {
  const file = new SourceFile("p.wf.js", text);
  const start = text.indexOf(needle);
  if (start < 0) throw new Error("needle");
  return renderDiagnostic(file, { code: "WF1004", severity: "error", message: "m", span: { start, end: start + needle.length }, label: "l", ...extra }, options);
}

/** The source row and the caret row of a rendering. */
function rows(out: string): string[] {
  return out.split("\n").filter((l) => /^\s*\d+ \|/.test(l) || /^\s+\| [ \-^|]/.test(l));
}

describe("human renderer layout", () => {
  it("expands tabs and keeps carets under the code; the column stays UTF-16", () => {
    const out = show("\t\tx = eval(y)\n", "eval");
    expect(out).toContain("--> p.wf.js:1:7");
    expect(rows(out)).toEqual(["1 |         x = eval(y)", "  |             ^^^^ l"]);
  });

  it("aligns carets by display width after wide characters and emoji", () => {
    const out = show('log("日本語 😀"); eval(x)\n', "eval");
    // In UTF-16 the emoji is 2 units: column 16. On screen 日本語 is 6 columns and 😀 2, so 18 spaces.
    expect(out).toContain("--> p.wf.js:1:16");
    expect(rows(out)).toEqual(['1 | log("日本語 😀"); eval(x)', "  |                   ^^^^ l"]);
  });

  it("is not confused by CRLF line ends", () => {
    const out = show("a\r\nb\r\n  eval(x)\r\n", "eval");
    expect(out).toContain("--> p.wf.js:3:3");
    expect(out).not.toContain("\r");
    expect(rows(out)).toEqual(["3 |   eval(x)", "  |   ^^^^ l"]);
  });

  it("windows very long lines around the span", () => {
    const line = "const x = [" + "1, ".repeat(100) + "eval(y)" + ", 2".repeat(100) + "]";
    const out = show(line, "eval", {}, { maxLineWidth: 60 });
    const [src, carets] = rows(out);
    expect(src!.length).toBeLessThanOrEqual(4 + 60);
    expect(src).toMatch(/^1 \| \.\.\..*eval\(y\).*\.\.\.$/);
    expect(src!.indexOf("eval")).toBe(carets!.indexOf("^^^^"));
  });

  it("shows the first and last line of a multi-line span", () => {
    const text = "f(\n  a,\n  b,\n  c,\n  d)\n";
    const out = show(text, text.slice(0, text.indexOf("d)") + 2));
    expect(out.split("\n").slice(2, 8)).toEqual(["  |", "1 | f(", "  | ^^", "...", "5 |   d)", "  |   ^^ l"]);
  });

  it("shows a single skipped line instead of `...`", () => {
    const text = "f(\n  a,\n  b)\n";
    const out = show(text, text.slice(0, -1));
    expect(out).toContain("2 |   a,");
    expect(out).not.toContain("...");
  });

  it("pads the gutter for the widest line number", () => {
    const text = "x\n".repeat(9) + "y = a\nz = eval(a)\n";
    const out = show(text, "eval", { secondary: [{ span: { start: text.indexOf("a"), end: text.indexOf("a") + 1 }, message: "a" }] });
    expect(out).toContain("  --> p.wf.js:11:5");
    expect(out).toContain("10 | y = a");
    expect(out).toContain("11 | z = eval(a)");
    expect(out).toContain("   |     ^^^^ l");
  });

  it("replaces control and bidi characters so the terminal shows what the compiler saw", () => {
    const out = show("x = '\x1b[31m\u202e'; eval(x)\n", "eval", { message: "bad \x1b[2J" });
    expect(out).not.toMatch(/\x1b|\u202e/);
    expect(out).toContain("␛[31m<U+202E>");
    const [src, carets] = rows(out);
    expect(src!.indexOf("eval")).toBe(carets!.indexOf("^"));
  });

  it("marks an empty span and a span at the end of the file with one caret", () => {
    expect(rows(show("abc", "")).at(-1)).toBe("  | ^ l");
    const file = new SourceFile("p.wf.js", "abc\n");
    const out = renderDiagnostic(file, { code: "WF1001", severity: "error", message: "unexpected end of file", span: { start: 4, end: 4 } });
    expect(out).toContain("--> p.wf.js:2:1");
    expect(out).toContain("  | ^");
  });

  it("a span that ends with the line break is a one-line span", () => {
    const out = show("eval(x)\nnext\n", "eval(x)\n");
    expect(rows(out)).toEqual(["1 | eval(x)", "  | ^^^^^^^ l"]);
  });

  it("prints notes and help after a blank gutter line", () => {
    const out = show("eval(x)", "eval", { notes: ["one", "two\nlines"], help: "do this" });
    expect(out.split("\n").slice(-6)).toEqual(["  |", " = note: one", " = note: two", "         lines", "help: do this", ""]);
  });

  it("summarises counts with plurals", () => {
    const d = (severity: Diagnostic["severity"]): Diagnostic => ({ code: "WF1001", severity, message: "", span: { start: 0, end: 0 } });
    expect(renderSummary([])).toBe("0 errors, 0 warnings\n");
    expect(renderSummary([d("error"), d("warning"), d("warning")])).toBe("1 error, 2 warnings\n");
    expect(renderSummary([d("info")])).toBe("0 errors, 0 warnings, 1 info\n");
  });
});

describe("human renderer on arbitrary input", () => {
  it("never throws, never prints raw control characters, keeps ASCII carets under their span", async () => {
    const fc = await import("fast-check");
    const { renderConcise } = await import("../../compiler/diagnostics/render/concise.js");
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", " ", "\t", "\n", "\r", "\r\n", "é", "日", "😀", "\x1b", "\u202e", "("), maxLength: 200 }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const file = new SourceFile("p.wf.js", text);
          const start = text.length === 0 ? 0 : a % (text.length + 1);
          const end = Math.min(text.length, start + (b % 40));
          const d: Diagnostic = { code: "WF1004", severity: "error", message: "m", span: { start, end }, label: "x", secondary: [{ span: { start: 0, end: Math.min(1, text.length) }, message: "s" }] };
          const out = renderDiagnostic(file, d, { maxLineWidth: 30 });
          expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f\u202e]/);
          expect(renderConcise(file, [d])).toMatch(/^p\.wf\.js:\d+:\d+: error\[WF1004\] m\n$/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("puts carets under an ASCII span on a plain line", async () => {
    const fc = await import("fast-check");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", " ", "("), minLength: 1, maxLength: 100 }), fc.nat(), fc.nat(), (line, a, b) => {
        const start = a % line.length;
        const end = Math.min(line.length, start + 1 + (b % 10));
        const out = renderDiagnostic(new SourceFile("p.wf.js", line), { code: "WF1004", severity: "error", message: "m", span: { start, end } });
        const carets = out.split("\n").find((l) => l.includes("^"))!;
        expect(carets.indexOf("^") - "  | ".length).toBe(start);
        expect(carets.trim().replace(/^\|\s*/, "")).toBe("^".repeat(end - start));
      }),
      { numRuns: 300 },
    );
  });
});
