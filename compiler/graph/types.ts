/**
 * The canonical, versioned JSON form of a compiled plan's stage graph: the artifact that `check`,
 * `plan`, `graph`, `diff` and `run` share. Everything here is plain JSON (no Maps, no classes),
 * keys are emitted sorted and arrays in a defined order, so two compilations of the same plan give
 * byte-identical output.
 */

export const STAGE_GRAPH_VERSION = 1;

export type StageKind =
  /** One `agent()` call site (possibly run many times: see `multiplicity`). */
  | "agent"
  /** `parallel(thunks)`: a barrier fan-out with a static maximum width. */
  | "parallel"
  /** `pipeline(items, ...stages)`: per-item chains, no barrier between stages. */
  | "pipeline"
  /** A sequence: a plan body, a helper body, a loop body, a thunk body. */
  | "serial"
  /** `gate(…)`: a verification stage with a static failure policy. */
  | "gate"
  /** `retry(…)`: re-runs its body up to `attempts` times. */
  | "retry"
  /** A `for…of`, counted `for` or counter-bounded `while` loop with a static iteration bound. */
  | "loop"
  /** `if`/`else`, `?:`, `&&`/`||` guarding agent work: the worst case takes the max of the arms. */
  | "branch"
  /** `workflow(name, args)`: a nested plan, one level deep at most. */
  | "workflow";

/** A worst-case (or, in an overlay, actual) cost. All numbers are finite and >= 0. */
export interface Bounds {
  /** Agent calls, counting retries and every attempt. */
  agents: number;
  inputTokens: number;
  outputTokens: number;
  usd: number;
  /** Wall-clock along the critical path, in milliseconds, with the plan's concurrency limit applied. */
  latencyMs: number;
  /** The most agents that can be in flight at once. */
  peakConcurrency: number;
}

/** How one number was derived, for `wfc plan` and the graph's details panel. */
export interface Derivation {
  /** e.g. "width", "iterations", "attempts", "inputTokens". */
  quantity: string;
  value: number;
  /** Human text: "`files` is `args.files`, whose schema says maxItems: 200". */
  because: string;
}

/** One `${…}` hole in a prompt, with the bound assumed for it. */
export interface PromptHole {
  /** The interpolated expression as written. */
  expression: string;
  /** Upper bound on the characters it can contribute. */
  maxChars: number;
  /** Why that bound holds. */
  because: string;
}

export interface PromptInfo {
  /** The prompt with every hole written as `${expression}`; what a reviewer reads. */
  template: string;
  /** Characters of static text. */
  staticChars: number;
  holes: PromptHole[];
}

export interface GateInfo {
  /** `predicate`: a JS check over the value; `agent`: a verifier agent's verdict. */
  check: "predicate" | "agent";
  /** What happens to a value that fails: dropped (becomes absent), the run aborts, or the stage is retried. */
  onFail: "drop" | "abort" | "retry";
  /** Attempts when `onFail` is `retry` (1 otherwise). */
  attempts: number;
}

export interface StageJson {
  /** Stable identity from the plan's structure (labels, helper call path), never from line numbers:
   *  e.g. `review/parallel:reviews/agent:review`. Unique within a graph. */
  id: string;
  kind: StageKind;
  /** Display name: the agent's label, the bound variable's name, or the kind. */
  label: string;
  /** The enclosing stage (structural containment), `null` for the root. */
  parent: string | null;
  /** Index among the parent's children, in source order. */
  order: number;
  /** The `meta.phases` title this stage runs under, if any. */
  phase: string | null;
  /** Where it is written: 1-based line and column of the start, and the UTF-16 span. */
  loc: { line: number; column: number; start: number; end: number };
  /** How many times this stage can run in one execution: the product of every enclosing width,
   *  iteration bound and attempt bound. */
  multiplicity: number;

  // Kind-specific facts; absent when they do not apply.
  /** parallel / pipeline: static maximum number of items. */
  width?: number;
  /** loop: static maximum number of iterations. */
  iterations?: number;
  /** retry / gate (retry policy) / agent (schema retries): maximum attempts. */
  attempts?: number;
  gate?: GateInfo;
  /** workflow: the nested plan's name. */
  workflow?: string;

  /** agent: the model alias or id as written, or `null` when it inherits the session model. */
  model?: string | null;
  /** agent: the model id the bounds were priced with. */
  pricedModel?: string;
  effort?: string | null;
  prompt?: PromptInfo;
  /** agent: the JSON Schema of its output, or `null` for free text. */
  schema?: unknown;
  /** agent: every other option as written (literal values only), sorted by key. */
  options?: Record<string, unknown>;

  /** Worst case of one execution of this stage (its whole subtree, counted once). */
  bounds: Bounds;
  /** Worst case summed over all of its `multiplicity` executions. */
  total: Bounds;
  /** How the numbers in `bounds` were derived. */
  derivations: Derivation[];
  /** True when the stage lies on the plan's critical path. */
  critical: boolean;
}

export interface EdgeJson {
  from: string;
  to: string;
  /** `data`: `to` reads a value that `from` produced. `order`: `to` cannot start before `from` ends. */
  kind: "data" | "order";
}

export interface PlanInfo {
  name: string;
  description: string;
  /** Path as given on the command line (relative to the cwd). */
  path: string;
  phases: { title: string; detail?: string }[];
  /** sha256 of the plan's text, hex. */
  hash: string;
  /** The declared budget from `meta.budget`, if any. */
  budget?: Partial<Pick<Bounds, "agents" | "usd">> & { tokens?: number; concurrency?: number };
  effort?: "low" | "medium" | "high";
}

export interface StageGraphJson {
  version: typeof STAGE_GRAPH_VERSION;
  plan: PlanInfo;
  /** The id of the root stage (kind `serial`). */
  root: string;
  /** Sorted by `id`. */
  stages: StageJson[];
  /** Sorted by `from`, then `to`, then `kind`. */
  edges: EdgeJson[];
  /** Worst case of the whole plan (equals the root's `total`). */
  bounds: Bounds;
  /** Stage ids from the start of the plan to its end along the longest-latency path. */
  criticalPath: string[];
}

/** What actually happened to a stage in a run: the overlay `wfc graph --report` draws. */
export interface StageActuals {
  /** Agent calls made (attempts included). */
  agents: number;
  succeeded: number;
  failed: number;
  quarantined: number;
  /** Served from the journal instead of the API. */
  replayed: number;
  inputTokens: number;
  outputTokens: number;
  usd: number;
  /** Sum of this stage's agent wall-clock times. */
  ms: number;
}
