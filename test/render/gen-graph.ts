/**
 * Builds StageGraphJson values the way the compiler will, so renderer tests and benchmarks do not wait
 * on the compiler: a tree of stage specs goes in; ids, multiplicities, worst-case bounds, totals,
 * derivations and the critical path come out. The numbers follow the documented rules (a fan-out
 * multiplies by its width, a loop by its iterations, a branch takes the worse arm) closely enough to
 * look real; they are not the compiler's bounds pass and tests must not treat them as such.
 *
 * `generateGraph(n)` makes a deterministic synthetic plan of exactly `n` stages for the scale tests
 * and `benchRender`.
 */
import type {
  Bounds,
  Derivation,
  EdgeJson,
  GateInfo,
  PlanInfo,
  PromptInfo,
  StageGraphJson,
  StageJson,
  StageKind,
} from "../../compiler/graph/types.js";
import { STAGE_GRAPH_VERSION } from "../../compiler/graph/types.js";

export interface StageSpec {
  kind: StageKind;
  label: string;
  phase?: string | null;
  width?: number;
  iterations?: number;
  attempts?: number;
  gate?: GateInfo;
  workflow?: string;
  model?: string | null;
  effort?: string | null;
  prompt?: { template: string; holes?: { expression: string; maxChars: number; because: string }[] };
  schema?: unknown;
  options?: Record<string, unknown>;
  /** Why the width / iterations / attempts bound holds (becomes a derivation). */
  because?: string;
  /** Agent: milliseconds one call may take in the worst case. */
  ms?: number;
  children?: StageSpec[];
}

export interface EdgeSpec {
  from: StageSpec;
  to: StageSpec;
  kind: "data" | "order";
}

const PRICES: Record<string, { priced: string; inPerM: number; outPerM: number }> = {
  haiku: { priced: "claude-haiku-4-5", inPerM: 1, outPerM: 5 },
  sonnet: { priced: "claude-sonnet-4-5", inPerM: 3, outPerM: 15 },
  opus: { priced: "claude-opus-4-1", inPerM: 15, outPerM: 75 },
};

const zero = (): Bounds => ({ agents: 0, inputTokens: 0, outputTokens: 0, usd: 0, latencyMs: 0, peakConcurrency: 0 });

function add(a: Bounds, b: Bounds): Bounds {
  return {
    agents: a.agents + b.agents,
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    usd: a.usd + b.usd,
    latencyMs: a.latencyMs + b.latencyMs,
    peakConcurrency: Math.max(a.peakConcurrency, b.peakConcurrency),
  };
}

function max(a: Bounds, b: Bounds): Bounds {
  return {
    agents: Math.max(a.agents, b.agents),
    inputTokens: Math.max(a.inputTokens, b.inputTokens),
    outputTokens: Math.max(a.outputTokens, b.outputTokens),
    usd: Math.max(a.usd, b.usd),
    latencyMs: Math.max(a.latencyMs, b.latencyMs),
    peakConcurrency: Math.max(a.peakConcurrency, b.peakConcurrency),
  };
}

function times(b: Bounds, k: number): Bounds {
  return {
    agents: b.agents * k,
    inputTokens: b.inputTokens * k,
    outputTokens: b.outputTokens * k,
    usd: round6(b.usd * k),
    latencyMs: b.latencyMs * k,
    peakConcurrency: b.peakConcurrency,
  };
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

function segment(label: string): string {
  return label.replace(/[\s/]+/g, "-");
}

interface Built {
  stage: StageJson;
  /** Latency-critical descendants in execution order, this stage first. */
  path: string[];
}

/** Turns a spec tree into a canonical graph. `specs` are the root body's children. */
export function buildGraph(plan: PlanInfo, specs: StageSpec[], edges: EdgeSpec[] = []): StageGraphJson {
  const concurrency = plan.budget?.concurrency ?? 16;
  const stages: StageJson[] = [];
  const ids = new Map<StageSpec, string>();
  const used = new Set<string>();
  let offset = 0;
  let line = 1;

  function visit(spec: StageSpec, parent: string | null, order: number, mult: number, inherited: string | null): Built {
    const base = parent === null ? "plan" : `${parent === "plan" ? "" : parent + "/"}${spec.kind}:${segment(spec.label)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}#${n}`;
    used.add(id);
    ids.set(spec, id);
    const phase = spec.phase !== undefined ? spec.phase : inherited;
    const start = offset;
    const myLine = line;
    line += 1;
    offset += 40;

    const own = spec.width ?? spec.iterations ?? (spec.kind === "retry" ? spec.attempts : undefined) ?? 1;
    const gateAttempts = spec.kind === "gate" && spec.gate?.onFail === "retry" ? spec.gate.attempts : 1;
    const childMult = mult * own * gateAttempts;
    const kids = (spec.children ?? []).map((c, i) => visit(c, id, i, childMult, phase));
    const derivations: Derivation[] = [];
    let bounds = zero();
    let path: string[] = [];

    if (spec.kind === "agent") {
      const price = PRICES[spec.model ?? "sonnet"] ?? PRICES.sonnet!;
      const holes = spec.prompt?.holes ?? [];
      const template = spec.prompt?.template ?? "";
      const staticChars = template.length - holes.reduce((n, h) => n + h.expression.length + 3, 0);
      const chars = staticChars + holes.reduce((n, h) => n + h.maxChars, 0);
      const attempts = spec.attempts ?? 1;
      const inTok = Math.ceil(chars / 4) + (spec.schema ? 300 : 0) + 600;
      const outTok = Number(spec.options?.maxTokens ?? 4096);
      bounds = {
        agents: attempts,
        inputTokens: inTok * attempts,
        outputTokens: outTok * attempts,
        usd: round6(((inTok * price.inPerM + outTok * price.outPerM) / 1e6) * attempts),
        latencyMs: (spec.ms ?? 45_000) * attempts,
        peakConcurrency: 1,
      };
      derivations.push({
        quantity: "inputTokens",
        value: inTok,
        because: `${staticChars} static characters${holes.length ? ` + ${holes.map((h) => `\`${h.expression}\` ≤ ${h.maxChars}`).join(" + ")}` : ""}, at 4 characters a token, plus the system prompt`,
      });
      derivations.push({ quantity: "outputTokens", value: outTok, because: spec.options?.maxTokens ? "`maxTokens` as written" : "the default `maxTokens` of 4096" });
      if (attempts > 1) derivations.push({ quantity: "attempts", value: attempts, because: spec.because ?? "schema retries: `retries` as written" });
      path = [id];
    } else {
      const seq = kids.reduce((b, k) => add(b, k.stage.bounds), zero());
      const worst = kids.reduce((b, k) => max(b, k.stage.bounds), zero());
      const slowest = kids.reduce<Built | undefined>((s, k) => (!s || k.stage.bounds.latencyMs > s.stage.bounds.latencyMs ? k : s), undefined);
      const serialPath = kids.flatMap((k) => k.path);
      switch (spec.kind) {
        case "parallel":
        case "pipeline": {
          const w = spec.width ?? 1;
          const item = seq;
          const waves = Math.ceil((w * Math.max(1, item.peakConcurrency)) / concurrency);
          bounds = { ...times(item, w), latencyMs: item.latencyMs * waves, peakConcurrency: Math.min(concurrency, w * Math.max(1, item.peakConcurrency)) };
          derivations.push({ quantity: "width", value: w, because: spec.because ?? "the items' schema sets maxItems" });
          derivations.push({ quantity: "latencyMs", value: bounds.latencyMs, because: `${waves} waves of ${concurrency} at the plan's concurrency limit` });
          path = [id, ...serialPath];
          break;
        }
        case "loop": {
          const n = spec.iterations ?? 1;
          bounds = times(seq, n);
          derivations.push({ quantity: "iterations", value: n, because: spec.because ?? "the loop's counter bound" });
          path = [id, ...serialPath];
          break;
        }
        case "retry": {
          const n = spec.attempts ?? 1;
          bounds = times(seq, n);
          derivations.push({ quantity: "attempts", value: n, because: spec.because ?? "`attempts` as written" });
          path = [id, ...serialPath];
          break;
        }
        case "gate": {
          bounds = times(seq, gateAttempts);
          if (gateAttempts > 1) derivations.push({ quantity: "attempts", value: gateAttempts, because: spec.because ?? "the gate's retry policy" });
          if (kids.length === 0) bounds.latencyMs = 5;
          path = [id, ...serialPath];
          break;
        }
        case "branch":
          bounds = worst;
          derivations.push({ quantity: "agents", value: worst.agents, because: "the worse of the arms" });
          path = [id, ...(slowest?.path ?? [])];
          break;
        default:
          bounds = seq;
          path = [id, ...serialPath];
      }
    }

    const stage: StageJson = {
      id,
      kind: spec.kind,
      label: spec.label,
      parent,
      order,
      phase,
      loc: { line: myLine, column: 1 + (stages.length % 5) * 2, start, end: start + 30 },
      multiplicity: mult,
      ...(spec.width !== undefined ? { width: spec.width } : {}),
      ...(spec.iterations !== undefined ? { iterations: spec.iterations } : {}),
      ...(spec.attempts !== undefined ? { attempts: spec.attempts } : {}),
      ...(spec.gate ? { gate: spec.gate } : {}),
      ...(spec.workflow !== undefined ? { workflow: spec.workflow } : {}),
      bounds,
      total: times(bounds, mult),
      derivations,
      critical: false,
    };
    if (spec.kind === "agent") {
      const price = PRICES[spec.model ?? "sonnet"] ?? PRICES.sonnet!;
      const holes = spec.prompt?.holes ?? [];
      const template = spec.prompt?.template ?? "";
      const prompt: PromptInfo = {
        template,
        staticChars: template.length - holes.reduce((n, h) => n + h.expression.length + 3, 0),
        holes,
      };
      Object.assign(stage, {
        model: spec.model ?? null,
        pricedModel: price.priced,
        effort: spec.effort ?? null,
        prompt,
        schema: spec.schema ?? null,
        options: sortKeys(spec.options ?? {}),
      });
    }
    stages.push(stage);
    return { stage, path };
  }

  const root = visit({ kind: "serial", label: "plan", children: specs }, null, 0, 1, null);
  const critical = root.path.filter((id) => id !== "plan");
  const onPath = new Set(critical);
  for (const s of stages) s.critical = onPath.has(s.id);
  stages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const edgeJson: EdgeJson[] = edges
    .map((e) => ({ from: ids.get(e.from)!, to: ids.get(e.to)!, kind: e.kind }))
    .sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.kind, b.kind));
  return {
    version: STAGE_GRAPH_VERSION,
    plan,
    root: "plan",
    stages,
    edges: edgeJson,
    bounds: root.stage.total,
    criticalPath: critical,
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}

/** A small deterministic PRNG (mulberry32) so generated graphs are identical run to run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic plan of exactly `n` stages (root included): phases of blocks, each block a fan-out,
 * pipeline, loop, retry, gate, branch or plain agent, nested up to three deep, chained by data edges
 * with some order edges. Deterministic for a given `n` and `seed`.
 */
export function generateGraph(n: number, seed = 1): StageGraphJson {
  if (n < 2) throw new Error("generateGraph needs n >= 2");
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const models = ["haiku", "sonnet", "opus", null] as const;
  const phases = Array.from({ length: Math.max(1, Math.min(8, Math.round(n / 120))) }, (_, i) => ({ title: `Phase ${i + 1}`, detail: `synthetic phase ${i + 1}` }));
  let left = n - 1; // the root is one stage
  const edges: EdgeSpec[] = [];
  let counter = 0;

  const agent = (): StageSpec => {
    counter++;
    left--;
    return {
      kind: "agent",
      label: `task-${counter}`,
      model: pick(models),
      ms: 5_000 + Math.floor(rand() * 60_000),
      prompt: { template: `Do step ${counter} for \${item.name}`, holes: [{ expression: "item.name", maxChars: 120, because: "schema maxLength 120" }] },
      options: rand() < 0.3 ? { maxTokens: 2048 } : {},
    };
  };

  const block = (depth: number): StageSpec => {
    if (left <= 1 || depth >= 3) return agent();
    const kind = pick(["agent", "agent", "parallel", "pipeline", "loop", "retry", "gate", "branch"] as const);
    if (kind === "agent") return agent();
    counter++;
    left--;
    const label = `${kind}-${counter}`;
    const kids: StageSpec[] = [];
    const want = kind === "branch" ? 2 : 1 + Math.floor(rand() * 3);
    for (let i = 0; i < want && left > 0; i++) kids.push(block(depth + 1));
    chain(kids);
    switch (kind) {
      case "parallel":
      case "pipeline":
        return { kind, label, width: pick([5, 20, 50, 200]), children: kids };
      case "loop":
        return { kind, label, iterations: pick([3, 5, 10]), children: kids };
      case "retry":
        return { kind, label, attempts: pick([2, 3]), children: kids };
      case "gate":
        return { kind, label, gate: { check: "agent", onFail: "retry", attempts: 2 }, children: kids };
      default:
        return { kind, label, children: kids };
    }
  };

  function chain(xs: StageSpec[]): void {
    for (let i = 1; i < xs.length; i++) edges.push({ from: xs[i - 1]!, to: xs[i]!, kind: rand() < 0.85 ? "data" : "order" });
  }

  const body: StageSpec[] = [];
  for (let p = 0; left > 0; p = (p + 1) % phases.length) {
    const perPhase = Math.max(1, Math.ceil((n - 1) / phases.length / 6));
    for (let i = 0; i < perPhase && left > 0; i++) body.push({ ...block(0), phase: phases[p]!.title });
  }
  // Phases were assigned round-robin per chunk; keep them grouped in source order.
  const order = new Map(phases.map((ph, i) => [ph.title, i]));
  body.sort((a, b) => order.get(a.phase ?? "")! - order.get(b.phase ?? "")!);
  chain(body);
  return buildGraph(
    {
      name: `synthetic-${n}`,
      description: `A generated plan of ${n} stages for scale tests`,
      path: `bench/synthetic-${n}.wf.js`,
      phases,
      hash: "0".repeat(64),
      budget: { concurrency: 16 },
    },
    body,
    edges,
  );
}
