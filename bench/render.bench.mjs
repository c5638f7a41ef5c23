// Graph rendering speed: compiles a generated 1,000-stage plan (bench/gen-plan.mjs) with the built
// library and times each `wfc graph` format on its stage graph: Mermaid, DOT, canonical JSON and the
// HTML page (which includes the elkjs layout, and dominates). Median of 5 runs after one warm-up,
// in milliseconds, with output sizes; prints one JSON line.
//
// A plan that large exceeds its declared budget and the 1,000-agent cap, so the compilation carries
// budget errors; those are expected and reported as a count. The graph is built regardless.
//
//   npm run build && node bench/render.bench.mjs [--stages 1000] [--runs 5]
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { genPlan } from "./gen-plan.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const STAGES = arg("stages", 1000);
const RUNS = Math.max(1, arg("runs", 5));

const dist = join(root, "dist/index.mjs");
if (!existsSync(dist)) {
  console.error("bench/render.bench.mjs: dist/index.mjs is missing; run `npm run build` first");
  process.exit(2);
}
const { compileSource, renderMermaid, renderDot, renderGraphJson, renderHtml } = await import(pathToFileURL(dist).href);

const text = genPlan(STAGES);
const t0 = performance.now();
const compiled = compileSource(`bench/generated-${STAGES}.wf.js`, text);
const compileMs = performance.now() - t0;
const graph = compiled.graph;
if (!graph) {
  const errors = compiled.diagnostics.filter((d) => d.severity === "error").slice(0, 3);
  console.error(`bench/render.bench.mjs: the generated plan produced no stage graph: ${JSON.stringify(errors)}`);
  process.exit(1);
}
const errorCodes = [...new Set(compiled.diagnostics.filter((d) => d.severity === "error").map((d) => d.code))].sort();

async function time(render) {
  let out = await render(); // warm-up: JIT, and elkjs's one-time load for HTML
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    out = await render();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { ms: round(samples[Math.floor(samples.length / 2)]), bytes: Buffer.byteLength(out) };
}
const round = (x) => Math.round(x * 10) / 10;

const mermaid = await time(() => renderMermaid(graph));
const dot = await time(() => renderDot(graph));
const json = await time(() => renderGraphJson(graph));
const html = await time(() => renderHtml(graph));

console.log(
  JSON.stringify({
    bench: "render",
    planStages: STAGES,
    graphStages: graph.stages.length,
    edges: graph.edges.length,
    compileMs: round(compileMs),
    compileErrors: errorCodes,
    runs: RUNS,
    medianMs: { mermaid: mermaid.ms, dot: dot.ms, json: json.ms, html: html.ms },
    bytes: { mermaid: mermaid.bytes, dot: dot.bytes, json: json.bytes, html: html.bytes },
    node: process.version,
  }),
);
