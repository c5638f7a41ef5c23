import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderGraphJson } from "../../compiler/render/json.js";
import { fixtures } from "../fixtures/graphs/make-fixtures.js";
import { FIXTURE_DIR, loadFixtures } from "./fixtures.js";
import { generateGraph } from "./gen-graph.js";
import { validateGraph } from "./validate-graph.js";

const update = process.env.UPDATE_FIXTURES === "1";

describe("graph fixtures", () => {
  for (const f of fixtures()) {
    it(`${f.name}.json is what make-fixtures.ts builds`, () => {
      const file = join(FIXTURE_DIR, `${f.name}.json`);
      const text = renderGraphJson(f.graph);
      if (update) writeFileSync(file, text);
      expect(readFileSync(file, "utf8")).toBe(text);
      if (f.actuals) {
        const actualsText = JSON.stringify(f.actuals, null, 2) + "\n";
        const actualsFile = join(FIXTURE_DIR, `${f.name}.actuals.json`);
        if (update) writeFileSync(actualsFile, actualsText);
        expect(readFileSync(actualsFile, "utf8")).toBe(actualsText);
      }
    });
  }

  for (const f of loadFixtures())
    it(`${f.name}.json conforms to StageGraphJson`, () => {
      expect(validateGraph(f.graph)).toEqual([]);
      for (const id of Object.keys(f.actuals ?? {})) expect(f.graph.stages.map((s) => s.id)).toContain(id);
    });

  it("the generator makes exactly n well-formed stages, deterministically", () => {
    for (const n of [2, 10, 137, 1000]) {
      const g = generateGraph(n);
      expect(g.stages).toHaveLength(n);
      expect(validateGraph(g)).toEqual([]);
    }
    expect(renderGraphJson(generateGraph(300))).toBe(renderGraphJson(generateGraph(300)));
  });
});
