/**
 * The whole pipeline on one screen: parse → subset and names → meta → site ids → abstract
 * interpretation into a stage tree → bounds → canonical graph → checks → lints → suppressions.
 * A bad plan never throws: every phase returns what it could build plus diagnostics, and an
 * internal bug becomes one WF9001 diagnostic naming the phase.
 */
import { createHash } from "node:crypto";
import { readFileSync, existsSync } from "node:fs";
import { dirname, join as joinPath, resolve } from "node:path";
import type { Program } from "../grammar/ast.js";
import { parse } from "../grammar/parse.js";
import { SourceFile } from "./source.js";
import { Reporter } from "./report.js";
import type { Diagnostic } from "./diagnostics/types.js";
import { sortDiagnostics } from "./diagnostics/bag.js";
import { applySuppressions } from "./diagnostics/suppress.js";
import { checkSubset } from "./checks/subset.js";
import { checkCallCycles } from "./checks/call-cycles.js";
import { checkBudgets, type CiBudget } from "./checks/budgets.js";
import { extractMeta, type PlanMeta } from "./meta.js";
import { indexSites, type SiteIndex } from "./stage-ids.js";
import { analyze, type Effort } from "./analysis/analyze.js";
import { addReads } from "./analysis/stage.js";
import { computeBounds, toBounds } from "./bounds.js";
import { buildGraph } from "./graph/build.js";
import { hasCycle } from "graphology-dag";
import type { DirectedGraph } from "graphology";
import type { Bounds, StageGraphJson } from "./graph/types.js";
import { DEFAULT_PRICING, type Pricing } from "./pricing.js";
import { runLints } from "./lints/index.js";

export interface CompileOptions {
  pricing?: Pricing;
  effort?: Effort;
  /** CI policy from wfc.config.json `budget`. */
  ciBudget?: CiBudget;
  /** Rule severities from wfc.config.json `rules`. */
  rules?: Record<string, "off" | "warning" | "error">;
  /** Nesting depth (0 for a top-level plan): `workflow()` may nest one level. */
  depth?: number;
  /** Plans being compiled up the `workflow()` chain, for cross-file cycle detection. */
  chain?: string[];
  /**
   * Whether to build the stage graph (`graph`, `stageGraph`; default true): `plan`, `graph`, `diff`
   * and `run` read it. `check` does not: its diagnostics and bounds come from the analysis, so it
   * skips the graph's construction (5–10% of a compile of 1,000 stages).
   */
  graph?: boolean;
  /**
   * The plan's input, when it is known (`wfc plan --args`, `wfc run`): bounds are then proven for
   * exactly this input (a string's length, an array's items) instead of for every input `meta.args`
   * allows, so a plan whose `args` have no `maxLength` or `maxItems` can still be bounded and run.
   */
  args?: unknown;
}

export interface Compilation {
  file: SourceFile;
  program?: Program;
  meta?: PlanMeta;
  sites?: SiteIndex;
  graph?: StageGraphJson;
  /** The same graph in graphology, for passes that walk it (data and order edges between stages). */
  stageGraph?: DirectedGraph;
  bounds?: Bounds;
  diagnostics: Diagnostic[];
  /** Diagnostics silenced by `wfc-ignore` comments (kept for `--show-suppressed` and audits). */
  suppressed: Diagnostic[];
  hasErrors: boolean;
}

export function compileFile(path: string, options: CompileOptions = {}): Compilation {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const file = new SourceFile(path, "");
    const d: Diagnostic = { code: "WF0104", severity: "error", message: `cannot read \`${path}\`: ${(e as NodeJS.ErrnoException).code ?? "error"}`, span: { start: 0, end: 0 } };
    return { file, diagnostics: [d], suppressed: [], hasErrors: true };
  }
  return compileSource(path, text, options);
}

export function compileSource(path: string, text: string, options: CompileOptions = {}): Compilation {
  const file = new SourceFile(path, text);
  const r = new Reporter();
  let phase = "parse";
  const out: Compilation = { file, diagnostics: [], suppressed: [], hasErrors: false };
  try {
    const syntax = parse(text);
    r.diagnostics.push(...syntax.diagnostics);
    out.program = syntax.program;
    if (!r.hasErrors()) {
      phase = "names";
      checkSubset(syntax.program, r);
      phase = "meta";
      out.meta = extractMeta(syntax.program, r);
      phase = "sites";
      out.sites = indexSites(syntax.program);
      checkCallCycles(out.sites, r);
      if (!r.hasErrors() || onlyBoundsFriendly(r)) {
        phase = "analysis";
        const pricing = options.pricing ?? DEFAULT_PRICING;
        const analysis = analyze(syntax.program, text, out.meta, out.sites, r, {
          pricing,
          ...(options.effort ? { effort: options.effort } : {}),
          depth: options.depth ?? 0,
          ...(options.args !== undefined ? { args: options.args } : {}),
          loadWorkflow: (name) => loadNested(path, name, options),
        });
        phase = "bounds";
        const b = computeBounds(analysis.root, pricing, analysis.concurrency);
        out.bounds = toBounds(b.total);
        if (options.graph !== false) {
          phase = "graph";
          const hash = createHash("sha256").update(text).digest("hex");
          const plan = {
            name: out.meta?.name ?? "",
            description: out.meta?.description ?? "",
            phases: (out.meta?.phases ?? []).map((p) => ({ title: p.title, ...(p.detail ? { detail: p.detail } : {}) })),
            hash,
            ...(out.meta?.budget ? { budget: out.meta.budget } : {}),
            ...((options.effort ?? out.meta?.effort) ? { effort: options.effort ?? out.meta!.effort! } : {}),
          };
          addReads(analysis.root, analysis.returnFrom);
          const { json, graph } = buildGraph(analysis.root, b, file, plan);
          // Data and order edges follow execution order, so they can never form a cycle; one would
          // mean the analysis built a wrong graph, which must not reach `plan`, `diff` or `run`.
          if (hasCycle(graph)) throw new Error("the stage graph's edges form a cycle");
          out.graph = json;
          out.stageGraph = graph;
        }
        phase = "checks";
        checkBudgets({ bounds: out.bounds, meta: out.meta, concurrency: analysis.concurrency, ...(options.ciBudget ? { ci: options.ciBudget } : {}) }, r);
        phase = "lints";
        runLints({ program: syntax.program, source: text, ...(out.meta ? { meta: out.meta } : {}), sites: out.sites }, r, options.rules);
      }
    }
  } catch (e) {
    r.error("WF9001", { start: 0, end: 0 }, `internal error in the ${phase} phase: ${(e as Error).message ?? String(e)}`, {
      notes: [((e as Error).stack ?? "").split("\n").slice(0, 4).join("\n")],
      help: "this is a bug in wfc; please report it with the plan that triggered it",
    });
  }
  const { diagnostics, suppressed } = applySuppressions(file, out.program?.comments ?? [], applySeverities(r.diagnostics, options.rules));
  out.diagnostics = sortDiagnostics(diagnostics);
  out.suppressed = suppressed;
  out.hasErrors = out.diagnostics.some((d) => d.severity === "error");
  return out;
}

/** Name errors still leave a plan whose bounds are worth computing; syntax errors do not. */
function onlyBoundsFriendly(r: Reporter): boolean {
  return r.diagnostics.every((d) => d.severity !== "error" || /^WF(2|3|4)/.test(d.code) || d.code === "WF1003" || d.code === "WF1004" || d.code === "WF1005" || d.code === "WF1009");
}

function applySeverities(diags: Diagnostic[], rules: CompileOptions["rules"]): Diagnostic[] {
  if (!rules) return diags;
  const out: Diagnostic[] = [];
  for (const d of diags) {
    const s = rules[d.code];
    if (s === "off" && !/^WF(0|1|9)/.test(d.code)) continue;
    out.push(s && s !== "off" && !/^WF(0|1|9)/.test(d.code) ? { ...d, severity: s } : d);
  }
  return out;
}

function loadNested(parentPath: string, name: string, options: CompileOptions): { bounds: Bounds; error?: string; code?: string } | undefined {
  const dir = dirname(resolve(parentPath));
  const candidates = [joinPath(dir, `${name}.wf.js`), joinPath(dir, `${name}.js`)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) return undefined;
  const chain = [...(options.chain ?? [resolve(parentPath)])];
  if (chain.includes(found)) {
    // Report the cycle from its first member, so every file in it reports the same path.
    const from = chain.indexOf(found);
    const cycle = [...chain.slice(from), found].map((p) => "`" + p.split("/").pop() + "`").join(" → ");
    return { bounds: zeroBounds(), error: `workflows call each other in a cycle: ${cycle}`, code: "WF3001" };
  }
  if ((options.depth ?? 0) >= 1) return { bounds: zeroBounds() }; // WF3002 is reported at the call
  // Only the nested plan's bounds and diagnostics are read: no stage graph.
  const nested = compileFile(found, { ...options, depth: (options.depth ?? 0) + 1, chain: [...chain, found], graph: false });
  if (!nested.bounds || nested.hasErrors) {
    // A nesting or cycle problem in the child is the parent's problem too: pass its code through.
    const errors = nested.diagnostics.filter((d) => d.severity === "error");
    const structural = errors.find((d) => d.code === "WF3001" || d.code === "WF3002");
    const first = structural ?? errors[0];
    const where = first ? `${name}.wf.js:${nested.file.position(first.span.start).line}` : `${name}.wf.js`;
    return {
      bounds: nested.bounds ?? zeroBounds(),
      error: structural ? `${structural.message} (in \`${where}\`)` : `the nested plan \`${name}.wf.js\` has errors${first ? `: ${first.message} (\`${where}\`)` : ""}`,
      ...(structural ? { code: structural.code } : {}),
    };
  }
  return { bounds: nested.bounds };
}

function zeroBounds(): Bounds {
  return { agents: 0, inputTokens: 0, outputTokens: 0, usd: 0, latencyMs: 0, peakConcurrency: 0 };
}
