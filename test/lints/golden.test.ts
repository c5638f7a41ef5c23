/**
 * Golden corpus for the lints: test/golden/check/WF50NN-<name>.wf.js, each with its rendered
 * diagnostics in a `.diag` beside it (one line per diagnostic, `LINE:COL severity[CODE] message`,
 * then `  help: …`). `UPDATE_GOLDEN=1 npx vitest run test/lints` rewrites the `.diag` files; review
 * the diff before committing.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expectGolden } from "../support/golden.js";
import { fileURLToPath } from "node:url";
import { lint, renderSimple } from "./lint.js";
import { rules } from "../../compiler/lints/index.js";
import { compileSource } from "../../compiler/compile.js";

const dir = fileURLToPath(new URL("../golden/check/", import.meta.url));
const fixtures = readdirSync(dir).filter((f) => /^WF50\d{2}-.*\.wf\.js$/.test(f)).sort();

describe("lint goldens", () => {
  for (const name of fixtures) {
    it(name, () => {
      const linted = lint(readFileSync(join(dir, name), "utf8"));
      const actual = renderSimple(linted);
      expectGolden(join(dir, name.replace(/\.wf\.js$/, ".diag")), actual, name);
      // The fixture is a valid plan and shows the rule it is named after.
      const code = name.slice(0, 6);
      expect(linted.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(linted.diagnostics.some((d) => d.code === code)).toBe(true);
    });
  }

  // The fixtures are whole plans: the full pipeline (bounds, budgets, schemas…) accepts them and
  // finds the same lint warnings the lint-only harness above renders.
  for (const name of fixtures) {
    it(`${name} checks without errors in the full pipeline`, () => {
      const text = readFileSync(join(dir, name), "utf8");
      const full = compileSource(join(dir, name), text);
      const at = (ds: readonly { code: string; span: { start: number } }[]) => ds.filter((d) => d.code.startsWith("WF50")).map((d) => `${d.code}@${d.span.start}`);
      expect(full.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`)).toEqual([]);
      expect(at(full.diagnostics)).toEqual(at(lint(text).diagnostics));
    });
  }

  it("every rule has a golden", () => {
    for (const rule of rules) expect(fixtures).toContain(`${rule.code}-${rule.name}.wf.js`);
  });
});
