/**
 * Runs a plan the way `wfc run --provider anthropic` does (compile, then `runPlan` with the real
 * Anthropic provider and the SDK) against a local Messages server, and keeps the evidence the
 * acceptance tests read: every event, every provider call with its deadline, the moment the SDK
 * handed each request to fetch, the run report, and the compiled graph.
 *
 * Nothing here replaces a part of the system under test: the provider is wrapped only to record the
 * request it was given, and fetch only to record when a request left; both pass everything through.
 */

import { AsyncLocalStorage } from "node:async_hooks";
import { expect } from "vitest";
import { compileSource, type Compilation } from "../../../compiler/compile.js";
import type { StageGraphJson } from "../../../compiler/graph/types.js";
import { DEFAULT_PRICING, priceOf, resolveModel, usdFor } from "../../../compiler/pricing.js";
import type { RunEvent } from "../../../runtime/events.js";
import { createAnthropicProvider, type AnthropicProviderOptions } from "../../../runtime/providers/anthropic.js";
import type { AgentOutcome, AgentRequest, Provider, Usage } from "../../../runtime/providers/types.js";
import { buildRunReport, type RunReport } from "../../../runtime/report.js";
import { runPlan, type RunOptions, type RunResult } from "../../../runtime/run.js";

/** A key no real system would print by accident: any occurrence in output is a leak. */
export const FAKE_KEY = "wfc-fake-key-ZX9q-LEAKCANARY-4b1e7c";

/** One `provider.call` as the runtime made it. */
export interface ProviderCall {
  prompt: string;
  stageId: string;
  index: number[];
  attempt: number;
  deadline: number;
  startedAt: number;
  /** When the real provider's promise settled (not when the runtime's own timer gave up on it). */
  settledAt?: number;
  outcome?: AgentOutcome;
}

/** One request handed by the SDK to fetch. */
export interface FetchRecord {
  at: number;
  prompt: string;
  /** The provider call that sent it (tracked through async context, not guessed from times). */
  call: ProviderCall | undefined;
}

export interface HttpRun {
  result: RunResult;
  events: RunEvent[];
  calls: ProviderCall[];
  fetches: FetchRecord[];
  graph: StageGraphJson;
  report: RunReport;
  /** Provider calls that had not settled when runPlan returned. */
  pendingAtReturn: number;
  compilation: Compilation;
}

export interface HttpRunOptions {
  source: string;
  baseURL: string;
  path?: string;
  args?: unknown;
  concurrency?: number;
  budget?: RunOptions["budget"];
  apiKey?: string;
  provider?: Partial<AnthropicProviderOptions>;
  store?: RunOptions["store"];
}

export const pricing = (model: string, usage: Usage): number =>
  usdFor(priceOf(DEFAULT_PRICING, resolveModel(DEFAULT_PRICING, model)), usage.inputTokens, usage.outputTokens, usage.cacheReadTokens, usage.cacheWriteTokens);

/** Compiles a plan and insists it is error-free, as `wfc run` does before it starts anything. */
export function compilePlan(path: string, source: string): Compilation & { graph: StageGraphJson } {
  const c = compileSource(path, source);
  const errors = c.diagnostics.filter((d) => d.severity === "error");
  if (c.hasErrors || !c.graph || !c.program || !c.sites)
    throw new Error(`the test plan does not compile: ${errors.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  return c as Compilation & { graph: StageGraphJson };
}

const promptOf = (body: unknown): string => {
  if (typeof body !== "string") return "";
  try {
    const parsed = JSON.parse(body) as { messages?: Array<{ content?: unknown }> };
    const content = parsed.messages?.[0]?.content;
    return typeof content === "string" ? content : "";
  } catch {
    return "";
  }
};

export async function runOverHttp(options: HttpRunOptions): Promise<HttpRun> {
  const path = options.path ?? "plan.wf.js";
  const compilation = compilePlan(path, options.source);
  const { graph } = compilation;
  const events: RunEvent[] = [];
  const calls: ProviderCall[] = [];
  const fetches: FetchRecord[] = [];
  let pending = 0;
  const owner = new AsyncLocalStorage<ProviderCall>();

  const recordingFetch: typeof globalThis.fetch = (input, init) => {
    fetches.push({ at: Date.now(), prompt: promptOf(init?.body), call: owner.getStore() });
    return globalThis.fetch(input, init);
  };
  const real = createAnthropicProvider({
    apiKey: options.apiKey ?? FAKE_KEY,
    baseURL: options.baseURL,
    // Short, jitter-free backoff: the policy's formula is tested in test/providers; here the
    // runtime's behaviour around it is what matters.
    backoff: { initialMs: 20, maxMs: 80, random: () => 0 },
    fetch: recordingFetch,
    ...options.provider,
  });
  const provider: Provider = {
    name: real.name,
    simulated: real.simulated,
    async call(request: AgentRequest) {
      const call: ProviderCall = {
        prompt: request.prompt,
        stageId: request.stageId,
        index: [...request.index],
        attempt: request.attempt ?? 1,
        deadline: request.deadline,
        startedAt: Date.now(),
      };
      calls.push(call);
      pending++;
      try {
        const outcome = await owner.run(call, () => real.call(request));
        call.outcome = outcome;
        return outcome;
      } finally {
        call.settledAt = Date.now();
        pending--;
      }
    },
  };

  const meta = compilation.meta;
  const startedAt = Date.now();
  const result = await runPlan({
    path,
    source: options.source,
    program: compilation.program!,
    sites: compilation.sites!,
    graph,
    provider,
    args: options.args ?? {},
    ...(options.concurrency !== undefined && { concurrency: options.concurrency }),
    ...(options.budget !== undefined && { budget: options.budget }),
    pricing,
    modelFor: (alias) => resolveModel(DEFAULT_PRICING, alias ?? meta?.defaults?.model ?? "sonnet"),
    onEvent: (e) => events.push(e),
    ...(options.store !== undefined && { store: options.store }),
  });
  const pendingAtReturn = pending;
  const report = buildRunReport(result, { path, graph, startedAt, endedAt: Date.now() });
  return { result, events, calls, fetches, graph, report, pendingAtReturn, compilation };
}

/** The compiled graph's worst case holds for the run as a whole and for every stage that ran. */
export function expectWithinBounds(run: HttpRun): void {
  const { result, graph, report } = run;
  expect(result.totals.agents).toBeLessThanOrEqual(graph.bounds.agents);
  expect(result.totals.outputTokens).toBeLessThanOrEqual(graph.bounds.outputTokens);
  for (const [id, stage] of Object.entries(report.stages)) {
    expect(stage.bound, `stage ${id} is in the graph`).toBeDefined();
    expect(stage.actual.agents, `agents of ${id}`).toBeLessThanOrEqual(stage.bound!.agents);
    expect(stage.actual.outputTokens, `output tokens of ${id}`).toBeLessThanOrEqual(stage.bound!.outputTokens);
  }
}

/**
 * No request left for an agent after that attempt's deadline: each fetch was made by one provider
 * call for the same prompt, before that call's deadline.
 */
export function expectNoRequestAfterDeadline(run: HttpRun): void {
  expect(run.fetches.length).toBeGreaterThan(0);
  for (const f of run.fetches) {
    const what = `the request for ${JSON.stringify(f.prompt.slice(0, 40))}`;
    expect(f.call, `${what} was made by a provider call`).toBeDefined();
    expect(f.call!.prompt, what).toBe(f.prompt);
    expect(f.at, what).toBeLessThan(f.call!.deadline);
  }
}

/** Every agent-start has its agent-end, and the run-end event comes last. */
export function expectBalancedEvents(events: RunEvent[]): void {
  const starts = events.filter((e) => e.type === "agent-start").length;
  const ends = events.filter((e) => e.type === "agent-end").length;
  expect(ends).toBe(starts);
  expect(events.at(-1)?.type).toBe("run-end");
  expect(events.filter((e) => e.type === "run-end")).toHaveLength(1);
}
