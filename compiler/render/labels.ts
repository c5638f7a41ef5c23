/**
 * The words on a box, shared by every format so a Mermaid diagram in a PR and the HTML page say the
 * same thing. Numbers are compact (`1.2k`, `$0.42`, `3m 12s`) because a box is read at a glance;
 * the exact values are in the JSON and the HTML details panel.
 */
import type { StageJson } from "../graph/types.js";
import type { StageOverlay } from "./view.js";

export function formatCount(n: number): string {
  const abs = Math.abs(n);
  if (abs < 1000) return String(Math.round(n));
  for (const [size, unit] of [[1e9, "B"], [1e6, "M"], [1e3, "k"]] as const)
    if (abs >= size) return `${trim((n / size).toFixed(n / size >= 100 ? 0 : 1))}${unit}`;
  return String(n);
}

export function formatUsd(n: number): string {
  if (n === 0) return "$0";
  if (n < 0.001) return "<$0.001";
  if (n < 1) return `$${trim(n.toPrecision(2))}`;
  if (n < 100) return `$${trim(n.toFixed(2))}`;
  if (n < 1000) return `$${Math.round(n)}`;
  return `$${formatCount(n)}`;
}

export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const s = ms / 1000;
  if (s < 60) return `${trim(s.toFixed(1))}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${Math.round(s - m * 60)}s`;
  const h = Math.floor(m / 60);
  return `${h}h ${m - h * 60}m`;
}

function trim(x: string): string {
  return x.includes(".") ? x.replace(/\.?0+$/, "") : x;
}

/**
 * The stage's name without a repeated kind: the compiler labels an unnamed container by its id
 * segment (`parallel:audits`), which would read `parallel: parallel:audits` after the kind.
 */
export function displayLabel(s: StageJson): string {
  const prefix = `${s.kind}:`;
  return s.label.startsWith(prefix) ? s.label.slice(prefix.length) : s.label;
}

/** The first line: what the stage is, with its structural bound (`×50`, `≤5 rounds`, `≤3 attempts`). */
export function titleLine(s: StageJson): string {
  const label = displayLabel(s);
  const named = (kind: string): string => (label && label !== kind ? `${kind}: ${label}` : kind);
  switch (s.kind) {
    case "agent":
      return label || "agent";
    case "parallel":
    case "pipeline":
      return `${named(s.kind)} ×${formatCount(s.width ?? 1)}`;
    case "loop":
      return `${named("loop")} ≤${formatCount(s.iterations ?? 1)} iterations`;
    case "retry":
      return `${named("retry")} ≤${s.attempts ?? 1} attempts`;
    case "gate":
      // A gate over a list checks each item: its width is how many, like a fan-out's.
      return s.width !== undefined ? `${named("gate")} ×${formatCount(s.width)}` : named("gate");
    case "branch":
      return `${named("branch")} (worst arm)`;
    case "workflow":
      return `workflow: ${s.workflow ?? label}`;
    case "serial":
      return label || "serial";
  }
}

/** Detail lines under the title: model / gate policy, then the worst-case cost. */
export function detailLines(s: StageJson): string[] {
  const lines: string[] = [];
  if (s.kind === "agent") {
    const parts = [s.model ?? "session model"];
    if (s.effort) parts.push(`effort ${s.effort}`);
    if ((s.attempts ?? 1) > 1) parts.push(`≤${s.attempts} attempts`);
    lines.push(parts.join(" · "));
  }
  if (s.kind === "gate" && s.gate) {
    const retry = s.gate.onFail === "retry" ? ` ≤${s.gate.attempts}` : "";
    lines.push(`${s.gate.check} check · on fail ${s.gate.onFail}${retry}`);
  }
  lines.push(costLine(s));
  return lines;
}

/**
 * `50 runs · ≤50 agents · ≤$1.3`: the whole worst case of the stage over every execution. Runs are
 * spelled out rather than `×50` because a fan-out's title already uses `×` for its width, and a
 * fan-out inside a loop has both.
 */
export function costLine(s: StageJson): string {
  const mult = s.multiplicity > 1 ? `${formatCount(s.multiplicity)} runs · ` : "";
  if (s.total.agents === 0 && s.total.usd === 0) return `${mult}no agents`;
  const agents = `≤${formatCount(s.total.agents)} ${s.total.agents === 1 ? "agent" : "agents"}`;
  return `${mult}${agents} · ≤${formatUsd(s.total.usd)}`;
}

/** The overlay lines: `OVER BOUND: usd` when exceeded, `ran 48/50 · $1.26/$1.3 · 49m 10s`, then failures. */
export function actualLines(s: StageJson, o: StageOverlay | undefined): string[] {
  if (!o) return [];
  const a = o.actual;
  const lines = o.exceeded.length ? [`OVER BOUND: ${o.exceeded.join(", ")}`] : [];
  lines.push(`ran ${formatCount(a.agents)}/${formatCount(s.total.agents)} · ${formatUsd(a.usd)}/${formatUsd(s.total.usd)} · ${formatMs(a.ms)}`);
  const bad: string[] = [];
  if (a.failed) bad.push(`${formatCount(a.failed)} failed`);
  if (a.quarantined) bad.push(`${formatCount(a.quarantined)} quarantined`);
  if (a.replayed) bad.push(`${formatCount(a.replayed)} replayed`);
  if (bad.length) lines.push(bad.join(" · "));
  return lines;
}

/** The notes line (`then arm · phase: Fix`), or nothing. */
export function noteLines(notes: readonly string[] | undefined): string[] {
  return notes?.length ? [notes.join(" · ")] : [];
}

/** Every line of a box, title first. */
export function stageLines(s: StageJson, o: StageOverlay | undefined, notes?: readonly string[]): string[] {
  return [titleLine(s), ...noteLines(notes), ...detailLines(s), ...actualLines(s, o)];
}

/** A container's lines: title, notes, worst-case cost, actuals (the gate policy lives on its verdict). */
export function groupLines(s: StageJson, o: StageOverlay | undefined, notes?: readonly string[]): string[] {
  return [titleLine(s), ...noteLines(notes), ...detailLines(s).slice(-1), ...actualLines(s, o)];
}

/** One line for a diagram title when a report names stages this graph does not have. */
export function unmatchedLine(ids: readonly string[]): string {
  if (!ids.length) return "";
  const shown = ids.slice(0, 3).join(", ");
  return `report has actuals for ${ids.length} stage${ids.length === 1 ? "" : "s"} not in this graph: ${shown}${ids.length > 3 ? ", …" : ""}`;
}

/** The plan's one-line summary for a diagram title. */
export function planSummary(b: { agents: number; usd: number; latencyMs: number; peakConcurrency: number }): string {
  return `worst case ≤${formatCount(b.agents)} agents · ≤${formatUsd(b.usd)} · ≤${formatMs(b.latencyMs)} · ≤${b.peakConcurrency} at once`;
}
