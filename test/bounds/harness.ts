/**
 * Compile a plan, run it on the simulated provider, and compare what the run used with what the
 * compiler proved: the soundness check that the property test and the hand-written cases share.
 */
import { compileSource } from "../../compiler/compile.js";
import { DEFAULT_PRICING, priceOf, resolveModel, usdFor } from "../../compiler/pricing.js";
import type { Bounds, StageGraphJson } from "../../compiler/graph/types.js";
import { runPlan, type RunResult } from "../../runtime/run.js";
import { createSimProvider, type SimFailureClass } from "../../runtime/providers/sim.js";

export interface RunInput {
  seed: number;
  failureRate: number;
  failureClass?: SimFailureClass | SimFailureClass[];
  args: unknown;
  /** Passing the graph makes the runtime stop at the proven agent bound; leave it out to see overruns. */
  withGraph?: boolean;
  /** Simulated latency per call in ms (default 0); above 0, un-awaited calls really overlap. */
  latency?: number;
}

export interface Checked {
  bounds: Bounds;
  graph: StageGraphJson;
  run: RunResult;
  /** Each way the run exceeded a bound, as text; empty when the bounds held. */
  violations: string[];
}

export function compileOk(source: string, path = "/plans/generated.wf.js") {
  const c = compileSource(path, source);
  const errors = c.diagnostics.filter((d) => d.severity === "error");
  return { c, errors };
}

/** Runs a compiled plan and lists every bound it broke. Throws if the plan does not compile. */
export async function runAndCompare(source: string, input: RunInput, path = "/plans/generated.wf.js"): Promise<Checked> {
  const { c, errors } = compileOk(source, path);
  if (errors.length || !c.graph || !c.bounds || !c.program || !c.sites) {
    throw new Error(`plan does not compile: ${errors.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  }
  const defaultModel = c.meta?.defaults?.model;
  const run = await runPlan({
    path,
    source,
    program: c.program,
    sites: c.sites,
    graph: input.withGraph ? c.graph : undefined,
    provider: createSimProvider({ seed: input.seed, latency: input.latency ?? 0, failureRate: input.failureRate, ...(input.failureClass ? { failureClass: input.failureClass } : {}) }),
    args: input.args,
    seed: input.seed,
    pricing: (model, usage) => usdFor(priceOf(DEFAULT_PRICING, resolveModel(DEFAULT_PRICING, model)), usage.inputTokens, usage.outputTokens, usage.cacheReadTokens ?? 0, usage.cacheWriteTokens ?? 0),
    modelFor: (alias) => resolveModel(DEFAULT_PRICING, alias ?? defaultModel ?? "sonnet"),
    sleep: async () => {},
  });
  const b = c.bounds;
  const t = run.totals;
  const violations: string[] = [];
  if (t.agents > b.agents) violations.push(`agents ${t.agents} > bound ${b.agents}`);
  if (t.outputTokens > b.outputTokens) violations.push(`output tokens ${t.outputTokens} > bound ${b.outputTokens}`);
  if (t.inputTokens > b.inputTokens) violations.push(`input tokens ${t.inputTokens} > bound ${b.inputTokens}`);
  if (t.usd > b.usd + 1e-6) violations.push(`usd ${t.usd} > bound ${b.usd}`);
  if (run.scheduler.maxInFlight > b.peakConcurrency) violations.push(`max in flight ${run.scheduler.maxInFlight} > bound ${b.peakConcurrency}`);
  const byId = new Map(c.graph.stages.map((s) => [s.id, s]));
  for (const [id, actual] of Object.entries(run.perStage)) {
    const stage = byId.get(id);
    if (!stage) violations.push(`stage ${id} ran ${actual.agents} agent(s) but is not in the graph`);
    else if (actual.agents > stage.total.agents) violations.push(`stage ${id}: ${actual.agents} agents > its total bound ${stage.total.agents}`);
    else if (actual.outputTokens > stage.total.outputTokens) violations.push(`stage ${id}: ${actual.outputTokens} output tokens > its total bound ${stage.total.outputTokens}`);
    else if (actual.inputTokens > stage.total.inputTokens) violations.push(`stage ${id}: ${actual.inputTokens} input tokens > its total bound ${stage.total.inputTokens}`);
  }
  if (run.error) violations.push(`the run failed: ${run.error.message}`);
  return { bounds: b, graph: c.graph, run, violations };
}
