/**
 * Rule tables for the checks (bands WF1–WF4): each row is a small plan and the diagnostics it must
 * get, as `CODE line:column` (lints, WF5xxx, are left out: test/lints owns them). Where a rule
 * offers a suggestion, the row also pins the `help` line's did-you-mean. Prose is pinned by the
 * goldens; these tables pin codes and positions.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileFile, compileSource, type CompileOptions } from "../../compiler/compile.js";

const META = "export const meta = { name: 'p', description: 'd' }";
const ARGS = (props: string): string => `export const meta = { name: 'p', description: 'd', args: { type: 'object', properties: { ${props} } } }`;
const FILES = "files: { type: 'array', maxItems: 5, items: { type: 'string', maxLength: 50 } }";

interface Row {
  name: string;
  /** The plan, line 1 first. */
  src: string[];
  /** Every WF1–WF4 diagnostic, in order: `CODE line:column`. */
  want: string[];
  /** Substrings the first diagnostic's help must contain (did-you-mean rows). */
  help?: string;
  options?: CompileOptions;
}

function check(src: string, options: CompileOptions = {}, path = "/plans/p.wf.js") {
  const c = compileSource(path, src, options);
  const diags = c.diagnostics.filter((d) => !d.code.startsWith("WF5"));
  return {
    got: diags.map((d) => {
      const { line, column } = c.file.position(d.span.start);
      return `${d.code} ${line}:${column}`;
    }),
    diags,
    c,
  };
}

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const row of rows) {
      it(row.name, () => {
        const { got, diags } = check(row.src.join("\n") + "\n", row.options);
        expect(got).toEqual(row.want);
        if (row.help !== undefined) expect(diags[0]?.help ?? "").toContain(row.help);
        // Every error is positioned inside the file and carries a message.
        for (const d of diags) expect(d.message.length).toBeGreaterThan(0);
      });
    }
  });
}

const agentCall = (prompt = "'Say hi'", opts = "label: 'a', model: 'haiku', maxTokens: 100"): string => `await agent(${prompt}, { ${opts} })`;

table("methods the runtime does not have (WF1003), with did-you-mean", [
  { name: "an array method", src: [META, "const xs = ['a', 'b']", "log(xs.fitler((x) => x === 'a'))"], want: ["WF1003 3:8"], help: "did you mean `.filter()`?" },
  { name: "a string method", src: [META, "const s = 'abc'", "log(s.toLowercase())"], want: ["WF1003 3:7"], help: "did you mean `.toLowerCase()`?" },
  { name: "with no near name, the help lists the methods", src: [META, "const s = 'abc'", "log(s.substr(1))"], want: ["WF1003 3:7"], help: "strings have `trim`" },
  { name: "the array methods the runtime has", src: [META, "const xs = ['a', 'b']", "const r = xs.splice(0, 1, 'c')", "for (const [i, x] of xs.entries()) log(i + x)", "log(r.toString(), [...xs.keys()], xs.lastIndexOf('c'))"], want: [] },
]);

table("unknown identifiers (WF2001), with did-you-mean", [
  { name: "misspelt primitive", src: [META, "const a = await agnet('hi', { label: 'a' })", "log(a)"], want: ["WF2001 2:17"], help: "did you mean `agent`?" },
  { name: "misspelt local", src: [META, "const reviews = 3", "log(reveiws)"], want: ["WF2001 3:5"], help: "did you mean `reviews`?" },
  { name: "misspelt helper", src: [META, "function summarise(x) { return x }", "log(sumarise(1))"], want: ["WF2001 3:5"], help: "did you mean `summarise`?" },
  { name: "no close name: no suggestion", src: [META, "log(zzqqxx)"], want: ["WF2001 2:5"] },
  { name: "a name used outside its block", src: [META, "if (true) { const inner = 1 }", "log(inner)"], want: ["WF2001 3:5"] },
  { name: "declared later in the same scope is fine", src: [META, "function f() { return later }", "const later = 1", "log(f())"], want: [] },
]);

table("unknown options (WF2002), with did-you-mean", [
  { name: "agent option", src: [META, `const a = ${agentCall("'hi'", "label: 'a', model: 'haiku', maxToken: 100")}`, "log(a)"], want: ["WF2002 2:59"], help: "did you mean `maxTokens`?" },
  { name: "agent option, no close name", src: [META, `const a = ${agentCall("'hi'", "label: 'a', model: 'haiku', zebra: 1")}`, "log(a)"], want: ["WF2002 2:59"] },
  { name: "gate option", src: [META, "const g = await gate(1, (x) => x > 0, { onFail: 'drop', lable: 'g' })", "log(g)"], want: ["WF2002 2:57"], help: "did you mean `label`?" },
  { name: "retry option", src: [META, `const r = await retry(() => agent('hi', { label: 'a', model: 'haiku' }), { attempts: 2, backofMs: 10 })`, "log(r)"], want: ["WF2002 2:89"], help: "did you mean `backoffMs`?" },
  { name: "meta key", src: ["export const meta = { name: 'p', description: 'd', budgte: { agents: 3 } }"], want: ["WF2002 1:52"], help: "did you mean `budget`?" },
  { name: "meta.budget key", src: ["export const meta = { name: 'p', description: 'd', budget: { agent: 3 } }"], want: ["WF2002 1:60"], help: "did you mean `agents`?" },
  { name: "meta.defaults key", src: ["export const meta = { name: 'p', description: 'd', defaults: { modle: 'haiku' } }"], want: ["WF2002 1:62"], help: "did you mean `model`?" },
  { name: "phase entry key", src: ["export const meta = { name: 'p', description: 'd', phases: [{ title: 'A', detial: 'x' }] }"], want: ["WF2002 1:61"], help: "`detail`" },
]);

table("mistyped options (WF2003)", [
  { name: "maxTokens as a string", src: [META, `const a = ${agentCall("'hi'", "label: 'a', model: 'haiku', maxTokens: '100'")}`, "log(a)"], want: ["WF2003 2:70"] },
  { name: "maxTokens negative", src: [META, `const a = ${agentCall("'hi'", "label: 'a', model: 'haiku', maxTokens: -1")}`, "log(a)"], want: ["WF2003 2:70"] },
  { name: "maxTokens from args", src: [ARGS("n: { type: 'integer' }"), `const a = ${agentCall("'hi'", "label: 'a', model: 'haiku', maxTokens: args.n")}`, "log(a)"], want: ["WF2003 2:70"] },
  { name: "attempts above 10", src: [META, `const a = ${agentCall("'hi'", "label: 'a', model: 'haiku', attempts: 11")}`, "log(a)"], want: ["WF2003 2:69"] },
  { name: "unknown model, did-you-mean", src: [META, `const a = ${agentCall("'hi'", "label: 'a', model: 'haku'")}`, "log(a)"], want: ["WF2003 2:50"], help: "did you mean `haiku`?" },
  { name: "model not known before the run", src: [ARGS("m: { type: 'string', maxLength: 10 }"), `const a = ${agentCall("'hi'", "label: 'a', model: args.m")}`, "log(a)"], want: ["WF2003 2:50"] },
  { name: "gate without onFail", src: [META, "const g = await gate(1, (x) => x > 0, { label: 'g' })", "log(g)"], want: ["WF2003 2:17"] },
  { name: "gate without a check function", src: [META, "const g = await gate(1, true, { onFail: 'drop' })", "log(g)"], want: ["WF2003 2:25"] },
  { name: "retry of a non-thunk", src: [META, "const r = await retry(3, { attempts: 2 })", "log(r)"], want: ["WF2003 2:23"] },
  { name: "meta.effort not a tier", src: ["export const meta = { name: 'p', description: 'd', effort: 'extreme' }"], want: ["WF2003 1:60"] },
  { name: "meta.name not a string", src: ["export const meta = { name: 5, description: 'd' }"], want: ["WF2003 1:29"] },
  { name: "meta.budget.usd not positive", src: ["export const meta = { name: 'p', description: 'd', budget: { usd: -1 } }"], want: ["WF2003 1:60"] },
  { name: "workflow name not a literal", src: [ARGS("w: { type: 'string', maxLength: 10 }"), "const r = await workflow(args.w)", "log(r)"], want: ["WF2003 2:26"] },
]);

table("meta rules (WF1007, WF1008, WF2003)", [
  { name: "not first", src: ["const x = 1", META, "log(x)"], want: ["WF1007 2:1"] },
  { name: "missing entirely", src: ["const x = 1", "log(x)"], want: ["WF1007 1:1"] },
  { name: "comments may precede it", src: ["// a plan", "/* more */", META], want: [] },
  { name: "a variable in meta", src: ["export const meta = { name: n, description: 'd' }"], want: ["WF1008 1:29", "WF2001 1:29"] },
  { name: "a call in meta", src: ["export const meta = { name: String(1), description: 'd' }"], want: ["WF1008 1:29"] },
  { name: "a spread in meta", src: ["export const meta = { ...base, name: 'p', description: 'd' }"], want: ["WF1008 1:23", "WF2001 1:26"] },
  { name: "interpolation in meta", src: ["export const meta = { name: `p${1}`, description: 'd' }"], want: ["WF1008 1:33"] },
  { name: "declared with let", src: ["export let meta = { name: 'p', description: 'd' }"], want: ["WF1008 1:8"] },
  { name: "not an object", src: ["export const meta = 'p'"], want: ["WF1008 1:21"] },
  { name: "missing name", src: ["export const meta = { description: 'd' }"], want: ["WF2003 1:21"] },
  { name: "missing description", src: ["export const meta = { name: 'p' }"], want: ["WF2003 1:21"] },
]);

table("fan-out without a bound (WF3101)", [
  { name: "args array without maxItems", src: [ARGS("files: { type: 'array', items: { type: 'string', maxLength: 50 } }"), "const r = await parallel(args.files.map((f) => () => agent(`Review ${f}`, { label: 'r', model: 'haiku' })))", "log(r.length)"], want: ["WF3101 2:26"] },
  { name: "args array with maxItems is fine", src: [ARGS(FILES), "const r = await parallel(args.files.map((f) => () => agent(`Review ${f}`, { label: 'r', model: 'haiku' })))", "log(r.length)"], want: [] },
  { name: "pipeline over an unbounded array", src: [ARGS("files: { type: 'array', items: { type: 'string', maxLength: 50 } }"), "const r = await pipeline(args.files, (f) => agent(`Review ${f}`, { label: 'r', model: 'haiku' }))", "log(r.length)"], want: ["WF3101 2:26"] },
  { name: "args with no schema at all", src: [META, "const r = await parallel(args.files.map((f) => () => agent(`Review ${f}`, { label: 'r', model: 'haiku', inputTokens: 50 })))", "log(r.length)"], want: ["WF3101 2:26"] },
  { name: ".split without a slice: as many lines as characters, over the per-run cap", src: [ARGS("text: { type: 'string', maxLength: 500 }"), "const r = await parallel(args.text.split('\\n').map((l) => () => agent(`Classify ${l}`, { label: 'c', model: 'haiku' })))", "log(r.length)"], want: ["WF3202 1:21", "WF3204 2:26"] },
  { name: ".split at a regex", src: [ARGS("text: { type: 'string', maxLength: 500 }"), "const r = await parallel(args.text.split(/\\n+/).map((l) => () => agent(`Classify ${l}`, { label: 'c', model: 'haiku' })))", "log(r.length)"], want: ["WF3101 2:26"] },
  { name: ".split with a slice is fine", src: [ARGS("text: { type: 'string', maxLength: 500 }"), "const lines = args.text.split('\\n').slice(0, 10)", "if (lines.length < 10) log('all lines')", "const r = await parallel(lines.map((l) => () => agent(`Classify ${l}`, { label: 'c', model: 'haiku' })))", "log(r.length)"], want: [] },
  { name: "an agent's array without maxItems", src: [META, "const l = await agent('List', { label: 'l', model: 'haiku', schema: { type: 'object', properties: { xs: { type: 'array', items: { type: 'string', maxLength: 20 } } } } })", "const r = await parallel(l.xs.map((x) => () => agent(`Do ${x}`, { label: 'd', model: 'haiku' })))", "log(r.length)"], want: ["WF3101 3:26"] },
]);

table("loops (WF3103, WF1009)", [
  { name: "for-of over an unbounded array", src: [ARGS("files: { type: 'array', items: { type: 'string', maxLength: 50 } }"), "for (const f of args.files) {", "  log(" + agentCall("`Review ${f}`") + ")", "}"], want: ["WF3103 2:17"] },
  { name: "for-of over a bounded array is fine", src: [ARGS(FILES), "for (const f of args.files) {", "  log(" + agentCall("`Review ${f}`") + ")", "}"], want: [] },
  { name: "counted for with a bound from args", src: [ARGS("n: { type: 'integer' }"), "for (let i = 0; i < args.n; i++) {", "  log(" + agentCall() + ")", "}"], want: ["WF3103 2:17"] },
  { name: "counted for with a const bound is fine", src: [META, "const N = 4", "for (let i = 0; i < N; i++) {", "  log(" + agentCall() + ")", "}"], want: [] },
  { name: "counted for counting down is fine", src: [META, "for (let i = 10; i > 0; i--) {", "  log(" + agentCall() + ")", "}"], want: [] },
  { name: "counted for counting down from an args start", src: [ARGS("n: { type: 'integer' }"), "for (let i = args.n; i > 0; i--) {", "  log(" + agentCall() + ")", "}"], want: ["WF3103 2:22"] },
  { name: "counted for counting down the wrong way", src: [META, "for (let i = 10; i > 0; i++) {", "  log(" + agentCall() + ")", "}"], want: ["WF3103 2:18"] },
  { name: "counted for with no condition", src: [META, "for (let i = 0; ; i++) {", "  log(" + agentCall() + ")", "}"], want: ["WF1009 2:1"] }, // once: WF1009 says it, not WF3103 again
  { name: "while without a counter", src: [META, "let done = false", "while (!done) {", "  done = (" + agentCall() + ") === 'yes'", "}"], want: ["WF1009 3:8"] },
  { name: "while with a counter is fine", src: [META, "let round = 0", "let done = false", "while (!done && round < 3) {", "  round++", "  done = (" + agentCall() + ") === 'yes'", "}"], want: [] },
  { name: "while with a counter but an args limit", src: [ARGS("n: { type: 'integer' }"), "let round = 0", "while (round < args.n) {", "  round++", "  log(" + agentCall() + ")", "}"], want: ["WF3103 3:16"] },
]);

table("retry bounds (WF3104)", [
  { name: "retry without attempts", src: [META, "const r = await retry(() => agent('hi', { label: 'a', model: 'haiku' }))", "log(r)"], want: ["WF3104 2:17"] },
  { name: "retry with attempts from args", src: [ARGS("n: { type: 'integer' }"), "const r = await retry(() => agent('hi', { label: 'a', model: 'haiku' }), { attempts: args.n })", "log(r)"], want: ["WF3104 2:17"] },
  { name: "retry above 10 attempts", src: [META, "const r = await retry(() => agent('hi', { label: 'a', model: 'haiku' }), { attempts: 11 })", "log(r)"], want: ["WF3104 2:17"] },
  { name: "gate onFail retry without attempts", src: [META, "const g = await gate(() => agent('hi', { label: 'a', model: 'haiku' }), (x) => x !== null, { onFail: 'retry' })", "log(g)"], want: ["WF3104 2:17"] },
  { name: "retry with attempts is fine", src: [META, "const r = await retry(() => agent('hi', { label: 'a', model: 'haiku' }), { attempts: 3 })", "log(r)"], want: [] },
]);

table("fan-out width caps (WF3102, WF3204)", [
  {
    name: "more than 4096 items",
    src: [ARGS("xs: { type: 'array', maxItems: 5000, items: { type: 'string', maxLength: 10 } }"), "const r = await parallel(args.xs.map((x) => () => agent(`Do ${x}`, { label: 'd', model: 'haiku', attempts: 1, maxTokens: 5 })))", "log(r.length)"],
    // Also above the default (high) tier's cap of 1,000, but WF3102 says it: one report, not two.
    want: ["WF3102 2:26"],
  },
  { name: "effort low caps fan-out at 8", src: ["export const meta = { name: 'p', description: 'd', effort: 'low', args: { type: 'object', properties: { xs: { type: 'array', maxItems: 9, items: { type: 'string', maxLength: 10 } } } } }", "const r = await parallel(args.xs.map((x) => () => agent(`Do ${x}`, { label: 'd', model: 'haiku' })))", "log(r.length)"], want: ["WF3204 2:26"] },
  { name: "effort low allows 8", src: ["export const meta = { name: 'p', description: 'd', effort: 'low', args: { type: 'object', properties: { xs: { type: 'array', maxItems: 8, items: { type: 'string', maxLength: 10 } } } } }", "const r = await parallel(args.xs.map((x) => () => agent(`Do ${x}`, { label: 'd', model: 'haiku' })))", "log(r.length)"], want: [] },
  { name: "effort medium caps at 64 (from the options)", src: [ARGS("xs: { type: 'array', maxItems: 65, items: { type: 'string', maxLength: 10 } }"), "const r = await parallel(args.xs.map((x) => () => agent(`Do ${x}`, { label: 'd', model: 'haiku', attempts: 1 })))", "log(r.length)"], want: ["WF3204 2:26"], options: { effort: "medium" } },
]);

table("helper call cycles (WF3001)", [
  { name: "a helper that calls itself", src: [META, "async function again(n) {", "  return again(n)", "}", "log(await again(1))"], want: ["WF3001 3:10"] },
  {
    name: "mutual, reported from the earliest-declared member",
    src: [META, "async function first() { return second() }", "async function second() { return first() }", "log(await second())"],
    want: ["WF3001 2:33"],
  },
  {
    name: "the same cycle declared in the other order starts at the other helper",
    src: [META, "async function second() { return first() }", "async function first() { return second() }", "log(await first())"],
    want: ["WF3001 2:34"],
  },
  { name: "three helpers in a ring", src: [META, "function a() { return b() }", "function b() { return c() }", "function c() { return a() }", "log(a())"], want: ["WF3001 2:23"] },
  { name: "a helper called from two places is not a cycle", src: [META, "function h(x) { return x }", "function g() { return h(1) + h(2) }", "log(g() + h(3))"], want: [] },
]);

describe("helper call cycles: message", () => {
  it("names the cycle from its earliest-declared member", () => {
    const { diags } = check([META, "async function second() { return first() }", "async function first() { return second() }", "log(await first())"].join("\n"));
    expect(diags.map((d) => d.message)).toEqual(["call cycle: `second` → `first` → `second`"]);
  });
});

table("schemas (WF4001, WF4002, WF4003, WF4004)", [
  { name: "root not an object", src: [META, "const r = await agent('List', { label: 'l', model: 'haiku', schema: { type: 'array', maxItems: 3, items: { type: 'string' } } })", "log(r)"], want: ["WF4001 2:69"] },
  { name: "root without properties", src: [META, "const r = await agent('List', { label: 'l', model: 'haiku', schema: { type: 'object' } })", "log(r)"], want: ["WF4001 2:69"] },
  { name: "required not in properties", src: [META, "const r = await agent('List', { label: 'l', model: 'haiku', schema: { type: 'object', properties: { a: { type: 'string', maxLength: 5 } }, required: ['b'] } })", "log(r.a)"], want: ["WF4002 2:69"] },
  { name: "nested required not in properties", src: [META, "const r = await agent('List', { label: 'l', model: 'haiku', schema: { type: 'object', properties: { o: { type: 'object', properties: {}, required: ['x'] } } } })", "log(r.o)"], want: ["WF4002 2:69"] },
  { name: "unknown type name", src: [META, "const r = await agent('List', { label: 'l', model: 'haiku', schema: { type: 'object', properties: { a: { type: 'text' } } } })", "log(r.a)"], want: ["WF4003 2:69"] },
  { name: "minItems above maxItems", src: [META, "const r = await agent('List', { label: 'l', model: 'haiku', schema: { type: 'object', properties: { a: { type: 'array', minItems: 3, maxItems: 2, items: { type: 'string', maxLength: 5 } } } } })", "log(r.a)"], want: ["WF4003 2:69"] },
  { name: "schema not known before the run", src: [ARGS("s: { type: 'object', properties: {} }"), "const r = await agent('List', { label: 'l', model: 'haiku', schema: args.s })", "log(r)"], want: ["WF4003 2:69"] },
  { name: "reading a field not in the schema", src: [META, "const review = await agent('Review', { label: 'r', model: 'haiku', schema: { type: 'object', properties: { findings: { type: 'array', maxItems: 3, items: { type: 'string', maxLength: 9 } } } } })", "log(review.findngs)"], want: ["WF4004 3:12"], help: "did you mean `findings`?" },
  { name: "a field read through a const schema", src: [META, "const S = { type: 'object', properties: { ok: { type: 'boolean' } } }", "const v = await agent('Check', { label: 'v', model: 'haiku', schema: S })", "log(v.okk)"], want: ["WF4004 4:7"], help: "did you mean `ok`?" },
  { name: "a field of a fan-out's items", src: [META, "const rs = await parallel([1, 2].map((n) => () => agent(`Check ${n}`, { label: 'v', model: 'haiku', schema: { type: 'object', properties: { ok: { type: 'boolean' } } } })))", "log(rs.filter(Boolean).map((r) => r.oky))"], want: ["WF4004 3:37"] },
  { name: "an args field not in a closed schema", src: ["export const meta = { name: 'p', description: 'd', args: { type: 'object', additionalProperties: false, properties: { files: { type: 'array', maxItems: 2, items: { type: 'string', maxLength: 9 } } } } }", "log(args.fles)"], want: ["WF4004 2:10"], help: "did you mean `files`?" },
  { name: "meta.args naming fields without the object schema around them", src: ["export const meta = { name: 'p', description: 'd', args: { files: { type: 'array', maxItems: 2 } } }", "log(args)"], want: ["WF4001 1:58"], help: "wrap them: `args: { type: 'object', properties: { files: … } }`" },
  { name: "meta.args with a required field it does not define", src: ["export const meta = { name: 'p', description: 'd', args: { type: 'object', properties: {}, required: ['files'] } }", "log(args)"], want: ["WF4002 1:58"] },
  { name: "meta.args with an unknown type", src: ["export const meta = { name: 'p', description: 'd', args: { type: 'object', properties: { n: { type: 'int' } } } }", "log(args.n)"], want: ["WF4003 1:58"] },
  { name: "meta.args that is not an object schema is fine", src: ["export const meta = { name: 'p', description: 'd', args: { type: 'array', maxItems: 3, items: { type: 'string', maxLength: 9 } } }", "log(args.length)"], want: [] },
  { name: "a known field is fine", src: [META, "const review = await agent('Review', { label: 'r', model: 'haiku', schema: { type: 'object', properties: { findings: { type: 'array', maxItems: 3, items: { type: 'string', maxLength: 9 } } } } })", "log(review.findings)"], want: [] },
]);

table("budgets and platform caps (WF3201, WF3202, WF3203)", [
  { name: "agents over budget.agents", src: ["export const meta = { name: 'p', description: 'd', budget: { agents: 2 } }", `log(${agentCall("'hi'", "label: 'a', model: 'haiku', maxTokens: 100, attempts: 3")})`], want: ["WF3201 1:60"] },
  { name: "agents within budget.agents", src: ["export const meta = { name: 'p', description: 'd', budget: { agents: 3 } }", `log(${agentCall("'hi'", "label: 'a', model: 'haiku', maxTokens: 100, attempts: 3")})`], want: [] },
  { name: "output tokens over budget.tokens", src: ["export const meta = { name: 'p', description: 'd', budget: { tokens: 250 } }", `log(${agentCall("'hi'", "label: 'a', model: 'haiku', maxTokens: 100, attempts: 3")})`], want: ["WF3201 1:60"] },
  { name: "USD over budget.usd", src: ["export const meta = { name: 'p', description: 'd', budget: { usd: 0.01 } }", `log(${agentCall("'hi'", "label: 'a', model: 'opus', maxTokens: 4000, attempts: 3")})`], want: ["WF3201 1:60"] },
  { name: "all three over at once", src: ["export const meta = { name: 'p', description: 'd', budget: { agents: 1, tokens: 1, usd: 0.0001 } }", `log(${agentCall("'hi'", "label: 'a', model: 'haiku', maxTokens: 100, attempts: 2")})`], want: ["WF3201 1:60", "WF3201 1:60", "WF3201 1:60"] },
  { name: "CI policy maxUsd", src: [META, `log(${agentCall("'hi'", "label: 'a', model: 'opus', maxTokens: 4000, attempts: 3")})`], want: ["WF3201 1:21"], options: { ciBudget: { maxUsd: 0.01 } } },
  { name: "CI policy maxAgents", src: [META, `log(${agentCall("'hi'", "label: 'a', model: 'haiku', maxTokens: 100, attempts: 3")})`], want: ["WF3201 1:21"], options: { ciBudget: { maxAgents: 2 } } },
  {
    name: "more than 1000 agents",
    src: [ARGS("xs: { type: 'array', maxItems: 400, items: { type: 'string', maxLength: 10 } }"), "const r = await parallel(args.xs.map((x) => () => agent(`Do ${x}`, { label: 'd', model: 'haiku', maxTokens: 10 })))", "log(r.length)"],
    want: ["WF3202 1:21"],
  },
  { name: "exactly 1000 agents is fine", src: [ARGS("xs: { type: 'array', maxItems: 500, items: { type: 'string', maxLength: 10 } }"), "const r = await parallel(args.xs.map((x) => () => agent(`Do ${x}`, { label: 'd', model: 'haiku', maxTokens: 10, attempts: 2 })))", "log(r.length)"], want: [] },
  { name: "concurrency above 16", src: ["export const meta = { name: 'p', description: 'd', budget: { concurrency: 17 } }", `log(${agentCall()})`], want: ["WF3203 1:60"] },
  { name: "concurrency 16 is fine", src: ["export const meta = { name: 'p', description: 'd', budget: { concurrency: 16 } }", `log(${agentCall()})`], want: [] },
]);

describe("how budget and width numbers read", () => {
  const messages = (src: string[], options: CompileOptions = {}) => check(src.join("\n") + "\n", options).diags.map((d) => d.message);
  it("below 1 with two significant digits, 1,000 and up with commas", () => {
    const got = messages(["export const meta = { name: 'p', description: 'd', budget: { usd: 0.0001 } }", `log(${agentCall("'hi'", "label: 'a', model: 'haiku', maxTokens: 100, attempts: 2")})`]);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^the worst case uses 0\.0*[1-9]\d USD, over the declared `budget\.usd` of 0\.00010$/);
    const cap = messages([ARGS("xs: { type: 'array', maxItems: 400, items: { type: 'string', maxLength: 10 } }"), "const r = await parallel(args.xs.map((x) => () => agent(`Do ${x}`, { label: 'd', model: 'haiku', maxTokens: 10 })))", "log(r.length)"]);
    expect(cap).toEqual(["the worst case makes 1,200 agent calls; a run may make at most 1,000"]);
  });
  it("a fan-out over the effort cap names the tier only when one is declared", () => {
    const src = (effort: string) => [`export const meta = { name: 'p', description: 'd', ${effort}args: { type: 'object', properties: { xs: { type: 'array', maxItems: 9, items: { type: 'string', maxLength: 10 } } } } }`, "const r = await parallel(args.xs.map((x) => () => agent(`Do ${x}`, { label: 'd', model: 'haiku' })))", "log(r.length)"];
    expect(messages(src("effort: 'low', "))).toEqual(["`parallel` can have 9 items, above the `low` effort tier's cap of 8"]);
    expect(messages(src(""), { effort: "low" })).toEqual(["`parallel` can have 9 items, above the `low` effort tier's cap of 8"]);
    const wide = [ARGS("xs: { type: 'array', maxItems: 2000, items: { type: 'string', maxLength: 10 } }"), "const r = await parallel(args.xs.map((x) => () => agent(`Do ${x}`, { label: 'd', model: 'haiku', maxTokens: 10, attempts: 1 })))", "log(r.length)"];
    expect(messages(wide)).toEqual(["`parallel` can have 2,000 items; a run makes at most 1,000 agent calls"]);
  });
});

describe("nested workflows (WF3001, WF3002, WF3003) across files", () => {
  const dir = mkdtempSync(join(tmpdir(), "wfc-nest-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const plan = (name: string, body: string[]): string => {
    const path = join(dir, `${name}.wf.js`);
    writeFileSync(path, [`export const meta = { name: '${name}', description: 'd' }`, ...body].join("\n") + "\n");
    return path;
  };
  const leaf = plan("leaf", [`log(${agentCall()})`]);
  const mid = plan("mid", ["log(await workflow('leaf', {}))"]);
  const top = plan("top", ["log(await workflow('mid', {}))"]);
  const selfCycle = plan("self", ["log(await workflow('self', {}))"]);
  const ping = plan("ping", ["log(await workflow('pong', {}))"]);
  plan("pong", ["log(await workflow('ping', {}))"]);
  const once = plan("once", ["log(await workflow('leaf', {}))", "log(await workflow('leaf', {}))"]);
  const missing = plan("missing", ["log(await workflow('nope', {}))"]);

  const codes = (path: string, options: CompileOptions = {}): string[] => {
    const c = compileFile(path, options);
    return c.diagnostics.filter((d) => !d.code.startsWith("WF5")).map((d) => {
      const { line, column } = c.file.position(d.span.start);
      return `${d.code} ${line}:${column}`;
    });
  };

  it("one level of nesting is fine", () => {
    expect(codes(mid)).toEqual([]);
    expect(codes(leaf)).toEqual([]);
  });
  it("a nested plan that nests again: WF3002 in the child, compiled one level down", () => {
    expect(codes(mid, { depth: 1 })).toEqual(["WF3002 2:11"]);
  });
  it("…and its parent reports the child's nesting at its own call, with the child's code and line", () => {
    expect(codes(top)).toEqual(["WF3002 2:20"]);
    expect(compileFile(top).diagnostics[0]!.message).toBe("`workflow('leaf')` nests a second level; workflows nest one level at most (in `mid.wf.js:2`)");
  });
  it("a plan that nests itself is a cycle", () => {
    expect(codes(selfCycle)).toEqual(["WF3001 2:20"]);
    expect(compileFile(selfCycle).diagnostics[0]!.message).toBe("workflows call each other in a cycle: `self.wf.js` → `self.wf.js`");
  });
  it("two plans that nest each other are rejected at the first call", () => {
    const c = compileFile(ping);
    expect(c.diagnostics.filter((d) => d.severity === "error").length).toBe(1);
    expect(codes(ping)).toEqual(["WF3001 2:20"]);
  });
  it("two plans that nest each other: the message names the cycle", () => {
    const c = compileFile(ping);
    expect(c.diagnostics[0]!.code).toBe("WF3001");
    expect(c.diagnostics[0]!.message).toBe("workflows call each other in a cycle: `ping.wf.js` → `pong.wf.js` → `ping.wf.js` (in `pong.wf.js:2`)");
  });
  it("a nested plan's worst case is added once per call", () => {
    const leafBounds = compileFile(leaf).bounds!;
    const twice = compileFile(once);
    expect(twice.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(twice.bounds!.agents).toBe(2 * leafBounds.agents);
    expect(twice.bounds!.outputTokens).toBe(2 * leafBounds.outputTokens);
    expect(twice.bounds!.usd).toBeCloseTo(2 * leafBounds.usd, 6);
  });
  it("a missing plan is WF3003 at the name", () => {
    expect(codes(missing)).toEqual(["WF3003 2:20"]);
  });
  it("an unreadable plan file is WF0104, not a stack trace", () => {
    const c = compileFile(join(dir, "does-not-exist.wf.js"));
    expect(c.diagnostics.map((d) => d.code)).toEqual(["WF0104"]);
    expect(c.diagnostics[0]!.message).toContain("does-not-exist.wf.js");
  });
});
