// Crash-safety campaign, longer than the CI test: the real `wfc run` against a local Messages-API server,
// SIGKILLed at seeded random points and resumed with `--resume` until each run finishes, until at least
// WFC_CRASH_CYCLES kills (default 200) have happened. Checks the same properties as
// test/durability/crash.test.ts (nothing lost or duplicated, nothing paid twice, re-executions only among
// the calls in flight at a kill, the same final answer as an uninterrupted run) and prints one JSON line:
//   { cycles, runs, requests, reexecutions, inFlightBound, maxInFlightAtKill, perAgentRecordMicros, … }
// Exits 1 if any property was violated (the violations are printed to stderr).
//
//   npm run build && WFC_CRASH_CYCLES=300 node bench/crash.bench.mjs [--seed 7] [--max-kill-after 110]
//
// The harness is TypeScript (test/durability/crash-harness.ts); it is bundled with esbuild into a
// temporary file first, with better-sqlite3 left external, as test/journal/helpers.ts does.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const CYCLES = Number(process.env.WFC_CRASH_CYCLES ?? 200);
const SEED = arg("seed", 7);
const MAX_KILL_AFTER = arg("max-kill-after", 110);

if (!existsSync(join(root, "dist/cli.mjs"))) {
  console.error("crash.bench: dist/cli.mjs is missing; run `npm run build` first");
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), "wfc-crash-bench-"));
try {
  const outfile = join(tmp, "harness.mjs");
  const sqlite = createRequire(join(root, "package.json")).resolve("better-sqlite3");
  await build({
    stdin: {
      contents: 'export { runCrashCampaign } from "./test/durability/crash-harness.ts";\nexport { benchJournal } from "./runtime/journal/bench.ts";\n',
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "warning",
    plugins: [{ name: "sqlite", setup: (b) => void b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: sqlite, external: true })) }],
  });
  const { runCrashCampaign, benchJournal } = await import(pathToFileURL(outfile).href);

  const report = await runCrashCampaign({
    root,
    cycles: CYCLES,
    seed: SEED,
    maxKillAfter: MAX_KILL_AFTER,
    log: (line) => process.stderr.write(`crash.bench: ${line}\n`),
  });
  // What the journal adds per agent: markStarted + recordResult, two WAL commits (durability `process`).
  const journal = benchJournal({ n: 1000, dir: tmp });

  const resumes = report.runs.flatMap((r) => r.cycles.slice(1));
  const violations = Object.values(report.violations).flat();
  console.log(
    JSON.stringify({
      cycles: report.cycles,
      runs: report.runs.length,
      agentsPerRun: report.agentsPerRun,
      requests: report.requests,
      reexecutions: report.reexecutions,
      inFlightBound: report.inFlightBound,
      maxInFlightAtKill: report.maxInFlightAtKill,
      meanReexecutedPerResume: Number((report.reexecutions / Math.max(1, resumes.length)).toFixed(2)),
      // Requests beyond one per agent per run: the price of the kills.
      extraRequestsPerKill: Number(((report.requests - report.runs.length * report.agentsPerRun) / Math.max(1, report.cycles)).toFixed(2)),
      perAgentRecordMicros: Number(journal.perAgentMicros.toFixed(1)),
      perAgentRecordP99Micros: Number(journal.perAgentP99Micros.toFixed(1)),
      violations: violations.length,
      seed: SEED,
      ms: report.ms,
    }),
  );
  if (violations.length) {
    for (const v of violations.slice(0, 50)) console.error(`crash.bench: VIOLATION ${v}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
