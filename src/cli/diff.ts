import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { compileSource, type Compilation } from "../../compiler/compile.js";
import { diffGraphs, evaluatePolicy, parseFailOn, renderDiffText, renderDiffMarkdown, renderDiffJson, DEFAULT_PRICES } from "../../compiler/diff/index.js";
import { renderHuman } from "../../compiler/diagnostics/render/human.js";
import { SourceFile } from "../../compiler/source.js";
import { parse, oneOf, positiveNumber } from "./args.js";
import { loadContext } from "./context.js";
import { type Io, EXIT, UsageError, useColor } from "./io.js";

export const diffHelp = `Usage: wfc diff OLD NEW [options]
       wfc diff FILE --git REV [options]

Shows what a plan change means: stages added, removed and changed (prompt words, schema fields,
options, phases), edges, the worst-case cost before and after, and named risks (gate removed,
fan-out widened, model upgraded, verification removed, …). Stages are matched by their stable ids,
so moving code around is not a change.

Options:
  -f, --format <fmt>           text (default), markdown (for a pull-request comment), json
      --git <rev>              compare FILE with its version at a git revision
      --fail-on <classes>      exit 1 when any of these risk classes appear (comma-separated, or "all")
      --max-usd-increase <n>   exit 1 when the worst-case cost rises by more than n dollars
  -c, --config <file>          use this wfc.config.json
  -h, --help                   show this help

As a git diff driver:  git config diff.wfc.textconv "wfc graph --format json"  is not needed;
use  git difftool -x 'wfc diff' -y  or  wfc diff FILE --git HEAD.
`;

export async function diff(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: "string", short: "f" },
    git: { type: "string" },
    "fail-on": { type: "string" },
    "max-usd-increase": { type: "string" },
    config: { type: "string", short: "c" },
  });
  if (values["help"]) {
    io.stdout(diffHelp);
    return EXIT.ok;
  }
  const format = oneOf(values["format"], ["text", "markdown", "json"] as const, "--format", "text");
  // Policy flags are checked before any work, so a usage error never comes with a diff on stdout.
  const failOnRaw = values["fail-on"] as string | undefined;
  const maxUsd = positiveNumber(values["max-usd-increase"], "--max-usd-increase");
  let policy: Parameters<typeof evaluatePolicy>[1] | undefined;
  if (failOnRaw !== undefined || maxUsd !== undefined) {
    const parsed = failOnRaw !== undefined ? parseFailOn(failOnRaw) : { failOn: [], errors: [] };
    if (parsed.errors.length) throw new UsageError(parsed.errors.join("; "));
    policy = { failOn: parsed.failOn, ...(maxUsd !== undefined ? { maxUsdIncrease: maxUsd } : {}) };
  }
  const ctx = await loadContext(io, values["config"] as string | undefined);
  if (!ctx) return EXIT.problems;
  let oldText: string;
  let newText: string;
  let oldPath: string;
  let newPath: string;
  if (values["git"] !== undefined) {
    if (positionals.length !== 1) throw new UsageError("with `--git REV`, give exactly one plan file");
    newPath = positionals[0]!;
    oldPath = `${newPath}@${values["git"]}`;
    newText = readText(io, newPath);
    const abs = resolve(io.cwd, newPath);
    try {
      const top = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: dirname(abs), encoding: "utf8" }).trim();
      oldText = execFileSync("git", ["show", `${values["git"]}:${relative(top, abs)}`], { cwd: top, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      const msg = ((e as { stderr?: string }).stderr ?? (e as Error).message).toString().trim().split("\n")[0];
      throw new UsageError(`cannot read \`${newPath}\` at \`${values["git"]}\`: ${msg}`);
    }
  } else {
    if (positionals.length !== 2) throw new UsageError("give two plan files: `wfc diff OLD NEW`, or one with `--git REV`");
    [oldPath, newPath] = positionals as [string, string];
    oldText = readText(io, oldPath);
    newText = readText(io, newPath);
  }
  const before = compileSource(oldPath, oldText, ctx.compile);
  const after = compileSource(newPath, newText, ctx.compile);
  if (!report(io, before) || !report(io, after)) return EXIT.problems;
  // Price "model upgraded" with the same table the bounds use (config overrides included).
  const prices = Object.fromEntries(Object.entries(ctx.pricing.prices).map(([id, p]) => [id, { input: p.inputPerMTok, output: p.outputPerMTok }]));
  const d = diffGraphs(before.graph!, after.graph!, { prices: { ...DEFAULT_PRICES, ...prices } });
  io.stdout(format === "json" ? renderDiffJson(d) : format === "markdown" ? renderDiffMarkdown(d) : renderDiffText(d, { color: useColor(io) }));
  if (policy) {
    const result = evaluatePolicy(d, policy);
    if (result.failed) {
      for (const reason of result.reasons) io.stderr(`wfc diff: ${reason}\n`);
      return EXIT.problems;
    }
  }
  return EXIT.ok;
}

function readText(io: Io, path: string): string {
  try {
    return readFileSync(resolve(io.cwd, path), "utf8");
  } catch {
    throw new UsageError(`no such file: \`${path}\``);
  }
}

function report(io: Io, c: Compilation): boolean {
  const errors = c.diagnostics.filter((d) => d.severity === "error");
  if (!errors.length && c.graph) return true;
  if (c.graph) {
    // A change that breaks a budget is exactly what a reviewer needs to see: diff it, and say so.
    io.stderr(`note: \`${c.file.path}\` has ${errors.length} error(s) (\`wfc check ${c.file.path}\` lists them); diffing its graph anyway\n`);
    return true;
  }
  io.stderr(renderHuman(new SourceFile(c.file.path, c.file.text), errors, { color: useColor(io) }));
  io.stderr(`\`${c.file.path}\` has errors; \`wfc diff\` compares plans that check clean\n`);
  return false;
}
