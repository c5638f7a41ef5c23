/**
 * Member access: the sandbox boundary. A plan reads only own properties of plain data, plus the
 * methods in the whitelists below; `__proto__`, `constructor` and `prototype` are refused on
 * everything, so no chain of reads can climb to a host constructor. Methods are fresh
 * `HostFunction`s bound to their receiver, never the host's own functions.
 */
import type * as A from "../../grammar/ast.js";
import {
  Closure, HostFunction, PromiseBox, RunAbort, PlanThrow, FORBIDDEN_KEYS, LIMITS, boxPromise, checkArrayLength, checkLength,
  frameAt, isErrorObject, isPlainObject, planError, settle, toNum, toStr, truthy, unbox, type CallInfo,
} from "./values.js";
import { checkRegexInput } from "./regex.js";

/** A builtin usable with `new` (Error, Set, Map, Date, RegExp). Static members live in `statics`. */
export class HostConstructor extends HostFunction {
  constructor(
    name: string,
    impl: (args: unknown[], info: CallInfo) => unknown,
    readonly construct: ((args: unknown[], info: CallInfo) => unknown) | undefined,
    readonly requiresNew = false,
    /** Used by `instanceof`. */
    readonly test?: (v: unknown) => boolean,
  ) {
    super(name, impl);
  }
}

/** Static members of builtins (`Number.isFinite`, `Array.isArray`, `Object.keys`). */
export const statics = new WeakMap<HostFunction, Record<string, unknown>>();

export function propertyKey(v: unknown): string {
  return typeof v === "string" ? v : toStr(v);
}

const isIndex = (k: string): boolean => /^(0|[1-9]\d{0,8})$/.test(k);

function method(name: string, impl: (args: unknown[], info: CallInfo) => unknown): HostFunction {
  return new HostFunction(name, impl);
}

export function getMember(obj: unknown, key: string, node: A.Node): unknown {
  if (FORBIDDEN_KEYS.has(key)) throw planError(node, `access to \`${key}\` is not allowed in plans`);
  if (obj === null || obj === undefined) throw planError(node, `cannot read properties of ${obj === null ? "null" : "undefined"} (reading '${key}')`);
  if (typeof obj === "string") {
    if (key === "length") return obj.length;
    if (isIndex(key)) return obj[Number(key)];
    const m = stringMethods[key];
    return m ? method(key, (args, info) => m(obj, args, info)) : undefined;
  }
  if (typeof obj === "number") {
    const m = numberMethods[key];
    return m ? method(key, (args) => m(obj, args, node)) : undefined;
  }
  if (typeof obj === "boolean") return key === "toString" ? method(key, () => String(obj)) : undefined;
  if (Array.isArray(obj)) {
    if (key === "length") return obj.length;
    if (isIndex(key)) return obj[Number(key)];
    const m = arrayMethods[key];
    return m ? method(key, (args, info) => m(obj, args, info)) : undefined;
  }
  if (obj instanceof HostFunction) {
    const s = statics.get(obj);
    return s && Object.prototype.hasOwnProperty.call(s, key) ? s[key] : undefined;
  }
  if (obj instanceof Closure) return undefined;
  if (obj instanceof PromiseBox) {
    const m = promiseMethods[key];
    return m ? method(key, (args, info) => m(obj, args, info)) : undefined;
  }
  if (obj instanceof Set) {
    if (key === "size") return obj.size;
    const m = setMethods[key];
    return m ? method(key, (args, info) => m(obj, args, info)) : undefined;
  }
  if (obj instanceof Map) {
    if (key === "size") return obj.size;
    const m = mapMethods[key];
    return m ? method(key, (args, info) => m(obj, args, info)) : undefined;
  }
  if (obj instanceof RegExp) {
    if (key === "source" || key === "flags" || key === "global" || key === "lastIndex") return obj[key];
    if (key === "test") return method(key, (args) => obj.test(checkRegexInput(toStr(args[0]), node)));
    if (key === "exec") return method(key, (args) => regexResult(obj.exec(checkRegexInput(toStr(args[0]), node))));
    return undefined;
  }
  if (obj instanceof Date) {
    if (dateMethods.has(key)) return method(key, () => (obj as unknown as Record<string, () => unknown>)[key]!.call(obj));
    return undefined;
  }
  if (isPlainObject(obj)) return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
  return undefined;
}

export function setMember(obj: unknown, key: string, value: unknown, node: A.Node): void {
  if (FORBIDDEN_KEYS.has(key)) throw planError(node, `access to \`${key}\` is not allowed in plans`);
  if (obj === null || obj === undefined) throw planError(node, `cannot set properties of ${toStr(obj)} (setting '${key}')`);
  if (typeof obj === "object" && Object.isFrozen(obj)) throw planError(node, `cannot modify a read-only value (setting '${key}'); \`args\` and builtins are read-only`);
  if (Array.isArray(obj)) {
    if (isIndex(key)) {
      checkArrayLength(Number(key) + 1, node);
      obj[Number(key)] = value;
      return;
    }
    if (key === "length") {
      const n = toNum(value);
      if (!Number.isInteger(n) || n < 0) throw planError(node, "invalid array length", "RangeError");
      checkArrayLength(n, node);
      obj.length = n;
      return;
    }
    throw planError(node, `cannot set property '${key}' on an array`);
  }
  if (isPlainObject(obj) && Object.getPrototypeOf(obj) === null && !isErrorObject(obj)) {
    (obj as Record<string, unknown>)[key] = value;
    return;
  }
  if (isErrorObject(obj) && !Object.isFrozen(obj)) {
    (obj as Record<string, unknown>)[key] = value;
    return;
  }
  throw planError(node, `cannot set property '${key}' on ${describe(obj)}`);
}

export function deleteMember(obj: unknown, key: string, node: A.Node): void {
  if (obj !== null && typeof obj === "object" && Object.getPrototypeOf(obj) === null && !Object.isFrozen(obj)) {
    delete (obj as Record<string, unknown>)[key];
    return;
  }
  throw planError(node, `cannot delete '${key}' from ${describe(obj)}`);
}

export function hasProperty(obj: unknown, key: string, node: A.Node): boolean {
  if (Array.isArray(obj)) return key === "length" || (isIndex(key) && Number(key) < obj.length);
  if (isPlainObject(obj)) return Object.prototype.hasOwnProperty.call(obj, key);
  if (obj instanceof Map || obj instanceof Set) return false;
  throw planError(node, `cannot use 'in' to search for '${key}' in ${describe(obj)}`);
}

export function instanceOf(v: unknown, ctor: unknown, node: A.Node): boolean {
  if (ctor instanceof HostConstructor && ctor.test) return ctor.test(v);
  if (ctor instanceof HostFunction || ctor instanceof Closure) return false;
  throw planError(node, "right-hand side of 'instanceof' is not a constructor");
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (v instanceof Closure || v instanceof HostFunction) return "a function";
  if (v instanceof PromiseBox) return "a promise";
  if (v instanceof Set) return "a Set";
  if (v instanceof Map) return "a Map";
  return typeof v === "object" ? "a read-only object" : `a ${typeof v}`;
}

/** The items of an iterable sandbox value: arrays, strings, Sets, Maps (as [k, v] pairs). */
export function iterate(v: unknown, node: A.Node): unknown[] {
  if (Array.isArray(v)) return v;
  if (typeof v === "string") return [...v];
  if (v instanceof Set) return [...v];
  if (v instanceof Map) return [...v].map(([k, x]) => [k, x]);
  throw planError(node, `${v === null || v === undefined ? toStr(v) : describe(v)} is not iterable`);
}

function regexResult(m: RegExpExecArray | RegExpMatchArray | null): unknown {
  if (!m) return null;
  const out: unknown[] = [...m];
  return out;
}

// ------------------------------------------------------------------ callbacks

/** Calls a plan callback; returns a `Maybe` (a promise only when the callback had to wait). */
function cb(info: CallInfo, fn: unknown, args: unknown[], index?: number): unknown {
  if (!(fn instanceof Closure) && !(fn instanceof HostFunction)) throw planError(info.node, `${toStr(fn)} is not a function`);
  return info.call(fn, args, index === undefined ? info.frame : frameAt(info.frame, index));
}

/**
 * The loop of the array callbacks: `call(i)` for items `i…` of `a` (re-reading `a.length`, as JS
 * does), each result handed to `use`, which returns true to stop; then `done()`. It runs
 * synchronously while the callbacks do, and continues after the first one that returns a promise, so
 * `items.map((x) => …)` with a synchronous callback costs no promise per item.
 */
function eachItem(a: unknown[], i: number, call: (i: number) => unknown, use: (v: unknown, i: number) => boolean, done: () => unknown): unknown {
  for (; i < a.length; i++) {
    const v = call(i);
    if (v instanceof Promise) {
      const at = i;
      return v.then((x) => (use(x, at) ? done() : eachItem(a, at + 1, call, use, done)));
    }
    if (use(v, i)) return done();
  }
  return done();
}

function mutable(arr: unknown[], info: CallInfo): unknown[] {
  if (Object.isFrozen(arr)) throw planError(info.node, "cannot modify a read-only array (`args` is read-only; copy it with `[...x]`)");
  return arr;
}

type Impl<T> = (self: T, args: unknown[], info: CallInfo) => unknown;

const sameValueZero = (a: unknown, b: unknown): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** A stable merge sort whose comparator may be plan code (called asynchronously). */
async function mergeSort(items: unknown[], cmp: (a: unknown, b: unknown) => Promise<number>): Promise<unknown[]> {
  if (items.length <= 1) return items;
  const mid = items.length >> 1;
  const left = await mergeSort(items.slice(0, mid), cmp);
  const right = await mergeSort(items.slice(mid), cmp);
  const out: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if ((await cmp(left[i], right[j])) > 0) out.push(right[j++]);
    else out.push(left[i++]);
  }
  while (i < left.length) out.push(left[i++]);
  while (j < right.length) out.push(right[j++]);
  return out;
}

function defaultCompare(a: unknown, b: unknown): number {
  if (a === undefined) return b === undefined ? 0 : 1;
  if (b === undefined) return -1;
  const x = toStr(a);
  const y = toStr(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function relIndex(n: unknown, len: number, dflt: number): number {
  if (n === undefined) return dflt;
  let i = Math.trunc(toNum(n)) || 0;
  if (i < 0) i = Math.max(0, len + i);
  return Math.min(i, len);
}

const arrayMethods: Record<string, Impl<unknown[]>> = {
  map(a, [fn], info) {
    return mapEach(a, (i) => cb(info, fn, [a[i], i, a], i));
  },
  flatMap(a, [fn], info) {
    const out: unknown[] = [];
    return eachItem(a, 0, (i) => cb(info, fn, [a[i], i, a], i), (v) => {
      if (Array.isArray(v)) out.push(...v);
      else out.push(v);
      checkArrayLength(out.length, info.node);
      return false;
    }, () => out);
  },
  forEach(a, [fn], info) {
    return eachItem(a, 0, (i) => cb(info, fn, [a[i], i, a], i), () => false, () => undefined);
  },
  filter(a, [fn], info) {
    const out: unknown[] = [];
    return eachItem(a, 0, (i) => cb(info, fn, [a[i], i, a]), (v, i) => {
      if (truthy(v)) out.push(a[i]);
      return false;
    }, () => out);
  },
  some(a, [fn], info) {
    let found = false;
    return eachItem(a, 0, (i) => cb(info, fn, [a[i], i, a]), (v) => (found = truthy(v)), () => found);
  },
  every(a, [fn], info) {
    let all = true;
    return eachItem(a, 0, (i) => cb(info, fn, [a[i], i, a]), (v) => !(all = truthy(v)), () => all);
  },
  find(a, [fn], info) {
    let hit: unknown;
    return eachItem(a, 0, (i) => cb(info, fn, [a[i], i, a]), (v, i) => {
      if (!truthy(v)) return false;
      hit = a[i];
      return true;
    }, () => hit);
  },
  findIndex(a, [fn], info) {
    let hit = -1;
    return eachItem(a, 0, (i) => cb(info, fn, [a[i], i, a]), (v, i) => {
      if (!truthy(v)) return false;
      hit = i;
      return true;
    }, () => hit);
  },
  reduce(a, args, info) {
    let i = 0;
    let acc: unknown;
    if (args.length >= 2) acc = args[1];
    else {
      if (a.length === 0) throw planError(info.node, "reduce of an empty array with no initial value");
      acc = a[0];
      i = 1;
    }
    return eachItem(a, i, (j) => cb(info, args[0], [acc, a[j], j, a]), (v) => {
      acc = v;
      return false;
    }, () => acc);
  },
  async sort(a, [fn], info) {
    mutable(a, info);
    const sorted =
      fn === undefined
        ? [...a].sort(defaultCompare)
        : await mergeSort([...a], async (x, y) => {
            if (x === undefined) return y === undefined ? 0 : 1;
            if (y === undefined) return -1;
            return toNum(await cb(info, fn, [x, y])) || 0;
          });
    for (let i = 0; i < sorted.length; i++) a[i] = sorted[i];
    return a;
  },
  includes: (a, [v]) => a.some((x) => sameValueZero(x, v)),
  indexOf: (a, [v]) => a.indexOf(v),
  lastIndexOf: (a, [v]) => a.lastIndexOf(v),
  join: (a, [sep], info) => joinItems(a, sep === undefined ? "," : toStr(sep), info),
  slice: (a, [s, e]) => a.slice(relIndex(s, a.length, 0), relIndex(e, a.length, a.length)),
  concat(a, args, info) {
    const out = [...a];
    for (const x of args) {
      if (Array.isArray(x)) out.push(...x);
      else out.push(x);
      checkArrayLength(out.length, info.node);
    }
    return out;
  },
  flat(a, [d], info) {
    const depth = d === undefined ? 1 : toNum(d);
    const go = (xs: unknown[], n: number, out: unknown[]): unknown[] => {
      for (const x of xs) {
        if (Array.isArray(x) && n > 0) go(x, n - 1, out);
        else out.push(x);
        checkArrayLength(out.length, info.node);
      }
      return out;
    };
    return go(a, Math.min(depth, 100), []);
  },
  push(a, args, info) {
    mutable(a, info);
    checkArrayLength(a.length + args.length, info.node);
    return a.push(...args);
  },
  pop: (a, _args, info) => mutable(a, info).pop(),
  shift: (a, _args, info) => mutable(a, info).shift(),
  unshift(a, args, info) {
    mutable(a, info);
    checkArrayLength(a.length + args.length, info.node);
    return a.unshift(...args);
  },
  reverse: (a, _args, info) => mutable(a, info).reverse(),
  at: (a, [i]) => a.at(Math.trunc(toNum(i)) || 0),
  fill(a, [v, s, e], info) {
    mutable(a, info);
    return a.fill(v, relIndex(s, a.length, 0), relIndex(e, a.length, a.length));
  },
  // Arrays stand in for the iterators these return: `for…of` and spreads read them the same way.
  entries: (a) => a.map((x, i) => [i, x]),
  keys: (a) => a.map((_, i) => i),
  values: (a) => [...a],
  toString: (a: unknown[], _args: unknown[], info: CallInfo) => joinItems(a, ",", info),
  splice(a, args, info) {
    mutable(a, info);
    if (args.length === 0) return [];
    const start = relIndex(args[0], a.length, 0);
    // Without a count, everything from `start` is removed.
    const count = args.length < 2 ? a.length - start : Math.min(Math.max(Math.trunc(toNum(args[1])) || 0, 0), a.length - start);
    const inserted = args.slice(2);
    checkArrayLength(a.length - count + inserted.length, info.node);
    return a.splice(start, count, ...inserted);
  },
};

/** `a.join(separator)`: null and undefined items are empty, like JavaScript's. */
function joinItems(a: unknown[], separator: string, info: CallInfo): string {
  let out = "";
  for (let i = 0; i < a.length; i++) {
    if (i > 0) out += separator;
    const x = a[i];
    out += x === null || x === undefined ? "" : toStr(x);
    checkLength(out, info.node);
  }
  return out;
}

const stringMethods: Record<string, Impl<string>> = {
  trim: (s) => s.trim(),
  trimStart: (s) => s.trimStart(),
  trimEnd: (s) => s.trimEnd(),
  toLowerCase: (s) => s.toLowerCase(),
  toUpperCase: (s) => s.toUpperCase(),
  slice: (s, [a, b]) => s.slice(a === undefined ? 0 : toNum(a), b === undefined ? undefined : toNum(b)),
  substring: (s, [a, b]) => s.substring(toNum(a) || 0, b === undefined ? undefined : toNum(b)),
  includes: (s, [x, p]) => s.includes(toStr(x), p === undefined ? undefined : toNum(p)),
  startsWith: (s, [x, p]) => s.startsWith(toStr(x), p === undefined ? undefined : toNum(p)),
  endsWith: (s, [x, p]) => s.endsWith(toStr(x), p === undefined ? undefined : toNum(p)),
  indexOf: (s, [x, p]) => s.indexOf(toStr(x), p === undefined ? undefined : toNum(p)),
  lastIndexOf: (s, [x]) => s.lastIndexOf(toStr(x)),
  charAt: (s, [i]) => s.charAt(toNum(i) || 0),
  charCodeAt: (s, [i]) => s.charCodeAt(toNum(i) || 0),
  at: (s, [i]) => s.at(Math.trunc(toNum(i)) || 0),
  localeCompare: (s, [x]) => (s < toStr(x) ? -1 : s > toStr(x) ? 1 : 0),
  concat: (s, args, info) => checkLength(s + args.map((x) => toStr(x)).join(""), info.node),
  toString: (s: string) => s,
  padStart: (s, [n, f], info) => checkLength(s.padStart(boundedLength(n, info), f === undefined ? undefined : toStr(f)), info.node),
  padEnd: (s, [n, f], info) => checkLength(s.padEnd(boundedLength(n, info), f === undefined ? undefined : toStr(f)), info.node),
  repeat(s, [n], info) {
    const count = toNum(n);
    if (!Number.isFinite(count) || count < 0) throw planError(info.node, `invalid repeat count: ${toStr(n)}`, "RangeError");
    if (s.length * Math.floor(count) > LIMITS.maxStringLength)
      throw planError(info.node, `string too long: repeat would make ${s.length * Math.floor(count)} characters (the limit is ${LIMITS.maxStringLength})`, "RangeError");
    return s.repeat(count);
  },
  split(s, [sep, limit], info) {
    const lim = limit === undefined ? undefined : toNum(limit);
    if (sep === undefined) return [s];
    if (sep instanceof RegExp) {
      const parts = checkRegexInput(s, info.node).split(new RegExp(sep.source, sep.flags), lim);
      checkArrayLength(parts.length, info.node);
      return parts;
    }
    const parts = s.split(toStr(sep), lim);
    checkArrayLength(parts.length, info.node);
    return parts;
  },
  match(s, [re], info) {
    checkRegexInput(s, info.node);
    if (!(re instanceof RegExp)) return regexResult(s.match(escapeLiteral(toStr(re))));
    return regexResult(s.match(re));
  },
  async replace(s, [pat, rep], info) {
    return replaceImpl(s, pat, rep, info, false);
  },
  async replaceAll(s, [pat, rep], info) {
    return replaceImpl(s, pat, rep, info, true);
  },
};

function boundedLength(n: unknown, info: CallInfo): number {
  const len = toNum(n);
  if (len > LIMITS.maxStringLength) throw planError(info.node, `string too long: ${len} characters (the limit is ${LIMITS.maxStringLength})`, "RangeError");
  return len;
}

function escapeLiteral(s: string): RegExp {
  return new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

async function replaceImpl(s: string, pat: unknown, rep: unknown, info: CallInfo, all: boolean): Promise<string> {
  checkRegexInput(s, info.node);
  let re: RegExp;
  if (pat instanceof RegExp) {
    if (all && !pat.global) throw planError(info.node, "replaceAll must be called with a global RegExp");
    re = new RegExp(pat.source, pat.flags);
  } else re = new RegExp(escapeLiteral(toStr(pat)).source, all ? "g" : "");
  if (!(rep instanceof Closure) && !(rep instanceof HostFunction)) {
    const text = toStr(rep);
    return checkLength(s.replace(re, text), info.node);
  }
  // A function replacer is plan code: collect the matches, then call it for each.
  const matches: RegExpExecArray[] = [];
  if (re.global) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      matches.push(m);
      if (m[0] === "") re.lastIndex++;
    }
  } else {
    const m = re.exec(s);
    if (m) matches.push(m);
  }
  let out = "";
  let last = 0;
  for (const m of matches) {
    out += s.slice(last, m.index) + toStr(await cb(info, rep, [...m, m.index, s]));
    last = m.index + m[0].length;
    checkLength(out, info.node);
  }
  return checkLength(out + s.slice(last), info.node);
}

const numberMethods: Record<string, (n: number, args: unknown[], node: A.Node) => unknown> = {
  toFixed(n, [d], node) {
    const digits = d === undefined ? 0 : toNum(d);
    if (!(digits >= 0 && digits <= 100)) throw planError(node, "toFixed() digits must be between 0 and 100", "RangeError");
    return n.toFixed(digits);
  },
  toPrecision(n, [d], node) {
    if (d === undefined) return String(n);
    const digits = toNum(d);
    if (!(digits >= 1 && digits <= 100)) throw planError(node, "toPrecision() argument must be between 1 and 100", "RangeError");
    return n.toPrecision(digits);
  },
  toString(n: number, [r]: unknown[], node: A.Node) {
    const radix = r === undefined ? 10 : toNum(r);
    if (!(radix >= 2 && radix <= 36)) throw planError(node, "toString() radix must be between 2 and 36", "RangeError");
    return n.toString(radix);
  },
};

const promiseMethods: Record<string, Impl<PromiseBox>> = {
  then(p, [onOk, onErr], info) {
    return boxPromise(
      p.promise.then(
        (v) => (isCallable(onOk) ? settle(info.call(onOk, [v])) : v),
        (e) => {
          if (e instanceof PlanThrow && isCallable(onErr)) return settle(info.call(onErr, [e.value]));
          throw e;
        },
      ),
    );
  },
  catch(p, [onErr], info) {
    return boxPromise(
      p.promise.catch((e) => {
        if (e instanceof PlanThrow && isCallable(onErr)) return settle(info.call(onErr, [e.value]));
        throw e;
      }),
    );
  },
  finally(p, [fn], info) {
    return boxPromise(
      p.promise.finally(async () => {
        if (isCallable(fn)) await unbox(await info.call(fn, []));
      }),
    );
  },
};

const isCallable = (f: unknown): boolean => f instanceof Closure || f instanceof HostFunction;

const setMethods: Record<string, Impl<Set<unknown>>> = {
  add(s, [v], info) {
    checkArrayLength(s.size + 1, info.node);
    return s.add(v);
  },
  has: (s, [v]) => s.has(v),
  delete: (s, [v]) => s.delete(v),
  clear: (s) => s.clear(),
  values: (s) => [...s],
  keys: (s) => [...s],
  forEach(s, [fn], info) {
    const items = [...s];
    return eachItem(items, 0, (i) => cb(info, fn, [items[i], items[i], s], i), () => false, () => undefined);
  },
};

const mapMethods: Record<string, Impl<Map<unknown, unknown>>> = {
  get: (m, [k]) => m.get(k),
  set(m, [k, v], info) {
    checkArrayLength(m.size + 1, info.node);
    return m.set(k, v);
  },
  has: (m, [k]) => m.has(k),
  delete: (m, [k]) => m.delete(k),
  clear: (m) => m.clear(),
  keys: (m) => [...m.keys()],
  values: (m) => [...m.values()],
  entries: (m) => [...m].map(([k, v]) => [k, v]),
  forEach(m, [fn], info) {
    const items = [...m];
    return eachItem(items, 0, (i) => cb(info, fn, [items[i]![1], items[i]![0], m], i), () => false, () => undefined);
  },
};

const dateMethods = new Set([
  "getTime", "toISOString", "toJSON", "valueOf", "getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes",
  "getSeconds", "getMilliseconds", "getUTCFullYear", "getUTCMonth", "getUTCDate", "getUTCDay", "getUTCHours",
  "getUTCMinutes", "getUTCSeconds", "getUTCMilliseconds", "getTimezoneOffset",
]);

export { RunAbort };

/** The methods the evaluator gives arrays and strings (test/runtime checks them against the language's lists). */
export const implementedMethods = { array: Object.keys(arrayMethods), string: Object.keys(stringMethods), set: Object.keys(setMethods), map: Object.keys(mapMethods) };

/**
 * `Array.from(src, fn)`'s mapping: like `.map`, each call of `fn` runs in its own per-item frame, so
 * agents it calls get the item's index in their ids; unlike `.map`, `fn` gets `(item, index)` only.
 */
export function mapItems(items: unknown[], fn: unknown, info: CallInfo): unknown {
  return mapEach(items, (i) => cb(info, fn, [items[i], i], i));
}

/** The results of `call(i)` for each item of `a`, in order (see `eachItem`). */
function mapEach(a: unknown[], call: (i: number) => unknown): unknown {
  const out: unknown[] = [];
  return eachItem(a, 0, call, (v) => {
    out.push(v);
    return false;
  }, () => out);
}
