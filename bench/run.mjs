// `npm run bench`: runs every benchmark in bench/*.bench.mjs that exports a default function, prints one
// table, and writes bench/results.json. Every number is a RATIO against a baseline measured side by side
// (same process, alternating runs, median of ≥ 7), because this 2-core VM is shared and noisy: absolute
// milliseconds drift run to run, ratios drift much less (perf-anchors §1.4). Nothing here asserts a time;
// a missed target is printed as "missed", with the reason in the note.
//
//   node --expose-gc bench/run.mjs [--quick] [--only name,name] [--json]
//
// A benchmark module exports `default async function (ctx) → Row[]`; `ctx` (below) gives it the built
// library, an esbuild bundle of internals the library does not export, and the timing helpers, so no
// module re-implements medians or process timing.
import { mkdtempSync, rmSync, writeFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const onlyArg = argv.indexOf("--only");
const only = onlyArg >= 0 ? new Set(argv[onlyArg + 1].split(",")) : undefined;

/** Run order: cheap and independent first; the memory bench spawns its own processes. */
const ORDER = ["cli-cold", "check-1000-warm", "scaling", "graph-passes", "scheduler", "memory", "journal", "render", "crash"];
/** parse.bench.mjs is run by check-1000-warm (as a child), not on its own. */
const SKIP = new Set(["parse"]);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);
const gc = () => globalThis.gc?.();

/**
 * Times `subject` and `baseline` alternately (`reps` pairs, order flipped every pair so neither always
 * runs right after the other's garbage), after `warmup` untimed pairs; a GC before each timed run
 * unless `forceGc` is false. Returns the samples and the ratio of medians.
 */
async function alternate(subject, baseline, { reps, warmup = 1, forceGc = true } = {}) {
  const n = reps ?? ctx.reps;
  for (let i = 0; i < warmup; i++) {
    await subject();
    await baseline();
  }
  const a = [];
  const b = [];
  for (let i = 0; i < n; i++) {
    const order = i % 2 === 0 ? [[subject, a], [baseline, b]] : [[baseline, b], [subject, a]];
    for (const [f, out] of order) {
      if (forceGc) gc();
      const t0 = performance.now();
      await f();
      out.push(performance.now() - t0);
    }
  }
  return { subject: a, baseline: b, subjectMs: median(a), baselineMs: median(b), ratio: median(a) / median(b) };
}

/** Wall time of one child process (spawn to exit), in ms; throws if it exits with an unexpected status. */
function timeSpawn(command, args, { okStatus = [0], cwd = root } = {}) {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  if (!okStatus.includes(r.status)) throw new Error(`${command} ${args.join(" ")} exited with ${r.status}: ${String(r.stderr).slice(0, 400)}`);
  return ms;
}

let internalsPromise;
/**
 * An esbuild bundle of compiler/runtime internals that dist/index.mjs does not export (the compile
 * phases, the priority scheduler, the journal and render benches), built once per run into a temp dir
 * the same way scripts/build.mjs builds dist (Chevrotain's single-file build). Native and heavy
 * packages stay external and are resolved from the repo's node_modules by absolute path.
 */
function internals() {
  internalsPromise ??= (async () => {
    const { build } = await import("esbuild");
    const req = createRequire(join(root, "package.json"));
    const entry = join(ctx.tmp, "internals-entry.ts");
    const src = (p) => JSON.stringify(join(root, p));
    writeFileSync(
      entry,
      [
        `export { parse } from ${src("grammar/parse.ts")};`,
        `export { Reporter } from ${src("compiler/report.ts")};`,
        `export { SourceFile } from ${src("compiler/source.ts")};`,
        `export { checkSubset } from ${src("compiler/checks/subset.ts")};`,
        `export { checkCallCycles } from ${src("compiler/checks/call-cycles.ts")};`,
        `export { checkBudgets } from ${src("compiler/checks/budgets.ts")};`,
        `export { extractMeta } from ${src("compiler/meta.ts")};`,
        `export { indexSites } from ${src("compiler/stage-ids.ts")};`,
        `export { analyze } from ${src("compiler/analysis/analyze.ts")};`,
        `export { computeBounds, toBounds } from ${src("compiler/bounds.ts")};`,
        `export { buildGraph } from ${src("compiler/graph/build.ts")};`,
        `export { DEFAULT_PRICING } from ${src("compiler/pricing.ts")};`,
        `export { runLints } from ${src("compiler/lints/index.ts")};`,
        `export { applySuppressions } from ${src("compiler/diagnostics/suppress.ts")};`,
        `export { PriorityScheduler, TaskHeap } from ${src("runtime/scheduler.ts")};`,
        existsSync(join(root, "runtime/journal/bench.ts")) ? `export { benchJournal } from ${src("runtime/journal/bench.ts")};` : "",
        existsSync(join(root, "compiler/render/bench.ts")) ? `export { benchRender } from ${src("compiler/render/bench.ts")};` : "",
      ].join("\n"),
    );
    const externals = ["better-sqlite3", "@anthropic-ai/sdk", "elkjs", "playwright-core", "p-limit"];
    const outfile = join(ctx.tmp, "internals.mjs");
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      outfile,
      logLevel: "warning",
      alias: { chevrotain: join(root, "node_modules/chevrotain/lib/chevrotain.min.mjs") },
      banner: { js: "import { createRequire as __wfcRequire } from 'node:module'; const require = __wfcRequire(import.meta.url);" },
      plugins: [
        {
          name: "externals-from-repo",
          setup(b) {
            const filter = new RegExp(`^(${externals.map((e) => e.replace(/[/.]/g, "\\$&")).join("|")})(/.*)?$`);
            b.onResolve({ filter }, (a) => {
              // ESM packages (p-limit) need the import condition; CJS ones resolve either way.
              try {
                return { path: pathToFileURL(req.resolve(a.path)).href, external: true };
              } catch {
                return { path: a.path, external: true };
              }
            });
          },
        },
      ],
    });
    return import(pathToFileURL(outfile).href);
  })();
  return internalsPromise;
}

const ctx = {
  root,
  quick,
  /** Timed pairs per in-process measurement; ≥ 7 for a full run. */
  reps: quick ? 3 : 9,
  /** Pairs for child-process measurements (each costs a Node start). */
  spawnReps: quick ? 3 : 7,
  tmp: mkdtempSync(join(tmpdir(), "wfc-bench-")),
  dist: undefined,
  internals,
  alternate,
  timeSpawn,
  median,
  round,
  gc,
  log: (msg) => process.stderr.write(`  ${msg}\n`),
};

/**
 * One row per measured comparison. `ratio` is subject / baseline unless the row says otherwise;
 * `met` is true / false against `target` (a string such as "≤ 0.8×"), or null when the row is
 * informational.
 */
function checkRow(r) {
  const need = ["bench", "metric", "ratio"];
  for (const k of need) if (!(k in r)) throw new Error(`bench row is missing \`${k}\`: ${JSON.stringify(r)}`);
  return r;
}

function printTable(rows) {
  const cols = [
    ["bench", (r) => r.bench],
    ["metric", (r) => r.metric],
    ["subject", (r) => fmt(r.subjectValue, r.unit)],
    ["baseline", (r) => (r.baseline ? `${fmt(r.baselineValue, r.unit)} (${r.baseline})` : "")],
    ["ratio", (r) => (Number.isFinite(r.ratio) ? `${round(r.ratio, 3)}×` : typeof r.ratio === "string" ? r.ratio : "")],
    ["target", (r) => r.target ?? ""],
    ["result", (r) => (r.met === true ? "met" : r.met === false ? "MISSED" : "")],
  ];
  const cells = rows.map((r) => cols.map(([, f]) => String(f(r))));
  const width = cols.map(([h], i) => Math.min(48, Math.max(h.length, ...cells.map((c) => c[i].length))));
  const line = (cs) => cs.map((c, i) => (c.length > width[i] ? c.slice(0, width[i] - 1) + "…" : c.padEnd(width[i]))).join("  ");
  console.log(line(cols.map(([h]) => h)));
  console.log(width.map((w) => "-".repeat(w)).join("  "));
  for (const c of cells) console.log(line(c));
  const notes = rows.filter((r) => r.note);
  if (notes.length) {
    console.log("\nnotes:");
    for (const r of notes) console.log(`- ${r.bench} / ${r.metric}: ${r.note}`);
  }
}

function fmt(v, unit) {
  if (v === undefined || v === null) return "";
  if (typeof v !== "number") return String(v);
  const d = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : Math.abs(v) >= 1 ? 2 : 3;
  return `${round(v, d)}${unit ? ` ${unit}` : ""}`;
}

/**
 * Runs a script-style benchmark as `node --expose-gc bench/<name>.bench.mjs` and turns its JSON lines
 * into rows. Known shapes (render, crash) get ratio rows; anything else becomes an informational row
 * carrying the JSON. The crash campaign runs WFC_CRASH_CYCLES kill cycles (here 10 quick / 30 full unless
 * the variable is set; the full ≥ 200-cycle campaign is `node bench/crash.bench.mjs` on its own).
 */
function runScript(c, name, file) {
  const env = { ...process.env };
  if (name === "crash") env.WFC_CRASH_CYCLES ??= c.quick ? "10" : "30";
  const args = ["--expose-gc", file, ...(name === "render" ? ["--runs", String(c.reps)] : [])];
  const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: "utf8", maxBuffer: 64 << 20 });
  const lines = (r.stdout ?? "").split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
  if (r.status !== 0 || lines.length === 0) throw new Error(`bench/${name}.bench.mjs exited with ${r.status}: ${(r.stderr ?? "").trim().split("\n").slice(-3).join(" | ")}`);
  const rows = [];
  for (const j of lines) {
    if (name === "render" && j.medianMs) {
      // No outside baseline for drawing a graph: each format against the canonical JSON render of the
      // same graph (a serialisation, the cheapest output), so a slow renderer stands out.
      for (const k of ["mermaid", "dot", "html"])
        rows.push({
          metric: `render ${k} @${j.graphStages} nodes`,
          subjectValue: j.medianMs[k],
          baseline: "render json",
          baselineValue: j.medianMs.json,
          unit: "ms",
          ratio: j.medianMs[k] / j.medianMs.json,
          met: null,
          note: `${j.bytes?.[k]} B; ${j.runs} runs, median (render.bench.mjs)${k === "html" ? "; includes the elkjs layout" : ""}`,
        });
    } else if (name === "crash" && "violations" in j) {
      rows.push({
        metric: `kill -9/resume, ${j.cycles} cycles`,
        subjectValue: `${j.violations} violations`,
        ratio: NaN,
        target: "0 violations",
        met: j.violations === 0,
        note: `at most ${j.maxInFlightAtKill} calls in flight at a kill (re-executions are bounded by it; ≤ 16); ${j.runs} runs, ${j.requests} requests, ${j.reexecutions} re-executed; record ${j.perAgentRecordMicros} µs mean, ${j.perAgentRecordP99Micros} µs p99 (crash.bench.mjs)`,
      });
    } else rows.push({ metric: "output", ratio: NaN, met: null, note: JSON.stringify(j).slice(0, 400) });
  }
  return rows;
}

async function main() {
  if (!existsSync(join(root, "dist/index.mjs"))) throw new Error("dist/index.mjs is missing: run `npm run build` (npm run bench does)");
  ctx.dist = await import(pathToFileURL(join(root, "dist/index.mjs")).href);
  const found = readdirSync(join(root, "bench"))
    .filter((f) => f.endsWith(".bench.mjs"))
    .map((f) => f.slice(0, -".bench.mjs".length))
    .filter((n) => !SKIP.has(n));
  const names = [...ORDER.filter((n) => found.includes(n)), ...found.filter((n) => !ORDER.includes(n))].filter((n) => !only || only.has(n));
  const rows = [];
  const errors = [];
  const started = Date.now();
  for (const name of names) {
    const file = join(root, "bench", `${name}.bench.mjs`);
    process.stderr.write(`bench ${name}…\n`);
    const t0 = Date.now();
    try {
      // A module with a default export takes ctx and returns rows; anything else is a script that runs on
      // import and prints JSON lines (other helpers' render and crash benches), so it runs as a child.
      const rowsOf = /^export default /m.test(readFileSync(file, "utf8")) ? (await import(pathToFileURL(file).href)).default : (c) => runScript(c, name, file);
      for (const r of await rowsOf(ctx)) rows.push(checkRow({ bench: name, ...r }));
    } catch (e) {
      errors.push({ bench: name, error: e instanceof Error ? e.message : String(e) });
      rows.push({ bench: name, metric: "(failed)", ratio: NaN, met: null, note: e instanceof Error ? e.message : String(e) });
    }
    process.stderr.write(`  done in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  printTable(rows);
  const out = {
    when: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    quick,
    reps: ctx.reps,
    spawnReps: ctx.spawnReps,
    seconds: Math.round((Date.now() - started) / 1000),
    rows: rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "number" ? round(v, 4) : v]))),
    errors,
  };
  const path = join(root, "bench", "results.json");
  // `--only` refreshes just the benches it ran and keeps the other rows of the last results.json.
  if (only && existsSync(path)) {
    try {
      const prev = JSON.parse(readFileSync(path, "utf8"));
      out.rows = [...prev.rows.filter((r) => !names.includes(r.bench)), ...out.rows];
      out.errors = [...(prev.errors ?? []).filter((e) => !names.includes(e.bench)), ...out.errors];
      out.partial = { refreshed: names, previous: prev.when };
    } catch {
      // An unreadable previous file is simply replaced.
    }
  }
  writeFileSync(path, JSON.stringify(out, null, 2) + "\n");
  console.log(`\nwrote ${path.slice(root.length + 1)} (${rows.length} rows, ${out.seconds} s)`);
  return errors.length ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (e) {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  rmSync(ctx.tmp, { recursive: true, force: true });
}
process.exitCode = code;
