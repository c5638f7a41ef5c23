/**
 * Gives the compiler's *positional* stages a key that survives unrelated edits, before two graphs
 * are matched.
 *
 * Most stage ids are site keys built from labels and bound names (see `compiler/stage-ids.ts`), and
 * they are used as they are. Three kinds of stage are not sites:
 * - `branch` stages. The compiler keys them by their first agent and nests them under the enclosing
 *   stage (`branch:agent:x`, `pipeline:acted/item/branch:agent:reproduce`, `…#2` when two sibling
 *   branches start with the same agent; graphs from older versions have `branch`, `branch#2`). That
 *   id still moves when an agent is put first in the `if`, or when a `#2` shifts;
 * - implicit fan-outs, a `.map`/`.forEach` whose callback calls `agent` (`map`, `map~2`), numbered
 *   by position;
 * - the scaffolding under a stage: `…/item`, `…/body`, `…/arm0`, `…/attempt`, `…/check`.
 * Matched by raw id, inserting one `if` could show the next `if` as changed, its arms as added and
 * removed, and every agent inside as re-parented. Instead a branch or implicit fan-out is keyed by
 * the smallest stable id inside it (`branch(parallel:second)`, `map(agent:answer)`), and the
 * scaffolding under it by its parent's key plus its own segment. Stages with site keys keep their id,
 * so for hand-made graphs and for plans without such stages the canonical graph is the graph itself.
 *
 * `isScaffolding` marks what the diff lists never name: the containers and branches exist only
 * because their contents do, and a change to them shows on the stages inside (`parent` context).
 */

import type { StageGraphJson, StageJson } from "../graph/types.js";

const CONTAINER_SEGMENT = /^(item|body|arm\d+|attempt|check|scratch)(~\d+)?$/;
/** `branch:<first agent's segment>` (current ids) or `branch`, `branch#2` (older graphs), with suffixes. */
const BRANCH_SEGMENT = /^branch(:[^/]+?)?(#\d+)?(~\d+)?$/;

/**
 * The id's last `/`-segment, not counting slashes inside a canonical key's parentheses: the key of a
 * branch in a fan-out, `pipeline:acted/item/branch(pipeline:acted/agent:answer)`, ends in
 * `branch(…)`, not `agent:answer)`. Site ids never contain parentheses (labels are sanitised).
 */
function lastSegment(id: string): string {
  let depth = 0;
  let cut = -1;
  for (let i = 0; i < id.length; i++) {
    const c = id[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (c === "/" && depth === 0) cut = i;
  }
  return id.slice(cut + 1);
}

/** A serial container (`…/item`, `…/body`, `…/arm0`, …) or a branch: listed through its contents only. */
export function isScaffolding(stage: StageJson): boolean {
  if (stage.parent === null) return false;
  if (stage.kind === "serial") return CONTAINER_SEGMENT.test(lastSegment(stage.id));
  if (stage.kind === "branch") return BRANCH_SEGMENT.test(lastSegment(stage.id)) || /^branch\(/.test(lastSegment(stage.id));
  return false;
}

/** A `.map(…)`-style fan-out the compiler found inside an expression (its label starts with `.`). */
function isImplicitFanOut(stage: StageJson): boolean {
  return stage.kind === "parallel" && stage.label.startsWith(".");
}

function isPositional(stage: StageJson): boolean {
  return isScaffolding(stage) || isImplicitFanOut(stage);
}

/** The graph with positional ids replaced by content keys (stage ids, parents, edges, critical path). */
export function canonicalGraph(graph: StageGraphJson): StageGraphJson {
  const byId = new Map(graph.stages.map((s) => [s.id, s]));
  if (!graph.stages.some(isPositional)) return graph;

  const children = new Map<string, StageJson[]>();
  for (const s of graph.stages) {
    if (s.parent === null) continue;
    const list = children.get(s.parent);
    if (list) list.push(s);
    else children.set(s.parent, [s]);
  }
  /** The smallest site-keyed id below a stage, depth-first; what names a branch or implicit fan-out. */
  const anchor = (id: string): string | undefined => {
    let best: string | undefined;
    const stack = [...(children.get(id) ?? [])];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (!isPositional(s)) {
        if (best === undefined || s.id < best) best = s.id;
        continue;
      }
      stack.push(...(children.get(s.id) ?? []));
    }
    return best;
  };

  const keys = new Map<string, string>();
  const used = new Set<string>();
  const keyOf = (stage: StageJson): string => {
    const known = keys.get(stage.id);
    if (known !== undefined) return known;
    let key = stage.id;
    if (isPositional(stage) && stage.parent !== null) {
      const parent = byId.get(stage.parent);
      const parentKey = parent ? keyOf(parent) : stage.parent;
      const prefix = parent && parent.parent === null ? "" : `${parentKey}/`;
      const segment = lastSegment(stage.id);
      const inner = anchor(stage.id);
      if (stage.kind === "branch") key = `${prefix}branch(${inner ?? segment})`;
      else if (isImplicitFanOut(stage)) key = `${prefix}${stage.label.slice(1)}(${inner ?? segment})`;
      else key = `${prefix}${segment.replace(/~\d+$/, "")}`;
      // Two branches around the same first stage cannot happen; stay unique whatever the input.
      if (used.has(key)) for (let n = 2; ; n++) if (!used.has(`${key}~${n}`)) { key = `${key}~${n}`; break; }
    }
    used.add(key);
    keys.set(stage.id, key);
    return key;
  };
  // Site-keyed ids first, so a positional key can never take one of them.
  for (const s of graph.stages) if (!isPositional(s)) keyOf(s);
  for (const s of graph.stages) keyOf(s);

  const rename = (id: string): string => keys.get(id) ?? id;
  const stages = graph.stages
    .map((s) => ({ ...s, id: rename(s.id), parent: s.parent === null ? null : rename(s.parent) }))
    .sort((a, b) => compare(a.id, b.id));
  const edges = graph.edges
    .map((e) => ({ ...e, from: rename(e.from), to: rename(e.to) }))
    .sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to) || compare(a.kind, b.kind));
  return { ...graph, root: rename(graph.root), stages, edges, criticalPath: graph.criticalPath.map(rename) };
}

/**
 * Where a stage sits, for comparing and printing its `parent`: the nearest enclosing stage with a
 * stable id, then the scaffolding below it by label (`plan › branch › then`). Renumbered or re-keyed
 * containers give the same context; moving a stage into an `if` or out of a retry does not.
 */
export function stageContext(stage: StageJson, byId: ReadonlyMap<string, StageJson>): string | null {
  if (stage.parent === null) return null;
  const chain: string[] = [];
  let current = byId.get(stage.parent);
  let id: string | null = stage.parent;
  while (current && isScaffolding(current)) {
    chain.unshift(current.label);
    id = current.parent;
    current = id === null ? undefined : byId.get(id);
  }
  if (id !== null) chain.unshift(id);
  return chain.join(" › ");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
