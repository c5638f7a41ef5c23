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
  walk(s, undefined, span, r, once);
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
  walk(schema, undefined, span, r, once);
}

/**
 * Where in a schema a node is: the path of property names (`a.b`, `items[]` for an array's items),
 * kept as links to the parent and spelled out only for a message: most schemas are sound, and need
 * no path spelled out.
 */
interface SchemaPath {
  parent: SchemaPath | undefined;
  /** A property name; undefined for an array's items. */
  key: string | undefined;
}

function spell(path: SchemaPath | undefined): string {
  if (!path) return "";
  const up = spell(path.parent);
  return path.key === undefined ? `${up}[]` : up ? `${up}.${path.key}` : path.key;
}

/** How a message names the place `path` leads to. */
function whereIs(path: SchemaPath | undefined): string {
  return spell(path) || "the root";
}

function checkType(x: unknown, path: SchemaPath | undefined, span: Span, r: Reporter, once: (code: string, span: Span, f: () => void) => void): void {
  if (typeof x !== "string" || !types.has(x)) {
    once("WF4003", span, () => r.error("WF4003", span, `schema type \`${String(x)}\` at ${whereIs(path)} is not a JSON Schema type`, { help: `use one of ${[...types].join(", ")}` }));
  }
}

function walk(s: Record<string, unknown>, path: SchemaPath | undefined, span: Span, r: Reporter, once: (code: string, span: Span, f: () => void) => void): void {
  const t = s["type"];
  if (Array.isArray(t)) for (const x of t) checkType(x, path, span, r, once);
  else if (t !== undefined) checkType(t, path, span, r, once);
  for (const k of sizeKeys) {
    const v = s[k];
    if (v !== undefined && (typeof v !== "number" || !Number.isInteger(v) || v < 0)) {
      once("WF4003", span, () => r.error("WF4003", span, `\`${k}\` at ${whereIs(path)} must be a whole number`));
    }
  }
  if (typeof s["minItems"] === "number" && typeof s["maxItems"] === "number" && s["minItems"] > s["maxItems"]) {
    once("WF4003", span, () => r.error("WF4003", span, `\`minItems\` is greater than \`maxItems\` at ${whereIs(path)}: no value can satisfy it`));
  }
  const props = s["properties"];
  if (props !== undefined) {
    if (typeof props !== "object" || props === null || Array.isArray(props)) {
      once("WF4003", span, () => r.error("WF4003", span, `\`properties\` at ${whereIs(path)} must be an object`));
    } else {
      const req = s["required"];
      if (req !== undefined) {
        if (!Array.isArray(req)) once("WF4002", span, () => r.error("WF4002", span, `\`required\` at ${whereIs(path)} must be an array of property names`));
        else
          for (const name of req) {
            if (typeof name !== "string" || !(name in props)) {
              once("WF4002", span, () =>
                r.error("WF4002", span, `\`required\` at ${whereIs(path)} names \`${String(name)}\`, which is not in \`properties\``, { help: `define \`${String(name)}\` under \`properties\` or remove it from \`required\`` }),
              );
            }
          }
      }
      for (const k of Object.keys(props)) {
        const v = (props as Record<string, unknown>)[k];
        if (v && typeof v === "object" && !Array.isArray(v)) walk(v as Record<string, unknown>, { parent: path, key: k }, span, r, once);
      }
    }
  }
  const items = s["items"];
  if (items && typeof items === "object" && !Array.isArray(items)) walk(items as Record<string, unknown>, { parent: path, key: undefined }, span, r, once);
}
