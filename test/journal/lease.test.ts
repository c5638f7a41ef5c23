import { type ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { openJournal } from "../../runtime/journal/journal.js";
import type { Journal } from "../../runtime/journal/types.js";
import { bundleFixture, planInfo, tempDir } from "./helpers.js";

let buildDir: string;
let child: string;
let dir: string;
let file: string;
let journal: Journal;
const children: ChildProcess[] = [];

beforeAll(async () => {
  buildDir = tempDir();
  child = await bundleFixture("journal-child", buildDir);
});
afterAll(() => fs.rmSync(buildDir, { recursive: true, force: true }));

beforeEach(() => {
  dir = tempDir();
  file = path.join(dir, "journal.db");
  const opened = openJournal(file);
  if (!opened.ok) throw new Error(opened.error.message);
  journal = opened.journal;
});
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  journal.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts a child that takes the run's lease and heartbeats; resolves with its pid once it holds it. */
function holdInChild(runId: string): Promise<{ proc: ChildProcess; pid: number }> {
  const proc = spawn(process.execPath, [child, "hold", file, runId], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(proc);
  return new Promise((resolve, reject) => {
    let out = "";
    proc.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const leased = /LEASED (\d+)/.exec(out);
      if (leased) resolve({ proc, pid: Number(leased[1]) });
      if (out.includes("ERROR")) reject(new Error(out));
    });
    proc.on("exit", (code) => reject(new Error(`child exited (${code}) before taking the lease: ${out}`)));
  });
}

function killed(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.on("exit", () => resolve());
    proc.kill("SIGKILL");
  });
}

describe("run leases", () => {
  it("refuses a second lease while the first holder is alive, naming the holder's pid", () => {
    const runId = journal.createRun(planInfo);
    const first = journal.acquireLease(runId);
    expect(first.ok && first.value).toMatchObject({ runId, pid: process.pid, tookOver: false });
    const second = journal.acquireLease(runId);
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.error.code).toBe("locked");
      expect(second.error.message).toContain(`run ${runId} is being executed by process ${process.pid}`);
    }
  });

  it("refuses a lease held by another live process, and takes it over once that process is killed", async () => {
    const runId = journal.createRun(planInfo);
    const { proc, pid } = await holdInChild(runId);
    const refused = journal.acquireLease(runId);
    expect(!refused.ok && refused.error.code).toBe("locked");
    expect(!refused.ok && refused.error.message).toContain(`process ${pid}`);
    expect(journal.listRuns()[0]?.status).toBe("running");

    await killed(proc); // kill -9: no release, the heartbeat is still fresh
    expect(journal.listRuns()[0]?.status).toBe("interrupted");
    const taken = journal.acquireLease(runId);
    expect(taken.ok && taken.value).toMatchObject({ pid: process.pid, tookOver: true });
    const run = journal.getRun(runId);
    expect(run.ok && run.value).toMatchObject({ status: "running", resumes: 1, lease: { pid: process.pid } });
  });

  it("takes over a stale lease from a live but silent holder; the old holder learns it from heartbeat", async () => {
    const runId = journal.createRun(planInfo);
    const old = journal.acquireLease(runId);
    if (!old.ok) throw new Error(old.error.message);
    await new Promise((r) => setTimeout(r, 20));
    const taken = journal.acquireLease(runId, { staleMs: 5 }); // the holder (this pid) is alive but silent
    expect(taken.ok && taken.value.tookOver).toBe(true);
    const beat = journal.heartbeat(runId, old.value.token);
    expect(!beat.ok && beat.error).toMatchObject({ code: "locked", message: expect.stringContaining("lost the lease") });
    if (taken.ok) expect(journal.heartbeat(runId, taken.value.token)).toEqual({ ok: true, value: undefined });
  });

  it("a released lease can be taken again, and resuming a finished run marks it running", () => {
    const runId = journal.createRun(planInfo);
    const lease = journal.acquireLease(runId);
    if (!lease.ok) throw new Error(lease.error.message);
    journal.finishRun(runId, { status: "failed" });
    journal.releaseLease(runId, lease.value.token);
    const again = journal.acquireLease(runId);
    expect(again.ok && again.value.tookOver).toBe(false);
    const run = journal.getRun(runId);
    expect(run.ok && run.value).toMatchObject({ status: "running", endedAt: null, resumes: 1 });
  });
});
