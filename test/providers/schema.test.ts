import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compileSchema, validateOutput } from "../../runtime/providers/schema.js";
import { createRng, generateValue } from "../../runtime/providers/sim-value.js";
import { agentSchema } from "./schema-arbitrary.js";

const accepts = (schema: Record<string, unknown>, value: unknown) => validateOutput(schema, value).ok;
const issues = (schema: Record<string, unknown>, value: unknown) => {
  const result = validateOutput(schema, value);
  return result.ok ? [] : result.issues;
};

describe("conversion, keyword by keyword", () => {
  test.each<[string, Record<string, unknown>, unknown[], unknown[]]>([
    ["string", { type: "string" }, ["", "x"], [1, null, {}]],
    ["number", { type: "number" }, [0, -1.5, 1e300], ["1", null, true]],
    ["integer", { type: "integer" }, [0, -7, 1e300], [1.5, "1"]],
    ["boolean", { type: "boolean" }, [true, false], [0, "true"]],
    ["null", { type: "null" }, [null], [0, "", false]],
    ["nullable via type array", { type: ["string", "null"] }, ["a", null], [1]],
    ["OpenAPI nullable", { type: "string", nullable: true }, ["a", null], [1]],
    ["minLength/maxLength count code points", { type: "string", minLength: 2, maxLength: 3 }, ["ab", "abc", "😀😀"], ["a", "abcd", "😀"]],
    ["pattern", { type: "string", pattern: "^[a-z]+\\.ts$" }, ["a.ts"], ["A.ts", "a.js"]],
    ["invalid pattern is ignored", { type: "string", pattern: "(?<" }, ["anything"], [1]],
    ["minimum/maximum", { type: "number", minimum: 0, maximum: 1 }, [0, 0.5, 1], [-0.1, 1.1]],
    ["exclusive bounds (numeric)", { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 }, [0.5], [0, 1]],
    ["exclusive bounds (draft 4)", { type: "integer", minimum: 0, exclusiveMinimum: true, maximum: 3 }, [1, 3], [0, 4]],
    ["multipleOf", { type: "number", multipleOf: 0.5 }, [1, 1.5], [1.25]],
    ["string enum", { type: "string", enum: ["low", "high"] }, ["low"], ["mid", 1]],
    ["mixed enum", { enum: ["a", 1, null] }, ["a", 1, null], ["b", 2, false]],
    ["structured enum", { enum: [{ a: 1, b: [2] }] }, [{ b: [2], a: 1 }], [{ a: 1 }]],
    ["const", { const: "done" }, ["done"], ["Done"]],
    ["array items and bounds", { type: "array", items: { type: "integer" }, minItems: 1, maxItems: 2 }, [[1], [1, 2]], [[], [1, 2, 3], ["1"]]],
    ["uniqueItems", { type: "array", uniqueItems: true }, [[1, 2, { a: 1 }]], [[1, 1], [{ a: 1, b: 2 }, { b: 2, a: 1 }]]],
    ["anyOf", { anyOf: [{ type: "string" }, { type: "integer", minimum: 10 }] }, ["x", 10], [9, null]],
    ["oneOf as anyOf", { oneOf: [{ type: "string" }, { type: "null" }] }, ["x", null], [1]],
    ["allOf", { allOf: [{ type: "number" }, { minimum: 3, type: "integer" }] }, [3], [2, 3.5]],
    ["unknown keywords ignored", { type: "string", format: "email", description: "x", if: {}, then: {}, not: {}, "x-extra": 1 }, ["not an email"], [1]],
    ["empty schema accepts anything", {}, [1, "x", null, [], {}], []],
  ])("%s", (_name, schema, good, bad) => {
    for (const value of good) expect(accepts(schema, value), JSON.stringify(value)).toBe(true);
    for (const value of bad) expect(accepts(schema, value), JSON.stringify(value)).toBe(false);
  });

  const agent = {
    type: "object",
    properties: {
      findings: {
        type: "array",
        maxItems: 2,
        items: {
          type: "object",
          properties: { severity: { type: "string", enum: ["low", "high"] }, note: { type: "string" } },
          required: ["severity"],
          additionalProperties: false,
        },
      },
      pass: { type: "boolean" },
    },
    required: ["findings", "pass"],
  };

  test("objects: required, optional, open and closed", () => {
    expect(accepts(agent, { findings: [], pass: true })).toBe(true);
    expect(accepts(agent, { findings: [{ severity: "low" }], pass: false, extra: "ok, the root is open" })).toBe(true);
    expect(accepts(agent, { findings: [{ severity: "low", extra: 1 }], pass: true })).toBe(false);
    expect(accepts(agent, { pass: true })).toBe(false);
    expect(accepts(agent, [])).toBe(false);
  });

  test("validation keeps extra keys of open objects (nothing is stripped)", () => {
    const result = validateOutput(agent, { findings: [], pass: true, extra: 1 });
    expect(result).toEqual({ ok: true, value: { findings: [], pass: true, extra: 1 } });
  });

  test("issues name the path of the offending value", () => {
    expect(issues(agent, { findings: [{ severity: "mid" }, { note: "x" }, { severity: "low" }], pass: "yes" })).toEqual([
      'findings: Too big: expected array to have <=2 items',
      "pass: Invalid input: expected boolean, received string",
    ]);
    expect(issues(agent, { findings: [{ severity: "mid" }, { note: "x" }], pass: true })).toEqual([
      'findings[0].severity: Invalid option: expected one of "low"|"high"',
      "findings[1].severity: missing required property",
    ]);
    expect(issues(agent, { pass: true })).toEqual(["findings: missing required property"]);
    expect(issues({ type: ["string", "null"] }, 3)).toEqual(["(root): Invalid input: expected string or null, received number"]);
    expect(issues({ type: "object", properties: { "file path": { type: "string" } } }, { "file path": 1 })).toEqual([
      '["file path"]: Invalid input: expected string, received number',
    ]);
  });

  test("a required key with no property schema must still be present", () => {
    const schema = { type: "object", properties: { a: {} }, required: ["a", "b"] };
    expect(accepts(schema, { a: null, b: 0 })).toBe(true);
    expect(issues(schema, { a: 1 })).toEqual(["b: missing required property"]);
    expect(accepts(schema, { b: 1 })).toBe(false);
  });

  test("local $refs, including recursive ones", () => {
    const tree = {
      type: "object",
      $defs: { Node: { type: "object", properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/$defs/Node" } } }, required: ["name"] } },
      properties: { root: { $ref: "#/$defs/Node" } },
      required: ["root"],
    };
    expect(accepts(tree, { root: { name: "a", children: [{ name: "b", children: [{ name: "c" }] }] } })).toBe(true);
    expect(issues(tree, { root: { name: "a", children: [{ children: [] }] } })).toEqual([
      expect.stringMatching(/^root\.children\[0\]\.name: missing required property$/),
    ]);
    // An unresolvable or remote $ref is ignored, not thrown on.
    expect(accepts({ type: "object", properties: { x: { $ref: "https://example.com/s.json" } } }, { x: 1 })).toBe(true);
    expect(accepts({ type: "object", properties: { x: { $ref: "#/nowhere" } } }, { x: 1 })).toBe(true);
  });

  test("compiled schemas are cached per schema object", () => {
    const schema = { type: "object", properties: { a: { type: "string" } } };
    expect(compileSchema(schema)).toBe(compileSchema(schema));
    expect(compileSchema({ ...schema })).not.toBe(compileSchema(schema));
  });

  test("never throws on odd schemas", () => {
    const odd: Array<Record<string, unknown>> = [
      { type: "object", properties: null },
      { type: "object", properties: { a: 5 } },
      { type: "frobnicate" },
      { type: "array", items: [{ type: "string" }] },
      { type: "string", minLength: "3" },
      { enum: [] },
      { anyOf: [] },
      { type: "object", required: "a" },
    ];
    for (const schema of odd) expect(() => validateOutput(schema, { a: 1 })).not.toThrow();
  });
});

describe("agrees with ajv", () => {
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
  const byAjv = (schema: Record<string, unknown>, value: unknown) => ajv.validate(schema, value);

  test("on random JSON values and on simulated answers, for generated schemas", () => {
    fc.assert(
      fc.property(agentSchema, fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }), fc.nat(), (schema, randoms, seed) => {
        const generated = generateValue(schema, { label: "t", rng: createRng(seed), verdictTrueProbability: 0.8 });
        for (const value of [generated, ...randoms]) expect(accepts(schema, value)).toBe(byAjv(schema, value));
        expect(byAjv(schema, generated)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
