/**
 * Stage tree + bounds → the canonical stage graph (JSON, sorted, versioned) and its graphology
 * form. Containment comes from the tree; data edges from the values each stage read; order edges
 * join consecutive siblings of a sequence (the later cannot start before the earlier ends).
 */
import { DirectedGraph } from "graphology";
import type * as A from "../../grammar/ast.js";
import type { SourceFile } from "../source.js";
import type { Stage } from "../analysis/stage.js";
import type { BoundsResult } from "../bounds.js";
import { toBounds } from "../bounds.js";
import { STAGE_GRAPH_VERSION, type EdgeJson, type PlanInfo, type StageGraphJson, type StageJson } from "./types.js";

export function buildGraph(root: Stage, bounds: BoundsResult, file: SourceFile, plan: Omit<PlanInfo, "path">): { json: StageGraphJson; graph: DirectedGraph } {
  const stages: StageJson[] = [];
  const edges: EdgeJson[] = [];
  // Every stage in pre-order, and each final id's pre-order position: pre-order is the execution
  // order of first runs, which decides which reads become data edges (below).
  const all: Stage[] = [];
  const position = new Map<string, number>();
  const criticalStages = criticalPath(root, bounds);
  const critical = new Set(criticalStages);

  const visit = (s: Stage, order: number): void => {
    // Ids are unique by construction (site keys are deduplicated); guard anyway so output stays valid.
    let id = s.id;
    for (let n = 2; position.has(id); n++) id = `${s.id}~${n}`;
    s.id = id;
    position.set(id, all.length);
    all.push(s);
    const b = toBounds(bounds.perStage.get(s)!);
    const m = bounds.multiplicity.get(s) ?? 1;
    const pos = file.position(s.span.start);
    const j: StageJson = {
      id,
      kind: s.kind,
      label: s.label,
      parent: s.parent?.id ?? null,
      order,
      phase: s.phase,
      loc: { line: pos.line, column: pos.column, start: s.span.start, end: s.span.end },
      multiplicity: m,
      bounds: b,
      total: scale(b, m),
      derivations: s.derivations,
      critical: critical.has(s),
    };
    if (s.width !== undefined) j.width = s.width;
    if (s.iterations !== undefined) j.iterations = s.iterations;
    if (s.attempts !== undefined) j.attempts = s.attempts;
    if (s.gate) j.gate = s.gate;
    if (s.workflow !== undefined) j.workflow = s.workflow;
    if (s.kind === "agent") {
      j.model = s.model ?? null;
      j.pricedModel = s.pricedModel ?? "";
      j.effort = s.effort ?? null;
      if (s.prompt) j.prompt = s.prompt;
      j.schema = s.schema ?? null;
      j.options = sortKeys(s.options ?? {});
    }
    stages.push(j);
    const children = s.children;
    for (let i = 0; i < children.length; i++) visit(children[i]!, i);
    // Order edges between consecutive siblings in sequences that do agent work (ids are final once
    // the children have been visited).
    if (s.kind === "serial" || s.kind === "loop" || s.kind === "retry") {
      for (let i = 1; i < children.length; i++) edges.push({ from: children[i - 1]!.id, to: children[i]!.id, kind: "order" });
    }
  };
  visit(root, 0);

  // Data edges: what each stage read, lifted to the nearest stage that exists in the graph. A read of
  // a stage that comes *later* in pre-order is a value carried from a previous loop iteration; the
  // loop stage already stands for the repetition, so those back edges are left out and the edges
  // stay a DAG.
  for (let at = 0; at < all.length; at++) {
    const s = all[at]!;
    if (!s.reads) continue;
    for (const from of s.reads) {
      const fromAt = position.get(from);
      if (fromAt === undefined || fromAt === at) continue;
      // Reads into the root are the plan's `return`: the final answer reads what reached it.
      if (s !== root && fromAt > at) continue;
      edges.push({ from, to: s.id, kind: "data" });
    }
  }

  stages.sort((a, b) => cmp(a.id, b.id));
  // Sorted, duplicates are neighbours: keep the first of each run.
  edges.sort(compareEdges);
  const sortedEdges: EdgeJson[] = [];
  for (const e of edges) {
    const last = sortedEdges[sortedEdges.length - 1];
    if (!last || compareEdges(last, e) !== 0) sortedEdges.push(e);
  }

  const json: StageGraphJson = {
    version: STAGE_GRAPH_VERSION,
    plan: { ...plan, path: file.path },
    root: root.id,
    stages,
    edges: sortedEdges,
    bounds: toBounds(bounds.total),
    criticalPath: criticalStages.map((s) => s.id),
  };

  const graph = new DirectedGraph();
  for (const s of stages) graph.addNode(s.id, s);
  // A data and an order edge between the same two stages are one graphology edge (a simple graph);
  // sorted by endpoints, such pairs are neighbours.
  let prev: EdgeJson | undefined;
  for (const e of sortedEdges) {
    if (!prev || prev.from !== e.from || prev.to !== e.to) graph.addEdge(e.from, e.to, { kind: e.kind });
    prev = e;
  }
  return { json, graph };
}

function compareEdges(a: EdgeJson, b: EdgeJson): number {
  return cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.kind, b.kind);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function scale(b: ReturnType<typeof toBounds>, m: number): ReturnType<typeof toBounds> {
  return { ...b, agents: b.agents * m, inputTokens: b.inputTokens * m, outputTokens: b.outputTokens * m, usd: Math.round(b.usd * m * 1e6) / 1e6 };
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k];
  return out;
}

/** The stages along the longest-latency path: all of a sequence, the slowest arm or item. */
function criticalPath(root: Stage, bounds: BoundsResult): Stage[] {
  const out: Stage[] = [];
  const walk = (s: Stage): void => {
    out.push(s);
    if (s.children.length === 0) return;
    if (s.kind === "branch" || ((s.kind === "parallel" || s.kind === "pipeline") && s.children.length > 1)) {
      let best = s.children[0]!;
      for (const c of s.children) if ((bounds.perStage.get(c)?.latencyMs ?? 0) > (bounds.perStage.get(best)?.latencyMs ?? 0)) best = c;
      walk(best);
    } else for (const c of s.children) walk(c);
  };
  walk(root);
  return out;
}

export type { A };
