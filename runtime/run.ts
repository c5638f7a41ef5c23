/**
 * `runPlan`: runs a parsed plan in the sandboxed interpreter against a provider, with the priority
 * scheduler, the durability store, the budget guards and the failure census, and returns what
 * happened as data (a plan error is a positioned message in `error`, never a thrown stack).
 */
import { literal } from "../compiler/meta.js";
import { Reporter } from "../compiler/report.js";
import { EFFORT_CAPS } from "../compiler/analysis/analyze.js";
import { validateOutput, type JsonSchema } from "./providers/schema.js";
import type * as A from "../grammar/ast.js";
import { joinId, type SiteIndex } from "../compiler/stage-ids.js";
import type { StageActuals, StageGraphJson } from "../compiler/graph/types.js";
import { SourceFile } from "../compiler/source.js";
import type { Provider, Usage } from "./providers/types.js";
import { Census, type FailureRecord } from "./census.js";
import type { EventSink } from "./events.js";
import { PriorityScheduler, MAX_CONCURRENCY, priorityFromGraph } from "./scheduler.js";
import { Interpreter } from "./interpreter/evaluate.js";
import { Env } from "./interpreter/env.js";
import { installBuiltins } from "./interpreter/builtins.js";
import { installPrimitives, type LoadedWorkflow, type PlanDefaults, type PrimitiveContext } from "./interpreter/primitives.js";
import { AgentRunner, type RunLimits, type RunStore, type Totals } from "./interpreter/agent-call.js";
import { PlanThrow, RunAbort, deepFreeze, exportValue, isErrorObject, makeError, toStr, type Frame } from "./interpreter/values.js";

export { agentKey, type RunStore, type Totals } from "./interpreter/agent-call.js";
export type { FailureRecord } from "./census.js";
export type { LoadedWorkflow } from "./interpreter/primitives.js";

/** Claude Code's per-run cap on agent() calls. */
export const MAX_AGENTS_PER_RUN = 1000;

export interface RunOptions {
  path: string;
  source: string;
  program: A.Program;
  sites: SiteIndex;
  graph?: StageGraphJson | undefined;
  provider: Provider;
  args?: unknown;
  seed?: number | string | undefined;
  /** At most 16. Default: meta.budget.concurrency, else the effort tier's, else 16. */
  concurrency?: number | undefined;
  /** Default effort for agents that set none. */
  effort?: string | undefined;
  /** Overrides `meta.budget` key by key. `tokens` counts output tokens. */
  budget?: { tokens?: number | undefined; usd?: number | undefined; agents?: number | undefined } | undefined;
  pricing: (model: string, usage: Usage) => number;
  modelFor: (alias: string | undefined) => string;
  store?: RunStore | undefined;
  runId?: string | undefined;
  onEvent?: EventSink | undefined;
  /** Loads `<dir>/<name>.wf.js` for workflow(); a string result is an error message. */
  loadWorkflow?: ((name: string, fromPath: string) => Promise<LoadedWorkflow | string>) | undefined;
  /** Agent priority override (benchmarks); default from the graph's critical path. */
  priorityOf?: ((stageId: string, index: number[]) => number) | undefined;
  /** Injected sleep for retry backoff (tests make it instant). */
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Injected clock. */
  now?: () => number;
  /** Stops the run (Ctrl-C): no new agent starts, in-flight calls are aborted, the run ends `failed`. */
  signal?: AbortSignal | undefined;
}

export type RunStatus = "completed" | "degraded" | "failed";

export interface RunResult {
  status: RunStatus;
  result: unknown;
  /** Failures the run survived (quarantined agents, thunks, stages, exhausted retries). */
  census: FailureRecord[];
  /** Values a gate's check rejected under `onFail: 'drop'` (or whose gate retries ran out). */
  rejected: FailureRecord[];
  totals: Totals;
  perStage: Record<string, StageActuals>;
  error?: { message: string; line?: number; column?: number };
  simulated: boolean;
  /** Scheduler counters (peak concurrency actually reached). */
  scheduler: { maxInFlight: number; started: number; completed: number; concurrency: number };
}

/**
 * The plan's `meta` as JSON, read with the compiler's own literal evaluator (compiler/meta.ts), so the
 * runtime and the bounds see the same budget, effort, defaults and args schema. A plan that reaches
 * the runtime has checked clean, so nothing is reported here.
 */
export function readMeta(program: A.Program): Record<string, unknown> {
  // Read once per program and frozen, so the same `meta.args` object comes back on every run and its
  // compiled validator (cached per schema object) is reused instead of rebuilt for each run.
  let meta = metaCache.get(program);
  if (!meta) metaCache.set(program, (meta = deepFreeze(readMetaFresh(program))));
  return meta;
}

const metaCache = new WeakMap<A.Program, Record<string, unknown>>();

function readMetaFresh(program: A.Program): Record<string, unknown> {
  for (const s of program.body) {
    if (s.type !== "ExportNamedDeclaration") continue;
    for (const d of s.declaration.declarations) {
      if (d.id.type === "Identifier" && d.id.name === "meta" && d.init) {
        const v = literal(d.init, new Reporter());
        return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
      }
    }
  }
  return {};
}

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined);
/** The effort tiers' concurrency caps: the same table the compiler proves bounds with. */
const EFFORT_CONCURRENCY: Record<string, number> = Object.fromEntries(Object.entries(EFFORT_CAPS).map(([tier, caps]) => [tier, caps.concurrency]));

function defaultsOf(meta: Record<string, unknown>): PlanDefaults {
  const d = (meta["defaults"] ?? {}) as Record<string, unknown>;
  return {
    model: typeof d["model"] === "string" ? d["model"] : undefined,
    maxTokens: num(d["maxTokens"]),
    timeoutMs: num(d["timeoutMs"]),
    attempts: num(d["attempts"]),
  };
}

function positioned(path: string, source: string, span: A.Span | undefined, message: string): { message: string; line?: number; column?: number } {
  if (!span) return { message: `${path}: ${message}` };
  const { line, column } = new SourceFile(path, source).position(span.start);
  return { message: `${path}:${line}:${column}: ${message}`, line, column };
}

function describeThrown(value: unknown): string {
  if (isErrorObject(value)) return `uncaught ${toStr(value)}`;
  let text: string;
  try {
    text = JSON.stringify(exportValue(value)) ?? toStr(value);
  } catch {
    text = toStr(value);
  }
  return `uncaught exception: ${text}`;
}

export async function runPlan(options: RunOptions): Promise<RunResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const meta = readMeta(options.program);
  const metaBudget = (meta["budget"] ?? {}) as Record<string, unknown>;
  const effortTier = typeof meta["effort"] === "string" ? EFFORT_CONCURRENCY[meta["effort"]] : undefined;
  const concurrency = Math.min(MAX_CONCURRENCY, options.concurrency ?? num(metaBudget["concurrency"]) ?? effortTier ?? MAX_CONCURRENCY);
  // The proven output-token bound is a guard too: a run can never spend more than `wfc plan` said.
  const declaredTokens = options.budget?.tokens ?? num(metaBudget["tokens"]);
  const provenTokens = options.graph?.bounds.outputTokens;
  const tokens = declaredTokens === undefined ? provenTokens : provenTokens === undefined ? declaredTokens : Math.min(declaredTokens, provenTokens);
  const usd = options.budget?.usd ?? num(metaBudget["usd"]);
  const declaredAgents = options.budget?.agents ?? num(metaBudget["agents"]);

  let agentCap = MAX_AGENTS_PER_RUN;
  let agentsReason = `the run reached the cap of ${MAX_AGENTS_PER_RUN} agent calls`;
  if (options.graph && options.graph.bounds.agents < agentCap) {
    agentCap = options.graph.bounds.agents;
    agentsReason = `the run reached the plan's proven bound of ${agentCap} agent calls (graph bounds.agents), so something unbounded happened; no new agents were started`;
  }
  if (declaredAgents !== undefined && declaredAgents < agentCap) {
    agentCap = declaredAgents;
    agentsReason = `agent budget: the run reached its budget of ${agentCap} agent calls; no new agents were started`;
  }
  const limits: RunLimits = { agents: agentCap, agentsReason, tokens, usd };

  const emit: EventSink = (e) => {
    try {
      options.onEvent?.(e);
    } catch {
      // A failing sink must not fail the run.
    }
  };
  const scheduler = new PriorityScheduler(concurrency);
  const census = new Census();
  const graphPriority = priorityFromGraph(options.graph);
  const runner = new AgentRunner({
    provider: options.provider,
    scheduler,
    census,
    emit,
    pricing: options.pricing,
    priorityOf: options.priorityOf ?? ((id) => graphPriority(id)),
    limits,
    store: options.store,
    now,
    listening: options.onEvent !== undefined,
  });
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const phase = { current: null as string | null };

  const makeScope = (sites: SiteIndex, program: A.Program, args: unknown, nestedName: string | undefined, path: string) => {
    const globals = new Env(undefined);
    installBuiltins(globals, {
      log: (message, level) => emit({ type: "log", t: now(), message: nestedName !== undefined ? `[${nestedName}] ${message}` : message, level }),
    });
    const ctx: PrimitiveContext = {
      sites,
      runner,
      census,
      emit,
      now,
      defaults: defaultsOf(readMeta(program)),
      effort: options.effort,
      modelFor: options.modelFor,
      sleep,
      budgetTotal: tokens ?? null,
      phase,
      nestedName,
      runWorkflow: nestedName === undefined ? runWorkflow : undefined,
    };
    installPrimitives(globals, ctx, args);
    return { interpreter: new Interpreter(sites, globals), path };
  };

  const children = new Map<string, LoadedWorkflow>();
  async function runWorkflow(name: string, args: unknown, frame: Frame, stageId: string, node: A.Node): Promise<unknown> {
    if (!/^[\w.-]+$/.test(name) || name.includes(".."))
      throw new PlanThrow(errorValue(`workflow(): invalid name \`${name}\``), node.span);
    if (!options.loadWorkflow) throw new PlanThrow(errorValue(`workflow(): no loader for nested plans was configured`), node.span);
    let child = children.get(name);
    if (!child) {
      const loaded = await options.loadWorkflow(name, options.path);
      if (typeof loaded === "string") throw new PlanThrow(errorValue(`workflow(${name}): ${loaded}`), node.span);
      if (loaded.path === options.path) throw new PlanThrow(errorValue(`workflow(${name}): a plan cannot run itself`), node.span);
      child = loaded;
      children.set(name, child);
    }
    // A nested plan's bounds were proven for its own `meta.args`: hold its caller to them too.
    const childArgs = readMeta(child.program)["args"];
    if (childArgs && typeof childArgs === "object") {
      const check = validateOutput(childArgs as JsonSchema, exportValue(args) ?? {});
      if (!check.ok) throw new PlanThrow(errorValue(`workflow(${name}): the args do not match its \`meta.args\`: ${check.issues.slice(0, 3).join("; ")}`), node.span);
    }
    const scope = makeScope(child.sites, child.program, args, name, child.path);
    try {
      return await scope.interpreter.runProgram(child.program, { ...frame, prefix: stageId, nested: true, depth: frame.depth + 1 });
    } catch (e) {
      if (e instanceof PlanThrow && child) {
        const where = positioned(child.path, child.source, e.span, describeThrown(e.value));
        throw new PlanThrow(errorValue(`workflow(${name}) failed: ${where.message}`), node.span);
      }
      throw e;
    }
  }

  const onStop = () => {
    runner.stop("the run was stopped", undefined);
    runner.abortAll();
  };
  if (options.signal?.aborted) onStop();
  options.signal?.addEventListener("abort", onStop, { once: true });

  emit({ type: "run-start", t: started, path: options.path, ...(options.runId !== undefined && { runId: options.runId }), simulated: options.provider.simulated, concurrency: scheduler.concurrency });
  const top = makeScope(options.sites, options.program, options.args, undefined, options.path);
  let result: unknown;
  let error: RunResult["error"];
  // The bounds were proven for inputs that match `meta.args`: refuse anything else before the first call.
  const argsSchema = meta["args"];
  const argsCheck = argsSchema && typeof argsSchema === "object" ? validateOutput(argsSchema as JsonSchema, options.args ?? {}) : undefined;
  try {
    if (argsCheck && !argsCheck.ok) {
      error = { message: `${options.path}: the args do not match \`meta.args\`, so the plan's proven bounds would not hold: ${argsCheck.issues.slice(0, 5).join("; ")}` };
    } else result = exportValue(await top.interpreter.runProgram(options.program, { prefix: "", index: [], depth: 0, nested: false, retry: 0 }));
  } catch (e) {
    if (e instanceof PlanThrow) error = positioned(options.path, options.source, e.span, describeThrown(e.value));
    else if (e instanceof RunAbort) error = positioned(options.path, options.source, e.span, e.message);
    else error = { message: `${options.path}: internal error in wfc: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (runner.stopped && !error) error = positioned(options.path, options.source, runner.stopped.span, runner.stopped.message);
  // A failed plan starts nothing more: queued agents see the stop, in-flight ones finish.
  if (error) runner.stop(error.message, undefined);
  options.signal?.removeEventListener("abort", onStop);
  // In-flight agents finish (and are recorded) before the run reports.
  await scheduler.idle();
  // A gate that drops a value did its job: those items are reported as `rejected`, not as failures,
  // so `degraded` keeps meaning "something broke" and never cries wolf on a working filter.
  const all = census.list();
  const censusList = all.filter((r) => r.errorClass !== "gate_failed");
  const rejected = all.filter((r) => r.errorClass === "gate_failed");
  const status: RunStatus = error ? "failed" : censusList.length > 0 ? "degraded" : "completed";
  const totals = { ...runner.totals, ms: Math.max(0, now() - started) };
  emit({ type: "run-end", t: now(), status, agents: totals.agents, usd: totals.usd, ms: totals.ms, ...(error && { error: error.message }) });
  return {
    status,
    result: error ? undefined : result,
    census: censusList,
    rejected,
    totals,
    perStage: runner.perStage,
    ...(error && { error }),
    simulated: options.provider.simulated,
    scheduler: { maxInFlight: scheduler.maxInFlight, started: scheduler.started, completed: scheduler.completed, concurrency: scheduler.concurrency },
  };
}

function errorValue(message: string): unknown {
  return makeError("Error", message);
}

export { joinId };
