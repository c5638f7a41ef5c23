/**
 * The runtime composes stage ids exactly as compiler/stage-ids.ts describes: a helper called from
 * two sites gives two ids, each `joinId(rel(call site), rel(agent))`.
 */
import { expect, test } from "vitest";
import { parse } from "../../grammar/parse.js";
import { indexSites, joinId } from "../../compiler/stage-ids.js";
import { walk } from "../../compiler/walk.js";
import type * as A from "../../grammar/ast.js";
import { fakeProvider, run } from "./fake-provider.js";

const plan = `export const meta = { name: "ids", description: "stage ids" }
async function review(f) {
  return agent(\`review \${f}\`, { label: "review" })
}
const a = await review("x")
const b = await review("y")
for (const f of ["p", "q"]) {
  await review(f)
}
const c = await pipeline(["m"], review)
const d = await parallel([() => agent("inline", { label: "inline" })])
return [a, b, c, d]
`;

test("a helper called from two sites runs under two ids composed from the compiler's rel keys", async () => {
  const { program } = parse(plan);
  const sites = indexSites(program);
  const calls: A.CallExpression[] = [];
  let agentInHelper: A.CallExpression | undefined;
  let pipelineCall: A.CallExpression | undefined;
  walk(program, (n) => {
    if (n.type === "CallExpression" && n.callee.type === "Identifier") {
      if (n.callee.name === "review") calls.push(n);
      if (n.callee.name === "pipeline") pipelineCall = n;
      if (n.callee.name === "agent" && sites.rel.get(n) === "agent:review") agentInHelper = n;
    }
  });
  const agentRel = sites.rel.get(agentInHelper!)!;
  const expected = [
    ...calls.map((c) => joinId(sites.rel.get(c)!, agentRel)),
    joinId(joinId(sites.rel.get(pipelineCall!)!, "call:review"), agentRel),
  ];
  // The same ids written out, so a change in either side's composition is visible.
  expect(expected).toEqual([
    "call:review/agent:review",
    "call:review#2/agent:review",
    "loop:f/call:review/agent:review",
    "pipeline:c/call:review/agent:review",
  ]);

  const provider = fakeProvider();
  const r = await run(plan, { provider });
  expect(r.status).toBe("completed");
  expect(provider.calls.map((c) => [c.stageId, c.index])).toEqual([
    ["call:review/agent:review", []],
    ["call:review#2/agent:review", []],
    ["loop:f/call:review/agent:review", [0]],
    ["loop:f/call:review/agent:review", [1]],
    ["pipeline:c/call:review/agent:review", [0]],
    ["parallel:d/agent:inline", [0]],
  ]);
  expect(Object.keys(r.perStage).sort()).toEqual([
    "call:review#2/agent:review",
    "call:review/agent:review",
    "loop:f/call:review/agent:review",
    "parallel:d/agent:inline",
    "pipeline:c/call:review/agent:review",
  ]);
});

test("a helper called through another name or as a method runs under that call's site, in the compiler and the runtime alike", async () => {
  const src = `export const meta = { name: "alias", description: "helpers by other names" }
async function review(f) { return await agent(\`Review \${f}\`, { label: "r" }) }
const g = review
const tools = { rev: review }
const a = await g("a")
const b = await review("b")
const c = await tools.rev("c")
const d = await [1].map((n) => review(String(n)))[0]
return [a, b, c, d]
`;
  const { compileSource } = await import("../../compiler/compile.js");
  const c = compileSource("alias.wf.js", src);
  expect(c.diagnostics.filter((x) => x.severity === "error")).toEqual([]);
  const compiled = c.graph!.stages.filter((s) => s.kind === "agent").map((s) => s.id).sort();
  expect(compiled).toEqual(["call:g/agent:r", "call:review#2/agent:r", "call:review/agent:r", "call:tools.rev/agent:r"]);
  const r = await run(src, { provider: fakeProvider() });
  expect(Object.keys(r.perStage).sort()).toEqual(compiled);
});
