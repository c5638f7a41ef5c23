/**
 * The sandbox's value domain. A plan only ever holds: JSON-like data (primitives, arrays,
 * prototype-less objects), `Closure`s (its own functions), `HostFunction`s (whitelisted builtins,
 * never a real JS function), `PromiseBox`es (a promise the plan can hold without `await` flattening
 * it), Set, Map, RegExp, Date and error objects. Nothing from a plan is ever handed to eval,
 * Function or node:vm: plans are walked, not compiled.
 */
import type * as A from "../../grammar/ast.js";
import type { Env } from "./env.js";

/** Limits that keep a plan from exhausting the host. */
export const LIMITS = {
  /** Longest string a plan may build (concatenation, repeat, join, pad, template). */
  maxStringLength: 4_000_000,
  /** Longest array a plan may build. */
  maxArrayLength: 1_000_000,
  /** Iterations of any one loop (the compiler proves tighter bounds; this is the backstop). */
  maxLoopIterations: 100_000,
  /** Nested plan-function calls (the compiler rejects recursion; this is the backstop). */
  maxCallDepth: 200,
  /** Characters a RegExp may be run against. */
  maxRegexInput: 200_000,
  /** Evaluation steps per run: a second backstop against runaway work. */
  maxSteps: 50_000_000,
};

/** Property names a plan may never read or write, on anything. */
export const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);

/** A function written in the plan. */
export class Closure {
  constructor(
    readonly node: A.FunctionDeclaration | A.ArrowFunctionExpression | A.FunctionExpression,
    readonly env: Env,
    /** Stage-id prefix of the function the closure was written in (inline closures keep it). */
    readonly prefix: string,
    /** The helper name it is bound to, when it is a named helper (its body starts a fresh rel path). */
    readonly helperName: string | undefined,
  ) {}
  get isAsync(): boolean {
    return this.node.async;
  }
}

/** How a host function is called: the call node (for spans and stage ids) and the caller's frame. */
export interface CallInfo {
  node: A.Node;
  frame: Frame;
  /**
   * Calls back into the plan (callbacks, thunks) with this call's frame. Returns the value, or a
   * native Promise of it when the callee had to wait (see `Maybe`); it may also throw synchronously.
   */
  call(fn: unknown, args: unknown[], frame?: Frame, helperPrefix?: string): unknown;
}

/** A whitelisted builtin. Its implementation receives sandbox values and returns sandbox values. */
export class HostFunction {
  constructor(
    readonly name: string,
    readonly impl: (args: unknown[], info: CallInfo) => unknown | Promise<unknown>,
    /**
     * The implementation only reads its arguments: it never changes them, keeps them, or hands them
     * to plan code. A constant object literal written as its argument may then be passed as one
     * shared frozen instance (see `Interpreter.argsFrom`).
     */
    readonly readsArgsOnly = false,
  ) {}
}

const ignore = (): undefined => undefined;

/**
 * A promise as the plan sees it. Not a thenable, so the interpreter's own `await`s never flatten
 * it: `const p = agent(x)` holds the promise, and only the plan's `await p` waits for it. The
 * inner promise always resolves to a non-box value.
 */
export class PromiseBox {
  constructor(
    readonly promise: Promise<unknown>,
    /** The promise already marks its own rejection handled (see `boxData`). */
    rejectionHandled = false,
    /** What settles the promise, when it can also report to a barrier slot directly (an agent's answer). */
    readonly source: Watchable | undefined = undefined,
  ) {
    // A rejected promise the plan never awaits must not crash the host.
    if (!rejectionHandled) markHandled(promise);
  }
}

/** A barrier's slots (`parallel`): each is filled with a value or failed with an error once. */
export interface SlotWatcher {
  fill(slot: number, value: unknown): void;
  fail(slot: number, error: unknown): void;
}

/**
 * The producer of a promise that settles it itself and can tell one barrier slot at the same time,
 * which then needs no reaction (a promise, two closures) on the promise.
 */
export interface Watchable {
  /** Reports the outcome to `watcher`'s `slot` when it settles; false, doing nothing, if it cannot (settled, or watched). */
  watch(watcher: SlotWatcher, slot: number): boolean;
}

/** Wraps a host promise, adopting a box it may resolve to (as JS promises adopt thenables). */
export function boxPromise(p: Promise<unknown>): PromiseBox {
  return new PromiseBox(p.then(unbox));
}

/**
 * Wraps an agent's answer: a host promise known never to resolve to a box (plain data) and to mark
 * its own rejection handled when it rejects (`AgentRunner.run`, `handledRejection`), so the box adds
 * no handler of its own (one promise and one reaction fewer per agent).
 */
export function boxData(p: Promise<unknown>, source?: Watchable): PromiseBox {
  return new PromiseBox(p, true, source);
}

/** `Promise.reject(e)`, already marked handled: it is never reported as an unhandled rejection. */
export function handledRejection(e: unknown): Promise<never> {
  const p = Promise.reject(e);
  markHandled(p);
  return p;
}

/**
 * Marks a promise that has just been rejected as handled. Node reports a rejection only if it still
 * has no handler once the current microtasks have run, so a handler added now is in time.
 */
export function markHandled(p: Promise<unknown>): void {
  p.catch(ignore);
}

/**
 * A value, or a promise of it. The evaluator returns plain values for everything that did not have to
 * wait and a native `Promise` only when something below it suspended; plan values are never native
 * promises (the plan holds `PromiseBox`es), so `instanceof Promise` tells the two apart.
 */
export type Maybe<T> = T | Promise<T>;

/**
 * The value a box settles to: its promise, which never resolves to a box (`boxPromise` adopts boxes;
 * `boxData` is only given data). Not a box: the value itself, synchronously (no promise, no tick).
 */
export function unbox(v: unknown): unknown {
  return v instanceof PromiseBox ? v.promise : v;
}

/** `unbox` after a `Maybe` settles: the plain value of an evaluation whose result may be a box. */
export function settle(v: unknown): unknown {
  return v instanceof Promise ? v.then(unbox) : unbox(v);
}

/** The dynamic context of evaluation: where stage ids and indexes come from. */
export interface Frame {
  /** Stage-id prefix (the chain of helper call sites). */
  prefix: string;
  /** Enclosing fan-out item indexes and loop iterations, outermost first. */
  index: readonly number[];
  /** Depth of plan-function calls. */
  depth: number;
  /** Whether this frame runs in a nested workflow (for the one-level rule). */
  nested: boolean;
  /** Which try of an enclosing `retry`/gate retry this is (0 for the first), so re-runs are real re-asks. */
  retry: number;
}

/** The frame of item `i` of a fan-out, loop or array callback run in `frame`. */
export function frameAt(frame: Frame, i: number): Frame {
  return { prefix: frame.prefix, index: [...frame.index, i], depth: frame.depth, nested: frame.nested, retry: frame.retry };
}

/** Error objects the plan creates (`new Error(m)`) or receives (`catch (e)`): plain data, marked. */
const errorObjects = new WeakSet<object>();

export function makeError(name: string, message: string): Record<string, unknown> {
  const e = Object.create(null) as Record<string, unknown>;
  e["name"] = name;
  e["message"] = message;
  errorObjects.add(e);
  return e;
}

export function isErrorObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && errorObjects.has(v);
}

/** A prototype-less object: the only kind of object literal a plan makes. */
export function newObject(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype;
}

/**
 * A value thrown in the plan (by `throw`, or by the interpreter for a TypeError-like mistake),
 * carrying the span of the node that failed. Plan `try/catch` catches it.
 */
export class PlanThrow {
  constructor(
    readonly value: unknown,
    readonly span: A.Span | undefined,
  ) {}
}

/**
 * Stops the run: a budget guard, the agent cap, a gate with onFail 'abort'. Plan try/catch,
 * parallel and pipeline do not catch it.
 */
export class RunAbort {
  constructor(
    readonly message: string,
    readonly span: A.Span | undefined,
  ) {}
}

/** An interpreter-raised plan error (TypeError, RangeError…) at a node. */
export function planError(node: { span: A.Span } | undefined, message: string, name = "TypeError"): PlanThrow {
  return new PlanThrow(makeError(name, message), node?.span);
}

/** JS's typeof, for sandbox values. */
export function typeOf(v: unknown): string {
  if (v instanceof Closure || v instanceof HostFunction) return "function";
  if (v === null) return "object";
  return typeof v;
}

/** `String(v)` without ever calling a plan-controlled `toString`/`valueOf`. */
export function toStr(v: unknown, depth = 0): string {
  if (typeof v === "string") return v;
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (depth > 20) return "";
  if (Array.isArray(v)) {
    const out = v.map((x) => (x === null || x === undefined ? "" : toStr(x, depth + 1))).join(",");
    return checkLength(out);
  }
  if (v instanceof Closure) return "function () { [plan code] }";
  if (v instanceof HostFunction) return `function ${v.name}() { [native code] }`;
  if (v instanceof PromiseBox) return "[object Promise]";
  if (v instanceof RegExp) return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
  if (v instanceof Set) return "[object Set]";
  if (v instanceof Map) return "[object Map]";
  if (isErrorObject(v)) {
    const msg = typeof v["message"] === "string" ? v["message"] : "";
    const name = typeof v["name"] === "string" ? v["name"] : "Error";
    return msg ? `${name}: ${msg}` : name;
  }
  return "[object Object]";
}

/** `Number(v)` without calling plan code. */
export function toNum(v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v === "string" || typeof v === "boolean" || v === null || v === undefined) return Number(v);
  if (v instanceof Date) return v.getTime();
  if (Array.isArray(v)) return Number(toStr(v));
  return Number.NaN;
}

export function truthy(v: unknown): boolean {
  return Boolean(v);
}

/** A primitive for `+` and comparisons (ToPrimitive with hint default, never calling plan code). */
export function toPrimitive(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v instanceof Closure || v instanceof HostFunction ? toStr(v) : v;
  if (v instanceof Date) return toStr(v);
  return toStr(v);
}

export function checkLength(s: string, node?: { span: A.Span }): string {
  if (s.length > LIMITS.maxStringLength)
    throw planError(node, `string too long: ${s.length} characters (the limit is ${LIMITS.maxStringLength})`, "RangeError");
  return s;
}

export function checkArrayLength(n: number, node?: { span: A.Span }): void {
  if (n > LIMITS.maxArrayLength)
    throw planError(node, `array too long: ${n} elements (the limit is ${LIMITS.maxArrayLength})`, "RangeError");
}

/**
 * Copies host data (args, agent results, JSON.parse output) into the sandbox: prototype-less
 * objects, plain arrays, primitives. A forbidden key (`__proto__`, `constructor`, `prototype`) is a
 * plan error rather than silently kept, so no pollution can ride along.
 */
export function importValue(v: unknown, node?: { span: A.Span }, depth = 0): unknown {
  if (v === null || typeof v !== "object") return typeof v === "function" ? undefined : v;
  if (depth > 200) throw planError(node, "value nested too deeply", "RangeError");
  if (Array.isArray(v)) return v.map((x) => importValue(x, node, depth + 1));
  const out = newObject();
  for (const k of Object.keys(v)) {
    if (FORBIDDEN_KEYS.has(k)) throw planError(node, `the key \`${k}\` is not allowed in plan data`);
    out[k] = importValue((v as Record<string, unknown>)[k], node, depth + 1);
  }
  return out;
}

/** Deep-freezes sandbox data (for `args`). Arrays are walked by index (no key strings for a long list). */
export function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) deepFreeze(v[i]);
    else for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

/**
 * Copies a sandbox value out to the host as JSON-like data: closures and host functions become
 * undefined, Sets arrays, Maps objects, Dates ISO strings, errors `{name, message}`.
 */
export function exportValue(v: unknown, depth = 0): unknown {
  if (v === null || typeof v !== "object") return v;
  if (depth > 200) return null;
  if (v instanceof Closure || v instanceof HostFunction || v instanceof PromiseBox) return undefined;
  if (Array.isArray(v)) return v.map((x) => exportValue(x, depth + 1) ?? null);
  if (v instanceof Set) return [...v].map((x) => exportValue(x, depth + 1) ?? null);
  if (v instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v) o[toStr(k)] = exportValue(x, depth + 1);
    return o;
  }
  if (v instanceof Date) return toStr(v);
  if (v instanceof RegExp) return String(v);
  const o: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const x = exportValue((v as Record<string, unknown>)[k], depth + 1);
    if (x !== undefined && !FORBIDDEN_KEYS.has(k)) o[k] = x;
  }
  return o;
}
