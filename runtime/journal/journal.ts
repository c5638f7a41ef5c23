/**
 * The run journal: a durable record of every agent call's result, so that a result already recorded is
 * never paid for twice. `wfc run` records each result under its content key before using it; a resume
 * (or a restart after a crash or kill -9) looks the key up and replays the recorded value.
 *
 * Semantics: at-least-once execution, exactly-once recording. A call in flight when the process dies is
 * re-executed on resume (at most the scheduler's concurrency limit of them); a call whose
 * `recordResult` returned is never executed again under the same run id.
 *
 * Tables (full DDL and rationale in `schema.ts`): `meta` (application id, schema version), `runs` (one
 * row per run: plan, args, seed, provider, status, times, totals/result/census/bounds JSON, and the
 * lease: owner pid + host + token + heartbeat), `results` (PK run_id + key: value, usage, attempts,
 * latency), `started` (in-flight markers, PK run_id + key), `failures` (the census, PK run_id + key).
 * The lease that keeps two processes off one run is explained in `lease.ts`; the checks that make
 * refusing a file side-effect free are in `file-check.ts`.
 *
 * Durability: WAL mode with synchronous=NORMAL. A commit appends its pages to the -wal file with
 * write(2) and returns without fsync; the pages are then in the kernel's page cache, which outlives the
 * process, so a crash or kill -9 of wfc right after `recordResult` returns loses nothing, and SQLite's
 * WAL checksums make a torn tail roll back to the last whole commit, never corrupt the file. The WAL is
 * fsynced at each checkpoint. What NORMAL does not cover is power loss or a kernel crash: the last few
 * commits before it can roll back (never corrupt). synchronous=FULL (`durability: "power"`) adds an
 * fsync of the WAL to every commit, which closes that window at roughly one fsync per recorded result;
 * a lost result then costs one re-executed call, so `process` is the default.
 */

import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";

import { ZERO_USAGE } from "../providers/types.js";
import { classifyThrown, guarded, journalError, JournalFault } from "./errors.js";
import { checkJournalFile, createJournalFile, tooNew } from "./file-check.js";
import { describeHolder, judgeHolder, LEASE_STALE_MS, thisHost } from "./lease.js";
import { newRunId } from "./run-id.js";
import { DEFAULT_JOURNAL_PATH, JOURNAL_SCHEMA_VERSION } from "./schema.js";
import { prepareStatements, type RunRow, type Statements } from "./statements.js";
import type {
  FailureOutcome,
  FailureRecord,
  InFlightCall,
  Journal,
  JournalError,
  JournalOpen,
  JournalReader,
  JournalResult,
  Lease,
  LeaseHolder,
  LeaseOptions,
  OpenOptions,
  RecordedFailure,
  RecordedResult,
  RecordOutcome,
  ResultRecord,
  RunInfo,
  RunOutcome,
  RunRecord,
  RunStatus,
  RunSummary,
} from "./types.js";

export { DEFAULT_JOURNAL_PATH } from "./schema.js";

const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating it and its parent directories if needed) the journal at `path`. Never throws and
 * never modifies or deletes a file it refuses: a non-database or damaged file is `corrupt`, another
 * application's SQLite database is `foreign`, a newer wfc's journal is `too-new`; a read-only open of a
 * missing file is `not-found`.
 */
export function openJournal(path: string, options: OpenOptions & { readonly: true }): JournalOpen<JournalReader>;
export function openJournal(path?: string, options?: OpenOptions): JournalOpen<Journal>;
export function openJournal(path: string = DEFAULT_JOURNAL_PATH, options: OpenOptions = {}): JournalOpen<Journal> {
  const readonly = options.readonly === true;
  let check = checkJournalFile(path);
  if (check.kind === "missing") {
    if (readonly)
      return fail(journalError("not-found", path, `no journal at ${path}: no run has been recorded here yet. \`wfc run\` creates it.`));
    const created = createJournalFile(path);
    if (created) return fail(created);
    check = checkJournalFile(path); // another process may have won the race with a file of its own
  }
  if (check.kind === "refused") return fail(check.error);
  if (check.kind === "missing") return fail(journalError("io", path, `cannot create the journal at ${path}: it vanished right after it was created.`));

  if (check.walPending) {
    // The header may lag a version bump still in the WAL; read it without the risk of a checkpoint.
    const version = peekVersion(path);
    if (typeof version !== "number") return fail(version);
    if (version > JOURNAL_SCHEMA_VERSION) return fail(tooNew(path, version));
  }

  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly, fileMustExist: true });
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS}`);
    if (!readonly) {
      db.pragma("journal_mode = WAL");
      db.pragma(`synchronous = ${options.durability === "power" ? "FULL" : "NORMAL"}`);
    }
    db.pragma("foreign_keys = ON");
    const version = Number(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get());
    if (version > JOURNAL_SCHEMA_VERSION) {
      db.close();
      return fail(tooNew(path, version));
    }
    if (version !== JOURNAL_SCHEMA_VERSION) {
      db.close();
      return fail(journalError("corrupt", path, `the wfc journal at ${path} has no valid schema version (found ${String(version)}). wfc did not modify it; move it away to start a fresh journal.`));
    }
    return { ok: true, journal: new SqliteJournal(db, path, readonly) };
  } catch (e) {
    db?.close();
    if (e instanceof Error && /no such table/.test(e.message))
      return fail(journalError("corrupt", path, `the wfc journal at ${path} is missing its tables (${e.message}). wfc did not modify it; move it away to start a fresh journal.`));
    return fail(classifyThrown(e, path, "open"));
  }
}

function fail(error: JournalError): { ok: false; error: JournalError } {
  return { ok: false, error };
}

function peekVersion(path: string): number | JournalError {
  try {
    const ro = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return Number(ro.pragma("user_version", { simple: true }));
    } finally {
      ro.close();
    }
  } catch (e) {
    return classifyThrown(e, path, "open");
  }
}

class SqliteJournal implements Journal {
  readonly path: string;
  readonly readonly: boolean;
  private readonly db: Database.Database;
  private readonly sql: Statements;
  private closed = false;
  // Transaction wrappers are built once; `.immediate` takes the write lock up front, so a
  // read-then-write never fails half-way with SQLITE_BUSY_SNAPSHOT against another writer.
  private readonly recordResultTx: Database.Transaction<(runId: string, key: string, r: ResultRecord) => RecordOutcome>;
  private readonly recordFailureTx: Database.Transaction<(runId: string, key: string, f: FailureRecord) => FailureOutcome>;
  private readonly acquireLeaseTx: Database.Transaction<(runId: string, staleMs: number) => JournalResult<Lease>>;

  constructor(db: Database.Database, path: string, readonly: boolean) {
    this.db = db;
    this.path = path;
    this.readonly = readonly;
    this.sql = prepareStatements(db, readonly);
    this.recordResultTx = db.transaction((runId, key, r) => this.insertResult(runId, key, r));
    this.recordFailureTx = db.transaction((runId, key, f) => this.insertFailure(runId, key, f));
    this.acquireLeaseTx = db.transaction((runId, staleMs) => this.takeLease(runId, staleMs));
  }

  // ── runs ────────────────────────────────────────────────────────────────────────────────────────

  createRun(info: RunInfo): string {
    return guarded(this.path, "record a run in", () => {
      const startedAt = info.startedAt ?? Date.now();
      // Generated ids carry 24 random bits per minute; retry the rare collision instead of failing.
      for (let attempt = 0; ; attempt++) {
        const runId = info.runId ?? newRunId(startedAt);
        const inserted = this.sql.insertRun.run({
          run_id: runId,
          plan_path: info.planPath,
          plan_hash: info.planHash,
          plan_name: info.planName ?? null,
          args: JSON.stringify(info.args ?? null),
          seed: info.seed === undefined || info.seed === null ? null : JSON.stringify(info.seed),
          provider: info.provider,
          started_at: startedAt,
          bounds: jsonOrNull(info.bounds),
        });
        if (inserted.changes === 1) return runId;
        if (info.runId !== undefined || attempt >= 5)
          throw new JournalFault(journalError("io", this.path, `cannot record run ${runId} in the journal at ${this.path}: a run with that id already exists.`));
      }
    });
  }

  getRun(runId: string): JournalResult<RunRecord> {
    const row = this.read(() => this.sql.getRun.get(runId) as RunRow | undefined);
    if (!row) return fail(this.noRun(runId));
    return { ok: true, value: { ...runRecord(row), effectiveStatus: effectiveStatus(row, Date.now()) } };
  }

  listRuns(options: { limit?: number } = {}): RunSummary[] {
    const rows = this.read(() => this.sql.listRuns.all(options.limit ?? -1) as (RunRow & LiveTotals)[]);
    const now = Date.now();
    return rows.map((row) => {
      const totals = parse(row.totals) as RunRecord["totals"];
      return {
        runId: row.run_id,
        status: effectiveStatus(row, now),
        planName: row.plan_name,
        planPath: row.plan_path,
        startedAt: row.started_at,
        endedAt: row.ended_at,
        agents: totals?.agents ?? row.live_agents,
        inputTokens: totals?.inputTokens ?? row.live_input,
        outputTokens: totals?.outputTokens ?? row.live_output,
        usd: totals?.usd ?? row.live_usd,
      };
    });
  }

  finishRun(runId: string, outcome: RunOutcome): void {
    guarded(this.path, "finish a run in", () => {
      const changed = this.sql.finishRun.run({
        run_id: runId,
        status: outcome.status,
        ended_at: outcome.endedAt ?? Date.now(),
        result: jsonOrNull(outcome.result),
        census: jsonOrNull(outcome.census),
        totals: jsonOrNull(outcome.totals),
      });
      if (changed.changes !== 1) throw new JournalFault(this.noRun(runId));
    });
  }

  // ── calls ───────────────────────────────────────────────────────────────────────────────────────

  lookup(runId: string, key: string): RecordedResult | undefined {
    const row = this.read(() => this.sql.lookup.get(runId, key) as ResultRow | undefined);
    return row && recordedResult(row);
  }

  markStarted(runId: string, key: string, stageId: string, index: number[]): void {
    guarded(this.path, "mark a call started in", () => {
      this.sql.markStarted.run(runId, key, stageId, JSON.stringify(index), Date.now());
    });
  }

  recordResult(runId: string, key: string, result: ResultRecord): RecordOutcome {
    return guarded(this.path, "record a result in", () => this.recordResultTx.immediate(runId, key, result));
  }

  recordFailure(runId: string, key: string, failure: FailureRecord): FailureOutcome {
    return guarded(this.path, "record a failure in", () => this.recordFailureTx.immediate(runId, key, failure));
  }

  private insertResult(runId: string, key: string, r: ResultRecord): RecordOutcome {
    const inserted = this.sql.insertResult.run({
      run_id: runId,
      key,
      stage_id: r.stageId,
      instance: JSON.stringify(r.index),
      value: JSON.stringify(r.value ?? null),
      usage: JSON.stringify(r.usage),
      model: r.model ?? null,
      attempts: r.attempts,
      latency_ms: r.latencyMs,
      usd: r.usd ?? null,
      recorded_at: Date.now(),
    });
    if (inserted.changes === 0) return "duplicate";
    this.sql.deleteFailure.run(runId, key); // a resume succeeded where the previous attempt failed
    return "recorded";
  }

  private insertFailure(runId: string, key: string, failure: FailureRecord): FailureOutcome {
    if (this.sql.hasResult.get(runId, key)) return "superseded";
    this.sql.upsertFailure.run({
      run_id: runId,
      key,
      stage_id: failure.stageId,
      instance: JSON.stringify(failure.index),
      error_class: failure.error.class,
      message: failure.error.message,
      http_status: failure.error.status ?? null,
      request_id: failure.error.requestId ?? null,
      attempts: failure.error.attempts,
      usage: JSON.stringify(failure.usage ?? ZERO_USAGE),
      latency_ms: failure.latencyMs ?? 0,
      recorded_at: Date.now(),
    });
    return "recorded";
  }

  inFlight(runId: string): InFlightCall[] {
    return this.read(() => this.sql.inFlight.all({ run: runId }) as StartedRow[]).map((row) => ({
      key: row.key,
      stageId: row.stage_id,
      index: JSON.parse(row.instance) as number[],
      startedAt: row.started_at,
      starts: row.starts,
    }));
  }

  resultsFor(runId: string): RecordedResult[] {
    return this.read(() => this.sql.resultsFor.all(runId) as ResultRow[]).map(recordedResult);
  }

  failuresFor(runId: string): RecordedFailure[] {
    return this.read(() => this.sql.failuresFor.all(runId) as FailureRow[]).map((row) => ({
      key: row.key,
      stageId: row.stage_id,
      index: JSON.parse(row.instance) as number[],
      errorClass: row.error_class as RecordedFailure["errorClass"],
      message: row.message,
      status: row.http_status,
      requestId: row.request_id,
      attempts: row.attempts,
      usage: JSON.parse(row.usage) as RecordedFailure["usage"],
      latencyMs: row.latency_ms,
      recordedAt: row.recorded_at,
    }));
  }

  // ── lease ───────────────────────────────────────────────────────────────────────────────────────

  /** Takes the run's lease and marks it `running` again (a resume); `locked` if a live holder has it. */
  acquireLease(runId: string, options: LeaseOptions = {}): JournalResult<Lease> {
    const staleMs = options.staleMs ?? LEASE_STALE_MS;
    return guarded(this.path, "take a lease in", () => this.acquireLeaseTx.immediate(runId, staleMs));
  }

  private takeLease(runId: string, staleMs: number): JournalResult<Lease> {
    const row = this.sql.getRun.get(runId) as RunRow | undefined;
    if (!row) return fail(this.noRun(runId));
    const now = Date.now();
    const holder = holderOf(row);
    if (holder && judgeHolder(holder, now, staleMs) === "alive")
      return fail(journalError("locked", this.path, `run ${runId} is being executed by ${describeHolder(holder, now)}. Wait for it to finish or stop that process; its lease can be taken over once it exits or stops heartbeating for ${Math.round(staleMs / 1000)}s.`));
    const token = newToken();
    this.sql.takeLease.run({ run_id: runId, pid: process.pid, host: thisHost(), token, now, resumed: row.heartbeat_at === null ? 0 : 1 });
    return { ok: true, value: { runId, token, pid: process.pid, tookOver: holder !== null } };
  }

  /** Refreshes the lease; `locked` (naming the new holder) if another process took it over meanwhile. */
  heartbeat(runId: string, token: string): JournalResult<void> {
    return guarded(this.path, "heartbeat in", () => {
      if (this.sql.heartbeat.run(Date.now(), runId, token).changes === 1) return { ok: true, value: undefined };
      const row = this.sql.getRun.get(runId) as RunRow | undefined;
      if (!row) return fail(this.noRun(runId));
      const holder = holderOf(row);
      const who = holder ? describeHolder(holder, Date.now()) : "nobody (it was released)";
      return fail(journalError("locked", this.path, `this process lost the lease on run ${runId}: it is now held by ${who}. Stop executing the run.`));
    });
  }

  releaseLease(runId: string, token: string): void {
    guarded(this.path, "release a lease in", () => {
      this.sql.releaseLease.run(runId, token);
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close(); // the last connection checkpoints the WAL into the main file and removes it
  }

  /** Reads fail only when the file is damaged or the disk errs; they surface as JournalFault too. */
  private read<T>(query: () => T): T {
    return guarded(this.path, "read", query);
  }

  private noRun(runId: string): JournalError {
    return journalError("not-found", this.path, `no run \`${runId}\` in the journal at ${this.path}. \`wfc runs\` lists the recorded runs.`);
  }
}

// ── rows ──────────────────────────────────────────────────────────────────────────────────────────

interface LiveTotals {
  live_agents: number;
  live_input: number;
  live_output: number;
  live_usd: number;
}

interface ResultRow {
  key: string;
  stage_id: string;
  instance: string;
  value: string;
  usage: string;
  model: string | null;
  attempts: number;
  latency_ms: number;
  usd: number | null;
  recorded_at: number;
}

interface StartedRow {
  key: string;
  stage_id: string;
  instance: string;
  started_at: number;
  starts: number;
}

interface FailureRow {
  key: string;
  stage_id: string;
  instance: string;
  error_class: string;
  message: string;
  http_status: number | null;
  request_id: string | null;
  attempts: number;
  usage: string;
  latency_ms: number;
  recorded_at: number;
}

function recordedResult(row: ResultRow): RecordedResult {
  return {
    key: row.key,
    stageId: row.stage_id,
    index: JSON.parse(row.instance) as number[],
    value: JSON.parse(row.value) as unknown,
    usage: JSON.parse(row.usage) as RecordedResult["usage"],
    model: row.model,
    attempts: row.attempts,
    latencyMs: row.latency_ms,
    usd: row.usd,
    recordedAt: row.recorded_at,
  };
}

function runRecord(row: RunRow): RunRecord {
  return {
    runId: row.run_id,
    planPath: row.plan_path,
    planHash: row.plan_hash,
    planName: row.plan_name,
    args: parse(row.args),
    seed: parse(row.seed) as RunRecord["seed"],
    provider: row.provider,
    status: row.status as RunStatus,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    totals: parse(row.totals) as RunRecord["totals"],
    result: parse(row.result),
    census: parse(row.census),
    bounds: parse(row.bounds),
    resumes: row.resumes,
    lease: holderOf(row),
  };
}

function holderOf(row: RunRow): LeaseHolder | null {
  if (row.lease_token === null || row.owner_pid === null) return null;
  return { pid: row.owner_pid, host: row.owner_host ?? "", heartbeatAt: row.heartbeat_at ?? 0 };
}

/** A `running` run nobody is executing any more (its holder died, went silent, or never took the lease). */
function effectiveStatus(row: RunRow, now: number): RunStatus {
  if (row.status !== "running") return row.status as RunStatus;
  const holder = holderOf(row);
  // Never leased: its creator is still between createRun and acquireLease, or died there.
  if (holder === null) return row.heartbeat_at === null && now - row.started_at <= LEASE_STALE_MS ? "running" : "interrupted";
  return judgeHolder(holder, now, LEASE_STALE_MS) === "alive" ? "running" : "interrupted";
}

function parse(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

function jsonOrNull(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

function newToken(): string {
  return randomBytes(12).toString("hex");
}
