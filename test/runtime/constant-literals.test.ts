// The evaluator's shortcut for constant object literals (`{ label: 'x', maxTokens: 256 }`: plain keys,
// literal values; ConstantObject in runtime/interpreter/evaluate.ts) and agent()'s options read once
// per such literal (agentOptions in primitives.ts). Each test runs the shortcut next to the general
// walk (the same literal with one value computed, which the shortcut does not take) and expects the
// same outcome, so a shortcut that changed behaviour fails here.
import { afterEach, describe, expect, test } from "vitest";
import { fakeProvider, run } from "./fake-provider.js";
import type { RunEvent } from "../../runtime/events.js";
import { LIMITS } from "../../runtime/interpreter/values.js";

const maxSteps = LIMITS.maxSteps;
afterEach(() => {
  LIMITS.maxSteps = maxSteps;
});

describe("constant object literals", () => {
  test("evaluate to a fresh, writable object every time", async () => {
    const r = await run(`
      const xs = []
      for (const i of [1, 2, 3]) xs.push({ a: 1, 'b': 'two', 3: null, d: true })
      xs[0].a = 9
      delete xs[1].d
      const target = Object.assign({ a: 1 }, { b: 2 })
      return [xs, xs[0] === xs[2], target, Object.keys(xs[2])]`);
    expect(r.error).toBeUndefined();
    expect(r.result).toEqual([
      [
        { a: 9, b: "two", 3: null, d: true },
        { a: 1, b: "two", 3: null },
        { a: 1, b: "two", 3: null, d: true },
      ],
      false,
      { a: 1, b: 2 },
      ["3", "a", "b", "d"],
    ]);
  });

  test("a repeated or forbidden key behaves as in the walk", async () => {
    const dup = await run(`return { a: 1, a: 2 }`);
    expect(dup.result).toEqual({ a: 2 });
    const forbidden = await run(`const o = { a: 1, __proto__: 2 }; return o`);
    const walked = await run(`const o = { a: 1, __proto__: x }; return o`);
    expect(forbidden.status).toBe("failed");
    expect(forbidden.error?.message).toBe(walked.error?.message.replace("x is not defined", "access to `__proto__` is not allowed in plans"));
  });

  test("count the same evaluation steps, and stop at the same node, as the walk", async () => {
    // `c: 3` and `c: x` sit at the same column, so a stop inside either literal reads the same.
    const plan = (c: string) => `const x = 3
      const before = 1
      const o = { a: 1, b: 'b', c: ${c} }
      const p = await agent('p', { label: 'l', maxTokens: ${c} })
      return [o, p]`;
    const outcome = async (c: string) => {
      const r = await run(plan(c));
      return { status: r.status, error: r.error?.message, result: r.result };
    };
    LIMITS.maxSteps = 1_000;
    expect(await outcome("3")).toEqual(await outcome("x"));
    // Every budget from "stops before the first literal" to "runs to the end".
    for (let steps = 4; steps <= 30; steps++) {
      LIMITS.maxSteps = steps;
      expect({ steps, ...(await outcome("3")) }).toEqual({ steps, ...(await outcome("x")) });
    }
  });
});

describe("agent() options written as a constant literal", () => {
  const options = `label: 'review', model: 'haiku', maxTokens: 77, attempts: 2, timeoutMs: 5000, effort: 'low', isolation: 'worktree', agentType: 'critic', phase: 'Review', inputTokens: 9000`;

  test("reach the provider, the events and the census exactly as options computed at run time", async () => {
    const observe = async (plan: string) => {
      const events: RunEvent[] = [];
      const provider = fakeProvider({ answer: (req, n) => (n === 0 ? { fail: "overloaded" } : `ok ${req.prompt}`) });
      // A stopped clock, so that times compare; deadlines are wall-clock time.
      const r = await run(plan, { provider, onEvent: (e) => events.push(e), now: () => 0 });
      return { result: r.result, status: r.status, totals: r.totals, perStage: r.perStage, calls: provider.calls.map((c) => ({ ...c, deadline: 0 })), events };
    };
    const constant = await observe(`return await parallel([1, 2].map((i) => () => agent(\`item \${i}\`, { ${options} })))`);
    const computed = await observe(`const five = 5000\nreturn await parallel([1, 2].map((i) => () => agent(\`item \${i}\`, { ${options.replace("5000", "five")} })))`);
    expect(constant.result).toEqual(["ok item 1", "ok item 2"]);
    expect(constant.calls[0]).toMatchObject({ label: "review", model: "claude-haiku-4-5", maxTokens: 77, effort: "low", system: "You are running as the `critic` agent type." });
    expect(constant).toEqual(computed);
  });

  test("that are invalid raise a catchable error at every call", async () => {
    const r = await run(`
      const errors = []
      for (const i of [1, 2]) {
        try { await agent('x', { label: 'bad', maxTokens: 0 }) } catch (e) { errors.push(e.message) }
      }
      return errors`);
    expect(r.result).toEqual(["option `maxTokens` must be a number from 1 to 1000000, got 0", "option `maxTokens` must be a number from 1 to 1000000, got 0"]);
  });

  test("are read from the options object itself when agent() is not called at the literal", async () => {
    // Here the literal is map's second argument, and agent() gets (item, index, array).
    const r = await run(`return await parallel(['a'].map((p) => () => Promise.all(['p'].map(agent, { label: 'x' }))))`);
    expect(r.error?.message ?? r.census[0]?.message).toMatch(/options must be an object/);
    // An options object the plan holds is read at each call, as it is then.
    const provider = fakeProvider();
    await run(`const o = { label: 'a' }; await agent('x', o); o.label = 'b'; await agent('y', o)`, { provider });
    expect(provider.calls.map((c) => c.label)).toEqual(["a", "b"]);
  });
});
