import { readFileSync, writeFileSync, createWriteStream, existsSync } from "node:fs";
import { dirname, resolve, basename } from "node:path";
import { parse, oneOf, positiveNumber } from "./args.js";
import { loadContext } from "./context.js";
import { compileOne, planFile } from "./compile-one.js";
import { type Io, EXIT, UsageError } from "./io.js";
import { checkWritable, readArgs } from "./files.js";
import { parse as parsePlan } from "../../grammar/parse.js";
import { indexSites } from "../../compiler/stage-ids.js";
import { compileFile } from "../../compiler/compile.js";
import { EFFORT_CAPS } from "../../compiler/analysis/analyze.js";
import { priceOf, resolveModel, usdFor } from "../../compiler/pricing.js";
import { createSimProvider } from "../../runtime/providers/sim.js";
import { createAnthropicProvider } from "../../runtime/providers/anthropic.js";
import { openJournal } from "../../runtime/journal/journal.js";
import { runPlan } from "../../runtime/run.js";
import { journalStore } from "../../runtime/journal-store.js";
import { progressSink, jsonlSink, teeSinks, type EventSink } from "../../runtime/events.js";
import { validateOutput, canonicalJson } from "../../runtime/providers/schema.js";

export const runHelp = `Usage: wfc run FILE [options]

Runs exactly the checked stage graph: at most 16 agents at once (critical path first), each with a
token budget and a typed return; failures are quarantined with their causes, every result is
journalled so a crashed or stopped run resumes without paying twice. Without ANTHROPIC_API_KEY the
run uses the deterministic simulated provider (no network) and says so. The plan is compiled for the
args it is given, so its bounds (which the run enforces) are proven for exactly this input.

Options:
      --args <json|@file>    the plan's input (JSON text, or @path to a JSON file)
      --provider <name>      sim or anthropic (default: anthropic when ANTHROPIC_API_KEY is set, else sim)
      --seed <n>             seed of the simulated provider (default 1)
      --concurrency <n>      at most n agents at once (default and maximum 16)
      --effort <tier>        low, medium or high: caps fan-out and concurrency
      --max-usd <n>          stop starting agents once the next could pass n dollars
      --max-tokens <n>       stop starting agents once the next could pass n tokens
      --resume <run-id>      resume a run: recorded results are replayed, never paid for again
      --journal <file>       the journal database (default .wfc/journal.db, or the config's)
      --no-journal           do not record the run
      --report <file>        write the run report (status, census, per-stage usage, bounds vs actuals)
      --events <file>        write every event as JSON lines
      --quiet                no progress output
  -c, --config <file>        use this wfc.config.json
  -h, --help                 show this help

Exit codes: 0 completed, 1 degraded or failed (the report says why), 2 usage error.
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    args: { type: "string" },
    provider: { type: "string" },
    seed: { type: "string" },
    concurrency: { type: "string" },
    effort: { type: "string" },
    "max-usd": { type: "string" },
    "max-tokens": { type: "string" },
    resume: { type: "string" },
    journal: { type: "string" },
    "no-journal": { type: "boolean" },
    report: { type: "string" },
    events: { type: "string" },
    quiet: { type: "boolean" },
    config: { type: "string", short: "c" },
  });
  if (values["help"]) {
    io.stdout(runHelp);
    return EXIT.ok;
  }
  const ctx = await loadContext(io, values["config"] as string | undefined);
  if (!ctx) return EXIT.problems;
  const effort = values["effort"] === undefined ? undefined : oneOf(values["effort"], ["low", "medium", "high"] as const, "--effort", "high");
  const apiKey = io.env["ANTHROPIC_API_KEY"];
  const providerName = oneOf(values["provider"], ["sim", "anthropic"] as const, "--provider", apiKey ? "anthropic" : "sim");
  if (providerName === "anthropic" && !apiKey) throw new UsageError("`--provider anthropic` needs ANTHROPIC_API_KEY in the environment");
  const concurrency = positiveNumber(values["concurrency"], "--concurrency");
  if (concurrency !== undefined && (concurrency < 1 || concurrency > 16 || !Number.isInteger(concurrency))) throw new UsageError("`--concurrency` must be a whole number from 1 to 16");
  const seedRaw = values["seed"] as string | undefined;
  const seed = seedRaw === undefined ? 1 : Number(seedRaw);
  if (!Number.isFinite(seed)) throw new UsageError("`--seed` must be a number");
  let args = readArgs(io, values["args"] as string | undefined);
  // Outputs are checked before the run, so a typo in a path never costs a run.
  const reportPath = values["report"] ? checkWritable(io.cwd, values["report"] as string, "--report") : undefined;
  const eventsPath = values["events"] ? checkWritable(io.cwd, values["events"] as string, "--events") : undefined;
  let seedUsed = seed;

  const path = positionals[0];
  // Fail on a missing plan before a journal is opened; the plan is compiled once its args are known.
  planFile(io, path, "run");
  let planChanged: string | undefined;

  // The journal: every result recorded before it is used, so a crash never loses a paid-for answer.
  let store: ReturnType<typeof journalStore> | undefined;
  let runId: string | undefined;
  const journalPath = values["journal"] ? resolve(io.cwd, values["journal"] as string) : ctx.journalPath;
  let journal: Extract<ReturnType<typeof openJournal>, { ok: true }>["journal"] | undefined;
  const stop = new AbortController();
  if (!values["no-journal"]) {
    if (values["resume"] && !existsSync(journalPath)) {
      io.stderr(`wfc run: no journal at ${journalPath}, so there is no run \`${values["resume"]}\` to resume\n`);
      return EXIT.problems;
    }
    const opened = openJournal(journalPath);
    if (!opened.ok) {
      io.stderr(`wfc run: ${opened.error.message}\n`);
      return EXIT.problems;
    }
    journal = opened.journal;
    if (values["resume"]) {
      runId = values["resume"] as string;
      const existing = journal.getRun(runId);
      if (!existing.ok) {
        io.stderr(`wfc run: ${existing.error.message}\n`);
        journal.close();
        return EXIT.problems;
      }
      // A resume runs with the run's own args and seed: other inputs would make other calls.
      if (values["args"] !== undefined && canonicalJson(args) !== canonicalJson(existing.value.args ?? {})) {
        io.stderr(`wfc run: run ${runId} was started with other --args; resume it without --args, or start a new run\n`);
        journal.close();
        return EXIT.usage;
      }
      args = existing.value.args ?? {};
      if (seedRaw === undefined && typeof existing.value.seed === "number") seedUsed = existing.value.seed;
      planChanged = existing.value.planHash;
    }
  }
  // Compiled for these args: the bounds are proven for this input, which also bounds a plan whose
  // `meta.args` leave a size open (a string without `maxLength`).
  const c = compileOne(io, path, { ...ctx.compile, ...(effort ? { effort } : {}), args }, "run");
  if (!c?.graph || !c.program || !c.sites) {
    journal?.close();
    return EXIT.problems;
  }
  if (planChanged !== undefined && planChanged !== c.graph.plan.hash && !values["quiet"]) io.stderr(`wfc run: the plan changed since run ${runId}; only stages whose calls changed run again\n`);
  // The bounds were proven for inputs that match `meta.args`: refuse others before recording anything.
  if (c.meta?.args) {
    const check = validateOutput(c.meta.args, args);
    if (!check.ok) {
      journal?.close();
      throw new UsageError(`the args do not match the plan's \`meta.args\`: ${check.issues.slice(0, 5).join("; ")}`);
    }
  }
  if (journal) {
    if (!runId) runId = journal.createRun({ planPath: path!, planHash: c.graph.plan.hash, planName: c.graph.plan.name, args, seed: seedUsed, provider: providerName === "anthropic" ? "anthropic" : "sim", bounds: c.graph.bounds });
    const lease = journal.acquireLease(runId);
    if (!lease.ok) {
      io.stderr(`wfc run: ${lease.error.message}\n`);
      journal.close();
      return EXIT.problems;
    }
    store = journalStore(journal, runId, lease.value.token, (message) => {
      io.stderr(`wfc run: lost the lease on run ${runId} to another process (${message}); stopping without sending more calls\n`);
      stop.abort();
    });
    if (!values["quiet"]) io.stderr(`wfc run: run ${runId} (journal ${basename(journalPath)})\n`);
  }

  const provider =
    providerName === "anthropic"
      ? createAnthropicProvider({
          apiKey: apiKey!,
          modelAliases: ctx.pricing.aliases,
          ...(io.env["ANTHROPIC_BASE_URL"] ? { baseURL: io.env["ANTHROPIC_BASE_URL"] } : {}),
          // The lease is checked at the last moment before bytes leave (and on every SDK retry): a
          // process paused past its lease must not send what the run's new holder now owns.
          fetch: (input, init) => {
            try {
              store?.beforeCall();
            } catch (e) {
              return Promise.reject(new DOMException((e as Error).message, "AbortError"));
            }
            return globalThis.fetch(input, init);
          },
        })
      : createSimProvider({ seed: seedUsed, ...((ctx.config.provider?.sim ?? {}) as object) });
  if (provider.simulated && !values["quiet"]) io.stderr(`wfc run: SIMULATED provider (seed ${seedUsed}): no API calls are made; outputs are synthetic\n`);

  const eventsOut = eventsPath ? createWriteStream(eventsPath) : undefined;
  eventsOut?.on("error", (e) => io.stderr(`wfc run: writing --events failed: ${e.message}\n`));
  const events = makeEventSink(io, eventsOut, !!values["quiet"]);
  const budget = {
    ...(c.meta?.budget?.usd !== undefined ? { usd: c.meta.budget.usd } : {}),
    ...(c.meta?.budget?.tokens !== undefined ? { tokens: c.meta.budget.tokens } : {}),
    ...(values["max-usd"] !== undefined ? { usd: positiveNumber(values["max-usd"], "--max-usd")! } : {}),
    ...(values["max-tokens"] !== undefined ? { tokens: positiveNumber(values["max-tokens"], "--max-tokens")! } : {}),
  };
  const result = await runPlan({
    path: path!,
    source: c.file.text,
    program: c.program,
    sites: c.sites,
    graph: c.graph,
    provider,
    args,
    seed: seedUsed,
    signal: stop.signal,
    // `--effort` is the plan's tier (it caps fan-out, checked above, and concurrency), not an agent option.
    ...(concurrency !== undefined || effort ? { concurrency: Math.min(concurrency ?? 16, effort ? EFFORT_CAPS[effort].concurrency : 16) } : {}),
    budget,
    pricing: (model: string, usage: { inputTokens: number; outputTokens: number; cacheReadTokens?: number; cacheWriteTokens?: number }) =>
      usdFor(priceOf(ctx.pricing, resolveModel(ctx.pricing, model)), usage.inputTokens, usage.outputTokens, usage.cacheReadTokens ?? 0, usage.cacheWriteTokens ?? 0),
    modelFor: (alias: string | undefined) => resolveModel(ctx.pricing, alias ?? c.meta?.defaults?.model ?? "sonnet"),
    ...(store ? { store } : {}),
    ...(runId ? { runId } : {}),
    onEvent: events.sink,
    loadWorkflow: async (name: string) => loadNested(resolve(io.cwd, path!), name, ctx.compile) ?? `no checked plan named \`${name}.wf.js\` beside ${path}`,
  });
  events.flush();
  eventsOut?.end();

  if (store?.lost) {
    // Another process owns the run now: it records the outcome; this one must not overwrite it.
    store.release();
    journal?.close();
    return EXIT.problems;
  }
  if (journal && runId && store) {
    journal.finishRun(runId, { status: result.status, result: result.result, census: { failures: result.census, rejected: result.rejected, perStage: result.perStage }, totals: totalsOf(result) });
    store.release();
    journal.close();
  }
  const report = { runId: runId ?? null, plan: { name: c.graph.plan.name, path, hash: c.graph.plan.hash }, ...result, bounds: c.graph.bounds };
  if (reportPath) {
    try {
      writeFileSync(reportPath, JSON.stringify(report, null, 2) + "\n");
    } catch (e) {
      io.stderr(`wfc run: could not write the report to ${values["report"]}: ${(e as Error).message}\n`);
    }
  }

  const summary = `${result.status}: ${result.totals.agents} agent calls (${result.totals.replayed} replayed from the journal), ${result.totals.inputTokens + result.totals.outputTokens} tokens, $${result.totals.usd.toFixed(4)}${result.simulated ? " [simulated]" : ""}; bound was ${c.graph.bounds.agents} agents, $${c.graph.bounds.usd.toFixed(2)}`;
  if (!values["quiet"]) io.stderr(`wfc run: ${summary}\n`);
  if (result.census.length && !values["quiet"]) {
    io.stderr(`wfc run: ${result.census.length} quarantined failure(s):\n`);
    for (const f of result.census.slice(0, 20)) io.stderr(`  ${f.stageId}${f.index.length ? `[${f.index.join(",")}]` : ""}: ${f.errorClass}: ${f.message} (${f.attempts} attempt${f.attempts === 1 ? "" : "s"})\n`);
    if (result.census.length > 20) io.stderr(`  … ${result.census.length - 20} more in the report\n`);
  }
  if (result.rejected.length && !values["quiet"]) io.stderr(`wfc run: ${result.rejected.length} value(s) rejected by gates (see the report's \`rejected\`)\n`);
  if (result.error) io.stderr(`wfc run: ${result.error.message}\n`);
  if (result.status !== "failed") io.stdout(typeof result.result === "string" ? result.result + "\n" : JSON.stringify(result.result ?? null, null, 2) + "\n");
  return result.status === "completed" ? EXIT.ok : EXIT.problems;
}

function totalsOf(r: { totals: { agents: number; inputTokens: number; outputTokens: number; usd: number; ms: number; replayed: number }; census: unknown[] }) {
  // `agents` counts every agent result of the run, whichever process paid for it.
  return { agents: r.totals.agents + r.totals.replayed, succeeded: r.totals.agents + r.totals.replayed - r.census.length, failed: r.census.length, quarantined: r.census.length, replayed: r.totals.replayed, inputTokens: r.totals.inputTokens, outputTokens: r.totals.outputTokens, usd: r.totals.usd, ms: r.totals.ms };
}


function loadNested(parentPath: string, name: string, options: Parameters<typeof compileFile>[1]) {
  const p = resolve(dirname(parentPath), `${name}.wf.js`);
  if (!existsSync(p)) return undefined;
  const c = compileFile(p, { ...options, depth: 1 });
  if (!c.program || !c.sites || c.hasErrors) return undefined;
  return { path: p, source: c.file.text, program: c.program, sites: c.sites };
}

/** Progress on stderr (a live block on a TTY, plain lines otherwise) plus the optional JSONL stream. */
function makeEventSink(io: Io, out: NodeJS.WritableStream | undefined, quiet: boolean): { sink: EventSink; flush: () => void } {
  const progress = quiet ? undefined : progressSink({ write: io.stderr, isTTY: (io.stderrIsTTY ?? io.isTTY) && io.env["TERM"] !== "dumb" });
  const jsonl = out ? jsonlSink((line) => void out.write(line)) : undefined;
  return { sink: teeSinks(progress?.sink, jsonl), flush: () => progress?.flush() };
}

export { parsePlan, indexSites };
