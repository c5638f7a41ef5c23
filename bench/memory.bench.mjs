// Memory: peak RSS and peak heapUsed of a process that compiles and runs a 1,000-agent fan-out on the
// simulator (latency 0, no journal), against a baseline process that only imports dist/index.mjs.
// Target: the run's peak RSS < 150 MB. Each measurement is its own child process (peak RSS cannot be
// reset inside one), alternating run/baseline, median of ≥ 7.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";

const CHILD = (distUrl, mode) => `
import * as wfc from ${JSON.stringify(distUrl)};
let peakHeap = process.memoryUsage().heapUsed;
const sample = () => { const h = process.memoryUsage().heapUsed; if (h > peakHeap) peakHeap = h; };
if (${JSON.stringify(mode)} === "run") {
  const timer = setInterval(sample, 2);
  const source = \`export const meta = {
  name: 'fan-out-1000',
  description: 'A 1,000-agent fan-out for the memory benchmark',
  args: { type: 'object', required: ['items'], properties: { items: { type: 'array', maxItems: 1000, items: { type: 'number' } } } },
  budget: { agents: 1000, concurrency: 16 },
  defaults: { model: 'haiku', attempts: 1 },
}
const FINDINGS = { type: 'object', required: ['items'], properties: { items: { type: 'array', maxItems: 5, items: { type: 'string', maxLength: 200 } } } }
const results = await parallel(args.items.map((i) => () => agent(\\\`Review item \\\${i}.\\\`, { label: 'item', model: 'haiku', schema: FINDINGS, maxTokens: 512 })))
return results.filter(Boolean).length
\`;
  const c = wfc.compileSource("fan-out-1000.wf.js", source);
  const r = await wfc.runPlan({
    path: "fan-out-1000.wf.js", source, program: c.program, sites: c.sites, graph: c.graph,
    provider: wfc.createSimProvider({ latency: 0 }), args: { items: Array.from({ length: 1000 }, (_, i) => i) },
    concurrency: 16, pricing: () => 0, modelFor: (a) => a ?? "claude-haiku",
  });
  clearInterval(timer);
  if (r.status !== "completed" || r.totals.agents !== 1000) { console.error(r.status, r.totals.agents, r.error?.message); process.exit(3); }
}
sample();
console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, peakHeap }));
`;

export default async function memory(ctx) {
  const distUrl = pathToFileURL(join(ctx.root, "dist/index.mjs")).href;
  const files = {};
  for (const mode of ["run", "import"]) {
    files[mode] = join(ctx.tmp, `memory-${mode}.mjs`);
    writeFileSync(files[mode], CHILD(distUrl, mode));
  }
  const measure = (mode) => {
    const r = spawnSync(process.execPath, [files[mode]], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`memory ${mode} child exited with ${r.status}: ${r.stderr.slice(0, 400)}`);
    return JSON.parse(r.stdout.trim().split("\n").pop());
  };
  const run = [];
  const base = [];
  for (let i = 0; i < ctx.spawnReps; i++) {
    if (i % 2 === 0) run.push(measure("run")), base.push(measure("import"));
    else base.push(measure("import")), run.push(measure("run"));
  }
  const mb = (x) => x / (1 << 20);
  const rss = ctx.median(run.map((x) => mb(x.maxRssKb * 1024)));
  const rssBase = ctx.median(base.map((x) => mb(x.maxRssKb * 1024)));
  const heap = ctx.median(run.map((x) => mb(x.peakHeap)));
  const heapBase = ctx.median(base.map((x) => mb(x.peakHeap)));
  return [
    {
      metric: "peak RSS, 1000-agent sim run",
      subjectValue: rss,
      baseline: "import dist only",
      baselineValue: rssBase,
      unit: "MB",
      ratio: rss / rssBase,
      target: "< 150 MB",
      met: rss < 150,
      note: `the run adds ${ctx.round(rss - rssBase, 1)} MB RSS over importing the library (compile + run, schema'd outputs, no journal); ${ctx.spawnReps} processes each`,
    },
    {
      metric: "peak heapUsed, 1000-agent sim run",
      subjectValue: heap,
      baseline: "import dist only",
      baselineValue: heapBase,
      unit: "MB",
      ratio: heap / heapBase,
      met: null,
      note: "sampled every 2 ms during the run",
    },
  ];
}
