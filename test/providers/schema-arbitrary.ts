/**
 * fast-check generators of satisfiable agent schemas (object root), covering the keywords schema.ts
 * supports: type arrays, enum/const, anyOf, string lengths, number ranges (inclusive and exclusive),
 * multipleOf, array lengths, uniqueItems, required subsets, additionalProperties:false, $defs/$ref.
 */

import fc from "fast-check";

type Schema = Record<string, unknown>;

const name = fc.constantFrom("findings", "summary", "pass", "ok", "score", "severity", "file_path", "openQuestions", "items", "notes", "valid", "count", "ratio", "tags", "entries", "approved");

const lengths = fc
  .tuple(fc.option(fc.nat({ max: 40 }), { nil: undefined }), fc.option(fc.nat({ max: 40 }), { nil: undefined }))
  .map(([a, b]): [number | undefined, number | undefined] => (a !== undefined && b !== undefined && a > b ? [b, a] : [a, b]));

const stringSchema = fc.tuple(lengths, fc.constantFrom(undefined, "date-time", "uri", "email")).map(([[min, max], format]) => {
  const s: Schema = { type: "string" };
  if (min !== undefined) s["minLength"] = min;
  if (max !== undefined) s["maxLength"] = max;
  if (format && min === undefined && max === undefined) s["format"] = format;
  return s;
});

const integerSchema = fc
  .record({
    lo: fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined }),
    span: fc.integer({ min: 2, max: 500 }),
    hasMax: fc.boolean(),
    exclusive: fc.boolean(),
    multipleOf: fc.constantFrom(undefined, 1, 2, 5),
  })
  .map(({ lo, span, hasMax, exclusive, multipleOf }) => {
    const s: Schema = { type: "integer" };
    if (lo !== undefined) s[exclusive ? "exclusiveMinimum" : "minimum"] = lo;
    if (hasMax) s[exclusive ? "exclusiveMaximum" : "maximum"] = (lo ?? 0) + span + (multipleOf ?? 1) * 2;
    if (multipleOf !== undefined) s["multipleOf"] = multipleOf;
    return s;
  });

const numberSchema = fc
  .record({
    lo: fc.option(fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
    span: fc.double({ min: 0.5, max: 100, noNaN: true }),
    hasMax: fc.boolean(),
    exclusive: fc.boolean(),
  })
  .map(({ lo, span, hasMax, exclusive }) => {
    const s: Schema = { type: "number" };
    if (lo !== undefined) s[exclusive ? "exclusiveMinimum" : "minimum"] = lo;
    if (hasMax) s[exclusive ? "exclusiveMaximum" : "maximum"] = (lo ?? 0) + span;
    return s;
  });

const enumSchema = fc.oneof(
  fc.uniqueArray(fc.constantFrom("low", "medium", "high", "critical", "info"), { minLength: 1, maxLength: 4 }).map((values) => ({ type: "string", enum: values })),
  fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }).map((values) => ({ enum: values })),
  fc.constantFrom<Schema>({ const: "done" }, { const: 42 }, { enum: ["a", 1, null, true] }),
);

const leaf: fc.Arbitrary<Schema> = fc.oneof(
  stringSchema,
  integerSchema,
  numberSchema,
  fc.constant({ type: "boolean" }),
  fc.constant({ type: "null" }),
  enumSchema,
  fc.constant({ type: ["string", "null"], maxLength: 30 }),
  fc.constant({ type: ["integer", "null"], minimum: 0, maximum: 9 }),
);

const { node } = fc.letrec<{ node: Schema; array: Schema; object: Schema; anyOf: Schema }>((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("array"), tie("object"), tie("anyOf")),
  array: fc
    .record({
      items: tie("node"),
      min: fc.option(fc.nat({ max: 4 }), { nil: undefined }),
      extra: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
    })
    .map(({ items, min, extra }) => {
      const s: Schema = { type: "array", items };
      if (min !== undefined) s["minItems"] = min;
      if (extra !== undefined) s["maxItems"] = (min ?? 0) + extra;
      return s;
    }),
  object: objectOf(tie("node")),
  anyOf: fc.array(tie("node"), { minLength: 1, maxLength: 3 }).map((branches) => ({ anyOf: branches })),
}));

function objectOf(child: fc.Arbitrary<Schema>): fc.Arbitrary<Schema> {
  return fc
    .record({
      props: fc.uniqueArray(fc.tuple(name, child, fc.boolean()), { maxLength: 5, selector: ([key]) => key }),
      closed: fc.boolean(),
    })
    .map(({ props, closed }) => {
      const s: Schema = { type: "object", properties: Object.fromEntries(props.map(([k, v]) => [k, v])) };
      const required = props.filter(([, , req]) => req).map(([k]) => k);
      if (required.length > 0) s["required"] = required;
      if (closed) s["additionalProperties"] = false;
      return s;
    });
}

/** Unique string items (distinct by their ordinal) as some agents ask for. */
const uniqueTags = fc.nat({ max: 6 }).map((max) => ({ type: "array", items: { type: "string", maxLength: 60 }, uniqueItems: true, maxItems: max }));

/** A `$defs` entry referenced from the properties, the way generated schemas share sub-schemas. */
const withRef = fc.tuple(node, objectOf(node)).map(([def, root]) => ({
  ...root,
  $defs: { Shared: def },
  properties: { ...(root["properties"] as Schema), shared: { $ref: "#/$defs/Shared" } },
}));

/** An agent schema: always an object at the root. */
export const agentSchema: fc.Arbitrary<Schema> = fc.oneof(
  { arbitrary: objectOf(node), weight: 6 },
  { arbitrary: withRef, weight: 2 },
  { arbitrary: objectOf(uniqueTags), weight: 1 },
);
