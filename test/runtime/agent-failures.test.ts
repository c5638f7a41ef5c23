// How an agent call ends when something other than the model fails: the provider throws or rejects,
// the answer cannot enter the sandbox, the journal refuses the call. In every case the slot is given
// back (the run ends, later agents run) and the failure lands where docs/runtime.md says.
import { describe, expect, test } from "vitest";
import { fakeProvider, run } from "./fake-provider.js";
import type { Provider } from "../../runtime/providers/types.js";
import type { RunStore } from "../../runtime/run.js";

describe("agent() when the provider or the journal fails", () => {
  test("a provider that throws synchronously fails the run as an internal error", async () => {
    const provider: Provider = { name: "throws", simulated: true, call: () => { throw new Error("boom"); } };
    const r = await run(`const a = await agent('x', { label: 'a' }); return a`, { provider, concurrency: 1 });
    expect(r.status).toBe("failed");
    expect(r.error?.message).toBe("plan.wf.js: internal error in wfc: boom");
    expect(r.totals.agents).toBe(1);
  });

  test("a provider whose promise rejects quarantines the call: null plus a census record, never re-asked", async () => {
    let calls = 0;
    const provider: Provider = { name: "rejects", simulated: true, call: async () => { calls++; throw new Error("kaput"); } };
    const r = await run(`const a = await agent('x', { label: 'a', attempts: 3 }); const b = await agent('y', { label: 'b', attempts: 3 }); return [a, b]`, { provider, concurrency: 1 });
    expect(r.status).toBe("degraded");
    expect(r.result).toEqual([null, null]);
    expect(calls).toBe(2);
    expect(r.census.map((c) => [c.label, c.errorClass, c.message, c.attempts])).toEqual([
      ["a", "internal", "provider threw: kaput", 1],
      ["b", "internal", "provider threw: kaput", 1],
    ]);
  });

  test("an answer with a forbidden key is a catchable plan error at the await, and the next agent still runs", async () => {
    const provider = fakeProvider({ answer: (req) => (req.label === "bad" ? JSON.parse('{"constructor": 1}') : "fine") });
    const r = await run(
      `let caught
       try { await agent('x', { label: 'bad' }) } catch (e) { caught = e.message }
       return [caught, await agent('y', { label: 'good' })]`,
      { provider, concurrency: 1 },
    );
    expect(r.status).toBe("completed");
    expect(r.result).toEqual(["the key `constructor` is not allowed in plan data", "fine"]);
  });

  test("a journal that refuses a call right before it is sent fails the run, and nothing was asked", async () => {
    const provider = fakeProvider();
    const store: RunStore = {
      lookup: () => undefined,
      markStarted: () => undefined,
      recordResult: () => undefined,
      recordFailure: () => undefined,
      beforeCall: () => {
        throw new Error("the lease was lost");
      },
    };
    const r = await run(`return await parallel([1, 2, 3].map((i) => () => agent('x' + i, { label: 'a' })))`, { provider, store, concurrency: 2 });
    expect(r.status).toBe("failed");
    expect(r.error?.message).toBe("plan.wf.js: internal error in wfc: the lease was lost");
    expect(provider.calls).toHaveLength(0);
  });
});
