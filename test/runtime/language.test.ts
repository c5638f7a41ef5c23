import { describe, expect, test } from "vitest";
import { run } from "./fake-provider.js";
import { implementedMethods } from "../../runtime/interpreter/members.js";
import { arrayMethods, mapMethods, setMethods, stringMethods } from "../../compiler/globals.js";

/** The plan's final answer, as JSON: `undefined` inside arrays comes back as `null`. */
async function value(body: string): Promise<unknown> {
  const r = await run(body);
  if (r.status === "failed") throw new Error(r.error?.message);
  return r.result;
}

describe("the interpreter runs the language's JavaScript", () => {
  test("scoping: let per iteration, closures, hoisting, TDZ, const", async () => {
    expect(await value(`
      const fs = []
      for (let i = 0; i < 3; i++) fs.push(() => i)
      const hoisted = later(2)
      function later(x) { return x * 10 }
      let tdz = "ok"
      try { (() => y)(); let y = 1 } catch (e) { tdz = e.name }
      let c = "ok"
      try { const k = 1; k = 2 } catch (e) { c = e.message }
      return [fs.map((f) => f()), hoisted, tdz, c]`)).toEqual([[0, 1, 2], 20, "ReferenceError", "assignment to constant `k`"]);
  });

  test("params, destructuring, spread, templates", async () => {
    expect(await value(`
      const f = (a, { b = 2, c: [d, ...e] } = { c: [1, 2, 3] }, ...rest) => [a, b, d, e, rest]
      const [x, , z = 9] = [1, 2]
      const o = { ...{ p: 1 }, q: 2, ["r" + 1]: 3 }
      let m, n
      ;[m, n] = [n, 5]
      return [f(0), f(0, { c: [7] }, 8, 9), x, z, o, \`\${x}+\${z}=\${x + z}\`, [..."ab"], m, n]`)).toEqual([
      [0, 2, 1, [2, 3], []], [0, 2, 7, [], [8, 9]], 1, 9, { p: 1, q: 2, r1: 3 }, "1+9=10", ["a", "b"], null, 5,
    ]);
  });

  test("optional chaining short-circuits the whole chain; nullish and logical assignment", async () => {
    expect(await value(`
      const a = null
      const o = { n: 0, s: "", u: undefined }
      o.n ||= 5; o.s &&= "never"; o.u ??= "set"
      return [a?.b.c.d, a?.b(), o.f?.(), o.n ?? 1, a ?? "d", o]`)).toEqual([null, null, null, 5, "d", { n: 5, s: "", u: "set" }]);
  });

  test("control flow: break/continue/while/finally/top-level return", async () => {
    expect(await value(`
      const out = []
      for (const x of [1, 2, 3, 4, 5]) { if (x === 2) continue; if (x === 4) break; out.push(x) }
      let i = 0
      while (i < 10) { i++ }
      const g = () => { try { return "try" } finally { out.push("fin") } }
      out.push(g())
      if (i === 10) return { out, i }
      return "unreached"`)).toEqual({ out: [1, 3, "fin", "try"], i: 10 });
  });

  test("array methods with sync and async callbacks", async () => {
    expect(await value(`
      const xs = [3, 1, 2]
      const ps = xs.map(async (x) => x * 2)
      const doubled = await Promise.all(ps)
      const sorted = [...xs].sort((a, b) => b - a)
      return [doubled, sorted, xs.filter((x) => x > 1), xs.reduce((s, x) => s + x, 0), xs.find((x) => x < 3),
        xs.findIndex((x) => x === 2), xs.some((x) => x > 2), xs.every((x) => x > 0), [[1], [2, [3]]].flat(),
        xs.flatMap((x) => [x, x]), xs.includes(2), xs.indexOf(9), xs.join("-"), xs.slice(-2), xs.at(-1), ["b", "a"].sort()]`)).toEqual([
      [6, 2, 4], [3, 2, 1], [3, 2], 6, 1, 2, true, true, [1, 2, [3]], [3, 3, 1, 1, 2, 2], true, -1, "3-1-2", [1, 2], 2, ["a", "b"],
    ]);
  });

  test("splice, entries, keys, values and toString behave like JavaScript's", async () => {
    const cases = `
      const a = ["a", "b", "c", "d"]
      const removed = a.splice(1, 2, "x", "y", "z")
      const b = [1, 2, 3]
      const tail = b.splice(-1)
      const c = [1, 2]
      const none = c.splice(5, 1, 9)
      const d = [1, 2, 3]
      const all = d.splice(0)
      const pairs = []
      for (const [i, x] of ["p", "q"].entries()) pairs.push(i + x)
      return [a, removed, b, tail, c, none, d, all, pairs, [..."ab".split("").keys()], [...["u", "v"].values()], [1, [2, 3], null].toString()]`;
    // The same program run by JavaScript itself is the expected answer.
    const expected = JSON.parse(JSON.stringify(new Function(cases)()));
    expect(await value(cases)).toEqual(expected);
  });

  test("the methods the language lists are the methods the runtime implements", () => {
    expect(new Set(implementedMethods.array)).toEqual(arrayMethods);
    expect(new Set(implementedMethods.string)).toEqual(stringMethods);
    expect(new Set(implementedMethods.set)).toEqual(setMethods);
    expect(new Set(implementedMethods.map)).toEqual(mapMethods);
  });

  test("strings, regexes, numbers, JSON, Object, Set, Map, Date", async () => {
    expect(await value(`
      const s = "  Hello, World  ".trim()
      const m = s.match(/(\\w+), (\\w+)/)
      const r = s.replace(/o/g, (x) => x.toUpperCase())
      const set = new Set([1, 2, 2]); set.add(3)
      const map = new Map([["a", 1]]); map.set("b", 2)
      const e = new TypeError("bad")
      return [s.toLowerCase(), s.split(", "), m[2], r, s.startsWith("He"), "7".padStart(3, "0"), (3.14159).toFixed(2),
        JSON.parse(JSON.stringify({ a: [1, { b: null }] })), Object.entries({ x: 1 }), Object.fromEntries([["y", 2]]),
        set.size, set.has(2), map.get("b"), [...map.keys()], e instanceof Error, e instanceof TypeError, \`\${e}\`,
        new Date("2024-01-02T00:00:00Z").toISOString(), typeof nothing, typeof (() => 1), parseInt("42px"), Number("3") + 1,
        Math.max(1, 5), Array.from({ length: 3 }, (_, i) => i * i), String(null), [1, [2, 3]] + ""]`)).toEqual([
      "hello, world", ["Hello", "World"], "World", "HellO, WOrld", true, "007", "3.14", { a: [1, { b: null }] }, [["x", 1]], { y: 2 },
      3, true, 2, ["a", "b"], true, true, "TypeError: bad", "2024-01-02T00:00:00.000Z", "undefined", "function", 42, 4, 5, [0, 1, 4], "null", "1,2,3",
    ]);
  });

  test("promises: then/catch/finally, rejection caught by try/catch", async () => {
    expect(await value(`
      const a = await agent("x").then((v) => v.length)
      const b = await Promise.resolve(1).then(() => { throw new Error("no") }).catch((e) => e.message)
      let c = "none"
      try { await (async () => { throw new RangeError("deep") })() } catch (e) { c = e.name }
      return [a, b, c]`)).toEqual(["answer to x".length, "no", "RangeError"]);
  });

  test("evaluation that needs no wait runs straight through, with JavaScript's async-function order", async () => {
    // The evaluator answers synchronously where nothing waits; an async function must still reject
    // (not throw at its call) and a plan's `await` must still yield, even on a plain value.
    expect(await value(`
      const order = []
      const f = async () => { order.push("f body"); throw new Error("boom") }
      const p = f()
      order.push("after f()")
      let caught = "none"
      try { await p } catch (e) { caught = e.message }
      const g = async () => { order.push("g before await"); await null; order.push("g after await") }
      const q = g()
      order.push("after g()")
      await q
      const squares = [1, 2, 3].map((x) => ({ [\`k\${x}\`]: x * x }))
      return [order, caught, squares]`)).toEqual([
      ["f body", "after f()", "g before await", "after g()", "g after await"], "boom", [{ k1: 1 }, { k2: 4 }, { k3: 9 }],
    ]);
  });
});
