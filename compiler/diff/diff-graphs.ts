/**
 * `diffGraphs`: the semantic diff of two compiled plans. Stages are matched by their stable `id`
 * (never by line numbers), so moving, reformatting or commenting code is not a change; see
 * `stage-diff.ts` for exactly which facts are compared. The result is pure data (`PlanDiff`) that
 * `evaluatePolicy` and the renderers consume.
 */

import type { EdgeJson, PlanInfo, StageGraphJson, StageJson } from "../graph/types.js";
import { boundDeltas } from "./bounds-delta.js";
import { canonicalGraph, isScaffolding, stageContext } from "./canonical.js";
import { jsonEqual } from "./json.js";
import { DEFAULT_PRICES, type PriceTable } from "./prices.js";
import { riskRules } from "./risks/index.js";
import { changedRegion } from "./region.js";
import { diffStage } from "./stage-diff.js";
import { PLAN_DIFF_VERSION, type FieldChange, type PlanDiff, type Risk, type StageChange, type StageRef } from "./types.js";

export interface DiffOptions {
  /** Per-token prices deciding `model-upgraded`; defaults to `DEFAULT_PRICES`. */
  prices?: PriceTable;
}

export function diffGraphs(beforeGraph: StageGraphJson, afterGraph: StageGraphJson, options: DiffOptions = {}): PlanDiff {
  // Positional stages (branches, implicit fan-outs, containers) are matched by content: see canonical.ts.
  const before = canonicalGraph(beforeGraph);
  const after = canonicalGraph(afterGraph);
  const beforeStages = indexStages(before);
  const afterStages = indexStages(after);

  const added: StageRef[] = [];
  const removed: StageRef[] = [];
  const changed: StageChange[] = [];
  for (const [id, stage] of beforeStages) {
    // Containers and branches are never listed: what they hold is.
    if (isScaffolding(stage)) continue;
    const next = afterStages.get(id);
    if (!next) removed.push(stageRef(stage));
    else {
      const parents = { before: stageContext(stage, beforeStages), after: stageContext(next, afterStages) };
      const change = diffStage(stage, next, parents);
      if (change) changed.push(change);
    }
  }
  for (const [id, stage] of afterStages) if (!beforeStages.has(id) && !isScaffolding(stage)) added.push(stageRef(stage));

  const edges = diffEdges(before.edges, after.edges);
  const context = { before, after, beforeStages, afterStages, changed, prices: options.prices ?? DEFAULT_PRICES };
  const risks: Risk[] = [];
  for (const rule of riskRules) {
    const triggers = rule.detect(context);
    if (triggers.length === 0) continue;
    const stages = [...new Set(triggers.flatMap((t) => (t.stage === undefined ? [] : [t.stage])))].sort();
    risks.push({ class: rule.name, explanation: rule.explanation, stages, details: triggers.map((t) => t.detail) });
  }

  const diff: Omit<PlanDiff, "region"> = {
    version: PLAN_DIFF_VERSION,
    before: { name: before.plan.name, path: before.plan.path, hash: before.plan.hash },
    after: { name: after.plan.name, path: after.plan.path, hash: after.plan.hash },
    plan: diffPlanInfo(before.plan, after.plan),
    bounds: boundDeltas(before.bounds, after.bounds),
    stages: { added, removed, changed },
    edges,
    risks,
  };
  return { ...diff, region: changedRegion(diff, before, after) };
}

/** True when nothing semantic changed: the text renderer prints "no changes". */
export function isEmpty(diff: PlanDiff): boolean {
  return (
    diff.plan.length === 0 &&
    diff.stages.added.length === 0 &&
    diff.stages.removed.length === 0 &&
    diff.stages.changed.length === 0 &&
    diff.edges.added.length === 0 &&
    diff.edges.removed.length === 0 &&
    diff.risks.length === 0 &&
    diff.bounds.every((b) => b.delta === 0)
  );
}

function indexStages(graph: StageGraphJson): Map<string, StageJson> {
  const stages = [...graph.stages].sort((a, b) => compare(a.id, b.id));
  return new Map(stages.map((s) => [s.id, s]));
}

function stageRef(stage: StageJson): StageRef {
  return { id: stage.id, kind: stage.kind, label: stage.label, phase: stage.phase, total: stage.total };
}

function edgeKey(edge: EdgeJson): string {
  return `${edge.from}\u0000${edge.to}\u0000${edge.kind}`;
}

function diffEdges(before: EdgeJson[], after: EdgeJson[]): PlanDiff["edges"] {
  const a = new Map(before.map((e) => [edgeKey(e), e]));
  const b = new Map(after.map((e) => [edgeKey(e), e]));
  const sortEdges = (edges: EdgeJson[]) =>
    edges
      .map((e) => ({ from: e.from, to: e.to, kind: e.kind }))
      .sort((x, y) => compare(x.from, y.from) || compare(x.to, y.to) || compare(x.kind, y.kind));
  return {
    added: sortEdges([...b].filter(([k]) => !a.has(k)).map(([, e]) => e)),
    removed: sortEdges([...a].filter(([k]) => !b.has(k)).map(([, e]) => e)),
  };
}

function diffPlanInfo(before: PlanInfo, after: PlanInfo): FieldChange[] {
  const out: FieldChange[] = [];
  const push = (field: string, a: unknown, b: unknown) => {
    if (jsonEqual(a, b)) return;
    const change: FieldChange = { field };
    if (a !== undefined) change.before = a;
    if (b !== undefined) change.after = b;
    out.push(change);
  };
  push("name", before.name, after.name);
  push("description", before.description, after.description);
  push("effort", before.effort, after.effort);
  push("phases", before.phases.map((p) => p.title), after.phases.map((p) => p.title));
  const budgetBefore = before.budget ?? {};
  const budgetAfter = after.budget ?? {};
  const keys = [...new Set([...Object.keys(budgetBefore), ...Object.keys(budgetAfter)])].sort() as (keyof typeof budgetBefore)[];
  for (const key of keys) push(`budget.${key}`, budgetBefore[key], budgetAfter[key]);
  return out.sort((x, y) => compare(x.field, y.field));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
