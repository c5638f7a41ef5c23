/**
 * Draws a diff's changed region as a Mermaid flowchart, styled by status. Data edges are solid
 * arrows, order edges dotted arrows, containment plain lines; added edges are thick green,
 * removed ones dashed red; a stage a risk names gets a thick red border. Returns `undefined` when the region is empty.
 */

import type { StageKind } from "../graph/types.js";
import type { ChangedRegion, RegionNode } from "./types.js";

export function renderRegionMermaid(region: ChangedRegion): string | undefined {
  if (region.nodes.length === 0) return undefined;
  const nodeId = new Map(region.nodes.map((n, i) => [n.id, `s${i}`]));
  const lines = ["flowchart TD"];
  for (const node of region.nodes) lines.push(`  ${nodeId.get(node.id)}${shape(node.kind, label(node))}`);

  const links: string[] = [];
  const linkStyles: string[] = [];
  for (const node of region.nodes)
    if (node.parent !== null && nodeId.has(node.parent)) links.push(`  ${nodeId.get(node.parent)} --- ${nodeId.get(node.id)}`);
  for (const edge of region.edges) {
    const arrow = edge.kind === "data" ? "-->" : "-.->";
    const text = edge.change === "same" ? "" : `|${edge.change}|`;
    if (edge.change === "added") linkStyles.push(`  linkStyle ${links.length} stroke:#1a7f37,stroke-width:3px`);
    if (edge.change === "removed") linkStyles.push(`  linkStyle ${links.length} stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5`);
    links.push(`  ${nodeId.get(edge.from)} ${arrow}${text} ${nodeId.get(edge.to)}`);
  }
  lines.push(...links);
  lines.push(
    "  classDef added fill:#dafbe1,stroke:#1a7f37,color:#0a3622",
    "  classDef removed fill:#ffebe9,stroke:#cf222e,color:#5c0a0a,stroke-dasharray:5 5",
    "  classDef changed fill:#fff8c5,stroke:#9a6700,color:#3b2300",
    "  classDef context fill:#f6f8fa,stroke:#8c959f,color:#24292f",
    "  classDef risk stroke:#cf222e,stroke-width:3px",
  );
  for (const status of ["added", "removed", "changed", "context"] as const) {
    const ids = region.nodes.filter((n) => n.status === status).map((n) => nodeId.get(n.id)!);
    if (ids.length > 0) lines.push(`  class ${ids.join(",")} ${status}`);
  }
  const risky = region.nodes.filter((n) => n.risk).map((n) => nodeId.get(n.id)!);
  if (risky.length > 0) lines.push(`  class ${risky.join(",")} risk`);
  lines.push(...linkStyles);
  return lines.join("\n");
}

function label(node: RegionNode): string {
  const sign = { added: "+ ", removed: "- ", changed: "~ ", context: "" }[node.status];
  return escape(`${sign}${node.kind}: ${node.label}`);
}

function shape(kind: StageKind, text: string): string {
  if (kind === "gate") return `{{"${text}"}}`;
  if (kind === "agent") return `["${text}"]`;
  if (kind === "parallel" || kind === "pipeline") return `[/"${text}"/]`;
  return `("${text}")`;
}

/** Quoted Mermaid labels take entity codes for quotes and angle brackets. */
function escape(text: string): string {
  return text.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}
