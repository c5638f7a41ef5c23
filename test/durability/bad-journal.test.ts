/**
 * What a user sees from `wfc run` when the journal is not a healthy one of this wfc's: random bytes at
 * the path, another application's database, a journal from a newer wfc, a run id that does not exist,
 * and two processes resuming the same run at once. Each is exit 1 with one clear sentence on stderr (no
 * stack trace), and a file wfc refused is left byte-identical, with no -wal or -shm beside it.
 */

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openJournal } from "../../runtime/journal/journal.js";
import { createRng } from "../../runtime/providers/sim-value.js";
import { type CrashServer, runArgv, runIdOf, settle, spawnWfc, startCrashServer, wfcSync, type WfcExit } from "./crash-harness.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let dir: string;
let crash: CrashServer;

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, "dist/cli.mjs"))) throw new Error("dist/cli.mjs is missing: run `npm run build` first");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "wfc-bad-journal-"));
  crash = await startCrashServer();
});
afterAll(async () => {
  await crash.server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** `wfc run` of the fixture plan against the test server, to completion. */
const runWfc = (journal: string, resume?: string): Promise<WfcExit> => spawnWfc(root, runArgv(root, journal, resume), { cwd: dir, apiUrl: crash.server.url }).done;

function expectRefusal(exit: WfcExit, message: RegExp): void {
  expect(exit.stderr).toMatch(message);
  expect(exit.stderr).not.toMatch(/^\s+at /m); // no stack trace
  expect(exit.code).toBe(1);
}

/** A journal made by this wfc with one run in it; returns the run id. */
function journalWithRun(file: string): string {
  const opened = openJournal(file);
  if (!opened.ok) throw new Error(opened.error.message);
  const runId = opened.journal.createRun({ planPath: "plan.wf.js", planHash: "0".repeat(64), provider: "anthropic" });
  opened.journal.close();
  return runId;
}

function randomBytes(n: number, seed: string): Buffer {
  const rng = createRng(seed);
  return Buffer.from(Array.from({ length: n }, () => Math.floor(rng() * 256)));
}

describe("wfc run with a journal it must refuse", () => {
  it("random bytes at the journal path: exit 1, `not a wfc journal`, the file untouched", async () => {
    const file = path.join(dir, "corrupt.db");
    fs.writeFileSync(file, randomBytes(16_384, "corrupt-journal"));
    const before = sha(file);
    const exit = await runWfc(file);
    expectRefusal(exit, new RegExp(`wfc run: not a wfc journal: file is not a database \\(${escape(file)}\\)\\. wfc did not modify it`));
    expect(crash.server.requests.length).toBe(0);
    const history = wfcSync(root, ["runs", "--journal", file], dir);
    expectRefusal(history, /wfc runs: not a wfc journal: file is not a database/);
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("corrupt"))).toEqual(["corrupt.db"]);
  });

  it("another application's SQLite database: exit 1, `of another application`, the file untouched", async () => {
    const file = path.join(dir, "foreign.db");
    const db = new Database(file);
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me')");
    db.close();
    const before = sha(file);
    expectRefusal(await runWfc(file), /not a wfc journal: .*foreign\.db is a SQLite database of another application/);
    expect(sha(file)).toBe(before);
  });

  // A newer wfc bumps both version numbers; each one alone must already be enough to refuse.
  it.each([
    ["the header's user_version", "PRAGMA user_version = 2"],
    ["the meta table's schema_version", "UPDATE meta SET value = '2' WHERE key = 'schema_version'"],
    ["both", "PRAGMA user_version = 2; UPDATE meta SET value = '2' WHERE key = 'schema_version'"],
  ])("a journal from a newer wfc (%s raised): exit 1, `newer wfc`, for run, --resume and runs", async (_what, sql) => {
    const file = path.join(dir, `newer-${_what.length}.db`);
    const runId = journalWithRun(file);
    const db = new Database(file);
    db.exec(sql);
    db.close();
    const before = sha(file);
    const tooNew = /the journal at .* was written by a newer wfc \(journal schema 2; this wfc reads up to 1\)\. wfc did not modify it/;
    expectRefusal(await runWfc(file), tooNew);
    expectRefusal(await runWfc(file, runId), tooNew);
    expectRefusal(wfcSync(root, ["runs", "--journal", file], dir), tooNew);
    expect(sha(file)).toBe(before);
  });

  it("--resume of a run id the journal does not have: exit 1, names the id, records nothing", async () => {
    const file = path.join(dir, "resume-missing.db");
    journalWithRun(file);
    const exit = await runWfc(file, "r-20990101-0000-abcdef");
    expectRefusal(exit, /wfc run: no run `r-20990101-0000-abcdef` in the journal at .*resume-missing\.db\. `wfc runs` lists the recorded runs\./);
    const list = wfcSync(root, ["runs", "--format", "json", "--journal", file], dir);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBe(1);
  });
});

describe("two processes resuming one run", () => {
  it("the second gets `locked`, naming the first's pid; after the first dies, a resume takes over and finishes", async () => {
    const file = path.join(dir, "lock.db");
    const { server } = crash;

    // A run killed after its third request: interrupted, resumable.
    const first = spawnWfc(root, runArgv(root, file), { cwd: dir, apiUrl: server.url });
    let seen = 0;
    crash.onRequest = () => void (++seen === 3 && first.proc.kill("SIGKILL"));
    const killed = await first.done;
    crash.onRequest = undefined;
    await settle(server);
    expect(killed.signal).toBe("SIGKILL");
    const runId = runIdOf(killed.stderr)!;
    expect(runId).toMatch(/^r-\d{8}-\d{4}-[0-9a-f]{6}$/);

    // Two resumes at once; the server holds every answer so the winner keeps its lease.
    crash.holdMs = 60_000;
    const before = server.requests.length;
    const a = spawnWfc(root, runArgv(root, file, runId), { cwd: dir, apiUrl: server.url });
    const b = spawnWfc(root, runArgv(root, file, runId), { cwd: dir, apiUrl: server.url });
    const { loser, winner } = await Promise.race([a.done.then((e) => ({ loser: e, winner: b })), b.done.then((e) => ({ loser: e, winner: a }))]);
    expectRefusal(loser, new RegExp(`wfc run: run ${runId} is being executed by process ${winner.proc.pid} \\(last heartbeat \\d+s ago\\)\\. Wait for it to finish or stop that process`));
    expect(winner.proc.exitCode).toBeNull();
    while (server.requests.length === before) await new Promise((r) => setTimeout(r, 10)); // the winner is calling the API
    const running = JSON.parse(wfcSync(root, ["runs", "--format", "json", "--journal", file], dir).stdout) as { runId: string; status: string }[];
    expect(running.find((r) => r.runId === runId)?.status).toBe("running");

    // The holder dies; its lease is taken over without waiting for it to go stale.
    winner.proc.kill("SIGKILL");
    await winner.done;
    crash.holdMs = 0;
    await settle(server);
    const resumed = await runWfc(file, runId);
    expect(resumed.stderr).toMatch(/wfc run: completed: \d+ agent calls \(\d+ replayed from the journal\)/);
    expect(resumed.code).toBe(0);
    const shown = JSON.parse(wfcSync(root, ["runs", "show", runId, "--format", "json", "--journal", file], dir).stdout) as { status: string; resumes: number };
    expect(shown).toMatchObject({ status: "completed", resumes: 2 });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
