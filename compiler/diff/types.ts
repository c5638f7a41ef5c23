/**
 * The data of a plan diff: what `wfc diff` computes once and every renderer (text, Markdown,
 * JSON) prints. Shaped like Elm's `Deps/Diff.hs`: added / removed / changed, then a classification
 * (here, risk classes instead of MAJOR/MINOR/PATCH). Everything is plain JSON and sorted, so two
 * runs over the same inputs give byte-identical output.
 *
 * "Absent" is modelled by omitting a key, never by `null`, because `null` already means something
 * in a stage graph (`model: null` is "inherits the session model").
 */

import type { Bounds, EdgeJson, StageKind } from "../graph/types.js";

export const PLAN_DIFF_VERSION = 1;

/** Every risk class, in the order renderers print them (most severe first). */
export const RISK_CLASSES = [
  "verification-removed",
  "gate-removed",
  "gate-weakened",
  "schema-loosened",
  "budget-raised",
  "model-upgraded",
  "fan-out-widened",
  "retry-raised",
] as const;

export type RiskClass = (typeof RISK_CLASSES)[number];

/** A changed scalar-ish fact. `before`/`after` are omitted when the fact is absent on that side. */
export interface FieldChange {
  /** e.g. `model`, `effort`, `attempts`, `width`, `gate.onFail`, `timeout`, `phase`, `budget.usd`. */
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface WordPart {
  op: "equal" | "added" | "removed";
  text: string;
}

export interface PromptDiff {
  before: string;
  after: string;
  /** Word-level diff (`diffWords` from the `diff` package), in order. */
  parts: WordPart[];
}

export type SchemaChangeKind =
  /** The whole output schema appeared (free text became structured) or disappeared. */
  | "schema-added"
  | "schema-removed"
  /** A property appeared or disappeared. */
  | "added"
  | "removed"
  /** `type` changed. */
  | "retyped"
  /** The property became required, or stopped being required. */
  | "required"
  | "optional"
  /** Any other keyword changed: `maxItems`, `enum`, `maxLength`, `additionalProperties`, … */
  | "keyword";

export interface SchemaChange {
  /** Where: `findings[].severity`; the schema's root is `$`. */
  path: string;
  change: SchemaChangeKind;
  /** For `keyword` (and `retyped`: `type`). */
  keyword?: string;
  before?: unknown;
  after?: unknown;
  /** True when the change lets more outputs through (the `schema-loosened` risk). */
  loosens: boolean;
}

/** A stage as listed among the added or removed ones. */
export interface StageRef {
  id: string;
  kind: StageKind;
  label: string;
  phase: string | null;
  /** Worst case summed over the stage's executions. */
  total: Bounds;
}

export interface StageChange {
  id: string;
  kind: StageKind;
  /** The label in the new graph (labels are display-only and never compared). */
  label: string;
  /** Options and structural facts that changed, sorted by `field`. */
  fields: FieldChange[];
  prompt?: PromptDiff;
  schema?: SchemaChange[];
  /** The stage's worst-case total before and after (context for the reviewer, not itself a change). */
  total: { before: Bounds; after: Bounds };
}

export interface BoundDelta {
  quantity: keyof Bounds;
  before: number;
  after: number;
  delta: number;
  /** Percentage change; `null` when `before` is 0 and `after` is not (the quantity is new). */
  percent: number | null;
}

export interface Risk {
  class: RiskClass;
  /** One sentence saying why a reviewer should look. */
  explanation: string;
  /** Ids of the stages that triggered it, sorted; empty for plan-level risks (budget). */
  stages: string[];
  /** One line per trigger, naming the stage and the change. */
  details: string[];
}

export interface RegionNode {
  id: string;
  kind: StageKind;
  label: string;
  parent: string | null;
  status: "added" | "removed" | "changed" | "context";
  /** A risk names this stage. */
  risk: boolean;
}

export interface RegionEdge {
  from: string;
  to: string;
  kind: EdgeJson["kind"];
  change: "added" | "removed" | "same";
}

/**
 * The changed region, for drawing: every added, removed or changed stage, every stage a risk names,
 * the endpoints of added and removed edges, and their one-hop neighbours (by edge in either graph,
 * and their parents). Capped; `omitted` counts what the cap left out.
 */
export interface ChangedRegion {
  nodes: RegionNode[];
  /** Edges with both ends in the region, sorted by from, to, kind. */
  edges: RegionEdge[];
  omitted: number;
}

export interface PlanRef {
  name: string;
  path: string;
  hash: string;
}

export interface PlanDiff {
  version: typeof PLAN_DIFF_VERSION;
  before: PlanRef;
  after: PlanRef;
  /** Plan-level changes: `name`, `description`, `effort`, `phases`, `budget.*`. */
  plan: FieldChange[];
  /** All six bounds, in the order of `Bounds`, changed or not. */
  bounds: BoundDelta[];
  stages: { added: StageRef[]; removed: StageRef[]; changed: StageChange[] };
  edges: { added: EdgeJson[]; removed: EdgeJson[] };
  risks: Risk[];
  region: ChangedRegion;
}
