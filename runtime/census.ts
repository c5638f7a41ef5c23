/**
 * The failure census ("quarantine"): every failure the plan survived, one record each. A failed
 * agent resolves to `null` and the plan goes on; the census is how the run still tells the truth
 * about it (a run with census entries ends `degraded`, never `completed`).
 */
import type { ErrorClass } from "./providers/types.js";

export type CensusClass =
  | ErrorClass
  /** A parallel thunk, pipeline stage or gate check threw. */
  | "plan_error"
  /** A gate's check failed and its policy dropped the value (or its retries ran out). */
  | "gate_failed"
  /** `retry(…)` used all its attempts. */
  | "retry_exhausted";

export interface FailureRecord {
  stageId: string;
  index: number[];
  label: string;
  errorClass: CensusClass;
  message: string;
  attempts: number;
}

export class Census {
  private readonly records: FailureRecord[] = [];
  add(record: FailureRecord): void {
    this.records.push({ ...record, index: [...record.index] });
  }
  get size(): number {
    return this.records.length;
  }
  /** Sorted by stage id, then index, so the report is stable across schedules. */
  list(): FailureRecord[] {
    return [...this.records].sort((a, b) => (a.stageId < b.stageId ? -1 : a.stageId > b.stageId ? 1 : compareIndex(a.index, b.index)));
  }
}

export function compareIndex(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
