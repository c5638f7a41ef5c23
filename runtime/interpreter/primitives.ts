/**
 * The workflow primitives as sandbox globals: agent, parallel, pipeline, gate, retry, phase, log,
 * args, budget, workflow. Semantics follow Claude Code's dialect (§3): an agent that fails
 * terminally resolves to `null`; parallel and pipeline never reject (a failed slot is `null` plus a
 * census record); wfc's gate and retry are verification and re-run stages with static policies.
 */
import type * as A from "../../grammar/ast.js";
import { joinId, type SiteIndex } from "../../compiler/stage-ids.js";
import { RETRY_BACKOFF } from "../../compiler/globals.js";
import type { Census } from "../census.js";
import type { EventSink } from "../events.js";
import type { AgentCall, AgentRunner } from "./agent-call.js";
import { Env } from "./env.js";
import { iterate } from "./members.js";
import { sleepTimers } from "./builtins.js";
import { isSharedConstant } from "./evaluate.js";
import {
  Closure, HostFunction, PlanThrow, PromiseBox, RunAbort, boxData, boxPromise, deepFreeze, exportValue, frameAt, handledRejection, importValue, isPlainObject, newObject,
  planError, settle, toNum, toStr, truthy, unbox, type CallInfo, type Frame, type SlotWatcher,
} from "./values.js";

export const MAX_FANOUT = 4096;

export interface PlanDefaults {
  model?: string | undefined;
  maxTokens?: number | undefined;
  timeoutMs?: number | undefined;
  attempts?: number | undefined;
}

/** A nested plan as the loader returns it. */
export interface LoadedWorkflow {
  path: string;
  source: string;
  program: A.Program;
  sites: SiteIndex;
}

export interface PrimitiveContext {
  sites: SiteIndex;
  runner: AgentRunner;
  census: Census;
  emit: EventSink;
  now: () => number;
  defaults: PlanDefaults;
  /** Effort for agents that set none (the run's `--effort`). */
  effort?: string | undefined;
  modelFor: (alias: string | undefined) => string;
  sleep: (ms: number) => Promise<void>;
  /** Output-token budget the plan sees as `budget.total` (null when none). */
  budgetTotal: number | null;
  /** The current phase title (shared by the plan and its nested workflow). */
  phase: { current: string | null };
  /** Set for a nested workflow: its name, used to prefix log lines; phase() is a no-op there. */
  nestedName?: string | undefined;
  /** Runs a nested plan (only from the top-level plan). */
  runWorkflow?: (name: string, args: unknown, frame: Frame, stageId: string, node: A.Node) => Promise<unknown>;
}

const hasOwn = Object.prototype.hasOwnProperty;
/** The options object, if the value is one: checked once per call, not once per option read. */
const plain = (o: unknown): Record<string, unknown> | undefined => (isPlainObject(o) ? o : undefined);
const opt = (o: Record<string, unknown> | undefined, k: string): unknown => (o !== undefined && hasOwn.call(o, k) ? o[k] : undefined);
const optString = (o: Record<string, unknown> | undefined, k: string): string | undefined => {
  const v = opt(o, k);
  return v === undefined || v === null ? undefined : toStr(v);
};

function optNumber(o: Record<string, unknown> | undefined, k: string, node: A.Node, min: number, max: number): number | undefined {
  const v = opt(o, k);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max)
    throw planError(node, `option \`${k}\` must be a number from ${min} to ${max}, got ${toStr(v)}`, "RangeError");
  return v;
}

function siteId(ctx: PrimitiveContext, info: CallInfo, kind: string): string {
  return joinId(info.frame.prefix, ctx.sites.rel.get(info.node) ?? kind);
}

/** The prefix a named helper invoked by a primitive at site `s` runs under. */
function helperPrefix(fn: unknown, s: string): string | undefined {
  return fn instanceof Closure && fn.helperName !== undefined ? joinId(s, `call:${fn.helperName}`) : undefined;
}

const isFn = (v: unknown): boolean => v instanceof Closure || v instanceof HostFunction;

function errorText(e: unknown): string {
  if (e instanceof PlanThrow) return toStr(e.value);
  if (e instanceof Error) return e.message;
  return String(e);
}

export function installPrimitives(env: Env, ctx: PrimitiveContext, args: unknown): void {
  const def = (name: string, v: unknown) => env.declare(name, false, true, v);
  const fn = (name: string, impl: (a: unknown[], info: CallInfo) => unknown) => def(name, new HostFunction(name, impl));

  def("args", deepFreeze(importValue(args)));

  const budget = newObject();
  budget["total"] = ctx.budgetTotal;
  budget["spent"] = new HostFunction("spent", () => ctx.runner.spentOutput);
  budget["remaining"] = new HostFunction("remaining", () =>
    ctx.budgetTotal === null ? Number.POSITIVE_INFINITY : Math.max(0, ctx.budgetTotal - ctx.runner.spentOutput),
  );
  def("budget", Object.freeze(budget));

  fn("phase", ([title]) => {
    if (ctx.nestedName !== undefined) return undefined;
    ctx.phase.current = toStr(title);
    ctx.emit({ type: "phase", t: ctx.now(), title: ctx.phase.current });
    return undefined;
  });
  // Only inside a sleep (`new Promise((resolve) => setTimeout(resolve, ms))`): calls `cb` after the
  // run's sleep, the same clock as retry's backoff.
  fn("setTimeout", ([cb, ms], info) => {
    if (!sleepTimers.has(info.node)) throw planError(info.node, "`setTimeout` is not available in a plan, except in a sleep: `await new Promise((resolve) => setTimeout(resolve, ms))`");
    void ctx.sleep(Math.max(0, toNum(ms) || 0)).then(() => info.call(cb, []));
    return 0;
  });
  fn("log", ([msg]) => {
    const text = toStr(msg);
    ctx.emit({ type: "log", t: ctx.now(), message: ctx.nestedName !== undefined ? `[${ctx.nestedName}] ${text}` : text, level: "log" });
    return undefined;
  });

  // `readsArgsOnly`: agent() only reads its arguments (PlanAgentCall copies what it keeps), so a
  // constant options literal reaches it as one shared instance (see agentOptions).
  def(
    "agent",
    new HostFunction(
      "agent",
      ([prompt, opts], info) => {
        // As an async function would: the options are checked and the call starts now, and a plan
        // error in them rejects the agent's promise rather than throwing at the call.
        try {
          return ctx.runner.run(new PlanAgentCall(ctx, prompt, opts, info));
        } catch (e) {
          return boxData(handledRejection(e));
        }
      },
      true,
    ),
  );

  fn("parallel", ([thunks], info) => {
    const s = siteId(ctx, info, "parallel");
    const items = iterate(thunks, info.node);
    if (items.length > MAX_FANOUT) throw planError(info.node, `parallel() got ${items.length} items; the limit is ${MAX_FANOUT}`, "RangeError");
    const failed = (e: unknown, i: number): null => {
      if (e instanceof RunAbort || !(e instanceof PlanThrow)) throw e;
      ctx.census.add({ stageId: s, index: [...info.frame.index, i], label: s, errorClass: "plan_error", message: errorText(e), attempts: 1 });
      return null;
    };
    // The barrier, written out rather than Promise.all over a promise per slot: a slot whose thunk
    // answered synchronously costs nothing, one that waits costs one reaction. As with Promise.all,
    // a stop (RunAbort) rejects the whole at once and the other thunks still start.
    return boxPromise(
      new Promise((resolve, reject) => {
        const out: unknown[] = new Array(items.length);
        let left = items.length;
        const fill = (i: number, v: unknown): void => {
          out[i] = v;
          if (--left === 0) resolve(out);
        };
        const fail = (i: number, e: unknown): void => {
          let v: unknown;
          try {
            v = failed(e, i);
          } catch (stop) {
            reject(stop);
            return;
          }
          fill(i, v);
        };
        const slots: SlotWatcher = { fill, fail };
        if (left === 0) resolve(out);
        items.forEach((t, i) => {
          let v: unknown;
          try {
            v = isFn(t) ? info.call(t, [], frameAt(info.frame, i), helperPrefix(t, s)) : t;
          } catch (e) {
            fail(i, e);
            return;
          }
          // An agent's answer tells its slot itself: no reaction on its promise.
          if (v instanceof PromiseBox && v.source?.watch(slots, i)) return;
          v = settle(v);
          if (v instanceof Promise)
            v.then(
              (x) => fill(i, x),
              (e: unknown) => fail(i, e),
            );
          else fill(i, v);
        });
      }),
    );
  });

  fn("pipeline", ([items, ...stages], info) => {
    const s = siteId(ctx, info, "pipeline");
    const list = iterate(items, info.node);
    if (list.length > MAX_FANOUT) throw planError(info.node, `pipeline() got ${list.length} items; the limit is ${MAX_FANOUT}`, "RangeError");
    stages.forEach((st, k) => {
      if (!isFn(st)) throw planError(info.node, `pipeline() stage ${k + 1} is not a function`);
    });
    const flows = list.map(async (item, i) => {
      let prev: unknown = item;
      for (const stage of stages) {
        try {
          prev = await unbox(await info.call(stage, [prev, item, i], frameAt(info.frame, i), helperPrefix(stage, s)));
        } catch (e) {
          if (e instanceof RunAbort || !(e instanceof PlanThrow)) throw e;
          ctx.census.add({ stageId: s, index: [...info.frame.index, i], label: s, errorClass: "plan_error", message: errorText(e), attempts: 1 });
          return null;
        }
        if (prev === null) return null;
      }
      return prev;
    });
    return boxPromise(Promise.all(flows));
  });

  fn("retry", ([thunk, options], info) => {
    const opts = plain(options);
    const s = siteId(ctx, info, "retry");
    if (!isFn(thunk)) throw planError(info.node, "retry() needs a thunk `() => …` as its first argument");
    const attempts = optNumber(opts, "attempts", info.node, 1, 10);
    if (attempts === undefined) throw planError(info.node, "retry() needs `{ attempts: N }` (a static number from 1 to 10)");
    const backoffMs = optNumber(opts, "backoffMs", info.node, 0, RETRY_BACKOFF.maxMs) ?? RETRY_BACKOFF.defaultMs;
    const factor = optNumber(opts, "factor", info.node, 1, RETRY_BACKOFF.maxFactor) ?? RETRY_BACKOFF.defaultFactor;
    return boxPromise(
      (async () => {
        let lastError = "the thunk returned null";
        for (let n = 0; n < attempts; n++) {
          try {
            const v = await unbox(await info.call(thunk, [], { ...info.frame, retry: info.frame.retry + n }, helperPrefix(thunk, s)));
            if (v !== null) return v;
            lastError = "the thunk returned null";
          } catch (e) {
            if (e instanceof RunAbort || !(e instanceof PlanThrow)) throw e;
            lastError = errorText(e);
          }
          if (n < attempts - 1) await ctx.sleep(backoffMs * factor ** n);
        }
        ctx.census.add({ stageId: s, index: [...info.frame.index], label: s, errorClass: "retry_exhausted", message: `${lastError} (after ${attempts} attempts)`, attempts });
        return null;
      })(),
    );
  });

  fn("gate", ([value, check, opts], info) => boxPromise(runGate(ctx, value, check, opts, info)));

  fn("workflow", ([name, wfArgs], info) => {
    if (info.frame.nested || !ctx.runWorkflow)
      throw planError(info.node, "workflow() cannot be called from within a child workflow — nesting is limited to one level");
    const s = siteId(ctx, info, "workflow");
    return boxPromise(ctx.runWorkflow(toStr(name), exportValue(wfArgs), info.frame, s, info.node));
  });
}

/**
 * The agent call that `agent(prompt, opts)` asks for (the constructor throws a plan error for bad
 * options). A class, not an object literal: a fan-out's calls all wait in the queue until their
 * turn, and V8 "pretenures" an object literal whose objects mostly survive a young-generation GC
 * (allocates them straight in the old generation, where they die and keep what they point to alive
 * through later GCs); `new` of a class has no allocation site to tenure.
 */
class PlanAgentCall implements AgentCall {
  readonly stageId: string;
  readonly index: number[];
  readonly label: string;
  readonly phase: string | null;
  readonly prompt: string;
  readonly system: string | undefined;
  readonly schema: Record<string, unknown> | null;
  readonly model: string;
  readonly effort: string | undefined;
  readonly maxTokens: number;
  readonly timeoutMs: number;
  readonly attempts: number;
  readonly agentType: string | undefined;
  readonly isolation: string | undefined;
  readonly retry: number;
  readonly span: A.Span;
  readonly declaredInputTokens: number | undefined;

  constructor(ctx: PrimitiveContext, prompt: unknown, options: unknown, info: CallInfo) {
    const node = info.node;
    const o = agentOptions(options, node);
    const stageId = siteId(ctx, info, "agent");
    this.attempts = o.attempts ?? ctx.defaults.attempts ?? 3;
    this.maxTokens = o.maxTokens ?? ctx.defaults.maxTokens ?? 4096;
    this.timeoutMs = o.timeoutMs ?? ctx.defaults.timeoutMs ?? 300_000;
    this.agentType = o.agentType;
    this.label = o.label ?? stageId.slice(stageId.lastIndexOf("/") + 1);
    this.declaredInputTokens = o.inputTokens;
    this.stageId = stageId;
    this.index = info.frame.index.slice();
    this.phase = o.phase ?? ctx.phase.current;
    this.prompt = toStr(prompt);
    this.system = o.agentType !== undefined ? `You are running as the \`${o.agentType}\` agent type.` : undefined;
    this.schema = o.schema;
    this.model = ctx.modelFor(o.model ?? ctx.defaults.model);
    this.effort = o.effort ?? ctx.effort;
    this.isolation = o.isolation;
    this.retry = info.frame.retry;
    this.span = node.span;
  }
}

/** The options of one `agent()` call as written (checked, before the plan's defaults apply). */
class AgentOptions {
  readonly schema: Record<string, unknown> | null;
  readonly attempts: number | undefined;
  readonly maxTokens: number | undefined;
  readonly timeoutMs: number | undefined;
  readonly agentType: string | undefined;
  readonly label: string | undefined;
  readonly inputTokens: number | undefined;
  readonly phase: string | undefined;
  readonly model: string | undefined;
  readonly effort: string | undefined;
  readonly isolation: string | undefined;

  constructor(options: unknown, node: A.Node) {
    const opts = plain(options);
    if (options !== undefined && options !== null && !opts) throw planError(node, "agent() options must be an object");
    const schemaValue = opt(opts, "schema");
    let schema: Record<string, unknown> | null = null;
    if (schemaValue !== undefined && schemaValue !== null) {
      const s = exportValue(schemaValue) as Record<string, unknown>;
      const props = s?.["properties"];
      if (s?.["type"] !== "object" || props === null || typeof props !== "object" || Array.isArray(props))
        throw planError(node, "agent() schema must be `{ type: 'object', properties: {…} }` at its root");
      const req = s["required"];
      if (req !== undefined) {
        const missing = Array.isArray(req) ? req.filter((k) => typeof k !== "string" || !(k in (props as object))) : ["(not an array)"];
        if (missing.length) throw planError(node, `agent() schema lists required keys that are not in properties: ${missing.join(", ")}`);
      }
      schema = s;
    }
    this.schema = schema;
    this.attempts = optNumber(opts, "attempts", node, 1, 10);
    this.maxTokens = optNumber(opts, "maxTokens", node, 1, 1_000_000);
    this.timeoutMs = optNumber(opts, "timeoutMs", node, 1, 24 * 3_600_000);
    this.agentType = optString(opts, "agentType");
    this.label = optString(opts, "label");
    this.inputTokens = optNumber(opts, "inputTokens", node, 1, 10_000_000);
    this.phase = optString(opts, "phase");
    this.model = optString(opts, "model");
    this.effort = optString(opts, "effort");
    this.isolation = optString(opts, "isolation");
  }
}

/**
 * What was read from the constant options literals that `agent()` was called with, keyed by their
 * shared instance (null: invalid, raised again at each call).
 */
const constantOptions = new WeakMap<object, AgentOptions | null>();

/**
 * The call's options. `agent(p, { label: 'x', maxTokens: 256 })`, options written as a constant
 * literal, gets that literal's one frozen instance (agent() only reads its arguments), so they are
 * read and checked once per literal, not at every call.
 */
function agentOptions(options: unknown, node: A.Node): AgentOptions {
  if (typeof options !== "object" || options === null) return new AgentOptions(options, node);
  let o = constantOptions.get(options);
  if (o === undefined) {
    if (!isSharedConstant(options)) return new AgentOptions(options, node);
    try {
      o = new AgentOptions(options, node);
    } catch {
      o = null;
    }
    constantOptions.set(options, o);
  }
  return o ?? new AgentOptions(options, node);
}

/** A check's verdict: `true`/`false`, or an object whose `pass` field is the verdict. */
function verdictOf(r: unknown): boolean {
  if (isPlainObject(r)) return truthy(r["pass"]);
  return truthy(r);
}

async function runGate(ctx: PrimitiveContext, value: unknown, check: unknown, options: unknown, info: CallInfo): Promise<unknown> {
  const opts = plain(options);
  const node = info.node;
  const s = siteId(ctx, info, "gate");
  const onFail = opt(opts, "onFail");
  if (onFail !== "drop" && onFail !== "abort" && onFail !== "retry")
    throw planError(node, "gate() needs `onFail: 'drop' | 'abort' | 'retry'` in its options");
  if (!isFn(check)) throw planError(node, "gate() needs a check function as its second argument");
  const each = opt(opts, "each") === true;
  const label = optString(opts, "label") ?? s;
  const attempts = onFail === "retry" ? optNumber(opts, "attempts", node, 1, 10) : 1;
  if (attempts === undefined) throw planError(node, "gate() with onFail 'retry' needs `attempts` (a static number from 1 to 10)");
  if (onFail === "retry" && !isFn(value)) throw planError(node, "gate() with onFail 'retry' needs the value as a thunk `() => …` so it can be produced again");

  const passes = async (v: unknown, frame: Frame): Promise<{ ok: boolean; why: string }> => {
    try {
      const r = await unbox(await info.call(check, [v], frame, helperPrefix(check, s)));
      return { ok: verdictOf(r), why: "the check failed" };
    } catch (e) {
      if (e instanceof RunAbort || !(e instanceof PlanThrow)) throw e;
      return { ok: false, why: `the check threw: ${errorText(e)}` };
    }
  };
  const fail = (index: number[], why: string, tries: number): void => {
    if (onFail === "abort") return;
    ctx.census.add({ stageId: s, index, label, errorClass: "gate_failed", message: `gate ${label}: ${why}`, attempts: tries });
  };
  const abort = (why: string): RunAbort => ctx.runner.stop(`gate ${label} failed (onFail: 'abort'): ${why}`, node.span);

  for (let n = 0; n < (attempts ?? 1); n++) {
    const frame = { ...info.frame, retry: info.frame.retry + n };
    const v = onFail === "retry" ? await unbox(await info.call(value, [], frame)) : await unbox(value);
    const last = n === (attempts ?? 1) - 1;
    if (!each) {
      if (v === null) {
        if (!last) continue;
        return null;
      }
      const r = await passes(v, frame);
      if (r.ok) return v;
      if (onFail === "abort") throw abort(r.why);
      if (last) {
        fail([...info.frame.index], r.why, n + 1);
        return null;
      }
      continue;
    }
    const items = iterate(v, node);
    const verdicts = await Promise.all(items.map((item, i) => (item === null ? { ok: false, why: "null" } : passes(item, frameAt(frame, i)))));
    const failed = verdicts.findIndex((r) => !r.ok);
    if (failed < 0) return items;
    if (onFail === "abort") throw abort(`item ${failed}: ${verdicts[failed]!.why}`);
    if (last) {
      verdicts.forEach((r, i) => {
        if (!r.ok && items[i] !== null) fail([...info.frame.index, i], r.why, n + 1);
      });
      return items.filter((_, i) => verdicts[i]!.ok);
    }
  }
  return null;
}
