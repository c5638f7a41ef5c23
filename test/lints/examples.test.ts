/**
 * Every example plan is lint-clean. `known` lists findings still present in an example that the
 * rule is right about; each entry names the change the example needs and fails this test once the
 * example is fixed, so the list cannot go stale.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { lint } from "./lint.js";

const dir = fileURLToPath(new URL("../../examples/", import.meta.url));
const examples = readdirSync(dir).filter((f) => f.endsWith(".wf.js")).sort();

const known: Record<string, string[]> = {
  // The changelog summary comes straight from `retry(() => agent(…))`; wrap it in a gate, e.g.
  // `gate(() => agent(…), (s) => s.trim().length > 0, { onFail: 'retry', attempts: 3, label: 'summary' })`.
  "fix-failing-tests.wf.js": ["104:35 WF5002"],
};

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
