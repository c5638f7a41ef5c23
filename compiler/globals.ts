/** The names a plan may use without declaring them, and the ones it may never use. */

/** Claude Code's primitives plus wfc's `gate` and `retry`. */
export const primitives = ["agent", "parallel", "pipeline", "phase", "log", "args", "budget", "workflow", "gate", "retry"] as const;

/** Deterministic JavaScript builtins the evaluator implements. */
export const builtins = [
  "console", "JSON", "Math", "String", "Number", "Boolean", "Array", "Object", "Set", "Map", "Error", "TypeError",
  "RangeError", "Promise", "Date", "RegExp", "parseInt", "parseFloat", "isNaN", "isFinite", "undefined", "NaN",
  "Infinity", "encodeURIComponent", "decodeURIComponent",
] as const;

export const allowedGlobals = new Set<string>([...primitives, ...builtins]);

/** The methods of arrays the language has: the runtime implements exactly these (a test checks). */
export const arrayMethods: ReadonlySet<string> = new Set([
  "map", "flatMap", "forEach", "filter", "some", "every", "find", "findIndex", "reduce", "sort", "includes", "indexOf",
  "lastIndexOf", "join", "slice", "concat", "flat", "push", "pop", "shift", "unshift", "reverse", "at", "fill",
  "entries", "keys", "values", "toString", "splice",
]);

/** The methods of strings the language has: the runtime implements exactly these (a test checks). */
export const stringMethods: ReadonlySet<string> = new Set([
  "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "slice", "substring", "includes", "startsWith",
  "endsWith", "indexOf", "lastIndexOf", "charAt", "charCodeAt", "at", "localeCompare", "concat", "toString", "padStart",
  "padEnd", "repeat", "split", "match", "replace", "replaceAll",
]);

/** The methods of Sets the language has: the runtime implements exactly these (a test checks). */
export const setMethods: ReadonlySet<string> = new Set(["add", "has", "delete", "clear", "values", "keys", "forEach"]);

/** The methods of Maps the language has: the runtime implements exactly these (a test checks). */
export const mapMethods: ReadonlySet<string> = new Set(["get", "set", "has", "delete", "clear", "keys", "values", "entries", "forEach"]);

/**
 * Methods of the language's own values (arrays, strings, Sets, Maps, promises, numbers, regexes): a
 * call of one never runs a plan's helper under its own name.
 */
export const valueMethods: ReadonlySet<string> = new Set([...arrayMethods, ...stringMethods, ...setMethods, ...mapMethods, "then", "catch", "finally", "toFixed", "test"]);

/** `retry`'s backoff: the runtime waits backoffMs × factor^n after failed attempt n; the bounds add it. */
export const RETRY_BACKOFF = { defaultMs: 1000, defaultFactor: 2, maxMs: 3_600_000, maxFactor: 10 } as const;

/** Globals that reach outside the sandbox; each maps to the reason and the allowed way. */
export const forbiddenGlobals: Record<string, string> = {
  eval: "runs arbitrary code",
  Function: "runs arbitrary code",
  process: "reaches the host process",
  globalThis: "reaches the host's globals",
  global: "reaches the host's globals",
  window: "reaches the host's globals",
  self: "reaches the host's globals",
  require: "loads modules",
  module: "reaches the module system",
  exports: "reaches the module system",
  fetch: "reaches the network: let an agent fetch what it needs",
  XMLHttpRequest: "reaches the network",
  WebSocket: "reaches the network",
  Deno: "reaches the host runtime",
  Bun: "reaches the host runtime",
  __dirname: "reaches the file system",
  __filename: "reaches the file system",
  fs: "reaches the file system: let an agent read files",
  setTimeout: "depends on wall-clock timing: to wait, `await new Promise((resolve) => setTimeout(resolve, ms))` is allowed; to try again, use `retry(…, { backoffMs })`",
  setInterval: "depends on wall-clock timing",
  setImmediate: "depends on host scheduling",
  queueMicrotask: "depends on host scheduling",
  Proxy: "intercepts the evaluator",
  Reflect: "reaches object internals",
  Symbol: "reaches object internals",
  WebAssembly: "runs native code",
  Buffer: "reaches host memory",
  crypto: "is non-deterministic",
  performance: "reads the clock",
  Atomics: "reaches shared memory",
  SharedArrayBuffer: "reaches shared memory",
};

/** Properties whose access would let a plan climb out of its values to the host's prototypes. */
export const forbiddenProperties = new Set(["__proto__", "constructor", "prototype", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);
