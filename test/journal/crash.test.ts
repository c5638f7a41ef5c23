/**
 * kill -9 in the middle of a run, then resume, several times: the history check of "exactly-once
 * recording". A child process records results (16 calls in flight, like the scheduler) and prints each
 * key only after `recordResult` returned. After each SIGKILL the parent reopens the journal and checks:
 * every printed key is there, nothing is duplicated, the unfinished calls are listed as in flight, and a
 * resume re-executes no more calls than were in flight.
 */

import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openJournal } from "../../runtime/journal/journal.js";
import type { Journal } from "../../runtime/journal/types.js";
import { bundleFixture, planInfo, tempDir } from "./helpers.js";

const CALLS = 400;
const IN_FLIGHT = 16;

let dir: string;
let child: string;

beforeAll(async () => {
  dir = tempDir();
  child = await bundleFixture("journal-child", dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface ChildRun {
  printed: string[];
  replayed: number;
  done: boolean;
  signal: NodeJS.Signals | null;
}

/** Runs the child; if `killAfter` is set, SIGKILLs it as soon as it has printed that many keys. */
function runChild(file: string, runId: string, killAfter?: number): Promise<ChildRun> {
  const proc: ChildProcess = spawn(process.execPath, [child, "record", file, runId, String(CALLS), "2"], { stdio: ["ignore", "pipe", "inherit"] });
  const run: ChildRun = { printed: [], replayed: 0, done: false, signal: null };
  let buffer = "";
  proc.stdout?.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith("R ")) run.printed.push(line.slice(2));
      else if (line.startsWith("REPLAYED ")) run.replayed = Number(line.slice(9));
      else if (line === "DONE") run.done = true;
      else if (line.startsWith("ERROR")) throw new Error(line);
    }
    if (killAfter !== undefined && run.printed.length >= killAfter) proc.kill("SIGKILL");
  });
  return new Promise((resolve) =>
    proc.on("exit", (_code, signal) => {
      run.signal = signal;
      resolve(run);
    }),
  );
}

const allKeys = Array.from({ length: CALLS }, (_, i) => createHash("sha256").update(`call-${i}`).digest("hex"));

function reopen(file: string): Journal {
  const opened = openJournal(file);
  if (!opened.ok) throw new Error(`reopen after the crash failed: ${opened.error.message}`);
  return opened.journal;
}

describe("crash safety under kill -9", () => {
  it("keeps every result whose recordResult returned, exactly once, across repeated kills and resumes", async () => {
    const file = path.join(dir, "crash", ".wfc", "journal.db");
    const setup = reopen(file);
    const runId = setup.createRun(planInfo);
    setup.close();

    const confirmed = new Set<string>(); // keys some child printed: their recordResult had returned
    let crashes = 0;
    for (const killAfter of [37, 81, 5]) {
      const run = await runChild(file, runId, killAfter);
      expect(run.signal).toBe("SIGKILL");
      expect(run.done).toBe(false);
      crashes++;
      for (const key of run.printed) confirmed.add(key);

      const journal = reopen(file);
      try {
        const results = journal.resultsFor(runId);
        const recorded = new Set(results.map((r) => r.key));
        expect(recorded.size).toBe(results.length); // none duplicated
        for (const key of confirmed) expect(recorded.has(key)).toBe(true); // none lost
        // At most one result committed whose key the child had not printed yet.
        expect(recorded.size - confirmed.size).toBeGreaterThanOrEqual(0);
        expect(recorded.size - confirmed.size).toBeLessThanOrEqual(1);

        const inFlight = journal.inFlight(runId);
        expect(inFlight.length).toBeGreaterThanOrEqual(IN_FLIGHT - 1);
        expect(inFlight.length).toBeLessThanOrEqual(IN_FLIGHT);
        for (const call of inFlight) expect(recorded.has(call.key)).toBe(false);
        expect(journal.listRuns()[0]).toMatchObject({ runId, status: "interrupted", agents: recorded.size });
        for (const r of results) expect(r.value).toMatchObject({ i: allKeys.indexOf(r.key) });
      } finally {
        journal.close();
      }
    }

    // The final resume runs to the end: it replays what was recorded and executes only the rest.
    const before = reopen(file);
    const recordedBefore = before.resultsFor(runId).length;
    before.close();
    const last = await runChild(file, runId);
    expect(last.done).toBe(true);
    expect(last.replayed).toBe(recordedBefore);
    expect(last.printed.length).toBe(CALLS - recordedBefore);

    const journal = reopen(file);
    try {
      const keys = journal.resultsFor(runId).map((r) => r.key);
      expect(keys.slice().sort()).toEqual(allKeys.slice().sort());
      expect(journal.inFlight(runId)).toEqual([]);
      const run = journal.getRun(runId);
      expect(run.ok && run.value).toMatchObject({ status: "completed", resumes: crashes, lease: null });
    } finally {
      journal.close();
    }

    // Re-executions: each crash may cost at most the calls that were in flight at that moment.
    const raw = new Database(file, { readonly: true });
    const starts = raw.prepare("SELECT sum(starts) FROM started WHERE run_id = ?").pluck().get(runId) as number;
    raw.close();
    expect(starts - CALLS).toBeLessThanOrEqual(IN_FLIGHT * crashes);
  });
});
