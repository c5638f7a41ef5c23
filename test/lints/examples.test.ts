/**
 * Every example plan is lint-clean, and no rule crashes on the trees the parser recovers. `known` lists findings still present in an example that the
 * rule is right about; each entry names the change the example needs and fails this test once the
 * example is fixed, so the list cannot go stale.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { lint } from "./lint.js";
import { parse } from "../../grammar/parse.js";
import { extractMeta } from "../../compiler/meta.js";
import { Reporter } from "../../compiler/report.js";
import { indexSites } from "../../compiler/stage-ids.js";
import { runLints } from "../../compiler/lints/index.js";

const dir = fileURLToPath(new URL("../../examples/", import.meta.url));
const examples = readdirSync(dir).filter((f) => f.endsWith(".wf.js")).sort();

/** Findings an example is allowed to keep, with the reason; empty: every example is lint-clean. */
const known: Record<string, string[]> = {};

describe("examples are lint-clean", () => {
  it("finds the examples", () => expect(examples.length).toBeGreaterThan(0));
  for (const name of examples) {
    it(name, () => {
      const linted = lint(readFileSync(join(dir, name), "utf8"));
      const found = linted.diagnostics.map((d) => {
        const p = linted.file.position(d.span.start);
        return `${p.line}:${p.column} ${d.code}`;
      });
      expect(found).toEqual(known[name] ?? []);
    });
  }
});

describe("rules on partial trees", () => {
  // The parser recovers from syntax errors and hands back what it could build; a rule must not
  // crash on such a tree (a crash would surface as WF9001 from runLints).
  const syntaxDir = fileURLToPath(new URL("../golden/syntax/", import.meta.url));
  const broken = readdirSync(syntaxDir).filter((f) => f.endsWith(".wf.js")).sort();
  it("finds the syntax corpus", () => expect(broken.length).toBeGreaterThan(0));
  for (const name of broken) {
    it(name, () => {
      const text = readFileSync(join(syntaxDir, name), "utf8");
      const { program } = parse(text);
      const r = new Reporter();
      const meta = extractMeta(program, r);
      runLints({ program, source: text, meta, sites: indexSites(program) }, r);
      expect(r.diagnostics.filter((d) => d.code === "WF9001").map((d) => d.message)).toEqual([]);
    });
  }
});
