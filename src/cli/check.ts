import { compileFile } from "../../compiler/compile.js";
import { renderHuman, renderSummary } from "../../compiler/diagnostics/render/human.js";
import { renderConcise } from "../../compiler/diagnostics/render/concise.js";
import { renderJson } from "../../compiler/diagnostics/render/json.js";
import { renderSarif } from "../../compiler/diagnostics/render/sarif.js";
import { renderGithub } from "../../compiler/diagnostics/render/github.js";
import { resolve } from "node:path";
import { parse, oneOf, positiveNumber } from "./args.js";
import { expandPaths } from "./files.js";
import { loadContext } from "./context.js";
import { type Io, EXIT, UsageError, useColor } from "./io.js";
import { VERSION } from "./version.js";

export const checkHelp = `Usage: wfc check [paths…] [options]

Checks plans before anything runs: syntax, names, the sandbox, bounds, budgets, schemas and lints.
Paths are files, folders (every *.wf.js below them) or globs; default: the current folder.

Options:
  -f, --format <fmt>       human (default), concise, json, sarif, github
      --max-warnings <n>   fail when there are more than n warnings (default: no limit, or the config's)
      --effort <tier>      check as if run with --effort low|medium|high
  -c, --config <file>      use this wfc.config.json instead of the nearest one
  -h, --help               show this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 problems found, 2 usage error.
`;

export async function check(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: "string", short: "f" },
    "max-warnings": { type: "string" },
    effort: { type: "string" },
    config: { type: "string", short: "c" },
  });
  if (values["help"]) {
    io.stdout(checkHelp);
    return EXIT.ok;
  }
  const format = oneOf(values["format"], ["human", "concise", "json", "sarif", "github"] as const, "--format", "human");
  const effort = values["effort"] === undefined ? undefined : oneOf(values["effort"], ["low", "medium", "high"] as const, "--effort", "high");
  const ctx = await loadContext(io, values["config"] as string | undefined);
  if (!ctx) return EXIT.problems;
  const maxWarnings = positiveNumber(values["max-warnings"], "--max-warnings") ?? ctx.config.maxWarnings;
  const { files, missing } = expandPaths(io.cwd, positionals.length ? positionals : ["."]);
  if (missing.length) throw new UsageError(`no such file or no matching plan: ${missing.map((m) => "`" + m + "`").join(", ")}`);
  if (files.length === 0) throw new UsageError("no `*.wf.js` plans found");

  const reports = files.map((path) => {
    const c = compileFile(resolve(io.cwd, path), { ...ctx.compile, ...(effort ? { effort } : {}), graph: false });
    // Paths as the user gave them, relative to the cwd.
    return { compilation: c, report: { file: new (c.file.constructor as typeof import("../../compiler/source.js").SourceFile)(path, c.file.text), diagnostics: c.diagnostics, ...(c.bounds ? { bounds: c.bounds } : {}) } };
  });
  const all = reports.flatMap((r) => r.report.diagnostics);
  const color = useColor(io);
  switch (format) {
    case "human":
      for (const { report } of reports) if (report.diagnostics.length) io.stdout(renderHuman(report.file, report.diagnostics, { color }));
      io.stdout(all.length ? renderSummary(all, { color }) : `${files.length} plan${files.length === 1 ? "" : "s"} checked: no problems\n`);
      break;
    case "concise":
      for (const { report } of reports) io.stdout(renderConcise(report.file, report.diagnostics));
      break;
    case "json":
      io.stdout(renderJson(reports.map((r) => r.report)));
      break;
    case "sarif":
      io.stdout(renderSarif(reports.map((r) => r.report), { version: VERSION, root: io.cwd }));
      break;
    case "github":
      for (const { report } of reports) io.stdout(renderGithub(report.file, report.diagnostics, { root: io.cwd }));
      break;
  }
  const errors = all.filter((d) => d.severity === "error").length;
  const warnings = all.filter((d) => d.severity === "warning").length;
  if (errors > 0) return EXIT.problems;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    if (format === "human") io.stderr(`${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
