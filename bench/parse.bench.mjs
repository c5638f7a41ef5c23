// Parser speed: wfc's parser against acorn on the same 1,000-stage plan, in one process, warm, median of
// alternating runs; then cold start: `node -e 0` against `node <bundle>` parsing a 10-stage plan.
// Prints one JSON line per measurement. Uses the built bundle dist/index.mjs when it exports `parse`;
// otherwise bundles grammar/parse.ts with esbuild into a temporary file (Chevrotain's single-file build,
// as scripts/build.mjs does).
//
//   node bench/parse.bench.mjs [--stages 1000] [--runs 21]
import { existsSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import * as acorn from "acorn";
import { genPlan } from "./gen-plan.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const STAGES = arg("stages", 1000);
const RUNS = Math.max(15, arg("runs", 21));
const COLD_RUNS = 7;

const tmp = mkdtempSync(join(tmpdir(), "wfc-parse-bench-"));
try {
  const bundle = await parserBundle();
  const { parse } = await import(pathToFileURL(bundle).href);
  const text = genPlan(STAGES);
  const acornOptions = { ecmaVersion: "latest", sourceType: "module", allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true, locations: true };

  const check = parse(text);
  if (check.diagnostics.length) throw new Error(`the generated plan has syntax errors: ${JSON.stringify(check.diagnostics.slice(0, 3))}`);

  // Warm-up: let both parsers reach optimised code.
  for (let i = 0; i < 5; i++) {
    parse(text);
    acorn.parse(text, acornOptions);
  }
  const ours = [];
  const theirs = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first so neither always runs right after a GC of the other's garbage.
    const order = i % 2 === 0 ? ["wfc", "acorn"] : ["acorn", "wfc"];
    for (const who of order) {
      globalThis.gc?.();
      const t0 = performance.now();
      if (who === "wfc") parse(text);
      else acorn.parse(text, acornOptions);
      (who === "wfc" ? ours : theirs).push(performance.now() - t0);
    }
  }
  const parseMsMedian = round(median(ours));
  const acornMsMedian = round(median(theirs));
  console.log(JSON.stringify({ parseMsMedian, acornMsMedian, ratio: round(parseMsMedian / acornMsMedian), bytes: Buffer.byteLength(text), stages: STAGES, runs: RUNS, bundle: rel(bundle) }));

  // Cold start: a fresh node that loads the bundle and parses a small plan, against an empty node.
  const small = join(tmp, "plan-10.wf.js");
  writeFileSync(small, genPlan(10));
  const script = join(tmp, "cold.mjs");
  writeFileSync(
    script,
    `import { readFileSync } from "node:fs";\nimport { parse } from ${JSON.stringify(pathToFileURL(bundle).href)};\nconst r = parse(readFileSync(${JSON.stringify(small)}, "utf8"));\nif (r.diagnostics.length) process.exit(1);\n`,
  );
  const nodeEmpty = [];
  const nodeParse = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    nodeEmpty.push(timeSpawn(["-e", "0"]));
    nodeParse.push(timeSpawn([script]));
  }
  const nodeMs = round(median(nodeEmpty));
  const parseColdMs = round(median(nodeParse));
  console.log(JSON.stringify({ coldNodeEmptyMsMedian: nodeMs, coldParse10StagesMsMedian: parseColdMs, parserStartupMs: round(parseColdMs - nodeMs), runs: COLD_RUNS }));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

async function parserBundle() {
  const dist = join(root, "dist/index.mjs");
  if (existsSync(dist)) {
    const mod = await import(pathToFileURL(dist).href).catch(() => ({}));
    if (typeof mod.parse === "function") return dist;
  }
  const { build } = await import("esbuild");
  const out = join(tmp, "parse.mjs");
  await build({
    entryPoints: [join(root, "grammar/parse.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: out,
    logLevel: "warning",
    alias: { chevrotain: join(root, "node_modules/chevrotain/lib/chevrotain.min.mjs") },
  });
  return out;
}

function timeSpawn(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: "ignore" });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${r.status}`);
  return ms;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function round(x) {
  return Math.round(x * 100) / 100;
}
function rel(p) {
  return p.startsWith(root) ? p.slice(root.length + 1) : "temporary bundle of grammar/parse.ts";
}
