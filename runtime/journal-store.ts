/**
 * Adapts the SQLite journal to the runtime's RunStore: every result is committed before the plan
 * sees it, lookups replay recorded results, and a heartbeat keeps the run's lease while it runs.
 */
import type { Journal } from "./journal/types.js";
import type { Usage, AgentError } from "./providers/types.js";
import { HEARTBEAT_EVERY_MS } from "./journal/lease.js";

/**
 * `onLeaseLost` is called once if another process took the run over (this one was paused or
 * silent past the lease's staleness): the caller must stop the run, or both would pay for the
 * same agents.
 */
export function journalStore(journal: Journal, runId: string, leaseToken: string, onLeaseLost: (message: string) => void = () => {}) {
  let lost = false;
  const check = (): void => {
    if (lost) return;
    const beat = journal.heartbeat(runId, leaseToken);
    if (!beat.ok) {
      lost = true;
      onLeaseLost(beat.error.message);
    }
  };
  const timer = setInterval(check, HEARTBEAT_EVERY_MS);
  timer.unref();
  return {
    lookup(key: string): { value: unknown; usage: Usage } | undefined {
      const r = journal.lookup(runId, key);
      return r ? { value: r.value, usage: r.usage } : undefined;
    },
    markStarted(key: string, stageId: string, index: number[]): void {
      // Before paying for a call, make sure this process still holds the run.
      check();
      if (lost) throw new LeaseLost(runId);
      journal.markStarted(runId, key, stageId, index);
    },
    beforeCall(): void {
      check();
      if (lost) throw new LeaseLost(runId);
    },
    recordResult(key: string, stageId: string, index: number[], value: unknown, usage: Usage, attempts: number, latencyMs: number, priced?: { model: string; usd: number }): void {
      journal.recordResult(runId, key, { stageId, index, value: value === undefined ? null : value, usage, attempts, latencyMs, ...(priced ? { model: priced.model, usd: priced.usd } : {}) });
    },
    recordFailure(key: string, stageId: string, index: number[], error: AgentError): void {
      journal.recordFailure(runId, key, { stageId, index, error });
    },
    get lost(): boolean {
      return lost;
    },
    release(): void {
      clearInterval(timer);
      if (!lost) journal.releaseLease(runId, leaseToken);
    },
  };
}

/** Thrown from `markStarted` when another process owns the run now; the run stops before paying. */
export class LeaseLost extends Error {
  constructor(readonly runId: string) {
    super(`another process took over run ${runId}; this one stops without starting more agents`);
  }
}
