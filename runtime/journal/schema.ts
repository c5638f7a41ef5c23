/**
 * The journal's on-disk schema (one SQLite file, default `.wfc/journal.db`, shared by every run of a
 * project).
 *
 * Why SQLite and not an append-only JSONL file: a result must be looked up by its content key in O(log n)
 * on resume, recorded exactly once even when a crash lands between "the API answered" and "the line was
 * written", and listed across runs for `wfc runs`; SQLite's WAL gives atomic, crash-safe commits for
 * about the price of an append, plus indexes and transactions for free.
 *
 * Tables
 *
 *   meta      (key PRIMARY KEY, value)            application id, schema version, created_at. The same
 *                                                 two numbers also live in the file header (PRAGMA
 *                                                 application_id / user_version) so a file can be
 *                                                 classified from its first 100 bytes without opening it.
 *   runs      (run_id PRIMARY KEY, …)             one row per run: plan path/hash/name, args, seed,
 *                                                 provider, status, started/ended, totals, result,
 *                                                 census, bounds (JSON), resumes, and the lease:
 *                                                 owner_pid + owner_host + lease_token + heartbeat_at.
 *   results   (run_id, key) PRIMARY KEY           one row per successful agent call: stage id, instance
 *                                                 index (JSON), value (JSON), usage (JSON), model,
 *                                                 attempts, latency, usd, recorded_at. Inserted with
 *                                                 ON CONFLICT DO NOTHING: the first record wins, a
 *                                                 second never duplicates or overwrites it.
 *   started   (run_id, key) PRIMARY KEY           the in-flight markers: written before a call is sent,
 *                                                 never deleted; `starts` counts re-executions. A key
 *                                                 started with no result and no failure was in flight
 *                                                 when the process died.
 *   failures  (run_id, key) PRIMARY KEY           the census: one row per call that failed for good:
 *                                                 error class, message, HTTP status, request id,
 *                                                 attempts, usage. Deleted if a later resume records a
 *                                                 result for the key; never written over a result.
 *
 * Keys are the runtime's content keys (hex sha256 of stage id, instance index, prompt, system, schema,
 * model, options), scoped by run id: a resumed run keeps its id, so its results are found again.
 * Times are epoch milliseconds (INTEGER). JSON columns hold `JSON.stringify` output.
 */

/** "wfcj" in ASCII: PRAGMA application_id of every wfc journal (a signed 32-bit int, as SQLite wants). */
export const WFC_APPLICATION_ID = 0x7766636a;

/** Bumped by any change to the tables below; a journal with a higher version is refused (`too-new`). */
export const JOURNAL_SCHEMA_VERSION = 1;

export const DEFAULT_JOURNAL_PATH = ".wfc/journal.db";

/** Statuses the `runs.status` CHECK accepts. */
export const RUN_STATUSES = ["running", "completed", "degraded", "failed", "interrupted"] as const;

export const SCHEMA_SQL = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE runs (
  run_id       TEXT PRIMARY KEY,
  plan_path    TEXT NOT NULL,
  plan_hash    TEXT NOT NULL,
  plan_name    TEXT,
  args         TEXT NOT NULL DEFAULT 'null',
  seed         TEXT,
  provider     TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN (${RUN_STATUSES.map((s) => `'${s}'`).join(", ")})),
  started_at   INTEGER NOT NULL,
  ended_at     INTEGER,
  totals       TEXT,
  result       TEXT,
  census       TEXT,
  bounds       TEXT,
  resumes      INTEGER NOT NULL DEFAULT 0,
  owner_pid    INTEGER,
  owner_host   TEXT,
  lease_token  TEXT,
  heartbeat_at INTEGER
);
CREATE INDEX runs_by_start ON runs (started_at DESC, run_id DESC);

CREATE TABLE results (
  run_id      TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
  key         TEXT NOT NULL,
  stage_id    TEXT NOT NULL,
  instance    TEXT NOT NULL,
  value       TEXT NOT NULL,
  usage       TEXT NOT NULL,
  model       TEXT,
  attempts    INTEGER NOT NULL,
  latency_ms  REAL NOT NULL,
  usd         REAL,
  recorded_at INTEGER NOT NULL,
  PRIMARY KEY (run_id, key)
);

CREATE TABLE started (
  run_id     TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
  key        TEXT NOT NULL,
  stage_id   TEXT NOT NULL,
  instance   TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  starts     INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (run_id, key)
);

CREATE TABLE failures (
  run_id      TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
  key         TEXT NOT NULL,
  stage_id    TEXT NOT NULL,
  instance    TEXT NOT NULL,
  error_class TEXT NOT NULL,
  message     TEXT NOT NULL,
  http_status INTEGER,
  request_id  TEXT,
  attempts    INTEGER NOT NULL,
  usage       TEXT NOT NULL,
  latency_ms  REAL NOT NULL,
  recorded_at INTEGER NOT NULL,
  PRIMARY KEY (run_id, key)
);
`;
