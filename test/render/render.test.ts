/** What each renderer promises beyond the goldens: escaping, stable ids, the view's choices, overlays, canonical JSON. */
import { describe, expect, it } from "vitest";
import type { StageGraphJson } from "../../compiler/graph/types.js";
import { dotString, renderDot } from "../../compiler/render/dot.js";
import { escapeHtml, renderHtml } from "../../compiler/render/html.js";
import { renderGraphJson } from "../../compiler/render/json.js";
import { formatCount, formatMs, formatUsd } from "../../compiler/render/labels.js";
import { mermaidIds, mermaidText, renderMermaid } from "../../compiler/render/mermaid.js";
import { buildView } from "../../compiler/render/view.js";
import { loadFixtures } from "./fixtures.js";
import { generateGraph } from "./gen-graph.js";

const fixture = (name: string) => loadFixtures().find((f) => f.name === name)!;

describe("labels", () => {
  it("formats numbers compactly", () => {
    expect([0, 7, 999, 1000, 1234, 56_789, 1_200_000].map(formatCount)).toEqual(["0", "7", "999", "1k", "1.2k", "56.8k", "1.2M"]);
    expect([0, 0.0004, 0.0312, 0.5, 1.5, 12.345, 250.4, 1800].map(formatUsd)).toEqual(["$0", "<$0.001", "$0.031", "$0.5", "$1.5", "$12.35", "$250", "$1.8k"]);
    expect([850, 12_300, 192_000, 3_900_000].map(formatMs)).toEqual(["850ms", "12.3s", "3m 12s", "1h 5m"]);
  });
});

describe("renderMermaid", () => {
  it("escapes every character Mermaid would misread", () => {
    expect(mermaidText(['say "hi" <b> #1 `x` & [y]'])).toBe("say #34;hi#34; #60;b#62; #35;1 #96;x#96; #38; [y]");
    expect(mermaidText(["a\nb", "c"])).toBe("a b<br/>c");
  });

  it("makes sanitized, unique, stable ids that are never keywords", () => {
    const g = fixture("fan-out-and-synthesize").graph;
    const ids = mermaidIds(g);
    for (const id of ids.values()) expect(id).toMatch(/^s_[A-Za-z0-9_]+$/);
    expect(new Set(ids.values()).size).toBe(g.stages.length);
    expect(mermaidIds(g)).toEqual(ids);
    const clash: StageGraphJson = { ...g, stages: [...g.stages, { ...g.stages[0]!, id: "agent:synth_\"final\"-<report>-#1-[v2]-`md`" }] };
    expect(new Set(mermaidIds(clash).values()).size).toBe(clash.stages.length);
  });

  it("draws a fan-out of 50 as one subgraph with its width, not 50 boxes", () => {
    const mmd = renderMermaid(fixture("fan-out-and-synthesize").graph);
    expect(mmd).toContain('subgraph s_parallel_reviews ["parallel: reviews ×50');
    expect(mmd.match(/review<br\/>sonnet/g)).toHaveLength(1);
    expect(mmd).toMatch(/s_gate_verified__verdict\{\{"verdict: verified/);
    expect(mmd).toMatch(/linkStyle \d+(,\d+)* stroke:#d00000/);
    expect(mmd.startsWith("---\ntitle:")).toBe(true);
  });

  it("shows retry and loop bounds, order edges dotted, data edges solid", () => {
    const mmd = renderMermaid(fixture("loop-with-retry").graph);
    expect(mmd).toContain("loop: revise ≤5 iterations");
    expect(mmd).toContain("retry: fix ≤3 attempts");
    expect(mmd).toContain("s_branch_accepted_ -.-> s_workflow_notify");
    expect(mmd).toContain("s_agent_draft --> s_loop_revise");
  });
});

describe("renderDot", () => {
  it("quotes ids and labels", () => {
    expect(dotString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c\\nd"');
  });

  it("uses clusters for phases and containers and clips edges to groups", () => {
    const dot = renderDot(fixture("pipeline").graph);
    expect(dot).toContain('subgraph "cluster_phase-0"');
    expect(dot).toContain('subgraph "cluster_pipeline:docs"');
    expect(dot).toContain('lhead="cluster_pipeline:docs", style=dashed');
  });
});

describe("buildView", () => {
  it("elides the root and edge-less serials and draws everything else once", () => {
    const g = fixture("loop-with-retry").graph;
    const v = buildView(g);
    expect(v.elided.sort()).toEqual(["branch:accepted?/serial:else", "branch:accepted?/serial:then", "loop:revise/serial:body", "plan"]);
    expect(v.drawn.length + v.elided.length).toBe(g.stages.length);
    expect(v.top.map((t) => ("stage" in t ? t.stage.stage.id : t.phase.title))).toEqual(["agent:draft", "loop:revise", "branch:accepted?", "workflow:notify"]);
  });

  it("compares actuals with totals and sums descendants for groups", () => {
    const f = fixture("loop-with-retry");
    const v = buildView(f.graph, { actuals: f.actuals! });
    expect(v.overlay.get("loop:revise/serial:body/agent:critique")!.exceeded).toEqual(["usd"]);
    expect(v.overlay.get("agent:draft")!.exceeded).toEqual([]);
    const loop = v.overlay.get("loop:revise")!;
    expect(loop.aggregated).toBe(true);
    expect(loop.actual.agents).toBe(14);
    expect(loop.actual.failed).toBe(3);
  });

  it("shows the overlay in every format", async () => {
    const f = fixture("loop-with-retry");
    const opts = { actuals: f.actuals! };
    expect(renderMermaid(f.graph, opts)).toContain("OVER BOUND: usd<br/>ran 5/5 · $1.25/$1.04");
    expect(renderDot(f.graph, opts)).toContain("OVER BOUND: usd\\nran 5/5 · $1.25/$1.04");
    expect(JSON.parse(renderGraphJson(f.graph, opts)).overlay["loop:revise/serial:body/agent:critique"].exceeded).toEqual(["usd"]);
    expect(await renderHtml(f.graph, opts)).toContain("OVER BOUND: usd");
  });
});

describe("renderGraphJson", () => {
  it("is canonical: sorted keys, 2-space indent, trailing newline, order-independent", () => {
    const g = fixture("pipeline").graph;
    const text = renderGraphJson(g);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe('  "bounds": {');
    const shuffled: StageGraphJson = { ...g, stages: [...g.stages].reverse(), edges: [...g.edges].reverse(), plan: Object.fromEntries(Object.entries(g.plan).reverse()) as StageGraphJson["plan"] };
    expect(renderGraphJson(shuffled)).toBe(text);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(g)));
  });
});

describe("renderHtml", () => {
  it("is one self-contained file with user text escaped", async () => {
    const html = await renderHtml(fixture("fan-out-and-synthesize").graph);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http|url\(http|@import/);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("synth &quot;final&quot; &lt;report&gt; #1 [v2] `md`");
    expect(html).not.toContain("<report>");
    expect(html.length).toBeLessThan(60_000);
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("cannot be broken out of by a prompt containing </script>", async () => {
    const g = structuredClone(fixture("pipeline").graph);
    const agent = g.stages.find((s) => s.kind === "agent")!;
    agent.prompt!.template = "</script><script>alert(1)</script>";
    const html = await renderHtml(g);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it("lays out a 1,000-stage plan with every drawn stage placed", async () => {
    const g = generateGraph(1000);
    const html = await renderHtml(g);
    const v = buildView(g);
    expect(html.match(/ data-stage-id="/g)).toHaveLength(v.drawn.length);
    expect(html).not.toMatch(/NaN|undefined/);
  }, 60_000);
});
