/**
 * The pull-request comment form of a plan diff: a verdict line, the bound-delta table, risks with
 * their explanations, plan and per-stage changes, edges, and a Mermaid chart of the changed region.
 * Prompt edits use `<del>`/`<ins>` inside `<pre>`, which GitHub renders and which needs no
 * Markdown escaping of the prompt's own text (only HTML escaping).
 */

import { BOUND_QUANTITIES, formatPercent, formatQuantity } from "./bounds-delta.js";
import { describeField, describeSchemaChange } from "./describe.js";
import { isEmpty } from "./diff-graphs.js";
import { compactPromptParts } from "./prompt-view.js";
import { renderRegionMermaid } from "./render-mermaid.js";
import type { PlanDiff, PromptDiff, StageChange, StageRef } from "./types.js";
import type { Bounds } from "../graph/types.js";

const BOUND_NAMES: Record<keyof Bounds, string> = {
  agents: "Agents",
  inputTokens: "Input tokens",
  outputTokens: "Output tokens",
  usd: "Cost (USD)",
  latencyMs: "Latency",
  peakConcurrency: "Peak concurrency",
};

export interface MarkdownOptions {
  /** Stages listed in full before the rest are only counted (GitHub caps a comment at 65,536 characters). */
  maxStages?: number;
  /** Details listed per risk before the rest are only counted. */
  maxRiskDetails?: number;
}

export function renderDiffMarkdown(diff: PlanDiff, options: MarkdownOptions = {}): string {
  const maxStages = options.maxStages ?? 50;
  const maxRiskDetails = options.maxRiskDetails ?? 10;
  const out: string[] = [];
  const paths = diff.before.path === diff.after.path ? `\`${diff.after.path}\`` : `\`${diff.before.path}\` → \`${diff.after.path}\``;
  out.push(`### wfc diff: \`${diff.after.name}\`${diff.after.path || diff.before.path ? ` (${paths})` : ""}`, "");
  if (isEmpty(diff)) {
    out.push("No changes: the two plans compile to the same stage graph.");
    return out.join("\n") + "\n";
  }

  const { added, removed, changed } = diff.stages;
  const counts = [
    added.length && `${added.length} added`,
    removed.length && `${removed.length} removed`,
    changed.length && `${changed.length} changed`,
  ].filter(Boolean);
  const usd = diff.bounds.find((b) => b.quantity === "usd")!;
  const verdict =
    diff.risks.length === 0
      ? "No risks found."
      : `**${diff.risks.length} risk${diff.risks.length === 1 ? "" : "s"}:** ${diff.risks.map((r) => `\`${r.class}\``).join(", ")}.`;
  out.push(
    `${verdict} Stages: ${counts.length > 0 ? counts.join(", ") : "none changed"}. ` +
      `Worst-case cost ${formatQuantity("usd", usd.before)} → ${formatQuantity("usd", usd.after)} (${formatPercent(usd)}).`,
    "",
  );

  out.push("| Worst case | Before | After | Change |", "|---|--:|--:|--:|");
  for (const q of BOUND_QUANTITIES) {
    const b = diff.bounds.find((x) => x.quantity === q)!;
    const change = b.delta === 0 ? "—" : formatPercent(b);
    out.push(`| ${BOUND_NAMES[q]} | ${formatQuantity(q, b.before)} | ${formatQuantity(q, b.after)} | ${change} |`);
  }
  out.push("");

  if (diff.risks.length > 0) {
    out.push("#### Risks", "");
    for (const risk of diff.risks) {
      out.push(`- **\`${risk.class}\`**: ${risk.explanation}`);
      for (const detail of risk.details.slice(0, maxRiskDetails)) out.push(`  - ${arrows(detail)}`);
      if (risk.details.length > maxRiskDetails) out.push(`  - … and ${risk.details.length - maxRiskDetails} more`);
    }
    out.push("");
  }

  if (diff.plan.length > 0) {
    out.push("#### Plan", "");
    for (const change of diff.plan) out.push(`- ${arrows(fieldLine(describeField(change)))}`);
    out.push("");
  }

  if (added.length + removed.length + changed.length > 0) {
    out.push("#### Stages", "");
    const blocks = [
      ...removed.map((stage) => stageRefBlock(stage, "Removed")),
      ...added.map((stage) => stageRefBlock(stage, "Added")),
      ...changed.map(stageChangeBlock),
    ];
    for (const block of blocks.slice(0, maxStages)) out.push(...block);
    if (blocks.length > maxStages)
      out.push(`… and ${blocks.length - maxStages} more stages; \`wfc diff --format json\` lists them all.`, "");
  }

  if (diff.edges.added.length + diff.edges.removed.length > 0) {
    out.push("#### Edges", "");
    for (const e of diff.edges.removed) out.push(`- removed: \`${e.from}\` → \`${e.to}\` (${e.kind})`);
    for (const e of diff.edges.added) out.push(`- added: \`${e.from}\` → \`${e.to}\` (${e.kind})`);
    out.push("");
  }

  const chart = renderRegionMermaid(diff.region);
  if (chart) {
    out.push("#### Changed region", "", "```mermaid", chart, "```", "");
    const legend =
      "Green: added, red dashed: removed, yellow: changed, grey: neighbours; a thick red border marks a stage a risk names. " +
      "Solid arrows carry data, dotted arrows order; plain lines join a stage to the stage that contains it.";
    out.push(diff.region.omitted > 0 ? `${legend} ${diff.region.omitted} more stages not drawn.` : legend, "");
  }
  return out.join("\n");
}

function stageRefBlock(stage: StageRef, what: "Added" | "Removed"): string[] {
  const phase = stage.phase === null ? "" : `, phase ${stage.phase}`;
  return [
    `- **${what}** ${stage.kind} \`${stage.label}\` (\`${stage.id}\`${phase}): worst case ${formatQuantity("usd", stage.total.usd)}, ${stage.total.agents} agent${stage.total.agents === 1 ? "" : "s"}`,
    "",
  ];
}

function stageChangeBlock(stage: StageChange): string[] {
  const out = [`- **Changed** ${stage.kind} \`${stage.label}\` (\`${stage.id}\`)`];
  for (const field of stage.fields) out.push(`  - ${arrows(fieldLine(describeField(field)))}`);
  for (const change of stage.schema ?? []) out.push(`  - schema: ${arrows(describeSchemaChange(change))}`);
  const { before, after } = stage.total;
  if (formatQuantity("usd", before.usd) !== formatQuantity("usd", after.usd) || before.agents !== after.agents)
    out.push(
      `  - worst case: ${formatQuantity("usd", before.usd)} → ${formatQuantity("usd", after.usd)}, ${before.agents} → ${after.agents} agents`,
    );
  if (stage.prompt) out.push("  - prompt:", "", promptBlock(stage.prompt));
  out.push("");
  return out;
}

function promptBlock(prompt: PromptDiff): string {
  const body = compactPromptParts(prompt.parts)
    .map((p) => (p.op === "equal" ? html(p.text) : p.op === "added" ? `<ins>${html(p.text)}</ins>` : `<del>${html(p.text)}</del>`))
    .join("");
  // Indented to sit inside the list item; a <pre> block ends at </pre>, blank lines included.
  return `    <pre>${body}</pre>`;
}

/** `model: ...` → `` `model`: ... `` */
function fieldLine(line: string): string {
  const colon = line.indexOf(": ");
  return colon < 0 ? line : `\`${line.slice(0, colon)}\`${line.slice(colon)}`;
}

function arrows(text: string): string {
  return text.replaceAll(" -> ", " → ");
}

function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
