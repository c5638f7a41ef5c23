/**
 * The Anthropic provider through the real SDK over real HTTP against the local Messages server: every
 * fault gives its class and the right number of requests, retry waits are honoured (checked with the
 * server's arrival timestamps, as lower bounds), deadlines cut retries short, and the key never leaks.
 */

import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createAnthropicProvider, DEFAULT_MODEL_ALIASES, type AnthropicProviderOptions } from "../../runtime/providers/anthropic.js";
import { validateOutput } from "../../runtime/providers/schema.js";
import type { AgentOutcome, AgentRequest, ErrorClass } from "../../runtime/providers/types.js";
import { startMessagesServer, type Behaviour, type MessagesServer, type RecordedRequest } from "../support/messages-server.js";

const KEY = "sk-ant-api03-WFCTESTKEY-zq81-do-not-leak-7f3a9c";

const SCHEMA = {
  type: "object",
  properties: {
    findings: { type: "array", items: { type: "string" }, maxItems: 3 },
    pass: { type: "boolean" },
  },
  required: ["findings", "pass"],
  additionalProperties: false,
};

let server: MessagesServer;
beforeEach(async () => {
  server = await startMessagesServer();
});
afterEach(async () => {
  await server.close();
});

/** Fast backoff (no jitter) so retry tests take milliseconds; the default formula is tested in retry.test.ts. */
function provider(options: Partial<AnthropicProviderOptions> = {}) {
  return createAnthropicProvider({
    apiKey: KEY,
    baseURL: server.url,
    maxRetries: 3,
    backoff: { initialMs: 5, maxMs: 20, random: () => 0 },
    ...options,
  });
}

function request(overrides: Partial<AgentRequest> = {}): AgentRequest {
  return {
    stageId: "review",
    index: [0],
    label: "review a.ts",
    prompt: "Review the file a.ts",
    model: "sonnet",
    schema: SCHEMA,
    maxTokens: 1024,
    deadline: Date.now() + 10_000,
    signal: new AbortController().signal,
    ...overrides,
  };
}

function always(behaviour: Behaviour) {
  server.setBehaviour(() => behaviour);
}

function script(...behaviours: Behaviour[]) {
  server.setBehaviour((r) => behaviours[r.n]);
}

function failure(outcome: AgentOutcome) {
  if (outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`);
  return outcome.error;
}

describe("successful calls", () => {
  test("structured output: the request carries the schema and the answer is validated", async () => {
    const outcome = await provider().call(request());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(validateOutput(SCHEMA, outcome.value).ok).toBe(true);
    expect(outcome.attempts).toBe(1);
    expect(outcome.model).toBe("claude-sonnet-4-6");
    expect(outcome.usage.inputTokens).toBeGreaterThan(0);
    expect(outcome.usage.outputTokens).toBeGreaterThan(0);

    expect(server.requests).toHaveLength(1);
    const sent = server.requests[0]!;
    expect(sent.url).toBe("/v1/messages");
    // SDK 1.13.0 sends an API key as `Authorization: Bearer`, older ones as `x-api-key`: accept either, once.
    const credentials = [sent.headers["x-api-key"], sent.headers["authorization"]?.replace(/^Bearer /, "")];
    expect(credentials.filter((c) => c === KEY)).toHaveLength(1);
    expect(sent.body).toMatchObject({
      model: "claude-sonnet-4-6",
      max_tokens: 1024,
      messages: [{ role: "user", content: "Review the file a.ts" }],
      output_config: { format: { type: "json_schema", schema: SCHEMA } },
    });
  });

  test("free text: no output_config, the text comes back; system and effort are sent", async () => {
    always({ kind: "ok", text: "All good." });
    const outcome = await provider().call(request({ schema: null, system: "You review code.", effort: "low", model: "haiku" }));
    expect(outcome).toMatchObject({ ok: true, value: "All good.", model: "claude-haiku-4-5" });
    expect(server.requests[0]!.body).toMatchObject({ system: "You review code.", output_config: { effort: "low" } });
    expect((server.requests[0]!.body as { output_config: object }).output_config).not.toHaveProperty("format");
  });

  test("usage records cache reads and writes", async () => {
    always({ kind: "ok", usage: { input_tokens: 11, output_tokens: 7, cache_read_input_tokens: 300, cache_creation_input_tokens: 40 } });
    const outcome = await provider().call(request());
    expect(outcome.usage).toEqual({ inputTokens: 11, outputTokens: 7, cacheReadTokens: 300, cacheWriteTokens: 40 });
  });

  test("aliases map through the defaults, config overrides, and unknown ids pass through", async () => {
    expect(DEFAULT_MODEL_ALIASES).toEqual({ opus: "claude-opus-4-8", sonnet: "claude-sonnet-4-6", haiku: "claude-haiku-4-5" });
    const p = provider({ modelAliases: { sonnet: "claude-sonnet-4-5", fast: "claude-haiku-4-5" } });
    await p.call(request({ model: "opus" }));
    await p.call(request({ model: "sonnet" }));
    await p.call(request({ model: "fast" }));
    await p.call(request({ model: "claude-3-custom" }));
    expect(server.requests.map((r) => (r.body as { model: string }).model)).toEqual([
      "claude-opus-4-8",
      "claude-sonnet-4-5",
      "claude-haiku-4-5",
      "claude-3-custom",
    ]);
  });

  test("the server counts concurrent requests", async () => {
    always({ kind: "ok", delayMs: 100 });
    const p = provider();
    const outcomes = await Promise.all(Array.from({ length: 5 }, (_, i) => p.call(request({ index: [i] }))));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(server.maxInFlight).toBe(5);
    expect(server.inFlight).toBe(0);
  });
});

describe("faults: class and number of requests sent", () => {
  const cases: Array<[string, Behaviour, ErrorClass, number]> = [
    ["200 schema-violating output", { kind: "schema-violation" }, "schema_mismatch", 1],
    ["200 prose where JSON was asked", { kind: "not-json" }, "bad_response", 1],
    ["200 stop_reason max_tokens", { kind: "max-tokens" }, "max_tokens", 1],
    ["200 HTML page", { kind: "html" }, "bad_response", 1],
    ["200 truncated JSON", { kind: "truncated-json" }, "bad_response", 1],
    ["200 without content", { kind: "missing-content" }, "bad_response", 1],
    ["429 spend limit", { kind: "spend-limit" }, "spend_limit", 1],
    ["529 overloaded, every time", { kind: "overloaded" }, "overloaded", 4],
    ["500, every time", { kind: "server-error" }, "server_error", 4],
    ["502 HTML from a proxy, every time", { kind: "html", status: 502 }, "server_error", 4],
    ["429 without retry headers, every time", { kind: "rate-limited" }, "rate_limited", 4],
    ["408, every time", { kind: "status", status: 408 }, "server_error", 4],
    ["409, every time", { kind: "status", status: 409 }, "server_error", 4],
    ["socket destroyed mid-body, every time", { kind: "truncated" }, "connection", 4],
    ["529 with x-should-retry: false", { kind: "overloaded", headers: { "x-should-retry": "false" } }, "overloaded", 1],
  ];
  test.each(cases)("%s", async (_name, behaviour, cls, sent) => {
    always(behaviour);
    const error = failure(await provider().call(request()));
    expect(error.class).toBe(cls);
    expect(error.attempts).toBe(sent);
    expect(server.requests).toHaveLength(sent);
  });

  const never: Array<[number, ErrorClass]> = [
    [400, "invalid_request"],
    [401, "auth"],
    [403, "auth"],
    [404, "invalid_request"],
    [413, "invalid_request"],
    [422, "invalid_request"],
  ];
  test.each(never)("%i is sent exactly once, even with x-should-retry: true", async (status, cls) => {
    always({ kind: "status", status, headers: { "x-should-retry": "true", "retry-after-ms": "1" } });
    const error = failure(await provider().call(request()));
    expect(error).toMatchObject({ class: cls, status, attempts: 1, requestId: "req_test_0000" });
    expect(server.requests).toHaveLength(1);
  });

  test("a spend-limit 429 is never retried, even with retry headers", async () => {
    always({ kind: "spend-limit", headers: { "retry-after": "0", "x-should-retry": "true" } });
    const error = failure(await provider().call(request()));
    expect(error).toMatchObject({ class: "spend_limit", status: 429, attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  test("x-should-retry: true makes an otherwise final status retryable", async () => {
    script({ kind: "status", status: 418, headers: { "x-should-retry": "true" } }, { kind: "ok" });
    const outcome = await provider().call(request());
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
  });

  test.each<[string, Behaviour]>([
    ["529", { kind: "overloaded" }],
    ["500", { kind: "server-error" }],
    ["503", { kind: "server-error", status: 503 }],
    ["a destroyed socket", { kind: "truncated" }],
  ])("a transient %s then a success gives the success on the second request", async (_name, fault) => {
    script(fault, { kind: "ok" });
    const outcome = await provider().call(request());
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    expect(server.requests).toHaveLength(2);
  });

  test("maxRetries bounds the requests", async () => {
    always({ kind: "overloaded" });
    const error = failure(await provider({ maxRetries: 1 }).call(request()));
    expect(error.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  test("a refused connection is a connection error after every retry", async () => {
    const closed = await startMessagesServer();
    const url = closed.url;
    await closed.close();
    const error = failure(await provider({ baseURL: url, maxRetries: 2 }).call(request()));
    expect(error).toMatchObject({ class: "connection", attempts: 3 });
  });
});

describe("retry waits", () => {
  test("retry-after-ms is honoured: the retry arrives no sooner than asked", async () => {
    script({ kind: "rate-limited", retryAfterMs: "150" }, { kind: "ok" });
    const outcome = await provider().call(request());
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    const [first, second] = server.requests;
    // Date.now() is whole milliseconds on both sides, so allow 1 ms of rounding.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(149);
  });

  test("retry-after in seconds is honoured", async () => {
    script({ kind: "rate-limited", retryAfter: "1" }, { kind: "ok" });
    const outcome = await provider().call(request());
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(999);
  });

  test("retry-after as an HTTP date is honoured", async () => {
    let target = 0;
    server.setBehaviour((r) => {
      if (r.n > 0) return { kind: "ok" };
      const date = new Date(Math.ceil((Date.now() + 1500) / 1000) * 1000).toUTCString();
      target = Date.parse(date);
      return { kind: "rate-limited", retryAfter: date };
    });
    const outcome = await provider().call(request());
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    expect(server.requests[1]!.at).toBeGreaterThanOrEqual(target - 1);
  });

  test("retry-after-ms wins over retry-after", async () => {
    // retry-after alone (30 s) would not fit the 5 s deadline; retry-after-ms (60 ms) does.
    script({ kind: "rate-limited", retryAfter: "30", retryAfterMs: "60" }, { kind: "ok" });
    const outcome = await provider().call(request({ deadline: Date.now() + 5000 }));
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(59);
  });

  test("x-should-retry: true on a 529 keeps the server's retry-after", async () => {
    script({ kind: "overloaded", headers: { "x-should-retry": "true", "retry-after-ms": "80" } }, { kind: "ok" });
    const outcome = await provider().call(request());
    expect(outcome).toMatchObject({ ok: true, attempts: 2 });
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(79);
  });

  test("without retry headers, the backoff doubles between retries", async () => {
    script({ kind: "overloaded" }, { kind: "overloaded" }, { kind: "ok" });
    const outcome = await provider({ backoff: { initialMs: 100, maxMs: 8000, random: () => 0 } }).call(request());
    expect(outcome).toMatchObject({ ok: true, attempts: 3 });
    const [a, b, c] = server.requests.map((r) => r.at);
    expect(b! - a!).toBeGreaterThanOrEqual(99);
    expect(c! - b!).toBeGreaterThanOrEqual(199);
  });
});

describe("deadlines and aborts", () => {
  test("a retry-after longer than the deadline gives `timeout` after exactly one request", async () => {
    always({ kind: "rate-limited", retryAfter: "30" });
    const error = failure(await provider().call(request({ deadline: Date.now() + 2000 })));
    expect(error.class).toBe("timeout");
    expect(error.attempts).toBe(1);
    expect(error.status).toBe(429);
    expect(error.message).toMatch(/server asked to wait 30s before retrying, longer than the \d+\.\ds the deadline allows/);
    expect(server.requests).toHaveLength(1);
  });

  test("a response slower than the deadline is a timeout after one request", async () => {
    always({ kind: "ok", delayMs: 5000 });
    const error = failure(await provider().call(request({ deadline: Date.now() + 300 })));
    expect(error).toMatchObject({ class: "timeout", attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  test("a deadline already past sends nothing", async () => {
    const error = failure(await provider().call(request({ deadline: Date.now() - 1 })));
    expect(error).toMatchObject({ class: "timeout", attempts: 0 });
    expect(server.requests).toHaveLength(0);
  });

  test("stopping the run aborts the request in flight", async () => {
    always({ kind: "ok", delayMs: 5000 });
    const controller = new AbortController();
    const pending = provider().call(request({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 100);
    const error = failure(await pending);
    expect(error.class).toBe("aborted");
    expect(server.requests).toHaveLength(1);
  });

  test("stopping the run during a retry wait sends nothing more", async () => {
    always({ kind: "rate-limited", retryAfterMs: "3000" });
    const controller = new AbortController();
    const pending = provider().call(request({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 150);
    const error = failure(await pending);
    expect(error).toMatchObject({ class: "aborted", attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });
});

describe("the API key never leaks", () => {
  test("not in any outcome, even when the server echoes it back", async () => {
    const echo = (status: number): Behaviour => ({ kind: "status", status, message: `invalid x-api-key: ${KEY}` });
    const faults: Array<Behaviour | ((r: RecordedRequest) => Behaviour)> = [
      // Echo whatever credential headers the SDK really sent, as a misconfigured proxy might.
      (r) => ({ kind: "status", status: 401, message: `bad credentials: ${r.headers["authorization"]} ${r.headers["x-api-key"]}` }),
      echo(401),
      echo(400),
      echo(500),
      { kind: "status", status: 403, body: `key ${KEY} is not allowed` },
      { kind: "ok", text: `not json ${KEY.slice(0, 10)}` },
      { kind: "schema-violation" },
      { kind: "html", status: 503 },
      { kind: "truncated" },
      { kind: "truncated-json" },
      { kind: "spend-limit" },
      { kind: "rate-limited", retryAfter: "60" },
    ];
    const outcomes: AgentOutcome[] = [];
    for (const fault of faults) {
      server.setBehaviour(typeof fault === "function" ? fault : () => fault);
      outcomes.push(await provider({ maxRetries: 1 }).call(request({ deadline: Date.now() + 3000 })));
    }
    const closed = await startMessagesServer();
    await closed.close();
    outcomes.push(await provider({ baseURL: closed.url, maxRetries: 0 }).call(request()));

    expect(outcomes.every((o) => !o.ok)).toBe(true);
    const serialized = JSON.stringify(outcomes);
    expect(serialized).not.toContain(KEY);
    expect(serialized).not.toContain("WFCTESTKEY");
    // The echoed messages are still useful, with the key masked.
    expect(serialized).toContain("invalid x-api-key: [redacted]");
    expect(serialized).toContain("bad credentials: Bearer [redacted]");
  });
});
