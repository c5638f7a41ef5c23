/**
 * The public shapes of the run journal. Everything here is plain data: a journal hands back copies,
 * never live rows, and every error the user can cause (a bad path, someone else's file, a run id that
 * does not exist, a run another process is executing) comes back as a `JournalError` value.
 */

import type { StageActuals } from "../../compiler/graph/types.js";
import type { AgentError, ErrorClass, Usage } from "../providers/types.js";

export type JournalErrorCode =
  /** The file exists but is not a SQLite database, or is a damaged one (random bytes, truncated). */
  | "corrupt"
  /** A healthy SQLite database that belongs to another application. */
  | "foreign"
  /** A wfc journal written by a newer wfc whose schema this version does not know. */
  | "too-new"
  /** Another process holds the run's lease (or an exclusive lock on the file). */
  | "locked"
  /** The operating system refused: permissions, a directory in the way, disk full, I/O error. */
  | "io"
  /** No journal at the path (read-only open), or no run with that id. */
  | "not-found";

export interface JournalError {
  code: JournalErrorCode;
  /** One or two sentences: what is wrong and what to do about it. Never a stack trace. */
  message: string;
  /** The journal file the error is about. */
  path: string;
}

export type JournalResult<T> = { ok: true; value: T } | { ok: false; error: JournalError };

export type RunStatus = "running" | "completed" | "degraded" | "failed" | "interrupted";

/** A run's totals: the same shape the graph overlay uses per stage, summed over the run. */
export type RunTotals = StageActuals;

/** What `createRun` needs. `runId` is generated (`r-YYYYMMDD-HHMM-xxxxxx`, UTC) unless given. */
export interface RunInfo {
  runId?: string;
  planPath: string;
  /** Hex sha256 of the plan source: a resume of an edited plan is visible in `wfc runs`. */
  planHash: string;
  planName?: string | null;
  args?: unknown;
  seed?: number | string | null;
  /** Provider name, e.g. `anthropic` or `simulated`. */
  provider: string;
  /** The compiler's worst-case bounds, stored so history can show estimate vs actual. */
  bounds?: unknown;
  /** Epoch ms; defaults to now. */
  startedAt?: number;
}

export interface RunRecord {
  runId: string;
  planPath: string;
  planHash: string;
  planName: string | null;
  args: unknown;
  seed: number | string | null;
  provider: string;
  /** As stored. A `running` run whose owner died still reads `running` here; see `effectiveStatus`. */
  status: RunStatus;
  /** What `wfc runs` shows: `interrupted` for a `running` run whose holder died or went silent. */
  effectiveStatus?: RunStatus;
  startedAt: number;
  endedAt: number | null;
  totals: RunTotals | null;
  result: unknown;
  census: unknown;
  bounds: unknown;
  /** How many times the run was resumed after it was created. */
  resumes: number;
  lease: LeaseHolder | null;
}

export interface LeaseHolder {
  pid: number;
  host: string;
  /** Epoch ms of the holder's last heartbeat. */
  heartbeatAt: number;
}

/** One line of `wfc runs`. Agents, tokens and USD come from the run's totals once it finished, and are
 * summed from the recorded results and failures while it runs (or after it was interrupted). */
export interface RunSummary {
  runId: string;
  /** Effective status: a `running` run whose lease holder is dead or silent reads `interrupted`. */
  status: RunStatus;
  planName: string | null;
  planPath: string;
  startedAt: number;
  endedAt: number | null;
  agents: number;
  inputTokens: number;
  outputTokens: number;
  usd: number;
}

/** What the runtime records when an agent call succeeds. */
export interface ResultRecord {
  stageId: string;
  /** Position within enclosing fan-outs and loops, outermost first. */
  index: number[];
  /** The parsed structured object, or the final text. Must be JSON-serialisable. */
  value: unknown;
  usage: Usage;
  /** Model id that answered. */
  model?: string | null;
  attempts: number;
  latencyMs: number;
  /** Cost of this call in USD, when the runtime priced it. */
  usd?: number | null;
}

export interface RecordedResult extends ResultRecord {
  key: string;
  model: string | null;
  usd: number | null;
  recordedAt: number;
}

/** What the runtime records when an agent call failed for good (after its retries). */
export interface FailureRecord {
  stageId: string;
  index: number[];
  error: AgentError;
  usage?: Usage;
  latencyMs?: number;
}

export interface RecordedFailure {
  key: string;
  stageId: string;
  index: number[];
  errorClass: ErrorClass;
  message: string;
  status: number | null;
  requestId: string | null;
  attempts: number;
  usage: Usage;
  latencyMs: number;
  recordedAt: number;
}

/** A call that was started and has neither a result nor a failure: it was in flight at a crash. */
export interface InFlightCall {
  key: string;
  stageId: string;
  index: number[];
  /** Epoch ms of the latest start. */
  startedAt: number;
  /** How many times the key was started (across resumes); more than 1 means it was re-executed. */
  starts: number;
}

export interface RunOutcome {
  status: Exclude<RunStatus, "running">;
  result?: unknown;
  census?: unknown;
  totals?: RunTotals | null;
  /** Epoch ms; defaults to now. */
  endedAt?: number;
}

/** Proof of holding a run's lease: pass `token` to `heartbeat` and `releaseLease`. */
export interface Lease {
  runId: string;
  token: string;
  pid: number;
  /** The run was `running` under a holder that is gone (crash, kill -9) and was taken over. */
  tookOver: boolean;
}

export interface LeaseOptions {
  /** A holder whose heartbeat is older than this is presumed dead. Default `LEASE_STALE_MS`. */
  staleMs?: number;
}

/** `recordResult`: `duplicate` means the key already had a result, which was kept unchanged. */
export type RecordOutcome = "recorded" | "duplicate";

/** `recordFailure`: `superseded` means the key already has a result, so the failure was not stored. */
export type FailureOutcome = "recorded" | "superseded";

export interface OpenOptions {
  /** Open without writing: for `wfc runs` and inspection. The file must exist. */
  readonly?: boolean;
  /** Wait this long for another writer's transaction (SQLite busy_timeout). Default 5000 ms. */
  busyTimeoutMs?: number;
  /**
   * `process` (default): synchronous=NORMAL, a recorded result survives a crash or kill -9 of wfc.
   * `power`: synchronous=FULL, it also survives power loss or an OS crash, at one fsync per record.
   */
  durability?: "process" | "power";
}

/** Reads: what a read-only journal offers. */
export interface JournalReader {
  readonly path: string;
  readonly readonly: boolean;
  getRun(runId: string): JournalResult<RunRecord>;
  listRuns(options?: { limit?: number }): RunSummary[];
  lookup(runId: string, key: string): RecordedResult | undefined;
  inFlight(runId: string): InFlightCall[];
  resultsFor(runId: string): RecordedResult[];
  failuresFor(runId: string): RecordedFailure[];
  close(): void;
}

/**
 * The full journal. Write methods are synchronous and durable when they return (one WAL commit).
 * They throw only `JournalFault` (the disk failed underneath a run, or a bug such as an unknown run id
 * passed to a write): the runtime catches it in one place and stops the run as `interrupted`.
 */
export interface Journal extends JournalReader {
  createRun(info: RunInfo): string;
  markStarted(runId: string, key: string, stageId: string, index: number[]): void;
  recordResult(runId: string, key: string, result: ResultRecord): RecordOutcome;
  recordFailure(runId: string, key: string, failure: FailureRecord): FailureOutcome;
  finishRun(runId: string, outcome: RunOutcome): void;
  acquireLease(runId: string, options?: LeaseOptions): JournalResult<Lease>;
  heartbeat(runId: string, token: string): JournalResult<void>;
  releaseLease(runId: string, token: string): void;
}

export type JournalOpen<J> = { ok: true; journal: J } | { ok: false; error: JournalError };
