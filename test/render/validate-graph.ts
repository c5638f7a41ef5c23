/**
 * Checks that a value is a well-formed StageGraphJson, field by field against compiler/graph/types.ts,
 * so hand-made fixtures cannot drift from the type the compiler will emit. Returns problems as
 * strings (empty when valid) rather than throwing, so a test shows all of them at once.
 */
import type { StageGraphJson } from "../../compiler/graph/types.js";

const KINDS = ["agent", "parallel", "pipeline", "serial", "gate", "retry", "loop", "branch", "workflow"];
const BOUND_KEYS = ["agents", "inputTokens", "outputTokens", "usd", "latencyMs", "peakConcurrency"];
const STAGE_KEYS = new Set([
  "id", "kind", "label", "parent", "order", "phase", "loc", "multiplicity", "width", "iterations", "attempts", "gate",
  "workflow", "model", "pricedModel", "effort", "prompt", "schema", "options", "bounds", "total", "derivations", "critical",
]);
const AGENT_ONLY = ["model", "pricedModel", "effort", "prompt", "schema", "options"];

export function validateGraph(g: StageGraphJson): string[] {
  const problems: string[] = [];
  const bad = (msg: string): void => void problems.push(msg);
  if (g.version !== 1) bad("version must be 1");
  for (const k of ["name", "description", "path", "hash"] as const) if (typeof g.plan?.[k] !== "string") bad(`plan.${k} must be a string`);
  if (!Array.isArray(g.plan?.phases)) bad("plan.phases must be an array");
  const ids = new Set<string>();
  const checkBounds = (where: string, b: unknown): void => {
    if (!b || typeof b !== "object") return bad(`${where} missing`);
    for (const k of BOUND_KEYS) {
      const v = (b as Record<string, unknown>)[k];
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) bad(`${where}.${k} must be a finite number >= 0`);
    }
    if (Object.keys(b).length !== BOUND_KEYS.length) bad(`${where} has extra keys`);
  };
  checkBounds("bounds", g.bounds);
  let prev = "";
  const siblings = new Map<string | null, number[]>();
  for (const s of g.stages) {
    const at = `stage ${s.id}`;
    if (ids.has(s.id)) bad(`${at}: duplicate id`);
    ids.add(s.id);
    if (s.id <= prev) bad(`${at}: stages must be sorted by id`);
    prev = s.id;
    for (const k of Object.keys(s)) if (!STAGE_KEYS.has(k)) bad(`${at}: unknown key ${k}`);
    if (!KINDS.includes(s.kind)) bad(`${at}: bad kind ${s.kind}`);
    if (typeof s.label !== "string") bad(`${at}: label must be a string`);
    if (!Number.isInteger(s.order) || s.order < 0) bad(`${at}: order must be an integer >= 0`);
    if (!(s.phase === null || typeof s.phase === "string")) bad(`${at}: phase must be string|null`);
    if (!s.loc || !["line", "column", "start", "end"].every((k) => Number.isInteger((s.loc as Record<string, number>)[k]))) bad(`${at}: loc`);
    if (!Number.isInteger(s.multiplicity) || s.multiplicity < 1) bad(`${at}: multiplicity must be an integer >= 1`);
    if (typeof s.critical !== "boolean") bad(`${at}: critical must be boolean`);
    if (!Array.isArray(s.derivations) || s.derivations.some((d) => typeof d.quantity !== "string" || typeof d.value !== "number" || typeof d.because !== "string")) bad(`${at}: derivations`);
    checkBounds(`${at}.bounds`, s.bounds);
    checkBounds(`${at}.total`, s.total);
    if (s.kind !== "agent") for (const k of AGENT_ONLY) if (k in s) bad(`${at}: ${k} only applies to agents`);
    if (s.kind === "agent") {
      if (!(s.model === null || typeof s.model === "string")) bad(`${at}: model must be string|null`);
      if (typeof s.pricedModel !== "string") bad(`${at}: pricedModel must be a string`);
      if (!s.prompt || typeof s.prompt.template !== "string" || !Array.isArray(s.prompt.holes)) bad(`${at}: prompt`);
      const keys = Object.keys(s.options ?? {});
      if (keys.join() !== [...keys].sort().join()) bad(`${at}: options must be sorted by key`);
    }
    if ((s.kind === "parallel" || s.kind === "pipeline") && !(Number.isInteger(s.width) && s.width! >= 0)) bad(`${at}: width required`);
    if (s.kind === "loop" && !Number.isInteger(s.iterations)) bad(`${at}: iterations required`);
    if (s.kind === "retry" && !Number.isInteger(s.attempts)) bad(`${at}: attempts required`);
    if (s.kind === "gate" && (!s.gate || !["predicate", "agent"].includes(s.gate.check) || !["drop", "abort", "retry"].includes(s.gate.onFail))) bad(`${at}: gate info`);
    if (s.kind === "workflow" && typeof s.workflow !== "string") bad(`${at}: workflow name required`);
    const list = siblings.get(s.parent) ?? [];
    list.push(s.order);
    siblings.set(s.parent, list);
  }
  const root = g.stages.find((s) => s.id === g.root);
  if (!root) bad(`root ${g.root} is not a stage`);
  else {
    if (root.kind !== "serial" || root.parent !== null) bad("root must be a serial with parent null");
    for (const k of BOUND_KEYS) if (Math.abs((root.total as unknown as Record<string, number>)[k]! - (g.bounds as unknown as Record<string, number>)[k]!) > 1e-6) bad(`bounds.${k} must equal the root's total`);
  }
  for (const s of g.stages) if (s.parent !== null && !ids.has(s.parent)) bad(`stage ${s.id}: parent ${s.parent} missing`);
  for (const s of g.stages) if (s.parent === null && s.id !== g.root) bad(`stage ${s.id}: only the root has parent null`);
  for (const [p, orders] of siblings) {
    const sorted = [...orders].sort((a, b) => a - b);
    if (sorted.some((o, i) => o !== i)) bad(`children of ${p}: orders must be 0..n-1`);
  }
  let prevEdge = "";
  for (const e of g.edges) {
    if (!ids.has(e.from) || !ids.has(e.to)) bad(`edge ${e.from} -> ${e.to}: unknown endpoint`);
    if (e.kind !== "data" && e.kind !== "order") bad(`edge ${e.from} -> ${e.to}: bad kind`);
    const key = `${e.from}\u0000${e.to}\u0000${e.kind}`;
    if (key <= prevEdge) bad("edges must be sorted by from, to, kind");
    prevEdge = key;
  }
  for (const id of g.criticalPath) if (!ids.has(id)) bad(`criticalPath: unknown stage ${id}`);
  return problems;
}
