/**
 * The real provider: one Messages API call per attempt through `@anthropic-ai/sdk`, with wfc's own
 * retries (see retry.ts; the client is built with `maxRetries: 0`) and structured output through
 * `output_config.format` (a GA field of `messages.create` in SDK 1.13.0, no beta header needed).
 *
 * Every failure comes back as an `AgentOutcome` with a classified error, never as a throw, and no
 * message ever carries the API key: SDK messages can echo a server's body, so all of them pass
 * through `redact` before they leave this file.
 */

import { DEFAULT_ALIASES } from "../../compiler/pricing.js";
import type Anthropic from "@anthropic-ai/sdk";
import { classifyStatus, isRetryable, planRetry, sleep, type BackoffOptions, type HttpFailure } from "./retry.js";
import { validateOutput } from "./schema.js";
import { ZERO_USAGE, type AgentError, type AgentOutcome, type AgentRequest, type ErrorClass, type Provider, type Usage } from "./types.js";

/** Short names a plan may use for `model:`. The config may add to or override these. */
/** The compiler prices the same aliases, so one table (compiler/pricing.ts) serves both. */
export const DEFAULT_MODEL_ALIASES: Readonly<Record<string, string>> = Object.freeze({ ...DEFAULT_ALIASES });

export interface AnthropicProviderOptions {
  apiKey: string;
  /** Default: the SDK's (`ANTHROPIC_BASE_URL`, else https://api.anthropic.com). Tests point it at a local server. */
  baseURL?: string;
  /** Merged over DEFAULT_MODEL_ALIASES. */
  modelAliases?: Readonly<Record<string, string>>;
  /** Retries after the first request (so at most maxRetries + 1 requests). Default 3. */
  maxRetries?: number;
  /** A fetch implementation for the SDK; default the global one. */
  fetch?: typeof globalThis.fetch;
  /** Backoff between retries when the server names no wait; `random` makes jitter reproducible. */
  backoff?: BackoffOptions;
}

export const DEFAULT_MAX_RETRIES = 3;

const EFFORTS = new Set(["low", "medium", "high", "xhigh", "max"]);

/** One request's result before retry policy: a message body, or a classified transport failure. */
type Sent =
  | { kind: "body"; data: unknown; requestId?: string }
  | { kind: "http"; failure: HttpFailure; message: string; requestId?: string }
  | { kind: "error"; cls: ErrorClass; message: string; retryable: boolean; status?: number };

type Sdk = typeof import("@anthropic-ai/sdk");
let sdkModule: Promise<Sdk> | undefined;
/**
 * The SDK is imported on the first request, not with this module: it is a few hundred ES modules,
 * and a library user who only parses plans, or a `wfc run` on the simulator, never needs it.
 */
const loadSdk = (): Promise<Sdk> => (sdkModule ??= import("@anthropic-ai/sdk"));

export function createAnthropicProvider(options: AnthropicProviderOptions): Provider {
  const apiKey = options.apiKey;
  const aliases = { ...DEFAULT_MODEL_ALIASES, ...options.modelAliases };
  const maxRetries = Math.max(0, Math.floor(options.maxRetries ?? DEFAULT_MAX_RETRIES));
  let client: Anthropic | undefined;
  const connect = (sdk: Sdk): Anthropic =>
    (client ??= new sdk.default({
      apiKey,
      // `null` keeps the SDK from reading ANTHROPIC_AUTH_TOKEN and sending a second credential.
      authToken: null,
      maxRetries: 0,
      logLevel: "off",
      ...(options.baseURL !== undefined && { baseURL: options.baseURL }),
      ...(options.fetch !== undefined && { fetch: options.fetch }),
    }));
  const clean = (text: string) => redact(text, apiKey);

  async function send(request: AgentRequest, model: string, remainingMs: number): Promise<Sent> {
    const sdk = await loadSdk();
    const { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } = sdk;
    // One controller per attempt: it ends the attempt at the deadline (the SDK's own timeout stops at
    // the headers; this also covers a body that trickles) and forwards the run's stop.
    const controller = new AbortController();
    const onStop = () => controller.abort();
    request.signal.addEventListener("abort", onStop, { once: true });
    const timer = setTimeout(() => controller.abort(), remainingMs);
    try {
      const body: Anthropic.MessageCreateParamsNonStreaming = {
        model,
        max_tokens: request.maxTokens,
        messages: [{ role: "user", content: request.prompt }],
        ...(request.system !== undefined && { system: request.system }),
      };
      const outputConfig: Anthropic.OutputConfig = {};
      if (request.schema !== null) outputConfig.format = { type: "json_schema", schema: request.schema };
      if (request.effort !== undefined && EFFORTS.has(request.effort))
        outputConfig.effort = request.effort as NonNullable<Anthropic.OutputConfig["effort"]>;
      if (Object.keys(outputConfig).length > 0) body.output_config = outputConfig;
      const { data, request_id } = await connect(sdk).messages
        .create(body, { timeout: Math.max(1, Math.ceil(remainingMs)), signal: controller.signal, maxRetries: 0 })
        .withResponse();
      return { kind: "body", data, ...(request_id ? { requestId: request_id } : {}) };
    } catch (error) {
      if (request.signal.aborted) return { kind: "error", cls: "aborted", message: "the run was stopped", retryable: false };
      if (controller.signal.aborted || error instanceof APIConnectionTimeoutError)
        return { kind: "error", cls: "timeout", message: "the attempt's deadline passed before the response", retryable: false };
      if (error instanceof APIUserAbortError)
        return { kind: "error", cls: "aborted", message: "the request was aborted", retryable: false };
      if (error instanceof APIConnectionError)
        return { kind: "error", cls: "connection", message: clean(`connection failed: ${describeCause(error)}`), retryable: true };
      if (error instanceof APIError && typeof error.status === "number") {
        const failure: HttpFailure = {
          status: error.status,
          headers: error.headers,
          errorType: error.type,
          errorCode: error.errorCode ?? legacyErrorCode(error.error),
        };
        const message = clean(`${error.status} ${error.type ?? "error"}: ${error.apiMessage ?? firstLine(error.message)}`);
        return { kind: "http", failure, message, ...(error.requestID ? { requestId: error.requestID } : {}) };
      }
      // A 200 whose JSON body is cut short or malformed: the server answered, but not with a message.
      if (error instanceof SyntaxError)
        return { kind: "error", cls: "bad_response", message: clean(`the response body is not valid JSON: ${firstLine(error.message)}`), retryable: false, status: 200 };
      // undici reports a socket closed mid-body as a TypeError ("terminated").
      if (error instanceof TypeError)
        return { kind: "error", cls: "connection", message: clean(`connection failed while reading the body: ${describeCause(error)}`), retryable: true };
      return { kind: "error", cls: "internal", message: clean(`unexpected error from the SDK: ${firstLine(String(error))}`), retryable: false };
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener("abort", onStop);
    }
  }

  return {
    name: "anthropic",
    simulated: false,
    async call(request: AgentRequest): Promise<AgentOutcome> {
      const started = Date.now();
      const model = aliases[request.model] ?? request.model;
      const fail = (error: Omit<AgentError, "message"> & { message: string }, usage: Usage = ZERO_USAGE): AgentOutcome => ({
        ok: false,
        error: { ...error, message: clean(error.message) },
        usage,
        latencyMs: Date.now() - started,
      });
      try {
        let attempts = 0;
        for (let retry = 0; ; retry++) {
          if (request.signal.aborted) return fail({ class: "aborted", message: "the run was stopped", attempts });
          const remainingMs = request.deadline - Date.now();
          if (!(remainingMs > 0)) return fail({ class: "timeout", message: "the attempt's deadline passed", attempts });
          attempts++;
          const sent = await send(request, model, remainingMs);
          if (sent.kind === "body") return readMessage(sent.data, request, model, attempts, started, sent.requestId, clean);
          if (sent.kind === "error") {
            if (!sent.retryable || retry >= maxRetries)
              return fail({ class: sent.cls, message: sent.message, attempts, ...(sent.status !== undefined && { status: sent.status }) });
            const plan = planRetry(retry, undefined, request.deadline, options.backoff);
            if (!plan.retry) return fail({ class: "timeout", message: `${sent.message}; no time left before the deadline to retry`, attempts });
            if (!(await sleep(plan.delayMs, request.signal))) return fail({ class: "aborted", message: "the run was stopped", attempts });
            continue;
          }
          const { failure } = sent;
          const cls = classifyStatus(failure);
          const base = { status: failure.status, attempts, ...(sent.requestId ? { requestId: sent.requestId } : {}) };
          if (!isRetryable(failure) || retry >= maxRetries) return fail({ class: cls, message: sent.message, ...base });
          const plan = planRetry(retry, failure.headers, request.deadline, options.backoff);
          if (!plan.retry)
            return fail({
              class: "timeout",
              message:
                `${sent.message}; the server asked to wait ${seconds(plan.delayMs)} before retrying, ` +
                `longer than the ${seconds(Math.max(0, plan.remainingMs))} the deadline allows`,
              ...base,
            });
          if (!(await sleep(plan.delayMs, request.signal))) return fail({ class: "aborted", message: "the run was stopped", ...base });
        }
      } catch (error) {
        // Only a bug in this file gets here; it still comes back as data.
        return fail({ class: "internal", message: `anthropic provider: ${firstLine(String(error))}`, attempts: 0 });
      }
    },
  };
}

/** Turns a 200 body into an outcome: the text, or the parsed and validated JSON when a schema was given. */
function readMessage(
  data: unknown,
  request: AgentRequest,
  model: string,
  attempts: number,
  started: number,
  requestId: string | undefined,
  clean: (s: string) => string,
): AgentOutcome {
  const at = { attempts, ...(requestId ? { requestId } : {}) };
  const fail = (cls: ErrorClass, message: string, usage: Usage = ZERO_USAGE): AgentOutcome => ({
    ok: false,
    error: { class: cls, message: clean(message), status: 200, ...at },
    usage,
    latencyMs: Date.now() - started,
  });
  if (typeof data === "string")
    return fail("bad_response", `the response is not a Messages API message (got ${describeText(data)})`);
  if (!isRecord(data) || data["type"] !== "message" || !Array.isArray(data["content"]) || !isRecord(data["usage"]))
    return fail("bad_response", `the response is not a Messages API message (${describeShape(data)})`);
  const usage = readUsage(data["usage"]);
  const stop = data["stop_reason"];
  if (stop === "max_tokens")
    return fail("max_tokens", `the output was cut at max_tokens (${request.maxTokens}) before it was complete`, usage);
  if (stop === "refusal") return fail("bad_response", "the model declined to answer (stop_reason refusal)", usage);
  const text = data["content"]
    .filter((block): block is { type: "text"; text: string } => isRecord(block) && block["type"] === "text" && typeof block["text"] === "string")
    .map((block) => block.text)
    .join("");
  const answeredBy = typeof data["model"] === "string" ? data["model"] : model;
  const ok = (value: unknown): AgentOutcome => ({ ok: true, value, usage, model: answeredBy, attempts, latencyMs: Date.now() - started });
  if (request.schema === null) return ok(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail("bad_response", `the output is not JSON (starts ${JSON.stringify(text.slice(0, 40))})`, usage);
  }
  const checked = validateOutput(request.schema, parsed);
  if (!checked.ok) {
    const more = checked.issues.length > 3 ? ` (+${checked.issues.length - 3} more)` : "";
    return fail("schema_mismatch", `the output does not match the schema: ${checked.issues.slice(0, 3).join("; ")}${more}`, usage);
  }
  return ok(checked.value);
}

function readUsage(raw: Record<string, unknown>): Usage {
  const n = (key: string) => {
    const v = raw[key];
    return typeof v === "number" && Number.isFinite(v) ? v : 0;
  };
  return {
    inputTokens: n("input_tokens"),
    outputTokens: n("output_tokens"),
    cacheReadTokens: n("cache_read_input_tokens"),
    cacheWriteTokens: n("cache_creation_input_tokens"),
  };
}

/** Some gateways put `error_code` beside `type` instead of under `details`. */
function legacyErrorCode(body: unknown): string | undefined {
  if (!isRecord(body) || !isRecord(body["error"])) return undefined;
  const code = body["error"]["error_code"];
  return typeof code === "string" ? code : undefined;
}

/**
 * Removes the API key, and anything shaped like an Anthropic key, from text that may leave this
 * module; also keeps it to one line for the census.
 */
export function redact(text: string, apiKey: string): string {
  let out = text;
  if (apiKey.length >= 4) out = out.split(apiKey).join("[redacted]");
  out = out.replace(/sk-ant-[A-Za-z0-9_-]+/g, "[redacted]");
  return firstLine(out);
}

function firstLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

function describeCause(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  const inner = cause instanceof Error ? ((cause as { cause?: unknown }).cause ?? cause) : undefined;
  const code = inner && typeof inner === "object" && "code" in inner ? ` (${String((inner as { code: unknown }).code)})` : "";
  const text = inner instanceof Error ? inner.message : error.message;
  return `${firstLine(text)}${code}`;
}

function describeText(text: string): string {
  if (text.trim() === "") return "an empty body";
  if (/^\s*</.test(text)) return "an HTML page";
  return `text starting ${JSON.stringify(text.slice(0, 40))}`;
}

function describeShape(data: unknown): string {
  if (data === undefined || data === null) return "empty body";
  if (!isRecord(data)) return `a JSON ${Array.isArray(data) ? "array" : typeof data}`;
  if (data["type"] !== "message") return `type is ${JSON.stringify(data["type"] ?? null)}`;
  if (!Array.isArray(data["content"])) return "no content array";
  return "no usage";
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10000 ? 1 : 0)}s`;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
