/**
 * The sandbox-escape corpus: every attempt must end the run `failed` with a positioned plan error,
 * and none may touch the host (a canary global, Object.prototype, Array.prototype stay clean).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse } from "../../grammar/parse.js";
import { run } from "./fake-provider.js";

const corpus: [string, string][] = [
  ["Function via [].map.constructor", `[].map.constructor("return process")()`],
  ["constructor of a primitive function", `agent.constructor("return globalThis")()`],
  ["constructor of an arrow", `(() => 1).constructor("return this")()`],
  ["string constructor climbing", `"".constructor.constructor("return process")().exit(1)`],
  ["__proto__ write", `const o = {}; o.__proto__.polluted = 1`],
  ["__proto__ through a computed string", `const o = {}; o["__pro" + "to__"].polluted = 1`],
  ["JSON.parse __proto__ then spread", `const x = JSON.parse('{"__proto__": {"polluted": 1}}'); const y = { ...x }; return y.polluted`],
  ["JSON.parse constructor.prototype", `const x = JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'); return Object.assign({}, x)`],
  ["Object.prototype read", `Object.prototype.polluted = 1`],
  ["prototype of a builtin", `Array.prototype.push = null`],
  ["globalThis", `globalThis.__wfcCanary.touched = true`],
  ["globalThis through a computed string", `const k = "glob" + "alThis"; args[k].__wfcCanary.touched = true`],
  ["process", `process.exit(1)`],
  ["require", `require("fs").writeFileSync("/tmp/x", "y")`],
  ["eval", `eval("process.exit(1)")`],
  ["Function global", `Function("return process")()`],
  ["this", `this.constructor`],
  ["toString trick then climb", "const o = { toString: () => globalThis }; const s = `${o}`; s.constructor"],
  ["valueOf trick then climb", `const o = { valueOf: () => process }; (o + 1).constructor`],
  ["toString on a host function", `Object.keys.toString.call(process)`],
  ["call/apply/bind of builtins", `Object.keys.call(null, globalThis)`],
  ["Reflect", `Reflect.ownKeys(args)`],
  ["Symbol", `args[Symbol.iterator]`],
  ["setTimeout", `setTimeout(() => 1, 0)`],
  ["new Promise", `new Promise((r) => r(1))`],
  ["Math.random", `Math.random()`],
  ["Date.now", `Date.now()`],
  ["new Date() without argument", `new Date()`],
  ["frozen builtin namespace", `Math.abs = () => 1`],
  ["Object.assign onto a builtin", `Object.assign(Math, { abs: 1 })`],
  ["huge repeat", `"x".repeat(1e9)`],
  ["string doubling", `let s = "xxxxxxxx"; for (let i = 0; i < 40; i++) s = s + s`],
  ["huge padStart", `"".padStart(1e9, "ab")`],
  ["huge array", `Array.from({ length: 1e9 })`],
  ["array length write", `const a = []; a.length = 1e9`],
  ["regex DoS: nested quantifier", `/(a+)+$/.test("a".repeat(40) + "!")`],
  ["regex DoS: RegExp constructor", `new RegExp("(x*)*y").test("x".repeat(40))`],
  ["regex DoS: backreference", `/^(a|a)*\\1$/.test("aaaa")`],
  ["infinite loop", `for (;;) {}`],
  ["unbounded while", `let i = 0; while (true) { i++ }`],
  ["recursion", `const f = (n) => f(n + 1); f(0)`],
  ["promise then constructor", `const p = agent("x"); p.then.constructor("return process")()`],
  ["error object constructor", `const e = new Error("x"); e.constructor.constructor("return process")()`],
  ["args mutation", `args.files = []`],
  ["budget mutation", `budget.total = 1e12`],
  ["getter in a literal", `const o = { get x() { return process } }; o.x`],
  ["hasOwnProperty from the prototype", `({}).hasOwnProperty("x")`],
  ["prototype-chain key in 'in'", `if ("__proto__" in {}) {}; ({}).__lookupGetter__("x")`],
];

declare global {
  // eslint-disable-next-line no-var
  var __wfcCanary: { touched: boolean };
}

beforeAll(() => {
  globalThis.__wfcCanary = { touched: false };
});

afterAll(() => {
  delete (globalThis as { __wfcCanary?: unknown }).__wfcCanary;
});

describe("sandbox escape corpus", () => {
  test(`has at least 25 attempts (${corpus.length})`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
  });

  for (const [name, body] of corpus) {
    test(name, async () => {
      // The leading `;` keeps a body that starts with `(`, `[` or `/` from continuing the meta line.
      const text = `export const meta = { name: "t", description: "d" };\n${body}`;
      const { diagnostics } = parse(text);
      if (diagnostics.length > 0) {
        // Rejected before it could run: also safe, but say so.
        expect(diagnostics[0]!.severity).toBe("error");
        return;
      }
      const r = await run(text, { args: { files: ["a"] } });
      expect(r.status).toBe("failed");
      expect(r.error?.message).toMatch(/^plan\.wf\.js:\d+:\d+: /);
      expect(r.error?.message).not.toMatch(/\n\s+at /); // never a stack trace
      expect(globalThis.__wfcCanary.touched).toBe(false);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
      expect(typeof Array.prototype.push).toBe("function");
      expect(typeof Math.abs).toBe("function");
    });
  }
});
