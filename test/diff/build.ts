/**
 * A concise builder for hand-made stage graphs, so diff fixtures read like the plans they stand
 * for. It derives what the compiler would (ids, parents, order, loc, multiplicity, bounds with a
 * toy cost model) from a nested spec. The numbers are plausible, not the compiler's: the diff only
 * compares them.
 */

import { createHash } from "node:crypto";
import type {
  Bounds,
  EdgeJson,
  GateInfo,
  PlanInfo,
  PromptInfo,
  StageGraphJson,
  StageJson,
  StageKind,
} from "../../compiler/graph/types.js";

export interface StageSpec {
  kind: StageKind;
  label: string;
  /** The label the id is built from, when it differs from the display label (a renamed variable). */
  idLabel?: string;
  phase?: string;
  children?: StageSpec[];
  /** Labels of stages whose value this one reads (data edges). */
  reads?: string[];
  /** Labels of stages this one must wait for (order edges). */
  after?: string[];
  width?: number;
  iterations?: number;
  attempts?: number;
  gate?: GateInfo;
  workflow?: string;
  model?: string | null;
  pricedModel?: string;
  effort?: string | null;
  prompt?: string;
  schema?: unknown;
  options?: Record<string, unknown>;
}

type Extra = Omit<StageSpec, "kind" | "label" | "children">;

export const agent = (label: string, extra: Extra = {}): StageSpec => ({ kind: "agent", label, ...extra });
export const parallel = (label: string, width: number, children: StageSpec[], extra: Extra = {}): StageSpec => ({
  kind: "parallel", label, width, children, ...extra,
});
export const pipeline = (label: string, width: number, children: StageSpec[], extra: Extra = {}): StageSpec => ({
  kind: "pipeline", label, width, children, ...extra,
});
export const serial = (label: string, children: StageSpec[], extra: Extra = {}): StageSpec => ({
  kind: "serial", label, children, ...extra,
});
export const gate = (label: string, info: GateInfo, children: StageSpec[], extra: Extra = {}): StageSpec => ({
  kind: "gate", label, gate: info, children, ...(info.onFail === "retry" ? { attempts: info.attempts } : {}), ...extra,
});
export const retry = (label: string, attempts: number, children: StageSpec[], extra: Extra = {}): StageSpec => ({
  kind: "retry", label, attempts, children, ...extra,
});
export const loop = (label: string, iterations: number, children: StageSpec[], extra: Extra = {}): StageSpec => ({
  kind: "loop", label, iterations, children, ...extra,
});
export const branch = (label: string, arms: StageSpec[], extra: Extra = {}): StageSpec => ({
  kind: "branch", label, children: arms, ...extra,
});

export interface PlanSpec {
  name: string;
  description?: string;
  path?: string;
  phases?: string[];
  budget?: PlanInfo["budget"];
  effort?: PlanInfo["effort"];
  /** Shift every `loc` by this many lines (what adding a comment at the top does). */
  locShift?: number;
  children: StageSpec[];
}

/** Per million tokens, for the toy cost model only. */
const TOY_PRICES: Record<string, [number, number]> = { opus: [5, 25], sonnet: [3, 15], haiku: [1, 5] };
const AGENT_LATENCY_MS = 20_000;

export function buildGraph(spec: PlanSpec): StageGraphJson {
  const stages: StageJson[] = [];
  const byLabel = new Map<string, string>();
  const pending: { spec: StageSpec; id: string }[] = [];
  let line = 3 + (spec.locShift ?? 0);

  const visit = (s: StageSpec, parent: string, order: number, multiplicity: number, phase: string | null): Bounds => {
    const id = `${parent}/${s.kind}:${s.idLabel ?? s.label}`;
    if (byLabel.has(s.label)) throw new Error(`fixture bug: duplicate label ${s.label}`);
    byLabel.set(s.label, id);
    pending.push({ spec: s, id });
    const stagePhase = s.phase ?? phase;
    const loc = { line, column: 3, start: line * 40 + 2, end: line * 40 + 32 };
    line += 2;
    const repeat = s.kind === "loop" ? (s.iterations ?? 1) : s.kind === "retry" || s.kind === "gate" ? (s.attempts ?? 1) : 1;
    const width = s.kind === "parallel" || s.kind === "pipeline" ? (s.width ?? 1) : 1;
    const inner = multiplicity * repeat * width;
    const childBounds = (s.children ?? []).map((c, i) => visit(c, id, i, inner, stagePhase));

    let bounds: Bounds;
    if (s.kind === "agent") bounds = agentBounds(s);
    else if (s.kind === "branch") bounds = childBounds.reduce(maxOf, zero());
    else {
      const body = childBounds.reduce(seq, zero());
      bounds = scale(body, repeat * width, repeat, width);
    }
    const stage: StageJson = {
      id,
      kind: s.kind,
      label: s.label,
      parent,
      order,
      phase: stagePhase,
      loc,
      multiplicity,
      bounds,
      total: scale(bounds, multiplicity, 1, 1),
      derivations: [],
      critical: false,
    };
    if (s.width !== undefined) stage.width = s.width;
    if (s.iterations !== undefined) stage.iterations = s.iterations;
    if (s.attempts !== undefined) stage.attempts = s.attempts;
    if (s.gate) stage.gate = s.gate;
    if (s.workflow !== undefined) stage.workflow = s.workflow;
    if (s.kind === "agent") {
      stage.model = s.model ?? null;
      stage.pricedModel = s.pricedModel ?? s.model ?? "opus";
      stage.effort = s.effort ?? null;
      stage.prompt = promptInfo(s.prompt ?? "");
      stage.schema = s.schema ?? null;
      stage.options = sortKeys(s.options ?? {}) as Record<string, unknown>;
    }
    stages.push(stage);
    return bounds;
  };

  const root = spec.name;
  const rootBody = spec.children.map((c, i) => visit(c, root, i, 1, null)).reduce(seq, zero());
  stages.push({
    id: root, kind: "serial", label: spec.name, parent: null, order: 0, phase: null,
    loc: { line: 1, column: 1, start: 0, end: line * 40 }, multiplicity: 1,
    bounds: rootBody, total: rootBody, derivations: [], critical: true,
  });

  const edges: EdgeJson[] = [];
  const resolve = (label: string) => {
    const id = byLabel.get(label);
    if (!id) throw new Error(`fixture bug: unknown label ${label}`);
    return id;
  };
  for (const { spec: s, id } of pending) {
    for (const from of s.reads ?? []) edges.push({ from: resolve(from), to: id, kind: "data" });
    for (const from of s.after ?? []) edges.push({ from: resolve(from), to: id, kind: "order" });
  }
  edges.sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.kind, b.kind));
  stages.sort((a, b) => cmp(a.id, b.id));

  const plan: PlanInfo = {
    name: spec.name,
    description: spec.description ?? "",
    path: spec.path ?? `plans/${spec.name}.wf.js`,
    phases: (spec.phases ?? []).map((title) => ({ title })),
    hash: createHash("sha256").update(JSON.stringify(spec)).digest("hex"),
  };
  if (spec.budget) plan.budget = spec.budget;
  if (spec.effort) plan.effort = spec.effort;
  return { version: 1, plan, root, stages, edges, bounds: rootBody, criticalPath: [root] };
}

/** Canonical JSON text of a graph (sorted keys, two-space indent), as fixtures are stored. */
export function graphJson(graph: StageGraphJson): string {
  return JSON.stringify(sortKeys(graph), null, 2) + "\n";
}

function promptInfo(template: string): PromptInfo {
  const holes = [...template.matchAll(/\$\{([^}]*)\}/g)].map((m) => ({
    expression: m[1]!,
    maxChars: 2000,
    because: "fixture",
  }));
  const staticChars = template.replace(/\$\{[^}]*\}/g, "").length;
  return { template, staticChars, holes };
}

function agentBounds(s: StageSpec): Bounds {
  const attempts = s.attempts ?? 1;
  const prompt = promptInfo(s.prompt ?? "");
  const input = Math.ceil((prompt.staticChars + prompt.holes.length * 2000) / 4) + 500;
  const maxTokens = typeof s.options?.maxTokens === "number" ? s.options.maxTokens : 1000;
  const model = s.pricedModel ?? s.model ?? "opus";
  const family = Object.keys(TOY_PRICES).find((k) => model.includes(k)) ?? "opus";
  const [pin, pout] = TOY_PRICES[family]!;
  return {
    agents: attempts,
    inputTokens: input * attempts,
    outputTokens: maxTokens * attempts,
    usd: round(((input * pin + maxTokens * pout) / 1e6) * attempts),
    latencyMs: AGENT_LATENCY_MS * attempts,
    peakConcurrency: 1,
  };
}

const zero = (): Bounds => ({ agents: 0, inputTokens: 0, outputTokens: 0, usd: 0, latencyMs: 0, peakConcurrency: 0 });
const seq = (a: Bounds, b: Bounds): Bounds => ({
  agents: a.agents + b.agents,
  inputTokens: a.inputTokens + b.inputTokens,
  outputTokens: a.outputTokens + b.outputTokens,
  usd: round(a.usd + b.usd),
  latencyMs: a.latencyMs + b.latencyMs,
  peakConcurrency: Math.max(a.peakConcurrency, b.peakConcurrency),
});
const maxOf = (a: Bounds, b: Bounds): Bounds => ({
  agents: Math.max(a.agents, b.agents),
  inputTokens: Math.max(a.inputTokens, b.inputTokens),
  outputTokens: Math.max(a.outputTokens, b.outputTokens),
  usd: Math.max(a.usd, b.usd),
  latencyMs: Math.max(a.latencyMs, b.latencyMs),
  peakConcurrency: Math.max(a.peakConcurrency, b.peakConcurrency),
});
/** `times` copies of `b`: `serialTimes` of them back to back, `wide` at once. */
function scale(b: Bounds, times: number, serialTimes: number, wide: number): Bounds {
  return {
    agents: b.agents * times,
    inputTokens: b.inputTokens * times,
    outputTokens: b.outputTokens * times,
    usd: round(b.usd * times),
    latencyMs: b.latencyMs * serialTimes,
    peakConcurrency: b.peakConcurrency * wide,
  };
}
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, sortKeys(record[k])]),
  );
}
