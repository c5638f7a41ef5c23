import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderMermaid, renderDot, renderGraphJson, renderHtml } from "../../compiler/render/index.js";
import type { StageActuals } from "../../compiler/graph/types.js";
import { parse, oneOf } from "./args.js";
import { loadContext } from "./context.js";
import { compileOne, overLimit } from "./compile-one.js";
import { type Io, EXIT, UsageError } from "./io.js";
import { checkWritable } from "./files.js";
import { openJournal } from "../../runtime/journal/journal.js";

export const graphHelp = `Usage: wfc graph FILE [options]

Draws the plan's stage graph: phases, fan-outs with their widths, loops, retries, gates, models,
each stage's worst-case cost, and the critical path. A plan over its budget or a cap (WF32xx) is
still drawn, after those errors, with exit code 1; any other error stops it.

Options:
  -f, --format <fmt>    mermaid (default; renders in GitHub Markdown), dot (Graphviz), json (the
                        canonical stage graph), html (one self-contained page: pan, zoom, click a stage)
  -o, --output <file>   write to a file instead of stdout
      --report <file>   overlay what happened in a run (a report from \`wfc run --report\`)
      --run <id>        overlay a run from the journal
      --journal <file>  the journal for --run (default .wfc/journal.db, or the config's)
  -c, --config <file>   use this wfc.config.json
  -h, --help            show this help
`;

export async function graph(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" },
    report: { type: "string" },
    run: { type: "string" },
    journal: { type: "string" },
    config: { type: "string", short: "c" },
  });
  if (values["help"]) {
    io.stdout(graphHelp);
    return EXIT.ok;
  }
  const format = oneOf(values["format"], ["mermaid", "dot", "json", "html"] as const, "--format", "mermaid");
  const outPath = values["output"] ? checkWritable(io.cwd, values["output"] as string, "--output") : undefined;
  const ctx = await loadContext(io, values["config"] as string | undefined);
  if (!ctx) return EXIT.problems;
  // A plan over its budget or a cap is still drawn (it shows where), after the errors, with exit 1.
  const c = compileOne(io, positionals[0], ctx.compile, "graph", overLimit);
  if (!c?.graph) return EXIT.problems;
  const graphJson = { ...c.graph, plan: { ...c.graph.plan, path: positionals[0]! } };
  let actuals: Record<string, StageActuals> | undefined;
  if (values["report"]) {
    try {
      const report = JSON.parse(readFileSync(resolve(io.cwd, values["report"] as string), "utf8")) as { perStage?: Record<string, StageActuals> };
      if (!report.perStage || typeof report.perStage !== "object") throw new Error("it has no `perStage` section");
      actuals = report.perStage;
    } catch (e) {
      throw new UsageError(`cannot read the run report \`${values["report"]}\`: ${(e as Error).message}`);
    }
  } else if (values["run"]) {
    const j = openJournal(values["journal"] ? resolve(io.cwd, values["journal"] as string) : ctx.journalPath, { readonly: true });
    if (!j.ok) {
      io.stderr(`wfc: ${j.error.message}\n`);
      return EXIT.problems;
    }
    const run = j.journal.getRun(values["run"] as string);
    j.journal.close();
    if (!run.ok) {
      io.stderr(`wfc: ${run.error.message}\n`);
      return EXIT.problems;
    }
    // `wfc run` stores the per-stage actuals beside the failure census.
    const census = run.value.census as { perStage?: Record<string, StageActuals> } | null;
    actuals = census?.perStage;
    if (!actuals) {
      io.stderr(`wfc: run \`${values["run"]}\` has no per-stage record (it may still be running)\n`);
      return EXIT.problems;
    }
  }
  const opts = actuals ? { actuals } : {};
  const text = format === "mermaid" ? renderMermaid(graphJson, opts) : format === "dot" ? renderDot(graphJson, opts) : format === "json" ? renderGraphJson(graphJson, opts) : await renderHtml(graphJson, opts);
  if (outPath) {
    writeFileSync(outPath, text);
    io.stderr(`wrote ${values["output"]} (${format}, ${graphJson.stages.length} stages)\n`);
  } else io.stdout(text);
  return c.hasErrors ? EXIT.problems : EXIT.ok;
}
