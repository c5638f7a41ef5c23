import type { StageJson } from "../../compiler/graph/types.js";
import { formatCount, formatMs, formatUsd } from "../../compiler/render/labels.js";
import { parse, oneOf } from "./args.js";
import { loadContext } from "./context.js";
import { compileOne, overLimit } from "./compile-one.js";
import { readArgs } from "./files.js";
import { type Io, EXIT } from "./io.js";

export const planHelp = `Usage: wfc plan FILE [options]

Prints the plan's worst case before anything runs: agent calls, input and output tokens, USD,
time along the critical path and peak concurrency, per stage and in total, and how each number
was derived. Sound: a real run cannot exceed it (the runtime enforces the agent and token bounds).

With --args, the worst case is proven for that input (each string as long as it is, each array
as many items as it has) rather than for every input meta.args allows: what wfc run with the
same args can spend at most.

A plan whose worst case is over its declared budget, the CI budget policy, or a platform or effort
cap (WF32xx) still gets its table, after those errors, so you can see which stages go over; the
exit code is then 1. Any other error stops wfc plan (fix what wfc check reports first).

Options:
      --args <json|@file> the plan's input (JSON text, or @path to a JSON file)
      --effort <tier>     low, medium or high: the worst case under that effort tier
  -f, --format <fmt>      text (default) or json
  -c, --config <file>     use this wfc.config.json
  -h, --help              show this help
`;

export async function plan(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: "string", short: "f" }, effort: { type: "string" }, config: { type: "string", short: "c" }, args: { type: "string" } });
  if (values["help"]) {
    io.stdout(planHelp);
    return EXIT.ok;
  }
  const format = oneOf(values["format"], ["text", "json"] as const, "--format", "text");
  const effort = values["effort"] === undefined ? undefined : oneOf(values["effort"], ["low", "medium", "high"] as const, "--effort", "high");
  const ctx = await loadContext(io, values["config"] as string | undefined);
  if (!ctx) return EXIT.problems;
  const args = values["args"] === undefined ? undefined : readArgs(io, values["args"] as string);
  const c = compileOne(io, positionals[0], { ...ctx.compile, ...(effort ? { effort } : {}), ...(args !== undefined ? { args } : {}) }, "plan", overLimit);
  if (!c?.graph) return EXIT.problems;
  const g = c.graph;
  // Over a budget or cap: the table is printed (it shows where), and the exit code says it failed.
  const exit = c.hasErrors ? EXIT.problems : EXIT.ok;
  if (format === "json") {
    io.stdout(
      JSON.stringify(
        {
          plan: { name: g.plan.name, path: positionals[0], hash: g.plan.hash, ...(g.plan.effort ? { effort: g.plan.effort } : {}), ...(g.plan.budget ? { budget: g.plan.budget } : {}) },
          bounds: g.bounds,
          criticalPath: g.criticalPath,
          stages: g.stages.map((s) => ({ id: s.id, kind: s.kind, label: s.label, phase: s.phase, multiplicity: s.multiplicity, bounds: s.bounds, total: s.total, derivations: s.derivations, critical: s.critical, ...(s.width !== undefined ? { width: s.width } : {}), ...(s.iterations !== undefined ? { iterations: s.iterations } : {}), ...(s.attempts !== undefined ? { attempts: s.attempts } : {}), ...(s.pricedModel ? { model: s.pricedModel } : {}) })),
        },
        null,
        2,
      ) + "\n",
    );
    return exit;
  }
  const b = g.bounds;
  const lines: string[] = [];
  lines.push(`plan ${g.plan.name || positionals[0]} (${positionals[0]})${g.plan.effort ? `, effort ${g.plan.effort}` : ""}`);
  lines.push("");
  lines.push(`worst case: ${formatCount(b.agents)} agent calls, ${formatCount(b.inputTokens)} input + ${formatCount(b.outputTokens)} output tokens, ${formatUsd(b.usd)}, ${formatMs(b.latencyMs)}, at most ${b.peakConcurrency} at once`);
  if (g.plan.budget) {
    const bud = g.plan.budget;
    const parts = [bud.agents !== undefined ? `${formatCount(bud.agents)} agents` : "", bud.tokens !== undefined ? `${formatCount(bud.tokens)} output tokens` : "", bud.usd !== undefined ? formatUsd(bud.usd) : ""].filter(Boolean);
    if (parts.length) lines.push(`declared budget: ${parts.join(", ")}`);
  }
  lines.push("");
  const rows: string[][] = [["stage", "kind", "runs", "agents", "in tok", "out tok", "USD", "time"]];
  const byParent = new Map<string | null, StageJson[]>();
  for (const s of g.stages) byParent.set(s.parent, [...(byParent.get(s.parent) ?? []), s]);
  const visit = (s: StageJson, depth: number): void => {
    const shown = s.kind !== "serial" || s.parent === null;
    if (shown) {
      const kindText = s.kind + (s.width !== undefined ? ` ×${s.width}` : s.iterations !== undefined ? ` ×${s.iterations}` : s.attempts !== undefined && s.kind !== "agent" ? ` ≤${s.attempts}` : "");
      rows.push([`${"  ".repeat(depth)}${s.critical ? "*" : " "}${s.kind === "agent" ? s.label : s.id.split("/").pop()}`, kindText, formatCount(s.multiplicity), formatCount(s.total.agents), formatCount(s.total.inputTokens), formatCount(s.total.outputTokens), formatUsd(s.total.usd), formatMs(s.bounds.latencyMs)]);
    }
    for (const k of (byParent.get(s.id) ?? []).sort((a, b) => a.order - b.order)) visit(k, shown ? depth + 1 : depth);
  };
  for (const r of byParent.get(null) ?? []) visit(r, 0);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) lines.push(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "));
  lines.push("");
  lines.push("* on the critical path; runs = how many times the stage can execute; totals count every run");
  lines.push("");
  lines.push("how the numbers were derived:");
  for (const s of g.stages) {
    if (s.derivations.length === 0) continue;
    lines.push(`  ${s.id}`);
    for (const d of s.derivations) lines.push(`    ${d.quantity}${d.quantity === "model" ? "" : ` = ${formatCount(d.value)}`}: ${d.because}`);
  }
  io.stdout(lines.join("\n") + "\n");
  return exit;
}
