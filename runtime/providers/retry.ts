/**
 * Transport retries for the Messages API, done here rather than in the SDK (which is built with
 * `maxRetries: 0`) for three reasons the SDK cannot serve: a retry must never sleep past the attempt's
 * deadline, a spend-limit 429 must never be retried, and the census needs the count of requests
 * actually sent. The rules follow the SDK's own where they agree: the server's `retry-after-ms`, then
 * `retry-after` (seconds or an HTTP date), then exponential backoff with jitter; `x-should-retry`
 * overrides the status-based decision, except that statuses that can never succeed on a resend
 * (400/401/403/404/413/422, spend limit) stay final whatever the header says.
 */

import type { ErrorClass } from "./types.js";

/** Minimal header access, satisfied by the fetch `Headers` class. */
export interface HeaderSource {
  get(name: string): string | null;
}

export interface BackoffOptions {
  /** First retry's base delay. Default 500 ms. */
  initialMs?: number;
  /** Cap on the base delay. Default 8000 ms. */
  maxMs?: number;
  /** Source of jitter in [0, 1); default Math.random. Inject a constant for tests. */
  random?: () => number;
}

export const DEFAULT_BACKOFF = { initialMs: 500, maxMs: 8000 } as const;

/**
 * Delay before retry number `retry` (0 for the first retry): min(initial·2^retry, max), less up to a
 * quarter of jitter so that many agents throttled at once do not return in lockstep.
 */
export function backoffDelay(retry: number, options: BackoffOptions = {}): number {
  const initial = options.initialMs ?? DEFAULT_BACKOFF.initialMs;
  const max = options.maxMs ?? DEFAULT_BACKOFF.maxMs;
  const random = options.random ?? Math.random;
  const base = Math.min(initial * 2 ** Math.max(0, retry), max);
  const jitter = Math.min(Math.max(random(), 0), 0.999999) * 0.25;
  return base * (1 - jitter);
}

/**
 * The wait the server asked for, in milliseconds, or undefined if it asked for none (or nonsense).
 * `retry-after-ms` wins over `retry-after`; a past HTTP date means "now".
 */
export function serverRetryDelay(headers: HeaderSource | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "") {
    const value = Number(ms.trim());
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const after = headers.get("retry-after");
  if (after !== null && after.trim() !== "") {
    const text = after.trim();
    if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
    const date = Date.parse(text);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return undefined;
}

/** `x-should-retry: true|false`, or undefined when absent or anything else. */
export function shouldRetryHeader(headers: HeaderSource | undefined): boolean | undefined {
  const value = headers?.get("x-should-retry")?.trim().toLowerCase();
  return value === "true" ? true : value === "false" ? false : undefined;
}

/** Statuses that a resend cannot fix: the request, the key or the account must change first. */
const NEVER_RETRY = new Set([400, 401, 402, 403, 404, 413, 422]);

export const SPEND_LIMIT_CODE = "enforced_spend_limit_reached";

export interface HttpFailure {
  status: number;
  headers?: HeaderSource | undefined;
  /** `error.type` from the body (`overloaded_error`, `rate_limit_error`, …), if any. */
  errorType?: string | null | undefined;
  /** `error.details.error_code` (or `error.error_code`) from the body, if any. */
  errorCode?: string | null | undefined;
}

/** Classifies an HTTP error response into wfc's error classes. */
export function classifyStatus(failure: HttpFailure): ErrorClass {
  const { status, errorType, errorCode } = failure;
  if (errorCode === SPEND_LIMIT_CODE) return "spend_limit";
  if (status === 402 || errorType === "billing_error") return "spend_limit";
  if (status === 401 || status === 403) return "auth";
  if (status === 429) return "rate_limited";
  if (status === 529 || errorType === "overloaded_error") return "overloaded";
  if (status >= 500 || status === 408 || status === 409) return "server_error";
  return "invalid_request";
}

/** Whether an HTTP failure may be sent again (the deadline is checked separately). */
export function isRetryable(failure: HttpFailure): boolean {
  const { status, errorCode } = failure;
  if (errorCode === SPEND_LIMIT_CODE || NEVER_RETRY.has(status)) return false;
  const header = shouldRetryHeader(failure.headers);
  if (header !== undefined) return header;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

export type RetryPlan =
  | { retry: true; delayMs: number }
  /** The server's wait, or the backoff, would end past the deadline. */
  | { retry: false; reason: "deadline"; delayMs: number; remainingMs: number };

/**
 * How long to wait before retry number `retry` (0-based), and whether that wait fits before the
 * deadline. A server-requested wait is honoured exactly; only our own backoff is jittered.
 */
export function planRetry(
  retry: number,
  headers: HeaderSource | undefined,
  deadline: number,
  options: BackoffOptions & { now?: number } = {},
): RetryPlan {
  const now = options.now ?? Date.now();
  const delayMs = serverRetryDelay(headers, now) ?? backoffDelay(retry, options);
  const remainingMs = deadline - now;
  if (now + delayMs >= deadline) return { retry: false, reason: "deadline", delayMs, remainingMs };
  return { retry: true, delayMs };
}

/** Sleeps on a real timer; resolves false if the signal aborts first. Zero waits without a timer (benchmarks). */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  if (!(ms > 0)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
