/**
 * The concurrency invariant, seen from the server: a 60-agent fan-out never has more requests open
 * at once than the run's concurrency, whichever way the limit was set, and also when answers are
 * slow enough to time out or fail and be retried. The server counts open requests itself; nothing
 * here measures time.
 */

import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { startMessagesServer, type Behaviour, type MessagesServer, type RecordedRequest } from "../support/messages-server.js";
import { expectBalancedEvents, expectNoRequestAfterDeadline, expectWithinBounds, runOverHttp } from "./support/harness.js";

const ITEMS = Array.from({ length: 60 }, (_, i) => `file-${String(i).padStart(2, "0")}.ts`);

function plan(metaExtra: string): string {
  return `export const meta = {
  name: 'sixty',
  description: 'Sixty summaries at once',
  args: { type: 'object', required: ['files'], properties: { files: { type: 'array', maxItems: 60, items: { type: 'string', maxLength: 40 } } } },
  defaults: { attempts: 2, timeoutMs: 5000 },${metaExtra}
}
const summaries = await parallel(args.files.map((f) => () => agent('summarize ' + f, { label: 'summarize', model: 'haiku', maxTokens: 128 })))
return summaries.filter((s) => s !== null).length
`;
}

let server: MessagesServer;
beforeEach(async () => {
  server = await startMessagesServer(() => ({ kind: "ok", delayMs: 40 }));
});
afterEach(async () => {
  await server.close();
});

describe("a 60-agent fan-out never has more requests open at the server than the concurrency", () => {
  const cases: Array<[string, { meta?: string; concurrency?: number }, number]> = [
    ["runPlan's concurrency: 4", { concurrency: 4 }, 4],
    ["meta.budget.concurrency: 3", { meta: "\n  budget: { concurrency: 3 }," }, 3],
    ["the default", {}, 16],
  ];
  test.each(cases)("%s", async (_name, setup, limit) => {
    const run = await runOverHttp({
      source: plan(setup.meta ?? ""),
      baseURL: server.url,
      args: { files: ITEMS },
      ...(setup.concurrency !== undefined && { concurrency: setup.concurrency }),
    });
    expect(run.result.status).toBe("completed");
    expect(run.result.result).toBe(60);
    expect(server.requests).toHaveLength(60);
    expect(run.result.scheduler.concurrency).toBe(limit);
    expect(run.result.scheduler.maxInFlight).toBeLessThanOrEqual(limit);
    expect(server.maxInFlight).toBeLessThanOrEqual(limit);
    // Not vacuous: the server did see requests overlap.
    expect(server.maxInFlight).toBeGreaterThan(1);
    expect(server.inFlight).toBe(0);
    expectBalancedEvents(run.events);
    expectWithinBounds(run);
  });

  test("with timeouts, transport retries and re-asks in the mix, still at most 4", async () => {
    const seen = new Map<string, number>();
    const faults: Behaviour[] = [
      { kind: "ok", delayMs: 120_000 }, // never within the 5 s timeout: the attempt is aborted and re-asked
      { kind: "overloaded" },
      { kind: "server-error" },
      { kind: "truncated" },
      { kind: "rate-limited", retryAfterMs: "30" },
    ];
    server.setBehaviour((r: RecordedRequest) => {
      const prompt = JSON.stringify(r.body);
      const n = seen.get(prompt) ?? 0;
      seen.set(prompt, n + 1);
      const i = Number(/file-(\d+)/.exec(prompt)?.[1] ?? 0);
      // Every third file fails on its first request, the fault chosen by the file's number.
      return n === 0 && i % 3 === 0 ? faults[(i / 3) % faults.length] : { kind: "ok", delayMs: 40 };
    });
    const run = await runOverHttp({ source: plan(""), baseURL: server.url, args: { files: ITEMS }, concurrency: 4 });
    expect(run.result.status).toBe("completed");
    expect(run.result.result).toBe(60);
    // 20 files failed once: 4 timed out and were re-asked, 16 were retried inside their attempt.
    expect(server.requests).toHaveLength(80);
    expect(run.result.totals.agents).toBe(64);
    expect(run.result.scheduler.maxInFlight).toBeLessThanOrEqual(4);
    expect(server.maxInFlight).toBeLessThanOrEqual(4);
    expectNoRequestAfterDeadline(run);
    expectWithinBounds(run);
  });
});
