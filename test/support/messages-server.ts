/**
 * A local HTTP server that speaks `POST /v1/messages` the way the Messages API does, with scriptable
 * faults per request, so provider tests drive the real SDK over real HTTP. It listens on 127.0.0.1 only,
 * on a port the OS picks, and `close()` ends every connection and pending timer.
 *
 * By default it answers each request with a valid message whose text is a deterministic, schema-
 * conforming JSON value (the simulator's generator) for the request's `output_config.format.schema`,
 * or a short text when no schema was asked for.
 */

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRng, generateValue } from "../../runtime/providers/sim-value.js";

/** What the server does with one request. `headers` are added to the response; `delayMs` delays it. */
export type Behaviour = (
  | { kind: "ok"; value?: unknown; text?: string; model?: string; usage?: Partial<WireUsage> }
  /** 200, a valid message whose JSON text violates the request's schema (a required key missing). */
  | { kind: "schema-violation" }
  /** 200, a valid message whose text is prose, not JSON. */
  | { kind: "not-json" }
  /** 200 with stop_reason max_tokens and a cut JSON text. */
  | { kind: "max-tokens" }
  /** 429 rate_limit_error with the given retry headers. */
  | { kind: "rate-limited"; retryAfter?: string; retryAfterMs?: string }
  /** 429 rate_limit_error, error_code enforced_spend_limit_reached. */
  | { kind: "spend-limit" }
  /** 529 overloaded_error. */
  | { kind: "overloaded" }
  /** 500 api_error (or another status). */
  | { kind: "server-error"; status?: number }
  /** Any status with an Anthropic-shaped error body (or the given body). */
  | { kind: "status"; status: number; errorType?: string; message?: string; body?: unknown }
  /** Headers and half the body are sent, then the socket is destroyed. */
  | { kind: "truncated" }
  /** A complete HTTP response (correct length) whose JSON body is cut short. */
  | { kind: "truncated-json" }
  /** An HTML page, as a proxy or load balancer would send. */
  | { kind: "html"; status?: number }
  /** 200 JSON that is not a message: `{ id, type: "message" }` without content. */
  | { kind: "missing-content" }
) & { headers?: Record<string, string>; delayMs?: number };

export interface WireUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens: number;
  cache_creation_input_tokens: number;
}

export interface RecordedRequest {
  /** 0-based order of arrival. */
  n: number;
  /** Date.now() when the request's body had been read. */
  at: number;
  method: string;
  url: string;
  headers: Record<string, string>;
  /** The parsed JSON body, or undefined if it was not JSON. */
  body: unknown;
  /** The status the server answered with (0 for a destroyed socket), once answered. */
  status?: number;
}

export type Script = readonly Behaviour[] | ((request: RecordedRequest) => Behaviour | undefined);

export interface MessagesServer {
  /** Base URL to pass as the SDK's `baseURL`, e.g. `http://127.0.0.1:41234`. */
  url: string;
  requests: RecordedRequest[];
  /** Replaces the script: called for each following request (undefined means the default answer). */
  setBehaviour(fn: (request: RecordedRequest) => Behaviour | undefined): void;
  /** Most requests in flight at once since the server started. */
  readonly maxInFlight: number;
  readonly inFlight: number;
  close(): Promise<void>;
}

export async function startMessagesServer(script?: Script): Promise<MessagesServer> {
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let choose: (request: RecordedRequest) => Behaviour | undefined = toChooser(script);
  let inFlight = 0;
  let maxInFlight = 0;

  const server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on("close", () => inFlight--);
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const record: RecordedRequest = {
        n: requests.length,
        at: Date.now(),
        method: req.method ?? "",
        url: req.url ?? "",
        headers: flatHeaders(req),
        body: parseJson(raw),
      };
      requests.push(record);
      if (record.method !== "POST" || !record.url.startsWith("/v1/messages")) {
        respond(res, record, { kind: "status", status: 404, errorType: "not_found_error", message: "not found" });
        return;
      }
      const behaviour = choose(record) ?? { kind: "ok" };
      const delay = behaviour.delayMs ?? 0;
      if (delay <= 0) return respond(res, record, behaviour);
      const timer = setTimeout(() => {
        timers.delete(timer);
        respond(res, record, behaviour);
      }, delay);
      timers.add(timer);
    });
  });
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setBehaviour(fn) {
      choose = fn;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get inFlight() {
      return inFlight;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function toChooser(script: Script | undefined): (request: RecordedRequest) => Behaviour | undefined {
  if (script === undefined) return () => undefined;
  if (typeof script === "function") return script;
  return (request) => script[request.n];
}

function respond(res: ServerResponse, record: RecordedRequest, behaviour: Behaviour): void {
  if (res.destroyed || res.writableEnded) return; // the client gave up (timeout or abort)
  const requestId = `req_test_${String(record.n).padStart(4, "0")}`;
  const headers: Record<string, string> = { "request-id": requestId, ...behaviour.headers };
  const json = (status: number, body: unknown, extra: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    record.status = status;
    res.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)), ...headers, ...extra });
    res.end(text);
  };
  const error = (status: number, type: string, message: string, extra: Record<string, string> = {}, details?: unknown) =>
    json(status, { type: "error", error: { type, message, ...(details !== undefined && { details }) }, request_id: requestId }, extra);

  switch (behaviour.kind) {
    case "ok":
      return json(200, message(record, behaviour.text ?? defaultText(record, behaviour.value), "end_turn", behaviour));
    case "schema-violation":
      return json(200, message(record, JSON.stringify(violating(record)), "end_turn"));
    case "not-json":
      return json(200, message(record, "Here is my review: everything looks fine.", "end_turn"));
    case "max-tokens": {
      const text = defaultText(record).slice(0, 12);
      return json(200, message(record, text, "max_tokens"));
    }
    case "rate-limited":
      return error(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit", {
        ...(behaviour.retryAfter !== undefined && { "retry-after": behaviour.retryAfter }),
        ...(behaviour.retryAfterMs !== undefined && { "retry-after-ms": behaviour.retryAfterMs }),
      });
    case "spend-limit":
      return error(429, "rate_limit_error", "You have reached your specified workspace API usage limits.", {}, {
        error_code: "enforced_spend_limit_reached",
      });
    case "overloaded":
      return error(529, "overloaded_error", "Overloaded");
    case "server-error":
      return error(behaviour.status ?? 500, "api_error", "Internal server error");
    case "status":
      if (behaviour.body !== undefined) return json(behaviour.status, behaviour.body);
      return error(behaviour.status, behaviour.errorType ?? "invalid_request_error", behaviour.message ?? `status ${behaviour.status}`);
    case "truncated": {
      const text = JSON.stringify(message(record, defaultText(record), "end_turn"));
      record.status = 0;
      res.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text)), ...headers });
      res.write(text.slice(0, Math.floor(text.length / 2)), () => res.destroy());
      return;
    }
    case "truncated-json": {
      const text = JSON.stringify(message(record, defaultText(record), "end_turn"));
      const cut = text.slice(0, Math.floor(text.length / 2));
      record.status = 200;
      res.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(cut)), ...headers });
      res.end(cut);
      return;
    }
    case "html": {
      const status = behaviour.status ?? 200;
      const page = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>";
      record.status = status;
      res.writeHead(status, { "content-type": "text/html; charset=utf-8", "content-length": String(Buffer.byteLength(page)), ...headers });
      res.end(page);
      return;
    }
    case "missing-content":
      return json(200, { id: `msg_${requestId}`, type: "message", role: "assistant", model: modelOf(record) });
  }
}

interface RequestBody {
  model?: unknown;
  max_tokens?: unknown;
  messages?: unknown;
  output_config?: { format?: { schema?: unknown } };
}

const bodyOf = (record: RecordedRequest): RequestBody =>
  record.body !== null && typeof record.body === "object" ? (record.body as RequestBody) : {};

const modelOf = (record: RecordedRequest): string => {
  const model = bodyOf(record).model;
  return typeof model === "string" ? model : "claude-unknown";
};

function schemaOf(record: RecordedRequest): Record<string, unknown> | undefined {
  const schema = bodyOf(record).output_config?.format?.schema;
  return schema !== null && typeof schema === "object" && !Array.isArray(schema) ? (schema as Record<string, unknown>) : undefined;
}

/** The deterministic answer: a conforming JSON value when a schema was asked for, else a short text. */
function defaultText(record: RecordedRequest, value?: unknown): string {
  const schema = schemaOf(record);
  const prompt = JSON.stringify(bodyOf(record).messages ?? null);
  if (value !== undefined) return JSON.stringify(value);
  if (!schema) return `[server] reply to ${prompt.slice(0, 40)}`;
  return JSON.stringify(generateValue(schema, { label: "server", rng: createRng("messages-server", prompt), verdictTrueProbability: 0.8 }));
}

/** A value that breaks the schema: the conforming answer minus its first required key (or a wrong type). */
function violating(record: RecordedRequest): unknown {
  const schema = schemaOf(record);
  const required = Array.isArray(schema?.["required"]) ? (schema["required"] as unknown[]) : [];
  const value = JSON.parse(defaultText(record)) as unknown;
  if (required.length > 0 && value !== null && typeof value === "object") {
    const copy = { ...(value as Record<string, unknown>) };
    delete copy[String(required[0])];
    return copy;
  }
  return ["not", "an", "object"];
}

function message(record: RecordedRequest, text: string, stopReason: string, ok?: { model?: string; usage?: Partial<WireUsage> }) {
  const prompt = JSON.stringify(bodyOf(record).messages ?? "");
  const maxTokens = bodyOf(record).max_tokens;
  const cap = typeof maxTokens === "number" ? maxTokens : Number.POSITIVE_INFINITY;
  return {
    id: `msg_test_${String(record.n).padStart(4, "0")}`,
    type: "message",
    role: "assistant",
    model: ok?.model ?? modelOf(record),
    content: [{ type: "text", text }],
    stop_reason: stopReason,
    stop_sequence: null,
    usage: {
      input_tokens: Math.ceil(prompt.length / 4),
      output_tokens: Math.min(cap, Math.max(1, Math.ceil(text.length / 4))),
      cache_read_input_tokens: 0,
      cache_creation_input_tokens: 0,
      ...ok?.usage,
    },
  };
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) out[key] = Array.isArray(value) ? value.join(", ") : value;
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
