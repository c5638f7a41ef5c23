// Scaling: is compile time per stage flat as plans grow? Per-stage compileSource time at a large plan
// against the same at 100 stages (target: within 2×, perf-anchors §9.13's "no super-linear paths").
// Each size is timed phase by phase (the phases compileSource runs, in its order, through the internals
// bundle), so a miss names the phase that grows.
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { genPlan } from "./gen-plan.mjs";

/**
 * Runs compileSource's phases one by one on `text` and returns ms per phase. Mirrors
 * compiler/compile.ts (parse → names → meta → sites → analysis → bounds → graph → checks → lints →
 * suppressions); `budgetMs` stops after the phase that crosses it (the rest are reported missing), so a
 * runaway phase cannot hang the suite.
 */
export function timePhases(I, text, { budgetMs = Infinity, onPhase } = {}) {
  const ms = {};
  let spent = 0;
  const step = (name, f) => {
    if (spent > budgetMs) return undefined;
    const t0 = performance.now();
    const v = f();
    ms[name] = performance.now() - t0;
    spent += ms[name];
    onPhase?.(name, ms[name]);
    return v;
  };
  const file = new I.SourceFile("bench.wf.js", text);
  const r = new I.Reporter();
  const syntax = step("parse", () => I.parse(text));
  if (syntax.diagnostics.length) throw new Error(`the generated plan has syntax errors: ${syntax.diagnostics[0].message}`);
  step("names", () => I.checkSubset(syntax.program, r));
  const meta = step("meta", () => I.extractMeta(syntax.program, r));
  const sites = step("sites", () => {
    const s = I.indexSites(syntax.program);
    I.checkCallCycles(s, r);
    return s;
  });
  const analysis = step("analysis", () => I.analyze(syntax.program, text, meta, sites, r, { pricing: I.DEFAULT_PRICING, depth: 0, loadWorkflow: () => undefined }));
  const b = analysis && step("bounds", () => I.computeBounds(analysis.root, I.DEFAULT_PRICING, analysis.concurrency));
  const graph = b && step("graph", () => {
    const plan = { name: meta?.name ?? "", description: "", phases: [], hash: createHash("sha256").update(text).digest("hex") };
    return I.buildGraph(analysis.root, b, file, plan).json;
  });
  graph && step("checks", () => I.checkBudgets({ bounds: I.toBounds(b.total), meta, concurrency: analysis.concurrency }, r));
  graph && step("lints", () => I.runLints({ program: syntax.program, source: text, meta, sites }, r));
  graph && step("suppress", () => I.applySuppressions(file, syntax.program.comments ?? [], r.diagnostics));
  const total = Object.values(ms).reduce((a, x) => a + x, 0);
  return { ms, total, complete: !!graph && "suppress" in ms, stages: graph?.stages.length, edges: graph?.edges.length };
}

/** Median per phase over `reps` runs (after one warm-up). */
export function medianPhases(ctx, I, text, reps, opts) {
  timePhases(I, text, opts);
  const runs = [];
  for (let i = 0; i < reps; i++) {
    ctx.gc();
    runs.push(timePhases(I, text, opts));
  }
  const names = Object.keys(runs[0].ms);
  const ms = Object.fromEntries(names.map((n) => [n, ctx.median(runs.map((x) => x.ms[n] ?? NaN))]));
  return { ms, total: ctx.median(runs.map((x) => x.total)), complete: runs.every((x) => x.complete), stages: runs[0].stages, edges: runs[0].edges };
}

export default async function scaling(ctx) {
  const I = await ctx.internals();
  const small = 100;
  const sizes = [1000, 10000];
  const base = medianPhases(ctx, I, genPlan(small), ctx.reps);
  const perStage = (p, n) => p.total / n;
  const rows = [];
  for (const n of sizes) {
    // genPlan(10000) is 2.7 MB and one compile takes ~10 s here, so fewer repetitions at that size.
    const reps = n <= 1000 ? Math.min(ctx.reps, 5) : ctx.quick ? 1 : 3;
    const p = medianPhases(ctx, I, genPlan(n), reps, { budgetMs: 120_000 });
    const ratio = perStage(p, n) / perStage(base, small);
    // The phases that cost most at this size, and how their per-stage cost compares with 100 stages.
    const growth = Object.keys(p.ms)
      .map((k) => [k, p.ms[k] / n / (base.ms[k] / small), p.ms[k]])
      .sort((a, b) => b[2] - a[2]);
    rows.push({
      metric: `compile ms/stage @${n} vs @${small}`,
      subject: `${n} stages (${p.stages} graph nodes)`,
      subjectValue: perStage(p, n),
      baseline: `${small} stages`,
      baselineValue: perStage(base, small),
      unit: "ms",
      ratio,
      target: n === 10000 ? "≤ 2×" : undefined,
      met: n === 10000 ? p.complete && ratio <= 2 : null,
      note: `${n} stages → ${p.stages} graph nodes, ${p.edges} edges, ${reps} run(s); biggest phases: ${growth
        .slice(0, 3)
        .map(([k, g, t]) => `${k} ${ctx.round(t, 0)} ms (${ctx.round(g, 1)}× its per-stage cost at ${small})`)
        .join(", ")}${p.complete ? "" : "; STOPPED EARLY: the phases exceeded 120 s"}`,
      phases: Object.fromEntries(Object.entries(p.ms).map(([k, v]) => [k, ctx.round(v, 1)])),
    });
  }
  return rows;
}
