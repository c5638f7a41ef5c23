/**
 * Golden corpus for the compiler's checks: test/golden/check/<CODE>-<name>.wf.js for every code of
 * bands WF1–WF4 (and WF9), each with what `wfc check` prints for it in a `.diag` beside it: the human
 * rendering without colour, then the summary line. `UPDATE_GOLDEN=1 npx vitest run test/check`
 * rewrites the `.diag` files; review the diff before committing.
 *
 * A fixture may start with `// golden-options: {…}` to compile with options (e.g. `{"depth":1}`:
 * compiled the way a parent compiles its nested plan). Lowercase `.wf.js` files in the directory
 * are not goldens: they are plans the goldens nest with `workflow()`.
 *
 * The meta-test at the end asserts every code in the table is shown by some golden under
 * test/golden/ (check, syntax and the lint goldens), except the config and internal codes below.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileSource, type CompileOptions } from "../../compiler/compile.js";
import { SourceFile } from "../../compiler/source.js";
import { renderHuman, renderSummary } from "../../compiler/diagnostics/render/human.js";
import { allCodes } from "../../compiler/diagnostics/codes.js";

const goldenRoot = fileURLToPath(new URL("../golden/", import.meta.url));
const dir = join(goldenRoot, "check");
const update = process.env["UPDATE_GOLDEN"] === "1";
const fixtures = readdirSync(dir).filter((f) => /^(WF[0-46-9]\d{3}|WF59\d{2})-.*\.wf\.js$/.test(f)).sort();

/** Codes no plan can trigger, and where they are covered instead. */
export const NO_PLAN_GOLDEN: Record<string, string> = {
  WF0101: "wfc.config.json syntax: read before any plan (test/config)",
  WF0102: "wfc.config.json values: read before any plan (test/config)",
  WF0103: "wfc.config.json keys: read before any plan (test/config)",
  WF0104: "an unreadable file: there is no plan text to keep as a golden (test/check/rules.test.ts)",
  WF9001: "a bug in wfc: no valid or invalid plan should trigger it",
};

function optionsOf(text: string): CompileOptions {
  const m = /^\/\/ golden-options: (\{.*\})$/m.exec(text);
  return m ? (JSON.parse(m[1]!) as CompileOptions) : {};
}

/** What `wfc check` prints for one plan, without colour, with the path as the fixture's name. */
export function renderCheck(name: string, path: string, text: string, options: CompileOptions = {}): { output: string; codes: string[] } {
  const c = compileSource(path, text, options);
  const shown = new SourceFile(name, text);
  return {
    output: renderHuman(shown, c.diagnostics, { color: false }) + renderSummary(c.diagnostics, { color: false }),
    codes: c.diagnostics.map((d) => d.code),
  };
}

describe("check goldens", () => {
  it("has a fixture for every non-lint code that a plan can trigger", () => {
    const want = allCodes().filter((c) => !c.startsWith("WF50") && !(c in NO_PLAN_GOLDEN));
    const have = new Set(fixtures.map((f) => f.slice(0, 6)));
    expect(want.filter((c) => !have.has(c))).toEqual([]);
  });

  for (const name of fixtures) {
    it(name, () => {
      const path = join(dir, name);
      const text = readFileSync(path, "utf8");
      const { output, codes } = renderCheck(name, path, text, optionsOf(text));
      const golden = path.replace(/\.wf\.js$/, ".diag");
      if (update || !existsSync(golden)) writeFileSync(golden, output);
      expect(output).toBe(readFileSync(golden, "utf8"));
      // The fixture shows the code it is named after, and never a stack trace.
      expect(codes).toContain(name.slice(0, 6));
      expect(output).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    });
  }
});

describe("every code in the table has a golden", () => {
  it("is shown by some golden under test/golden/ (check, syntax, lints)", () => {
    const shown = new Set<string>();
    for (const sub of ["check", "syntax"]) {
      for (const f of readdirSync(join(goldenRoot, sub)).filter((x) => x.endsWith(".diag"))) {
        for (const m of readFileSync(join(goldenRoot, sub, f), "utf8").matchAll(/\bWF\d{4}\b/g)) shown.add(m[0]);
      }
    }
    const missing = allCodes().filter((c) => !shown.has(c) && !(c in NO_PLAN_GOLDEN));
    expect(missing, `codes with no golden: ${missing.join(", ")}`).toEqual([]);
  });
});
