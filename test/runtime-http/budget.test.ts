/**
 * Budget stops over real HTTP. The run is given a budget (as `wfc run --max-usd/--max-tokens` does;
 * a `meta.budget` below the compiled worst case is already a compile error, WF3201) small enough
 * that it must stop part-way. From the event stream the test replays the runtime's documented guard
 * (docs/runtime.md, "Budgets and caps": spent + in-flight reservations + the next agent's
 * reservation) and checks that the stop came exactly where the guard says, that nothing started
 * after it, that the agents in flight then finished, and what the totals came to.
 */

import { estimateInputTokens } from "../../runtime/interpreter/agent-call.js";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { startMessagesServer, type MessagesServer } from "../support/messages-server.js";
import type { RunEvent } from "../../runtime/events.js";
import { ZERO_USAGE } from "../../runtime/providers/types.js";
import { expectBalancedEvents, expectWithinBounds, pricing, runOverHttp, type HttpRun } from "./support/harness.js";

const MAX_TOKENS = 400;
const MODEL = "claude-sonnet-4-6";
/** Same-length names, so every agent reserves the same amount. */
const ITEMS = Array.from({ length: 24 }, (_, i) => `file-${String(i).padStart(2, "0")}.ts`);
/** What the guard reserves for one agent's input: the compiler's bound (see estimateInputTokens). */
const RESERVED_INPUT = estimateInputTokens({ prompt: "summarize file-00.ts", schema: null });

const PLAN = `export const meta = {
  name: 'budgeted',
  description: 'Twenty-four summaries, more than the budget pays for',
  args: { type: 'object', required: ['files'], properties: { files: { type: 'array', maxItems: 24, items: { type: 'string', maxLength: 12 } } } },
  defaults: { attempts: 1, timeoutMs: 10000 },
}
const summaries = await parallel(args.files.map((f) => () =>
  agent('summarize ' + f, { label: 'summarize', model: 'sonnet', maxTokens: ${MAX_TOKENS} })))
return summaries
`;

let server: MessagesServer;
beforeEach(async () => {
  // Every answer spends the agent's whole output allowance, so the budget binds quickly.
  server = await startMessagesServer(() => ({ kind: "ok", delayMs: 40, usage: { output_tokens: MAX_TOKENS } }));
});
afterEach(async () => {
  await server.close();
});

interface Limit {
  /** What one agent reserves before it starts. */
  reservation: number;
  /** What an ended agent actually spent. */
  spentBy: (e: Extract<RunEvent, { type: "agent-end" }>) => number;
  limit: number;
}

/**
 * Replays the guard over the events. Returns the index in `events` after which the guard refused
 * the next agent, and the spent/in-flight figures at that moment.
 */
function replayGuard(events: RunEvent[], g: Limit) {
  let spent = 0;
  let inFlight = 0;
  let stopAt: { index: number; spent: number; inFlight: number } | undefined;
  events.forEach((e, index) => {
    if (e.type === "agent-start") {
      expect(stopAt, "an agent started after the stop decision").toBeUndefined();
      // Each start was allowed by the documented guard.
      expect(spent + inFlight * g.reservation + g.reservation).toBeLessThanOrEqual(g.limit + 1e-12);
      inFlight++;
    } else if (e.type === "agent-end") {
      inFlight--;
      spent += g.spentBy(e);
      // A freed slot goes to the next queued agent, which the guard now refuses.
      if (!stopAt && spent + inFlight * g.reservation + g.reservation > g.limit) stopAt = { index, spent, inFlight };
    }
  });
  return stopAt;
}

function expectStoppedCleanly(run: HttpRun, stop: { index: number; inFlight: number } | undefined) {
  expect(stop, "the guard refused an agent").toBeDefined();
  const { events, result } = run;
  // The agents in flight at the stop all finished, successfully, after it.
  const after = events.slice(stop!.index + 1);
  expect(after.filter((e) => e.type === "agent-start")).toHaveLength(0);
  const endsAfter = after.filter((e) => e.type === "agent-end");
  expect(endsAfter).toHaveLength(stop!.inFlight);
  expect(endsAfter.every((e) => e.type === "agent-end" && e.ok)).toBe(true);
  expectBalancedEvents(events);
  expect(run.pendingAtReturn).toBe(0);
  expect(server.inFlight).toBe(0);
  // Every request the server got was answered in full, and it got one per agent that started.
  expect(server.requests.every((r) => r.status === 200)).toBe(true);
  expect(server.requests).toHaveLength(result.totals.agents);
  expect(result.totals.agents).toBe(events.filter((e) => e.type === "agent-start").length);
  expect(result.totals.agents).toBeLessThan(ITEMS.length);
  expect(result.status).toBe("failed");
  expect(result.result).toBeUndefined();
  // The agents that never started are not failures of their own: the run's error says why.
  expect(result.census).toEqual([]);
  expectWithinBounds(run);
}

describe("a budget stops the run part-way", () => {
  test("output-token budget: stops where the guard says, in-flight agents finish, totals within the budget", async () => {
    const limit = 3000;
    const run = await runOverHttp({ source: PLAN, baseURL: server.url, args: { files: ITEMS }, concurrency: 4, budget: { tokens: limit } });
    const stop = replayGuard(run.events, { reservation: MAX_TOKENS, spentBy: (e) => e.outputTokens, limit });
    expectStoppedCleanly(run, stop);
    expect(run.result.error?.message).toMatch(
      new RegExp(
        `^plan\\.wf\\.js:\\d+:\\d+: token budget: starting parallel:summaries/agent:summarize \\(maxTokens ${MAX_TOKENS}\\) could exceed ` +
          `the budget of ${limit} output tokens \\(${stop!.spent} spent, ${stop!.inFlight * MAX_TOKENS} reserved by agents in flight\\); no new agents were started$`,
      ),
    );
    // Output never exceeds maxTokens, so the token budget holds with no allowance at all.
    expect(run.result.totals.outputTokens).toBeLessThanOrEqual(limit);
    const runEnd = run.events.at(-1);
    expect(runEnd).toMatchObject({ type: "run-end", status: "failed" });
    expect(runEnd?.type === "run-end" && runEnd.error).toMatch(/token budget/);
  });

  test("USD budget: stops where the guard says; totals within the budget plus the documented estimate's error", async () => {
    const limit = 0.05;
    const reservation = pricing(MODEL, { ...ZERO_USAGE, inputTokens: RESERVED_INPUT, outputTokens: MAX_TOKENS });
    const run = await runOverHttp({ source: PLAN, baseURL: server.url, args: { files: ITEMS }, concurrency: 4, budget: { usd: limit } });
    const stop = replayGuard(run.events, { reservation, spentBy: (e) => e.usd, limit });
    expectStoppedCleanly(run, stop);
    expect(run.result.error?.message).toMatch(
      new RegExp(
        `^plan\\.wf\\.js:\\d+:\\d+: USD budget: starting parallel:summaries/agent:summarize \\(up to \\$${reservation.toFixed(4)}\\) could exceed ` +
          `the budget of \\$${limit} \\(\\$${stop!.spent.toFixed(4)} spent, \\$${(stop!.inFlight * reservation).toFixed(4)} reserved by agents in flight\\); no new agents were started$`,
      ),
    );
    // The in-flight allowance: an agent is reserved at the compiler's input bound plus its
    // maxTokens, so the run can pass the budget only by what the agents' real usage exceeded their
    // reservations (here the input tokens the server counted beyond that bound).
    const ends = run.events.filter((e): e is Extract<RunEvent, { type: "agent-end" }> => e.type === "agent-end");
    const allowance = ends.reduce((a, e) => a + Math.max(0, e.usd - reservation), 0);
    expect(run.result.totals.usd).toBeLessThanOrEqual(limit + allowance + 1e-12);
    expect(run.result.totals.usd).toBeCloseTo(ends.reduce((a, e) => a + e.usd, 0), 12);
  });

  test("USD budget when the API counts far more input tokens than the reserved estimate: the overshoot is bounded by that excess", async () => {
    // A prompt that tokenizes densely (or a gateway that adds a system prompt) is billed for more
    // input than the guard reserved; only the agents in flight at the stop can carry that excess.
    server.setBehaviour(() => ({ kind: "ok", delayMs: 40, usage: { output_tokens: MAX_TOKENS, input_tokens: 1500 } }));
    const limit = 0.05;
    const reservation = pricing(MODEL, { ...ZERO_USAGE, inputTokens: RESERVED_INPUT, outputTokens: MAX_TOKENS });
    const run = await runOverHttp({ source: PLAN, baseURL: server.url, args: { files: ITEMS }, concurrency: 4, budget: { usd: limit } });
    const stop = replayGuard(run.events, { reservation, spentBy: (e) => e.usd, limit });
    expectStoppedCleanly(run, stop);
    const ends = run.events.filter((e): e is Extract<RunEvent, { type: "agent-end" }> => e.type === "agent-end");
    const perAgentExcess = pricing(MODEL, { ...ZERO_USAGE, inputTokens: 1500 - RESERVED_INPUT });
    // The guard checks at each start: the agents in flight at the *last* start (those at the stop, plus
    // the one the last start admitted) can each carry their excess past the budget.
    expect(run.result.totals.usd).toBeLessThanOrEqual(limit + (stop!.inFlight + 1) * perAgentExcess + 1e-12);
    expect(ends.every((e) => e.inputTokens === 1500)).toBe(true);
  });
});
