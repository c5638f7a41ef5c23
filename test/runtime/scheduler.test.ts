import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { PriorityScheduler, TaskHeap, priorityFromGraph } from "../../runtime/scheduler.js";
import type { StageGraphJson } from "../../compiler/graph/types.js";
import { fakeProvider, run } from "./fake-provider.js";
import { benchScheduler, criticalPath, fanOutThenChains, planLikeDag, simulate } from "./bench-scheduler.js";

/** Waits a number of microtask turns: a deterministic, clock-free latency. */
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

describe("PriorityScheduler", () => {
  test("starts the highest priority first, ties in arrival order (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 60 }), (priorities) => {
        const s = new PriorityScheduler(1);
        const order: number[] = [];
        let releaseBlocker!: () => void;
        s.submit(0, (r) => (releaseBlocker = r));
        const releases: (() => void)[] = [];
        priorities.forEach((p, i) => s.submit(p, (r) => (order.push(i), releases.push(r))));
        releaseBlocker();
        while (releases.length) releases.shift()!();
        const expected = priorities.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p || a.i - b.i).map((x) => x.i);
        expect(order).toEqual(expected);
        expect(s.counters).toMatchObject({ inFlight: 0, started: priorities.length + 1, completed: priorities.length + 1 });
      }),
    );
  });

  test("the heap pops in (priority desc, seq asc) order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 })), (ps) => {
        const h = new TaskHeap();
        ps.forEach((p, seq) => h.push({ priority: p, seq, start: () => undefined }));
        const out: [number, number][] = [];
        for (let e = h.pop(); e; e = h.pop()) out.push([e.priority, e.seq]);
        expect(out).toEqual(ps.map((p, i) => [p, i] as [number, number]).sort((a, b) => b[0] - a[0] || a[1] - b[1]));
      }),
    );
  });

  test("concurrency is clamped to 1..16", () => {
    expect(new PriorityScheduler(64).concurrency).toBe(16);
    expect(new PriorityScheduler(0).concurrency).toBe(16);
    expect(new PriorityScheduler(3).concurrency).toBe(3);
  });

  test("graph priorities: an agent followed by a long chain outranks an agent with nothing after it", () => {
    const b = (latencyMs: number) => ({ agents: 1, inputTokens: 0, outputTokens: 0, usd: 0, latencyMs, peakConcurrency: 1 });
    const stage = (id: string, parent: string | null, latencyMs: number) => ({ id, parent, bounds: b(latencyMs) });
    const graph = {
      stages: [stage("root", null, 0), stage("fan/agent:x", "fan", 100), stage("fan", "root", 100), stage("chain/agent:a", "chain", 100), stage("chain", "root", 300), stage("after", "root", 500)],
      edges: [{ from: "chain/agent:a", to: "after", kind: "data" }],
    } as unknown as StageGraphJson;
    const p = priorityFromGraph(graph);
    expect(p("chain/agent:a")).toBe(600);
    expect(p("fan/agent:x")).toBe(100);
    expect(p("unknown")).toBe(0);
  });
});

describe("runPlan under the scheduler (properties)", () => {
  test("never more than `concurrency` agents in flight", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 16 }), fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 40 }), async (concurrency, delays) => {
        const provider = fakeProvider({ delay: (req) => turns(delays[req.index[0]!]!) });
        const r = await run(`return await parallel(args.d.map((x, i) => () => agent("a" + i, { label: "a" })))`, { provider, concurrency, args: { d: delays } });
        expect(r.status).toBe("completed");
        expect(provider.maxInFlight).toBeLessThanOrEqual(concurrency);
        expect(r.scheduler.maxInFlight).toBeLessThanOrEqual(concurrency);
        expect(provider.maxInFlight).toBe(Math.min(concurrency, delays.length));
      }),
      { numRuns: 40 },
    );
  });

  test("every agent whose prompt uses another's result starts after that one ends", async () => {
    const dagArb = fc.integer({ min: 2, max: 8 }).chain((n) =>
      fc.tuple(
        fc.tuple(...Array.from({ length: n }, (_, k) => fc.subarray(Array.from({ length: k }, (_, j) => j)))),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
        fc.integer({ min: 1, max: 4 }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(dagArb, async ([deps, delays, concurrency]) => {
        const lines = deps.map((ds, k) => {
          const holes = ds.map((j) => `\${await p${j}}`).join(" ");
          return `const p${k} = (async () => agent(\`n${k} ${holes}\`, { label: "n${k}" }))()`;
        });
        const src = `${lines.join("\n")}\nreturn await Promise.all([${deps.map((_, k) => `p${k}`).join(", ")}])`;
        const provider = fakeProvider({ delay: (req) => turns(delays[Number(req.label.slice(1))]!) });
        const r = await run(src, { provider, concurrency });
        expect(r.status).toBe("completed");
        deps.forEach((ds, k) => {
          const start = provider.log.indexOf(`start n${k}`);
          for (const j of ds) expect(provider.log.indexOf(`end n${j}`)).toBeLessThan(start);
        });
      }),
      { numRuns: 40 },
    );
  });

  test("with one slot, waiting agents start in critical-path priority order", async () => {
    // w1 holds the only slot until every other agent is queued.
    const provider = fakeProvider({ delay: (req) => (req.prompt === "w1" ? new Promise<void>((r) => setTimeout(r, 20)) : Promise.resolve()) });
    const priority = (stageId: string) => (stageId.includes("chain") ? 10 : 1);
    await run(
      `const wide = parallel([1, 2, 3].map((i) => () => agent("w" + i, { label: "wide" })))
       const chain = parallel([() => agent("c", { label: "chain" })])
       return [await wide, await chain]`,
      { provider, concurrency: 1, priorityOf: priority },
    );
    // w1 takes the free slot at once; the chain agent, queued after w2 and w3, starts next.
    expect(provider.calls.map((c) => c.prompt)).toEqual(["w1", "c", "w2", "w3"]);
  });
});

describe("makespan (virtual time)", () => {
  test("critical-path list scheduling stays within Graham's bound of LB on random plan-like DAGs", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 16 }), (seed, m) => {
        const dag = planLikeDag(seed, 30);
        const { cp, work } = criticalPath(dag);
        const lb = Math.max(cp, work / m);
        const ms = simulate(dag, m, "cp");
        expect(ms).toBeGreaterThanOrEqual(lb - 1e-6);
        expect(ms / lb).toBeLessThanOrEqual(2 - 1 / m + 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  test("a wide fan-out listed before serial chains: CP priority beats FIFO", () => {
    const dag = fanOutThenChains(3);
    const { cp, work } = criticalPath(dag);
    const lb = Math.max(cp, work / 16);
    const cpRatio = simulate(dag, 16, "cp") / lb;
    const fifoRatio = simulate(dag, 16, "fifo") / lb;
    expect(cpRatio).toBeLessThan(fifoRatio);
    expect(cpRatio).toBeLessThanOrEqual(1.02);
  });

  test("benchScheduler reports overhead against p-limit and makespan ratios", async () => {
    const b = await benchScheduler({ agents: 1000, repeats: 3, instances: 20 });
    // Numbers, not timings, are asserted: the printed figures are for the report.
    console.log(JSON.stringify(b, null, 1));
    expect(b.fanOut.agents).toBe(1000);
    expect(b.fanOut.ratio).toBeGreaterThan(0);
    expect(b.makespan.fanOutChains.cp).toBeLessThan(b.makespan.fanOutChains.fifo);
    expect(b.makespan.planLike.cpMax).toBeLessThanOrEqual(2 - 1 / 16);
  }, 60_000);
});
