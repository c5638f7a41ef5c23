import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { validateOutput } from "../../runtime/providers/schema.js";
import { createSimProvider, sampleLatency, type SimOptions } from "../../runtime/providers/sim.js";
import { createRng } from "../../runtime/providers/sim-value.js";
import { ABORTED, type AgentOutcome, type AgentRequest } from "../../runtime/providers/types.js";
import { agentSchema } from "./schema-arbitrary.js";

const REVIEW = {
  type: "object",
  properties: {
    findings: { type: "array", items: { type: "string" }, minItems: 2, maxItems: 3 },
    summary: { type: "string" },
    pass: { type: "boolean" },
    severity: { type: "string", enum: ["low", "medium", "high"] },
  },
  required: ["findings", "summary", "pass", "severity"],
  additionalProperties: false,
};

function request(overrides: Partial<AgentRequest> = {}): AgentRequest {
  return {
    stageId: "review",
    index: [0],
    label: "review a.ts",
    prompt: "Review the file a.ts",
    model: "claude-sonnet-4-6",
    schema: REVIEW,
    maxTokens: 4096,
    deadline: Date.now() + 60_000,
    signal: new AbortController().signal,
    ...overrides,
  };
}

const fast = (options: SimOptions = {}) => createSimProvider({ latency: 0, ...options });

/** What must be equal between two runs with the same seed (latency is wall time, so it is left out). */
const essence = (o: AgentOutcome) => (o.ok ? { ok: true, value: o.value, usage: o.usage, model: o.model } : { ok: false, error: o.error, usage: o.usage });

async function batch(options: SimOptions, n = 40, overrides: (i: number) => Partial<AgentRequest> = () => ({})) {
  const sim = fast(options);
  const out: AgentOutcome[] = [];
  for (let i = 0; i < n; i++) out.push(await sim.call(request({ index: [i], prompt: `Review file ${i % 7}.ts`, ...overrides(i) })));
  return out;
}

describe("identity", () => {
  test("it says it is simulated", () => {
    const sim = createSimProvider();
    expect(sim.simulated).toBe(true);
    expect(sim.name).toBe("sim");
  });
});

describe("determinism", () => {
  test("same seed, same outputs, from separate provider instances", async () => {
    const a = await batch({ seed: 7 });
    const b = await batch({ seed: 7 });
    expect(a.map(essence)).toEqual(b.map(essence));
  });

  test("a different seed gives different outputs", async () => {
    const a = (await batch({ seed: 7 })).map(essence);
    const b = (await batch({ seed: 8 })).map(essence);
    const differing = a.filter((x, i) => JSON.stringify(x) !== JSON.stringify(b[i]));
    expect(differing.length).toBeGreaterThan(a.length / 2);
  });

  test("each of stageId, index, prompt and attempt changes the answer", async () => {
    const sim = fast({ seed: 1 });
    const value = async (r: Partial<AgentRequest>) => {
      const values = [];
      for (let i = 0; i < 10; i++) values.push(essence(await sim.call(request({ prompt: `p${i}`, ...r }))));
      return JSON.stringify(values);
    };
    const base = await value({});
    expect(await value({})).toBe(base);
    expect(await value({ stageId: "other" })).not.toBe(base);
    expect(await value({ index: [1] })).not.toBe(base);
    expect(await value({ attempt: 2 })).not.toBe(base);
    expect(await value({ attempt: 1 })).toBe(base); // absent means attempt 1
  });

  test("injecting failures does not change the answers of calls that still succeed", async () => {
    const clean = await batch({ seed: 3 });
    const faulty = await batch({ seed: 3, failureRate: 0.5 });
    const survivors = faulty.map((o, i) => [o, clean[i]!] as const).filter(([o]) => o.ok);
    expect(survivors.length).toBeGreaterThan(5);
    expect(survivors.length).toBeLessThan(faulty.length);
    for (const [o, c] of survivors) expect(essence(o)).toEqual(essence(c));
  });
});

describe("outputs conform to the agent's schema", () => {
  const ajv = new Ajv({ strict: false, validateFormats: false });

  test("for 500 generated schemas, seeds and prompts", async () => {
    const sim = fast({ seed: 11 });
    await fc.assert(
      fc.asyncProperty(agentSchema, fc.string({ maxLength: 30 }), fc.nat(20), async (schema, prompt, i) => {
        const outcome = await sim.call(request({ schema, prompt, index: [i], label: "gen" }));
        if (!outcome.ok) throw new Error(`failed: ${JSON.stringify(outcome.error)} for ${JSON.stringify(schema)}`);
        expect(validateOutput(schema, outcome.value)).toMatchObject({ ok: true });
        expect(ajv.validate(schema, outcome.value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  test("plausible text: items are numbered findings, strings name their property", async () => {
    const outcome = await fast().call(request());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const value = outcome.value as { findings: string[]; summary: string; severity: string };
    expect(value.findings.length).toBeGreaterThanOrEqual(2);
    expect(value.findings.length).toBeLessThanOrEqual(3);
    expect(value.findings[0]).toBe("sim: finding 1 for review a.ts");
    expect(value.findings[1]).toBe("sim: finding 2 for review a.ts");
    expect(value.summary).toBe("sim: summary for review a.ts");
    expect(["low", "medium", "high"]).toContain(value.severity);
  });

  test("string lengths and number ranges are respected", async () => {
    const schema = {
      type: "object",
      properties: {
        title: { type: "string", maxLength: 8 },
        body: { type: "string", minLength: 100 },
        score: { type: "integer", minimum: 3, maximum: 4 },
        ratio: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 0.001 },
      },
      required: ["title", "body", "score", "ratio"],
    };
    const values = (await batch({}, 30, () => ({ schema }))).map((o) => (o.ok ? o.value : o.error)) as Array<Record<string, unknown>>;
    for (const v of values) {
      expect((v["title"] as string).length).toBeLessThanOrEqual(8);
      expect((v["body"] as string).length).toBeGreaterThanOrEqual(100);
      expect([3, 4]).toContain(v["score"]);
      expect(v["ratio"]).toBeGreaterThan(0);
      expect(v["ratio"]).toBeLessThan(0.001);
    }
  });

  test("free-text agents get a short deterministic string beginning [sim]", async () => {
    const [a, b] = [await fast().call(request({ schema: null })), await fast().call(request({ schema: null }))];
    expect(a.ok && typeof a.value === "string" && a.value.startsWith("[sim] ")).toBe(true);
    expect(essence(a)).toEqual(essence(b));
  });

  test("a schema it cannot satisfy fails as schema_mismatch, like a model would", async () => {
    const schema = { type: "object", properties: { id: { type: "string", pattern: "^[0-9]{6}$" } }, required: ["id"] };
    const outcome = await fast().call(request({ schema }));
    expect(outcome).toMatchObject({ ok: false, error: { class: "schema_mismatch", attempts: 1 } });
  });
});

describe("verdict booleans", () => {
  const verdicts = async (options: SimOptions, key: string) => {
    const schema = { type: "object", properties: { [key]: { type: "boolean" } }, required: [key] };
    const outcomes = await batch({ seed: 5, ...options }, 2000, () => ({ schema }));
    return outcomes.filter((o) => o.ok && (o.value as Record<string, boolean>)[key]).length / outcomes.length;
  };

  test("pass/ok/valid/approved are true about 80% of the time by default", async () => {
    for (const key of ["pass", "ok", "valid", "approved", "isValid"]) {
      const share = await verdicts({}, key);
      expect(share).toBeGreaterThan(0.75);
      expect(share).toBeLessThan(0.85);
    }
  });

  test("the probability is configurable", async () => {
    const share = await verdicts({ verdictTrueProbability: 0.3 }, "approved");
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.35);
  });

  test("other booleans are a fair coin", async () => {
    const share = await verdicts({}, "hasTests");
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.55);
  });
});

describe("usage", () => {
  test("input is about a token per four characters of prompt, system and schema", async () => {
    const r = request({ prompt: "x".repeat(401), system: "y".repeat(40) });
    const outcome = await fast().call(r);
    expect(outcome.usage.inputTokens).toBe(101 + 10 + Math.ceil(JSON.stringify(REVIEW).length / 4));
    expect(outcome.ok && outcome.usage.outputTokens).toBe(Math.ceil(JSON.stringify(outcome.ok && outcome.value).length / 4));
    expect(outcome.usage.cacheReadTokens).toBe(0);
  });

  test("output never exceeds maxTokens", async () => {
    const outcome = await fast().call(request({ maxTokens: 5 }));
    expect(outcome.usage.outputTokens).toBe(5);
  });
});

describe("latency", () => {
  test("the default is a lognormal with a mean near 20 ms, drawn from the seed", () => {
    const rng = createRng("latency-test");
    const samples = Array.from({ length: 5000 }, () => sampleLatency({ meanMs: 20, sigma: 0.5 }, rng));
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    expect(mean).toBeGreaterThan(19);
    expect(mean).toBeLessThan(21);
    expect(Math.min(...samples)).toBeGreaterThan(0);
    const again = createRng("latency-test");
    expect(sampleLatency({ meanMs: 20 }, again)).toBe(samples[0]);
  });

  test("a fixed number is used as is, and 0 means no wait", () => {
    expect(sampleLatency(0, createRng(1))).toBe(0);
    expect(sampleLatency(35, createRng(1))).toBe(35);
    expect(sampleLatency({ meanMs: 0 }, createRng(1))).toBe(0);
  });

  test("stopping the run aborts a call that is waiting", async () => {
    const controller = new AbortController();
    const pending = createSimProvider({ latency: 10_000 }).call(request({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expect(await pending).toMatchObject({ ok: false, error: { class: "aborted" } });
    const already = new AbortController();
    already.abort();
    expect(await fast().call(request({ signal: already.signal }))).toMatchObject({ ok: false, error: { class: "aborted" } });
  });

  test("answering at once, it asks `ABORTED` rather than making the runtime's lazy signal", async () => {
    const lazy = (aborted: boolean): AgentRequest => {
      const r = { ...request(), [ABORTED]: aborted } as AgentRequest;
      Object.defineProperty(r, "signal", { get: () => { throw new Error("the signal was read"); } });
      return r;
    };
    expect((await fast().call(lazy(false))).ok).toBe(true);
    expect(await fast().call(lazy(true))).toMatchObject({ ok: false, error: { class: "aborted" } });
  });

  test("a latency past the deadline is a timeout at the deadline", async () => {
    const outcome = await createSimProvider({ latency: 10_000 }).call(request({ deadline: Date.now() + 30 }));
    expect(outcome).toMatchObject({ ok: false, error: { class: "timeout", attempts: 1 } });
  });
});

describe("failure injection", () => {
  const classes = (outcomes: AgentOutcome[]) => outcomes.map((o) => (o.ok ? "ok" : o.error.class));

  test("the default failure rate is 0", async () => {
    expect(classes(await batch({})).every((c) => c === "ok")).toBe(true);
  });

  test("a rate of 1 fails every call with the chosen class", async () => {
    for (const failureClass of ["overloaded", "server_error", "schema_mismatch", "timeout"] as const)
      expect(new Set(classes(await batch({ failureRate: 1, failureClass }, 10)))).toEqual(new Set([failureClass]));
  });

  test("a rate of 0.3 fails about 30% of calls; several classes are all drawn", async () => {
    const outcomes = classes(await batch({ failureRate: 0.3, failureClass: ["overloaded", "timeout"] }, 1000));
    const failed = outcomes.filter((c) => c !== "ok").length / outcomes.length;
    expect(failed).toBeGreaterThan(0.25);
    expect(failed).toBeLessThan(0.35);
    expect(outcomes).toContain("overloaded");
    expect(outcomes).toContain("timeout");
  });

  test("an injected schema mismatch still costs tokens; an overload does not", async () => {
    const [mismatch] = await batch({ failureRate: 1, failureClass: "schema_mismatch" }, 1);
    const [overload] = await batch({ failureRate: 1, failureClass: "overloaded" }, 1);
    expect(mismatch!.usage.outputTokens).toBeGreaterThan(0);
    expect(overload!.usage.outputTokens).toBe(0);
    expect(overload).toMatchObject({ ok: false, error: { status: 529, attempts: 1 } });
  });

  test("per model, and per label pattern (which wins over the model)", async () => {
    const options: SimOptions = {
      byModel: { "claude-opus-4-8": { failureRate: 1, failureClass: "overloaded" } },
      byLabel: [
        { pattern: "review:*", failureRate: 1, failureClass: "server_error" },
        { pattern: /^lint/, failureRate: 0 },
      ],
    };
    const sim = fast(options);
    const cls = async (model: string, label: string) => {
      const o = await sim.call(request({ model, label }));
      return o.ok ? "ok" : o.error.class;
    };
    expect(await cls("claude-opus-4-8", "draft")).toBe("overloaded");
    expect(await cls("claude-sonnet-4-6", "draft")).toBe("ok");
    expect(await cls("claude-sonnet-4-6", "review:a.ts")).toBe("server_error");
    expect(await cls("claude-opus-4-8", "review:a.ts")).toBe("server_error");
    expect(await cls("claude-opus-4-8", "lint a.ts")).toBe("ok");
    expect(await cls("claude-sonnet-4-6", "reviewer")).toBe("ok");
  });

  test("a retry (next attempt) can succeed where the first failed", async () => {
    const sim = fast({ failureRate: 0.5 });
    let recovered = 0;
    for (let i = 0; i < 40; i++) {
      const first = await sim.call(request({ index: [i] }));
      if (first.ok) continue;
      for (let attempt = 2; attempt <= 6; attempt++)
        if ((await sim.call(request({ index: [i], attempt }))).ok) {
          recovered++;
          break;
        }
    }
    expect(recovered).toBeGreaterThan(5);
  });
});
