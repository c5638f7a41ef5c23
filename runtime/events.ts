/**
 * Typed run events and their two sinks: a JSONL writer (`--events FILE`) and a progress renderer
 * (a live block grouped by phase on a TTY, one plain line per event otherwise).
 */
import type { Usage } from "./providers/types.js";
import type { CensusClass } from "./census.js";

export type RunEvent =
  | { type: "run-start"; t: number; path: string; runId?: string; simulated: boolean; concurrency: number }
  | { type: "phase"; t: number; title: string }
  | { type: "log"; t: number; message: string; level: "log" | "info" | "warn" | "error" }
  | { type: "agent-start"; t: number; stageId: string; index: number[]; label: string; phase: string | null; model: string; attempt: number }
  | ({ type: "agent-end"; t: number; stageId: string; index: number[]; label: string; phase: string | null; model: string; ok: boolean; errorClass?: CensusClass; usd: number; ms: number; attempt: number } & Usage)
  | { type: "replayed"; t: number; stageId: string; index: number[]; label: string; phase: string | null }
  | { type: "run-end"; t: number; status: "completed" | "degraded" | "failed"; agents: number; usd: number; ms: number; error?: string };

export type EventSink = (event: RunEvent) => void;

/** A JSONL writer: one event per line, written through the given `write` (a file stream's write). */
export function jsonlSink(write: (line: string) => void): EventSink {
  return (event) => write(`${JSON.stringify(event)}\n`);
}

/** Fans one event out to several sinks; a throwing sink never breaks the run. */
export function teeSinks(...sinks: (EventSink | undefined)[]): EventSink {
  const live = sinks.filter((s): s is EventSink => s !== undefined);
  return (event) => {
    for (const s of live) {
      try {
        s(event);
      } catch {
        // A display problem must not fail the run.
      }
    }
  };
}

export interface ProgressOptions {
  write: (text: string) => void;
  isTTY: boolean;
  /** Injected clock (tests). */
  now?: () => number;
  /** Minimum milliseconds between redraws on a TTY (default 100: at most 10 per second). */
  minIntervalMs?: number;
}

interface PhaseRow {
  done: number;
  running: number;
  failed: number;
  replayed: number;
  outputTokens: number;
  usd: number;
}

/** The progress renderer. Returns the sink and a `flush` that draws the final state. */
export function progressSink(options: ProgressOptions): { sink: EventSink; flush: () => void } {
  const now = options.now ?? Date.now;
  const interval = options.minIntervalMs ?? 100;
  const phases = new Map<string, PhaseRow>();
  let started = now();
  let lastDraw = -Infinity;
  let drawnLines = 0;
  const logs: string[] = [];
  const row = (p: string | null): PhaseRow => {
    const key = p ?? "(no phase)";
    let r = phases.get(key);
    if (!r) phases.set(key, (r = { done: 0, running: 0, failed: 0, replayed: 0, outputTokens: 0, usd: 0 }));
    return r;
  };
  const render = (): string => {
    const lines: string[] = [];
    for (const [title, r] of phases)
      lines.push(
        `${title.padEnd(28).slice(0, 28)} done ${r.done}  running ${r.running}  failed ${r.failed}${r.replayed ? `  replayed ${r.replayed}` : ""}  ${r.outputTokens} out tok  $${r.usd.toFixed(4)}`,
      );
    lines.push(`elapsed ${((now() - started) / 1000).toFixed(1)}s`);
    return lines.join("\n");
  };
  const draw = (force: boolean) => {
    const t = now();
    if (!force && t - lastDraw < interval) return;
    lastDraw = t;
    let out = drawnLines > 0 ? `\x1b[${drawnLines}A\x1b[J` : "";
    for (const l of logs.splice(0)) out += `${l}\n`;
    const block = render();
    out += `${block}\n`;
    drawnLines = block.split("\n").length;
    options.write(out);
  };
  const plain = (e: RunEvent): string | undefined => {
    switch (e.type) {
      case "run-start":
        return `run ${e.runId ?? ""} ${e.path}${e.simulated ? " (simulated)" : ""}, concurrency ${e.concurrency}`.replace("  ", " ");
      case "phase":
        return `== ${e.title}`;
      case "log":
        return `${e.level === "log" || e.level === "info" ? "" : `${e.level}: `}${e.message}`;
      case "agent-start":
        return `start  ${e.stageId}${fmtIndex(e.index)} (${e.model}${e.attempt > 1 ? `, attempt ${e.attempt}` : ""})`;
      case "agent-end":
        return `${e.ok ? "done  " : "FAILED"} ${e.stageId}${fmtIndex(e.index)} ${e.outputTokens} out tok $${e.usd.toFixed(4)} ${e.ms}ms${e.ok ? "" : ` [${e.errorClass}]`}`;
      case "replayed":
        return `replay ${e.stageId}${fmtIndex(e.index)}`;
      case "run-end":
        return `run ${e.status}: ${e.agents} agents, $${e.usd.toFixed(4)}, ${(e.ms / 1000).toFixed(1)}s${e.error ? ` — ${e.error}` : ""}`;
    }
  };
  const sink: EventSink = (e) => {
    if (!options.isTTY) {
      const line = plain(e);
      if (line !== undefined) options.write(`${line}\n`);
      return;
    }
    switch (e.type) {
      case "run-start":
        started = e.t;
        break;
      case "phase":
        row(e.title);
        break;
      case "log":
        logs.push(plain(e)!);
        break;
      case "agent-start":
        row(e.phase).running++;
        break;
      case "agent-end": {
        const r = row(e.phase);
        r.running--;
        if (e.ok) r.done++;
        else r.failed++;
        r.outputTokens += e.outputTokens;
        r.usd += e.usd;
        break;
      }
      case "replayed":
        row(e.phase).replayed++;
        break;
      case "run-end":
        draw(true);
        options.write(`${plain(e)}\n`);
        return;
    }
    draw(false);
  };
  return { sink, flush: () => (options.isTTY ? draw(true) : undefined) };
}

function fmtIndex(index: number[]): string {
  return index.length ? `[${index.join(",")}]` : "";
}
