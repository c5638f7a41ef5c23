import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Comment } from "../../grammar/ast.js";
import { codes, type CodeInfo } from "../../compiler/diagnostics/codes.js";
import { applySuppressions } from "../../compiler/diagnostics/suppress.js";
import type { Diagnostic } from "../../compiler/diagnostics/types.js";
import { SourceFile } from "../../compiler/source.js";

// The table has no suppressible lint yet (the lint team adds WF5xxx codes); these tests add two for
// the duration of this file. Vitest isolates modules per test file, so no other test sees them.
const table = codes as unknown as Record<string, CodeInfo>;
beforeAll(() => {
  table.WF5001 = { name: "unused-result", severity: "warning", summary: "test" };
  table.WF5003 = { name: "test-lint", severity: "warning", summary: "test" };
});
afterAll(() => {
  delete table.WF5001;
  delete table.WF5003;
});

/** Finds the comments the way the parser reports them (enough for these tests: no strings with `//`). */
function comments(text: string): Comment[] {
  const out: Comment[] = [];
  for (const m of text.matchAll(/\/\/([^\n]*)|\/\*([\s\S]*?)\*\//g))
    out.push({ type: m[1] !== undefined ? "LineComment" : "BlockComment", value: m[1] ?? m[2]!, span: { start: m.index, end: m.index + m[0].length } });
  return out;
}

function diag(text: string, code: string, needle: string, nth = 0): Diagnostic {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`no ${needle}`);
  return { code, severity: "warning", message: `${code} at ${needle}#${nth}`, span: { start, end: start + needle.length } };
}

function run(text: string, diagnostics: Diagnostic[]) {
  const file = new SourceFile("a.wf.js", text);
  const result = applySuppressions(file, comments(text), diagnostics);
  return {
    left: result.diagnostics.map((d) => `${d.code} ${file.position(d.span.start).line}:${file.position(d.span.start).column}`),
    suppressed: result.suppressed.map((d) => d.message),
    messages: result.diagnostics.map((d) => d.message),
  };
}

describe("wfc-ignore", () => {
  it("silences the named code on the next line only", () => {
    const text = "// wfc-ignore WF5001: logged by the harness\nconst a = x\nconst b = x\n";
    const r = run(text, [diag(text, "WF5001", "const", 0), diag(text, "WF5001", "const", 1), diag(text, "WF5003", "const", 0)]);
    expect(r.suppressed).toEqual(["WF5001 at const#0"]);
    expect(r.left).toEqual(["WF5003 2:1", "WF5001 3:1"]);
  });

  it("accepts several codes and rule names, and stacked comments", () => {
    const text = "// wfc-ignore WF5001, test-lint: both fine here\n// wfc-ignore WF5001: again\n\nconst a = x\n";
    const r = run(text, [diag(text, "WF5001", "const"), diag(text, "WF5003", "const")]);
    expect(r.suppressed).toHaveLength(2);
    expect(r.left).toEqual([]);
  });

  it("a comment after code applies to its own line", () => {
    const text = "const a = x // wfc-ignore WF5001: fine\nconst b = x\n";
    const r = run(text, [diag(text, "WF5001", "const", 0), diag(text, "WF5001", "const", 1)]);
    expect(r.suppressed).toEqual(["WF5001 at const#0"]);
    expect(r.left).toEqual(["WF5001 2:1"]);
  });

  it("wfc-ignore-file applies everywhere, also in block comments", () => {
    const text = "/* wfc-ignore-file WF5001: drafts are read by hand */\nconst a = x\n\nconst b = x\n";
    const r = run(text, [diag(text, "WF5001", "const", 0), diag(text, "WF5001", "const", 1)]);
    expect(r.suppressed).toHaveLength(2);
    expect(r.left).toEqual([]);
  });

  it("warns when the reason is missing but still suppresses", () => {
    const text = "// wfc-ignore WF5001\nconst a = x\n";
    const r = run(text, [diag(text, "WF5001", "const")]);
    expect(r.suppressed).toHaveLength(1);
    expect(r.left).toEqual(["WF5900 1:1"]);
    const empty = "// wfc-ignore WF5001:   \nconst a = x\n";
    expect(run(empty, [diag(empty, "WF5001", "const")]).left).toEqual(["WF5900 1:1"]);
  });

  it("reports each code that suppresses nothing, at the code", () => {
    const text = "// wfc-ignore WF5001, WF5003: why\nconst a = x\n";
    const r = run(text, [diag(text, "WF5001", "const")]);
    expect(r.left).toEqual(["WF5901 1:23"]);
    expect(r.messages[0]).toBe("`WF5003` is ignored on line 2 but nothing there reports `WF5003`");
  });

  it("reports malformed comments: no codes, unknown codes, unsuppressible codes", () => {
    const text = "// wfc-ignore: because\n// wfc-ignore WF5091: typo\n// wfc-ignore WF1004: eval is fine\nconst a = eval(x)\n";
    const r = run(text, [diag(text, "WF1004", "eval(", 0)]);
    expect(r.left).toEqual(["WF5902 1:1", "WF5902 2:15", "WF5902 3:15", "WF1004 4:11"]);
    expect(r.messages.slice(0, 3)).toEqual([
      "`wfc-ignore` names no codes",
      "`WF5091` is not a wfc code or rule name",
      "`WF1004` (forbidden-global) cannot be suppressed",
    ]);
  });

  it("ignores comments that merely mention wfc-ignore", () => {
    const text = "// see wfc-ignore WF5001: docs\n// wfc-ignored WF5001: x\nconst a = x\n";
    const r = run(text, [diag(text, "WF5001", "const")]);
    expect(r.left).toEqual(["WF5001 3:1"]);
  });
});
