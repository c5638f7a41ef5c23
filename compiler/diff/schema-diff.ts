/**
 * Structural diff of two JSON Schemas (an agent's output schema), walking `properties` and `items`
 * and naming each change by path: `findings[].severity`, with `$` for the schema's root. Each change
 * says whether it *loosens* the schema (lets more outputs through), which feeds `schema-loosened`:
 * a looser schema is how a fan-out bound (maxItems) or a closed vocabulary (enum) silently goes away.
 */

import { isRecord, jsonEqual } from "./json.js";
import type { SchemaChange } from "./types.js";

/** Keywords whose value caps something: raising or removing one loosens the schema. */
const UPPER_BOUNDS = new Set(["maxItems", "maxLength", "maxProperties", "maximum", "exclusiveMaximum", "maxContains"]);
/** Keywords whose value floors something: lowering or removing one loosens the schema. */
const LOWER_BOUNDS = new Set(["minItems", "minLength", "minProperties", "minimum", "exclusiveMinimum", "minContains"]);
/** Keywords that restrict values: removing one loosens the schema. */
const RESTRICTIONS = new Set(["pattern", "format", "const", "uniqueItems", "not", "contains"]);
/** Handled structurally, not as plain keywords. */
const STRUCTURAL = new Set(["type", "properties", "required", "items"]);

export function diffSchemas(before: unknown, after: unknown): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const hasBefore = before !== null && before !== undefined;
  const hasAfter = after !== null && after !== undefined;
  if (!hasBefore && !hasAfter) return changes;
  // Free text -> structured output is a tightening; structured -> free text drops every guarantee.
  if (!hasBefore) changes.push({ path: "$", change: "schema-added", after, loosens: false });
  else if (!hasAfter) changes.push({ path: "$", change: "schema-removed", before, loosens: true });
  else walk(before, after, "$", changes);
  return changes;
}

function walk(before: unknown, after: unknown, path: string, out: SchemaChange[]): void {
  if (!isRecord(before) || !isRecord(after)) {
    // Boolean schemas (`true`/`false`) or malformed values: compare whole.
    if (!jsonEqual(before, after))
      out.push({ path, change: "keyword", keyword: "schema", before, after, loosens: after === true });
    return;
  }

  // After a sideways retype (string -> array) the old type's keywords no longer apply: their removal
  // is part of the retype, not a relaxation.
  const retyped = !jsonEqual(before.type, after.type);
  const sideways = retyped && !typeWidens(before.type, after.type);
  if (retyped) {
    const change: SchemaChange = { path, change: "retyped", keyword: "type", loosens: typeWidens(before.type, after.type) };
    if (before.type !== undefined) change.before = before.type;
    if (after.type !== undefined) change.after = after.type;
    out.push(change);
  }

  const keywords = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !STRUCTURAL.has(k)).sort();
  for (const keyword of keywords) {
    const a = before[keyword];
    const b = after[keyword];
    if (jsonEqual(a, b)) continue;
    const change: SchemaChange = { path, change: "keyword", keyword, loosens: !sideways && keywordLoosens(keyword, a, b) };
    if (a !== undefined) change.before = a;
    if (b !== undefined) change.after = b;
    out.push(change);
  }

  const propsBefore = isRecord(before.properties) ? before.properties : {};
  const propsAfter = isRecord(after.properties) ? after.properties : {};
  const requiredBefore = stringSet(before.required);
  const requiredAfter = stringSet(after.required);
  const names = [
    ...new Set([...Object.keys(propsBefore), ...Object.keys(propsAfter), ...requiredBefore, ...requiredAfter]),
  ].sort();
  for (const name of names) {
    const child = joinPath(path, name);
    const inBefore = name in propsBefore;
    const inAfter = name in propsAfter;
    if (inBefore && !inAfter) {
      // Removing a required field withdraws a guarantee downstream code may read.
      out.push({ path: child, change: "removed", before: propsBefore[name], loosens: requiredBefore.has(name) });
      continue;
    }
    if (!inBefore && inAfter) {
      out.push({ path: child, change: "added", after: propsAfter[name], loosens: false });
      continue;
    }
    if (requiredBefore.has(name) && !requiredAfter.has(name))
      out.push({ path: child, change: "optional", loosens: true });
    else if (!requiredBefore.has(name) && requiredAfter.has(name))
      out.push({ path: child, change: "required", loosens: false });
    if (inBefore && inAfter) walk(propsBefore[name], propsAfter[name], child, out);
  }

  if (before.items !== undefined && after.items !== undefined && isRecord(before.items) && isRecord(after.items))
    walk(before.items, after.items, `${path}[]`, out);
  else if (!jsonEqual(before.items, after.items)) {
    const change: SchemaChange = { path, change: "keyword", keyword: "items", loosens: !sideways && after.items === undefined };
    if (before.items !== undefined) change.before = before.items;
    if (after.items !== undefined) change.after = after.items;
    out.push(change);
  }
}

function keywordLoosens(keyword: string, before: unknown, after: unknown): boolean {
  if (UPPER_BOUNDS.has(keyword))
    return before !== undefined && (after === undefined || (typeof before === "number" && typeof after === "number" && after > before));
  if (LOWER_BOUNDS.has(keyword))
    return before !== undefined && (after === undefined || (typeof before === "number" && typeof after === "number" && after < before));
  if (keyword === "enum") {
    if (before === undefined) return false;
    if (!Array.isArray(after)) return true;
    const allowed = Array.isArray(before) ? before : [];
    return after.some((v) => !allowed.some((w) => jsonEqual(v, w)));
  }
  if (keyword === "additionalProperties" || keyword === "unevaluatedProperties" || keyword === "unevaluatedItems")
    // `false` closes the object; anything else (absent, true, a schema) reopens it.
    return before === false && after !== false;
  if (RESTRICTIONS.has(keyword)) return before !== undefined && after === undefined;
  return false;
}

/** A type change loosens when every type allowed before is still allowed and some new one is. */
function typeWidens(before: unknown, after: unknown): boolean {
  if (before === undefined) return false;
  if (after === undefined) return true;
  const a = new Set(Array.isArray(before) ? before : [before]);
  const b = new Set(Array.isArray(after) ? after : [after]);
  // JSON Schema: "integer" is a subset of "number".
  const covers = (t: unknown) => b.has(t) || (t === "integer" && b.has("number"));
  return [...a].every(covers) && b.size > 0 && [...b].some((t) => !a.has(t));
}

function stringSet(value: unknown): Set<string> {
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
}

function joinPath(path: string, name: string): string {
  const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : `[${JSON.stringify(name)}]`;
  if (path === "$") return key.startsWith("[") ? `$${key}` : key;
  return key.startsWith("[") ? `${path}${key}` : `${path}.${key}`;
}
