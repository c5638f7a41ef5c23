/**
 * What the runtime asks of a model provider, and what it gets back. Providers never throw for an
 * API's or a model's failure: they return an `AgentOutcome` with `ok: false` and a classified error.
 */

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
}

export const ZERO_USAGE: Usage = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };

export interface AgentRequest {
  /** The stage's stable id in the stage graph. */
  stageId: string;
  /** Position within enclosing fan-outs and loops, outermost first (e.g. `[3]` for item 3). */
  index: number[];
  label: string;
  prompt: string;
  /** Extra system text, if the plan gave any (agentType descriptions, etc.). */
  system?: string;
  /** Resolved model id (aliases already mapped through config), e.g. `claude-sonnet-4-6`. */
  model: string;
  /** JSON Schema for structured output (root is an object), or null for free text. */
  schema: Record<string, unknown> | null;
  /** The agent's output-token budget: sent as `max_tokens`. */
  maxTokens: number;
  /** Absolute deadline (epoch ms) for this attempt; no retry may wait past it. */
  deadline: number;
  effort?: string;
  /**
   * Which try of this stage this is, 1 for the first. The runtime raises it on every re-ask and stage
   * retry so that a deterministic provider (the simulator) can answer a retried call differently;
   * without it a seeded failure would repeat forever. Absent means 1.
   */
  attempt?: number;
  /** Aborted when the run stops or the deadline passes. */
  signal: AbortSignal;
}

/**
 * Set by the runtime on its requests: whether the call is already aborted, read without making the
 * request's `signal` (the runtime makes each call's AbortController only when `signal` is first read).
 */
export const ABORTED: unique symbol = Symbol("wfc.request-aborted");

/** Whether `request` is already aborted; reads `request.signal` only for a request that lacks `ABORTED`. */
export function requestAborted(request: AgentRequest): boolean {
  const known = (request as { readonly [ABORTED]?: boolean })[ABORTED];
  return known ?? request.signal.aborted;
}

export type ErrorClass =
  | "rate_limited" // 429 with a retry-after: retryable
  | "overloaded" // 529
  | "server_error" // 500, 502, 503, 504 …
  | "timeout" // the attempt's deadline passed
  | "connection" // socket closed, reset, refused, truncated body
  | "invalid_request" // 400, 404, 413, 422: never retried
  | "auth" // 401, 403: never retried
  | "spend_limit" // 429 enforced_spend_limit_reached: never retried
  | "schema_mismatch" // output did not validate against the agent's schema
  | "bad_response" // 200 whose body is not a Messages API response, or output that is not JSON
  | "max_tokens" // stop_reason max_tokens: the output was cut at the agent's token budget
  | "aborted" // the run was stopped
  | "budget" // the run's token or USD budget would be exceeded
  | "internal"; // a bug in wfc

export interface AgentError {
  class: ErrorClass;
  /** One line for the census; never contains the API key. */
  message: string;
  status?: number;
  requestId?: string;
  /** Transport-level attempts made (HTTP requests sent). */
  attempts: number;
}

export type AgentOutcome =
  | {
      ok: true;
      /** The parsed structured object when a schema was given, the final text otherwise. */
      value: unknown;
      usage: Usage;
      /** Model id that answered. */
      model: string;
      attempts: number;
      latencyMs: number;
    }
  | { ok: false; error: AgentError; usage: Usage; latencyMs: number };

export interface Provider {
  readonly name: string;
  /** True for the simulated provider: every output says so. */
  readonly simulated: boolean;
  call(request: AgentRequest): Promise<AgentOutcome>;
}
