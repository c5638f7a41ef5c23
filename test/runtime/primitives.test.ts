import { describe, expect, test } from "vitest";
import { fakeProvider, run } from "./fake-provider.js";
import type { RunEvent } from "../../runtime/events.js";
import type { RunStore } from "../../runtime/run.js";
import { parse } from "../../grammar/parse.js";
import { indexSites } from "../../compiler/stage-ids.js";

describe("agent()", () => {
  test("returns the provider's text, and the schema object when a schema is given", async () => {
    const provider = fakeProvider({ answer: (req) => (req.schema ? { ok: true, n: 2 } : "plain") });
    const r = await run(
      `const a = await agent("hi")
       const b = await agent("hi", { schema: { type: "object", properties: { ok: { type: "boolean" } } } })
       return [a, b.ok, b.n]`,
      { provider },
    );
    expect(r.status).toBe("completed");
    expect(r.result).toEqual(["plain", true, 2]);
  });

  test("a terminal failure resolves to null and is recorded in the census; the run is degraded", async () => {
    const provider = fakeProvider({ answer: (req) => (req.prompt === "bad" ? { fail: "invalid_request", message: "400 nope" } : "ok") });
    const r = await run(`const a = await agent("bad", { label: "broken" }); const b = await agent("good"); return [a, b]`, { provider });
    expect(r.result).toEqual([null, "ok"]);
    expect(r.status).toBe("degraded");
    expect(r.census).toEqual([{ stageId: "agent:broken", index: [], label: "broken", errorClass: "invalid_request", message: "400 nope", attempts: 1 }]);
    expect(provider.calls.filter((c) => c.prompt === "bad")).toHaveLength(1); // never re-asked
  });

  test("schema mismatches and transient errors are re-asked up to `attempts`, with a rising attempt number", async () => {
    const provider = fakeProvider({ answer: (req) => ((req.attempt ?? 1) < 3 ? { fail: "schema_mismatch" } : { v: 1 }) });
    const r = await run(`return await agent("x", { schema: { type: "object", properties: { v: { type: "number" } } } })`, { provider });
    expect(r.result).toEqual({ v: 1 });
    expect(provider.calls.map((c) => c.attempt)).toEqual([1, 2, 3]);
    expect(r.totals.agents).toBe(3);

    const always = fakeProvider({ answer: () => ({ fail: "overloaded" }) });
    const r2 = await run(`return await agent("x", { attempts: 2 })`, { provider: always });
    expect(r2.result).toBeNull();
    expect(r2.census[0]).toMatchObject({ errorClass: "overloaded", attempts: 2 });
  });

  test("options reach the provider: model alias, maxTokens default from meta.defaults, effort", async () => {
    const provider = fakeProvider();
    await run(
      `export const meta = { name: "t", description: "d", defaults: { maxTokens: 777 } }
       await agent("a", { model: "opus", effort: "high" })
       await agent("b", { maxTokens: 50 })`,
      { provider },
    );
    expect(provider.calls[0]).toMatchObject({ model: "claude-opus-4-8", maxTokens: 777, effort: "high" });
    expect(provider.calls[1]).toMatchObject({ model: "claude-sonnet-4-6", maxTokens: 50 });
  });

  test("an invalid schema root rejects the call with a catchable plan error", async () => {
    const r = await run(`try { await agent("x", { schema: { type: "string" } }) } catch (e) { return e.message }`);
    expect(r.result).toMatch(/schema must be/);
  });

  test("agent() without await holds a promise: two un-awaited agents are in flight together", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const provider = fakeProvider({ delay: () => gate });
    const pending = run(`const a = agent("1"); const b = agent("2"); return [await a, await b]`, { provider });
    await new Promise((r) => setTimeout(r, 20));
    expect(provider.inFlight).toBe(2);
    release();
    expect((await pending).result).toEqual(["answer to 1", "answer to 2"]);
  });
});

describe("parallel()", () => {
  test("is a barrier that never rejects: a throwing thunk gives null and a census record", async () => {
    const r = await run(`
      const rs = await parallel([() => agent("a"), () => { throw new Error("boom") }, async () => 3])
      return rs`);
    expect(r.result).toEqual(["answer to a", null, 3]);
    expect(r.status).toBe("degraded");
    expect(r.census).toEqual([{ stageId: "parallel:rs", index: [1], label: "parallel:rs", errorClass: "plan_error", message: "Error: boom", attempts: 1 }]);
  });

  test("each slot's agents get the slot index", async () => {
    const provider = fakeProvider();
    await run(`await parallel(["x", "y"].map((s) => () => agent(s, { label: "p" })))`, { provider });
    expect(provider.calls.map((c) => [c.stageId, c.index])).toEqual([["parallel/agent:p", [0]], ["parallel/agent:p", [1]]]);
  });
});

describe("pipeline()", () => {
  test("stages get (prev, item, index); a throw or null drops the item and skips later stages", async () => {
    const r = await run(`
      const out = await pipeline([1, 2, 3, 4],
        (x, item, i) => { if (x === 2) throw new Error("two"); return x * 10 + i },
        (y, item) => (item === 3 ? null : y + 1),
        (z) => z + 1000)
      return out`);
    expect(r.result).toEqual([1011, null, null, 1044]);
    expect(r.census).toHaveLength(1);
    expect(r.census[0]).toMatchObject({ stageId: "pipeline:out", index: [1], errorClass: "plan_error" });
  });

  test("no barrier between stages: item 0 reaches stage 2 before item 1 finishes stage 1", async () => {
    const waits = new Map<string, () => void>();
    const provider = fakeProvider({ delay: (req) => (req.prompt === "s1 1" ? new Promise<void>((r) => waits.set("slow", r)) : Promise.resolve()) });
    const pending = run(
      `return await pipeline([0, 1], (x) => agent("s1 " + x, { label: "s1-" + x }), (prev, item) => agent("s2 " + item, { label: "s2-" + item }))`,
      { provider },
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(provider.calls.map((c) => c.prompt)).toEqual(["s1 0", "s1 1", "s2 0"]);
    waits.get("slow")!();
    const r = await pending;
    expect(r.result).toEqual(["answer to s2 0", "answer to s2 1"]);
  });
});

describe("gate()", () => {
  test("drop: a failing value becomes null and is recorded", async () => {
    const r = await run(`return [await gate(5, (v) => v > 3, { onFail: "drop" }), await gate(1, (v) => v > 3, { onFail: "drop", label: "big" })]`);
    expect(r.result).toEqual([5, null]);
    expect(r.rejected).toEqual([{ stageId: "gate:big", index: [], label: "big", errorClass: "gate_failed", message: "gate big: the check failed", attempts: 1 }]);
    // A gate doing its job is not a failure: the run is not degraded by it.
    expect(r.census).toEqual([]);
    expect(r.status).toBe("completed");
  });

  test("abort: the run fails naming the gate", async () => {
    const r = await run(`const v = await gate(1, (v) => ({ pass: v > 3 }), { onFail: "abort", label: "sanity" })\nreturn v`);
    expect(r.status).toBe("failed");
    expect(r.error?.message).toMatch(/^plan\.wf\.js:2:\d+: gate sanity failed \(onFail: 'abort'\)/);
  });

  test("retry: the thunk is re-run until the check passes", async () => {
    const provider = fakeProvider({ answer: (req) => (req.attempt === 1 ? "bad" : "good") });
    const r = await run(`return await gate(() => agent("draft", { label: "draft" }), (v) => v === "good", { onFail: "retry", attempts: 3 })`, { provider });
    expect(r.result).toBe("good");
    expect(provider.calls).toHaveLength(2);
    expect(r.status).toBe("completed");
  });

  test("retry exhausted: null plus a census record", async () => {
    const r = await run(`return await gate(() => 1, (v) => v === 2, { onFail: "retry", attempts: 2, label: "g" })`);
    expect(r.result).toBeNull();
    expect(r.rejected[0]).toMatchObject({ errorClass: "gate_failed", attempts: 2 });
  });

  test("each: every element is checked on its own, by a verifier agent, and the passing ones are kept", async () => {
    const provider = fakeProvider({ answer: (req) => ({ pass: !req.prompt.includes("b") }) });
    const r = await run(
      `const verify = (f) => agent("verify " + f, { label: "verify", schema: { type: "object", properties: { pass: { type: "boolean" } } } })
       return await gate(["a", "b", "c"], verify, { each: true, onFail: "drop", label: "verify" })`,
      { provider },
    );
    expect(r.result).toEqual(["a", "c"]);
    expect(provider.calls.map((c) => [c.stageId, c.index])).toEqual([
      ["gate:verify/call:verify/agent:verify", [0]],
      ["gate:verify/call:verify/agent:verify", [1]],
      ["gate:verify/call:verify/agent:verify", [2]],
    ]);
    expect(r.rejected.map((c) => c.index)).toEqual([[1]]);
  });
});

describe("retry()", () => {
  test("re-runs a throwing or null thunk with exponential backoff through the injected sleep", async () => {
    const sleeps: number[] = [];
    const r = await run(`let n = 0\nreturn await retry(() => { n++; if (n < 3) throw new Error("flaky"); return n }, { attempts: 5, backoffMs: 100, factor: 3 })`, {
      sleep: async (ms) => void sleeps.push(ms),
    });
    expect(r.result).toBe(3);
    expect(sleeps).toEqual([100, 300]);
  });

  test("exhausted: null plus a census record", async () => {
    const sleeps: number[] = [];
    const r = await run(`return await retry(() => null, { attempts: 3 })`, { sleep: async (ms) => void sleeps.push(ms) });
    expect(r.result).toBeNull();
    expect(sleeps).toEqual([1000, 2000]);
    expect(r.census[0]).toMatchObject({ stageId: "retry", errorClass: "retry_exhausted", attempts: 3 });
  });

  test("a retried agent is asked again, not replayed from the first try", async () => {
    const provider = fakeProvider({ answer: (req) => (req.attempt! > 3 ? "fine" : "") });
    const r = await run(`return await retry(async () => (await agent("q")) || null, { attempts: 2 })`, { provider });
    expect(r.result).toBe("fine");
    expect(provider.calls.map((c) => c.attempt)).toEqual([1, 4]);
  });
});

describe("phase, log, args, budget, console", () => {
  test("emit events; args is a frozen copy; budget reports output tokens", async () => {
    const events: RunEvent[] = [];
    const provider = fakeProvider({ outputTokens: 7 });
    const r = await run(
      `phase("Scan")
       log("starting " + args.files.length)
       console.warn("careful")
       await agent("x", { label: "scan", maxTokens: 50 })
       let frozen = "no"
       try { args.files.push("z") } catch (e) { frozen = e.message }
       return { total: budget.total, spent: budget.spent(), remaining: budget.remaining(), frozen }`,
      { provider, args: { files: ["a", "b"] }, budget: { tokens: 100 }, onEvent: (e) => events.push(e) },
    );
    expect(r.result).toMatchObject({ total: 100, spent: 7, remaining: 93 });
    expect((r.result as { frozen: string }).frozen).toMatch(/read-only/);
    expect(events.map((e) => e.type)).toEqual(["run-start", "phase", "log", "log", "agent-start", "agent-end", "run-end"]);
    expect(events.find((e) => e.type === "agent-start")).toMatchObject({ phase: "Scan", label: "scan", stageId: "agent:scan" });
  });
});

describe("workflow()", () => {
  const child = `export const meta = { name: "child", description: "c" }
phase("ignored")
log("in child")
return (await agent("child " + args.x, { label: "inner" })) + "!"`;
  const load = async (name: string) => {
    if (name !== "child") return "no such plan";
    const { program } = parse(child);
    return { path: "child.wf.js", source: child, program, sites: indexSites(program) };
  };

  test("runs a nested plan under the workflow site's id and returns its answer", async () => {
    const provider = fakeProvider();
    const events: RunEvent[] = [];
    const r = await run(`return await workflow("child", { x: 1 })`, { provider, loadWorkflow: load, onEvent: (e) => events.push(e) });
    expect(r.result).toBe("answer to child 1!");
    expect(provider.calls[0]!.stageId).toBe("workflow:child/agent:inner");
    expect(events.filter((e) => e.type === "log").map((e) => (e as { message: string }).message)).toEqual(["[child] in child"]);
    expect(events.some((e) => e.type === "phase")).toBe(false);
  });

  test("nesting deeper than one level is an error; an unknown name too", async () => {
    const deep = `export const meta = { name: "deep", description: "d" }\nreturn await workflow("child", {})`;
    const loadDeep = async (name: string) => {
      const src = name === "deep" ? deep : child;
      const { program } = parse(src);
      return { path: `${name}.wf.js`, source: src, program, sites: indexSites(program) };
    };
    const r = await run(`return await workflow("deep", {})`, { loadWorkflow: loadDeep });
    expect(r.status).toBe("failed");
    expect(r.error?.message).toMatch(/nesting is limited to one level/);
    const r2 = await run(`return await workflow("nope", {})`, { loadWorkflow: load });
    expect(r2.error?.message).toMatch(/workflow\(nope\): no such plan/);
  });
});

describe("replay and errors", () => {
  test("a stored result is replayed without a provider call", async () => {
    const stored = new Map<string, unknown>();
    const store: RunStore = {
      lookup: (k) => (stored.has(k) ? { value: stored.get(k), usage: { inputTokens: 1, outputTokens: 2, cacheReadTokens: 0, cacheWriteTokens: 0 } } : undefined),
      markStarted: () => undefined,
      recordResult: (k, _s, _i, v) => void stored.set(k, v),
      recordFailure: () => undefined,
    };
    const plan = `return await parallel([1, 2].map((i) => () => agent("q" + i)))`;
    const first = fakeProvider();
    await run(plan, { provider: first, store });
    const second = fakeProvider();
    const events: RunEvent[] = [];
    const r = await run(plan, { provider: second, store, onEvent: (e) => events.push(e) });
    expect(second.calls).toHaveLength(0);
    expect(r.result).toEqual(["answer to q1", "answer to q2"]);
    expect(r.totals.replayed).toBe(2);
    expect(events.filter((e) => e.type === "replayed")).toHaveLength(2);
  });

  test("an uncaught plan error fails the run with path:line:col", async () => {
    const r = await run(`const x = null\nconst y = x.field`);
    expect(r.status).toBe("failed");
    expect(r.error).toEqual({ message: "plan.wf.js:3:11: uncaught TypeError: cannot read properties of null (reading 'field')", line: 3, column: 11 });
  });

  test("plan errors are catchable; finally runs; throw of any value", async () => {
    const r = await run(`
      const out = []
      try { undefinedThing() } catch (e) { out.push(e.name) } finally { out.push("f") }
      try { throw { code: 7 } } catch ({ code }) { out.push(code) }
      try { (5)() } catch (e) { out.push(e.message) }
      return out`);
    expect(r.result).toEqual(["ReferenceError", "f", 7, "this expression is not a function (it is number)"]);
  });

  test("throwing a non-error value uncaught names it", async () => {
    const r = await run(`throw { code: 7 }`);
    expect(r.error?.message).toBe('plan.wf.js:2:1: uncaught exception: {"code":7}');
  });
});
