/**
 * Every ```js example in docs/language.md is checked with the real compiler, so the page cannot
 * drift from what wfc does. Conventions (bad examples, hidden context, shown output) are described
 * in doc-blocks.ts. A fragment without its own `meta` is wrapped in a minimal plan.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { compileSource, type Compilation } from "../../compiler/compile.js";
import { codes, isCode } from "../../compiler/diagnostics/codes.js";
import { docBlocks, shownDiagnostics, type DocBlock } from "./doc-blocks.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const page = readFileSync(join(root, "docs/language.md"), "utf8");
const blocks = docBlocks(page).filter((b) => b.lang === "js");
const MINIMAL_META = "export const meta = { name: 'doc-example', description: 'an example from docs/language.md' }\n";

function check(b: DocBlock): Compilation {
  const hasMeta = /^export const meta\b/m.test(b.context + "\n" + b.code);
  const source = (hasMeta ? "" : MINIMAL_META) + (b.context ? b.context + "\n" : "") + b.code + "\n";
  return compileSource(join(root, b.dir ?? "test/docs", "doc-example.wf.js"), source);
}

const seen = (c: Compilation): string[] => [...new Set(c.diagnostics.map((d) => d.code))].sort();
const show = (c: Compilation): string => c.diagnostics.map((d) => `${d.code} ${d.message}`).join("\n");

describe("docs/language.md examples", () => {
  it("has examples of both kinds", () => {
    expect(blocks.filter((b) => b.expect && !b.gap).length).toBeGreaterThan(5);
    expect(blocks.filter((b) => !b.expect).length).toBeGreaterThan(5);
  });

  for (const b of blocks) {
    const title = `line ${b.line}: ${b.expect ? (b.gap ? `known gap, ${b.expect.code} not yet reported` : `reports ${b.expect.code}`) : "checks clean"}`;
    it(title, () => {
      const c = check(b);
      if (b.expect) {
        expect(isCode(b.expect.code), `${b.expect.code} is not a wfc code`).toBe(true);
        expect(codes[b.expect.code as keyof typeof codes].name, `the name written next to ${b.expect.code}`).toBe(b.expect.name);
        if (b.gap) {
          // When this fails, wfc has been fixed: move the example out of "Known gaps" into the rules.
          expect(seen(c), show(c)).not.toContain(b.expect.code);
          expect(c.hasErrors, show(c)).toBe(false);
          return;
        }
        expect(seen(c), show(c)).toEqual([b.expect.code]);
        if (b.output) {
          const shown = shownDiagnostics(b.output.text);
          expect(shown.length, `the output block at line ${b.output.line} shows no diagnostic`).toBeGreaterThan(0);
          for (const s of shown) {
            const d = c.diagnostics.find((x) => x.code === s.code && x.message === s.message);
            expect(d, `line ${b.output.line}: \`${s.severity}[${s.code}]: ${s.message}\` is not what wfc says:\n${show(c)}`).toBeDefined();
            expect(d!.severity).toBe(s.severity);
            if (s.help !== undefined) expect(d!.help).toBe(s.help);
          }
        }
        return;
      }
      expect(seen(c).filter((x) => !b.allow.includes(x)), show(c)).toEqual([]);
      for (const a of b.allow) expect(seen(c), `\`allow: ${a}\` is stale`).toContain(a);
      if (b.bounds) {
        const actual = c.bounds as unknown as Record<string, number>;
        for (const [k, v] of Object.entries(b.bounds)) expect(actual[k], `worst-case ${k}`).toBe(v);
      }
    });
  }
});
