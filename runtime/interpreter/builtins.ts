/**
 * The standard globals a plan may use: JSON, Math (without random), Object/Array/String/Number/
 * Boolean helpers, parseInt/parseFloat, Promise.all, console, Error, Set, Map, Date (with an
 * argument), RegExp. Each is a `HostFunction` or a frozen prototype-less namespace object: a plan
 * can call them but cannot reach what they are made of.
 */
import {
  Closure, HostFunction, PromiseBox, boxPromise, checkArrayLength, checkLength, exportValue, importValue, isErrorObject,
  isPlainObject, makeError, newObject, planError, toNum, toStr, unbox, FORBIDDEN_KEYS, type CallInfo,
} from "./values.js";
import { HostConstructor, iterate, mapItems, statics } from "./members.js";
import { makeRegExp } from "./evaluate.js";
import { Env } from "./env.js";
import { sleepParts } from "../../compiler/walk.js";
import type * as A from "../../grammar/ast.js";

function fn(name: string, impl: (args: unknown[], info: CallInfo) => unknown): HostFunction {
  return new HostFunction(name, impl);
}

/** The `setTimeout(…)` calls of the sleeps a run has made: the only ones `setTimeout` runs. */
export const sleepTimers = new WeakSet<A.Node>();

function namespace(members: Record<string, unknown>): Record<string, unknown> {
  const o = newObject();
  Object.assign(o, members);
  return Object.freeze(o);
}

function withStatics<T extends HostFunction>(f: T, members: Record<string, unknown>): T {
  statics.set(f, Object.freeze(Object.assign(newObject(), members)));
  return f;
}

const forbidden = (what: string, why: string) =>
  fn(what, (_args, info) => {
    throw planError(info.node, `${what} is not allowed in plans: ${why}`);
  });

function keysOf(v: unknown, info: CallInfo): string[] {
  if (v === null || v === undefined) throw planError(info.node, `cannot convert ${toStr(v)} to an object`);
  if (typeof v === "string") return [...v].map((_, i) => String(i));
  if (Array.isArray(v)) return v.map((_, i) => String(i));
  if (isPlainObject(v)) return Object.keys(v).filter((k) => !FORBIDDEN_KEYS.has(k));
  return [];
}

function getOwn(v: unknown, k: string): unknown {
  return (v as Record<string, unknown>)[k];
}

const mathFns = [
  "abs", "ceil", "floor", "round", "trunc", "sign", "sqrt", "cbrt", "log", "log2", "log10", "log1p", "exp", "expm1",
  "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "pow", "hypot", "min", "max", "fround", "clz32",
] as const;

export interface BuiltinHooks {
  log(message: string, level: "log" | "info" | "warn" | "error"): void;
}

export function installBuiltins(env: Env, hooks: BuiltinHooks): void {
  for (const [name, v] of standardGlobals()) env.declare(name, false, true, v);
  const consoleFn = (level: "log" | "info" | "warn" | "error") => fn(level, (args) => hooks.log(args.map((a) => toStr(a)).join(" "), level));
  env.declare("console", false, true, namespace({ log: consoleFn("log"), info: consoleFn("info"), warn: consoleFn("warn"), error: consoleFn("error"), debug: consoleFn("log") }));
}

let standard: [string, unknown][] | undefined;

/**
 * Every global but `console` (which logs through the run's hooks). They hold no state and are frozen
 * or host functions, so they are made once per process and shared by every run.
 */
function standardGlobals(): [string, unknown][] {
  if (standard) return standard;
  const globals: [string, unknown][] = [];
  const def = (name: string, v: unknown) => globals.push([name, v]);

  def("undefined", undefined);
  def("NaN", Number.NaN);
  def("Infinity", Number.POSITIVE_INFINITY);

  def(
    "JSON",
    namespace({
      stringify: fn("stringify", ([v, replacer, indent], info) => {
        if (replacer instanceof Closure || replacer instanceof HostFunction)
          throw planError(info.node, "JSON.stringify with a replacer function is not supported; map the value first");
        const keys = Array.isArray(replacer) ? replacer.map((k) => toStr(k)) : null;
        const space = typeof indent === "number" || typeof indent === "string" ? indent : undefined;
        const out = JSON.stringify(exportValue(v), keys, space);
        return out === undefined ? undefined : checkLength(out, info.node);
      }),
      parse: fn("parse", ([text], info) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(toStr(text));
        } catch (err) {
          throw planError(info.node, `JSON.parse: ${(err as Error).message}`, "SyntaxError");
        }
        return importValue(parsed, info.node);
      }),
    }),
  );

  const math: Record<string, unknown> = {
    PI: Math.PI, E: Math.E, LN2: Math.LN2, LN10: Math.LN10, LOG2E: Math.LOG2E, LOG10E: Math.LOG10E, SQRT2: Math.SQRT2, SQRT1_2: Math.SQRT1_2,
    random: forbidden("Math.random()", "it would break resume; use the item index or pass randomness in `args`"),
  };
  for (const name of mathFns) {
    const f = Math[name] as (...xs: number[]) => number;
    math[name] = fn(name, (args) => f(...args.map(toNum)));
  }
  def("Math", namespace(math));

  def(
    "Object",
    namespace({
      keys: fn("keys", ([v], info) => keysOf(v, info)),
      values: fn("values", ([v], info) => keysOf(v, info).map((k) => (typeof v === "string" ? v[Number(k)] : getOwn(v, k)))),
      entries: fn("entries", ([v], info) => keysOf(v, info).map((k) => [k, typeof v === "string" ? v[Number(k)] : getOwn(v, k)])),
      fromEntries: fn("fromEntries", ([v], info) => {
        const out = newObject();
        for (const pair of iterate(v, info.node)) {
          const [k, x] = iterate(pair, info.node);
          const key = toStr(k);
          if (FORBIDDEN_KEYS.has(key)) throw planError(info.node, `the key \`${key}\` is not allowed in plan data`);
          out[key] = x;
        }
        return out;
      }),
      assign: fn("assign", ([target, ...sources], info) => {
        if (!isPlainObject(target) || Object.getPrototypeOf(target) !== null || Object.isFrozen(target) || isErrorObject(target))
          throw planError(info.node, "Object.assign needs a plain, writable object as its target");
        for (const s of sources) {
          if (s === null || s === undefined) continue;
          for (const k of keysOf(s, info)) (target as Record<string, unknown>)[k] = typeof s === "string" ? s[Number(k)] : getOwn(s, k);
        }
        return target;
      }),
      freeze: fn("freeze", ([v]) => (v !== null && typeof v === "object" && !(v instanceof PromiseBox) ? Object.freeze(v) : v)),
    }),
  );

  def(
    "Array",
    withStatics(
      fn("Array", (_args, info) => {
        throw planError(info.node, "use an array literal `[…]` or Array.from({ length: n }, fn) instead of Array(…)");
      }),
      {
        isArray: fn("isArray", ([v]) => Array.isArray(v)),
        from: fn("from", ([src, mapFn], info) => {
          let items: unknown[];
          if (isPlainObject(src) && typeof src["length"] === "number") {
            const n = src["length"];
            if (!Number.isInteger(n) || n < 0) throw planError(info.node, "invalid array length", "RangeError");
            checkArrayLength(n, info.node);
            items = Array.from({ length: n }, (_, i) => getOwn(src, String(i)));
          } else items = [...iterate(src, info.node)];
          return mapFn === undefined ? items : mapItems(items, mapFn, info);
        }),
        of: fn("of", (args) => [...args]),
      },
    ),
  );

  def("String", fn("String", (args) => (args.length === 0 ? "" : toStr(args[0]))));
  def(
    "Number",
    withStatics(
      fn("Number", (args) => (args.length === 0 ? 0 : toNum(args[0]))),
      {
        isFinite: fn("isFinite", ([v]) => Number.isFinite(v)),
        isInteger: fn("isInteger", ([v]) => Number.isInteger(v)),
        isNaN: fn("isNaN", ([v]) => Number.isNaN(v)),
        isSafeInteger: fn("isSafeInteger", ([v]) => Number.isSafeInteger(v)),
        parseInt: fn("parseInt", ([s, r]) => Number.parseInt(toStr(s), r === undefined ? undefined : toNum(r))),
        parseFloat: fn("parseFloat", ([s]) => Number.parseFloat(toStr(s))),
        MAX_SAFE_INTEGER: Number.MAX_SAFE_INTEGER,
        MIN_SAFE_INTEGER: Number.MIN_SAFE_INTEGER,
        EPSILON: Number.EPSILON,
        POSITIVE_INFINITY: Number.POSITIVE_INFINITY,
        NEGATIVE_INFINITY: Number.NEGATIVE_INFINITY,
      },
    ),
  );
  def("Boolean", fn("Boolean", ([v]) => Boolean(v)));
  def("parseInt", fn("parseInt", ([s, r]) => Number.parseInt(toStr(s), r === undefined ? undefined : toNum(r))));
  def("parseFloat", fn("parseFloat", ([s]) => Number.parseFloat(toStr(s))));
  def("isNaN", fn("isNaN", ([v]) => Number.isNaN(toNum(v))));
  def("isFinite", fn("isFinite", ([v]) => Number.isFinite(toNum(v))));

  def(
    "Promise",
    withStatics(
      new HostConstructor(
        "Promise",
        (_args, info) => {
          throw planError(info.node, "Promise must be called with `new`");
        },
        // One form only, as in the check: a sleep (`new Promise((resolve) => setTimeout(resolve, ms))`,
        // see compiler/walk.ts sleepParts), whose `setTimeout` call alone may run (see `sleepTimers`).
        // The executor runs at once with `resolve` and `reject`.
        ([executor], info) => {
          const sleep = info.node.type === "NewExpression" ? sleepParts(info.node) : undefined;
          if (!sleep) throw planError(info.node, "`new Promise` is not part of the language, except as a sleep: `new Promise((resolve) => setTimeout(resolve, ms))`");
          sleepTimers.add(sleep.timer);
          return boxPromise(
            new Promise((resolve, reject) => {
              const settle = (f: (v: unknown) => void) => fn(f === resolve ? "resolve" : "reject", ([v]) => void f(v));
              const r = info.call(executor, [settle(resolve), settle(reject)]);
              if (r instanceof Promise) r.catch(reject);
            }),
          );
        },
        true,
      ),
      {
      all: fn("all", ([items], info) => boxPromise(Promise.all(iterate(items, info.node).map((x) => unbox(x))))),
      allSettled: fn("allSettled", ([items], info) =>
        boxPromise(
          Promise.allSettled(iterate(items, info.node).map((x) => unbox(x))).then((rs) =>
            rs.map((r) => {
              const o = newObject();
              o["status"] = r.status;
              if (r.status === "fulfilled") o["value"] = r.value;
              else o["reason"] = (r.reason as { value?: unknown })?.value;
              return o;
            }),
          ),
        ),
      ),
      resolve: fn("resolve", ([v]) => boxPromise(Promise.resolve(v))),
      },
    ),
  );

  for (const name of ["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError"]) {
    const make = ([msg]: unknown[]) => makeError(name, msg === undefined ? "" : toStr(msg));
    def(name, new HostConstructor(name, make, make, false, (v) => isErrorObject(v) && (name === "Error" || v["name"] === name)));
  }

  def(
    "Set",
    new HostConstructor("Set", () => undefined, ([it], info) => {
      const items = it === undefined || it === null ? [] : iterate(it, info.node);
      return new Set(items);
    }, true, (v) => v instanceof Set),
  );
  def(
    "Map",
    new HostConstructor("Map", () => undefined, ([it], info) => {
      const m = new Map<unknown, unknown>();
      if (it !== undefined && it !== null) for (const pair of iterate(it, info.node)) {
        const [k, v] = iterate(pair, info.node);
        m.set(k, v);
      }
      return m;
    }, true, (v) => v instanceof Map),
  );
  def(
    "Date",
    withStatics(
      new HostConstructor(
        "Date",
        (_args, info) => {
          throw planError(info.node, "Date() without `new` reads the clock, which would break resume; pass times in `args`");
        },
        (args, info) => {
          if (args.length === 0)
            throw planError(info.node, "`new Date()` without an argument reads the clock, which would break resume; pass times in `args`");
          const a = args[0];
          return new Date(a instanceof Date ? a.getTime() : typeof a === "number" ? a : toStr(a));
        },
        false,
        (v) => v instanceof Date,
      ),
      { now: forbidden("Date.now()", "it would break resume; pass times in `args`") },
    ),
  );
  def(
    "RegExp",
    new HostConstructor(
      "RegExp",
      ([p, f], info) => makeRegExp(p instanceof RegExp ? p.source : toStr(p), f === undefined ? "" : toStr(f), info.node),
      ([p, f], info) => makeRegExp(p instanceof RegExp ? p.source : toStr(p), f === undefined ? "" : toStr(f), info.node),
      false,
      (v) => v instanceof RegExp,
    ),
  );
  standard = globals;
  return globals;
}
