import * as fs from "node:fs";
import * as path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { JournalFault } from "../../runtime/journal/errors.js";
import { DEFAULT_JOURNAL_PATH, openJournal } from "../../runtime/journal/journal.js";
import { RUN_ID_PATTERN } from "../../runtime/journal/run-id.js";
import type { Journal } from "../../runtime/journal/types.js";
import { keyOf, planInfo, sampleResult, tempDir } from "./helpers.js";

let dir: string;
let file: string;
const open: Journal[] = [];

function openOk(p = file): Journal {
  const opened = openJournal(p);
  if (!opened.ok) throw new Error(`expected the journal to open: ${opened.error.message}`);
  open.push(opened.journal);
  return opened.journal;
}

beforeEach(() => {
  dir = tempDir();
  file = path.join(dir, "nested", ".wfc", "journal.db");
});
afterEach(() => {
  for (const j of open.splice(0)) j.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("opening", () => {
  it("creates missing parent directories and a WAL-mode journal marked as wfc's", () => {
    expect(DEFAULT_JOURNAL_PATH).toBe(".wfc/journal.db");
    openOk();
    expect(fs.existsSync(file)).toBe(true);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(raw.pragma("application_id", { simple: true })).toBe(0x7766636a);
    expect(raw.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get()).toBe("1");
    raw.close();
  });

  it("leaves no temporary files next to the journal", () => {
    openOk().close();
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes(".init"))).toEqual([]);
  });
});

describe("runs", () => {
  it("round-trips a run from createRun through finishRun", () => {
    const j = openOk();
    const runId = j.createRun({ ...planInfo, seed: 7, bounds: { agents: 10, usd: 1.5 } });
    expect(runId).toMatch(RUN_ID_PATTERN);

    const started = j.getRun(runId);
    expect(started.ok && started.value).toMatchObject({ runId, status: "running", planName: "audit", args: { dir: "src" }, seed: 7, bounds: { agents: 10, usd: 1.5 }, endedAt: null, resumes: 0, lease: null });

    const totals = { agents: 2, succeeded: 1, failed: 1, quarantined: 0, replayed: 0, inputTokens: 300, outputTokens: 30, usd: 0.02, ms: 2000 };
    j.finishRun(runId, { status: "degraded", result: { ok: "partly" }, census: { failed: 1 }, totals, endedAt: 1_800_000_000_000 });
    const finished = j.getRun(runId);
    expect(finished.ok && finished.value).toMatchObject({ status: "degraded", result: { ok: "partly" }, census: { failed: 1 }, totals, endedAt: 1_800_000_000_000 });
  });

  it("accepts a given run id, and refuses to create the same id twice", () => {
    const j = openOk();
    expect(j.createRun({ ...planInfo, runId: "r-20261124-1402-ab12cd" })).toBe("r-20261124-1402-ab12cd");
    expect(() => j.createRun({ ...planInfo, runId: "r-20261124-1402-ab12cd" })).toThrow(JournalFault);
  });

  it("lists runs newest first, with live totals for unfinished runs and stored totals for finished ones", () => {
    const j = openOk();
    const older = j.createRun({ ...planInfo, startedAt: 1_000 });
    const newer = j.createRun({ ...planInfo, planName: "review", startedAt: 2_000 });
    j.recordResult(newer, keyOf("a"), sampleResult(1));
    j.recordResult(newer, keyOf("b"), sampleResult(2));
    j.finishRun(older, { status: "completed", totals: { agents: 5, succeeded: 5, failed: 0, quarantined: 0, replayed: 0, inputTokens: 50, outputTokens: 5, usd: 0.5, ms: 1 } });

    const runs = j.listRuns();
    expect(runs.map((r) => r.runId)).toEqual([newer, older]);
    expect(runs[0]).toMatchObject({ planName: "review", agents: 2, inputTokens: 101 + 102, outputTokens: 11 + 12, usd: 0.002, status: "interrupted" });
    expect(runs[1]).toMatchObject({ status: "completed", agents: 5, inputTokens: 50, usd: 0.5 });
    expect(j.listRuns({ limit: 1 })).toHaveLength(1);
  });

  it("answers not-found for a run id that is not in the journal", () => {
    const j = openOk();
    const missing = j.getRun("r-20990101-0000-000000");
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.error.code).toBe("not-found");
      expect(missing.error.message).toContain("no run `r-20990101-0000-000000`");
      expect(missing.error.message).toContain("wfc runs");
    }
    const lease = j.acquireLease("r-20990101-0000-000000");
    expect(!lease.ok && lease.error.code).toBe("not-found");
  });

  it("turns a write to an unknown run into a JournalFault carrying not-found", () => {
    const j = openOk();
    try {
      j.recordResult("r-nope", keyOf("a"), sampleResult(1));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JournalFault);
      expect((e as JournalFault).error.code).toBe("not-found");
    }
  });
});

describe("results", () => {
  it("round-trips a recorded result through lookup and resultsFor", () => {
    const j = openOk();
    const runId = j.createRun(planInfo);
    const key = keyOf("call-1");
    expect(j.lookup(runId, key)).toBeUndefined();
    expect(j.recordResult(runId, key, sampleResult(1, { findings: ["a", "b"], nested: { n: 1.5 } }))).toBe("recorded");
    const got = j.lookup(runId, key);
    expect(got).toMatchObject({ key, stageId: "stage-1", index: [1], value: { findings: ["a", "b"], nested: { n: 1.5 } }, model: "claude-sonnet-4-6", attempts: 1, latencyMs: 1234.5, usd: 0.001 });
    expect(got?.usage).toEqual({ inputTokens: 101, outputTokens: 11, cacheReadTokens: 0, cacheWriteTokens: 0 });
    expect(j.resultsFor(runId).map((r) => r.key)).toEqual([key]);
    // Free-text outputs are stored as JSON strings and come back as strings.
    j.recordResult(runId, keyOf("text"), sampleResult(2, "plain text answer"));
    expect(j.lookup(runId, keyOf("text"))?.value).toBe("plain text answer");
  });

  it("keeps the first result when the same key is recorded twice, and never duplicates it", () => {
    const j = openOk();
    const runId = j.createRun(planInfo);
    const key = keyOf("call-1");
    expect(j.recordResult(runId, key, sampleResult(1, "first"))).toBe("recorded");
    expect(j.recordResult(runId, key, sampleResult(1, "second"))).toBe("duplicate");
    expect(j.lookup(runId, key)?.value).toBe("first");
    expect(j.resultsFor(runId)).toHaveLength(1);
  });

  it("scopes keys by run: the same key in another run is a miss", () => {
    const j = openOk();
    const a = j.createRun(planInfo);
    const b = j.createRun(planInfo);
    j.recordResult(a, keyOf("k"), sampleResult(1));
    expect(j.lookup(b, keyOf("k"))).toBeUndefined();
  });

  it("lists calls started without a result or failure as in flight", () => {
    const j = openOk();
    const runId = j.createRun(planInfo);
    for (const name of ["a", "b", "c"]) j.markStarted(runId, keyOf(name), "stage-x", [name.charCodeAt(0)]);
    j.markStarted(runId, keyOf("c"), "stage-x", [99]); // restarted after a crash
    j.recordResult(runId, keyOf("a"), sampleResult(1));
    j.recordFailure(runId, keyOf("b"), { stageId: "stage-x", index: [1], error: { class: "timeout", message: "deadline passed", attempts: 3 } });
    expect(j.inFlight(runId)).toEqual([expect.objectContaining({ key: keyOf("c"), stageId: "stage-x", index: [99], starts: 2 })]);
  });

  it("records failures for the census; a later result supersedes a failure and never the reverse", () => {
    const j = openOk();
    const runId = j.createRun(planInfo);
    const failure = { stageId: "s", index: [0], error: { class: "rate_limited" as const, message: "429 after 5 attempts", status: 429, requestId: "req_1", attempts: 5 } };
    expect(j.recordFailure(runId, keyOf("f"), failure)).toBe("recorded");
    expect(j.failuresFor(runId)).toEqual([expect.objectContaining({ key: keyOf("f"), errorClass: "rate_limited", status: 429, requestId: "req_1", attempts: 5 })]);

    expect(j.recordResult(runId, keyOf("f"), sampleResult(0))).toBe("recorded"); // the resume's retry succeeded
    expect(j.failuresFor(runId)).toEqual([]);
    expect(j.recordFailure(runId, keyOf("f"), failure)).toBe("superseded");
    expect(j.failuresFor(runId)).toEqual([]);
    expect(j.lookup(runId, keyOf("f"))).toBeDefined();
  });
});

describe("durability across connections", () => {
  it("serves a result recorded by a connection that was never closed (a crashed process) to a new one", () => {
    const writer = openOk();
    const runId = writer.createRun(planInfo);
    writer.recordResult(runId, keyOf("k"), sampleResult(5, { survived: true }));
    // `writer` is deliberately left open: no checkpoint, no clean shutdown.
    const reader = openOk();
    expect(reader.lookup(runId, keyOf("k"))?.value).toEqual({ survived: true });
    expect(reader.recordResult(runId, keyOf("k"), sampleResult(5, "again"))).toBe("duplicate");
  });

  it("opens read-only for inspection: reads work, writes fail with a JournalFault naming the method", () => {
    const j = openOk();
    const runId = j.createRun(planInfo);
    j.recordResult(runId, keyOf("k"), sampleResult(1));
    const ro = openJournal(file, { readonly: true });
    expect(ro.ok).toBe(true);
    if (!ro.ok) return;
    try {
      expect(ro.journal.readonly).toBe(true);
      expect(ro.journal.lookup(runId, keyOf("k"))).toBeDefined();
      expect(ro.journal.listRuns()).toHaveLength(1);
      const writable = ro.journal as unknown as Journal;
      expect(() => writable.recordResult(runId, keyOf("x"), sampleResult(2))).toThrow(/read-only.*insertResult/);
    } finally {
      ro.journal.close();
    }
  });
});
