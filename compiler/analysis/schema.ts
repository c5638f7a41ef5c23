/**
 * Soundness of an agent's output schema (band WF4xxx): the root must be an object with
 * `properties`, `required` must name defined properties, types must be JSON Schema types, and
 * size keywords must be whole numbers. Claude Code rejects such schemas only when `agent()` runs.
 */
import type { Span } from "../../grammar/ast.js";
import type { Reporter } from "../report.js";

const types = new Set(["object", "array", "string", "number", "integer", "boolean", "null"]);
const sizeKeys = ["maxItems", "minItems", "maxLength", "minLength", "maxProperties", "minProperties"];

export function checkSchema(schema: unknown, span: Span, r: Reporter, once: (code: string, span: Span, f: () => void) => void): void {
  const s = schema as Record<string, unknown>;
  if (!s || typeof s !== "object" || Array.isArray(s) || s["type"] !== "object" || typeof s["properties"] !== "object" || s["properties"] === null) {
    once("WF4001", span, () =>
      r.error("WF4001", span, "an agent's schema must have `type: 'object'` and `properties` at its root", {
        help: "wrap the value: `{ type: 'object', properties: { items: { type: 'array', … } }, required: ['items'] }`",
      }),
    );
    return;
  }
  walk(s, "", span, r, once);
}

/** The keywords that make an object a JSON Schema rather than a map of names to schemas. */
const schemaKeywords = new Set(["type", "properties", "items", "required", "enum", "const", "anyOf", "oneOf", "allOf", "not", "$ref", "$schema", "additionalProperties", "description", "default", "format", "pattern", "title", ...sizeKeys, "minimum", "maximum"]);

/**
 * The plan's `meta.args` schema: any JSON Schema (the input need not be an object), checked like an
 * agent's below its root. A root with no schema keyword whose fields are objects is the mistake of
 * writing the properties without the object around them (`args: { files: { type: 'array' } }`),
 * which as a schema would accept any input and bound nothing.
 */
export function checkArgsSchema(schema: Record<string, unknown>, span: Span, r: Reporter): void {
  const reported = new Set<string>();
  const once = (code: string, _span: Span, f: () => void): void => {
    if (!reported.has(code)) f(), reported.add(code);
  };
  const keys = Object.keys(schema);
  if (keys.length > 0 && !keys.some((k) => schemaKeywords.has(k)) && keys.every((k) => typeof schema[k] === "object" && schema[k] !== null)) {
    r.error("WF4001", span, "`meta.args` is a JSON Schema, and this one names fields without the object around them", {
      help: `wrap them: \`args: { type: 'object', properties: { ${keys.map((k) => `${k}: …`).join(", ")} } }\``,
    });
    return;
  }
  walk(schema, "", span, r, once);
}

function walk(s: Record<string, unknown>, path: string, span: Span, r: Reporter, once: (code: string, span: Span, f: () => void) => void): void {
  const where = path || "the root";
  const t = s["type"];
  const ts = Array.isArray(t) ? t : t === undefined ? [] : [t];
  for (const x of ts) {
    if (typeof x !== "string" || !types.has(x)) {
      once("WF4003", span, () => r.error("WF4003", span, `schema type \`${String(x)}\` at ${where} is not a JSON Schema type`, { help: `use one of ${[...types].join(", ")}` }));
    }
  }
  for (const k of sizeKeys) {
    const v = s[k];
    if (v !== undefined && (typeof v !== "number" || !Number.isInteger(v) || v < 0)) {
      once("WF4003", span, () => r.error("WF4003", span, `\`${k}\` at ${where} must be a whole number`));
    }
  }
  if (typeof s["minItems"] === "number" && typeof s["maxItems"] === "number" && s["minItems"] > s["maxItems"]) {
    once("WF4003", span, () => r.error("WF4003", span, `\`minItems\` is greater than \`maxItems\` at ${where}: no value can satisfy it`));
  }
  const props = s["properties"];
  if (props !== undefined) {
    if (typeof props !== "object" || props === null || Array.isArray(props)) {
      once("WF4003", span, () => r.error("WF4003", span, `\`properties\` at ${where} must be an object`));
    } else {
      const req = s["required"];
      if (req !== undefined) {
        if (!Array.isArray(req)) once("WF4002", span, () => r.error("WF4002", span, `\`required\` at ${where} must be an array of property names`));
        else
          for (const name of req) {
            if (typeof name !== "string" || !(name in props)) {
              once("WF4002", span, () =>
                r.error("WF4002", span, `\`required\` at ${where} names \`${String(name)}\`, which is not in \`properties\``, { help: `define \`${String(name)}\` under \`properties\` or remove it from \`required\`` }),
              );
            }
          }
      }
      for (const [k, v] of Object.entries(props)) if (v && typeof v === "object" && !Array.isArray(v)) walk(v as Record<string, unknown>, path ? `${path}.${k}` : k, span, r, once);
    }
  }
  const items = s["items"];
  if (items && typeof items === "object" && !Array.isArray(items)) walk(items as Record<string, unknown>, `${path}[]`, span, r, once);
}
