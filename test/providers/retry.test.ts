import { describe, expect, test } from "vitest";
import {
  backoffDelay,
  classifyStatus,
  isRetryable,
  planRetry,
  serverRetryDelay,
  shouldRetryHeader,
  sleep,
} from "../../runtime/providers/retry.js";

const headers = (h: Record<string, string>) => new Headers(h);

describe("backoff", () => {
  test("min(0.5 s · 2^n, 8 s) with no jitter", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => backoffDelay(n, { random: () => 0 }))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  test("jitter takes off less than a quarter", () => {
    expect(backoffDelay(0, { random: () => 0.5 })).toBe(437.5);
    const most = backoffDelay(4, { random: () => 0.9999999 });
    expect(most).toBeGreaterThan(6000);
    expect(most).toBeLessThanOrEqual(8000);
  });

  test("base and cap are configurable", () => {
    expect(backoffDelay(3, { initialMs: 10, maxMs: 50, random: () => 0 })).toBe(50);
  });
});

describe("server-requested waits", () => {
  const now = Date.parse("2026-03-01T12:00:00Z");
  test.each<[Record<string, string>, number | undefined]>([
    [{ "retry-after-ms": "250" }, 250],
    [{ "retry-after-ms": "12.5" }, 12.5],
    [{ "retry-after": "3" }, 3000],
    [{ "retry-after": "0.5" }, 500],
    [{ "retry-after-ms": "100", "retry-after": "30" }, 100],
    [{ "retry-after-ms": "soon", "retry-after": "2" }, 2000],
    [{ "retry-after": "Sun, 01 Mar 2026 12:00:07 GMT" }, 7000],
    [{ "retry-after": "Sun, 01 Mar 2026 11:59:00 GMT" }, 0],
    [{ "retry-after": "whenever" }, undefined],
    [{ "retry-after-ms": "-5" }, undefined],
    [{}, undefined],
  ])("%j -> %s ms", (h, expected) => {
    expect(serverRetryDelay(headers(h), now)).toBe(expected);
  });

  test("x-should-retry reads true/false only", () => {
    expect(shouldRetryHeader(headers({ "x-should-retry": "true" }))).toBe(true);
    expect(shouldRetryHeader(headers({ "x-should-retry": "FALSE" }))).toBe(false);
    expect(shouldRetryHeader(headers({ "x-should-retry": "maybe" }))).toBeUndefined();
    expect(shouldRetryHeader(undefined)).toBeUndefined();
  });
});

describe("classification", () => {
  test.each([
    [400, "invalid_request", false],
    [401, "auth", false],
    [402, "spend_limit", false],
    [403, "auth", false],
    [404, "invalid_request", false],
    [408, "server_error", true],
    [409, "server_error", true],
    [413, "invalid_request", false],
    [422, "invalid_request", false],
    [429, "rate_limited", true],
    [500, "server_error", true],
    [502, "server_error", true],
    [503, "server_error", true],
    [504, "server_error", true],
    [529, "overloaded", true],
    [418, "invalid_request", false],
  ] as const)("%i is %s, retryable %s", (status, cls, retryable) => {
    expect(classifyStatus({ status })).toBe(cls);
    expect(isRetryable({ status })).toBe(retryable);
  });

  test("a spend-limit 429 is final whatever the headers say", () => {
    const failure = {
      status: 429,
      errorType: "rate_limit_error",
      errorCode: "enforced_spend_limit_reached",
      headers: headers({ "x-should-retry": "true", "retry-after": "1" }),
    };
    expect(classifyStatus(failure)).toBe("spend_limit");
    expect(isRetryable(failure)).toBe(false);
  });

  test("x-should-retry overrides the status, except for never-retry statuses", () => {
    expect(isRetryable({ status: 503, headers: headers({ "x-should-retry": "false" }) })).toBe(false);
    expect(isRetryable({ status: 418, headers: headers({ "x-should-retry": "true" }) })).toBe(true);
    for (const status of [400, 401, 403, 404, 413, 422])
      expect(isRetryable({ status, headers: headers({ "x-should-retry": "true" }) })).toBe(false);
  });

  test("overloaded_error in the body is overloaded whatever the status", () => {
    expect(classifyStatus({ status: 503, errorType: "overloaded_error" })).toBe("overloaded");
  });
});

describe("planning a retry against the deadline", () => {
  test("a wait that fits is taken as asked", () => {
    expect(planRetry(0, headers({ "retry-after": "2" }), 10_000, { now: 0 })).toEqual({ retry: true, delayMs: 2000 });
    expect(planRetry(2, undefined, 10_000, { now: 0, random: () => 0 })).toEqual({ retry: true, delayMs: 2000 });
  });

  test("a wait that ends at or past the deadline is refused, with the numbers for the message", () => {
    expect(planRetry(0, headers({ "retry-after": "30" }), 5000, { now: 0 })).toEqual({
      retry: false,
      reason: "deadline",
      delayMs: 30_000,
      remainingMs: 5000,
    });
    expect(planRetry(4, undefined, 8000, { now: 0, random: () => 0 }).retry).toBe(false);
  });
});

describe("sleep", () => {
  test("resolves true after the wait, false when aborted", async () => {
    expect(await sleep(1)).toBe(true);
    expect(await sleep(0)).toBe(true);
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal);
    controller.abort();
    expect(await pending).toBe(false);
    expect(await sleep(5, controller.signal)).toBe(false);
  });
});
