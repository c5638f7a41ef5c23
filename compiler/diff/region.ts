/**
 * Computes the changed region of a diff (see `ChangedRegion`), kept in the diff itself so that
 * renderers need nothing but the diff.
 */

import type { EdgeJson, StageGraphJson, StageJson } from "../graph/types.js";
import { isScaffolding } from "./canonical.js";
import type { ChangedRegion, PlanDiff, RegionEdge, RegionNode } from "./types.js";

/** Enough for a pull-request comment; a larger refactor is better read as the stage list. */
export const MAX_REGION_NODES = 40;

export function changedRegion(
  diff: Omit<PlanDiff, "region">,
  before: StageGraphJson,
  after: StageGraphJson,
): ChangedRegion {
  const status = new Map<string, RegionNode["status"]>();
  for (const s of diff.stages.added) status.set(s.id, "added");
  for (const s of diff.stages.removed) status.set(s.id, "removed");
  for (const s of diff.stages.changed) status.set(s.id, "changed");

  const touched = new Set(status.keys());
  const risky = new Set(diff.risks.flatMap((r) => r.stages));
  for (const id of risky) touched.add(id);
  for (const e of [...diff.edges.added, ...diff.edges.removed]) {
    touched.add(e.from);
    touched.add(e.to);
  }
  if (touched.size === 0) return { nodes: [], edges: [], omitted: 0 };

  // The newer facts win for stages in both graphs.
  const stages = new Map<string, StageJson>();
  for (const s of before.stages) stages.set(s.id, s);
  for (const s of after.stages) stages.set(s.id, s);

  const key = (e: EdgeJson) => `${e.from}\u0000${e.to}\u0000${e.kind}`;
  const edges = new Map<string, RegionEdge>();
  for (const e of [...before.edges, ...after.edges]) edges.set(key(e), { from: e.from, to: e.to, kind: e.kind, change: "same" });
  for (const e of diff.edges.removed) edges.set(key(e), { ...e, change: "removed" });
  for (const e of diff.edges.added) edges.set(key(e), { ...e, change: "added" });

  // Serial containers (`…/item`, `…/body`, `…/arm0`) are not drawn: a stage hangs off the nearest
  // enclosing stage that is not one, so a changed agent in a fan-out sits under its `parallel`.
  const isContainer = (id: string): boolean => {
    const s = stages.get(id);
    return s !== undefined && s.kind === "serial" && isScaffolding(s);
  };
  const lift = (id: string | null): string | null => {
    while (id !== null && isContainer(id)) id = stages.get(id)?.parent ?? null;
    return id;
  };

  const neighbours = new Set<string>();
  for (const edge of edges.values()) {
    if (touched.has(edge.from)) neighbours.add(edge.to);
    if (touched.has(edge.to)) neighbours.add(edge.from);
  }
  for (const id of touched) {
    const parent = lift(stages.get(id)?.parent ?? null);
    // Everything top-level sits in the root; drawing it would only add a hub.
    if (parent && parent !== before.root && parent !== after.root) neighbours.add(parent);
  }
  // Touched stages first, so the cap drops context before changes.
  const ordered = [...[...touched].sort(), ...[...neighbours].filter((id) => !touched.has(id)).sort()].filter(
    (id) => stages.has(id) && !isContainer(id),
  );
  const kept = ordered.slice(0, MAX_REGION_NODES).sort();
  const inRegion = new Set(kept);
  const nodes: RegionNode[] = kept.map((id) => {
    const s = stages.get(id)!;
    return { id, kind: s.kind, label: s.label, parent: lift(s.parent), status: status.get(id) ?? "context", risk: risky.has(id) };
  });
  const regionEdges = [...edges.entries()]
    .filter(([, e]) => inRegion.has(e.from) && inRegion.has(e.to))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, e]) => e);
  return { nodes, edges: regionEdges, omitted: ordered.length - kept.length };
}
