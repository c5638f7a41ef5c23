/**
 * WF3001: helpers that call each other in a loop. Plans have no recursion: every helper is expanded
 * at its call sites for the bounds. The cycle is reported starting at its earliest-declared member,
 * so the output is the same however the cycle is discovered.
 */
import type * as A from "../../grammar/ast.js";
import type { Reporter } from "../report.js";
import type { SiteIndex, HelperNode } from "../stage-ids.js";
import { walk } from "../walk.js";

export function checkCallCycles(sites: SiteIndex, r: Reporter): void {
  const names = [...sites.helpers.keys()];
  const calls = new Map<string, { callee: string; span: A.Span }[]>();
  for (const [name, fn] of sites.helpers) calls.set(name, calleesOf(fn, sites));
  const declared = (n: string): number => sites.helpers.get(n)!.span.start;
  const reported = new Set<string>();
  for (const start of names.sort((a, b) => declared(a) - declared(b))) {
    // DFS from `start` looking for a path back to it through helpers declared no earlier.
    const stack: { name: string; path: { name: string; span: A.Span }[] }[] = [{ name: start, path: [] }];
    const seen = new Set<string>();
    while (stack.length) {
      const { name, path } = stack.pop()!;
      for (const c of calls.get(name) ?? []) {
        if (c.callee === start) {
          const cycle = [start, ...path.map((p) => p.name), start];
          const key = [...new Set(cycle)].sort().join(",");
          if (reported.has(key)) continue;
          reported.add(key);
          const first = path[0]?.span ?? c.span;
          r.error("WF3001", first, `call cycle: ${cycle.map((n) => "`" + n + "`").join(" → ")}`, {
            label: cycle.length === 2 ? "calls itself here" : "the cycle starts here",
            help: "plans cannot recurse: every helper is expanded where it is called; write the repetition as a bounded loop",
          });
          continue;
        }
        if (seen.has(c.callee) || declared(c.callee) < declared(start)) continue;
        seen.add(c.callee);
        stack.push({ name: c.callee, path: [...path, { name: c.callee, span: c.span }] });
      }
      if (path.length === 0 && name === start) {
        // direct self-calls are found through the loop above (callee === start with empty path)
      }
    }
  }
}

function calleesOf(fn: HelperNode, sites: SiteIndex): { callee: string; span: A.Span }[] {
  const out: { callee: string; span: A.Span }[] = [];
  walk(fn.body, (n) => {
    // Nested named helpers are their own nodes in the call graph.
    if (n !== fn.body && sites.helperName.has(n)) return false;
    if (n.type === "Identifier" && sites.helpers.has(n.name)) out.push({ callee: n.name, span: n.span });
    return undefined;
  });
  return out;
}
