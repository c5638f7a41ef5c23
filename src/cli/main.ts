/**
 * The `wfc` command line. `main(argv, io)` runs in-process (tests call it directly) and returns the
 * exit code: 0 clean, 1 problems found, 2 usage error. A user's mistake never prints a stack trace;
 * an internal bug prints one line asking for a report, with the trace only under WFC_DEBUG=1.
 */
import { type Io, EXIT, UsageError, processIo } from "./io.js";
import { VERSION } from "./version.js";

export const mainHelp = `wfc ${VERSION}: check, cost, draw, diff and run multi-agent workflow plans

Usage: wfc <command> [options]

Commands:
  check [paths…]     lint plans: syntax, sandbox, bounds, budgets, schemas, lints (CI-friendly formats)
  plan FILE          the worst case before running: agents, tokens, USD, time, per stage
  graph FILE         draw the stage graph (mermaid, dot, json, html)
  diff OLD NEW       what a plan change means and costs, with risk classes
  run FILE           execute a plan (simulated provider unless ANTHROPIC_API_KEY is set)
  runs [show ID]     the run history in the journal
  explain CODE       what a diagnostic means and how to fix it

Options:
  -h, --help         show help (also \`wfc <command> --help\`)
  -v, --version      print the version

Docs: docs/language.md (the plan language), docs/cli.md, docs/runtime.md.
`;

type Command = (argv: string[], io: Io) => number | Promise<number>;
/**
 * Each command is loaded when it is used: `wfc check` in CI never loads the Anthropic SDK, SQLite or
 * the layout engine, and `wfc --version` loads nothing at all.
 */
const commands: Record<string, () => Promise<{ fn: Command; help: string }>> = {
  check: async () => import("./check.js").then((m) => ({ fn: m.check, help: m.checkHelp })),
  plan: async () => import("./plan.js").then((m) => ({ fn: m.plan, help: m.planHelp })),
  graph: async () => import("./graph.js").then((m) => ({ fn: m.graph, help: m.graphHelp })),
  diff: async () => import("./diff.js").then((m) => ({ fn: m.diff, help: m.diffHelp })),
  run: async () => import("./run.js").then((m) => ({ fn: m.run, help: m.runHelp })),
  runs: async () => import("./runs.js").then((m) => ({ fn: m.runs, help: m.runsHelp })),
  explain: async () => import("./explain.js").then((m) => ({ fn: m.explain, help: m.explainHelp })),
};

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    if (first === "help" && rest[0] && commands[rest[0]]) io.stdout((await commands[rest[0]]!()).help);
    else io.stdout(mainHelp);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "-v" || first === "--version") {
    io.stdout(`wfc ${VERSION}\n`);
    return EXIT.ok;
  }
  const load = commands[first];
  if (!load) {
    const names = Object.keys(commands);
    const near = names.find((n) => n.startsWith(first.slice(0, 2)));
    io.stderr(`wfc: unknown command \`${first}\`${near ? `; did you mean \`${near}\`?` : ""}\nrun \`wfc --help\` for the list of commands\n`);
    return EXIT.usage;
  }
  try {
    const cmd = await load();
    return await cmd.fn(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`wfc ${first}: ${e.message}\nrun \`wfc ${first} --help\` for usage\n`);
      return EXIT.usage;
    }
    io.stderr(`wfc: internal error in \`${first}\`: ${(e as Error).message}\nthis is a bug in wfc; please report it with the command you ran\n`);
    if (io.env["WFC_DEBUG"] === "1") io.stderr(`${(e as Error).stack}\n`);
    return EXIT.problems;
  }
}

// Run when executed as the bundled CLI (dist/cli.mjs), not when imported by tests.
const entry = process.argv[1] ?? "";
if (/(?:^|[\\/])(?:cli\.mjs|wfc(?:\.mjs)?)$/.test(entry) && !(globalThis as { __WFC_NO_AUTORUN__?: boolean }).__WFC_NO_AUTORUN__) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
