// Bundles the CLI and the library into dist/ with esbuild, then builds the CLI's V8 start-up
// snapshot. One file each keeps the CLI's cold start lean: Chevrotain's package entry alone loads
// hundreds of lodash-es files (perf-anchors §1.4), so the parser imports Chevrotain's shipped
// single-file bundle and esbuild inlines it.
//
// The snapshot (dist/wfc.blob, see src/cli/snapshot.ts and bin/wfc.mjs) is the heap of a CLI that has
// loaded every module and analysed its grammar. It is only valid for the node binary that built it,
// so dist/wfc.blob.node records that binary's size and mtime, which bin/wfc.mjs compares before using it,
// and the V8 flags it was built with, which bin/wfc.mjs starts node with.
// If it cannot be built (another runtime, a node without --build-snapshot), bin/wfc.mjs starts the plain
// bundle and nothing else changes; `--no-snapshot` skips it.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// Chunk names carry content hashes: start clean so stale chunks never pile up in dist/.
rmSync("dist", { recursive: true, force: true });

/**
 * V8 flags the snapshot is built and started with (V8 refuses a snapshot under other flags).
 * `--always-sparkplug` compiles every function to baseline machine code on its first call instead
 * of interpreting it until it is hot: a cold `wfc check` runs mostly code that never gets hot, and
 * spends ~10% less CPU this way (bench/cli-cold.bench.mjs). Long runs still optimise hot code.
 */
const SNAPSHOT_V8_FLAGS = ["--always-sparkplug"];

const external = ["better-sqlite3", "@anthropic-ai/sdk", "elkjs", "playwright-core"];
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  logLevel: "warning",
  alias: { chevrotain: "./node_modules/chevrotain/lib/chevrotain.min.mjs" },
};

await build({
  ...common,
  format: "esm",
  sourcemap: "linked",
  external,
  banner: { js: "import { createRequire as __wfcRequire } from 'node:module'; const require = __wfcRequire(import.meta.url);" },
  entryPoints: { cli: "src/cli/main.ts", index: "src/index.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
});

if (!process.argv.includes("--no-snapshot")) await buildSnapshot();

async function buildSnapshotBundle() {
  // A snapshot's own `require` knows only node's built-in modules, so the packages left out of the
  // bundle are required at run time through the require that src/cli/snapshot.ts makes.
  const late = new RegExp(`^(?:${external.map((e) => e.replace(/[/.]/g, "\\$&")).join("|")})(?:/.*)?$`);
  const plans = readdirSync("examples").filter((f) => f.endsWith(".wf.js")).map((f) => resolve("examples", f));
  await build({
    ...common,
    // Whitespace and syntax minified (names kept, for stacks): V8 keeps a script's source in the
    // heap, so a smaller bundle is a smaller blob, restored faster at every start.
    minifyWhitespace: true,
    minifySyntax: true,
    format: "cjs",
    entryPoints: { snapshot: "src/cli/snapshot.ts" },
    outdir: "dist",
    outExtension: { ".js": ".cjs" },
    define: { WFC_WARMUP_PLANS: JSON.stringify(plans) },
    plugins: [
      {
        name: "late-require",
        setup(b) {
          b.onResolve({ filter: late }, (a) => ({ path: a.path, namespace: "late-require" }));
          b.onLoad({ filter: /.*/, namespace: "late-require" }, (a) => ({ contents: `module.exports = globalThis.__wfcRequire(${JSON.stringify(a.path)});`, loader: "js" }));
        },
      },
    ],
  });
}

async function buildSnapshot() {
  await buildSnapshotBundle();
  const blob = join("dist", "wfc.blob");
  const tmp = `${blob}.tmp`;
  const r = spawnSync(process.execPath, [...SNAPSHOT_V8_FLAGS, "--snapshot-blob", tmp, "--build-snapshot", join("dist", "snapshot.cjs")], { encoding: "utf8" });
  if (r.status !== 0) {
    rmSync(tmp, { force: true });
    console.warn(`build: no start-up snapshot (bin/wfc.mjs will start the plain bundle): ${(r.stderr || r.error?.message || "").trim().split("\n").slice(0, 3).join(" ")}`);
    return;
  }
  renameSync(tmp, blob);
  const node = statSync(process.execPath);
  // bin/wfc.mjs compares the first line with `stat -L -c '%s %Y'` of the node it finds on PATH, and
  // starts node with the flags on the second.
  writeFileSync(`${blob}.node`, `${node.size} ${Math.floor(node.mtimeMs / 1000)}\n${SNAPSHOT_V8_FLAGS.join(" ")}\n`);
}
