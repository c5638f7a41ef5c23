/**
 * Graphviz DOT, for `dot -Tsvg`/`-Tpng` and the many tools that read DOT. Phases and containers are
 * clusters; an edge to a container is drawn to one of its leaves and clipped at the cluster border
 * (`compound=true` + `lhead`/`ltail`), which is how Graphviz spells "edge to a group". Every id is
 * the stage id itself in a quoted string, so no sanitizing can make two stages collide.
 */
import type { StageGraphJson } from "../graph/types.js";
import { detailLines, displayLabel, groupLines, planSummary, stageLines, unmatchedLine } from "./labels.js";
import { buildView, isGroup, leaves, type DrawnStage, type RenderOptions } from "./view.js";

const RED = "#d00000";

/** Renders the graph as a Graphviz `digraph` (ends with a newline). */
export function renderDot(graph: StageGraphJson, options: RenderOptions = {}): string {
  const view = buildView(graph, options);
  const out: string[] = [];
  out.push(`digraph ${q(graph.plan.name)} {`);
  out.push(
    `  graph [rankdir=TB, compound=true, newrank=true, fontname="Helvetica", fontsize=12, labelloc=t, label=${q([graph.plan.name, planSummary(graph.bounds), unmatchedLine(view.unmatched)].filter(Boolean).join("\n"))}];`,
    `  node [shape=box, style="rounded,filled", fillcolor="#eef3ff", color="#4263eb", fontname="Helvetica", fontsize=11];`,
    `  edge [color="#495057", arrowsize=0.8];`,
  );

  const emit = (d: DrawnStage, indent: string): void => {
    const s = d.stage;
    const o = view.overlay.get(s.id);
    const crit = view.critical.has(s.id);
    const over = (o?.exceeded.length ?? 0) > 0;
    if (isGroup(d)) {
      const attrs = [
        `label=${q(groupLines(s, o, d.notes).join("\n"))}`,
        `style=${q(s.kind === "gate" ? "rounded,dashed,filled" : "rounded,filled")}`,
        `fillcolor=${q(over ? "#ffe3e3" : s.kind === "gate" ? "#fff9f0" : "#f8f9fa")}`,
        `color=${q(crit || over ? RED : s.kind === "gate" ? "#e8590c" : "#868e96")}`,
      ];
      if (crit) attrs.push("penwidth=2.5");
      out.push(`${indent}subgraph ${q(`cluster_${s.id}`)} {`);
      out.push(`${indent}  ${attrs.join("; ")};`);
      if (s.kind === "gate") {
        // The verdict hexagon keeps "gate" recognisable when an agent does the checking.
        const vid = verdictId(s.id);
        out.push(`${indent}  ${q(vid)} [shape=hexagon, style=filled, fillcolor="#fff4e6", color="#e8590c", label=${q([`verdict: ${displayLabel(s)}`, ...detailLines(s).slice(0, 1)].join("\n"))}];`);
      }
      for (const c of d.children) emit(c, indent + "  ");
      out.push(`${indent}}`);
      return;
    }
    const attrs = [`label=${q(stageLines(s, o, d.notes).join("\n"))}`];
    if (s.kind === "gate") attrs.push(`shape=hexagon`, `fillcolor="#fff4e6"`, `color="#e8590c"`, `style=filled`);
    else if (s.kind === "workflow") attrs.push(`shape=box3d`, `fillcolor="#f3f0ff"`, `color="#7048e8"`, `style=filled`);
    else if (s.kind !== "agent") attrs.push(`fillcolor="#f8f9fa"`, `color="#868e96"`);
    if (over) attrs.push(`fillcolor="#ffe3e3"`, `fontcolor=${q(RED)}`);
    if (crit || over) attrs.push(`color=${q(RED)}`, "penwidth=2.5");
    out.push(`${indent}${q(s.id)} [${attrs.join(", ")}];`);
  };

  for (const item of view.top) {
    if ("stage" in item) {
      emit(item.stage, "  ");
      continue;
    }
    const p = item.phase;
    out.push(`  subgraph ${q(`cluster_${p.key}`)} {`);
    out.push(`    label=${q(`phase: ${p.title}${p.detail ? `\n${p.detail}` : ""}`)}; style=dashed; color="#adb5bd"; fontcolor="#495057";`);
    for (const m of p.members) emit(m, "    ");
    out.push("  }");
  }

  for (const e of view.edges) {
    const from = view.byId.get(e.from)!;
    const to = view.byId.get(e.to)!;
    const attrs: string[] = [];
    const tail = anchor(from, "tail");
    const head = anchor(to, "head");
    if (isGroup(from)) attrs.push(`ltail=${q(`cluster_${e.from}`)}`);
    if (isGroup(to)) attrs.push(`lhead=${q(`cluster_${e.to}`)}`);
    if (e.kind === "order") attrs.push("style=dashed");
    if (e.critical) attrs.push(`color=${q(RED)}`, "penwidth=2.5");
    out.push(`  ${q(tail)} -> ${q(head)}${attrs.length ? ` [${attrs.join(", ")}]` : ""};`);
  }
  for (const d of view.drawn)
    if (d.stage.kind === "gate" && isGroup(d))
      for (const leaf of leaves(d)) out.push(`  ${q(leaf.stage.id)} -> ${q(verdictId(d.stage.id))} [style=dotted];`);

  out.push("}");
  return out.join("\n") + "\n";
}

function verdictId(gateId: string): string {
  return `${gateId}::verdict`;
}

/** The node an edge to or from a drawn stage attaches to; for a gate group, its verdict. */
function anchor(d: DrawnStage, end: "head" | "tail"): string {
  if (!isGroup(d)) return d.stage.id;
  if (d.stage.kind === "gate" && end === "tail") return verdictId(d.stage.id);
  const ls = leaves(d);
  return (end === "head" ? ls[0]! : ls[ls.length - 1]!).stage.id;
}

/** A DOT double-quoted string; newlines become `\n` line breaks, backslashes are literal. */
export function dotString(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}

const q = dotString;
