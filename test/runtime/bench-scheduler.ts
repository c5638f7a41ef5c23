/**
 * Scheduler benchmarks. `benchScheduler()` measures
 *  (a) orchestration overhead: a 1,000-agent fan-out through `runPlan` with a provider that answers
 *      at once, against a hand-written p-limit + Promise.all loop making the same 1,000 provider
 *      calls (the baseline the design names);
 *  (b) makespan quality in virtual time: list scheduling through the real `PriorityScheduler` on
 *      seeded random plan-like DAGs and on "a wide fan-out listed before long serial chains",
 *      critical-path priority vs FIFO, each against LB = max(critical path, work / slots).
 */
import pLimit from "p-limit";
import { parse } from "../../grammar/parse.js";
import { indexSites } from "../../compiler/stage-ids.js";
import { PriorityScheduler, TaskHeap } from "../../runtime/scheduler.js";
import { runPlan } from "../../runtime/run.js";
import type { AgentOutcome, AgentRequest, Provider } from "../../runtime/providers/types.js";

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lognormal(rng: () => number, mean: number, sigma: number): number {
  const u = Math.max(rng(), 1e-12);
  const v = rng();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return mean * Math.exp(sigma * z - (sigma * sigma) / 2);
}

/** A DAG of agent tasks in the order a plan lists them. */
export interface Dag {
  latency: number[];
  deps: number[][];
}

export function criticalPath(dag: Dag): { bottom: number[]; cp: number; work: number } {
  const n = dag.latency.length;
  const succ: number[][] = Array.from({ length: n }, () => []);
  dag.deps.forEach((ds, i) => ds.forEach((d) => succ[d]!.push(i)));
  const bottom = new Array<number>(n).fill(0);
  // Tasks are listed in a topological order (deps always point backwards).
  for (let i = n - 1; i >= 0; i--) bottom[i] = dag.latency[i]! + Math.max(0, ...succ[i]!.map((s) => bottom[s]!));
  return { bottom, cp: Math.max(0, ...bottom), work: dag.latency.reduce((a, b) => a + b, 0) };
}

/** Discrete-event list scheduling of `dag` on `m` slots through the real PriorityScheduler. */
export function simulate(dag: Dag, m: number, policy: "cp" | "fifo"): number {
  const n = dag.latency.length;
  const { bottom } = criticalPath(dag);
  const succ: number[][] = Array.from({ length: n }, () => []);
  const indeg = dag.deps.map((d) => d.length);
  dag.deps.forEach((ds, i) => ds.forEach((d) => succ[d]!.push(i)));
  const sched = new PriorityScheduler(m);
  const events = new TaskHeap();
  let now = 0;
  let seq = 0;
  const submit = (i: number) =>
    sched.submit(policy === "cp" ? bottom[i]! : 0, (release) => {
      const end = now + dag.latency[i]!;
      events.push({
        priority: -end,
        seq: seq++,
        start: () => {
          now = end;
          // Successors become ready before the slot is handed on, so the choice sees all of them.
          for (const s of succ[i]!) if (--indeg[s]! === 0) submit(s);
          release();
        },
      });
    });
  for (let i = 0; i < n; i++) if (indeg[i] === 0) submit(i);
  while (events.size > 0) events.pop()!.start(() => undefined);
  return now;
}

/** A plan-like DAG: top-level branches of steps; each step a fan-out of short chains with a barrier after it. */
export function planLikeDag(seed: number, maxWidth = 50): Dag {
  const rng = mulberry32(seed);
  const latency: number[] = [];
  const deps: number[][] = [];
  const add = (d: number[]) => {
    latency.push(lognormal(rng, 1000, 0.5));
    deps.push(d);
    return latency.length - 1;
  };
  const branches = 1 + Math.floor(rng() * 4);
  for (let b = 0; b < branches; b++) {
    let prev: number[] = [];
    const steps = 1 + Math.floor(rng() * 6);
    for (let s = 0; s < steps; s++) {
      const width = rng() < 0.4 ? 1 : 1 + Math.floor(rng() * maxWidth);
      const ends: number[] = [];
      for (let w = 0; w < width; w++) {
        let last = add(prev);
        const chain = Math.floor(rng() * 3);
        for (let c = 0; c < chain; c++) last = add([last]);
        ends.push(last);
      }
      prev = ends;
    }
  }
  return { latency, deps };
}

/** A 1,000-agent fan-out listed first, then 4 serial chains of 20: FIFO's worst case. */
export function fanOutThenChains(seed: number, width = 1000, chains = 4, length = 20): Dag {
  const rng = mulberry32(seed);
  const latency: number[] = [];
  const deps: number[][] = [];
  for (let i = 0; i < width; i++) {
    latency.push(lognormal(rng, 1000, 0.5));
    deps.push([]);
  }
  for (let c = 0; c < chains; c++)
    for (let k = 0; k < length; k++) {
      latency.push(lognormal(rng, 1000, 0.5));
      deps.push(k === 0 ? [] : [latency.length - 2]);
    }
  return { latency, deps };
}

function immediateProvider(): Provider {
  return {
    name: "immediate",
    simulated: false,
    call: async (req: AgentRequest): Promise<AgentOutcome> => ({
      ok: true,
      value: req.prompt,
      usage: { inputTokens: 1, outputTokens: 1, cacheReadTokens: 0, cacheWriteTokens: 0 },
      model: req.model,
      attempts: 1,
      latencyMs: 0,
    }),
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface SchedulerBench {
  fanOut: { agents: number; runPlanMs: number; pLimitMs: number; ratio: number; perAgentUs: number };
  makespan: {
    planLike: { instances: number; cpMean: number; cpMax: number; fifoMean: number; fifoMax: number };
    fanOutChains: { cp: number; fifo: number };
  };
}

export async function benchScheduler(options: { agents?: number; repeats?: number; instances?: number } = {}): Promise<SchedulerBench> {
  const agents = options.agents ?? 1000;
  const repeats = options.repeats ?? 5;
  const source = `export const meta = { name: "bench", description: "fan-out" }
return await parallel(args.items.map((i) => () => agent("item " + i, { label: "item" })))`;
  const { program } = parse(source);
  const sites = indexSites(program);
  const items = Array.from({ length: agents }, (_, i) => i);
  const provider = immediateProvider();

  const timeRunPlan = async () => {
    const t = performance.now();
    const r = await runPlan({
      path: "bench.wf.js", source, program, sites, provider, args: { items }, concurrency: 16,
      pricing: () => 0, modelFor: () => "m",
    });
    if (r.totals.agents !== agents) throw new Error(`bench: expected ${agents} agents, ran ${r.totals.agents}`);
    return performance.now() - t;
  };
  const timePLimit = async () => {
    const t = performance.now();
    const limit = pLimit(16);
    await Promise.all(
      items.map((i) =>
        limit(() =>
          provider.call({
            stageId: "parallel/agent:item", index: [i], label: "item", prompt: `item ${i}`, model: "m", schema: null,
            maxTokens: 4096, deadline: Date.now() + 300_000, signal: new AbortController().signal,
          }),
        ),
      ),
    );
    return performance.now() - t;
  };
  await timeRunPlan();
  await timePLimit();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < repeats; i++) {
    a.push(await timeRunPlan());
    b.push(await timePLimit());
  }
  const runPlanMs = median(a);
  const pLimitMs = median(b);

  const instances = options.instances ?? 30;
  const cpRatios: number[] = [];
  const fifoRatios: number[] = [];
  for (let s = 1; s <= instances; s++) {
    const dag = planLikeDag(s);
    const { cp, work } = criticalPath(dag);
    const lb = Math.max(cp, work / 16);
    cpRatios.push(simulate(dag, 16, "cp") / lb);
    fifoRatios.push(simulate(dag, 16, "fifo") / lb);
  }
  const wide = fanOutThenChains(7);
  const w = criticalPath(wide);
  const wideLb = Math.max(w.cp, w.work / 16);
  const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
  return {
    fanOut: { agents, runPlanMs, pLimitMs, ratio: runPlanMs / pLimitMs, perAgentUs: (runPlanMs * 1000) / agents },
    makespan: {
      planLike: { instances, cpMean: mean(cpRatios), cpMax: Math.max(...cpRatios), fifoMean: mean(fifoRatios), fifoMax: Math.max(...fifoRatios) },
      fanOutChains: { cp: simulate(wide, 16, "cp") / wideLb, fifo: simulate(wide, 16, "fifo") / wideLb },
    },
  };
}
