/**
 * Golden syntax errors: every `<case>.wf.js` here is parsed and its diagnostics rendered one per line,
 * `LINE:COL CODE message`, then `  help: …` when there is one; the result must equal `<case>.diag`.
 * This is a deliberately simple, stable rendering (the full renderer lives in compiler/); it pins what
 * the parser reports and where. UPDATE_GOLDEN=1 rewrites the .diag files; review the diff before committing.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expectGolden } from "../../support/golden.js";
import { parse } from "../../../grammar/parse.js";
import { SourceFile } from "../../../compiler/source.js";

const dir = import.meta.dirname;
const cases = readdirSync(dir).filter((f) => f.endsWith(".wf.js")).sort();

export function renderSyntax(path: string, text: string): string {
  const file = new SourceFile(path, text);
  const lines: string[] = [];
  for (const d of parse(text).diagnostics) {
    const { line, column } = file.position(d.span.start);
    lines.push(`${line}:${column} ${d.code} ${d.message}`);
    if (d.help) lines.push(`  help: ${d.help}`);
  }
  return lines.join("\n") + "\n";
}

describe("golden syntax errors", () => {
  it("has at least 25 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });
  it.each(cases)("%s", (name) => {
    const text = readFileSync(join(dir, name), "utf8");
    const actual = renderSyntax(name, text);
    // Every case is a syntax error: an empty rendering means the parser accepted broken input.
    expect(actual.trim(), `${name} produced no diagnostics`).not.toBe("");
    expectGolden(join(dir, name.replace(/\.wf\.js$/, ".diag")), actual, name);
  });
});
