/**
 * An agent's JSON Schema as a zod 4 validator. Agents declare their output with JSON Schema (the form
 * the Messages API's structured output takes), and every provider, simulated or real, checks what came
 * back against it here, so a plan sees the same verdict whichever provider answered.
 *
 * The subset is what structured output needs: the seven types (and type arrays for nullability),
 * properties/required/additionalProperties, items, enum/const, anyOf/oneOf/allOf, string and array
 * lengths, number ranges, pattern, uniqueItems and local `$ref`s. Keywords outside it (format,
 * description, if/then, …) are ignored rather than rejected: a schema that the API accepts must never make
 * wfc throw.
 */

import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

export type ValidationResult = { ok: true; value: unknown } | { ok: false; issues: string[] };

const compiled = new WeakMap<object, z.ZodType>();

/** Compiles (once per schema object) and returns the zod validator for an agent's JSON Schema. */
export function compileSchema(schema: JsonSchema): z.ZodType {
  const hit = compiled.get(schema);
  if (hit) return hit;
  const result = new Compiler(schema).compile(schema);
  compiled.set(schema, result);
  return result;
}

/**
 * Checks a parsed output against the agent's schema. Issues are one line each, led by the path of the
 * offending value (`findings[2].severity: …`), in the order zod found them.
 */
export function validateOutput(schema: JsonSchema, value: unknown): ValidationResult {
  // reportInput lets an issue say "missing" rather than "expected string, received undefined".
  const result = compileSchema(schema).safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => formatIssue(issue, [])) };
}

const TYPE_NAMES = new Set(["object", "array", "string", "number", "integer", "boolean", "null"]);

/**
 * The JSON types a schema node admits. An explicit `type` wins; otherwise the type is inferred from
 * type-specific keywords (a node with `properties` is an object), which is stricter than JSON Schema
 * proper but is what every agent schema means. Empty when nothing constrains the type.
 */
export function schemaTypes(node: JsonSchema): string[] {
  const declared = node["type"];
  if (typeof declared === "string") return TYPE_NAMES.has(declared) ? [declared] : [];
  if (Array.isArray(declared)) return declared.filter((t): t is string => typeof t === "string" && TYPE_NAMES.has(t));
  if ("properties" in node || "required" in node || "additionalProperties" in node) return ["object"];
  if ("items" in node || "minItems" in node || "maxItems" in node) return ["array"];
  return [];
}

/** Resolves a local JSON pointer (`#/$defs/Finding`) against the root schema; undefined if it does not resolve. */
export function resolveRef(root: JsonSchema, ref: string): unknown {
  if (ref === "#") return root;
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function isSchemaObject(node: unknown): node is JsonSchema {
  return node !== null && typeof node === "object" && !Array.isArray(node);
}

const num = (node: JsonSchema, key: string): number | undefined => {
  const v = node[key];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
};

/** Length in code points, as JSON Schema counts it (zod counts UTF-16 units). */
export const codePointLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** JSON text with sorted keys, so that equal values compare equal (enum, const, uniqueItems). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

class Compiler {
  /** Compiled `$ref` targets; a recursive reference finds the lazy placeholder. */
  private readonly refs = new Map<object, z.ZodType>();

  constructor(private readonly root: JsonSchema) {}

  compile(node: unknown): z.ZodType {
    if (node === false) return z.never();
    if (!isSchemaObject(node)) return z.unknown();

    const parts: z.ZodType[] = [];
    const ref = node["$ref"];
    if (typeof ref === "string") {
      const target = resolveRef(this.root, ref);
      if (isSchemaObject(target) || target === false) parts.push(this.compileRef(target));
    }
    const types = schemaTypes(node);
    if (types.length > 0) {
      const members = types.map((t) => this.typed(t, node));
      parts.push(members.length === 1 ? members[0]! : z.union(members));
    }
    const enumValues = node["enum"];
    if (Array.isArray(enumValues)) {
      // `{type: "string", enum: [...]}` is the common case: when every member already has a primitive
      // type the schema admits, the enum alone decides, and a failure reads as one issue, not two.
      const primitiveTypes = types.length > 0 && types.every((t) => t !== "object" && t !== "array");
      if (primitiveTypes && parts.length > 0 && enumValues.every((v) => isPrimitive(v) && parts.at(-1)!.safeParse(v).success))
        parts.pop();
      parts.push(oneOfValues(enumValues));
    }
    if ("const" in node) parts.push(oneOfValues([node["const"]]));
    for (const key of ["anyOf", "oneOf"] as const) {
      const branches = node[key];
      // `oneOf` is checked as `anyOf`: exclusivity costs a second pass and no agent output relies on it.
      if (Array.isArray(branches) && branches.length > 0) {
        const options = branches.map((b) => this.compile(b));
        parts.push(options.length === 1 ? options[0]! : z.union(options));
      }
    }
    const allOf = node["allOf"];
    if (Array.isArray(allOf)) for (const sub of allOf) parts.push(this.compile(sub));

    let result = parts.length === 0 ? z.unknown() : parts.length === 1 ? parts[0]! : allOfParts(parts);
    // OpenAPI's `nullable: true`, which some hand-written agent schemas still use.
    if (node["nullable"] === true) result = z.union([result, z.null()]);
    return result;
  }

  private compileRef(target: JsonSchema | false): z.ZodType {
    if (target === false) return z.never();
    const known = this.refs.get(target);
    if (known) return known;
    let real: z.ZodType | undefined;
    this.refs.set(
      target,
      z.lazy(() => real ?? z.unknown()),
    );
    real = this.compile(target);
    this.refs.set(target, real);
    return real;
  }

  private typed(type: string, node: JsonSchema): z.ZodType {
    switch (type) {
      case "object":
        return this.object(node);
      case "array":
        return this.array(node);
      case "string":
        return stringSchema(node);
      case "number":
      case "integer":
        return numberSchema(node, type === "integer");
      case "boolean":
        return z.boolean();
      case "null":
        return z.null();
      default:
        return z.unknown();
    }
  }

  private object(node: JsonSchema): z.ZodType {
    const properties = isSchemaObject(node["properties"]) ? node["properties"] : {};
    const required = new Set(
      Array.isArray(node["required"]) ? node["required"].filter((k): k is string => typeof k === "string") : [],
    );
    const shape: Record<string, z.ZodType> = {};
    for (const [key, sub] of Object.entries(properties)) {
      const field = this.compile(sub);
      shape[key] = required.has(key) ? field : field.optional();
    }
    const additional = node["additionalProperties"];
    let schema: z.ZodType =
      additional === false
        ? z.strictObject(shape)
        : isSchemaObject(additional)
          ? z.looseObject(shape).catchall(this.compile(additional))
          : z.looseObject(shape);
    // A required key with no property schema, or whose schema admits `undefined`, still has to be present.
    const presence = [...required].filter((k) => !(k in shape) || !constrains(properties[k]));
    if (presence.length > 0)
      schema = schema.superRefine((value, ctx) => {
        if (value === null || typeof value !== "object") return;
        for (const key of presence)
          if (!Object.hasOwn(value, key)) ctx.addIssue({ code: "custom", message: "missing required property", path: [key] });
      });
    return schema;
  }

  private array(node: JsonSchema): z.ZodType {
    const items = node["items"];
    let schema = z.array(isSchemaObject(items) || items === false ? this.compile(items) : z.unknown());
    const min = num(node, "minItems");
    const max = num(node, "maxItems");
    if (min !== undefined) schema = schema.min(min);
    if (max !== undefined) schema = schema.max(max);
    if (node["uniqueItems"] !== true) return schema;
    return schema.superRefine((value, ctx) => {
      const seen = new Set<string>();
      for (const [i, item] of value.entries()) {
        const key = canonicalJson(item);
        if (seen.has(key)) ctx.addIssue({ code: "custom", message: "duplicate item (uniqueItems)", path: [i] });
        seen.add(key);
      }
    });
  }
}

/** Whether a node rejects anything at all (an unconstrained property would accept a missing key). */
function constrains(node: unknown): boolean {
  if (node === false) return true;
  if (!isSchemaObject(node)) return false;
  if (schemaTypes(node).length > 0) return true;
  return ["enum", "const", "anyOf", "oneOf", "allOf", "$ref"].some((k) => k in node);
}

function stringSchema(node: JsonSchema): z.ZodType {
  const min = num(node, "minLength");
  const max = num(node, "maxLength");
  let pattern: RegExp | undefined;
  if (typeof node["pattern"] === "string") {
    try {
      pattern = new RegExp(node["pattern"], "u");
    } catch {
      pattern = undefined; // an ECMA-incompatible pattern is ignored, not thrown on
    }
  }
  if (min === undefined && max === undefined && !pattern) return z.string();
  return z.string().superRefine((s, ctx) => {
    const length = min !== undefined || max !== undefined ? codePointLength(s) : 0;
    if (min !== undefined && length < min)
      ctx.addIssue({ code: "custom", message: `Too small: expected string to have >=${min} characters` });
    if (max !== undefined && length > max)
      ctx.addIssue({ code: "custom", message: `Too big: expected string to have <=${max} characters` });
    if (pattern && !pattern.test(s))
      ctx.addIssue({ code: "custom", message: `Invalid string: must match pattern /${pattern.source}/` });
  });
}

function numberSchema(node: JsonSchema, integer: boolean): z.ZodType {
  let schema = z.number();
  // JSON Schema's integer is any whole number (1e300 included); zod's .int() stops at 2^53.
  if (integer)
    schema = schema.refine(Number.isInteger, { message: "Invalid input: expected integer, received number", abort: true });
  const minimum = num(node, "minimum");
  const maximum = num(node, "maximum");
  const exMin = node["exclusiveMinimum"];
  const exMax = node["exclusiveMaximum"];
  // Draft 4 spelled exclusivity as a boolean beside minimum/maximum; later drafts as a number.
  if (minimum !== undefined) schema = exMin === true ? schema.gt(minimum) : schema.gte(minimum);
  if (maximum !== undefined) schema = exMax === true ? schema.lt(maximum) : schema.lte(maximum);
  if (typeof exMin === "number" && Number.isFinite(exMin)) schema = schema.gt(exMin);
  if (typeof exMax === "number" && Number.isFinite(exMax)) schema = schema.lt(exMax);
  const multipleOf = num(node, "multipleOf");
  if (multipleOf !== undefined && multipleOf > 0) schema = schema.multipleOf(multipleOf);
  return schema;
}

type Primitive = string | number | boolean | null;
const isPrimitive = (v: unknown): v is Primitive =>
  v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));

/** `enum` and `const`: literal members compare by value, structured ones by canonical JSON. */
function oneOfValues(values: unknown[]): z.ZodType {
  if (values.length === 0) return z.never();
  if (values.every(isPrimitive)) return z.literal(values);
  const keys = new Set(values.map(canonicalJson));
  const shown = values.map((v) => JSON.stringify(v)).join("|");
  return z.unknown().superRefine((value, ctx) => {
    if (!keys.has(canonicalJson(value)))
      ctx.addIssue({ code: "custom", message: `Invalid option: expected one of ${shown}` });
  });
}

/** A value that must satisfy every part; issues from each failing part are reported at their paths. */
function allOfParts(parts: z.ZodType[]): z.ZodType {
  return z.unknown().superRefine((value, ctx) => {
    if (value === undefined) {
      ctx.addIssue({ code: "custom", message: "missing required property" });
      return;
    }
    for (const part of parts) {
      const result = part.safeParse(value, { reportInput: true });
      if (result.success) continue;
      for (const issue of result.error.issues)
        ctx.addIssue({ code: "custom", message: formatIssue(issue, [], false), path: issue.path });
    }
  });
}

type Issue = z.core.$ZodIssue;

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out || "(root)";
}

function formatIssue(issue: Issue, prefix: readonly PropertyKey[], withPath = true): string {
  const path = [...prefix, ...issue.path];
  let message = issue.message;
  if ("input" in issue && issue.input === undefined && path.length > 0 && issue.code !== "custom") return `${formatPath(path)}: missing required property`;
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    // All branches rejected the type at this very spot: say which types were acceptable.
    const expected = issue.errors.map((branch) =>
      branch.length === 1 && branch[0]!.code === "invalid_type" && branch[0]!.path.length === 0
        ? branch[0]!.expected
        : undefined,
    );
    if (expected.every((e) => e !== undefined)) {
      const received = (issue.errors[0]![0]!.message.match(/received (\w+)/) ?? [])[1] ?? "another type";
      message = `Invalid input: expected ${[...new Set(expected)].join(" or ")}, received ${received}`;
    } else {
      // Otherwise report the branch that came closest (fewest issues).
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      const inner = closest.map((i) => formatIssue(i, path)).join("; ");
      return `${formatPath(path)}: matches none of ${issue.errors.length} alternatives; closest: ${inner}`;
    }
  }
  return withPath ? `${formatPath(path)}: ${message}` : message;
}
