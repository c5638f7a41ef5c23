/**
 * Which agents' outputs reach the plan's final answer, and whether every way they get there passes
 * through a gate. Backs the `verification-removed` risk.
 *
 * The rule, computed from edges and containment only:
 * - The final answer is the root itself when any `data` edge points at the root (the compiler's way
 *   of saying "returned"); otherwise it is the root's last child by `order` (a plan ends with its
 *   `return`, or with the stage whose value is the result).
 * - A value flows along `data` edges (`order` edges carry no value) and from a stage to its
 *   enclosing stage (a parallel's result holds its children's results, a gate's result is the value
 *   it checked). Containment into the root is not followed: every top-level stage is inside the root,
 *   so following it would make every agent "reach" the answer.
 * - A path is verified when it passes through a stage of kind `gate` (a path that enters a gate by
 *   containment, i.e. an agent written inside `gate(…)`, passes through it).
 * An agent is `verified` when it reaches the final answer and every path it has to it is verified,
 * `unverified` when at least one path skips every gate, and `unused` when it does not reach it.
 */

import type { StageGraphJson } from "../graph/types.js";

export type Verification = "verified" | "unverified" | "unused";

/** The final answer's stage id per the rule above, or `undefined` for an empty plan. */
export function finalAnswerStage(graph: StageGraphJson): string | undefined {
  if (graph.edges.some((e) => e.kind === "data" && e.to === graph.root)) return graph.root;
  let last: { id: string; order: number } | undefined;
  for (const stage of graph.stages)
    if (stage.parent === graph.root && (last === undefined || stage.order > last.order || (stage.order === last.order && stage.id > last.id)))
      last = { id: stage.id, order: stage.order };
  return last?.id;
}

/** Every agent stage's verification status. Linear in stages + edges (two reverse searches). */
export function agentVerification(graph: StageGraphJson): Map<string, Verification> {
  const result = new Map<string, Verification>();
  const target = finalAnswerStage(graph);
  const kinds = new Map(graph.stages.map((s) => [s.id, s.kind]));

  // Reverse adjacency: for each stage, the stages whose value flows into it.
  const into = new Map<string, string[]>();
  const addFlow = (from: string, to: string) => {
    const list = into.get(to);
    if (list) list.push(from);
    else into.set(to, [from]);
  };
  for (const edge of graph.edges) if (edge.kind === "data") addFlow(edge.from, edge.to);
  for (const stage of graph.stages)
    if (stage.parent !== null && stage.parent !== graph.root) addFlow(stage.id, stage.parent);

  const reaches = target === undefined ? new Set<string>() : reverseReach(target, into, () => true);
  // Stages with a path to the answer that avoids every gate. If the answer is itself a gate, every
  // path ends in a gate, so nothing but the gate reaches it unverified.
  const ungated =
    target === undefined || kinds.get(target) === "gate"
      ? new Set<string>()
      : reverseReach(target, into, (id) => kinds.get(id) !== "gate");

  for (const stage of graph.stages) {
    if (stage.kind !== "agent") continue;
    result.set(stage.id, !reaches.has(stage.id) ? "unused" : ungated.has(stage.id) ? "unverified" : "verified");
  }
  return result;
}

function reverseReach(target: string, into: Map<string, string[]>, may: (id: string) => boolean): Set<string> {
  const seen = new Set<string>([target]);
  const stack = [target];
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const from of into.get(id) ?? []) {
      if (seen.has(from) || !may(from)) continue;
      seen.add(from);
      stack.push(from);
    }
  }
  return seen;
}
