/** The three renderers: what a terminal, a pull request and a machine see. */

import { describe, expect, it } from "vitest";
import { diffGraphs, renderDiffJson, renderDiffMarkdown, renderDiffText } from "../../compiler/diff/index.js";
import { buildGraph } from "./build.js";
import { caseGraphs, cases } from "./cases.js";

const graphsOf = (name: string) => caseGraphs(cases.find((c) => c.name === name)!);
const diffOf = (name: string) => {
  const { before, after } = graphsOf(name);
  return diffGraphs(before, after);
};

describe("renderDiffText", () => {
  it("prints `no changes` for an empty diff", () => {
    expect(renderDiffText(diffOf("loc-only"), { color: false })).toBe("plan `review-changes` (plans/review-changes.wf.js)\nno changes\n");
  });
  it("uses ANSI colour codes only when asked", () => {
    const d = diffOf("combined");
    const plain = renderDiffText(d, { color: false });
    const coloured = renderDiffText(d, { color: true });
    expect(plain).not.toContain("\u001b[");
    expect(plain).toContain("[-one-sentence explanation-]{+suggested fix+}");
    expect(coloured).toContain("\u001b[31m");
    // Stripped of colour, the coloured text says the same except for the word-diff markers.
    // eslint-disable-next-line no-control-regex
    const stripped = coloured.replace(/\u001b\[\d+m/g, "");
    expect(stripped).toBe(plain.replace("[-one-sentence explanation-]{+suggested fix+}", "one-sentence explanationsuggested fix"));
  });
});

describe("renderDiffMarkdown", () => {
  it("has the bound table, risks with explanations, and a Mermaid chart of the changed region", () => {
    const md = renderDiffMarkdown(diffOf("risk-gate-removed"));
    expect(md).toContain("| Worst case | Before | After | Change |");
    expect(md).toContain("- **`gate-removed`**: A verification gate was removed");
    expect(md).toMatch(/```mermaid\nflowchart TD\n/);
    expect(md).toContain('{{"- gate: verified"}}');
    // The removed gate is both styled as removed and outlined as the stage a risk names.
    const gateNode = /  (s\d+)\{\{"- gate: verified"\}\}/.exec(md)![1]!;
    expect(md).toMatch(new RegExp(`  class [s\\d,]*\\b${gateNode}\\b[s\\d,]* removed`));
    expect(md).toMatch(new RegExp(`  class [s\\d,]*\\b${gateNode}\\b[s\\d,]* risk`));
  });
  it("escapes HTML in prompt text and Mermaid labels", () => {
    const g = (prompt: string, label: string) =>
      buildGraph({ name: "p", children: [{ kind: "agent", label, idLabel: "a", prompt }] });
    const md = renderDiffMarkdown(diffGraphs(g("Use <b> tags & more", 'say "hi"'), g("Use <i> tags & more", 'say "hi"')));
    expect(md).toContain("<pre>Use &lt;<del>b</del><ins>i</ins>&gt; tags &amp; more</pre>");
    expect(md).toContain('["~ agent: say #quot;hi#quot;"]');
  });
  it("counts instead of listing stages and risk details past its caps", () => {
    const md = renderDiffMarkdown(diffOf("risk-schema-loosened"), { maxStages: 1, maxRiskDetails: 2 });
    expect(md).toContain("  - … and 3 more\n");
    expect(md).toContain("… and 1 more stages; `wfc diff --format json` lists them all.");
    expect(md.match(/^- \*\*Changed\*\*/gm)).toHaveLength(1);
  });
  it("draws no chart for an empty diff", () => {
    expect(renderDiffMarkdown(diffOf("identical"))).not.toContain("mermaid");
  });
});

describe("renderDiffJson", () => {
  it("emits the documented top-level fields in a stable order, and round-trips", () => {
    const d = diffOf("combined");
    const text = renderDiffJson(d);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(["version", "empty", "before", "after", "plan", "bounds", "stages", "edges", "risks", "region"]);
    expect(parsed.empty).toBe(false);
    expect(parsed.risks.map((r: { class: string }) => r.class)).toEqual([
      "gate-weakened", "schema-loosened", "budget-raised", "model-upgraded", "fan-out-widened",
    ]);
    expect(renderDiffJson(diffOf("combined"))).toBe(text);
  });
  it("marks an empty diff", () => {
    expect(JSON.parse(renderDiffJson(diffOf("reorder-only"))).empty).toBe(true);
  });
});
