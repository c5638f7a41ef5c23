import { expect, test } from "vitest";
import type { StageGraphJson } from "../../compiler/graph/types.js";
import type { RunEvent } from "../../runtime/events.js";
import { fakeProvider, run } from "./fake-provider.js";

const fanOut = `return await parallel([1, 2, 3, 4, 5, 6, 7, 8].map((i) => () => agent("task " + i, { label: "t", maxTokens: 100 })))`;
const tick = () => new Promise<void>((r) => setTimeout(r, 1));

test("token budget: no new agent starts once the next could exceed it; in-flight agents finish; the run fails naming the budget", async () => {
  const provider = fakeProvider({ outputTokens: 100, delay: tick });
  const events: RunEvent[] = [];
  const r = await run(fanOut, { provider, concurrency: 2, budget: { tokens: 450 }, onEvent: (e) => events.push(e) });
  expect(r.status).toBe("failed");
  expect(r.error?.message).toMatch(/^plan\.wf\.js:2:\d+: token budget: starting parallel\/agent:t \(maxTokens 100\) could exceed the budget of 450 output tokens/);
  expect(r.totals.outputTokens).toBeLessThanOrEqual(450);
  expect(provider.calls.length).toBeLessThan(8);
  // Every agent that started also ended, before the run ended.
  const starts = events.filter((e) => e.type === "agent-start").length;
  const ends = events.filter((e) => e.type === "agent-end").length;
  expect(ends).toBe(starts);
  expect(events.at(-1)?.type).toBe("run-end");
  expect(provider.inFlight).toBe(0);
  // At the moment the budget stopped the run, one agent was still in flight; it finished afterwards.
  const endsAfterLastStart = events.slice(events.map((e) => e.type).lastIndexOf("agent-start") + 1).filter((e) => e.type === "agent-end");
  expect(endsAfterLastStart.length).toBeGreaterThanOrEqual(2);
});

test("USD budget stops the run the same way", async () => {
  const provider = fakeProvider({ outputTokens: 100 });
  const r = await run(fanOut, { provider, concurrency: 1, budget: { usd: 0.004 } });
  expect(r.status).toBe("failed");
  expect(r.error?.message).toMatch(/USD budget: starting parallel\/agent:t .* could exceed the budget of \$0\.004/);
  expect(r.totals.usd).toBeLessThanOrEqual(0.004);
});

test("the run never makes more agent calls than the graph's proven bound", async () => {
  const graph = { bounds: { agents: 3, inputTokens: 0, outputTokens: 1e9, usd: 0, latencyMs: 0, peakConcurrency: 1 }, stages: [], edges: [] } as unknown as StageGraphJson;
  const provider = fakeProvider();
  const r = await run(fanOut, { provider, graph, concurrency: 1 });
  expect(provider.calls).toHaveLength(3);
  expect(r.status).toBe("failed");
  expect(r.error?.message).toMatch(/proven bound of 3 agent calls/);
});

test("the run never spends more output tokens than the graph's proven bound", async () => {
  // Each agent uses its whole maxTokens (100 here); the bound allows two of them.
  const graph = { bounds: { agents: 1000, inputTokens: 0, outputTokens: 2 * 100, usd: 0, latencyMs: 0, peakConcurrency: 1 }, stages: [], edges: [] } as unknown as StageGraphJson;
  const provider = fakeProvider({ outputTokens: 100 });
  const r = await run(fanOut, { provider, graph, concurrency: 1 });
  expect(provider.calls).toHaveLength(2);
  expect(r.status).toBe("failed");
  expect(r.error?.message).toMatch(/token budget/);
});

test("a plan cannot catch a budget stop", async () => {
  const r = await run(`try { await agent("a", { maxTokens: 100 }); await agent("b", { maxTokens: 100 }) } catch (e) { return "caught" }`, {
    budget: { tokens: 150 },
    provider: fakeProvider({ outputTokens: 100 }),
  });
  expect(r.status).toBe("failed");
  expect(r.result).toBeUndefined();
  expect(r.error?.message).toMatch(/token budget/);
});

test("an uncaught plan error starts no queued agent; in-flight ones finish", async () => {
  const provider = fakeProvider({ delay: tick });
  const r = await run(
    `const all = parallel([1, 2, 3, 4, 5, 6].map((i) => () => agent("q" + i, { label: "q" })))
     const x = null
     return x.boom`,
    { provider, concurrency: 2 },
  );
  expect(r.status).toBe("failed");
  expect(r.error?.message).toMatch(/reading 'boom'/);
  expect(provider.calls).toHaveLength(2);
  expect(provider.inFlight).toBe(0);
});

test("an external stop signal ends the run failed", async () => {
  const controller = new AbortController();
  const provider = fakeProvider({ delay: async () => { controller.abort(); await tick(); } });
  const r = await run(fanOut, { provider, concurrency: 1, signal: controller.signal });
  expect(r.status).toBe("failed");
  expect(r.error?.message).toMatch(/the run was stopped/);
  expect(provider.calls).toHaveLength(1);
});

test("an external stop aborts the signals of the calls in flight, whether or not they were read before the stop", async () => {
  const controller = new AbortController();
  const readEarly: AbortSignal[] = [];
  let calls = 0;
  const provider = fakeProvider({
    delay: async (req) => {
      // The first call reads its signal before the stop, the second only after it.
      if (++calls === 1) readEarly.push(req.signal);
      if (calls === 2) controller.abort();
      await tick();
    },
  });
  const r = await run(fanOut, { provider, concurrency: 2, signal: controller.signal });
  expect(r.status).toBe("failed");
  expect(provider.calls).toHaveLength(2);
  expect(readEarly[0]!.aborted).toBe(true);
  expect(provider.calls.every((q) => q.signal.aborted)).toBe(true);
});

test("an agent promise the plan never awaits may be rejected by a stop or bad options without an unhandled rejection", async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  try {
    const plan = `const bad = agent("x", 5)\nconst a = agent("a", { label: "a" })\nconst b = agent("b", { label: "b" })\nreturn await a`;
    const r = await run(plan, { budget: { agents: 1 }, concurrency: 1 });
    expect(r.status).toBe("failed");
    expect(r.error?.message).toMatch(/agent budget/);
    await tick();
    expect(unhandled).toEqual([]);
  } finally {
    process.off("unhandledRejection", onUnhandled);
  }
});
