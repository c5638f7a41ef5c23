/**
 * The simulated provider: wfc's default, so that `wfc run` works with no API key and no network. Its
 * answers conform to each agent's schema and are a pure function of
 * (seed, stageId, index, prompt, attempt), so a run can be replayed exactly; latency and failures are
 * drawn from their own seeded streams, so turning failure injection on does not change the answers of
 * the calls that still succeed.
 */

import { createRng, generateValue, type Rng } from "./sim-value.js";
import { sleep } from "./retry.js";
import { validateOutput } from "./schema.js";
import { ZERO_USAGE, requestAborted, type AgentOutcome, type AgentRequest, type ErrorClass, type Provider, type Usage } from "./types.js";

/** The errors the simulator can inject. */
export type SimFailureClass = "overloaded" | "server_error" | "schema_mismatch" | "timeout";

/** Fixed milliseconds (0 for benchmarks), or a lognormal with the given mean (sigma of the log, default 0.5). */
export type SimLatency = number | { meanMs: number; sigma?: number };

/** Behaviour that can be set for the whole simulator, per model, or per label pattern. */
export interface SimBehaviour {
  latency?: SimLatency;
  /** Probability in [0, 1] that a call fails. Default 0. */
  failureRate?: number;
  /** The class an injected failure carries; with several, one is drawn per failure. Default "overloaded". */
  failureClass?: SimFailureClass | readonly SimFailureClass[];
  /** Probability that a verdict-like boolean (`pass`, `ok`, `valid`, `approved`, …) is true. Default 0.8. */
  verdictTrueProbability?: number;
}

export interface SimOptions extends SimBehaviour {
  /** Same seed, same answers. Default 0. */
  seed?: number | string;
  /** Overrides by resolved model id (e.g. `claude-opus-4-8`). */
  byModel?: Readonly<Record<string, SimBehaviour>>;
  /**
   * Overrides by agent label, first match wins, and win over `byModel`. A string pattern is a glob
   * where `*` matches any run of characters (`"review:*"`); a RegExp is tested as is.
   */
  byLabel?: ReadonlyArray<SimBehaviour & { pattern: string | RegExp }>;
}

export const DEFAULT_SIM_LATENCY = { meanMs: 20, sigma: 0.5 } as const;
export const DEFAULT_VERDICT_TRUE_PROBABILITY = 0.8;

type Resolved = Required<Omit<SimBehaviour, "failureClass">> & { failureClasses: readonly SimFailureClass[] };

export function createSimProvider(options: SimOptions = {}): Provider {
  const seed = String(options.seed ?? 0);
  const labelRules = (options.byLabel ?? []).map((rule) => ({ rule, test: labelMatcher(rule.pattern) }));

  const resolve = (request: AgentRequest): Resolved => {
    const layers: SimBehaviour[] = [options];
    const byModel = options.byModel?.[request.model];
    if (byModel) layers.push(byModel);
    const byLabel = labelRules.find((r) => r.test(request.label));
    if (byLabel) layers.push(byLabel.rule);
    const pick = <K extends keyof SimBehaviour>(key: K): SimBehaviour[K] =>
      layers.reduce<SimBehaviour[K]>((acc, layer) => (layer[key] !== undefined ? layer[key] : acc), undefined);
    const failureClass = pick("failureClass") ?? "overloaded";
    return {
      latency: pick("latency") ?? DEFAULT_SIM_LATENCY,
      failureRate: clamp01(pick("failureRate") ?? 0),
      failureClasses: typeof failureClass === "string" ? [failureClass] : failureClass.length > 0 ? failureClass : ["overloaded"],
      verdictTrueProbability: clamp01(pick("verdictTrueProbability") ?? DEFAULT_VERDICT_TRUE_PROBABILITY),
    };
  };

  return {
    name: "sim",
    simulated: true,
    async call(request: AgentRequest): Promise<AgentOutcome> {
      const started = Date.now();
      const behaviour = resolve(request);
      const key = [seed, request.stageId, request.index.join(","), String(request.attempt ?? 1), request.prompt];
      const latencyMs = sampleLatency(behaviour.latency, createRng("latency", ...key));
      const failureRng = createRng("failure", ...key);
      const failure =
        failureRng() < behaviour.failureRate
          ? behaviour.failureClasses[Math.floor(failureRng() * behaviour.failureClasses.length)]!
          : undefined;

      const fail = (cls: ErrorClass, message: string, usage: Usage = ZERO_USAGE, status?: number): AgentOutcome => ({
        ok: false,
        error: { class: cls, message, attempts: cls === "aborted" ? 0 : 1, ...(status !== undefined && { status }) },
        usage,
        latencyMs: Date.now() - started,
      });

      const remaining = Number.isFinite(request.deadline) ? request.deadline - started : Number.POSITIVE_INFINITY;
      const wait = Math.min(latencyMs, Math.max(0, remaining));
      // A zero wait skips the timer (one tick instead) and asks requestAborted, which does not make
      // the runtime's AbortController the way reading `request.signal` does.
      const waited = wait > 0 ? await sleep(wait, request.signal) : !requestAborted(request) && (await true);
      if (!waited || requestAborted(request)) return fail("aborted", "sim: the run was stopped");
      if (latencyMs > remaining) return fail("timeout", "sim: the attempt's deadline passed before the answer");

      if (failure === "overloaded") return fail("overloaded", "sim: injected overloaded_error (529)", ZERO_USAGE, 529);
      if (failure === "server_error") return fail("server_error", "sim: injected api_error (500)", ZERO_USAGE, 500);
      if (failure === "timeout") return fail("timeout", "sim: injected timeout");

      const valueRng = createRng("value", ...key);
      const value =
        request.schema === null
          ? freeText(request, valueRng)
          : generateValue(request.schema, {
              label: request.label,
              rng: valueRng,
              verdictTrueProbability: behaviour.verdictTrueProbability,
            });
      const usage = simUsage(request, value);
      if (failure === "schema_mismatch")
        return request.schema === null
          ? fail("bad_response", "sim: injected unusable answer", usage)
          : fail("schema_mismatch", "sim: injected schema mismatch: output did not validate", usage);
      if (request.schema !== null) {
        // A schema the generator cannot satisfy (a pattern, contradictory bounds) fails like a model would.
        const checked = validateOutput(request.schema, value);
        if (!checked.ok)
          return fail("schema_mismatch", `sim: could not satisfy the schema: ${checked.issues.slice(0, 3).join("; ")}`, usage);
      }
      return { ok: true, value, usage, model: request.model, attempts: 1, latencyMs: Date.now() - started };
    },
  };
}

/** Token usage as the API would roughly count it: about four characters a token. */
export function simUsage(request: Pick<AgentRequest, "prompt" | "system" | "schema" | "maxTokens">, value: unknown): Usage {
  const schemaChars = request.schema ? JSON.stringify(request.schema).length : 0;
  const inputTokens = Math.ceil(request.prompt.length / 4) + Math.ceil((request.system?.length ?? 0) / 4) + Math.ceil(schemaChars / 4);
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const outputTokens = Math.max(0, Math.min(request.maxTokens, Math.max(1, Math.ceil(text.length / 4))));
  return { inputTokens, outputTokens, cacheReadTokens: 0, cacheWriteTokens: 0 };
}

function freeText(request: AgentRequest, rng: Rng): string {
  const gist = request.prompt.replace(/\s+/g, " ").trim().slice(0, 60);
  const where = request.index.length > 0 ? ` [${request.index.join(",")}]` : "";
  return `[sim] ${request.label}${where}: answer #${Math.floor(rng() * 10000)} to "${gist}"`;
}

/** A lognormal whose mean is `meanMs` (so mu = ln(mean) - sigma²/2), by Box–Muller from the seeded stream. */
export function sampleLatency(latency: SimLatency, rng: Rng): number {
  if (typeof latency === "number") return Math.max(0, latency);
  const mean = Math.max(0, latency.meanMs);
  if (mean === 0) return 0;
  const sigma = Math.max(0, latency.sigma ?? DEFAULT_SIM_LATENCY.sigma);
  const u1 = Math.max(rng(), Number.MIN_VALUE);
  const u2 = rng();
  const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.exp(Math.log(mean) - (sigma * sigma) / 2 + sigma * normal);
}

function labelMatcher(pattern: string | RegExp): (label: string) => boolean {
  if (pattern instanceof RegExp) return (label) => {
    pattern.lastIndex = 0;
    return pattern.test(label);
  };
  const source = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  const re = new RegExp(`^${source}$`, "s");
  return (label) => re.test(label);
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
