/**
 * The one place that decides *what* a drawing shows, so Mermaid, DOT and HTML agree and differ only
 * in syntax: which stages become boxes and which become groups, which are elided, how phases wrap
 * the top level, which edges are kept, what is critical, and how a run's actuals compare with the
 * bounds.
 *
 * Decisions, and why:
 * - The root and every `serial` with no edge of its own are elided: a sequence is already visible as
 *   the order of its children, and one more frame per helper or loop body only adds nesting.
 * - A fan-out (`parallel`/`pipeline`) is a group around its call-site templates, labelled with its
 *   width: the graph holds call sites, never items, so 200 items never become 200 boxes.
 * - Phases wrap only top-level drawn stages. A phase is a property of a stage, not a container, so a
 *   stage nested in a loop stays in the loop even when a `phase()` call inside it changed the phase.
 * - An edge between a stage and its own ancestor is dropped: containment already says it, and
 *   Mermaid/Graphviz cannot draw an edge into the cluster that holds its tail. An `order` edge
 *   beside a `data` edge between the same two stages is dropped too: reading a value already orders.
 * - What elision hides is put back as notes on the drawn stage: the arm of a branch it sits in
 *   (`then`/`else`), and its phase when that differs from the phase around it, so a phase that
 *   only nested stages run under (a pipeline's later steps) is still on the page.
 * - An edge is critical only when it follows the critical path: every path stage between its ends
 *   lies inside its tail or encloses its head. Any other edge between two critical stages is a
 *   shortcut the path does not take.
 */
import type { EdgeJson, StageActuals, StageGraphJson, StageJson } from "../graph/types.js";

export interface RenderOptions {
  /** A run's actuals by stage id; stages without an entry show bounds only. */
  actuals?: Record<string, StageActuals>;
}

export interface DrawnStage {
  stage: StageJson;
  /** Drawn children in source order (elided serials replaced by their own children). */
  children: DrawnStage[];
  /** Nearest drawn ancestor, or `null` at the top level. */
  parent: DrawnStage | null;
  depth: number;
  /** What elision hid, as short text: `then arm`, `phase: Fix`. Shown under the title. */
  notes: string[];
}

export interface PhaseView {
  /** Stable key for ids: `phase-<n>`, n is the index in `plan.phases` (undeclared phases follow). */
  key: string;
  title: string;
  detail?: string;
  members: DrawnStage[];
}

/** One top-level item in source order: a phase cluster or a stage outside any phase. */
export type TopItem = { phase: PhaseView } | { stage: DrawnStage };

export interface ViewEdge extends EdgeJson {
  critical: boolean;
}

/** Actual vs bound for one stage. Actuals are summed over every execution, so they are compared with `total`. */
export interface StageOverlay {
  actual: StageActuals;
  /** Summed from descendants because the run recorded nothing for this stage itself. */
  aggregated: boolean;
  /** The quantities whose actual exceeds the bound: agents, inputTokens, outputTokens, usd. */
  exceeded: ("agents" | "inputTokens" | "outputTokens" | "usd")[];
}

export interface GraphView {
  graph: StageGraphJson;
  top: TopItem[];
  /** Every drawn stage, pre-order (parents before children). */
  drawn: DrawnStage[];
  byId: Map<string, DrawnStage>;
  /** Stage ids that are not drawn (the root and edge-less serials). */
  elided: string[];
  edges: ViewEdge[];
  critical: Set<string>;
  overlay: Map<string, StageOverlay>;
  /** Actuals keys that name no stage of this graph (a report from another version of the plan, or
   *  stages the runtime recorded under ids the compiler does not give), sorted. Shown, never dropped silently. */
  unmatched: string[];
}

export function isGroup(d: DrawnStage): boolean {
  return d.children.length > 0;
}

export function buildView(graph: StageGraphJson, options: RenderOptions = {}): GraphView {
  const children = new Map<string | null, StageJson[]>();
  for (const s of graph.stages) {
    const list = children.get(s.parent);
    if (list) list.push(s);
    else children.set(s.parent, [s]);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));

  const touched = new Set<string>();
  for (const e of graph.edges) {
    touched.add(e.from);
    touched.add(e.to);
  }
  const elided: string[] = [];
  const drawn: DrawnStage[] = [];
  const byId = new Map<string, DrawnStage>();
  const isElided = (s: StageJson): boolean => s.id === graph.root || (s.kind === "serial" && !touched.has(s.id));
  const stageById = new Map(graph.stages.map((s) => [s.id, s]));
  // The arm a stage sits in, when that arm was elided: found by walking up to the drawn parent.
  const armOf = (s: StageJson, parent: DrawnStage | null): string | undefined => {
    for (let p = s.parent === null ? undefined : stageById.get(s.parent); p && p.id !== parent?.stage.id; p = p.parent === null ? undefined : stageById.get(p.parent)) {
      const pp = p.parent === null ? undefined : stageById.get(p.parent);
      if (pp?.kind === "branch" && isElided(p)) return p.label;
    }
    return undefined;
  };
  const notesFor = (s: StageJson, parent: DrawnStage | null): string[] => {
    const notes: string[] = [];
    const arm = armOf(s, parent);
    if (arm) notes.push(`${arm} arm`);
    // At the top level the phase cluster already names the phase.
    if (parent && s.phase !== null && s.phase !== parent.stage.phase) notes.push(`phase: ${s.phase}`);
    return notes;
  };

  // Iterative walk: generated plans nest deeply enough that recursion depth is not the concern, but
  // keeping pre-order explicit makes `drawn` usable as a paint order (groups before their contents).
  function expand(ofId: string, parent: DrawnStage | null, depth: number): DrawnStage[] {
    const out: DrawnStage[] = [];
    for (const s of children.get(ofId) ?? []) {
      if (isElided(s)) {
        elided.push(s.id);
        out.push(...expand(s.id, parent, depth));
        continue;
      }
      const d: DrawnStage = { stage: s, children: [], parent, depth, notes: notesFor(s, parent) };
      drawn.push(d);
      byId.set(s.id, d);
      d.children = expand(s.id, d, depth + 1);
      out.push(d);
    }
    return out;
  }
  const rootStage = graph.stages.find((s) => s.id === graph.root);
  if (rootStage) elided.push(rootStage.id);
  // Stages whose parent is missing would vanish silently; draw them at the top level instead.
  const known = new Set(graph.stages.map((s) => s.id));
  const orphans = graph.stages.filter((s) => s.id !== graph.root && s.parent !== null && !known.has(s.parent));
  const topStages = [...expand(graph.root, null, 0)];
  for (const o of orphans) {
    const d: DrawnStage = { stage: o, children: [], parent: null, depth: 0, notes: [] };
    drawn.push(d);
    byId.set(o.id, d);
    d.children = expand(o.id, d, 1);
    topStages.push(d);
  }

  const phases = new Map<string, PhaseView>();
  graph.plan.phases.forEach((p, i) => phases.set(p.title, { key: `phase-${i}`, title: p.title, ...(p.detail ? { detail: p.detail } : {}), members: [] }));
  const top: TopItem[] = [];
  for (const d of topStages) {
    const title = d.stage.phase;
    if (title === null) {
      top.push({ stage: d });
      continue;
    }
    let phase = phases.get(title);
    if (!phase) {
      phase = { key: `phase-${phases.size}`, title, members: [] };
      phases.set(title, phase);
    }
    if (phase.members.length === 0) top.push({ phase });
    phase.members.push(d);
  }

  const critical = new Set(graph.criticalPath);
  for (const s of graph.stages) if (s.critical) critical.add(s.id);
  const path = graph.criticalPath;
  const pathIndex = new Map(path.map((id, i) => [id, i]));
  // `a` is `b` or one of its ancestors in the stage tree (drawn or not).
  const encloses = (a: string, b: string): boolean => {
    for (let x: StageJson | undefined = stageById.get(b); x; x = x.parent === null ? undefined : stageById.get(x.parent)) if (x.id === a) return true;
    return false;
  };
  const followsPath = (from: string, to: string): boolean => {
    const i = pathIndex.get(from);
    const j = pathIndex.get(to);
    if (i === undefined || j === undefined || i >= j) return false;
    for (let k = i + 1; k < j; k++) if (!encloses(from, path[k]!) && !encloses(path[k]!, to)) return false;
    return true;
  };
  const edges: ViewEdge[] = [];
  const seen = new Set<string>();
  const data = new Set(graph.edges.filter((e) => e.kind === "data").map((e) => `${e.from}\u0000${e.to}`));
  for (const e of graph.edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to || from === to || isAncestor(from, to) || isAncestor(to, from)) continue;
    if (e.kind === "order" && data.has(`${e.from}\u0000${e.to}`)) continue;
    const key = `${e.from}\u0000${e.to}\u0000${e.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ ...e, critical: followsPath(e.from, e.to) });
  }

  const { actuals, unmatched } = rollUp(options.actuals, stageById);
  return { graph, top, drawn, byId, elided, edges, critical, overlay: buildOverlay(graph, children, actuals), unmatched };
}

function isAncestor(a: DrawnStage, b: DrawnStage): boolean {
  for (let p = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

const EPSILON = 1e-9;

/**
 * A nested workflow is one stage in its parent's graph, but the run files the child's agents under
 * `<workflow stage id>/<child stage id>`. Those actuals are added to the nearest stage whose id is a
 * prefix; only ids with no such ancestor are reported as unmatched.
 */
function rollUp(
  actuals: Record<string, StageActuals> | undefined,
  stageById: Map<string, StageJson>,
): { actuals: Record<string, StageActuals> | undefined; unmatched: string[] } {
  if (!actuals) return { actuals, unmatched: [] };
  const out: Record<string, StageActuals> = {};
  const unmatched: string[] = [];
  for (const [id, a] of Object.entries(actuals)) {
    let target: string | undefined = stageById.has(id) ? id : undefined;
    for (let cut = id.lastIndexOf("/"); !target && cut > 0; cut = id.lastIndexOf("/", cut - 1)) {
      const prefix = id.slice(0, cut);
      if (stageById.has(prefix)) target = prefix;
    }
    if (!target) {
      unmatched.push(id);
      continue;
    }
    out[target] = out[target] ? addActuals(out[target]!, a) : { ...a };
  }
  return { actuals: out, unmatched: unmatched.sort() };
}

function buildOverlay(
  graph: StageGraphJson,
  children: Map<string | null, StageJson[]>,
  actuals: Record<string, StageActuals> | undefined,
): Map<string, StageOverlay> {
  const out = new Map<string, StageOverlay>();
  if (!actuals) return out;
  const memo = new Map<string, StageActuals | undefined>();
  const sum = (id: string): StageActuals | undefined => {
    if (memo.has(id)) return memo.get(id);
    let acc: StageActuals | undefined = actuals[id];
    if (!acc)
      for (const c of children.get(id) ?? []) {
        const a = sum(c.id);
        if (a) acc = acc ? addActuals(acc, a) : { ...a };
      }
    memo.set(id, acc);
    return acc;
  };
  for (const s of graph.stages) {
    const actual = sum(s.id);
    if (!actual) continue;
    const exceeded: StageOverlay["exceeded"] = [];
    for (const q of ["agents", "inputTokens", "outputTokens", "usd"] as const)
      if (actual[q] > s.total[q] + EPSILON) exceeded.push(q);
    out.set(s.id, { actual, aggregated: actuals[s.id] === undefined, exceeded });
  }
  return out;
}

function addActuals(a: StageActuals, b: StageActuals): StageActuals {
  return {
    agents: a.agents + b.agents,
    succeeded: a.succeeded + b.succeeded,
    failed: a.failed + b.failed,
    quarantined: a.quarantined + b.quarantined,
    replayed: a.replayed + b.replayed,
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    usd: a.usd + b.usd,
    ms: a.ms + b.ms,
  };
}

/** Leaf stages under `d` in paint order (itself when it is a leaf). */
export function leaves(d: DrawnStage): DrawnStage[] {
  if (!isGroup(d)) return [d];
  return d.children.flatMap(leaves);
}
