/**
 * One-line descriptions of single changes, shared by risk details and every renderer so the
 * same change reads the same everywhere. Plain text with backticks around the user's names.
 */

import { stableStringify } from "./json.js";
import type { FieldChange, SchemaChange } from "./types.js";

const MAX_VALUE_CHARS = 60;

/** A value as a reviewer reads it: numbers bare, others in backticks (strings unquoted), absent as `(none)`, long values cut. */
export function formatValue(value: unknown): string {
  if (value === undefined) return "(none)";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let text = typeof value === "string" ? value : stableStringify(value);
  if (text.length > MAX_VALUE_CHARS) text = `${text.slice(0, MAX_VALUE_CHARS - 1)}…`;
  // A value holding a backtick needs a longer fence to stay one code span in Markdown.
  return text.includes("`") ? `\`\` ${text} \`\`` : `\`${text}\``;
}

function fieldValue(field: string, value: unknown): string {
  if (value === null && (field === "model" || field === "effort")) return "(session default)";
  if (value === null && field === "phase") return "(no phase)";
  if (value === undefined && field === "attempts") return "(none: 1)";
  return formatValue(value);
}

/** `model: sonnet -> opus` */
export function describeField(change: FieldChange): string {
  return `${change.field}: ${fieldValue(change.field, change.before)} -> ${fieldValue(change.field, change.after)}`;
}

/** `findings[].severity: enum ["high","low"] -> (none)` */
export function describeSchemaChange(change: SchemaChange): string {
  const where = `\`${change.path}\``;
  switch (change.change) {
    case "schema-added":
      return "output schema added (free text became structured)";
    case "schema-removed":
      return "output schema removed (structured output became free text)";
    case "added": {
      const type = typeOf(change.after);
      return `${where} added${type ? ` (${type})` : ""}`;
    }
    case "removed":
      return `${where} removed`;
    case "required":
      return `${where} is now required`;
    case "optional":
      return `${where} is no longer required`;
    case "retyped":
      return `${where} type ${formatValue(change.before)} -> ${formatValue(change.after)}`;
    case "keyword":
      return `${where} ${change.keyword ?? "schema"} ${formatValue(change.before)} -> ${formatValue(change.after)}`;
  }
}

function typeOf(schema: unknown): string | undefined {
  if (typeof schema !== "object" || schema === null) return undefined;
  const type = (schema as Record<string, unknown>).type;
  return type === undefined ? undefined : formatValue(type);
}
