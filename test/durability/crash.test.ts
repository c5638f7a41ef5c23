/**
 * kill -9 of the real `wfc run`, at seeded random points, then `--resume`, until the run finishes; over
 * several runs and at least 50 kills. Checked from the outside (the Messages server's recorded requests
 * and the journal file): (a) no recorded result is lost, changed or duplicated; (b) the API is never
 * asked again for a result that was recorded when the call started; (c) the calls re-executed after a
 * crash are among those the journal listed in flight at the kill; (d) the final answer, and every
 * recorded value, equal those of an uninterrupted run against the same deterministic server.
 *
 * WFC_CRASH_CYCLES raises the number of kills (the default keeps CI near a minute on 2 cores);
 * `bench/crash.bench.mjs` runs the same campaign longer and prints the numbers.
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

import { PLAN, runCrashCampaign, wfcSync } from "./crash-harness.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CYCLES = Number(process.env["WFC_CRASH_CYCLES"] ?? 50);

beforeAll(() => {
  if (!fs.existsSync(path.join(root, "dist/cli.mjs"))) throw new Error("dist/cli.mjs is missing: run `npm run build` first");
});

describe("wfc run under kill -9 and --resume", () => {
  it("the fixture plan checks clean", () => {
    const r = wfcSync(root, ["check", PLAN], root);
    expect(r.stderr + r.stdout).toContain("1 plan checked: no problems");
    expect(r.code).toBe(0);
  });

  it(`loses nothing, pays nothing twice and re-executes only in-flight calls over ${CYCLES}+ kills`, async () => {
    const report = await runCrashCampaign({ root, cycles: CYCLES, seed: 20_240_611, log: (line) => console.log(line) });
    console.log(
      `crash campaign: ${report.runs.length} runs of ${report.agentsPerRun} agents, ${report.cycles} kill/resume cycles, ` +
        `${report.requests} API requests; re-executed ${report.reexecutions} calls, in-flight bound ${report.inFlightBound}, ` +
        `max in flight at a kill ${report.maxInFlightAtKill}; ${report.ms} ms`,
    );
    expect(report.violations).toEqual({ lostOrDuplicated: [], paidTwice: [], beyondInFlight: [], answerDiffers: [], history: [] });
    expect(report.cycles).toBeGreaterThanOrEqual(CYCLES);
    expect(report.runs.length).toBeGreaterThan(1);
    // Every kill lands while calls are in flight, so resumes do re-execute some: the check above had work.
    expect(report.reexecutions).toBeGreaterThan(0);
    expect(report.reexecutions).toBeLessThanOrEqual(report.inFlightBound);
    for (const run of report.runs)
      run.cycles.slice(1).forEach((c, i) => expect(c.reexecuted).toBeLessThanOrEqual(run.cycles[i]!.inFlightAtKill));
  }, 600_000); // measured 93 s (about 60 CPU-seconds) with load average 10 on 2 cores; the margin is for worse
});
