/**
 * The compiled corpus in test/golden/diff (`<case>.before.wf.js` / `<case>.after.wf.js`): each pair
 * compiles without errors and raises exactly the risk classes listed here. The goldens show *how*
 * a diff reads; this table pins *what* it flags, so a renderer change cannot hide a lost risk.
 * Pairs named `id-weakness-*` document where stable ids follow source order (see the report in
 * docs or the PR); their expectations record today's behaviour, not the ideal.
 */

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import { canonicalGraph } from "../../compiler/diff/canonical.js";
import { diffGraphs, isEmpty, type PlanDiff, type RiskClass } from "../../compiler/diff/index.js";
import type { StageGraphJson } from "../../compiler/graph/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const dir = join(repo, "test", "golden", "diff");

const expected: Record<string, RiskClass[]> = {
  "agent-attempts-raised": ["retry-raised"],
  "agent-made-conditional": [],
  "branch-added": [],
  "branch-nested-added": [],
  "budget-raised": ["budget-raised"],
  "data-edge-added": [],
  "edges-gate-bypassed": [],
  "empty-comments-added": [],
  "empty-helper-moved": [],
  "empty-independent-reorder": [],
  "empty-reformatted": [],
  "empty-variable-renamed": [],
  "enum-removed": ["schema-loosened"],
  "fan-out-widened-args": ["fan-out-widened"],
  "fan-out-widened-slice": ["fan-out-widened"],
  "gate-removed": ["gate-removed"],
  "gate-weakened": ["gate-weakened"],
  "id-weakness-agents-reordered": [],
  "id-weakness-loop-inserted": ["retry-raised"],
  "id-weakness-parallel-renamed": [],
  "id-weakness-same-label-swapped": ["model-upgraded"],
  "implicit-map-agent-changed": ["model-upgraded"],
  "implicit-map-widened": ["fan-out-widened"],
  "input-slice-raised": [],
  "loop-bound-raised": ["retry-raised"],
  "model-downgraded-summary": [],
  "model-upgraded": ["model-upgraded"],
  "phase-moved-gate": [],
  "pipeline-agent-changed": [],
  "prompt-reworded": [],
  "retry-raised": ["retry-raised"],
  "schema-field-added": [],
  "schema-field-removed": ["schema-loosened"],
  "schema-field-retyped": [],
  "schema-maxitems-raised": ["schema-loosened", "fan-out-widened"],
  "schema-maxitems-removed": ["schema-loosened"],
  "stage-added-critique": [],
  "stage-removed-escalation": [],
  "verification-removed": ["verification-removed", "gate-removed"],
};

const names = readdirSync(dir)
  .filter((f) => f.endsWith(".before.wf.js"))
  .map((f) => f.slice(0, -".before.wf.js".length))
  .sort();

function compile(name: string, side: "before" | "after"): StageGraphJson {
  const path = relative(repo, join(dir, `${name}.${side}.wf.js`));
  const result = compileSource(path, readFileSync(join(repo, path), "utf8"));
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  expect(errors, `${path} must compile without errors`).toEqual([]);
  expect(result.graph, `${path} must give a graph`).toBeDefined();
  return result.graph!;
}

const cache = new Map<string, PlanDiff>();
function diffOf(name: string): PlanDiff {
  let diff = cache.get(name);
  if (!diff) {
    diff = diffGraphs(compile(name, "before"), compile(name, "after"));
    cache.set(name, diff);
  }
  return diff;
}

describe("the compiled diff corpus", () => {
  it("has at least 20 pairs, and every pair has an expectation here", () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(names).toEqual(Object.keys(expected).sort());
  });

  it("covers every risk class", () => {
    const seen = new Set(Object.values(expected).flat());
    for (const risk of ["verification-removed", "gate-removed", "gate-weakened", "schema-loosened", "budget-raised", "model-upgraded", "fan-out-widened", "retry-raised"] as const)
      expect(seen.has(risk), risk).toBe(true);
  });

  for (const name of names)
    it(`${name} raises ${expected[name]?.join(", ") || "no risk"}`, () => {
      const diff = diffOf(name);
      expect(diff.risks.map((r) => r.class)).toEqual(expected[name]);
      if (name.startsWith("empty-")) expect(isEmpty(diff)).toBe(true);
      else expect(isEmpty(diff)).toBe(false);
    });
});

describe("what the compiler's positional stages look like in a diff", () => {
  const listed = (d: PlanDiff) => [...d.stages.added, ...d.stages.removed, ...d.stages.changed].map((s) => s.id);

  it("never lists containers (…/item, …/body, …/arm0, …/attempt, …/check) or branches", () => {
    for (const name of names)
      for (const id of listed(diffOf(name))) expect(id, `${name}: ${id}`).not.toMatch(/\/(item|body|arm\d+|attempt|check)$|^branch|\/branch/);
  });

  it("matches an `if` by what it holds, so adding an `if` above it changes nothing in it", () => {
    const d = diffOf("branch-added");
    expect(d.stages.changed).toEqual([]);
    expect(d.stages.removed).toEqual([]);
    expect(d.stages.added.map((s) => s.id)).toEqual(["parallel:docChecks", "parallel:docChecks/agent:docs-check"]);
    expect(d.edges.added).toContainEqual({ from: "branch(parallel:docChecks)", to: "branch(parallel:second)", kind: "order" });
  });

  it("matches an `if` nested in a fan-out's item by what it holds, so adding an `if` before it in the item changes nothing in it", () => {
    // The compiler ids these `pipeline:acted/item/branch:agent:reproduce` (and `…/arm1/branch:agent:spec`).
    const d = diffOf("branch-nested-added");
    expect(d.stages.changed).toEqual([]);
    expect(d.stages.removed).toEqual([]);
    expect(d.stages.added.map((s) => s.id)).toEqual(["pipeline:acted/agent:double-check"]);
    const ends = [...d.edges.added, ...d.edges.removed].flatMap((e) => [e.from, e.to]);
    expect(ends.filter((id) => id.includes("branch")).every((id) => /\/branch\([^)]*\)$/.test(id)), ends.join(", ")).toBe(true);
  });

  it("says where an agent moved when it is wrapped in an `if`, by context rather than container ids", () => {
    const d = diffOf("agent-made-conditional");
    expect(d.stages.changed.map((s) => [s.id, s.fields])).toEqual([
      ["agent:summarise", [{ field: "parent", before: "plan", after: "plan › branch › then" }]],
    ]);
  });

  it("shows a changed agent inside an unchanged fan-out as that agent alone", () => {
    const d = diffOf("pipeline-agent-changed");
    expect(listed(d)).toEqual(["pipeline:fixed/agent:diagnose"]);
    const change = d.stages.changed[0]!;
    expect(change.fields).toEqual([{ field: "maxTokens", before: 800, after: 1200 }]);
    expect(change.prompt!.parts.filter((p) => p.op !== "equal")).toEqual([{ op: "added", text: "and name the one file to change" }]);
    // The region draws the agent under its pipeline, not under the `item` container.
    expect(d.region.nodes.find((n) => n.id === "pipeline:fixed/agent:diagnose")?.parent).toBe("pipeline:fixed");
  });

  it("keys an implicit `.map` fan-out by the agent in it", () => {
    expect(diffOf("implicit-map-widened").risks[0]!.stages).toEqual(["map(agent:answer)"]);
    expect(listed(diffOf("implicit-map-agent-changed"))).toEqual(["agent:answer"]);
  });

  it("reports a model change once, not again as a literal option", () => {
    const fields = diffOf("model-upgraded").stages.changed[0]!.fields;
    expect(fields).toEqual([{ field: "model", before: "haiku", after: "opus" }]);
  });

  it("names the prompt hole whose bound moved when the template reads the same", () => {
    const d = diffOf("prompt-reworded");
    expect(d.stages.changed.map((s) => [s.id, s.fields])).toEqual([
      ["parallel:reviews/agent:review", [{ field: "prompt ${reviewPrompt(path)} max chars", before: 536, after: 574 }]],
    ]);
  });

  it("keeps a `${…}` hole whole in a word diff", () => {
    const parts = diffOf("data-edge-added").stages.changed[0]!.prompt!.parts;
    expect(parts.filter((p) => p.op === "added").map((p) => p.text)).toEqual(["Sub-questions:\n${questions.join('\\n')}\n\n"]);
  });

  it("does not call a sideways retype (string -> array) a loosening", () => {
    const schema = diffOf("schema-field-retyped").stages.changed.find((s) => s.id === "pipeline:fixed/agent:diagnose")!.schema!;
    expect(schema.find((c) => c.change === "retyped")).toMatchObject({ path: "file", before: "string", after: "array" });
    expect(schema.every((c) => !c.loosens)).toBe(true);
  });
});

describe("canonical keys over real plans", () => {
  const plans = [
    ...readdirSync(join(repo, "examples")).filter((f) => f.endsWith(".wf.js")).map((f) => join("examples", f)),
    ...names.flatMap((n) => [join(relative(repo, dir), `${n}.before.wf.js`), join(relative(repo, dir), `${n}.after.wf.js`)]),
  ];
  it("are unique, keep every edge's ends, and leave a plan diffed with itself empty", () => {
    expect(plans.length).toBeGreaterThan(70);
    for (const path of plans) {
      const graph = compileSource(path, readFileSync(join(repo, path), "utf8")).graph;
      if (!graph) continue; // an example that does not check clean is another test's business
      const canonical = canonicalGraph(graph);
      const ids = new Set(canonical.stages.map((s) => s.id));
      expect(ids.size, path).toBe(graph.stages.length);
      for (const e of canonical.edges) expect(ids.has(e.from) && ids.has(e.to), `${path}: ${e.from} -> ${e.to}`).toBe(true);
      for (const s of canonical.stages) if (s.parent !== null) expect(ids.has(s.parent), `${path}: parent of ${s.id}`).toBe(true);
      expect(isEmpty(diffGraphs(graph, graph)), path).toBe(true);
    }
  });
});
