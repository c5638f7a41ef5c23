/**
 * What recording a result costs, next to the cheapest durable alternative measured in the same process
 * on the same disk: `appendFileSync` + `fsyncSync` of a record of the same size (the perf-anchors
 * baseline: 0.27 ms median, 0.64 ms p99). The target is ≤ 1 ms p99 per agent.
 *
 * Measured per record: `recordResult` under the default durability (synchronous=NORMAL), the same under
 * `power` (synchronous=FULL, one fsync per commit), and a whole agent's journal traffic
 * (`markStarted` + `recordResult`: two commits). Returns numbers only; it asserts nothing.
 */

import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as nodePath from "node:path";

import { openJournal } from "./journal.js";
import type { Journal } from "./types.js";

export interface JournalBench {
  n: number;
  recordBytes: number;
  /** Mean µs per `recordResult`, durability `process` (synchronous=NORMAL). */
  perResultMicros: number;
  perResultP50Micros: number;
  perResultP99Micros: number;
  /** Mean µs per agent: `markStarted` + `recordResult`, durability `process`. */
  perAgentMicros: number;
  perAgentP99Micros: number;
  /** Mean / p99 µs per `recordResult` with durability `power` (synchronous=FULL). */
  perResultFullSyncMicros: number;
  perResultFullSyncP99Micros: number;
  /** Mean / p50 / p99 µs per `appendFileSync` + `fsyncSync` of a record of the same size. */
  baselineAppendFsyncMicros: number;
  baselineP50Micros: number;
  baselineP99Micros: number;
  /** perResultMicros / baselineAppendFsyncMicros. */
  ratio: number;
  journalBytes: number;
}

export function benchJournal(options: { n?: number; recordBytes?: number; dir?: string } = {}): JournalBench {
  const n = options.n ?? 1000;
  const recordBytes = options.recordBytes ?? 1600;
  const dir = fs.mkdtempSync(nodePath.join(options.dir ?? os.tmpdir(), "wfc-journal-bench-"));
  try {
    // ~1.6 KB of JSON once serialised: a typical structured agent output.
    const value = { summary: randomBytes(Math.floor((recordBytes - 200) / 2)).toString("hex"), findings: [1, 2, 3] };
    const usage = { inputTokens: 1200, outputTokens: 400, cacheReadTokens: 0, cacheWriteTokens: 0 };
    const keys = Array.from({ length: n }, () => randomBytes(32).toString("hex"));

    const normal = withJournal(nodePath.join(dir, "normal.db"), "process", (j, runId) => {
      const perAgent: number[] = [];
      const perResult: number[] = [];
      keys.forEach((key, i) => {
        const t0 = process.hrtime.bigint();
        j.markStarted(runId, key, "s1", [i]);
        const t1 = process.hrtime.bigint();
        j.recordResult(runId, key, { stageId: "s1", index: [i], value, usage, attempts: 1, latencyMs: 1000, usd: 0.01 });
        const t2 = process.hrtime.bigint();
        perResult.push(micros(t2 - t1));
        perAgent.push(micros(t2 - t0));
      });
      return { perAgent, perResult };
    });

    const normalBytes = sizeOf(nodePath.join(dir, "normal.db")); // after close: the WAL is checkpointed away
    const full = withJournal(nodePath.join(dir, "full.db"), "power", (j, runId) =>
      keys.map((key, i) => {
        const t0 = process.hrtime.bigint();
        j.recordResult(runId, key, { stageId: "s1", index: [i], value, usage, attempts: 1, latencyMs: 1000, usd: 0.01 });
        return micros(process.hrtime.bigint() - t0);
      }),
    );

    const line = `${JSON.stringify({ type: "result", key: keys[0], value, usage })}\n`;
    const file = nodePath.join(dir, "baseline.jsonl");
    const fd = fs.openSync(file, "a");
    const baseline: number[] = [];
    try {
      for (let i = 0; i < n; i++) {
        const t0 = process.hrtime.bigint();
        fs.appendFileSync(fd, line);
        fs.fsyncSync(fd);
        baseline.push(micros(process.hrtime.bigint() - t0));
      }
    } finally {
      fs.closeSync(fd);
    }

    const perResultMicros = mean(normal.value.perResult);
    const baselineAppendFsyncMicros = mean(baseline);
    return {
      n,
      recordBytes: Buffer.byteLength(line),
      perResultMicros,
      perResultP50Micros: quantile(normal.value.perResult, 0.5),
      perResultP99Micros: quantile(normal.value.perResult, 0.99),
      perAgentMicros: mean(normal.value.perAgent),
      perAgentP99Micros: quantile(normal.value.perAgent, 0.99),
      perResultFullSyncMicros: mean(full.value),
      perResultFullSyncP99Micros: quantile(full.value, 0.99),
      baselineAppendFsyncMicros,
      baselineP50Micros: quantile(baseline, 0.5),
      baselineP99Micros: quantile(baseline, 0.99),
      ratio: perResultMicros / baselineAppendFsyncMicros,
      journalBytes: normalBytes,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function withJournal<T>(path: string, durability: "process" | "power", body: (j: Journal, runId: string) => T): { value: T } {
  const opened = openJournal(path, { durability });
  if (!opened.ok) throw new Error(`bench: ${opened.error.message}`); // a bench on a broken disk is a bug report
  const j = opened.journal;
  try {
    const runId = j.createRun({ planPath: "bench.wf.js", planHash: "0".repeat(64), provider: "bench" });
    return { value: body(j, runId) };
  } finally {
    j.close();
  }
}

function sizeOf(path: string): number {
  return fs.existsSync(path) ? fs.statSync(path).size : 0;
}

function micros(ns: bigint): number {
  return Number(ns) / 1000;
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
