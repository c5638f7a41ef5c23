/**
 * A 40-agent fan-out with a schema, run by `runPlan` through the real Anthropic provider and SDK
 * against a local Messages server that answers each agent with its own mix of faults. What a user
 * reads afterwards must be exactly true: retried agents succeed, never-retry failures are sent once,
 * timeouts are timeouts, the census lists exactly the agents that failed, and the run is `degraded`.
 */

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startMessagesServer, type Behaviour, type MessagesServer, type RecordedRequest } from "../support/messages-server.js";
import { validateOutput } from "../../runtime/providers/schema.js";
import { expectBalancedEvents, expectNoRequestAfterDeadline, expectWithinBounds, runOverHttp, type HttpRun } from "./support/harness.js";

/**
 * Generous next to a local round trip even on a loaded machine (a fast answer must never time out),
 * while a "slow" answer never comes at all within the test.
 */
const TIMEOUT_MS = 5000;
const SLOW = 120_000;

/** Per kind: what the server answers to the agent's 1st, 2nd, … request (the last one repeats). */
interface Kind {
  count: number;
  answers: Behaviour[];
  /** Requests the server must see for one agent of this kind. */
  requests: number;
  /** agent-start events (runtime attempts) for one agent of this kind. */
  attempts: number;
  /** The census class when the agent fails for good. */
  fails?: string;
}

const KINDS: Record<string, Kind> = {
  ok: { count: 16, answers: [{ kind: "ok" }], requests: 1, attempts: 1 },
  // A schema-violating answer is re-asked by the runtime, in a fresh attempt.
  reask: { count: 4, answers: [{ kind: "schema-violation" }, { kind: "ok" }], requests: 2, attempts: 2 },
  invalid: { count: 1, answers: [{ kind: "schema-violation" }], requests: 2, attempts: 2, fails: "schema_mismatch" },
  // Transport retries happen inside one attempt, honouring the server's wait.
  ratems: { count: 3, answers: [{ kind: "rate-limited", retryAfterMs: "40" }, { kind: "ok" }], requests: 2, attempts: 1 },
  ratesec: { count: 1, answers: [{ kind: "rate-limited", retryAfter: "1" }, { kind: "ok" }], requests: 2, attempts: 1 },
  // A wait longer than the attempt's deadline is not slept through: the attempt ends at once as a
  // timeout after one request, and the runtime's re-ask succeeds.
  ratelong: { count: 1, answers: [{ kind: "rate-limited", retryAfter: "30" }, { kind: "ok" }], requests: 2, attempts: 2 },
  overload: { count: 3, answers: [{ kind: "overloaded" }, { kind: "ok" }], requests: 2, attempts: 1 },
  error500: { count: 3, answers: [{ kind: "server-error" }, { kind: "server-error" }, { kind: "ok" }], requests: 3, attempts: 1 },
  cut: { count: 3, answers: [{ kind: "truncated" }, { kind: "ok" }], requests: 2, attempts: 1 },
  slowonce: { count: 2, answers: [{ kind: "ok", delayMs: SLOW }, { kind: "ok" }], requests: 2, attempts: 2 },
  slow: { count: 2, answers: [{ kind: "ok", delayMs: SLOW }], requests: 2, attempts: 2, fails: "timeout" },
  spend: { count: 1, answers: [{ kind: "spend-limit" }], requests: 1, attempts: 1, fails: "spend_limit" },
};

/** Item names `<kind>-<n>`, interleaved (a fixed permutation) so no kind runs as a block. */
const ITEMS: string[] = (() => {
  const plain = Object.entries(KINDS).flatMap(([kind, k]) => Array.from({ length: k.count }, (_, i) => `${kind}-${i}`));
  return plain.map((_, i) => plain[(i * 7) % plain.length]!);
})();
const kindOf = (item: string): Kind => KINDS[item.split("-")[0]!]!;

const SCHEMA = {
  type: "object",
  required: ["verdict", "notes"],
  properties: { verdict: { type: "boolean" }, notes: { type: "string", maxLength: 60 } },
  additionalProperties: false,
};

const PLAN = `export const meta = {
  name: 'review-fan-out',
  description: 'One reviewer per item, structured verdicts',
  args: { type: 'object', required: ['items'], properties: { items: { type: 'array', maxItems: 40, items: { type: 'string', maxLength: 20 } } } },
  defaults: { attempts: 2, timeoutMs: ${TIMEOUT_MS} },
}
const VERDICT = ${JSON.stringify(SCHEMA)}
const results = await parallel(args.items.map((item) => () =>
  agent('review ' + item, { label: 'review', model: 'sonnet', schema: VERDICT, maxTokens: 256 })))
const ok = await gate(results, (r) => r !== null, { each: true, onFail: 'drop', label: 'answered' })
log(ok.length + ' of ' + results.length + ' answered')
return results
`;

const STAGE = "parallel:results/agent:review";
const promptOf = (r: RecordedRequest): string =>
  ((r.body as { messages?: Array<{ content?: string }> } | undefined)?.messages?.[0]?.content ?? "") as string;

let server: MessagesServer;
let run: HttpRun;

beforeAll(async () => {
  const seen = new Map<string, number>();
  server = await startMessagesServer((request) => {
    const item = promptOf(request).replace(/^review /, "");
    const n = seen.get(item) ?? 0;
    seen.set(item, n + 1);
    const { answers } = kindOf(item);
    return answers[Math.min(n, answers.length - 1)];
  });
  run = await runOverHttp({ source: PLAN, baseURL: server.url, args: { items: ITEMS } });
});

afterAll(async () => {
  await server?.close();
});

describe("a 40-agent fan-out against a faulty server", () => {
  test("the run is degraded and the census lists exactly the failed items, with class and attempts", () => {
    expect(ITEMS).toHaveLength(40);
    expect(new Set(ITEMS).size).toBe(40);
    expect(run.result.status).toBe("degraded");
    expect(run.result.error).toBeUndefined();
    const expected = ITEMS.flatMap((item, i) => {
      const k = kindOf(item);
      return k.fails ? [{ stageId: STAGE, index: [i], label: "review", errorClass: k.fails, attempts: k.attempts }] : [];
    });
    expect(expected.map((e) => e.errorClass).sort()).toEqual(["schema_mismatch", "spend_limit", "timeout", "timeout"]);
    expect(run.result.census.map(({ stageId, index, label, errorClass, attempts }) => ({ stageId, index, label, errorClass, attempts }))).toEqual(expected);
    // The gate drops the failed agents' nulls without counting them twice: they are in the census.
    expect(run.result.rejected).toEqual([]);
    expect(run.events.filter((e) => e.type === "log").map((e) => (e.type === "log" ? e.message : ""))).toEqual([`${40 - expected.length} of 40 answered`]);
  });

  test("every agent that should recover did, with a schema-valid answer; the others are null", () => {
    const values = run.result.result as unknown[];
    expect(values).toHaveLength(40);
    ITEMS.forEach((item, i) => {
      if (kindOf(item).fails) expect(values[i], item).toBeNull();
      else expect(validateOutput(SCHEMA, values[i]).ok, item).toBe(true);
    });
  });

  test("each agent sent exactly the requests its faults call for: never-retry failures exactly one", () => {
    const sent = new Map<string, number>();
    for (const r of server.requests) sent.set(promptOf(r), (sent.get(promptOf(r)) ?? 0) + 1);
    const got = Object.fromEntries(ITEMS.map((item) => [item, sent.get(`review ${item}`) ?? 0]));
    const want = Object.fromEntries(ITEMS.map((item) => [item, kindOf(item).requests]));
    expect(got).toEqual(want);
    expect(server.requests).toHaveLength(ITEMS.reduce((a, item) => a + kindOf(item).requests, 0));
  });

  test("runtime attempts per agent: transport retries stay inside one attempt, re-asks take new ones", () => {
    const starts = new Map<number, number>();
    for (const e of run.events) if (e.type === "agent-start") starts.set(e.index[0]!, (starts.get(e.index[0]!) ?? 0) + 1);
    expect(Object.fromEntries(ITEMS.map((item, i) => [item, starts.get(i) ?? 0]))).toEqual(
      Object.fromEntries(ITEMS.map((item) => [item, kindOf(item).attempts])),
    );
    expect(run.result.totals.agents).toBe(ITEMS.reduce((a, item) => a + kindOf(item).attempts, 0));
    expectBalancedEvents(run.events);
  });

  test("the failures' classes show in the agent-end events too", () => {
    const classes = (item: string) =>
      run.events.filter((e) => e.type === "agent-end" && e.index[0] === ITEMS.indexOf(item)).map((e) => (e.type === "agent-end" ? e.errorClass ?? "ok" : ""));
    expect(classes("spend-0")).toEqual(["spend_limit"]);
    expect(classes("slow-0")).toEqual(["timeout", "timeout"]);
    expect(classes("slowonce-0")).toEqual(["timeout", "ok"]);
    expect(classes("ratelong-0")).toEqual(["timeout", "ok"]);
    expect(classes("reask-0")).toEqual(["schema_mismatch", "ok"]);
    expect(classes("invalid-0")).toEqual(["schema_mismatch", "schema_mismatch"]);
  });

  test("no request was ever sent for an agent after its attempt's deadline", () => {
    expectNoRequestAfterDeadline(run);
    // The 30-second retry-after was not waited for: the one request of that attempt, then the re-ask.
    const ratelong = run.calls.filter((c) => c.prompt === "review ratelong-0");
    expect(ratelong.map((c) => (c.outcome?.ok ? "ok" : c.outcome?.error.class))).toEqual(["timeout", "ok"]);
    expect(ratelong[0]!.outcome).toMatchObject({ ok: false, error: { attempts: 1 } });
    expect(ratelong[0]!.outcome!.ok ? "" : ratelong[0]!.outcome!.error.message).toMatch(/asked to wait 30s before retrying/);
  });

  test("concurrency stayed within the default 16 at the server; nothing was left running", () => {
    expect(run.result.scheduler.concurrency).toBe(16);
    expect(run.result.scheduler.maxInFlight).toBeLessThanOrEqual(16);
    expect(server.maxInFlight).toBeLessThanOrEqual(16);
    expect(run.pendingAtReturn).toBe(0);
  });

  test("the totals stay within the compiled graph's bounds, as a whole and per stage", () => {
    expect(run.graph.bounds.agents).toBe(80);
    expectWithinBounds(run);
  });
});
