/**
 * Every SQL statement the journal runs, prepared once per connection (better-sqlite3 statements are
 * reusable and re-binding is far cheaper than re-preparing). A read-only journal prepares only reads.
 */

import type Database from "better-sqlite3";

export interface RunRow {
  run_id: string;
  plan_path: string;
  plan_hash: string;
  plan_name: string | null;
  args: string;
  seed: string | null;
  provider: string;
  status: string;
  started_at: number;
  ended_at: number | null;
  totals: string | null;
  result: string | null;
  census: string | null;
  bounds: string | null;
  resumes: number;
  owner_pid: number | null;
  owner_host: string | null;
  lease_token: string | null;
  heartbeat_at: number | null;
}

const READS = {
  getRun: "SELECT * FROM runs WHERE run_id = ?",
  // Live totals only for runs without stored totals (running or interrupted); CASE is evaluated
  // lazily, so finished runs cost no scan of their results. Each sum walks the (run_id, key) index.
  listRuns: `
    SELECT r.*,
      CASE WHEN r.totals IS NULL THEN
        (SELECT count(*) FROM results x WHERE x.run_id = r.run_id)
        + (SELECT count(*) FROM failures f WHERE f.run_id = r.run_id) ELSE 0 END AS live_agents,
      CASE WHEN r.totals IS NULL THEN
        (SELECT coalesce(sum(json_extract(x.usage, '$.inputTokens')), 0) FROM results x WHERE x.run_id = r.run_id)
        + (SELECT coalesce(sum(json_extract(f.usage, '$.inputTokens')), 0) FROM failures f WHERE f.run_id = r.run_id) ELSE 0 END AS live_input,
      CASE WHEN r.totals IS NULL THEN
        (SELECT coalesce(sum(json_extract(x.usage, '$.outputTokens')), 0) FROM results x WHERE x.run_id = r.run_id)
        + (SELECT coalesce(sum(json_extract(f.usage, '$.outputTokens')), 0) FROM failures f WHERE f.run_id = r.run_id) ELSE 0 END AS live_output,
      CASE WHEN r.totals IS NULL THEN
        (SELECT coalesce(sum(x.usd), 0) FROM results x WHERE x.run_id = r.run_id) ELSE 0 END AS live_usd
    FROM runs r ORDER BY r.started_at DESC, r.run_id DESC LIMIT ?`,
  lookup: "SELECT * FROM results WHERE run_id = ? AND key = ?",
  hasResult: "SELECT 1 FROM results WHERE run_id = ? AND key = ?",
  inFlight: `
    SELECT s.* FROM started s
    WHERE s.run_id = @run
      AND NOT EXISTS (SELECT 1 FROM results x WHERE x.run_id = @run AND x.key = s.key)
      AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.run_id = @run AND f.key = s.key)
    ORDER BY s.started_at, s.rowid`,
  resultsFor: "SELECT * FROM results WHERE run_id = ? ORDER BY recorded_at, rowid",
  failuresFor: "SELECT * FROM failures WHERE run_id = ? ORDER BY recorded_at, rowid",
} as const;

const WRITES = {
  insertRun: `
    INSERT INTO runs (run_id, plan_path, plan_hash, plan_name, args, seed, provider, status, started_at, bounds)
    VALUES (@run_id, @plan_path, @plan_hash, @plan_name, @args, @seed, @provider, 'running', @started_at, @bounds)
    ON CONFLICT (run_id) DO NOTHING`,
  finishRun: `
    UPDATE runs SET status = @status, ended_at = @ended_at, result = @result, census = @census, totals = @totals
    WHERE run_id = @run_id`,
  markStarted: `
    INSERT INTO started (run_id, key, stage_id, instance, started_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (run_id, key) DO UPDATE SET started_at = excluded.started_at, starts = starts + 1`,
  // DO NOTHING, not REPLACE: the first recorded result is the one the run used; it is never rewritten.
  insertResult: `
    INSERT INTO results (run_id, key, stage_id, instance, value, usage, model, attempts, latency_ms, usd, recorded_at)
    VALUES (@run_id, @key, @stage_id, @instance, @value, @usage, @model, @attempts, @latency_ms, @usd, @recorded_at)
    ON CONFLICT (run_id, key) DO NOTHING`,
  deleteFailure: "DELETE FROM failures WHERE run_id = ? AND key = ?",
  // The latest failure of a key is what the census reports (a resume retried it and it failed again).
  upsertFailure: `
    INSERT INTO failures (run_id, key, stage_id, instance, error_class, message, http_status, request_id, attempts, usage, latency_ms, recorded_at)
    VALUES (@run_id, @key, @stage_id, @instance, @error_class, @message, @http_status, @request_id, @attempts, @usage, @latency_ms, @recorded_at)
    ON CONFLICT (run_id, key) DO UPDATE SET
      error_class = excluded.error_class, message = excluded.message, http_status = excluded.http_status,
      request_id = excluded.request_id, attempts = excluded.attempts, usage = excluded.usage,
      latency_ms = excluded.latency_ms, recorded_at = excluded.recorded_at`,
  takeLease: `
    UPDATE runs SET owner_pid = @pid, owner_host = @host, lease_token = @token, heartbeat_at = @now,
      status = 'running', ended_at = NULL, resumes = resumes + @resumed
    WHERE run_id = @run_id`,
  heartbeat: "UPDATE runs SET heartbeat_at = ? WHERE run_id = ? AND lease_token = ?",
  // heartbeat_at is kept: it marks that the run was leased before (so the next lease is a resume).
  releaseLease: "UPDATE runs SET owner_pid = NULL, owner_host = NULL, lease_token = NULL WHERE run_id = ? AND lease_token = ?",
} as const;

export type Statements = Record<keyof typeof READS | keyof typeof WRITES, Database.Statement>;

export function prepareStatements(db: Database.Database, readonly: boolean): Statements {
  const out: Partial<Statements> = {};
  for (const [name, sql] of Object.entries(READS)) out[name as keyof Statements] = db.prepare(sql);
  for (const [name, sql] of Object.entries(WRITES))
    out[name as keyof Statements] = readonly ? unavailable(name) : db.prepare(sql);
  return out as Statements;
}

/** In a read-only journal a write statement is a stand-in whose use fails with a message naming it. */
function unavailable(name: string): Database.Statement {
  return new Proxy({} as Database.Statement, {
    get() {
      throw Object.assign(new Error(`the journal was opened read-only; \`${name}\` needs a writable journal`), { code: "SQLITE_READONLY" });
    },
  });
}
