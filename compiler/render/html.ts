/**
 * One self-contained HTML file: positioned SVG (laid out by elkjs in Node, see elk-layout.ts), the
 * stage data as inline JSON, and a small inline script for pan, zoom and the details panel. It makes
 * no network request (a Content-Security-Policy forbids any), so it can be attached to a ticket or
 * opened from a CI artifact as is.
 */
import type { StageGraphJson } from "../graph/types.js";
import { CLIENT_CSS, CLIENT_JS } from "./html-client.js";
import { CHAR_W, fitLines, groupLines, layoutView, leafLines, LINE_H, phaseElkId, phaseLines, verdictElkId, verdictLines, type Box, type Layout } from "./elk-layout.js";
import { formatCount, formatMs, formatUsd, planSummary, unmatchedLine } from "./labels.js";
import { buildView, isGroup, type GraphView, type RenderOptions } from "./view.js";

/** Renders the interactive HTML page. Async only because elkjs's layout is. */
export async function renderHtml(graph: StageGraphJson, options: RenderOptions = {}): Promise<string> {
  const view = buildView(graph, options);
  const layout = await layoutView(view);
  return page(view, layout, options);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const esc = escapeHtml;
const n = (x: number): string => String(Math.round(x * 10) / 10);

/** JSON that is safe inside `<script type="application/json">`: no `</script>`, no `<!--`. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

function textBlock(lines: string[], x: number, y: number, cls: string, anchor: "start" | "middle"): string {
  const spans = lines.map((l, i) => `<tspan x="${n(x)}" dy="${i === 0 ? 0 : LINE_H}"${i === 0 ? ' class="t1"' : ""}>${esc(l)}</tspan>`).join("");
  return `<text class="${cls}" x="${n(x)}" y="${n(y)}" text-anchor="${anchor}">${spans}</text>`;
}

/**
 * A title block over the edge layer: a backing rect the size of the text (estimated at CHAR_W per
 * character) in the group's fill, so an edge entering the group passes under its title, not through it.
 */
function titleBlock(lines: string[], x: number, y: number, box: Box): string {
  // Bold first line: about a tenth wider than CHAR_W; never past the group's own border.
  const width = Math.min(Math.max(...lines.map((l) => l.length)) * CHAR_W * 1.1 + 8, box.x + box.width - (x - 4) - 3);
  const height = lines.length * LINE_H + 4;
  return `<rect class="tbg" x="${n(x - 4)}" y="${n(y - 14)}" width="${n(width)}" height="${n(height)}" rx="3"/>${textBlock(lines, x, y, "label", "start")}`;
}

function hexagon(b: Box): string {
  const k = Math.min(14, b.width / 4);
  const { x, y, width: w, height: h } = b;
  return `<polygon points="${[[x + k, y], [x + w - k, y], [x + w, y + h / 2], [x + w - k, y + h], [x + k, y + h], [x, y + h / 2]].map(([a, c]) => `${n(a!)},${n(c!)}`).join(" ")}"/>`;
}

function svg(view: GraphView, layout: Layout): string {
  const parts: string[] = [];
  const titles: string[] = [];
  const box = (id: string): Box => layout.boxes.get(id) ?? { id, x: 0, y: 0, width: 0, height: 0 };
  for (const item of view.top) {
    if (!("phase" in item)) continue;
    const p = item.phase;
    const b = box(phaseElkId(p.key));
    const lines = phaseLines(p.title, p.detail);
    parts.push(`<g class="phase" data-phase="${esc(p.title)}"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="10"/></g>`);
    titles.push(`<g class="title k-phase">${titleBlock(fitLines(lines, b.width), b.x + 12, b.y + 20, b)}</g>`);
  }
  // Paint order: group frames outermost first, then edges, then group and phase titles (an edge
  // entering a group crosses its title band; the title's halo keeps it readable), then leaves, so
  // boxes sit on top of lines.
  const stageClass = (id: string, kind: string, group: boolean): string => {
    const o = view.overlay.get(id);
    return [group ? "group" : "node", `k-${kind}`, view.critical.has(id) ? "critical" : "", o ? "ran" : "", o?.exceeded.length ? "over" : ""].filter(Boolean).join(" ");
  };
  for (const d of view.drawn) {
    if (!isGroup(d)) continue;
    const s = d.stage;
    const b = box(s.id);
    parts.push(`<g class="${stageClass(s.id, s.kind, true)}" data-stage-id="${esc(s.id)}" tabindex="0"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="8"/></g>`);
    const o = view.overlay.get(s.id);
    titles.push(`<g class="title k-${s.kind}${o?.exceeded.length ? " over" : ""}">${titleBlock(fitLines(groupLines(view, d), b.width), b.x + 10, b.y + 20, b)}</g>`);
  }
  for (const e of layout.edges) {
    if (e.points.length < 2) continue;
    const dpath = e.points.map((p, i) => `${i === 0 ? "M" : "L"}${n(p.x)} ${n(p.y)}`).join("");
    const cls = ["edge", `e-${e.kind}`, e.critical ? "critical" : ""].filter(Boolean).join(" ");
    parts.push(`<path class="${cls}" d="${dpath}" marker-end="url(#${e.critical ? "arrow-crit" : "arrow"})" data-from="${esc(e.from)}" data-to="${esc(e.to)}"/>`);
  }
  parts.push(...titles);
  for (const d of view.drawn) {
    const s = d.stage;
    if (isGroup(d)) {
      if (s.kind !== "gate") continue;
      const b = box(verdictElkId(s.id));
      // The verdict belongs to its gate: clicking it shows the gate, but it is not a stage of its own.
      parts.push(`<g class="verdict" data-gate-of="${esc(s.id)}">${hexagon(b)}${textBlock(verdictLines(d), b.x + b.width / 2, b.y + 20, "label", "middle")}</g>`);
      continue;
    }
    const b = box(s.id);
    const shape = s.kind === "gate" ? hexagon(b) : `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="${s.kind === "workflow" ? 2 : 6}"/>`;
    parts.push(`<g class="${stageClass(s.id, s.kind, false)}" data-stage-id="${esc(s.id)}" tabindex="0">${shape}${textBlock(leafLines(view, d), b.x + b.width / 2, b.y + 20, "label", "middle")}</g>`);
  }
  return parts.join("\n");
}

function header(view: GraphView, options: RenderOptions): string {
  const g = view.graph;
  const b = g.bounds;
  const budget = g.plan.budget;
  const budgetText = budget
    ? [budget.agents !== undefined ? `${formatCount(budget.agents)} agents` : "", budget.usd !== undefined ? formatUsd(budget.usd) : "", budget.tokens !== undefined ? `${formatCount(budget.tokens)} tokens` : "", budget.concurrency !== undefined ? `${budget.concurrency} at once` : ""].filter(Boolean).join(" · ")
    : "";
  let ran = "";
  if (options.actuals) {
    const all = Object.values(options.actuals);
    const sum = (k: "agents" | "failed" | "quarantined" | "usd" | "ms" | "inputTokens" | "outputTokens"): number => all.reduce((t, a) => t + a[k], 0);
    const over = [...view.overlay.values()].filter((o) => o.exceeded.length && !o.aggregated).length;
    const unmatched = view.unmatched.length
      ? `<p class="unmatched over-text" title="${esc(view.unmatched.join("\n"))}">${esc(unmatchedLine(view.unmatched))}</p>`
      : "";
    ran = `${unmatched}<p class="ran">actual: ${formatCount(sum("agents"))} agents (${formatCount(sum("failed"))} failed, ${formatCount(sum("quarantined"))} quarantined) · ${formatCount(sum("inputTokens") + sum("outputTokens"))} tokens · ${formatUsd(sum("usd"))} · ${formatMs(sum("ms"))} agent time${over ? ` · <strong class="over-text">${over} stage${over === 1 ? "" : "s"} over bound</strong>` : ""}</p>`;
  }
  return `<header>
<h1>${esc(g.plan.name)}</h1>
<p class="desc">${esc(g.plan.description)} <span class="path">${esc(g.plan.path)}</span></p>
<p class="sum">${esc(planSummary(b))} · ${formatCount(b.inputTokens + b.outputTokens)} tokens${budgetText ? ` · budget ${esc(budgetText)}` : ""}</p>
${ran}
<div class="tools"><button type="button" id="zoom-in" title="Zoom in" aria-label="Zoom in">+</button><button type="button" id="zoom-out" title="Zoom out" aria-label="Zoom out">−</button><button type="button" id="zoom-fit" title="Fit to window" aria-label="Fit to window">fit</button>
<span class="legend"><span class="lg lg-agent">agent</span><span class="lg lg-gate">gate</span><span class="lg lg-group">group</span><span class="lg lg-crit">critical path</span>${options.actuals ? '<span class="lg lg-over">over bound</span>' : ""}</span></div>
</header>`;
}

function page(view: GraphView, layout: Layout, options: RenderOptions): string {
  const g = view.graph;
  const stages = Object.fromEntries(
    g.stages.map((s) => {
      const o = view.overlay.get(s.id);
      return [s.id, o ? { ...s, actual: o.actual, aggregated: o.aggregated, exceeded: o.exceeded } : s];
    }),
  );
  const data = { width: layout.width, height: layout.height, stages };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(g.plan.name)} · wfc graph</title>
<style>${CLIENT_CSS}</style>
</head>
<body>
${header(view, options)}
<main>
<svg id="canvas" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(`stage graph of ${g.plan.name}`)}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#495057"/></marker><marker id="arrow-crit" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#d00000"/></marker></defs>
<g id="viewport">
${svg(view, layout)}
</g>
</svg>
<aside id="details" aria-live="polite"><p class="hint">Click a stage to see its prompt, schema, options, bounds and how they were derived. Drag to pan; wheel or +/− to zoom.</p></aside>
</main>
<script type="application/json" id="wfc-data">${scriptJson(data)}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}
