/**
 * The API key never leaves the provider. The server echoes the key back in its error bodies (as a
 * misconfigured gateway might), for every kind of failure; afterwards the key must not appear in the
 * run result, the census, the run report, the events, the progress text, the journal records, or
 * the run's error message. It must have been sent, though: the canary is live.
 */

import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { startMessagesServer, type Behaviour, type MessagesServer, type RecordedRequest } from "../support/messages-server.js";
import { progressSink } from "../../runtime/events.js";
import type { RunStore } from "../../runtime/run.js";
import { FAKE_KEY, expectBalancedEvents, expectWithinBounds, runOverHttp, type HttpRun } from "./support/harness.js";

const KEYS: Array<[string, string]> = [
  ["a key of no known shape", FAKE_KEY],
  ["an sk-ant-shaped key", "sk-ant-api03-LEAKCANARY-Qm7-wfc-test-0c4d2e9a"],
];

/** Per item: the server's answer, with `KEY` replaced by the key in use. */
const FAULTS: Record<string, (key: string) => Behaviour> = {
  auth: (key) => ({ kind: "status", status: 401, errorType: "authentication_error", message: `invalid x-api-key: ${key}` }),
  forbidden: (key) => ({ kind: "status", status: 403, errorType: "permission_error", message: `key ${key} may not use this model` }),
  badrequest: (key) => ({ kind: "status", status: 400, errorType: "invalid_request_error", message: `malformed request (key=${key})` }),
  server: (key) => ({ kind: "status", status: 500, errorType: "api_error", message: `upstream failed for ${key}` }),
  overloaded: (key) => ({ kind: "status", status: 529, errorType: "overloaded_error", message: `overloaded; key ${key}` }),
  ratelimited: (key) => ({ kind: "status", status: 429, errorType: "rate_limit_error", message: `slow down, ${key}`, headers: { "retry-after-ms": "10" } }),
  notamessage: (key) => ({ kind: "status", status: 200, body: { type: "error", error: { type: "api_error", message: key } } }),
  gateway: (key) => ({ kind: "status", status: 502, body: `<html>bad gateway for ${key}</html>` }),
  slow: () => ({ kind: "ok", delayMs: 120_000 }),
  fine: () => ({ kind: "ok" }),
};
const ITEMS = Object.keys(FAULTS);

const PLAN = `export const meta = {
  name: 'key-canary',
  description: 'Every failure kind, with the key echoed back',
  args: { type: 'object', required: ['items'], properties: { items: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 20 } }, fail: { type: 'boolean' } } },
  defaults: { attempts: 1, timeoutMs: 4000 },
}
const VERDICT = { type: 'object', required: ['pass'], properties: { pass: { type: 'boolean' } } }
const results = await parallel(args.items.map((item) => () => agent('job ' + item, { label: 'job', model: 'sonnet', schema: VERDICT, maxTokens: 200 })))
log(results.filter((r) => r !== null).length + ' answered')
if (args.fail) return results.map((r) => r.pass)
return results
`;

function memoryStore(): RunStore & { records: unknown[] } {
  const records: unknown[] = [];
  return {
    records,
    lookup: () => undefined,
    markStarted: (...a) => void records.push(["started", ...a]),
    recordResult: (...a) => void records.push(["result", ...a]),
    recordFailure: (...a) => void records.push(["failure", ...a]),
  };
}

let server: MessagesServer;
let key = "";
beforeEach(async () => {
  server = await startMessagesServer((r: RecordedRequest) => {
    const item = String((r.body as { messages?: Array<{ content?: string }> }).messages?.[0]?.content ?? "").replace(/^job /, "");
    return FAULTS[item]?.(key);
  });
});
afterEach(async () => {
  await server.close();
});

function everything(run: HttpRun, store: { records: unknown[] }): Record<string, string> {
  const progress: string[] = [];
  const sink = progressSink({ write: (t) => progress.push(t), isTTY: false });
  for (const e of run.events) sink.sink(e);
  sink.flush();
  return {
    result: JSON.stringify(run.result),
    census: JSON.stringify(run.result.census),
    report: JSON.stringify(run.report),
    events: JSON.stringify(run.events),
    progress: progress.join(""),
    journal: JSON.stringify(store.records),
    error: run.result.error?.message ?? "",
    providerOutcomes: JSON.stringify(run.calls.map((c) => c.outcome)),
  };
}

describe.each(KEYS)("with %s", (_name, apiKey) => {
  test.each([
    ["a degraded run", false],
    ["a failed run", true],
  ])("%s: the key is sent, echoed back, and found nowhere afterwards", async (_run, fail) => {
    key = apiKey;
    const store = memoryStore();
    const run = await runOverHttp({ source: PLAN, baseURL: server.url, apiKey, args: { items: ITEMS, fail }, store });

    // The canary is live: every request carried the key, and the server echoed it.
    expect(server.requests.length).toBeGreaterThanOrEqual(ITEMS.length);
    for (const r of server.requests) expect([r.headers["x-api-key"], r.headers["authorization"]?.replace(/^Bearer /, "")]).toContain(apiKey);

    expect(run.result.status).toBe(fail ? "failed" : "degraded");
    if (fail) expect(run.result.error?.message).toMatch(/^plan\.wf\.js:\d+:\d+: uncaught TypeError: .*reading 'pass'/);
    const classes = Object.fromEntries(run.result.census.map((c) => [ITEMS[c.index[0]!], c.errorClass]));
    expect(classes).toEqual({
      auth: "auth",
      forbidden: "auth",
      badrequest: "invalid_request",
      server: "server_error",
      overloaded: "overloaded",
      ratelimited: "rate_limited",
      notamessage: "bad_response",
      gateway: "server_error",
      slow: "timeout",
    });
    // The echoed key was cut out of the messages that quote the server, which still say what happened.
    const auth = run.result.census.find((c) => c.errorClass === "auth" && c.message.includes("invalid x-api-key"));
    expect(auth?.message).toContain("[redacted]");

    for (const [where, text] of Object.entries(everything(run, store))) {
      expect(text.includes(apiKey), `the key appears in ${where}`).toBe(false);
      // Nor any recognisable part of it.
      expect(text.includes(apiKey.slice(-12)), `the key's tail appears in ${where}`).toBe(false);
    }
    expectBalancedEvents(run.events);
    expectWithinBounds(run);
  });
});
