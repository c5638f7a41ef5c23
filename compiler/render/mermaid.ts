/**
 * Mermaid `flowchart TD` for pull requests: GitHub renders it inline, so a reviewer sees the plan's
 * shape and worst case next to the diff. Phases and containers are subgraphs, agents rectangles,
 * gates hexagons, nested workflows subroutine boxes; the critical path is a red class plus red links.
 *
 * Mermaid's parser is fussy, so every label is a quoted string with `"`, `#`, `<`, `>`, `&` and
 * backticks written as `#NN;` entity codes (a backtick inside quotes would start a markdown string;
 * `<` would be read as HTML). Node ids are `s_` + the stage id with every other character an
 * underscore: stable across runs and edits elsewhere in the plan, and never a Mermaid keyword such
 * as `end`. Colliding ids get `_2`, `_3` in stage-id order, which is deterministic.
 */
import type { StageGraphJson } from "../graph/types.js";
import { detailLines, displayLabel, groupLines, planSummary, stageLines, unmatchedLine } from "./labels.js";
import { buildView, isGroup, leaves, type DrawnStage, type RenderOptions } from "./view.js";

/** Renders the graph as Mermaid flowchart text (ends with a newline). */
export function renderMermaid(graph: StageGraphJson, options: RenderOptions = {}): string {
  const view = buildView(graph, options);
  const ids = mermaidIds(graph);
  const id = (stageId: string): string => ids.get(stageId)!;
  const out: string[] = [];
  const plan = graph.plan;
  const unmatched = unmatchedLine(view.unmatched);
  out.push("---", `title: ${JSON.stringify(`${plan.name}: ${planSummary(graph.bounds)}${unmatched ? ` · ${unmatched}` : ""}`)}`, "---", "flowchart TD");

  const classes = new Map<string, string[]>();
  const addClass = (cls: string, nodeId: string): void => {
    const list = classes.get(cls);
    if (list) list.push(nodeId);
    else classes.set(cls, [nodeId]);
  };
  const extraLinks: string[] = [];

  const emit = (d: DrawnStage, indent: string): void => {
    const s = d.stage;
    const o = view.overlay.get(s.id);
    const nid = id(s.id);
    if (view.critical.has(s.id)) addClass("critical", nid);
    if (o?.exceeded.length) addClass("over", nid);
    if (isGroup(d)) {
      // One line: Mermaid sizes a subgraph title for a single line, so a second would overlap the children.
      out.push(`${indent}subgraph ${nid} ["${text([groupLines(s, o, d.notes).join(" · ")])}"]`);
      if (s.kind === "gate") {
        // The gate's verdict as its own hexagon, fed by its verifier(s): the shape says "gate" even
        // when the gate is a group because an agent does the checking.
        const vid = `${nid}__verdict`;
        out.push(`${indent}  ${vid}{{"${text([`verdict: ${displayLabel(s)}`, ...detailLines(s).slice(0, 1)])}"}}`);
        addClass("gate", vid);
        for (const leaf of leaves(d)) extraLinks.push(`${id(leaf.stage.id)} -.-> ${vid}`);
      }
      for (const c of d.children) emit(c, indent + "  ");
      out.push(`${indent}end`);
      addClass(s.kind === "gate" ? "gategroup" : "group", nid);
      return;
    }
    const label = text(stageLines(s, o, d.notes));
    switch (s.kind) {
      case "gate":
        out.push(`${indent}${nid}{{"${label}"}}`);
        addClass("gate", nid);
        break;
      case "workflow":
        out.push(`${indent}${nid}[["${label}"]]`);
        addClass("workflow", nid);
        break;
      case "agent":
        out.push(`${indent}${nid}["${label}"]`);
        addClass("agent", nid);
        break;
      default:
        out.push(`${indent}${nid}("${label}")`);
        addClass("group", nid);
    }
  };

  for (const item of view.top) {
    if ("stage" in item) {
      emit(item.stage, "  ");
      continue;
    }
    const p = item.phase;
    out.push(`  subgraph ${p.key.replace(/-/g, "_")} ["${text([[`phase: ${p.title}`, ...(p.detail ? [p.detail] : [])].join(" · ")])}"]`);
    for (const m of p.members) emit(m, "    ");
    out.push("  end");
    addClass("phase", p.key.replace(/-/g, "_"));
  }

  const critLinks: number[] = [];
  let n = 0;
  for (const e of view.edges) {
    out.push(`  ${id(e.from)} ${e.kind === "data" ? "-->" : "-.->"} ${id(e.to)}`);
    if (e.critical) critLinks.push(n);
    n++;
  }
  for (const l of extraLinks) out.push(`  ${l}`);

  out.push(
    "  classDef agent fill:#eef3ff,stroke:#4263eb,color:#1b1b1b",
    "  classDef gate fill:#fff4e6,stroke:#e8590c,color:#1b1b1b",
    "  classDef workflow fill:#f3f0ff,stroke:#7048e8,color:#1b1b1b",
    "  classDef group fill:#f8f9fa,stroke:#868e96,color:#1b1b1b",
    "  classDef gategroup fill:#fff9f0,stroke:#e8590c,stroke-dasharray:4 3,color:#1b1b1b",
    "  classDef phase fill:#ffffff,stroke:#adb5bd,stroke-dasharray:6 4,color:#495057",
    "  classDef critical stroke:#d00000,stroke-width:3px",
    "  classDef over fill:#ffe3e3,stroke:#c92a2a,stroke-width:3px,color:#c92a2a",
  );
  // Order matters: Mermaid applies classes in classDef order, so `critical` and `over` win.
  for (const cls of ["agent", "gate", "workflow", "group", "gategroup", "phase", "critical", "over"]) {
    const members = classes.get(cls);
    if (members?.length) out.push(`  class ${members.join(",")} ${cls}`);
  }
  if (critLinks.length) out.push(`  linkStyle ${critLinks.join(",")} stroke:#d00000,stroke-width:3px`);
  return out.join("\n") + "\n";
}

/** Stable Mermaid ids for every stage, deduplicated in stage-id order. */
export function mermaidIds(graph: StageGraphJson): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const s of [...graph.stages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const base = `s_${s.id.replace(/[^A-Za-z0-9]/g, "_")}`;
    let candidate = base;
    for (let i = 2; taken.has(candidate); i++) candidate = `${base}_${i}`;
    taken.add(candidate);
    ids.set(s.id, candidate);
  }
  return ids;
}

const ENTITIES: Record<string, string> = { "#": "#35;", '"': "#34;", "<": "#60;", ">": "#62;", "&": "#38;", "`": "#96;" };

/** Escapes one or more lines for a quoted Mermaid label; lines are joined with `<br/>`. */
export function mermaidText(lines: string[]): string {
  return lines.map((l) => l.replace(/[\r\n\t]+/g, " ").replace(/[#"<>&`]/g, (c) => ENTITIES[c]!)).join("<br/>");
}

const text = mermaidText;

