/**
 * Deterministic, schema-conforming values for the simulated provider (and for the test Messages
 * server, which answers with the same values). Everything is drawn from a seeded generator, so a value
 * is a pure function of the seed and the schema.
 *
 * The text is meant to read plausibly in a trace: an array `findings` yields items
 * `"sim: finding 2 for <label>"`, a string `summary` yields `"sim: summary for <label>"`.
 */

import {
  canonicalJson,
  codePointLength,
  isSchemaObject,
  resolveRef,
  schemaTypes,
  type JsonSchema,
} from "./schema.js";

/** A seeded source of floats in [0, 1). */
export type Rng = () => number;

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain, bryc). */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** sfc32 seeded from a hash of `parts`; the parts are joined with NULs so `["a","bc"]` ≠ `["ab","c"]`. */
export function createRng(...parts: Array<string | number>): Rng {
  const text = parts.map(String).join("\u0000");
  let a = hashString(text, 1) >>> 0;
  let b = hashString(text, 2) >>> 0;
  let c = hashString(text, 3) >>> 0;
  let d = 1;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // warm up: the first outputs of sfc32 are weakly mixed
  return next;
}

export interface GenerateOptions {
  /** Names the agent in generated text. */
  label: string;
  rng: Rng;
  /** Probability that a verdict-like boolean (`pass`, `ok`, `valid`, `approved`, …) is true. */
  verdictTrueProbability: number;
}

/**
 * Booleans that read as a verdict on the work, where "true" should be the common answer so that
 * simulated gates mostly pass; other booleans are a fair coin.
 */
const VERDICT =
  /^(is|was|has)?(pass|passed|passes|passing|ok|okay|valid|approved?|accept|accepted|success|successful|succeeded|lgtm|correct|safe|verified|complete|completed|done|ready|sound|good|green)$/;

export function isVerdictName(name: string): boolean {
  return VERDICT.test(name.replace(/[_\-\s]/g, "").toLowerCase());
}

/** Generates a value for `schema` (an object-rooted agent schema, or any sub-schema of it). */
export function generateValue(schema: JsonSchema, options: GenerateOptions): unknown {
  return new Generator(schema, options).value(schema, { noun: "output" }, 0);
}

interface Hint {
  /** Words naming the value, e.g. "finding" for an item of `findings`. */
  noun: string;
  /** 1-based position within an array, when the value is an item. */
  ordinal?: number;
  /** The property name as written, for verdict detection. */
  key?: string;
}

/** Past this depth, recursive schemas get their smallest value (no optional keys, minItems items). */
const MAX_DEPTH = 8;

class Generator {
  constructor(
    private readonly root: JsonSchema,
    private readonly options: GenerateOptions,
  ) {}

  private get rng(): Rng {
    return this.options.rng;
  }

  private int(n: number): number {
    return Math.floor(this.rng() * n);
  }

  private pick<T>(values: readonly T[]): T {
    return values[this.int(values.length)]!;
  }

  value(node: unknown, hint: Hint, depth: number): unknown {
    if (!isSchemaObject(node)) return node === false ? null : this.text(hint, {});
    if ("const" in node) return node["const"];
    const enumValues = node["enum"];
    if (Array.isArray(enumValues) && enumValues.length > 0) return this.pick(enumValues);
    const ref = node["$ref"];
    if (typeof ref === "string") {
      const target = resolveRef(this.root, ref);
      if (isSchemaObject(target)) return this.value(mergeSiblings(target, node, "$ref"), hint, depth + 1);
    }
    for (const key of ["anyOf", "oneOf"] as const) {
      const branches = node[key];
      if (Array.isArray(branches) && branches.length > 0) {
        // Prefer a non-null branch: a simulated agent that always says `null` would exercise nothing.
        const nonNull = branches.filter((b) => !(isSchemaObject(b) && b["type"] === "null"));
        const branch = this.pick(nonNull.length > 0 ? nonNull : branches);
        return this.value(isSchemaObject(branch) ? mergeSiblings(branch, node, key) : branch, hint, depth);
      }
    }
    const allOf = node["allOf"];
    if (Array.isArray(allOf) && allOf.length > 0) return this.value(mergeAllOf(node, allOf), hint, depth);

    const types = schemaTypes(node);
    const nonNull = types.filter((t) => t !== "null");
    const type = nonNull.length > 0 ? this.pick(nonNull) : types.length > 0 ? "null" : "string";
    switch (type) {
      case "object":
        return this.object(node, hint, depth);
      case "array":
        return this.array(node, hint, depth);
      case "number":
      case "integer":
        return this.number(node, type === "integer", hint);
      case "boolean":
        return this.rng() < (isVerdictName(hint.key ?? "") ? this.options.verdictTrueProbability : 0.5);
      case "null":
        return null;
      default:
        return this.text(hint, node);
    }
  }

  private object(node: JsonSchema, hint: Hint, depth: number): Record<string, unknown> {
    const properties = isSchemaObject(node["properties"]) ? node["properties"] : {};
    const required = new Set(Array.isArray(node["required"]) ? node["required"].map(String) : []);
    const out: Record<string, unknown> = {};
    for (const [key, sub] of Object.entries(properties)) {
      const include = required.has(key) || (depth < MAX_DEPTH && this.rng() < 0.7);
      if (include) out[key] = this.value(sub, { noun: words(key), key }, depth + 1);
    }
    for (const key of required)
      if (!(key in out)) out[key] = this.text({ noun: words(key), key }, {});
    return out;
  }

  private array(node: JsonSchema, hint: Hint, depth: number): unknown[] {
    const min = Math.max(0, Math.ceil(finite(node["minItems"]) ?? 0));
    const max = Math.floor(finite(node["maxItems"]) ?? Number.POSITIVE_INFINITY);
    const wanted = depth >= MAX_DEPTH ? 0 : 1 + this.int(3);
    const count = Math.max(min, Math.min(wanted, max));
    const items = node["items"];
    const noun = singular(hint.noun);
    const unique = node["uniqueItems"] === true;
    const seen = new Set<string>();
    const out: unknown[] = [];
    for (let i = 0; i < count; i++) {
      let item = this.value(items, { noun, ordinal: i + 1 }, depth + 1);
      // Draws can collide (enums, small integer ranges); redraw a few times before giving up.
      for (let tries = 0; unique && seen.has(canonicalJson(item)) && tries < 20; tries++)
        item = this.value(items, { noun, ordinal: i + 1 + (tries + 1) * count }, depth + 1);
      seen.add(canonicalJson(item));
      out.push(item);
    }
    return out;
  }

  private number(node: JsonSchema, integer: boolean, hint: Hint): number {
    let lo = finite(node["minimum"]) ?? Number.NEGATIVE_INFINITY;
    let hi = finite(node["maximum"]) ?? Number.POSITIVE_INFINITY;
    let loOpen = node["exclusiveMinimum"] === true;
    let hiOpen = node["exclusiveMaximum"] === true;
    const exMin = finite(node["exclusiveMinimum"]);
    const exMax = finite(node["exclusiveMaximum"]);
    if (exMin !== undefined && exMin >= lo) [lo, loOpen] = [exMin, true];
    if (exMax !== undefined && exMax <= hi) [hi, hiOpen] = [exMax, true];
    // Unbounded sides get a small, readable range next to the bounded one.
    if (lo === Number.NEGATIVE_INFINITY && hi === Number.POSITIVE_INFINITY) [lo, hi, loOpen, hiOpen] = [1, 10, false, false];
    else if (lo === Number.NEGATIVE_INFINITY) [lo, loOpen] = [hi - 100, false];
    else if (hi === Number.POSITIVE_INFINITY) [hi, hiOpen] = [lo + 100, false];
    const step = finite(node["multipleOf"]);
    if (integer || (step !== undefined && step > 0)) {
      const unit = step !== undefined && step > 0 ? (integer ? lcmInt(step) : step) : 1;
      let kLo = Math.ceil(lo / unit);
      let kHi = Math.floor(hi / unit);
      if (loOpen && kLo * unit <= lo) kLo++;
      if (hiOpen && kHi * unit >= hi) kHi--;
      if (kHi < kLo) return kLo * unit; // unsatisfiable range: validation will say so
      const k = kLo + ((this.int(kHi - kLo + 1) + (hint.ordinal ?? 0)) % (kHi - kLo + 1));
      return k * unit;
    }
    if (hi <= lo) return lo;
    const raw = lo + (hi - lo) * (0.1 + 0.8 * this.rng());
    const rounded = Math.round(raw * 100) / 100;
    const inside = (v: number) => (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi);
    return inside(rounded) ? rounded : raw;
  }

  private text(hint: Hint, node: JsonSchema): string {
    const label = this.options.label;
    const format = node["format"];
    let s: string;
    if (format === "date-time") s = this.date().toISOString();
    else if (format === "date") s = this.date().toISOString().slice(0, 10);
    else if (format === "email") s = `sim.${this.int(1000)}@example.com`;
    else if (format === "uri" || format === "url") s = `https://example.com/sim/${this.int(100000)}`;
    else if (format === "uuid") s = this.uuid();
    else s = `sim: ${hint.noun}${hint.ordinal !== undefined ? ` ${hint.ordinal}` : ""} for ${label}`;
    return fitLength(s, finite(node["minLength"]), finite(node["maxLength"]));
  }

  private date(): Date {
    return new Date(Date.UTC(2026, 0, 1) + this.int(365 * 24 * 3600) * 1000);
  }

  private uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(16).toString(16));
    hex[12] = "4";
    hex[16] = "89ab"[this.int(4)]!;
    const h = hex.join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

const finite = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** The smallest positive integer multiple of `step` (so an integer schema's multipleOf 0.5 gives 1). */
function lcmInt(step: number): number {
  for (let k = 1; k <= 1000; k++) if (Number.isInteger(step * k)) return step * k;
  return Math.ceil(step);
}

/** Pads with ` sim` words or cuts, counting code points as JSON Schema does. */
export function fitLength(s: string, min: number | undefined, max: number | undefined): string {
  let out = s;
  if (min !== undefined && codePointLength(out) < min) {
    while (codePointLength(out) < min) out += " sim";
    out = Array.from(out).slice(0, Math.max(min, 0)).join("");
  }
  if (max !== undefined && codePointLength(out) > max) out = Array.from(out).slice(0, Math.max(0, max)).join("");
  return out;
}

/** A branch or `$ref` target with the referring node's own keywords (minus the combinator) laid over it. */
function mergeSiblings(target: JsonSchema, node: JsonSchema, combinator: string): JsonSchema {
  const rest: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) if (k !== combinator && k !== "anyOf" && k !== "oneOf") rest[k] = v;
  if (Object.keys(rest).length === 0) return target;
  return mergeAllOf(rest, [target]);
}

/** Best effort for `allOf`: object members' properties and required lists are unioned, the rest laid over. */
function mergeAllOf(node: JsonSchema, members: unknown[]): JsonSchema {
  const merged: JsonSchema = {};
  const properties: JsonSchema = {};
  const required = new Set<string>();
  for (const member of [...members, node]) {
    if (!isSchemaObject(member)) continue;
    for (const [k, v] of Object.entries(member)) {
      if (k === "allOf") continue;
      if (k === "properties" && isSchemaObject(v)) Object.assign(properties, v);
      else if (k === "required" && Array.isArray(v)) for (const r of v) required.add(String(r));
      else merged[k] = v;
    }
  }
  if (Object.keys(properties).length > 0) merged["properties"] = properties;
  if (required.size > 0) merged["required"] = [...required];
  return merged;
}

/** `openQuestions` / `open_questions` → "open questions". */
function words(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
}

/** "findings" → "finding", "entries" → "entry", "classes" → "class"; other nouns stay. */
function singular(noun: string): string {
  if (/ies$/.test(noun)) return noun.slice(0, -3) + "y";
  if (/(ss|sh|ch|x)es$/.test(noun)) return noun.slice(0, -2);
  if (/[^s]s$/.test(noun)) return noun.slice(0, -1);
  return noun === "output" ? "item" : noun;
}
