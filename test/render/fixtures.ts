/** Loads the hand-made graph fixtures (test/fixtures/graphs/<name>.json + optional <name>.actuals.json). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { StageActuals, StageGraphJson } from "../../compiler/graph/types.js";

export const FIXTURE_DIR = join(import.meta.dirname, "../fixtures/graphs");

export interface LoadedFixture {
  name: string;
  graph: StageGraphJson;
  actuals?: Record<string, StageActuals>;
}

export function loadFixtures(): LoadedFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".actuals.json"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".json".length);
      const graph = JSON.parse(readFileSync(join(FIXTURE_DIR, f), "utf8")) as StageGraphJson;
      const actualsFile = join(FIXTURE_DIR, `${name}.actuals.json`);
      const actuals = existsSync(actualsFile) ? (JSON.parse(readFileSync(actualsFile, "utf8")) as Record<string, StageActuals>) : undefined;
      return { name, graph, ...(actuals ? { actuals } : {}) };
    });
}
