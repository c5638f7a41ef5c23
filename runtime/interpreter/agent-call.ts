/**
 * One `agent()` call, end to end: content key and replay, budget and agent-cap guards, a scheduler
 * slot per attempt, the provider call with its per-attempt timeout, re-asks of transient or
 * schema-invalid outcomes, usage accounting, journal records, events, and — on a terminal failure —
 * `null` plus a census record, as in Claude Code.
 */
import * as cryptoModule from "node:crypto";
import { createHash } from "node:crypto";
import type { StageActuals } from "../../compiler/graph/types.js";
import { canonicalJson } from "../providers/schema.js";
import { ABORTED, ZERO_USAGE, type AgentOutcome, type AgentRequest, type ErrorClass, type Provider, type Usage } from "../providers/types.js";
import type { Census } from "../census.js";
import type { EventSink } from "../events.js";
import type { PriorityScheduler } from "../scheduler.js";
import { RunAbort, boxData, handledRejection, importValue, markHandled, type PromiseBox, type SlotWatcher, type Watchable } from "./values.js";
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

/**
 * sha256 (hex) of the canonical JSON of an agent call's identity and content. The journal matches
 * on this key, so its text must never change: it is `canonicalJson` of
 * { stageId, index, prompt, system, schema, model, effort, maxTokens, agentType, isolation, retry? }
 * (missing optionals as null, `retry` only when non-zero), written out here with the keys already in
 * sorted order, because the generic sort-and-map walk was a hot spot of a 1,000-agent run.
 * test/runtime/agent-key.test.ts pins both the text and the hash.
 */
export function agentKey(input: AgentKeyInput): string {
  return sha256Hex(agentKeyText(input));
}

/** The canonical JSON the key hashes (exported for the test that pins it to `canonicalJson`). */
export function agentKeyText(input: AgentKeyInput): string {
  let index = "";
  for (let i = 0; i < input.index.length; i++) index += (i ? "," : "") + lit(input.index[i]);
  return (
    `{"agentType":${lit(input.agentType ?? null)},"effort":${lit(input.effort ?? null)},"index":[${index}],"isolation":${lit(input.isolation ?? null)}` +
    `,"maxTokens":${lit(input.maxTokens)},"model":${lit(input.model)},"prompt":${lit(input.prompt)}` +
    (input.retry ? `,"retry":${lit(input.retry)}` : "") +
    `,"schema":${input.schema === undefined || input.schema === null ? "null" : canonicalJson(input.schema)}` +
    `,"stageId":${lit(input.stageId)},"system":${lit(input.system ?? null)}}`
  );
}

/** A primitive exactly as `canonicalJson` writes it. */
const lit = (v: unknown): string => JSON.stringify(v) ?? "undefined";

/** One-shot `crypto.hash` (Node ≥ 20.12) skips the Hash object; same digest as createHash. */
const oneShot = (cryptoModule as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;
const sha256Hex = (text: string): string => (oneShot ? oneShot("sha256", text, "hex") : createHash("sha256").update(text).digest("hex"));

const SETTLED = Promise.resolve();

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
  declaredInputTokens?: number | undefined;
}

/** State one run shares between its plan and a nested workflow. */
export class AgentRunner {
  readonly totals: Totals = { agents: 0, replayed: 0, inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, usd: 0, ms: 0 };
  readonly perStage: Record<string, StageActuals> = {};
  private reservedOutput = 0;
  private reservedUsd = 0;
  stopped: { message: string; span: Span | undefined } | undefined;
  /** Set by `abortAll` (a stopped run): calls started afterwards get an already aborted signal. */
  private aborted = false;
  /**
   * The attempts in flight, which `abortAll` and the timeout timer reach: an array whose entries know
   * their position, so adding and removing one is O(1) without hashing (a Set cost more, per call).
   */
  private readonly inflight: Attempt[] = [];
  /** The one timer that enforces every in-flight call's timeout (armed for the earliest deadline). */
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  /** Whether anyone listens to events: if not, no event object is built. */
  private readonly listening: boolean;
  /** Whether `now` is `Date.now` (the default), whose reading can then serve as the deadline's base. */
  private readonly wallClock: boolean;

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
      /** False when no sink is attached (runPlan without onEvent); default true. */
      listening?: boolean | undefined;
    },
  ) {
    this.listening = o.listening ?? true;
    this.wallClock = o.now === Date.now;
  }

  /** Aborts every call in flight and every call made from now on (the run was stopped). */
  abortAll(): void {
    this.aborted = true;
    for (const c of [...this.inflight]) abortEntry(c);
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

  private account(s: StageActuals, usage: Usage, usd: number, ms: number): void {
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

  /**
   * Runs the call; its answer, as the plan holds it, resolves with the value as sandbox data
   * (`importValue`), or null after a terminal failure (recorded in the census). It rejects only when
   * the run stops (or on an internal error), and that rejection is marked handled: the plan may hold
   * an agent's promise it never awaits.
   */
  run(call: AgentCall): PromiseBox {
    let key: string;
    try {
      if (this.stopped) throw this.halted();
      const { store, emit, now } = this.o;
      // The key only addresses the store: without one, hashing it would be wasted work.
      key = store ? agentKey(call) : "";
      const hit = store?.lookup(key);
      if (hit) {
        const s = this.stage(call.stageId);
        s.replayed++;
        s.succeeded++;
        this.totals.replayed++;
        this.account(s, hit.usage, this.o.pricing(call.model, hit.usage), 0);
        if (this.listening) emit({ type: "replayed", t: now(), stageId: call.stageId, index: call.index, label: call.label, phase: call.phase });
        return boxData(Promise.resolve(importValue(hit.value, call)));
      }
      // The plan declared this prompt's size and `wfc plan` bounded it with that: a bigger prompt
      // would break the proven bound, so it is refused (quarantined) without a call.
      if (call.declaredInputTokens !== undefined && estimateInputTokens(call) > call.declaredInputTokens) {
        const message = `the prompt is about ${estimateInputTokens(call)} tokens, over its declared \`inputTokens: ${call.declaredInputTokens}\``;
        this.stage(call.stageId).quarantined++;
        this.o.census.add({ stageId: call.stageId, index: call.index, label: call.label, errorClass: "budget", message, attempts: 0 });
        return boxData(Promise.resolve(null));
      }
    } catch (e) {
      return boxData(handledRejection(e));
    }
    // Until its first slot, a queued agent is only a scheduler entry, its task and its promise, not a
    // suspended async function: with a thousand agents queued, that is what every garbage collection
    // has to copy.
    const task = new AgentTask(call, key);
    this.queueAttempt(task);
    return boxData(task.answer, task);
  }

  /**
   * Queues the task's next attempt for a scheduler slot. The attempt starts a microtask after the
   * slot is granted, as awaiting the slot would: never inside the plan's own step that called
   * `agent()`, nor inside the release of the slot it takes over.
   */
  private queueAttempt(task: AgentTask): void {
    const { call } = task;
    this.o.scheduler.submit(this.o.priorityOf(call.stageId, call.index), (release) => {
      // (A reaction on a settled promise, not Node's queueMicrotask, which allocates an async resource.)
      SETTLED.then(() => this.startAttempt(task, release));
    });
  }

  /**
   * The attempts are callbacks on the provider's promise rather than an async function: an attempt
   * costs the provider's promise and one reaction on it, not an async frame, a promise per `await` and
   * a promise per hop back to `run`. `startAttempt` runs the checks and sends the request;
   * `finish` (via `settle`, on the answer or the timeout) accounts for it and then answers, re-asks or
   * quarantines. Any throw on the way (a stop, a budget guard, a journal or provider error, a
   * forbidden key in the answer) gives the slot back and rejects the agent's promise.
   */
  private startAttempt(task: AgentTask, release: () => void): void {
    const { call } = task;
    const { store, emit, now } = this.o;
    const number = ++task.tries;
    let reserveUsd = 0;
    let reserved = false;
    try {
      if (number > call.attempts) {
        // Only `attempts: 0` gets here: no attempt is made, and the call fails at once.
        release();
        this.quarantine(task);
        return;
      }
      reserveUsd = this.o.limits.usd !== undefined ? this.estimateUsd(call) : 0;
      if (this.stopped) throw this.halted();
      const blocked = this.guard(call);
      if (blocked) throw this.stop(blocked, call.span);
      if (!task.markedStarted) {
        store?.markStarted(task.key, call.stageId, call.index);
        task.markedStarted = true;
      }
      this.totals.agents++;
      task.made++;
      // (Looked up once per call: the attempts' accounting all goes to the same stage.)
      task.stage ??= this.stage(call.stageId);
      task.stage.agents++;
      this.reservedOutput += call.maxTokens;
      this.reservedUsd += reserveUsd;
      reserved = true;
      const tryNumber = call.retry * call.attempts + number;
      if (this.listening) emit({ type: "agent-start", t: now(), stageId: call.stageId, index: call.index, label: call.label, phase: call.phase, model: call.model, attempt: tryNumber });
      const started = now();
      // Last check before money is spent (a paused process may have lost the run meanwhile).
      store?.beforeCall?.();
      // The deadline is wall-clock time: when the run's clock is the wall clock and no store ran in
      // between, `started` is that time already (one clock read fewer per attempt, ~50 ns each here).
      const wall = this.wallClock && !store ? started : Date.now();
      this.send(new Attempt(task, number, tryNumber, release, reserveUsd, started, wall + call.timeoutMs, this.aborted));
    } catch (e) {
      if (reserved) this.unreserve(call, reserveUsd);
      this.fail(task, release, e);
    }
  }

  /**
   * Sends one request, bounded by `call.timeoutMs`: on expiry the call's signal is aborted and the
   * attempt settles as a `timeout` outcome without waiting for the provider. The deadline is kept by
   * the runner's single timer (below) rather than a timer and a Promise.race per call. A provider that
   * throws synchronously fails the attempt as an internal error (the throw reaches `startAttempt`).
   */
  private send(attempt: Attempt): void {
    const { call } = attempt.task;
    const request = new CallRequest(call, attempt.tryNumber, attempt.deadline, attempt);
    attempt.slot = this.inflight.push(attempt) - 1;
    if (attempt.deadline < this.timerAt) this.arm(attempt.deadline);
    let pending: Promise<AgentOutcome>;
    try {
      pending = this.o.provider.call(request);
    } catch (err) {
      this.forget(attempt);
      throw err;
    }
    pending.then(
      (outcome) => this.settle(attempt, outcome),
      (err: unknown) =>
        this.settle(attempt, {
          ok: false,
          error: { class: "internal", message: `provider threw: ${err instanceof Error ? err.message : String(err)}`, attempts: 1 },
          usage: ZERO_USAGE,
          latencyMs: 0,
        }),
    );
  }

  /** An attempt's outcome: usage, events and the journal, then the answer, a re-ask or the quarantine. */
  private finish(attempt: Attempt, outcome: AgentOutcome): void {
    const { task, release } = attempt;
    const { call } = task;
    const { store, emit, now } = this.o;
    this.unreserve(call, attempt.reserveUsd);
    try {
      const ms = Math.max(0, now() - attempt.started);
      const usd = this.o.pricing(outcome.ok ? outcome.model : call.model, outcome.usage);
      const stage = task.stage!; // (set by startAttempt)
      this.account(stage, outcome.usage, usd, ms);
      this.totals.ms += ms;
      if (this.listening) emit({
        type: "agent-end", t: now(), stageId: call.stageId, index: call.index, label: call.label, phase: call.phase, model: call.model,
        ok: outcome.ok, ...(outcome.ok ? {} : { errorClass: outcome.error.class }), usd, ms, attempt: attempt.tryNumber, ...outcome.usage,
      });
      if (outcome.ok) {
        task.transport += outcome.attempts;
        stage.succeeded++;
        store?.recordResult(task.key, call.stageId, call.index, outcome.value, outcome.usage, attempt.number, ms, { model: outcome.model, usd });
        const value = importValue(outcome.value, call);
        release();
        task.settle(value);
        return;
      }
      task.transport += outcome.error.attempts;
      stage.failed++;
      task.lastClass = outcome.error.class;
      task.lastMessage = outcome.error.message;
      release();
      if (REASK.has(outcome.error.class) && attempt.number < call.attempts) this.queueAttempt(task);
      else this.quarantine(task);
    } catch (e) {
      this.fail(task, release, e);
    }
  }

  /** Terminal: null plus a census record (quarantine). */
  private quarantine(task: AgentTask): void {
    const { call } = task;
    this.stage(call.stageId).quarantined++;
    const attempts = task.made;
    this.o.census.add({ stageId: call.stageId, index: call.index, label: call.label, errorClass: task.lastClass, message: task.lastMessage, attempts });
    this.o.store?.recordFailure(task.key, call.stageId, call.index, { class: task.lastClass, message: task.lastMessage, attempts: task.transport || attempts });
    task.settle(null);
  }

  /** Gives the slot back (a second release is a no-op) and rejects the agent's promise. */
  private fail(task: AgentTask, release: () => void, e: unknown): void {
    release();
    task.fail(e);
  }

  private unreserve(call: AgentCall, reserveUsd: number): void {
    this.reservedOutput -= call.maxTokens;
    this.reservedUsd -= reserveUsd;
  }

  /** Settles an attempt once (the first of answer and timeout wins): forgets it, then `finish`. */
  private settle(attempt: Attempt, outcome: AgentOutcome): void {
    if (this.forget(attempt)) this.finish(attempt, outcome);
  }

  /** Takes an attempt off the in-flight list (false if it was not on it); the last one off disarms the timer. */
  private forget(entry: Attempt): boolean {
    if (entry.slot < 0) return false;
    const last = this.inflight.pop()!;
    if (last !== entry) {
      this.inflight[entry.slot] = last;
      last.slot = entry.slot;
    }
    entry.slot = -1;
    if (this.inflight.length === 0) this.disarm();
    return true;
  }

  /** (Re)arms the shared timeout timer for `at` (epoch ms). Unref'd: it never holds the process open. */
  private arm(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.expire(), Math.max(0, at - Date.now()));
    (this.timer as { unref?: () => void }).unref?.();
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
  }

  /** Times out every call whose deadline has passed, then re-arms for the earliest remaining one. */
  private expire(): void {
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    const t = Date.now();
    let next = Number.POSITIVE_INFINITY;
    for (const e of [...this.inflight]) {
      if (e.deadline <= t) {
        abortEntry(e);
        this.settle(e, { ok: false, error: { class: "timeout", message: `no answer within timeoutMs ${e.timeoutMs}`, attempts: 1 }, usage: ZERO_USAGE, latencyMs: e.timeoutMs });
      } else if (e.deadline < next) next = e.deadline;
    }
    if (next < Number.POSITIVE_INFINITY) this.arm(next);
  }
}

/**
 * One agent call from `run` to its answer: its promise and what its attempts share. A class, for the
 * same reason as PlanAgentCall (primitives.ts): queued tasks outlive young-generation GCs.
 */
class AgentTask implements Watchable {
  readonly answer: Promise<unknown>;
  private resolve!: (value: unknown) => void;
  private reject!: (reason: unknown) => void;
  private settled = false;
  /** The barrier slot told directly when the answer settles (`parallel`, see Watchable). */
  private watcher: SlotWatcher | undefined = undefined;
  private slot = 0;
  /** Attempts begun (including one refused by a guard), made (sent), and the provider's transport tries. */
  tries = 0;
  made = 0;
  transport = 0;
  markedStarted = false;
  /** Its stage's actuals, from its first attempt on. */
  stage: StageActuals | undefined = undefined;
  lastClass: ErrorClass = "internal";
  lastMessage = "no attempt was made";
  constructor(
    readonly call: AgentCall,
    /** The content key ("" without a store, which is the only thing it addresses). */
    readonly key: string,
  ) {
    this.answer = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  watch(watcher: SlotWatcher, slot: number): boolean {
    if (this.settled || this.watcher) return false;
    this.watcher = watcher;
    this.slot = slot;
    return true;
  }

  settle(value: unknown): void {
    this.settled = true;
    this.resolve(value);
    this.watcher?.fill(this.slot, value);
  }

  /** Rejects the answer, marked handled: the plan may hold an agent's promise it never awaits. */
  fail(e: unknown): void {
    this.settled = true;
    this.reject(e);
    markHandled(this.answer);
    this.watcher?.fail(this.slot, e);
  }
}

/** One attempt in flight: its slot, reservation and clock, and what the timeout and `abortAll` reach. */
class Attempt {
  /** Made when the provider first reads `request.signal`. */
  controller: AbortController | undefined = undefined;
  /** Its position in `AgentRunner.inflight`, -1 once it is off the list. */
  slot = -1;
  constructor(
    readonly task: AgentTask,
    /** 1 for the agent's first attempt. */
    readonly number: number,
    /** The try number the provider and events see (counts the tries of an enclosing `retry`). */
    readonly tryNumber: number,
    readonly release: () => void,
    readonly reserveUsd: number,
    /** `now()` when it was sent. */
    readonly started: number,
    /** Epoch ms after which the attempt times out. */
    readonly deadline: number,
    /** Set when the call is aborted before its signal was read. */
    public aborted: boolean,
  ) {}
  get timeoutMs(): number {
    return this.task.call.timeoutMs;
  }
}

/**
 * The request a provider gets. Its signal is made on first read: a provider that never looks at it
 * (a stub, a cache) costs no AbortController, and one that reads it after a stop or a timeout gets
 * it already aborted. `ABORTED` answers "already aborted?" without making it (the simulator asks).
 */
class CallRequest implements AgentRequest {
  readonly #entry: Attempt;
  stageId: string;
  index: number[];
  label: string;
  prompt: string;
  declare system?: string;
  model: string;
  schema: Record<string, unknown> | null;
  maxTokens: number;
  deadline: number;
  declare effort?: string;
  attempt: number;
  constructor(call: AgentCall, attempt: number, deadline: number, entry: Attempt) {
    this.#entry = entry;
    this.stageId = call.stageId;
    this.index = call.index.slice();
    this.label = call.label;
    this.prompt = call.prompt;
    this.model = call.model;
    this.schema = call.schema;
    this.maxTokens = call.maxTokens;
    this.deadline = deadline;
    this.attempt = attempt;
    if (call.system !== undefined) this.system = call.system;
    if (call.effort !== undefined) this.effort = call.effort;
  }
  get signal(): AbortSignal {
    const entry = this.#entry;
    if (!entry.controller) {
      entry.controller = new AbortController();
      if (entry.aborted) entry.controller.abort();
    }
    return entry.controller.signal;
  }
  get [ABORTED](): boolean {
    return this.#entry.aborted;
  }
}

function abortEntry(e: Attempt): void {
  e.aborted = true;
  e.controller?.abort();
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
