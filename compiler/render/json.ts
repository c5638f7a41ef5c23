/**
 * The canonical JSON text of a stage graph: keys sorted at every depth, 2-space indent, a trailing
 * newline, stages sorted by id and edges by (from, to, kind). Two compilations of the same plan give
 * byte-identical files, so the JSON can be committed and diffed. Other arrays (the critical path,
 * phases, holes, derivations) are sequences whose order means something and are kept as given.
 */
import type { StageGraphJson } from "../graph/types.js";
import { buildView, type RenderOptions } from "./view.js";

/** Renders canonical JSON; with `actuals`, adds an `overlay` object (actual vs bound per stage). */
export function renderGraphJson(graph: StageGraphJson, options: RenderOptions = {}): string {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const value: Record<string, unknown> = {
    ...graph,
    stages: [...graph.stages].sort((a, b) => cmp(a.id, b.id)),
    edges: [...graph.edges].sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.kind, b.kind)),
  };
  if (options.actuals) {
    const view = buildView(graph, options);
    value.overlay = Object.fromEntries([...view.overlay].map(([id, o]) => [id, o]));
  }
  return JSON.stringify(sortKeys(value), null, 2) + "\n";
}

/** A deep copy with object keys in code-unit order; `undefined` members are dropped as JSON would. */
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined) out[k] = sortKeys(x);
  }
  return out;
}
