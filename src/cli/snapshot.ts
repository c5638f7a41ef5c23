/**
 * The entry of wfc's V8 start-up snapshot (dist/wfc.blob, built by scripts/build.mjs with
 * `node --build-snapshot`). Building it loads the whole CLI, constructs the Chevrotain parser (its
 * grammar self-analysis is most of a cold start) and checks the example plans a few times, so every
 * lazy module is initialised and the parser's caches are filled; the heap is then saved. `bin/wfc.mjs`,
 * run as a shell script, starts node from that heap, and `main` runs at once instead of after ~100 ms of module loading and
 * grammar analysis.
 *
 * What a snapshot cannot hold is resolved after it is restored: packages left out of the bundle
 * (the Anthropic SDK, better-sqlite3, elkjs) are required through `globalThis.__wfcRequire`, made
 * here from the package root that bin/wfc.mjs passes in `WFC_ROOT` (scripts/build.mjs rewrites those
 * imports to it). Nothing read at build time that depends on the machine, the user or the working
 * directory is kept: the warm-up uses its own silent Io, and every command reads cwd, env and TTYs
 * when it runs.
 */
import { startupSnapshot } from "node:v8";
import { main } from "./main.js";
import type { Io } from "./io.js";

declare const require: (id: string) => { createRequire(path: string): unknown; resolve(...parts: string[]): string };
/** The example plans' paths, inlined by scripts/build.mjs. */
declare const WFC_WARMUP_PLANS: string[];

/** An Io that keeps stderr, so that a warm-up command that failed inside fails the build. */
function quiet(): Io & { err: string } {
  const io = { err: "", stdout: () => undefined, stderr: (t: string) => void (io.err += t), cwd: process.cwd(), env: {}, isTTY: false };
  return io;
}

async function run(argv: string[]): Promise<void> {
  const io = quiet();
  const code = await main(argv, io);
  if (code > 1 || io.err.includes("internal error")) throw new Error(`snapshot warm-up \`wfc ${argv.join(" ")}\` failed (exit ${code}): ${io.err}`);
}

async function warmUp(): Promise<void> {
  // The commands a CI job runs, in every format: their code is parsed and their caches filled.
  for (let i = 0; i < 3; i++) await run(["check", ...WFC_WARMUP_PLANS]);
  for (const format of ["json", "sarif", "github"]) await run(["check", "--format", format, ...WFC_WARMUP_PLANS]);
  for (const plan of WFC_WARMUP_PLANS) await run(["plan", plan]);
  // Not `graph`, `run` or `runs`: they load the journal's native SQLite binding, which a snapshot
  // cannot hold (it is required once the snapshot is restored).
}

warmUp().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

startupSnapshot.setDeserializeMainFunction(() => {
  const root = process.env["WFC_ROOT"];
  if (root === undefined) {
    process.stderr.write("wfc: the snapshot was started without WFC_ROOT; run it through bin/wfc.mjs\n");
    process.exitCode = 2;
    return;
  }
  delete process.env["WFC_ROOT"];
  (globalThis as { __wfcRequire?: unknown }).__wfcRequire = require("node:module").createRequire(require("node:path").resolve(root, "package.json"));
  if (process.env["WFC_DEBUG"] === "1") process.stderr.write(`wfc: started from the start-up snapshot ${process.execArgv[process.execArgv.indexOf("--snapshot-blob") + 1]}\n`);
  main(process.argv.slice(1)).then((code) => {
    process.exitCode = code;
  });
});
