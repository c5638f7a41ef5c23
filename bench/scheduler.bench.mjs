// Scheduler: (1) orchestration overhead, a 1,000-agent fan-out through runPlan on the simulator with
// zero latency (no journal) against a hand-written p-limit(16) + Promise.all loop making the same 1,000
// provider.call()s on the same provider, alternating (target ≤ 1.2×); (2) makespan quality in virtual
// time, list scheduling through the runtime's own PriorityScheduler (runtime/scheduler.ts) on seeded
// random plan-like DAGs with lognormal latencies, against LB = max(critical path, work / 16)
// (perf-anchors §4, §9.7: median ≤ 1.03×, max ≤ 1.10×), and critical-path priority against FIFO on a
// wide fan-out listed before long serial chains (FIFO's worst case; target CP ≤ 0.8× FIFO); (3) the
// same fan-out over real HTTP: the SDK provider against the local Messages server
// (test/support/messages-server.ts, bundled here with esbuild) vs p-limit(16) + Promise.all making the
// same provider.call()s, so the overhead is seen next to a real per-call cost, not a 0-latency stub.
import { prng } from "./gen-plan.mjs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pLimit from "p-limit";

const SLOTS = 16;

const FAN_OUT = `export const meta = {
  name: 'fan-out-1000',
  description: 'A 1,000-agent fan-out for the scheduler benchmark',
  args: { type: 'object', required: ['items'], properties: { items: { type: 'array', maxItems: 1000, items: { type: 'number' } } } },
  budget: { agents: 1000, concurrency: 16 },
  defaults: { model: 'haiku', attempts: 1 },
}
const results = await parallel(args.items.map((i) => () => agent(\`Review item \${i}.\`, { label: 'item', model: 'haiku', maxTokens: 256 })))
return results.length
`;

export default async function scheduler(ctx) {
  const { compileSource, runPlan, createSimProvider } = ctx.dist;
  const I = await ctx.internals();
  const rows = [];

  // (1) Overhead.
  const c = compileSource("fan-out-1000.wf.js", FAN_OUT);
  if (!c.program || !c.sites) throw new Error(`the fan-out plan does not compile: ${c.diagnostics.map((d) => d.message).join("; ")}`);
  const items = Array.from({ length: 1000 }, (_, i) => i);
  const provider = createSimProvider({ latency: 0 });
  const runOnce = async () => {
    const r = await runPlan({
      path: "fan-out-1000.wf.js", source: FAN_OUT, program: c.program, sites: c.sites, graph: c.graph, provider,
      args: { items }, concurrency: SLOTS, pricing: () => 0, modelFor: (a) => a ?? "claude-haiku",
    });
    if (r.status !== "completed" || r.totals.agents !== 1000) throw new Error(`fan-out run: ${r.status}, ${r.totals.agents} agents, ${r.error?.message ?? ""}`);
  };
  const baseline = async () => {
    const limit = pLimit(SLOTS);
    const signal = new AbortController().signal;
    const out = await Promise.all(
      items.map((i) =>
        limit(() =>
          provider.call({ stageId: "parallel/agent:item", index: [i], label: "item", prompt: `Review item ${i}.`, model: "claude-haiku", schema: null, maxTokens: 256, deadline: Date.now() + 300_000, signal }),
        ),
      ),
    );
    if (out.some((o) => !o.ok)) throw new Error("baseline: a sim call failed");
  };
  // Headline: steady state, no forced GC between runs. A forced full GC discards the hidden classes
  // of every class with no live instance, and all of the runtime's objects die with each run, so
  // every run after one re-optimises the interpreter from scratch (hundreds of deoptimisations over
  // a few runs, against ~15 without); p-limit's two closures barely notice. Neither a CLI run nor a
  // long-lived server forces GCs, so both are reported and the steady state is judged.
  // 20 warm-up pairs: after 5, the first timed runs of runPlan were still tiering up (1.5–3.5× p-limit).
  const fan = await ctx.alternate(runOnce, baseline, { warmup: 20, reps: Math.max(ctx.reps, 40), forceGc: false });
  const fanGc = await ctx.alternate(runOnce, baseline, { warmup: 2 });
  rows.push({
    metric: "runPlan 1000-agent fan-out, sim latency 0",
    subjectValue: fan.subjectMs,
    baseline: "p-limit(16)+Promise.all",
    baselineValue: fan.baselineMs,
    unit: "ms",
    ratio: fan.ratio,
    target: "≤ 1.2×",
    met: fan.ratio <= 1.2,
    note: `${ctx.round((fan.subjectMs * 1000) / 1000, 0)} µs per agent end to end (interpreter, scheduler, census, sim answers); the baseline makes the same 1,000 sim calls with no interpreter. Steady state (no forced GC between runs); with a forced full GC before every run: ${ctx.round(fanGc.subjectMs, 1)} ms vs ${ctx.round(fanGc.baselineMs, 1)} ms = ${ctx.round(fanGc.ratio, 2)}×. §9.6: ≤ 100 ms orchestration for 1,000 agents, ≤ 20 µs per dispatch`,
  });

  // (3) The same fan-out over HTTP, through the real SDK provider.
  rows.push(await httpRow(ctx, c, FAN_OUT, items));

  // (2) Makespan quality.
  const instances = ctx.quick ? 20 : 100;
  const cp = [];
  const fifo = [];
  const cpTight = [];
  for (let seed = 1; seed <= instances; seed++) {
    const dag = planLikeDag(seed);
    const lb = lowerBound(dag);
    const made = simulate(I, dag, "cp");
    cp.push(made / lb);
    cpTight.push(made / stepBound(dag));
    fifo.push(simulate(I, dag, "fifo") / lb);
  }
  const graham = 2 - 1 / SLOTS;
  rows.push({
    metric: `makespan/LB, ${instances} plan-like DAGs (median)`,
    subjectValue: ctx.median(cp),
    baseline: "LB",
    baselineValue: 1,
    ratio: ctx.median(cp),
    target: "≤ 1.03×",
    met: ctx.median(cp) <= 1.03,
    note: `critical-path priority: max ${ctx.round(Math.max(...cp), 3)}× (§9.7 max ≤ 1.10×, Graham bound ${ctx.round(graham, 4)}×); FIFO on the same DAGs: median ${ctx.round(ctx.median(fifo), 3)}×, max ${ctx.round(Math.max(...fifo), 3)}×`,
  });
  rows.push({
    metric: `makespan/LB, ${instances} plan-like DAGs (max)`,
    subjectValue: Math.max(...cp),
    baseline: "LB",
    baselineValue: 1,
    ratio: Math.max(...cp),
    target: "≤ 1.10×",
    met: Math.max(...cp) <= 1.1,
    note: `LB = max(CP, work/16) is loose for plans with barriers (an await after each fan-out): against the barrier-aware bound (per branch, Σ over steps of max(step CP, step work/16)), CP priority is at most ${ctx.round(Math.max(...cpTight), 3)}×, median ${ctx.round(ctx.median(cpTight), 3)}×; so most of the excess over LB is the plan shape; neither bound is the optimum, so the gap to an optimal schedule is at most these`,
  });
  const wideCp = [];
  const wideFifo = [];
  const wideLb = [];
  for (let seed = 1; seed <= (ctx.quick ? 3 : 9); seed++) {
    const dag = fanOutThenChains(seed);
    const lb = lowerBound(dag);
    wideLb.push(lb);
    wideCp.push(simulate(I, dag, "cp") / lb);
    wideFifo.push(simulate(I, dag, "fifo") / lb);
  }
  rows.push({
    metric: "wide fan-out then chains: CP vs FIFO",
    subjectValue: ctx.median(wideCp),
    baseline: "FIFO (×LB)",
    baselineValue: ctx.median(wideFifo),
    unit: "×LB",
    ratio: ctx.median(wideCp) / ctx.median(wideFifo),
    target: "≤ 0.8×",
    met: ctx.median(wideCp) / ctx.median(wideFifo) <= 0.8,
    note: `400 independent agents listed first, then 4 chains of 40, lognormal latencies, ${wideCp.length} seeds; CP ${ctx.round(ctx.median(wideCp), 3)}×LB (§9.7: ≤ 1.02×), FIFO ${ctx.round(ctx.median(wideFifo), 3)}×LB (§4 anchor ≈ 1.30×)`,
  });
  return rows;
}

/**
 * runPlan vs p-limit(16)+Promise.all, both calling createAnthropicProvider (the @anthropic-ai/sdk client)
 * against the local Messages server on 127.0.0.1, which answers every request at once. The server runs
 * in this process, so both sides pay for it equally; the baseline gives each call its own
 * AbortController, as any loop with per-call timeouts must (and as the provider expects: it listens on
 * the signal, so one shared signal would collect 16 listeners).
 */
async function httpRow(ctx, c, source, items) {
  const { runPlan, createAnthropicProvider } = ctx.dist;
  const { build } = await import("esbuild");
  const outfile = join(ctx.tmp, "messages-server.mjs");
  await build({ entryPoints: [join(ctx.root, "test/support/messages-server.ts")], bundle: true, platform: "node", format: "esm", target: "node20", outfile, logLevel: "warning" });
  const { startMessagesServer } = await import(pathToFileURL(outfile).href);
  const server = await startMessagesServer();
  try {
    const provider = createAnthropicProvider({ apiKey: "wfc-bench-key", baseURL: server.url, maxRetries: 0 });
    const subject = async () => {
      const r = await runPlan({
        path: "fan-out-1000.wf.js", source, program: c.program, sites: c.sites, graph: c.graph, provider,
        args: { items }, concurrency: SLOTS, pricing: () => 0, modelFor: (a) => a ?? "haiku",
      });
      if (r.status !== "completed" || r.totals.agents !== 1000) throw new Error(`http fan-out run: ${r.status}, ${r.totals.agents} agents, ${r.error?.message ?? r.census[0]?.message ?? ""}`);
      server.requests.length = 0;
    };
    const baseline = async () => {
      const limit = pLimit(SLOTS);
      const out = await Promise.all(
        items.map((i, k) =>
          limit(() =>
            provider.call({ stageId: "parallel/agent:item", index: [k], label: "item", prompt: `Review item ${i}.`, model: "haiku", schema: null, maxTokens: 256, deadline: Date.now() + 300_000, attempt: 1, signal: new AbortController().signal }),
          ),
        ),
      );
      const bad = out.find((o) => !o.ok);
      if (bad) throw new Error(`http baseline: a call failed: ${bad.error.class} ${bad.error.message}`);
      server.requests.length = 0;
    };
    const r = await ctx.alternate(subject, baseline, { reps: ctx.quick ? 3 : 5, warmup: 1 });
    return {
      metric: "runPlan 1000-agent fan-out, SDK over local HTTP",
      subjectValue: r.subjectMs,
      baseline: "p-limit(16)+Promise.all, same provider",
      baselineValue: r.baselineMs,
      unit: "ms",
      ratio: r.ratio,
      target: "≤ 1.2×",
      met: r.ratio <= 1.2,
      note: `${ctx.round(r.subjectMs, 0)} µs per agent vs ${ctx.round(r.baselineMs, 0)} µs for the bare loop (overhead ${ctx.round(r.subjectMs - r.baselineMs, 0)} µs per agent); createAnthropicProvider (@anthropic-ai/sdk, maxRetries 0) against test/support/messages-server.ts on 127.0.0.1 answering at once, in this process; the baseline gives each call its own AbortController`,
    };
  } finally {
    await server.close();
  }
}


/** A lognormal latency with the given mean (Box–Muller); LLM latencies are right-skewed like this. */
function lognormal(rand, mean, sigma) {
  const z = Math.sqrt(-2 * Math.log(Math.max(rand(), 1e-12))) * Math.cos(2 * Math.PI * rand());
  return mean * Math.exp(sigma * z - (sigma * sigma) / 2);
}

/**
 * A DAG shaped like a plan: 1–4 branches run side by side (Promise.all of sub-pipelines); each branch is
 * 1–8 steps in sequence, with a barrier between steps (an `await`); a step is one agent, or a fan-out of
 * 2–120 items each a pipeline of 1–3 agents. Each step has its own model, so its own mean latency.
 * Nodes are listed in plan order, so deps always point backwards. Returns { lat, deps }.
 */
function planLikeDag(seed) {
  const rand = prng(seed);
  const lat = [];
  const deps = [];
  const add = (mean, d) => {
    lat.push(lognormal(rand, mean, 0.6));
    deps.push(d);
    return lat.length - 1;
  };
  const branches = 1 + Math.floor(rand() * 4);
  // Per branch, per step: { cp, work } — for the barrier-aware lower bound (stepBound).
  const steps = [];
  for (let b = 0; b < branches; b++) {
    let prev = [];
    const mine = [];
    steps.push(mine);
    const nSteps = 1 + Math.floor(rand() * 8);
    for (let s = 0; s < nSteps; s++) {
      const mean = [800, 2000, 6000][Math.floor(rand() * 3)];
      const width = rand() < 0.4 ? 1 : 2 + Math.floor(rand() * 119);
      const depth = 1 + Math.floor(rand() * 3);
      const ends = [];
      let cp = 0;
      let work = 0;
      for (let w = 0; w < width; w++) {
        const first = lat.length;
        let last = add(mean, prev);
        for (let k = 1; k < depth; k++) last = add(mean, [last]);
        ends.push(last);
        let chain = 0;
        for (let k = first; k <= last; k++) chain += lat[k];
        cp = Math.max(cp, chain);
        work += chain;
      }
      mine.push({ cp, work });
      prev = ends;
    }
  }
  return { lat, deps, steps };
}

/** FIFO's worst case: a wide fan-out listed first, then long serial chains that define the critical path. */
function fanOutThenChains(seed, width = 400, chains = 4, length = 40) {
  const rand = prng(1000 + seed);
  const lat = [];
  const deps = [];
  for (let i = 0; i < width; i++) {
    lat.push(lognormal(rand, 1000, 0.5));
    deps.push([]);
  }
  for (let c = 0; c < chains; c++)
    for (let k = 0; k < length; k++) {
      lat.push(lognormal(rand, 1000, 0.5));
      deps.push(k === 0 ? [] : [lat.length - 2]);
    }
  return { lat, deps };
}

function successors(dag) {
  const succ = dag.lat.map(() => []);
  dag.deps.forEach((ds, i) => ds.forEach((d) => succ[d].push(i)));
  return succ;
}

/** Bottom levels: own latency + the longest path after; nodes are in topological order. */
function bottomLevels(dag, succ = successors(dag)) {
  const bl = new Array(dag.lat.length).fill(0);
  for (let i = dag.lat.length - 1; i >= 0; i--) {
    let after = 0;
    for (const s of succ[i]) after = Math.max(after, bl[s]);
    bl[i] = dag.lat[i] + after;
  }
  return bl;
}

/**
 * A tighter lower bound for plan-like DAGs: a branch's steps run one after another (each waits for the
 * previous step's barrier), and no step can finish faster than max(its longest chain, its work / 16).
 * Every schedule, optimal included, needs at least the longest branch's sum of those.
 */
function stepBound(dag) {
  return Math.max(lowerBound(dag), ...dag.steps.map((b) => b.reduce((a, s) => a + Math.max(s.cp, s.work / SLOTS), 0)));
}

function lowerBound(dag) {
  const bl = bottomLevels(dag);
  const work = dag.lat.reduce((a, x) => a + x, 0);
  return Math.max(Math.max(...bl), work / SLOTS);
}

/**
 * Discrete-event simulation: tasks go through the runtime's PriorityScheduler (its synchronous
 * `submit(priority, start)` form) with priority = bottom level ("cp") or 0 for all ("fifo", which the
 * heap's sequence numbers turn into arrival order); completions are popped from a TaskHeap keyed on
 * -end time. Returns the makespan.
 */
function simulate(I, dag, policy) {
  const succ = successors(dag);
  const bl = bottomLevels(dag, succ);
  const indeg = dag.deps.map((d) => d.length);
  const sched = new I.PriorityScheduler(SLOTS);
  const events = new I.TaskHeap();
  let now = 0;
  let seq = 0;
  const submit = (i) =>
    sched.submit(policy === "cp" ? bl[i] : 0, (release) => {
      const end = now + dag.lat[i];
      events.push({
        priority: -end,
        seq: seq++,
        start: () => {
          now = end;
          // Successors become ready before the slot is handed on, so the choice sees them all.
          for (const s of succ[i]) if (--indeg[s] === 0) submit(s);
          release();
        },
      });
    });
  dag.lat.forEach((_, i) => indeg[i] === 0 && submit(i));
  while (events.size > 0) events.pop().start(() => undefined);
  if (sched.completed !== dag.lat.length) throw new Error(`simulation finished ${sched.completed} of ${dag.lat.length} tasks`);
  return now;
}
