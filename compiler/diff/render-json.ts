/**
 * The machine-readable form of a plan diff (`wfc diff --format json`). Field names are stable:
 * add fields, never rename or remove them without bumping `version`.
 *
 * {
 *   version: 1,
 *   empty: boolean,                        // nothing semantic changed
 *   before, after: { name, path, hash },   // the two plans
 *   plan: [{ field, before?, after? }],    // name, description, effort, phases, budget.<key>
 *   bounds: [{ quantity, before, after, delta, percent }],
 *                                          // all six of agents, inputTokens, outputTokens, usd,
 *                                          // latencyMs, peakConcurrency; percent null = "new" (0 -> x)
 *   stages: {
 *     added, removed: [{ id, kind, label, phase, total: Bounds }],
 *     changed: [{ id, kind, label,
 *                 fields: [{ field, before?, after? }],  // model, effort, attempts, width, iterations,
 *                                                        // gate.check, gate.onFail, timeout, maxTokens, phase, …
 *                 prompt?: { before, after, parts: [{ op: "equal"|"added"|"removed", text }] },
 *                 schema?: [{ path, change, keyword?, before?, after?, loosens }],
 *                 total: { before: Bounds, after: Bounds } }]
 *   },
 *   edges: { added, removed: [{ from, to, kind }] },
 *   risks: [{ class, explanation, stages: [id], details: [text] }],
 *   region: { nodes: [{ id, kind, label, parent, status }], edges: [{ from, to, kind, change }], omitted }
 * }
 *
 * A key that is absent on one side of a change is omitted (never `null`, which has its own meaning).
 */

import { isEmpty } from "./diff-graphs.js";
import type { PlanDiff } from "./types.js";

export function renderDiffJson(diff: PlanDiff): string {
  const ordered = {
    version: diff.version,
    empty: isEmpty(diff),
    before: diff.before,
    after: diff.after,
    plan: diff.plan,
    bounds: diff.bounds,
    stages: diff.stages,
    edges: diff.edges,
    risks: diff.risks,
    region: diff.region,
  };
  return JSON.stringify(ordered, null, 2) + "\n";
}
