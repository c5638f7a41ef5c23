/**
 * One `agent()` call, end to end: content key and replay, budget and agent-cap guards, a scheduler
 * slot per attempt, the provider call with its per-attempt timeout, re-asks of transient or
 * schema-invalid outcomes, usage accounting, journal records, events, and — on a terminal failure —
 * `null` plus a census record, as in Claude Code.
 */
import { createHash } from "node:crypto";
import type { StageActuals } from "../../compiler/graph/types.js";
import { canonicalJson } from "../providers/schema.js";
import { ZERO_USAGE, type AgentOutcome, type ErrorClass, type Provider, type Usage } from "../providers/types.js";
import type { Census } from "../census.js";
import type { EventSink } from "../events.js";
import type { PriorityScheduler } from "../scheduler.js";
import { RunAbort } from "./values.js";
import type { Span } from "../../grammar/ast.js";

/** Durable memory of agent results (the journal adapter implements it). */
export interface RunStore {
  lookup(key: string): { value: unknown; usage: Usage } | undefined;
  markStarted(key: string, stageId: string, index: number[]): void;
  recordResult(key: string, stageId: string, index: number[], value: unknown, usage: Usage, attempts: number, latencyMs: number, priced?: { model: string; usd: number }): void;
  recordFailure(key: string, stageId: string, index: number[], error: { class: string; message: string; attempts: number }): void;
  /** Called right before every request is sent: throws if this process may no longer pay for calls. */
  beforeCall?(): void;
}

export interface AgentKeyInput {
  stageId: string;
  index: readonly number[];
  prompt: string;
  system?: string | undefined;
  schema: unknown;
  model: string;
  effort?: string | undefined;
  maxTokens: number;
  agentType?: string | undefined;
  isolation?: string | undefined;
  /** Only for re-runs inside `retry`/gate retry (try ≥ 2), so they are not replayed from the first try. */
  retry?: number | undefined;
}

/** sha256 (hex) of the canonical JSON of an agent call's identity and content. */
export function agentKey(input: AgentKeyInput): string {
  const body: Record<string, unknown> = {
    stageId: input.stageId,
    index: [...input.index],
    prompt: input.prompt,
    system: input.system ?? null,
    schema: input.schema ?? null,
    model: input.model,
    effort: input.effort ?? null,
    maxTokens: input.maxTokens,
    agentType: input.agentType ?? null,
    isolation: input.isolation ?? null,
  };
  if (input.retry) body["retry"] = input.retry;
  return createHash("sha256").update(canonicalJson(body)).digest("hex");
}

/** Outcomes worth asking again (within the agent's `attempts`). */
export const REASK: ReadonlySet<ErrorClass> = new Set(["schema_mismatch", "max_tokens", "overloaded", "server_error", "connection", "timeout"]);

export interface Totals {
  agents: number;
  replayed: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  usd: number;
  ms: number;
}

export interface RunLimits {
  /** Provider calls allowed in the run (the 1,000 cap, the graph's proven bound, the declared budget). */
  agents: number;
  agentsReason: string;
  tokens?: number | undefined;
  usd?: number | undefined;
}

export interface AgentCall {
  stageId: string;
  index: number[];
  label: string;
  phase: string | null;
  prompt: string;
  system?: string | undefined;
  schema: Record<string, unknown> | null;
  model: string;
  effort?: string | undefined;
  maxTokens: number;
  timeoutMs: number;
  attempts: number;
  agentType?: string | undefined;
  isolation?: string | undefined;
  retry: number;
  span: Span;
  /** The plan's declared bound on this prompt's size (`inputTokens`), which the static bounds used. */
  declaredInputTokens?: number;
}

/** State one run shares between its plan and a nested workflow. */
export class AgentRunner {
  readonly totals: Totals = { agents: 0, replayed: 0, inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, usd: 0, ms: 0 };
  readonly perStage: Record<string, StageActuals> = {};
  private reservedOutput = 0;
  private reservedUsd = 0;
  stopped: { message: string; span: Span | undefined } | undefined;
  readonly abort = new AbortController();
  /** Controllers of the calls in flight: stopping the run aborts them all through one listener. */
  private readonly inflight = new Set<AbortController>();

  constructor(
    private readonly o: {
      provider: Provider;
      scheduler: PriorityScheduler;
      census: Census;
      emit: EventSink;
      pricing: (model: string, usage: Usage) => number;
      priorityOf: (stageId: string, index: number[]) => number;
      limits: RunLimits;
      store?: RunStore | undefined;
      now: () => number;
    },
  ) {
    this.abort.signal.addEventListener("abort", () => {
      for (const c of this.inflight) c.abort();
    });
  }

  /** Output tokens spent so far (the `budget.spent()` the plan sees). */
  get spentOutput(): number {
    return this.totals.outputTokens;
  }

  /** The abort to raise if the run has been stopped. */
  halted(): RunAbort | undefined {
    const s = this.stopped;
    return s ? new RunAbort(s.message, s.span) : undefined;
  }

  stop(message: string, span: Span | undefined): RunAbort {
    this.stopped ??= { message, span };
    return new RunAbort(this.stopped.message, this.stopped.span);
  }

  private stage(id: string): StageActuals {
    return (this.perStage[id] ??= { agents: 0, succeeded: 0, failed: 0, quarantined: 0, replayed: 0, inputTokens: 0, outputTokens: 0, usd: 0, ms: 0 });
  }

  private account(stageId: string, usage: Usage, usd: number, ms: number): void {
    const s = this.stage(stageId);
    s.inputTokens += usage.inputTokens;
    s.outputTokens += usage.outputTokens;
    s.usd += usd;
    s.ms += ms;
    this.totals.inputTokens += usage.inputTokens;
    this.totals.outputTokens += usage.outputTokens;
    this.totals.cacheReadTokens += usage.cacheReadTokens;
    this.totals.usd += usd;
  }

  /** Why the next attempt may not start, or undefined. Conservative: in-flight reservations count. */
  private guard(call: AgentCall): string | undefined {
    const { limits } = this.o;
    if (this.totals.agents + 1 > limits.agents) return `stopped before agent ${this.totals.agents + 1} (${call.stageId}): ${limits.agentsReason}`;
    if (limits.tokens !== undefined && this.totals.outputTokens + this.reservedOutput + call.maxTokens > limits.tokens)
      return `token budget: starting ${call.stageId} (maxTokens ${call.maxTokens}) could exceed the budget of ${limits.tokens} output tokens (${this.totals.outputTokens} spent, ${this.reservedOutput} reserved by agents in flight); no new agents were started`;
    if (limits.usd !== undefined) {
      const est = this.estimateUsd(call);
      if (this.totals.usd + this.reservedUsd + est > limits.usd)
        return `USD budget: starting ${call.stageId} (up to $${est.toFixed(4)}) could exceed the budget of $${limits.usd} ($${this.totals.usd.toFixed(4)} spent, $${this.reservedUsd.toFixed(4)} reserved by agents in flight); no new agents were started`;
    }
    return undefined;
  }

  private estimateUsd(call: AgentCall): number {
    return this.o.pricing(call.model, { ...ZERO_USAGE, inputTokens: estimateInputTokens(call), outputTokens: call.maxTokens });
  }

  /** Runs the call; resolves with the value, or null after a terminal failure (recorded in the census). */
  async run(call: AgentCall): Promise<unknown> {
    const halted = this.halted();
        if (halted) throw halted;
    const key = agentKey(call);
    const { store, emit, now } = this.o;
    const hit = store?.lookup(key);
    if (hit) {
      const s = this.stage(call.stageId);
      s.replayed++;
      s.succeeded++;
      this.totals.replayed++;
      this.account(call.stageId, hit.usage, this.o.pricing(call.model, hit.usage), 0);
      emit({ type: "replayed", t: now(), stageId: call.stageId, index: call.index, label: call.label, phase: call.phase });
      return hit.value;
    }
    // The plan declared this prompt's size and `wfc plan` bounded it with that: a bigger prompt
    // would break the proven bound, so it is refused (quarantined) without a call.
    if (call.declaredInputTokens !== undefined && estimateInputTokens(call) > call.declaredInputTokens) {
      const message = `the prompt is about ${estimateInputTokens(call)} tokens, over its declared \`inputTokens: ${call.declaredInputTokens}\``;
      this.stage(call.stageId).quarantined++;
      this.o.census.add({ stageId: call.stageId, index: call.index, label: call.label, errorClass: "budget", message, attempts: 0 });
      return null;
    }
    let last: { class: ErrorClass; message: string } = { class: "internal", message: "no attempt was made" };
    let transport = 0;
    let markedStarted = false;
    let made = 0;
    for (let attempt = 1; attempt <= call.attempts; attempt++) {
      const release = await this.o.scheduler.acquire(this.o.priorityOf(call.stageId, call.index));
      let outcome: AgentOutcome;
      let usd = 0;
      const reserveUsd = this.o.limits.usd !== undefined ? this.estimateUsd(call) : 0;
      try {
        const halted = this.halted();
        if (halted) throw halted;
        const blocked = this.guard(call);
        if (blocked) throw this.stop(blocked, call.span);
        if (!markedStarted) {
          store?.markStarted(key, call.stageId, call.index);
          markedStarted = true;
        }
        this.totals.agents++;
        made++;
        this.stage(call.stageId).agents++;
        this.reservedOutput += call.maxTokens;
        this.reservedUsd += reserveUsd;
        const tryNumber = call.retry * call.attempts + attempt;
        emit({ type: "agent-start", t: now(), stageId: call.stageId, index: call.index, label: call.label, phase: call.phase, model: call.model, attempt: tryNumber });
        const started = now();
        try {
          // Last check before money is spent (a paused process may have lost the run meanwhile).
          store?.beforeCall?.();
          outcome = await this.callProvider(call, tryNumber);
        } finally {
          this.reservedOutput -= call.maxTokens;
          this.reservedUsd -= reserveUsd;
        }
        const ms = Math.max(0, now() - started);
        usd = this.o.pricing(outcome.ok ? outcome.model : call.model, outcome.usage);
        this.account(call.stageId, outcome.usage, usd, ms);
        this.totals.ms += ms;
        emit({
          type: "agent-end", t: now(), stageId: call.stageId, index: call.index, label: call.label, phase: call.phase, model: call.model,
          ok: outcome.ok, ...(outcome.ok ? {} : { errorClass: outcome.error.class }), usd, ms, attempt: tryNumber, ...outcome.usage,
        });
        if (outcome.ok) {
          transport += outcome.attempts;
          this.stage(call.stageId).succeeded++;
          store?.recordResult(key, call.stageId, call.index, outcome.value, outcome.usage, attempt, ms, { model: outcome.model, usd });
          return outcome.value;
        }
        transport += outcome.error.attempts;
        this.stage(call.stageId).failed++;
        last = { class: outcome.error.class, message: outcome.error.message };
        if (!REASK.has(outcome.error.class)) break;
      } finally {
        release();
      }
    }
    // Terminal: null plus a census record (quarantine).
    this.stage(call.stageId).quarantined++;
    const attempts = made;
    this.o.census.add({ stageId: call.stageId, index: call.index, label: call.label, errorClass: last.class, message: last.message, attempts });
    store?.recordFailure(key, call.stageId, call.index, { class: last.class, message: last.message, attempts: transport || attempts });
    return null;
  }

  private async callProvider(call: AgentCall, attempt: number): Promise<AgentOutcome> {
    const controller = new AbortController();
    // One run-level listener aborts every in-flight call (a listener per call would pile up 16 at
    // once on the run's signal and trip Node's MaxListeners warning).
    if (this.abort.signal.aborted) controller.abort();
    this.inflight.add(controller);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<AgentOutcome>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve({ ok: false, error: { class: "timeout", message: `no answer within timeoutMs ${call.timeoutMs}`, attempts: 1 }, usage: ZERO_USAGE, latencyMs: call.timeoutMs });
      }, call.timeoutMs);
      (timer as { unref?: () => void }).unref?.();
    });
    try {
      const request = {
        stageId: call.stageId,
        index: [...call.index],
        label: call.label,
        prompt: call.prompt,
        ...(call.system !== undefined && { system: call.system }),
        model: call.model,
        schema: call.schema,
        maxTokens: call.maxTokens,
        deadline: Date.now() + call.timeoutMs,
        ...(call.effort !== undefined && { effort: call.effort }),
        attempt,
        signal: controller.signal,
      };
      return await Promise.race([
        this.o.provider.call(request).catch(
          (err: unknown): AgentOutcome => ({
            ok: false,
            error: { class: "internal", message: `provider threw: ${err instanceof Error ? err.message : String(err)}`, attempts: 1 },
            usage: ZERO_USAGE,
            latencyMs: 0,
          }),
        ),
        timeout,
      ]);
    } finally {
      if (timer) clearTimeout(timer);
      this.inflight.delete(controller);
    }
  }
}

/**
 * The input tokens an agent call is reserved at before it starts: the compiler's own bound
 * (3 characters per token, the schema, 100 tokens of request framing), so the USD guard and
 * `wfc plan` agree. A prompt that tokenizes denser than that can pass a USD budget by the excess of
 * the agents in flight at the stop; the output side cannot (it is capped at `maxTokens`).
 */
export function estimateInputTokens(call: Pick<AgentCall, "prompt" | "system" | "schema">): number {
  const text = call.prompt.length + (call.system?.length ?? 0);
  const schema = call.schema ? JSON.stringify(call.schema).length : 0;
  return Math.ceil(text / 3) + Math.ceil(schema / 3) + 100;
}
