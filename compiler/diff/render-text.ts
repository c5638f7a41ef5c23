/**
 * The terminal rendering of a plan diff. ANSI colour codes only when `color` is true (the CLI
 * decides from the TTY and NO_COLOR); without colour, prompt edits use git's word-diff markers
 * `[-removed-]{+added+}` so the output still reads in a log file.
 */

import { BOUND_QUANTITIES, formatPercent, formatQuantity } from "./bounds-delta.js";
import { describeField, describeSchemaChange } from "./describe.js";
import { isEmpty } from "./diff-graphs.js";
import { compactPromptParts } from "./prompt-view.js";
import type { BoundDelta, PlanDiff, StageChange, StageRef } from "./types.js";
import type { Bounds } from "../graph/types.js";

export interface TextOptions {
  color: boolean;
}

const BOUND_NAMES: Record<keyof Bounds, string> = {
  agents: "agents",
  inputTokens: "input tokens",
  outputTokens: "output tokens",
  usd: "cost",
  latencyMs: "latency",
  peakConcurrency: "peak concurrency",
};

export function renderDiffText(diff: PlanDiff, options: TextOptions): string {
  const c = palette(options.color);
  const lines: string[] = [];
  const paths = diff.before.path === diff.after.path ? diff.after.path : `${diff.before.path} -> ${diff.after.path}`;
  lines.push(c.bold(`plan \`${diff.after.name}\``) + (paths ? ` (${paths})` : ""));
  if (isEmpty(diff)) {
    lines.push("no changes");
    return lines.join("\n") + "\n";
  }

  lines.push("", c.bold("worst case"));
  const rows = BOUND_QUANTITIES.map((q) => diff.bounds.find((b) => b.quantity === q)!).map((b) => boundRow(b));
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const [index, row] of rows.entries()) {
    const delta = diff.bounds[index]!.delta;
    const text = `  ${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padStart(widths[1]!)} -> ${row[2]!.padStart(widths[2]!)}  ${row[3]!.padStart(widths[3]!)}`;
    lines.push(delta > 0 ? c.red(text) : delta < 0 ? c.green(text) : c.dim(text));
  }

  if (diff.risks.length > 0) {
    lines.push("", c.bold(`risks (${diff.risks.length})`));
    for (const risk of diff.risks) {
      lines.push(`  ${c.red("!")} ${c.bold(c.red(risk.class))}: ${risk.explanation}`);
      for (const detail of risk.details) lines.push(`      ${detail}`);
    }
  }

  if (diff.plan.length > 0) {
    lines.push("", c.bold("plan"));
    for (const change of diff.plan) lines.push(`  ${c.yellow("~")} ${describeField(change)}`);
  }

  const { added, removed, changed } = diff.stages;
  if (added.length + removed.length + changed.length > 0) {
    lines.push("", c.bold("stages"));
    for (const stage of removed) lines.push(...stageRefLines(stage, "-", c));
    for (const stage of added) lines.push(...stageRefLines(stage, "+", c));
    for (const stage of changed) lines.push(...stageChangeLines(stage, c));
  }

  if (diff.edges.added.length + diff.edges.removed.length > 0) {
    lines.push("", c.bold("edges"));
    for (const e of diff.edges.removed) lines.push(c.red(`  - ${e.from} -> ${e.to} (${e.kind})`));
    for (const e of diff.edges.added) lines.push(c.green(`  + ${e.from} -> ${e.to} (${e.kind})`));
  }
  return lines.join("\n") + "\n";
}

function boundRow(b: BoundDelta): [string, string, string, string] {
  return [BOUND_NAMES[b.quantity], formatQuantity(b.quantity, b.before), formatQuantity(b.quantity, b.after), formatPercent(b)];
}

function stageRefLines(stage: StageRef, sign: "+" | "-", c: Palette): string[] {
  const colour = sign === "+" ? c.green : c.red;
  const phase = stage.phase === null ? "" : ` [${stage.phase}]`;
  return [
    colour(`  ${sign} ${stage.kind} \`${stage.label}\`  ${stage.id}${phase}`),
    `      worst case: ${formatQuantity("usd", stage.total.usd)}, ${plural(stage.total.agents, "agent")}`,
  ];
}

function stageChangeLines(stage: StageChange, c: Palette): string[] {
  const lines = [c.yellow(`  ~ ${stage.kind} \`${stage.label}\`  ${stage.id}`)];
  for (const field of stage.fields) lines.push(`      ${describeField(field)}`);
  if (stage.prompt) {
    const text = compactPromptParts(stage.prompt.parts)
      .map((p) => (p.op === "equal" ? p.text : p.op === "added" ? c.added(p.text) : c.removed(p.text)))
      .join("");
    const [first, ...rest] = text.split("\n");
    lines.push(`      prompt: ${first}`, ...rest.map((line) => `              ${line}`));
  }
  for (const change of stage.schema ?? []) lines.push(`      schema: ${describeSchemaChange(change)}`);
  const { before, after } = stage.total;
  // Only when the change shows at display precision; a one-word prompt edit is not news.
  if (formatQuantity("usd", before.usd) !== formatQuantity("usd", after.usd) || before.agents !== after.agents)
    lines.push(
      c.dim(
        `      worst case: ${formatQuantity("usd", before.usd)} -> ${formatQuantity("usd", after.usd)}, ` +
          `${plural(before.agents, "agent")} -> ${plural(after.agents, "agent")}`,
      ),
    );
  return lines;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  added(s: string): string;
  removed(s: string): string;
}

function palette(color: boolean): Palette {
  const sgr = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  const red = sgr(31, 39);
  const green = sgr(32, 39);
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red,
    green,
    yellow: sgr(33, 39),
    added: color ? (s) => green(s) : (s) => `{+${s}+}`,
    removed: color ? (s) => sgr(9, 29)(red(s)) : (s) => `[-${s}-]`,
  };
}
