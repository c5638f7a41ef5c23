/**
 * SOUNDNESS: for random valid plans, random args that satisfy their schema and random failure
 * rates, what a run on the simulated provider uses never exceeds what the compiler proved: agent
 * calls, input and output tokens, USD, peak concurrency, and per stage the agents of that stage's
 * `total`. A counterexample is a soundness bug; fast-check shrinks it to a small plan.
 *
 * WFC_SOUNDNESS_RUNS sets the number of plans (default 200).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { argsFor, planShape, renderPlan, type PlanShape } from "./plan-arbitrary.js";
import { compileOk, runAndCompare } from "./harness.js";
import type { SimFailureClass } from "../../runtime/providers/sim.js";

const RUNS = Number(process.env["WFC_SOUNDNESS_RUNS"] ?? 200);
const failureClasses: SimFailureClass[] = ["overloaded", "server_error", "schema_mismatch", "timeout"];

/** A plan too big for the platform caps is a valid rejection, not a generator bug. */
const tooBig = (codes: string[]): boolean => codes.every((c) => c === "WF3202" || c === "WF3204" || c === "WF3102");

const scenario = planShape.chain((shape) =>
  fc.record({
    shape: fc.constant(shape),
    args: argsFor(shape),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    failureRate: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
    failureClass: fc.subarray(failureClasses, { minLength: 1 }),
    // With latency 0 an answer can arrive before the next call starts; 1 ms makes fan-outs overlap.
    latency: fc.constantFrom(0, 1),
  }),
);

describe("bounds are sound against runs on the simulated provider", () => {
  it(`holds for ${RUNS} generated plans`, async () => {
    let compiled = 0;
    let agentsRun = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ shape, args, seed, failureRate, failureClass, latency }) => {
        const source = renderPlan(shape);
        const { errors } = compileOk(source);
        const codes = errors.map((d) => d.code);
        fc.pre(!(codes.length > 0 && tooBig(codes)));
        // The generator only writes valid plans: any other error is a false positive of the checks.
        expect(errors.map((d) => `${d.code} ${d.message}`), source).toEqual([]);
        compiled++;
        const r = await runAndCompare(source, { seed, failureRate, failureClass, args, latency });
        agentsRun += r.run.totals.agents;
        expect(r.violations, `${source}\nargs: ${JSON.stringify(args)}\nbounds: ${JSON.stringify(r.bounds)}`).toEqual([]);
      }),
      { numRuns: RUNS, ...(process.env["WFC_SOUNDNESS_SEED"] ? { seed: Number(process.env["WFC_SOUNDNESS_SEED"]) } : {}), endOnFailure: false },
    );
    // The property really ran plans that do agent work.
    expect(compiled).toBeGreaterThan(RUNS / 2);
    expect(agentsRun).toBeGreaterThan(RUNS);
  });
});

export type { PlanShape };
