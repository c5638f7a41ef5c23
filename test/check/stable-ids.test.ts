/**
 * Stage ids are stable: they come from labels, bound names and helper call paths, never from line
 * numbers or offsets, so editing a prompt, adding a statement elsewhere, moving a helper or
 * reformatting leaves every stage id unchanged. And the canonical graph JSON is byte-identical
 * across compilations of the same text.
 */
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";

const base = `export const meta = {
  name: 'stable',
  description: 'A plan with every kind of stage',
  args: { type: 'object', properties: { files: { type: 'array', maxItems: 6, items: { type: 'string', maxLength: 100 } }, deep: { type: 'boolean' } } },
}

async function review(file) {
  return agent(\`Review \${file} for bugs\`, { label: 'review', model: 'haiku', maxTokens: 300 })
}

const scope = await agent('Describe the repository', { label: 'scope', model: 'haiku', maxTokens: 200 })
const reviews = await parallel(args.files.map((f) => () => review(f)))
const checked = await gate(reviews.filter(Boolean), (r) => r.length > 10, { each: true, onFail: 'drop', label: 'non-empty' })
const steps = await pipeline(args.files, (f) => agent(\`Plan \${f}\`, { label: 'plan', model: 'haiku', maxTokens: 100 }), (p) => review(p))
for (let round = 0; round < 2; round++) {
  log(await agent(\`Round \${round}: \${scope}\`, { label: 'round', model: 'haiku', maxTokens: 100 }))
}
if (args.deep) {
  log(await retry(() => agent('Go deeper', { label: 'deeper', model: 'sonnet', maxTokens: 500 }), { attempts: 2 }))
} else {
  log(await review('README.md'))
}
const summary = await agent(\`Summarise \${checked.length} reviews and \${steps.length} plans\`, { label: 'summary', model: 'sonnet', maxTokens: 400 })
return summary
`;

function ids(text: string): string[] {
  const c = compileSource("/plans/stable.wf.js", text);
  expect(c.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`)).toEqual([]);
  return c.graph!.stages.map((s) => s.id);
}

function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe("stable stage ids", () => {
  const before = ids(base);

  it("the base plan has the stages the edits below must keep", () => {
    expect(before).toEqual(expect.arrayContaining(["scope", "parallel:reviews", "gate:non-empty", "pipeline:steps", "loop:round", "summary"].map((s) => expect.stringContaining(s))));
    expect(before.some((id) => id.includes("call:review"))).toBe(true);
    // A branch is keyed by its first agent (and arms by position): `branch:agent:deeper/arm0`.
    expect(before.filter((id) => id.includes("branch"))).toEqual(["branch:agent:deeper", "branch:agent:deeper/arm0", "branch:agent:deeper/arm1"]);
  });

  it("editing a prompt", () => {
    expect(ids(edit(base, "Review ${file} for bugs", "Review ${file} for bugs and for security holes, citing lines"))).toEqual(before);
    expect(ids(edit(base, "'Describe the repository'", "'Describe the repository in one paragraph'"))).toEqual(before);
  });

  it("editing options other than the label (model, maxTokens)", () => {
    expect(ids(edit(base, "label: 'summary', model: 'sonnet', maxTokens: 400", "label: 'summary', model: 'opus', maxTokens: 800"))).toEqual(before);
  });

  it("adding a statement elsewhere", () => {
    expect(ids(edit(base, "const scope =", "log('starting')\nconst limit = 3\nconst scope ="))).toEqual(before);
  });

  it("adding a branch with agents before another branch keeps every agent's id", () => {
    const after = ids(edit(base, "const scope =", "if (args.deep) log(await agent('Warm up', { label: 'warm', model: 'haiku', maxTokens: 50 }))\nconst scope ="));
    expect(before.filter((id) => !after.includes(id) && !id.startsWith("branch"))).toEqual([]);
  });

  it("adding an agent elsewhere adds its stage and keeps every other id", () => {
    const after = ids(edit(base, "const scope =", "log(await agent('Say hello', { label: 'hello', model: 'haiku', maxTokens: 50 }))\nconst scope ="));
    expect(after.filter((id) => !before.includes(id))).toEqual(["agent:hello"]);
    expect(before.filter((id) => !after.includes(id))).toEqual([]);
  });

  // Branch stages are keyed by their first agent, not by their position among sibling branches.
  it("adding a branch with agents before another branch keeps the other branch's ids", () => {
    const after = ids(edit(base, "const scope =", "if (args.deep) log(await agent('Warm up', { label: 'warm', model: 'haiku', maxTokens: 50 }))\nconst scope ="));
    expect(before.filter((id) => !after.includes(id))).toEqual([]);
    expect(after.filter((id) => !before.includes(id))).toEqual(["agent:warm", "branch:agent:warm", "branch:agent:warm/arm0"]);
  });

  it("a branch inside a loop sits under the loop's stage, and an `if` added before it keeps its id", () => {
    const loop = "for (let round = 0; round < 2; round++) {\n";
    const inLoop = edit(base, loop, loop + "  if (args.deep) log(await agent('Dig', { label: 'dig', model: 'haiku', maxTokens: 50 }))\n");
    const one = ids(inLoop);
    const nested = one.filter((id) => id.includes("branch:agent:dig"));
    expect(nested.length).toBe(2);
    // Under the loop's stage (through its body container), not at the top level.
    for (const id of nested) expect(id).toMatch(/^loop:round\/.+\/branch:agent:dig/);
    const two = ids(edit(inLoop, loop, loop + "  if (args.deep) log(await agent('Skim', { label: 'skim', model: 'haiku', maxTokens: 50 }))\n"));
    expect(one.filter((id) => !two.includes(id))).toEqual([]);
  });

  it("moving a helper to the end of the plan", () => {
    const helper = base.slice(base.indexOf("async function review"), base.indexOf("const scope"));
    const moved = base.replace(helper, "") + "\n" + helper;
    expect(ids(moved)).toEqual(before);
  });

  it("reformatting: indentation, line breaks, semicolons, comments, quotes", () => {
    const reformatted = base
      .replace(/\n {2}/g, "\n    ")
      .replace("const scope = await agent('Describe the repository', { label: 'scope', model: 'haiku', maxTokens: 200 })", "// what the repository is\nconst scope = await agent(\n  \"Describe the repository\",\n  { label: \"scope\", model: \"haiku\", maxTokens: 200 },\n);")
      .replace("const reviews = await parallel(", "\n\nconst reviews = await parallel(\n  ")
      .replace(/\)\n/g, ");\n");
    expect(reformatted).not.toBe(base);
    expect(ids(reformatted)).toEqual(before);
  });

  it("stage locations follow the edit while ids stay", () => {
    const c1 = compileSource("/plans/stable.wf.js", base).graph!;
    const c2 = compileSource("/plans/stable.wf.js", edit(base, "const scope =", "\n\n\nconst scope =")).graph!;
    const loc = (g: typeof c1, id: string) => g.stages.find((s) => s.id === id)!.loc.line;
    const scopeId = c1.stages.find((s) => s.label === "scope")!.id;
    expect(loc(c2, scopeId)).toBe(loc(c1, scopeId) + 3);
  });
});

describe("canonical graph JSON", () => {
  it("is byte-identical across two compilations of the same text", () => {
    const a = JSON.stringify(compileSource("/plans/stable.wf.js", base).graph);
    // An unrelated compilation in between must not leak state (counters, caches) into the next.
    compileSource("/plans/other.wf.js", edit(base, "label: 'scope'", "label: 'other'"));
    const b = JSON.stringify(compileSource("/plans/stable.wf.js", base).graph);
    expect(b).toBe(a);
  });

  it("has sorted stages and edges", () => {
    const g = compileSource("/plans/stable.wf.js", base).graph!;
    const stageIds = g.stages.map((s) => s.id);
    expect(stageIds).toEqual([...stageIds].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    const edgeKeys = g.edges.map((e) => `${e.from}\u0000${e.to}\u0000${e.kind}`);
    expect(edgeKeys).toEqual([...edgeKeys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    expect(new Set(stageIds).size).toBe(stageIds.length);
  });
});
