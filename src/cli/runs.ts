import { parse, oneOf } from "./args.js";
import { loadContext } from "./context.js";
import { type Io, EXIT, UsageError } from "./io.js";
import { openJournal } from "../../runtime/journal/journal.js";
import { resolve } from "node:path";
import { existsSync } from "node:fs";

export const runsHelp = `Usage: wfc runs [options]
       wfc runs show RUN_ID [--format text|json]

Lists the runs in the journal (status, plan, started, agents, tokens, USD), or shows one run's
census, usage and final answer. Resume one with \`wfc run FILE --resume RUN_ID\`.

Options:
      --journal <file>     the journal database (default .wfc/journal.db, or the config's)
  -n, --limit <n>          how many runs to list (default 20)
  -f, --format <fmt>       text (default) or json
  -c, --config <file>      use this wfc.config.json
  -h, --help               show this help
`;

export async function runs(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { journal: { type: "string" }, limit: { type: "string", short: "n" }, format: { type: "string", short: "f" }, config: { type: "string", short: "c" } });
  if (values["help"]) {
    io.stdout(runsHelp);
    return EXIT.ok;
  }
  const format = oneOf(values["format"], ["text", "json"] as const, "--format", "text");
  const ctx = await loadContext(io, values["config"] as string | undefined);
  if (!ctx) return EXIT.problems;
  const path = values["journal"] ? resolve(io.cwd, values["journal"] as string) : ctx.journalPath;
  if (!existsSync(path)) {
    io.stderr(`wfc runs: no journal at ${path}: nothing has run here yet\n`);
    return EXIT.problems;
  }
  const opened = openJournal(path, { readonly: true });
  if (!opened.ok) {
    io.stderr(`wfc runs: ${opened.error.message}\n`);
    return EXIT.problems;
  }
  const j = opened.journal;
  try {
    if (positionals[0] === "show") {
      const id = positionals[1];
      if (!id) throw new UsageError("give a run id: `wfc runs show RUN_ID`");
      const r = j.getRun(id);
      if (!r.ok) {
        io.stderr(`wfc runs: ${r.error.message}\n`);
        return EXIT.problems;
      }
      const run = r.value;
      if (format === "json") {
        io.stdout(JSON.stringify(run, null, 2) + "\n");
        return EXIT.ok;
      }
      const census = (run.census as { failures?: { stageId: string; index: number[]; errorClass: string; message: string; attempts: number }[] } | null)?.failures ?? [];
      const t = run.totals;
      io.stdout(`run ${run.runId}: ${run.effectiveStatus ?? run.status}\nplan ${run.planName ?? ""} (${run.planPath}), provider ${run.provider}, started ${new Date(run.startedAt).toISOString()}${run.resumes ? `, resumed ${run.resumes}×` : ""}\n`);
      if (t) io.stdout(`usage: ${t.agents} agent calls (${t.replayed} replayed), ${t.inputTokens} input + ${t.outputTokens} output tokens, $${t.usd.toFixed(4)}\n`);
      io.stdout(`failures (census): ${census.length}\n`);
      for (const f of census) io.stdout(`  ${f.stageId}${f.index?.length ? `[${f.index.join(",")}]` : ""}: ${f.errorClass}: ${f.message} (${f.attempts} attempts)\n`);
      io.stdout(`answer:\n${typeof run.result === "string" ? run.result : JSON.stringify(run.result, null, 2)}\n`);
      return EXIT.ok;
    }
    if (positionals.length) throw new UsageError(`unknown subcommand \`${positionals[0]}\`; use \`wfc runs\` or \`wfc runs show RUN_ID\``);
    const limit = values["limit"] === undefined ? 20 : Number(values["limit"]);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError("`--limit` must be a positive whole number");
    const list = j.listRuns({ limit });
    if (format === "json") {
      io.stdout(JSON.stringify(list, null, 2) + "\n");
      return EXIT.ok;
    }
    if (!list.length) {
      io.stdout("no runs yet\n");
      return EXIT.ok;
    }
    const rows = [["run", "status", "plan", "started", "agents", "tokens", "USD"], ...list.map((r) => [r.runId, r.status, r.planName ?? r.planPath, new Date(r.startedAt).toISOString().slice(0, 16).replace("T", " "), String(r.agents), String(r.inputTokens + r.outputTokens), r.usd.toFixed(4)])];
    const w = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
    for (const row of rows) io.stdout(row.map((c, i) => (i >= 4 ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join("  ") + "\n");
    return EXIT.ok;
  } finally {
    j.close();
  }
}
