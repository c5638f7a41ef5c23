/**
 * Sound worst-case bounds over the stage tree. Sequences add; fan-out widths, loop bounds and retry
 * attempts multiply; branches take the maximum of their arms; nested workflows add their own worst
 * case. Latency composes with the concurrency limit C: W items of latency L and slot-time T finish
 * within min(W·L, W·T/C + L) (Graham's list-scheduling bound), so the time bound holds for any
 * greedy scheduler, the runtime's included.
 */
import type { Bounds } from "./graph/types.js";
import type { Stage } from "./analysis/stage.js";
import { type Pricing, priceOf, usdFor } from "./pricing.js";

/** Bounds plus `work`: total agent slot-time, used to compose latency under a concurrency limit. */
export interface Cost extends Bounds {
  work: number;
}

/** The costs of no children (an agent's, a workflow's). */
const NO_COSTS: readonly Cost[] = [];

export const ZERO: Cost = { agents: 0, inputTokens: 0, outputTokens: 0, usd: 0, latencyMs: 0, peakConcurrency: 0, work: 0 };

export interface BoundsResult {
  /** Worst case of one execution of each stage. */
  perStage: Map<Stage, Cost>;
  /**
   * How many times each stage can run: computed when first read, from the tree as it is then (a
   * check reads only the total; the graph reads this once the tree is final).
   */
  readonly multiplicity: Map<Stage, number>;
  total: Cost;
}

export function computeBounds(root: Stage, pricing: Pricing, concurrency: number): BoundsResult {
  const perStage = new Map<Stage, Cost>();
  const C = Math.max(1, concurrency);

  const cost = (s: Stage): Cost => {
    const kids = s.children.length > 0 ? s.children.map(cost) : NO_COSTS;
    let c: Cost;
    switch (s.kind) {
      case "agent": {
        const a = s.attempts ?? 1;
        const inT = (s.inTokens ?? 0) * a;
        const outT = (s.outTokens ?? 0) * a;
        const lat = (s.timeoutMs ?? 0) * a;
        c = { agents: a, inputTokens: inT, outputTokens: outT, usd: usdFor(priceOf(pricing, s.pricedModel ?? ""), inT, outT), latencyMs: lat, peakConcurrency: 1, work: lat };
        break;
      }
      case "workflow": {
        const n = s.nested ?? ZERO;
        c = { ...n, work: n.latencyMs * Math.max(1, n.peakConcurrency) };
        break;
      }
      case "parallel":
      case "pipeline": {
        const hetero = s.hetero === true;
        if (hetero) c = fanOut(kids, 1, C);
        else c = fanOut(kids.length ? [seq(kids)] : [], s.width ?? 0, C);
        break;
      }
      case "gate": {
        const body = seq(kids);
        if (s.gate?.onFail === "retry") c = times(body, s.attempts ?? 1);
        else if (s.width !== undefined) c = fanOut([body], s.width, C);
        else c = body;
        break;
      }
      case "retry":
        c = times(seq(kids), s.attempts ?? 1);
        break;
      case "loop":
        c = times(seq(kids), s.iterations ?? 1);
        // Promises started in the body and awaited after it overlap across iterations.
        if (s.concurrent) c.peakConcurrency = Math.min(C, (s.iterations ?? 1) * c.peakConcurrency);
        break;
      case "branch":
        c = kids.reduce(max, ZERO);
        break;
      case "serial":
      default:
        c = s.concurrent ? concurrentSeq(kids, C) : seq(kids);
        break;
    }
    // Waiting (a retry's backoff, a sleep) is time, not agent work.
    if (s.waitMs) c = { ...c, latencyMs: c.latencyMs + s.waitMs };
    c.peakConcurrency = Math.min(c.peakConcurrency, C);
    perStage.set(s, c);
    return c;
  };

  const mult = (multiplicity: Map<Stage, number>, s: Stage, m: number): void => {
    multiplicity.set(s, m);
    let inner = m;
    if ((s.kind === "parallel" || s.kind === "pipeline") && !s.hetero) inner = m * (s.width ?? 0);
    else if (s.kind === "loop") inner = m * (s.iterations ?? 1);
    else if (s.kind === "retry" || (s.kind === "gate" && s.gate?.onFail === "retry")) inner = m * (s.attempts ?? 1);
    else if (s.kind === "gate" && s.width !== undefined) inner = m * s.width;
    for (const k of s.children) mult(multiplicity, k, inner);
  };

  const total = cost(root);
  let multiplicity: Map<Stage, number> | undefined;
  return {
    perStage,
    get multiplicity() {
      if (!multiplicity) mult((multiplicity = new Map()), root, 1);
      return multiplicity;
    },
    total,
  };
}

function seq(kids: readonly Cost[]): Cost {
  const out = { ...ZERO };
  for (const k of kids) {
    out.agents += k.agents;
    out.inputTokens += k.inputTokens;
    out.outputTokens += k.outputTokens;
    out.usd += k.usd;
    out.latencyMs += k.latencyMs;
    out.work += k.work;
    out.peakConcurrency = Math.max(out.peakConcurrency, k.peakConcurrency);
  }
  return out;
}

/** Children whose promises overlap: peaks add, time is bounded as a fan-out of the children. */
function concurrentSeq(kids: readonly Cost[], C: number): Cost {
  const s = seq(kids);
  s.peakConcurrency = Math.min(C, kids.reduce((a, k) => a + k.peakConcurrency, 0));
  return s;
}

function fanOut(items: readonly Cost[], width: number, C: number): Cost {
  // `items` is either one template repeated `width` times, or (width 1) distinct children.
  const n = items.length === 1 && width !== 1 ? width : 1;
  const each = items.length === 1 ? items[0]! : seq(items);
  if (n === 0 || items.length === 0) return { ...ZERO };
  const work = items.length === 1 ? each.work * n : items.reduce((a, k) => a + k.work, 0);
  const longest = items.length === 1 ? each.latencyMs : Math.max(...items.map((k) => k.latencyMs));
  const serialTime = items.length === 1 ? each.latencyMs * n : items.reduce((a, k) => a + k.latencyMs, 0);
  const peak = items.length === 1 ? each.peakConcurrency * n : items.reduce((a, k) => a + k.peakConcurrency, 0);
  return {
    agents: each.agents * n,
    inputTokens: each.inputTokens * n,
    outputTokens: each.outputTokens * n,
    usd: each.usd * n,
    latencyMs: Math.min(serialTime, Math.ceil(work / C) + longest),
    peakConcurrency: Math.min(C, peak),
    work,
  };
}

function times(c: Cost, n: number): Cost {
  return {
    agents: c.agents * n,
    inputTokens: c.inputTokens * n,
    outputTokens: c.outputTokens * n,
    usd: c.usd * n,
    latencyMs: c.latencyMs * n,
    peakConcurrency: c.peakConcurrency,
    work: c.work * n,
  };
}

function max(a: Cost, b: Cost): Cost {
  return {
    agents: Math.max(a.agents, b.agents),
    inputTokens: Math.max(a.inputTokens, b.inputTokens),
    outputTokens: Math.max(a.outputTokens, b.outputTokens),
    usd: Math.max(a.usd, b.usd),
    latencyMs: Math.max(a.latencyMs, b.latencyMs),
    peakConcurrency: Math.max(a.peakConcurrency, b.peakConcurrency),
    work: Math.max(a.work, b.work),
  };
}

export function toBounds(c: Cost): Bounds {
  return {
    agents: c.agents,
    inputTokens: Math.ceil(c.inputTokens),
    outputTokens: Math.ceil(c.outputTokens),
    usd: Math.round(c.usd * 1e6) / 1e6,
    latencyMs: Math.ceil(c.latencyMs),
    peakConcurrency: c.peakConcurrency,
  };
}
