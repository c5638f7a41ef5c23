import type { Span } from "../../grammar/ast.js";
import type { Bounds, Derivation, StageJson, StageKind } from "../graph/types.js";

/** The kind-specific facts a stage carries into the canonical graph, as `StageJson` defines them. */
type StageFacts = Pick<StageJson, "width" | "iterations" | "attempts" | "gate" | "workflow" | "model" | "pricedModel" | "effort" | "prompt" | "schema" | "options">;

/** A node of the stage tree the analysis builds; `compiler/graph/build.ts` turns it into the canonical graph. */
export interface Stage extends StageFacts {
  id: string;
  kind: StageKind;
  label: string;
  parent: Stage | null;
  children: Stage[];
  phase: string | null;
  span: Span;
  /** parallel: a literal list of distinct thunks, each child run once (not one child run `width` times). */
  hetero?: boolean;
  /** agent: bounds of one attempt. */
  inTokens?: number;
  outTokens?: number;
  timeoutMs?: number;
  /**
   * Time spent waiting, which adds to the latency: a retry's backoff between attempts, or the sleeps
   * made in a container (`await new Promise((r) => setTimeout(r, ms))`).
   */
  waitMs?: number;
  /** serial: some child's promise was not awaited before the next started, so children may overlap. */
  concurrent?: boolean;
  /** workflow: the nested plan's worst case. */
  nested?: Bounds;
  derivations: Derivation[];
  /** Stage ids whose results this stage reads (data edges); created on the first read (see `addReads`). */
  reads?: Set<string>;
}

export function newStage(kind: StageKind, id: string, label: string, parent: Stage | null, span: Span, phase: string | null): Stage {
  const s: Stage = { id, kind, label, parent, children: [], phase, span, derivations: [] };
  if (parent) parent.children.push(s);
  return s;
}

/**
 * Records that a stage reads the results of `ids`. The set is made on the first read: most stages
 * the analysis creates (branch arms, loop scratch passes, containers) never read anything.
 */
export function addReads(s: Stage, ids: readonly string[] | undefined): void {
  if (!ids || ids.length === 0) return;
  const reads = (s.reads ??= new Set());
  for (const id of ids) reads.add(id);
}

/** Whether a stage holds work that costs money or time: agents, a nested workflow, or waiting. */
export function hasAgents(s: Stage): boolean {
  if (s.kind === "agent" || s.kind === "workflow" || s.waitMs) return true;
  return s.children.some(hasAgents);
}

/** Remove a container that turned out to hold no agent work. */
export function detachIfEmpty(s: Stage): boolean {
  if (hasAgents(s) || !s.parent) return false;
  // From the end: the container was usually just added, and a sequence can hold thousands of stages.
  const i = s.parent.children.lastIndexOf(s);
  if (i >= 0) s.parent.children.splice(i, 1);
  return true;
}
