/**
 * Who may execute a run. Two processes resuming the same run would each pay for the calls the other
 * has not recorded yet, so a run is executed under a lease: owner pid + host + a random token + a
 * heartbeat the owner refreshes. The lease is advisory bookkeeping inside the `runs` row; it is
 * acquired and checked inside an IMMEDIATE transaction, so two acquirers are serialised by SQLite.
 *
 * A lease can be taken over when its holder is provably gone (same host and `kill(pid, 0)` says no such
 * process) or silent (no heartbeat for `staleMs`: a hung process, a holder on another host, or a pid
 * that was reused by an unrelated process). A holder that wakes up after a takeover learns it from
 * `heartbeat` and must stop; anything it records meanwhile is harmless, because the first result
 * recorded for a key is kept and a second is dropped.
 */

import * as os from "node:os";

import type { LeaseHolder } from "./types.js";

/** A holder silent for this long is presumed dead. Heartbeat at least every `HEARTBEAT_EVERY_MS`. */
export const LEASE_STALE_MS = 30_000;
export const HEARTBEAT_EVERY_MS = 5_000;

/** This machine's name, read when asked (never at module load: the CLI's start-up snapshot would freeze the build machine's). */
export const thisHost = (): string => os.hostname();

export type HolderState = "alive" | "dead" | "silent";

export function judgeHolder(holder: LeaseHolder, now: number, staleMs: number): HolderState {
  if (holder.host === thisHost() && !isProcessAlive(holder.pid)) return "dead";
  if (now - holder.heartbeatAt > staleMs) return "silent";
  return "alive";
}

/** `kill(pid, 0)` delivers nothing; it only asks whether the process exists. EPERM means it does. */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function describeHolder(holder: LeaseHolder, now: number): string {
  const where = holder.host === thisHost() ? "" : ` on host ${holder.host}`;
  const ago = Math.max(0, Math.round((now - holder.heartbeatAt) / 1000));
  return `process ${holder.pid}${where} (last heartbeat ${ago}s ago)`;
}
