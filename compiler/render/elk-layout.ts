/**
 * Lays the view out with elkjs's layered algorithm, in Node, at render time. The HTML then carries
 * positioned SVG and ~6 kB of script instead of the 1.6 MB elk bundle: a 3-stage plan stays a small
 * file, the page opens without running a layout, and the browser never needs elk at all.
 *
 * Phases and containers are ELK compound nodes, laid out together with `INCLUDE_CHILDREN` so edges
 * may cross group borders. Coordinates come back absolute (`elk.json.*Coords = ROOT`), which keeps
 * the SVG flat: no nested transforms to get wrong.
 */
import type { ELK, ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api.js";
import { detailLines, displayLabel, groupLines as groupLabelLines, stageLines } from "./labels.js";
import { isGroup, leaves, type DrawnStage, type GraphView } from "./view.js";

export const CHAR_W = 6.8;
export const LINE_H = 16;
export const MAX_CHARS = 46;
const PAD_X = 10;
/** Drawn stages above which the layout trades crossing quality for time. */
const LARGE_VIEW = 500;
const PAD_Y = 8;

export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  kind: "data" | "order" | "verdict";
  critical: boolean;
  points: { x: number; y: number }[];
}

export interface Layout {
  width: number;
  height: number;
  /** By ELK id: stage ids, `phase:<key>`, and `<gate id>::verdict`. */
  boxes: Map<string, Box>;
  edges: PlacedEdge[];
}

export const phaseElkId = (key: string): string => `phase:${key}`;
export const verdictElkId = (gateId: string): string => `${gateId}::verdict`;

/** The only I/O in the HTML renderer: loading elkjs's bundled build once per process. */
let elk: Promise<ELK> | undefined;
export function loadElk(): Promise<ELK> {
  elk ??= import("elkjs/lib/elk.bundled.js").then((m) => {
    const Ctor = (m as unknown as { default: new () => ELK }).default;
    return new Ctor();
  });
  return elk;
}

/** A phase's title lines: cut later than a stage's (at 2 × MAX_CHARS), since no details panel holds the rest. */
export function phaseLines(title: string, detail: string | undefined): string[] {
  const max = 2 * MAX_CHARS;
  return [`phase: ${title}`, ...(detail ? [detail] : [])].map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
}

/** Lines as drawn in the HTML (truncated to MAX_CHARS; the details panel has the full text). */
export function clip(line: string): string {
  return line.length > MAX_CHARS ? `${line.slice(0, MAX_CHARS - 1)}…` : line;
}

export function leafLines(view: GraphView, d: DrawnStage): string[] {
  return stageLines(d.stage, view.overlay.get(d.stage.id), d.notes).map(clip);
}

export function groupLines(view: GraphView, d: DrawnStage): string[] {
  return groupLabelLines(d.stage, view.overlay.get(d.stage.id), d.notes).map(clip);
}

export function verdictLines(d: DrawnStage): string[] {
  return [`verdict: ${displayLabel(d.stage)}`, ...detailLines(d.stage).slice(0, 1)].map(clip);
}

const textWidth = (lines: string[]): number => Math.max(...lines.map((l) => l.length)) * CHAR_W + 2 * PAD_X;
const textHeight = (lines: string[]): number => lines.length * LINE_H + 2 * PAD_Y;

/**
 * Room for the title above a group's children. No minimum width: ELK's MINIMUM_SIZE constraint also
 * pads compound nodes vertically (about 40 px per group here), so instead a title wider than its
 * children is cut to the box when drawn; the details panel has the full text.
 */
function groupOptions(lines: string[]): Record<string, string> {
  return { "elk.padding": `[top=${textHeight(lines) + 4},left=12,bottom=12,right=12]` };
}

/** Cuts lines to what fits in `width` pixels. */
export function fitLines(lines: string[], width: number): string[] {
  const max = Math.max(4, Math.floor((width - 2 * PAD_X) / CHAR_W));
  return lines.map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
}

export async function layoutView(view: GraphView): Promise<Layout> {
  const edges: ElkExtendedEdge[] = [];
  const meta: Omit<PlacedEdge, "points">[] = [];
  const node = (d: DrawnStage): ElkNode => {
    if (!isGroup(d)) {
      const lines = leafLines(view, d);
      const gate = d.stage.kind === "gate";
      // Hexagon corners eat horizontal room; widen gates so the text stays inside the shape.
      return { id: d.stage.id, width: Math.ceil(textWidth(lines) + (gate ? 28 : 0)), height: Math.ceil(textHeight(lines)) };
    }
    const children = d.children.map(node);
    if (d.stage.kind === "gate") {
      const lines = verdictLines(d);
      const vid = verdictElkId(d.stage.id);
      children.unshift({ id: vid, width: Math.ceil(textWidth(lines) + 28), height: Math.ceil(textHeight(lines)) });
      for (const leaf of leaves(d)) {
        edges.push({ id: `v${edges.length}`, sources: [leaf.stage.id], targets: [vid] });
        meta.push({ from: leaf.stage.id, to: d.stage.id, kind: "verdict", critical: false });
      }
    }
    return { id: d.stage.id, layoutOptions: groupOptions(groupLines(view, d)), children };
  };

  const children: ElkNode[] = view.top.map((item) => {
    if ("stage" in item) return node(item.stage);
    const p = item.phase;
    const lines = phaseLines(p.title, p.detail);
    return { id: phaseElkId(p.key), layoutOptions: groupOptions(lines), children: p.members.map(node) };
  });
  for (const e of view.edges) {
    // A gate group's outgoing edges leave from its verdict: the value flows on once the verdict is in.
    const from = view.byId.get(e.from)!;
    const source = from.stage.kind === "gate" && isGroup(from) ? verdictElkId(e.from) : e.from;
    edges.push({ id: `e${edges.length}`, sources: [source], targets: [e.to] });
    meta.push({ from: e.from, to: e.to, kind: e.kind, critical: e.critical });
  }

  const graph: ElkNode = {
    id: "wfc:root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "DOWN",
      "elk.hierarchyHandling": "INCLUDE_CHILDREN",
      "elk.edgeRouting": "ORTHOGONAL",
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
      "elk.spacing.nodeNode": "24",
      "elk.layered.spacing.nodeNodeBetweenLayers": "36",
      "elk.spacing.edgeNode": "14",
      "elk.padding": "[top=16,left=16,bottom=16,right=16]",
      "elk.json.edgeCoords": "ROOT",
      "elk.json.shapeCoords": "ROOT",
      // Crossing minimisation dominates on big plans; one sweep instead of seven cuts a 1,000-stage
      // plan's layout by about a quarter of its CPU time (13.8 s to 10.5 s measured), and at that size
      // nobody reads the crossings. Small plans keep the thorough default.
      ...(view.drawn.length > LARGE_VIEW ? { "elk.layered.thoroughness": "1" } : {}),
    },
    children,
    edges,
  };
  const laid = await (await loadElk()).layout(graph);

  const boxes = new Map<string, Box>();
  const walk = (n: ElkNode): void => {
    for (const c of n.children ?? []) {
      boxes.set(c.id, { id: c.id, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 });
      walk(c);
    }
  };
  walk(laid);
  const placed: PlacedEdge[] = [];
  const byId = new Map((laid.edges ?? []).map((e) => [e.id, e]));
  edges.forEach((e, i) => {
    const out = byId.get(e.id);
    const points = (out?.sections ?? []).flatMap((sec) => [sec.startPoint, ...(sec.bendPoints ?? []), sec.endPoint]);
    placed.push({ ...meta[i]!, points });
  });
  const width = widenPhases(view, boxes, laid.width ?? 0);
  return { width, height: laid.height ?? 0, boxes, edges: placed };
}

/**
 * A phase's title is all it says (a phase has no details panel), yet ELK sizes a phase to its
 * children, so a long `detail` would be cut. Widen the phase box to the right after layout, when
 * that overlaps no other top-level box; returns the drawing's (possibly grown) width.
 */
function widenPhases(view: GraphView, boxes: Map<string, Box>, width: number): number {
  const top = view.top.map((item) => boxes.get("phase" in item ? phaseElkId(item.phase.key) : item.stage.stage.id)).filter((b): b is Box => !!b);
  let out = width;
  for (const item of view.top) {
    if (!("phase" in item)) continue;
    const p = item.phase;
    const b = boxes.get(phaseElkId(p.key));
    if (!b) continue;
    const lines = phaseLines(p.title, p.detail);
    const want = Math.ceil(textWidth(lines) + 4);
    if (want <= b.width) continue;
    const grown = { ...b, width: want };
    const hits = top.some((o) => o !== b && o.x < grown.x + grown.width && grown.x < o.x + o.width && o.y < grown.y + grown.height && grown.y < o.y + o.height);
    if (hits) continue;
    boxes.set(b.id, grown);
    top[top.indexOf(b)] = grown;
    out = Math.max(out, grown.x + grown.width + 16);
  }
  return out;
}
