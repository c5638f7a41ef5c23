// Warm check of a 1,000-stage plan (~270 KB): parse + the full check as `wfc check` runs it
// (compileSource with `graph: false`: every diagnostic and the bounds, not the stage graph that only
// plan/graph/diff/run read) in one process, against acorn parsing the same text with locations,
// alternating, median of ≥ 7 (target ≤ 3×, perf-anchors §9.2–9.3: "within 3× of acorn"). The whole
// compile with the stage graph, as `wfc plan` and `wfc run` compile, is reported beside it. Also parse alone against acorn, and helper-7's bench/parse.bench.mjs in a
// child process as a cross-check (its own alternation, plus its cold-start numbers).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import * as acorn from "acorn";
import { genPlan } from "./gen-plan.mjs";

const ACORN = { ecmaVersion: "latest", sourceType: "module", allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true, locations: true };

export default async function check1000Warm(ctx) {
  const { parse, compileSource } = ctx.dist;
  const text = genPlan(1000);
  const kb = Math.round(Buffer.byteLength(text) / 1024);
  if (parse(text).diagnostics.length) throw new Error("genPlan(1000) does not parse");
  // Warm means steady state: no forced GC between runs. A forced full GC discards the hidden classes
  // of classes with no live instance (acorn's Node, our AST and analysis objects), so each run after
  // it re-optimises from scratch: acorn takes ~2.5× longer that way here, which flatters the ratio.
  // Those numbers are kept in the note.
  const steady = { warmup: 5, reps: Math.max(ctx.reps, 15), forceGc: false };
  const check = () => compileSource("bench.wf.js", text, { graph: false });
  const compile = () => compileSource("bench.wf.js", text);
  const acornParse = () => acorn.parse(text, ACORN);
  const full = await ctx.alternate(check, acornParse, steady);
  const withGraph = await ctx.alternate(compile, acornParse, steady);
  const alone = await ctx.alternate(() => parse(text), acornParse, steady);
  const fullGc = await ctx.alternate(check, acornParse, { warmup: 3 });
  const rows = [
    {
      metric: "parse+check 1000 stages, warm",
      subjectValue: full.subjectMs,
      baseline: "acorn+loc",
      baselineValue: full.baselineMs,
      unit: "ms",
      ratio: full.ratio,
      target: "≤ 3×",
      met: full.ratio <= 3,
      note: `${kb} KB; what \`wfc check\` runs: parse, names, meta, sites, analysis, bounds, budget checks, lints, suppressions (compileSource with graph: false); steady state; with a forced full GC before every run: ${ctx.round(fullGc.subjectMs, 0)} ms vs ${ctx.round(fullGc.baselineMs, 0)} ms = ${ctx.round(fullGc.ratio, 2)}×; §9.2 also sets ≤ 150 ms absolute warm: ${ctx.round(full.subjectMs, 0)} ms here`,
    },
    {
      metric: "parse+compile with the stage graph, 1000 stages, warm",
      subjectValue: withGraph.subjectMs,
      baseline: "acorn+loc",
      baselineValue: withGraph.baselineMs,
      unit: "ms",
      ratio: withGraph.ratio,
      target: null,
      met: null,
      note: "the check plus the stage graph (canonical JSON, graphology graph, its acyclicity check, the source hash): what `wfc plan`, `graph`, `diff` and `run` compile; steady state",
    },
    {
      metric: "parse alone 1000 stages, warm",
      subjectValue: alone.subjectMs,
      baseline: "acorn+loc",
      baselineValue: alone.baselineMs,
      unit: "ms",
      ratio: alone.ratio,
      target: "≤ 3×",
      met: alone.ratio <= 3,
      note: `${ctx.round(Buffer.byteLength(text) / 1e3 / alone.subjectMs, 2)} MB/s (§9.3 floor: ≥ 2 MB/s)`,
    },
  ];
  if (!ctx.quick) {
    const r = spawnSync(process.execPath, ["--expose-gc", join(ctx.root, "bench/parse.bench.mjs"), "--runs", "15"], { cwd: ctx.root, encoding: "utf8", maxBuffer: 16 << 20 });
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
    const warm = lines.find((l) => "parseMsMedian" in l);
    const cold = lines.find((l) => "coldNodeEmptyMsMedian" in l);
    if (r.status !== 0 || !warm) rows.push({ metric: "parse.bench.mjs (helper-7)", ratio: NaN, met: null, note: `failed: ${(r.stderr || "").slice(0, 300)}` });
    else {
      rows.push({ metric: "parse.bench.mjs: parse vs acorn", subjectValue: warm.parseMsMedian, baseline: "acorn+loc", baselineValue: warm.acornMsMedian, unit: "ms", ratio: warm.ratio, target: "≤ 3×", met: warm.ratio <= 3, note: `helper-7's bench in its own process, ${warm.runs} runs` });
      if (cold)
        rows.push({
          metric: "parse.bench.mjs: cold parse 10 stages",
          subjectValue: cold.coldParse10StagesMsMedian,
          baseline: "node -e 0",
          baselineValue: cold.coldNodeEmptyMsMedian,
          unit: "ms",
          ratio: cold.coldParse10StagesMsMedian / cold.coldNodeEmptyMsMedian,
          target: "≤ +100 ms",
          met: cold.parserStartupMs <= 100,
          note: `parser start-up ${cold.parserStartupMs} ms above node -e 0 (§9.4: ≤ 100 ms)`,
        });
    }
  }
  return rows;
}
