/**
 * Abstract values: what the compiler knows statically about a plan's values. Numbers and sizes are
 * upper bounds (`Infinity` when unknown); `from` carries the stages whose results flowed into the
 * value, for data edges and lints.
 */
import type * as A from "../../grammar/ast.js";
import type { Stage } from "./stage.js";

export type FnNode = A.FunctionDeclaration | A.ArrowFunctionExpression | A.FunctionExpression;

export type AV =
  | { k: "num"; v?: number; max: number; from?: string[] }
  | { k: "str"; v?: string; chars: number; tokens: number; why?: string; from?: string[] }
  | { k: "bool"; v?: boolean; from?: string[] }
  | { k: "null"; from?: string[] }
  | { k: "undef"; from?: string[] }
  /**
   * An array, or with `coll` a Set or Map (bounded like an array: `max` members, each an `elem`; a
   * Map's members are its `[key, value]` entries), so that growth through `add`/`set` is counted and
   * widened in loops exactly like `push`.
   */
  | { k: "arr"; max: number; elem: AV; why: string; items?: AV[]; from?: string[]; of?: AV[]; coll?: "set" | "map"; total?: TextTotal }
  /**
   * An object: the fields it is known to have by name (`props`) and, with `keyed`, the fields added
   * under computed keys (`groups[dir] = []`), kept as a Map-like array of `[key, value]` entries so
   * that their number is bounded and widened in loops like `push`. `closed`: no other fields.
   */
  | { k: "obj"; props: Record<string, AV>; closed: boolean; schemaOf?: string; from?: string[]; keyed?: Extract<AV, { k: "arr" }> }
  | { k: "fn"; node: FnNode; env: Env; prefix: string; helper?: string; from?: string[] }
  | { k: "promise"; value: AV; stage?: Stage; from?: string[] }
  | { k: "any"; why: string; from?: string[] };

/**
 * A bound on the text of all of an array's items together, where it is tighter than items × the
 * bound of one: the pieces of a `.split()` share the string's length. Kept by what keeps a subset
 * of the items (`slice`, `filter`, `sort`); dropped by anything that adds one.
 */
export interface TextTotal {
  chars: number;
  tokens: number;
}

export interface Binding {
  av: AV;
  kind: "const" | "let" | "var" | "param" | "fn";
}

export class Env {
  /** Created on the first declaration: most scopes (a branch arm, a block) declare nothing. */
  private vars: Map<string, Binding> | undefined;
  constructor(readonly parent: Env | null) {}
  declare(name: string, av: AV, kind: Binding["kind"]): void {
    (this.vars ??= new Map()).set(name, { av, kind });
  }
  lookup(name: string): Binding | undefined {
    for (let e: Env | null = this; e; e = e.parent) {
      const b = e.vars?.get(name);
      if (b) return b;
    }
    return undefined;
  }
  assign(name: string, av: AV): void {
    for (let e: Env | null = this; e; e = e.parent) {
      const b = e.vars?.get(name);
      if (b) {
        b.av = av;
        return;
      }
    }
  }
  /** Every binding visible here that can change: `let`/`var`, and any array (`push` mutates a `const` array). */
  mutable(): Map<string, Binding> {
    const out = new Map<string, Binding>();
    for (let e: Env | null = this; e; e = e.parent) for (const [k, b] of e.vars ?? []) if (!out.has(k) && (b.kind === "let" || b.kind === "var" || b.av.k === "arr" || b.av.k === "obj")) out.set(k, b);
    return out;
  }
}

/** Characters assumed per token when bounding tokens from characters: conservative for English and code. */
export const CHARS_PER_TOKEN = 3;
/** Characters an output token can expand to when a model's text is interpolated elsewhere. */
export const MAX_CHARS_PER_TOKEN = 16;

/**
 * JSON Schema's `maxLength` counts code points; prompts are UTF-16, where a character outside the
 * Basic Multilingual Plane (an emoji) takes two units. Bounds count the worst case.
 */
export const utf16 = (codePoints: number): number => 2 * codePoints;

export const ANY = (why: string): AV => ({ k: "any", why });
export const num = (v?: number): AV => (v === undefined ? { k: "num", max: Infinity } : { k: "num", v, max: v });
export const str = (v: string): AV => ({ k: "str", v, chars: v.length, tokens: Math.ceil(v.length / CHARS_PER_TOKEN) });
export const strBound = (chars: number, tokens: number, why?: string, from?: string[]): AV => ({ k: "str", chars, tokens, ...(why ? { why } : {}), ...(from ? { from } : {}) });
export const BOOL: AV = { k: "bool" };
export const NULL: AV = { k: "null" };
export const UNDEF: AV = { k: "undef" };
/** `withFrom(BOOL, from)` without the copy of BOOL. */
export const boolFrom = (from: string[] | undefined): AV => (from && from.length ? stampFrom({ k: "bool" }, from) : BOOL);

/** The distinct stage ids of the values' `from` lists, in first-seen order; undefined when there are none. */
export function fromOf(...vs: (AV | undefined)[]): string[] | undefined {
  return fromOfList(vs);
}

/** `fromOf` of a list. */
export function fromOfList(vs: readonly (AV | undefined)[]): string[] | undefined {
  let out: string[] | undefined;
  for (const v of vs) {
    const f = v?.from;
    if (f && f.length) out = mergeFrom(out, f);
  }
  return out;
}

/** A copy of `v` whose `from` also holds the ids of `from` (`v` itself when there are none). */
export function withFrom<T extends AV>(v: T, from: string[] | undefined): T {
  if (!from || from.length === 0) return v;
  const own = v.from && v.from.length ? mergeFrom(undefined, v.from) : undefined;
  const copy = copyAv(v, mergeFrom(own, from));
  // The copy of an array is the same array at run time: growth through it (`r.items.push(x)`)
  // reaches the original too (see `aliases`).
  if (copy.k === "arr") copy.of = [v];
  return copy;
}

/**
 * A shallow copy of `v` (with `from` instead of its own, if given), written out field by field for
 * each kind: a spread (`{ ...v }`) of values of a dozen shapes misses V8's object-clone cache and
 * is slow, and every `await` and field read copies. An optional field `v` lacks is copied as
 * `undefined`, which every reader treats as absent.
 */
export function copyAv<T extends AV>(v: T, from = v.from): T {
  return copyOf(v, from) as T;
}

/** Every field of a kind of value, present: a copy that forgot a field (or a new one) fails to compile. */
type AllFields<K extends AV["k"]> = { [F in keyof Required<Extract<AV, { k: K }>>]: Extract<AV, { k: K }>[F] };

function copyOf(v: AV, from: string[] | undefined): AV {
  switch (v.k) {
    case "num":
      return { k: "num", v: v.v, max: v.max, from } satisfies AllFields<"num">;
    case "str":
      return { k: "str", v: v.v, chars: v.chars, tokens: v.tokens, why: v.why, from } satisfies AllFields<"str">;
    case "bool":
      return { k: "bool", v: v.v, from } satisfies AllFields<"bool">;
    case "null":
      return { k: "null", from } satisfies AllFields<"null">;
    case "undef":
      return { k: "undef", from } satisfies AllFields<"undef">;
    case "arr":
      return { k: "arr", max: v.max, elem: v.elem, why: v.why, items: v.items, from, of: v.of, coll: v.coll, total: v.total } satisfies AllFields<"arr">;
    case "obj":
      return { k: "obj", props: v.props, closed: v.closed, schemaOf: v.schemaOf, from, keyed: v.keyed } satisfies AllFields<"obj">;
    case "fn":
      return { k: "fn", node: v.node, env: v.env, prefix: v.prefix, helper: v.helper, from } satisfies AllFields<"fn">;
    case "promise":
      return { k: "promise", value: v.value, stage: v.stage, from } satisfies AllFields<"promise">;
    case "any":
      return { k: "any", why: v.why, from } satisfies AllFields<"any">;
  }
}

/**
 * `withFrom` for a value the caller has just built, which nothing else holds yet: sets `from` on it
 * instead of copying it. Copying a value of one of a dozen shapes is a megamorphic spread, the
 * analysis's single most expensive operation, and most `withFrom` calls were on fresh values.
 */
export function stampFrom<T extends AV>(fresh: T, from: string[] | undefined): T {
  if (from && from.length) fresh.from = mergeFrom(undefined, from);
  return fresh;
}

/**
 * The distinct ids of `into` then those of `xs` that it lacks, in first-seen order. `from` lists are
 * never changed once made, so when the result holds nothing new it is one of the inputs, shared:
 * most merges (a value joined with `null`, a field read from an object) add nothing, and copying
 * them was a large part of what the analysis allocated.
 */
function mergeFrom(into: string[] | undefined, xs: string[]): string[] {
  if (into === undefined) return isDistinct(xs) ? xs : addDistinct([], xs);
  // `into` is always a result of mergeFrom, so already distinct.
  if (into === xs || covers(into, xs)) return into;
  return addDistinct(into.slice(), xs);
}

/** Lists up to this long are checked by linear scans; longer ones are copied, deduplicated by a set. */
const SCAN_LIMIT = 16;

/** Whether no id occurs twice in `xs` (only answered for short lists: false past SCAN_LIMIT). */
function isDistinct(xs: readonly string[]): boolean {
  if (xs.length > SCAN_LIMIT) return false;
  for (let i = 1; i < xs.length; i++) for (let j = 0; j < i; j++) if (xs[i] === xs[j]) return false;
  return true;
}

/** Whether every id of `xs` is in `of` (only answered for short lists: false past SCAN_LIMIT). */
function covers(of: readonly string[], xs: readonly string[]): boolean {
  if (of.length > SCAN_LIMIT || xs.length > SCAN_LIMIT) return false;
  for (const x of xs) if (!of.includes(x)) return false;
  return true;
}

/** Appends the ids of `xs` that `out` lacks (hot and usually tiny: a linear scan, a set past a few dozen). */
function addDistinct(out: string[], xs: readonly string[]): string[] {
  if (out.length + xs.length > 32) {
    const seen = new Set(out);
    for (const x of xs) {
      if (!seen.has(x)) {
        seen.add(x);
        out.push(x);
      }
    }
    return out;
  }
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out;
}

/** The items a spread (`...v`) yields: how many at most, and a bound on each. */
export function spreadItems(v: AV): { max: number; elem: AV; why: string } {
  switch (v.k) {
    case "arr":
      return { max: v.max, elem: v.elem, why: v.why };
    case "str":
      // One item per code point: at most one per UTF-16 unit, each at most two units long.
      return { max: v.chars, elem: strBound(2, 1, "one character"), why: "the characters of a string" };
    case "null":
    case "undef":
      // Spreading either throws before anything is added.
      return { max: 0, elem: UNDEF, why: "nothing (spreading it throws)" };
    default:
      return { max: Infinity, elem: stampFrom(ANY("an item of a spread value"), v.from), why: "a spread of a value that is not a bounded array" };
  }
}

/** The items `array.concat(v)` adds for one argument: all of an array's, one of anything else. */
export function concatItems(v: AV): { max: number; elem: AV } {
  if (v.k === "arr") return { max: v.max, elem: v.elem };
  // An unknown value may be an array of any length.
  if (v.k === "any") return { max: Infinity, elem: v };
  return { max: 1, elem: v };
}

/** Upper bound on the text `String(v)` / `${v}` / JSON.stringify(v) can produce: [chars, tokens, why]. */
export function textBound(v: AV, json = false): { chars: number; tokens: number; why: string } {
  switch (v.k) {
    case "str":
      return { chars: v.chars + (json ? 2 : 0), tokens: v.tokens + (json ? 1 : 0), why: v.why ?? (v.v !== undefined ? "a literal" : "a bounded string") };
    case "num":
      return { chars: 24, tokens: 8, why: "a number" };
    case "bool":
      return { chars: 5, tokens: 1, why: "a boolean" };
    case "null":
    case "undef":
      return { chars: 9, tokens: 2, why: "null" };
    case "arr": {
      if (v.max === Infinity) return { chars: Infinity, tokens: Infinity, why: `an array with no bound (${v.why})` };
      if (v.max === 0) return { chars: 2, tokens: 1, why: "an empty array" };
      if (!json) {
        // `${array}` joins with commas: the same bound as JSON without brackets/quotes.
      }
      const e = textBound(v.elem, json);
      return { chars: 2 + v.max * (e.chars + 1), tokens: 1 + v.max * (e.tokens + 1), why: `at most ${v.max} items (${v.why}) of ${e.why}` };
    }
    case "obj": {
      if (!json) return { chars: 15, tokens: 5, why: "`[object Object]`" };
      let chars = 2;
      let tokens = 1;
      for (const k of Object.keys(v.props)) {
        const b = textBound(v.props[k]!, true);
        chars += k.length + 4 + b.chars;
        tokens += Math.ceil(k.length / CHARS_PER_TOKEN) + 2 + b.tokens;
      }
      if (!v.closed) return { chars: Infinity, tokens: Infinity, why: "an object with unknown fields" };
      if (v.keyed && v.keyed.max > 0) {
        // Each field added under a computed key: `"key": value,`.
        const entry = v.keyed.elem;
        const kb = textBound(entry.k === "arr" ? (entry.items?.[0] ?? entry.elem) : entry, true);
        const vb = textBound(entry.k === "arr" ? (entry.items?.[1] ?? entry.elem) : entry, true);
        chars += v.keyed.max * (kb.chars + 2 + vb.chars);
        tokens += v.keyed.max * (kb.tokens + 2 + vb.tokens);
        return { chars, tokens, why: `an object with at most ${v.keyed.max} fields added by key (${v.keyed.why})` };
      }
      return { chars, tokens, why: v.schemaOf ? `the schema of ${v.schemaOf}` : "an object literal" };
    }
    case "promise":
      return { chars: 18, tokens: 5, why: "`[object Promise]`" };
    case "fn":
      return { chars: Infinity, tokens: Infinity, why: "a function's source" };
    case "any":
      return { chars: Infinity, tokens: Infinity, why: v.why };
  }
}

/** Join (least upper bound) of two abstract values: sizes take the max. */
export function join(a: AV, b: AV): AV {
  if (a === b) return a;
  const from = fromOf(a, b);
  if (a.k === "num" && b.k === "num") return stampFrom({ k: "num", max: Math.max(a.max, b.max), ...(a.v === b.v && a.v !== undefined ? { v: a.v } : {}) }, from);
  if (a.k === "str" && b.k === "str") return stampFrom({ k: "str", chars: Math.max(a.chars, b.chars), tokens: Math.max(a.tokens, b.tokens), ...(a.v === b.v && a.v !== undefined ? { v: a.v } : {}) }, from);
  if (a.k === "arr" && b.k === "arr") {
    // Tuples of one length (`[key, value]` entries) stay tuples, joined item by item.
    const items = a.items && b.items && a.items.length === b.items.length ? a.items.map((x, i) => join(x, b.items![i]!)) : undefined;
    return stampFrom({ k: "arr", max: Math.max(a.max, b.max), elem: join(a.elem, b.elem), why: a.max >= b.max ? a.why : b.why, ...(items ? { items } : {}), ...(a.coll && a.coll === b.coll ? { coll: a.coll } : {}) }, from);
  }
  if (a.k === "obj" && b.k === "obj") {
    const props: Record<string, AV> = { ...a.props };
    for (const k of Object.keys(b.props)) {
      const v = b.props[k]!;
      props[k] = props[k] ? join(props[k]!, v) : v;
    }
    const keyed = a.keyed && b.keyed ? (join(a.keyed, b.keyed) as Extract<AV, { k: "arr" }>) : (a.keyed ?? b.keyed);
    return stampFrom({ k: "obj", props, closed: a.closed && b.closed, ...(a.schemaOf && a.schemaOf === b.schemaOf ? { schemaOf: a.schemaOf } : {}), ...(keyed ? { keyed } : {}) }, from);
  }
  if (a.k === "promise" && b.k === "promise") return stampFrom({ k: "promise", value: join(a.value, b.value) }, from);
  if (a.k === "null" || a.k === "undef") return withFrom(b, from);
  if (b.k === "null" || b.k === "undef") return withFrom(a, from);
  if (a.k === "bool" && b.k === "bool") return boolFrom(from);
  if (a.k === "str" && b.k === "num") return stampFrom(strBound(Math.max(a.chars, 24), Math.max(a.tokens, 8)), from);
  if (a.k === "num" && b.k === "str") return join(b, a);
  if (a.k === "fn") return a;
  if (b.k === "fn") return b;
  return stampFrom({ k: "any", why: "a value of mixed type" }, from);
}

/**
 * The value of an expression that is one of several values (`c ? a : b`, `a || b`): their join,
 * which, for arrays, remembers them, so that growing it in place (`(c ? a : b).push(x)`, or through a
 * `const` bound to it) grows each.
 */
export function either(a: AV, b: AV): AV {
  const j = join(a, b);
  // The join of two arrays is a new value: it can be given `of` in place.
  if (j.k === "arr" && j !== a && j !== b && a.k === "arr" && b.k === "arr") j.of = [a, b];
  return j;
}

/** The abstract value described by a JSON Schema (an agent's output or `meta.args`). */
export function fromSchema(schema: unknown, maxTokens: number, where: string, from?: string[]): AV {
  const outChars = maxTokens * MAX_CHARS_PER_TOKEN;
  const cap = (chars: number, tokens: number): AV => strBound(Math.min(chars, outChars), Math.min(tokens, maxTokens), where, from);
  const s = (schema ?? {}) as Record<string, unknown>;
  const type = Array.isArray(s["type"]) ? (s["type"] as unknown[]).find((t) => t !== "null") : s["type"];
  if (Array.isArray(s["enum"]) && s["enum"].every((x) => typeof x === "string")) {
    const longest = Math.max(0, ...(s["enum"] as string[]).map((x) => x.length));
    return strBound(longest, Math.ceil(longest / CHARS_PER_TOKEN) + 1, `${where}: one of its enum values`, from);
  }
  switch (type) {
    case "object": {
      const props: Record<string, AV> = {};
      const p = (s["properties"] ?? {}) as Record<string, unknown>;
      for (const k of Object.keys(p)) props[k] = fromSchema(p[k], maxTokens, `${where}.${k}`, from);
      return stampFrom({ k: "obj", props, closed: true, schemaOf: where }, from);
    }
    case "array": {
      const max = typeof s["maxItems"] === "number" ? s["maxItems"] : Infinity;
      return stampFrom({ k: "arr", max, elem: fromSchema(s["items"], maxTokens, `${where}[]`, from), why: max === Infinity ? `the schema of ${where} sets no maxItems` : `the schema of ${where} says maxItems: ${max}` }, from);
    }
    case "string": {
      const ml = typeof s["maxLength"] === "number" ? s["maxLength"] : Infinity;
      return ml === Infinity ? cap(outChars, maxTokens) : cap(utf16(ml), Math.ceil(utf16(ml) / CHARS_PER_TOKEN) + 1);
    }
    case "number":
    case "integer":
      return stampFrom({ k: "num", max: typeof s["maximum"] === "number" ? s["maximum"] : Infinity }, from);
    case "boolean":
      return boolFrom(from);
    case "null":
      return withFrom(NULL, from);
    default:
      return cap(outChars, maxTokens);
  }
}

/** The abstract value of a known input: every string, array and object exactly as large as it is. */
export function fromArgsValue(value: unknown, where = "args"): AV {
  if (typeof value === "string") return strBound(value.length, Math.ceil(value.length / CHARS_PER_TOKEN), `\`${where}\` as given`);
  if (typeof value === "number") return num(value);
  if (typeof value === "boolean") return { k: "bool", v: value };
  if (value === null) return NULL;
  if (Array.isArray(value)) {
    const items = value.map((x, i) => fromArgsValue(x, `${where}[${i}]`));
    const elem = items.length ? items.reduce((a, b) => join(a, b)) : UNDEF;
    return { k: "arr", max: items.length, elem, why: `\`${where}\` as given (${items.length} items)`, items };
  }
  if (typeof value === "object") {
    const props: Record<string, AV> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) props[k] = fromArgsValue(v, `${where}.${k}`);
    return { k: "obj", props, closed: true };
  }
  return UNDEF;
}

/** Like fromSchema, for `meta.args`: a missing `maxLength` means unbounded, not the output cap. */
export function fromArgsSchema(schema: unknown, where = "args"): AV {
  const s = (schema ?? {}) as Record<string, unknown>;
  const type = Array.isArray(s["type"]) ? (s["type"] as unknown[]).find((t) => t !== "null") : s["type"];
  if (Array.isArray(s["enum"]) && s["enum"].every((x) => typeof x === "string")) {
    const longest = Math.max(0, ...(s["enum"] as string[]).map((x) => x.length));
    return strBound(longest, Math.ceil(longest / CHARS_PER_TOKEN) + 1, `\`${where}\`: one of its enum values`);
  }
  switch (type) {
    case "object": {
      const props: Record<string, AV> = {};
      for (const [k, v] of Object.entries((s["properties"] ?? {}) as Record<string, unknown>)) props[k] = fromArgsSchema(v, `${where}.${k}`);
      return { k: "obj", props, closed: s["additionalProperties"] === false, schemaOf: `\`${where}\`` };
    }
    case "array": {
      const max = typeof s["maxItems"] === "number" ? s["maxItems"] : Infinity;
      return { k: "arr", max, elem: fromArgsSchema(s["items"], `${where}[]`), why: max === Infinity ? `the schema of \`${where}\` sets no maxItems` : `\`${where}\` has maxItems: ${max}` };
    }
    case "string": {
      const ml = typeof s["maxLength"] === "number" ? s["maxLength"] : Infinity;
      return ml === Infinity
        ? strBound(Infinity, Infinity, `\`${where}\` has no maxLength`)
        : strBound(utf16(ml), Math.ceil(utf16(ml) / CHARS_PER_TOKEN) + 1, `\`${where}\` has maxLength: ${ml}`);
    }
    case "number":
    case "integer":
      return { k: "num", max: typeof s["maximum"] === "number" ? s["maximum"] : Infinity };
    case "boolean":
      return BOOL;
    default:
      return { k: "any", why: `\`${where}\` has no schema type` };
  }
}
