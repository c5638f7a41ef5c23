/**
 * A tiny deterministic Provider for the runtime tests (not a mock of the SDK): it answers from a
 * function of the request, can fail on demand, and counts how many calls are in flight at once.
 */
import type { AgentOutcome, AgentRequest, ErrorClass, Provider } from "../../runtime/providers/types.js";
import { parse } from "../../grammar/parse.js";
import { indexSites } from "../../compiler/stage-ids.js";
import { runPlan, type RunOptions, type RunResult } from "../../runtime/run.js";

export type Answer = unknown | { fail: ErrorClass; message?: string };

export interface FakeOptions {
  answer?: (req: AgentRequest, n: number) => Answer;
  /** Awaited before answering: a latency hook (default: resolve on the next microtask). */
  delay?: (req: AgentRequest) => Promise<void>;
  outputTokens?: number;
}

export interface FakeProvider extends Provider {
  calls: AgentRequest[];
  log: string[];
  inFlight: number;
  maxInFlight: number;
}

export function fakeProvider(options: FakeOptions = {}): FakeProvider {
  const p: FakeProvider = {
    name: "fake",
    simulated: false,
    calls: [],
    log: [],
    inFlight: 0,
    maxInFlight: 0,
    async call(req: AgentRequest): Promise<AgentOutcome> {
      const n = p.calls.length;
      p.calls.push(req);
      p.inFlight++;
      p.maxInFlight = Math.max(p.maxInFlight, p.inFlight);
      p.log.push(`start ${req.label}`);
      try {
        await (options.delay ? options.delay(req) : Promise.resolve());
        const a = options.answer ? options.answer(req, n) : `answer to ${req.prompt}`;
        const usage = { inputTokens: Math.ceil(req.prompt.length / 4), outputTokens: options.outputTokens ?? 10, cacheReadTokens: 0, cacheWriteTokens: 0 };
        if (a && typeof a === "object" && "fail" in (a as object)) {
          const f = a as { fail: ErrorClass; message?: string };
          return { ok: false, error: { class: f.fail, message: f.message ?? `injected ${f.fail}`, attempts: 1 }, usage, latencyMs: 0 };
        }
        return { ok: true, value: a, usage, model: req.model, attempts: 1, latencyMs: 0 };
      } finally {
        p.inFlight--;
        p.log.push(`end ${req.label}`);
      }
    },
  };
  return p;
}

export const pricing = (_model: string, u: { inputTokens: number; outputTokens: number }): number => (u.inputTokens * 3 + u.outputTokens * 15) / 1e6;
export const modelFor = (alias: string | undefined): string => (alias === undefined ? "claude-sonnet-4-6" : alias === "opus" ? "claude-opus-4-8" : alias === "haiku" ? "claude-haiku-4-5" : alias === "sonnet" ? "claude-sonnet-4-6" : alias);

/** Parses and runs a plan body (a meta header is added when missing). */
export async function run(source: string, opts: Partial<RunOptions> & { provider?: Provider } = {}): Promise<RunResult & { provider: Provider }> {
  const text = source.includes("export const meta") ? source : `export const meta = { name: "t", description: "test" }\n${source}`;
  const { program, diagnostics } = parse(text);
  if (diagnostics.length) throw new Error(`parse error: ${diagnostics.map((d) => d.message).join("; ")}`);
  const provider = opts.provider ?? fakeProvider();
  const result = await runPlan({
    path: "plan.wf.js",
    source: text,
    program,
    sites: indexSites(program),
    provider,
    pricing,
    modelFor,
    sleep: async () => undefined,
    ...opts,
  });
  return { ...result, provider };
}
