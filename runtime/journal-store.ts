/**
 * Adapts the SQLite journal to the runtime's RunStore: every result is committed before the plan
 * sees it, lookups replay recorded results, and a heartbeat keeps the run's lease while it runs.
 */
import type { Journal } from "./journal/types.js";
import type { Usage, AgentError } from "./providers/types.js";
import { HEARTBEAT_EVERY_MS } from "./journal/lease.js";

export function journalStore(journal: Journal, runId: string, leaseToken: string) {
  const timer = setInterval(() => {
    journal.heartbeat(runId, leaseToken);
  }, HEARTBEAT_EVERY_MS);
  timer.unref();
  return {
    lookup(key: string): { value: unknown; usage: Usage } | undefined {
      const r = journal.lookup(runId, key);
      return r ? { value: r.value, usage: r.usage } : undefined;
    },
    markStarted(key: string, stageId: string, index: number[]): void {
      journal.markStarted(runId, key, stageId, index);
    },
    recordResult(key: string, stageId: string, index: number[], value: unknown, usage: Usage, attempts: number, latencyMs: number): void {
      journal.recordResult(runId, key, { stageId, index, value: value === undefined ? null : value, usage, attempts, latencyMs });
    },
    recordFailure(key: string, stageId: string, index: number[], error: AgentError): void {
      journal.recordFailure(runId, key, { stageId, index, error });
    },
    release(): void {
      clearInterval(timer);
      journal.releaseLease(runId, leaseToken);
    },
  };
}
