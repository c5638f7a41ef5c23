/**
 * Golden Mermaid and DOT for every graph fixture (with and without its run actuals), and proof that
 * Graphviz renders every DOT output. `UPDATE_GOLDEN=1` rewrites test/golden/graph/; review the diff.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderDot } from "../../compiler/render/dot.js";
import { renderMermaid } from "../../compiler/render/mermaid.js";
import { buildView, isGroup } from "../../compiler/render/view.js";
import { loadFixtures } from "./fixtures.js";
import { generateGraph } from "./gen-graph.js";
import { expectGolden } from "../support/golden.js";

const GOLDEN = join(import.meta.dirname, "../golden/graph");
const dotPath = spawnSync("sh", ["-c", "command -v dot"], { encoding: "utf8" }).stdout.trim();
if (!dotPath) console.warn("skipping Graphviz render checks: `dot` not found; run `bash scripts/install-system-deps.sh`");

const variants = loadFixtures().flatMap((f) =>
  f.actuals ? [{ name: f.name, graph: f.graph }, { name: `${f.name}.actuals`, graph: f.graph, actuals: f.actuals }] : [{ name: f.name, graph: f.graph }],
);

const golden = (file: string, text: string): void => expectGolden(join(GOLDEN, file), text, file);

describe("golden graph renderings", () => {
  for (const v of variants) {
    const opts = v.actuals ? { actuals: v.actuals } : {};
    it(`${v.name}.mmd`, () => golden(`${v.name}.mmd`, renderMermaid(v.graph, opts)));
    it(`${v.name}.dot`, () => golden(`${v.name}.dot`, renderDot(v.graph, opts)));
  }
});

describe.skipIf(!dotPath)("Graphviz renders every DOT output", () => {
  const cases = [...variants, { name: "synthetic-1000", graph: generateGraph(1000) }];
  for (const v of cases)
    it(`dot -Tsvg ${v.name}`, () => {
      const dot = renderDot(v.graph, "actuals" in v && v.actuals ? { actuals: v.actuals } : {});
      const res = spawnSync(dotPath, ["-Tsvg"], { input: dot, encoding: "utf8", maxBuffer: 64 << 20 });
      expect(res.stderr).toBe("");
      expect(res.status).toBe(0);
      expect(res.stdout.slice(0, 400)).toContain("<svg");
      // Every drawn stage is in the picture: leaves (and gate verdicts) as nodes, groups and phases as clusters.
      const view = buildView(v.graph);
      const groups = view.drawn.filter(isGroup);
      const phases = view.top.filter((t) => "phase" in t).length;
      const count = (cls: string): number => res.stdout.split(`class="${cls}"`).length - 1;
      expect(count("node")).toBe(view.drawn.length - groups.length + groups.filter((g) => g.stage.kind === "gate").length);
      expect(count("cluster")).toBe(groups.length + phases);
    }, 120_000);
});
