// Measures the journal's per-result recording cost against append + fsync of the same bytes, on this
// machine's disk. Run: `node test/journal/journal.bench.mjs [n] [dir]` (defaults 1000 and the OS temp
// dir). It bundles runtime/journal/bench.ts with esbuild so it needs no build step and no TS loader.
import { build } from "esbuild";
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const sqlite = createRequire(path.join(root, "package.json")).resolve("better-sqlite3");
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "wfc-bench-build-")), "bench.mjs");
await build({
  entryPoints: [path.join(root, "runtime/journal/bench.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: out,
  logLevel: "warning",
  // Resolve the native module from the repo, wherever the bundle lives.
  plugins: [{ name: "sqlite", setup: (b) => b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: sqlite, external: true })) }],
});
const { benchJournal } = await import(pathToFileURL(out).href);
const n = Number(process.argv[2] ?? 1000);
const result = benchJournal({ n, ...(process.argv[3] ? { dir: process.argv[3] } : {}) });
fs.rmSync(path.dirname(out), { recursive: true, force: true });
const f = (x) => x.toFixed(1).padStart(8);
console.log(`journal bench: n=${result.n}, record ${result.recordBytes} bytes, journal file ${(result.journalBytes / 1024).toFixed(0)} KiB after close`);
console.log(`                                   mean      p50      p99   (µs)`);
console.log(`recordResult (synchronous=NORMAL) ${f(result.perResultMicros)} ${f(result.perResultP50Micros)} ${f(result.perResultP99Micros)}`);
console.log(`markStarted+recordResult (NORMAL) ${f(result.perAgentMicros)}          ${f(result.perAgentP99Micros)}`);
console.log(`recordResult (synchronous=FULL)   ${f(result.perResultFullSyncMicros)}          ${f(result.perResultFullSyncP99Micros)}`);
console.log(`appendFileSync + fsyncSync        ${f(result.baselineAppendFsyncMicros)} ${f(result.baselineP50Micros)} ${f(result.baselineP99Micros)}`);
console.log(`ratio recordResult / append+fsync: ${result.ratio.toFixed(3)}`);
