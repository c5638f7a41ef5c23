/**
 * One table per lint rule, RuleTester-style: valid plans produce no diagnostic of the rule's
 * code; invalid ones produce it exactly at the listed `line:col` positions (lines of the snippet;
 * the harness adds a `meta` header line unless the snippet declares its own). Prose is not asserted:
 * the goldens under test/golden/check show it.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { lint, positions } from "./lint.js";
import { rules, ruleFor, runLints, defineRule } from "../../compiler/lints/index.js";
import { Reporter } from "../../compiler/report.js";
import { parse } from "../../grammar/parse.js";
import { indexSites } from "../../compiler/stage-ids.js";
import { codes, codeInfo } from "../../compiler/diagnostics/codes.js";

const HEADER = "export const meta = { name: 't', description: 't' }\n";

interface Table {
  valid: string[];
  /** Snippet and the positions (snippet lines) where the rule must fire. */
  invalid: [string, string[]][];
}

function run(snippet: string, code: string): string[] {
  const own = snippet.includes("export const meta");
  const linted = lint(own ? snippet : HEADER + snippet);
  const errors = linted.diagnostics.filter((d) => d.severity === "error");
  expect(errors.map((d) => `${d.code} ${d.message}`), "the snippet itself must be a valid plan").toEqual([]);
  return positions(linted, code).map((p) => {
    if (own) return p;
    const [line, col] = p.split(":");
    return `${Number(line) - 1}:${col}`;
  });
}

const A = (label: string, extra = "") => `agent('${label} it', { label: '${label}'${extra} })`;

const tables: Record<string, Table> = {
  WF5001: {
    valid: [
      `const draft = await ${A("draft")}\nreturn draft`,
      `const [a, b] = await parallel([() => ${A("a")}, () => ${A("b")}])\nreturn a`,
      `const xs = [1]\nawait gate(xs, (v) => v.length > 0, { onFail: 'abort', label: 'g' })\nreturn xs`,
      `const rs = await parallel(['a'].map((x) => () => ${A("x")}))\nlog(\`\${rs.length} done\`)`,
      `let r = await ${A("r")}\nr = r.trim()\nreturn r`,
      `const f = () => ${A("f")}\nreturn await f()`,
      `phase('Go')\nlog('hi')`,
    ],
    invalid: [
      [`const draft = await ${A("draft")}`, ["1:7"]],
      [`await ${A("summary")}`, ["1:1"]],
      [`async function f() {\n  const c = await ${A("c")}\n  return 1\n}\nreturn f()`, ["2:9"]],
      [`const [a, b] = await parallel([() => ${A("a")}, () => ${A("b")}])`, ["1:7"]],
      [`const xs = [1]\nconst checked = await gate(xs, (v) => v.length > 0, { onFail: 'abort', label: 'g' })`, ["2:7"]],
      [`await parallel([() => ${A("a")}])`, ["1:1"]],
      [`const t = await ${A("t")}.then((x) => x.trim())`, ["1:7"]],
    ],
  },
  WF5002: {
    valid: [
      `const a = await ${A("a")}\nreturn await gate(a, (v) => v.length > 0, { onFail: 'abort', label: 'g' })`,
      `const rs = await parallel([() => ${A("a")}])\nreturn { count: rs.length, ok: rs.some(Boolean) }`,
      `const rs = await pipeline(['x'], (x) => ${A("a")}, (v) => gate(v, (s) => s.length > 0, { onFail: 'drop', label: 'g' }))\nreturn rs.filter(Boolean)`,
      `return { topic: args.topic }`,
      `async function ask() {\n  const a = await ${A("a")}\n  return a\n}\nconst checked = await gate(() => ask(), (v) => v.length > 0, { onFail: 'retry', attempts: 2, label: 'g' })\nreturn checked`,
      `const r = await workflow('other', {})\nreturn r`,
      `const a = await ${A("a")}\nreturn a === 'yes'`,
    ],
    invalid: [
      [`const answer = await ${A("q")}\nreturn answer`, ["2:8"]],
      [`const rs = await parallel([() => ${A("a")}])\nreturn { count: rs.length, items: rs.filter(Boolean) }`, ["2:35"]],
      [`async function ask() { return await ${A("q")} }\nconst a = await ask()\nreturn a`, ["3:8"]],
      [`return await retry(() => ${A("q")}, { attempts: 2 })`, ["1:8"]],
      [`const out = []\nfor (const x of ['a', 'b']) { out.push(await ${A("x")}) }\nreturn out`, ["3:8"]],
      [`const a = await ${A("a")}\nreturn \`answer: \${a}\``, ["2:8"]],
      [`const rs = await parallel([() => ${A("a")}])\nreturn rs.map((r) => r.title)`, ["2:8"]],
    ],
  },
  WF5003: {
    valid: [
      `const a = await ${A("a")}\nconst b = await agent(\`use \${a}\`, { label: 'b' })\nreturn [a, b]`,
      `const a = await ${A("a")}\nfunction p() { return \`use \${a}\` }\nconst b = await agent(p(), { label: 'b' })\nreturn [a, b]`,
      `const a = await ${A("a")}\nconst b = await agent(\`use \${a}\`, { label: 'b' })\nconst c = await agent(\`use \${b}\`, { label: 'c' })\nreturn c`,
      `const a = await ${A("a")}\nlog('a done')\nconst b = await ${A("b")}\nreturn [a, b]`,
      `const [a, b] = await parallel([() => ${A("a")}, () => ${A("b")}])\nreturn [a, b]`,
    ],
    invalid: [
      [`const a = await ${A("a")}\nconst b = await ${A("b")}\nreturn [a, b]`, ["2:7"]],
      [`const a = await ${A("a")}\nconst b = await ${A("b")}\nconst c = await ${A("c")}\nreturn [a, b, c]`, ["2:7"]],
      [`const a = await ${A("a")}\nconst b = await ${A("b")}\nconst c = await agent(\`\${a}\`, { label: 'c' })\nconst d = await ${A("d")}\nreturn [a, b, c, d]`, ["2:7", "4:7"]],
      [`async function f() {\n  const a = await ${A("a")}\n  const b = await ${A("b")}\n  return a + b\n}\nreturn f()`, ["3:9"]],
    ],
  },
  WF5004: {
    valid: [
      `await parallel(['a'].map((x) => () => ${A("x", ", model: 'haiku'")}))`,
      `export const meta = { name: 't', description: 't', defaults: { model: 'haiku' } }\nawait parallel(['a'].map((x) => () => ${A("x")}))`,
      `const a = await ${A("a")}\nreturn a`,
      `const OPTS = { label: 'x', model: 'haiku' }\nawait parallel(['a'].map((x) => () => agent(x, OPTS)))`,
      `function go(opts) { return parallel(['a'].map((x) => () => agent(x, opts))) }\nawait go({ model: 'haiku', label: 'x' })`,
    ],
    invalid: [
      [`await parallel(['a'].map((x) => () => ${A("x")}))`, ["1:39"]],
      [`await pipeline(['a'], (x) => ${A("x")}, (y) => ${A("y", ", model: 'haiku'")})`, ["1:30"]],
      [`await gate(['a'], async (x) => (await ${A("v")}) === 'yes', { each: true, onFail: 'drop', label: 'g' })`, ["1:39"]],
      [`function check(x) {\n  return ${A("c")}\n}\nawait parallel(['a'].map((x) => () => check(x)))`, ["2:10"]],
      // A phase's `model` in meta.phases is a display label (Claude Code): it does not pick the model.
      [`export const meta = { name: 't', description: 't', phases: [{ title: 'P', model: 'haiku' }] }\nphase('P')\nawait parallel(['a'].map((x) => () => ${A("x", ", phase: 'P'")}))`, ["3:39"]],
    ],
  },
  WF5005: {
    valid: [
      `const rs = await parallel([() => ${A("a")}])\nawait agent(\`Summarise \${rs.filter(Boolean).join(', ')}\`, { label: 's' })`,
      `const S = { type: 'object', properties: { summary: { type: 'string', maxLength: 100 } } }\nconst p = await agent('plan', { label: 'p', schema: S })\nawait agent(\`Do \${p.summary}\`, { label: 'd' })\nawait agent(\`Do \${JSON.stringify(p)}\`, { label: 'e' })`,
      `const t = await ${A("t")}\nawait agent(\`Improve \${t}\`, { label: 'i' })`,
      `const xs = ['a']\nawait agent(\`There are \${xs.length}\`, { label: 'n' })`,
      `function prompt(x) { return \`Review \${x}\` }\nawait agent(prompt(['a']), { label: 'r' })`,
      `export const meta = { name: 't', description: 't', args: { type: 'object', properties: { topic: { type: 'string', maxLength: 50 } } } }\nawait agent(\`About \${args.topic}\`, { label: 'a' })`,
    ],
    invalid: [
      [`const rs = await parallel([() => ${A("a")}])\nawait agent(\`Summarise \${rs}\`, { label: 's' })`, ["2:26"]],
      [`await agent(\`Input: \${args}\`, { label: 's' })`, ["1:23"]],
      [`export const meta = { name: 't', description: 't', args: { type: 'object', properties: { files: { type: 'array', maxItems: 5, items: { type: 'string' } } } } }\nawait agent(\`Files: \${args.files}\`, { label: 'a' })`, ["2:23"]],
      [`const S = { type: 'object', properties: { steps: { type: 'array', maxItems: 5, items: { type: 'string' } } } }\nconst p = await agent('plan', { label: 'p', schema: S })\nawait agent(\`Do \${p}\`, { label: 'd' })\nawait agent(\`Do \${p.steps}\`, { label: 'e' })`, ["3:19", "4:19"]],
      [`const LIST = ['a', 'b']\nconst prompt = \`Pick from \${LIST}\`\nawait agent(prompt, { label: 'p' })`, ["2:29"]],
      [`const rs = await parallel([() => ${A("a")}])\nfunction prompt() { return \`All: \${rs}\` }\nawait agent(prompt(), { label: 'p' })`, ["2:36"]],
    ],
  },
  WF5006: {
    valid: [
      `const files = ['a', 'b']\nconst shown = files.slice(0, 1)\nif (files.length > shown.length) log(\`using \${shown.length} of \${files.length}\`)`,
      `const xs = ['a', 'b']\nconst ys = xs.slice(0, -1)\nconst zs = xs.slice(1)\nreturn [ys, zs]`,
      `const xs = ['a', 'b']\nconst n = xs.length - 1\nreturn xs.slice(0, n)`,
      `const xs = ['a', 'b']\nlog(\`first: \${xs.slice(0, 1).join(', ')}\`)`,
      `export const meta = { name: 't', description: 't', args: { type: 'object', properties: { files: { type: 'array', maxItems: 50, items: { type: 'string' } } } } }\nconst shown = args.files.slice(0, 10)\nconsole.log(\`\${args.files.length} files\`)\nreturn shown`,
    ],
    invalid: [
      [`const files = ['a', 'b']\nconst shown = files.slice(0, 1)\nreturn shown`, ["2:15"]],
      [`const files = ['a', 'b']\nconst other = ['c']\nconst shown = files.slice(0, 1)\nlog(\`\${other.length}\`)\nreturn shown`, ["3:15"]],
      [`const CAP = 5\nconst files = ['a', 'b']\nfunction cap(xs) { return xs.slice(0, CAP) }\nlog(\`\${files.length}\`)\nreturn cap(files)`, ["3:27"]],
    ],
  },
  WF5007: {
    valid: [
      `phase('Anything')`,
      `export const meta = { name: 't', description: 't', phases: [{ title: 'Review' }] }\nphase('Review')\nawait agent('x', { label: 'x', phase: 'Review' })`,
    ],
    invalid: [
      [`export const meta = { name: 't', description: 't', phases: [{ title: 'Review' }] }\nphase('Review')\nphase('Reveiw')`, ["3:7"]],
      [`export const meta = { name: 't', description: 't', phases: [{ title: 'Review' }] }\nphase('Review')\nawait agent('x', { label: 'x', phase: 'Ship' })`, ["3:39"]],
    ],
  },
  WF5008: {
    valid: [
      `export const meta = { name: 't', description: 't', phases: [{ title: 'A' }, { title: 'B' }] }\nphase('A')\nawait agent('x', { label: 'x', phase: 'B' })`,
      `export const meta = { name: 't', description: 't', phases: [{ title: 'A' }, { title: 'B' }] }\nfor (const p of ['A', 'B']) phase(p)`,
      `phase('A')`,
    ],
    invalid: [
      [`export const meta = { name: 't', description: 't', phases: [{ title: 'A' }, { title: 'B' }] }\nphase('A')`, ["1:77"]],
    ],
  },
  WF5009: {
    valid: [
      `for (const x of ['a', 'b']) await agent(x, { label: 'review' })`,
      `await parallel(['a', 'b'].map((x) => () => agent(x, { label: 'review' })))`,
      `const a = await ${A("a")}\nconst b = await agent(\`\${a}\`, { label: 'b' })\nreturn b`,
    ],
    invalid: [
      [`const a = await ${A("r")}\nconst b = await agent(\`\${a}\`, { label: 'r' })\nreturn b`, ["2:40"]],
      [`const x = 'a'\nconst a = await agent(x, { label: \`r-\${x}\` })\nconst b = await agent(\`\${a}\`, { label: \`r-\${a}\` })\nreturn b`, ["3:40"]],
    ],
  },
  WF5010: {
    valid: [
      `const S = { type: 'object', properties: { a: { type: 'string', maxLength: 9 } } }\nconst r = await agent('x', { label: 'x', schema: S })\nreturn r`,
      `return JSON.parse(args.json)`,
      `function parseIt(x) { return JSON.parse(x) }\nreturn parseIt('{}')`,
    ],
    invalid: [
      [`const raw = await ${A("x")}\nreturn JSON.parse(raw)`, ["2:8"]],
      [`const raw = await ${A("x")}\nreturn JSON.parse(raw.trim().replace('x', ''))`, ["2:8"]],
      [`return JSON.parse(await ${A("x")})`, ["1:8"]],
    ],
  },
  WF5011: {
    valid: [
      `const rs = await parallel([() => ${A("a")}])\nreturn rs.filter(Boolean).map((r) => r.title)`,
      `const rs = await parallel([() => ${A("a")}])\nreturn rs.map((r) => r?.title)`,
      `const rs = await parallel([() => ${A("a")}])\nreturn rs.map((r) => r && r.title)`,
      `const rs = await parallel([() => ${A("a")}])\nfor (const r of rs) {\n  if (!r) continue\n  log(r.title)\n}`,
      `const [a, b] = await parallel([() => ${A("a")}, () => ${A("b")}])\nreturn a ? a.title : b?.title`,
      `const rs = await parallel([() => ${A("a")}])\nreturn rs.map((r) => r)`,
      `const rs = await parallel([() => ${A("a")}])\nreturn rs.filter(Boolean).length`,
      `let rs = await parallel([() => ${A("a")}])\nrs = rs.filter(Boolean)\nreturn rs.map((r) => r.title)`,
    ],
    invalid: [
      [`const rs = await parallel([() => ${A("a")}])\nreturn rs.map((r) => r.title)`, ["2:22"]],
      [`const rs = await parallel([() => ${A("a")}])\nfor (const r of rs) log(r.title)`, ["2:25"]],
      [`const rs = await parallel([() => ${A("a")}])\nreturn rs[0].title`, ["2:8"]],
      [`const [a, b] = await parallel([() => ${A("a")}, () => ${A("b")}])\nreturn a.title + b`, ["2:8"]],
      [`const rs = await pipeline(['x'], (x) => ${A("a")})\nreturn rs.sort((p, q) => p.n - q.n)`, ["2:26", "2:32"]],
      [`const rs = await parallel([() => ${A("a")}])\nreturn rs.filter((r) => r.ok)`, ["2:25"]],
    ],
  },
  WF5012: {
    valid: [
      `const a = await ${A("a")}\nreturn a`,
      `function go(opts) { return agent('x', opts) }\nreturn await go({ label: 'x' })`,
    ],
    invalid: [
      [`const a = await agent('x')\nreturn a`, ["1:17"]],
      [`const a = await agent('x', { model: 'haiku' })\nreturn a`, ["1:17"]],
    ],
  },
  WF5013: {
    valid: [
      `const S = { type: 'object', properties: { xs: { type: 'array', maxItems: 3, items: { type: 'string' } } } }\nreturn await agent('x', { label: 'x', schema: S })`,
      `export const meta = { name: 't', description: 't', args: { type: 'object', properties: { xs: { type: 'array', items: { type: 'string' } } } } }\nreturn args.xs.length`,
      `const S = { type: 'object', properties: { kind: { type: 'string', enum: ['array', 'object'] } } }\nreturn await agent('x', { label: 'x', schema: S })`,
    ],
    invalid: [
      [`const S = { type: 'object', properties: { xs: { type: 'array', items: { type: 'string' } } } }\nreturn await agent('x', { label: 'x', schema: S })`, ["1:43"]],
      [`const ITEM = { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } } }\nconst S = { type: 'object', properties: { xs: { type: 'array', maxItems: 3, items: ITEM } } }\nreturn await agent('x', { label: 'x', schema: S })`, ["1:46"]],
      [`const S = { type: 'object', properties: { m: { type: 'array', items: { type: 'array', maxItems: 2, items: { type: 'string' } } } } }\nreturn await agent('x', { label: 'x', schema: S })`, ["1:43"]],
    ],
  },
  WF5014: {
    valid: [
      `try {\n  return await ${A("a")}\n} catch (e) {\n  log(\`a failed: \${e.message}\`)\n  return null\n}`,
      `try {\n  return await ${A("a")}\n} catch (e) {\n  throw new Error('a failed')\n}`,
      `try {\n  return await ${A("a")}\n} catch (e) {\n  return 'fallback'\n}`,
    ],
    invalid: [
      [`try {\n  return await ${A("a")}\n} catch (e) {\n}`, ["3:3"]],
      [`try {\n  return await ${A("a")}\n} catch {\n  return null\n}`, ["3:3"]],
      [`for (const x of ['a']) {\n  try {\n    await agent(x, { label: 'x' })\n  } catch (e) { continue }\n}`, ["4:5"]],
    ],
  },
};

describe("lint rule tables", () => {
  for (const rule of rules) {
    const table = tables[rule.code];
    describe(`${rule.code} ${rule.name}`, () => {
      it("has a table", () => expect(table).toBeDefined());
      if (!table) return;
      table.valid.forEach((src, i) => {
        it(`valid #${i + 1}`, () => expect(run(src, rule.code)).toEqual([]));
      });
      table.invalid.forEach(([src, at], i) => {
        it(`invalid #${i + 1} at ${at.join(", ")}`, () => expect(run(src, rule.code)).toEqual(at));
      });
    });
  }
});

describe("rule metadata", () => {
  it("lists 14 rules in code order with unique names", () => {
    expect(rules.map((r) => r.code)).toEqual(Array.from({ length: 14 }, (_, i) => `WF50${String(i + 1).padStart(2, "0")}`));
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
    for (const r of rules) expect(r.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  for (const rule of rules) {
    it(`${rule.code} doc has examples and matches the file's doc comment`, () => {
      expect(rule.doc.trim().length).toBeGreaterThan(80);
      expect(rule.doc).toMatch(/^@example invalid /m);
      expect(rule.doc).toMatch(/^@example valid /m);
      const text = readFileSync(new URL(`../../compiler/lints/${rule.name}.ts`, import.meta.url), "utf8");
      const comment = /\/\*\*\n([\s\S]*?)\n \*\//.exec(text)?.[1] ?? "";
      const stripped = comment.split("\n").map((l) => l.replace(/^ \* ?/, "")).join("\n");
      expect(stripped).toBe(rule.doc);
    });
  }

  it("agrees with the code table", () => {
    for (const r of rules) {
      const info = codeInfo(r.code);
      expect(info, `${r.code} has no row in the code table`).toBeDefined();
      expect({ name: info!.name, severity: info!.severity }).toEqual({ name: r.name, severity: "warning" });
    }
    const lintCodes = Object.keys(codes).filter((c) => /^WF50\d\d$/.test(c));
    for (const c of lintCodes) expect(ruleFor(c), `${c} in the code table has no rule`).toBeDefined();
  });

  it("finds rules by code or name", () => {
    expect(ruleFor("WF5001")?.name).toBe("unused-result");
    expect(ruleFor("silent-cap")?.code).toBe("WF5006");
    expect(ruleFor("WF9999")).toBeUndefined();
  });
});

describe("runLints", () => {
  const src = HEADER + "const a = await agent('x')\n";
  it("turns a rule off or raises it to an error", () => {
    expect(positions(lint(src), "WF5012")).toEqual(["2:17"]);
    expect(lint(src, { WF5012: "off" }).diagnostics.some((d) => d.code === "WF5012")).toBe(false);
    expect(lint(src, { "missing-label": "error" }).diagnostics.find((d) => d.code === "WF5012")?.severity).toBe("error");
  });

  it("reports a throwing rule as one internal error and runs the others", () => {
    const program = parse(src).program;
    const r = new Reporter();
    const broken = defineRule({ code: "WF5999", name: "broken", doc: "", check: () => { throw new Error("boom"); } });
    runLints({ program, source: src, sites: indexSites(program) }, r, {}, [broken, ruleFor("WF5012")!]);
    expect(r.diagnostics.map((d) => `${d.code} ${d.severity}`)).toEqual(["WF9001 error", "WF5012 warning"]);
    expect(r.diagnostics[0]!.message).toContain("`broken`");
  });
});
