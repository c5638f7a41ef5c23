/**
 * The run report: what `wfc run --report FILE` writes and `wfc graph --report` overlays. Plain,
 * stable JSON: status, census, per-stage actuals (StageActuals) and totals, timings, and — when the
 * plan's stage graph is known — the compiler's worst-case bounds beside each actual, so a reader can
 * see how close the run came to what `wfc check` promised.
 */
import type { Bounds, StageActuals, StageGraphJson } from "../compiler/graph/types.js";
import type { RunResult } from "./run.js";

export const RUN_REPORT_VERSION = 1;

export interface StageReport {
  actual: StageActuals;
  /** The stage's worst case over all its executions (`total` in the graph), when a graph was given. */
  bound?: Bounds;
  kind?: string;
  label?: string;
}

export interface RunReport {
  version: typeof RUN_REPORT_VERSION;
  runId: string | null;
  plan: { path: string; name: string | null; hash: string | null };
  status: RunResult["status"];
  simulated: boolean;
  error: RunResult["error"] | null;
  census: RunResult["census"];
  totals: RunResult["totals"];
  /** The plan's worst case (graph bounds), beside `totals`. */
  bounds: Bounds | null;
  timings: { startedAt: number; endedAt: number; wallMs: number; agentMs: number; peakConcurrency: number };
  /** Sorted by stage id. */
  stages: Record<string, StageReport>;
}

export function buildRunReport(
  result: RunResult,
  context: { path: string; runId?: string | undefined; graph?: StageGraphJson | undefined; startedAt: number; endedAt: number },
): RunReport {
  const { graph } = context;
  const byId = new Map((graph?.stages ?? []).map((s) => [s.id, s]));
  const stages: Record<string, StageReport> = {};
  for (const id of Object.keys(result.perStage).sort()) {
    const s = byId.get(id);
    stages[id] = { actual: { ...result.perStage[id]! }, ...(s && { bound: s.total, kind: s.kind, label: s.label }) };
  }
  return {
    version: RUN_REPORT_VERSION,
    runId: context.runId ?? null,
    plan: { path: context.path, name: graph?.plan.name ?? null, hash: graph?.plan.hash ?? null },
    status: result.status,
    simulated: result.simulated,
    error: result.error ?? null,
    census: result.census,
    totals: result.totals,
    bounds: graph?.bounds ?? null,
    timings: {
      startedAt: context.startedAt,
      endedAt: context.endedAt,
      wallMs: Math.max(0, context.endedAt - context.startedAt),
      agentMs: Object.values(result.perStage).reduce((a, s) => a + s.ms, 0),
      peakConcurrency: result.scheduler.maxInFlight,
    },
    stages,
  };
}
