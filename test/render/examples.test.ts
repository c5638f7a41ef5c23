/**
 * The graph feature's acceptance tests on the real examples: every examples/*.wf.js compiled by the
 * real compiler, rendered in every format, and checked the way a user would look at it.
 *
 * - Golden Mermaid and DOT (test/golden/graph/examples/; `UPDATE_GOLDEN=1` rewrites, review the diff).
 * - What each picture must say: kinds and labels, phases, fan-out widths, loop and retry bounds,
 *   gates, models, per-stage worst-case cost, the critical path, one box per call site.
 * - Graphviz draws every DOT without a warning.
 * - Headless Debian Chromium: every drawn stage present, a click opens its details, no console
 *   errors, no network (screenshots in test-output/graph/examples/).
 * - A real (simulated) run's per-stage actuals land on the graph's stages and show in every format.
 */
import { CHROMIUM, hasChromium, launchChromium, type Browser } from "./chromium.js";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { StageActuals, StageGraphJson } from "../../compiler/graph/types.js";
import { DEFAULT_PRICING, priceOf, resolveModel, usdFor } from "../../compiler/pricing.js";
import { renderDot } from "../../compiler/render/dot.js";
import { renderGraphJson } from "../../compiler/render/json.js";
import { renderHtml } from "../../compiler/render/html.js";
import { costLine } from "../../compiler/render/labels.js";
import { mermaidIds, renderMermaid } from "../../compiler/render/mermaid.js";
import { buildView, isGroup } from "../../compiler/render/view.js";
import { createSimProvider } from "../../runtime/providers/sim.js";
import { runPlan, type RunResult } from "../../runtime/run.js";
import { expectGolden } from "../support/golden.js";

const ROOT = resolve(import.meta.dirname, "../..");
const EXAMPLES = join(ROOT, "examples");
const GOLDEN = join(ROOT, "test/golden/graph/examples");
const SHOTS = join(ROOT, "test-output/graph/examples");
const dotPath = spawnSync("sh", ["-c", "command -v dot"], { encoding: "utf8" }).stdout.trim();
if (!dotPath) console.warn("skipping Graphviz checks of the examples: `dot` not found; run `bash scripts/install-system-deps.sh`");
if (!hasChromium) console.warn(`skipping browser checks of the examples: ${CHROMIUM} not found; run \`bash scripts/install-system-deps.sh\``);

interface Example {
  name: string;
  /** Absolute path, for compiling and running (nested `workflow()` plans resolve beside it). */
  file: string;
  graph: StageGraphJson;
}

/** Compiles every example with the real compiler; the path in the graph is made repo-relative so goldens are machine-independent. */
function compileExamples(): Example[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".wf.js"))
    .sort()
    .map((f) => {
      const file = join(EXAMPLES, f);
      const c = compileFile(file);
      const errors = c.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`);
      if (errors.length || !c.graph) throw new Error(`${f} does not compile clean: ${errors.join("; ")}`);
      return { name: f.slice(0, -".wf.js".length), file, graph: { ...c.graph, plan: { ...c.graph.plan, path: `examples/${f}` } } };
    });
}

const examples = compileExamples();
const byName = (name: string): Example => examples.find((e) => e.name === name)!;

const golden = (file: string, text: string): void => expectGolden(join(GOLDEN, file), text, file);

describe("the examples", () => {
  it("are all here and compile to graphs", () => {
    expect(examples.map((e) => e.name)).toEqual([
      "audit-files",
      "fix-failing-tests",
      "hunt-until-dry",
      "pick-design",
      "refactor-candidates",
      "release-check",
      "triage-issues",
      "verify-claims",
    ]);
  });
});

describe("golden graphs of the examples", () => {
  for (const e of examples) {
    it(`${e.name}.mmd`, () => golden(`${e.name}.mmd`, renderMermaid(e.graph)));
    it(`${e.name}.dot`, () => golden(`${e.name}.dot`, renderDot(e.graph)));
  }
});

/**
 * What a reader must find in each example's picture, written as they would read it. Checked in
 * Mermaid, DOT and the HTML's SVG text (each in its own escaping). Dollar amounts move with the
 * pricing table, so they are checked against each stage's own bounds below, not written here.
 */
const MUST_SHOW: Record<string, string[]> = {
  "audit-files": ["phase: Audit", "parallel: audits ×40", "audit", "sonnet · ≤2 attempts", "40 runs · ≤80 agents", "gate: grounded ×320", "predicate check · on fail drop", "synthesize", "opus", "gate: report-complete", "on fail abort"],
  "fix-failing-tests": ["phase: Diagnose", "pipeline: outcomes ×10", "diagnose", "gate: test-passes", "verdict: test-passes", "agent check · on fail retry ≤3", "phase: Fix", "haiku", "phase: Report", "gate: summary-ok"],
  "hunt-until-dry": ["phase: Hunt", "loop ≤6 iterations", "parallel: batches ×3", "6 runs", "hunt", "18 runs · ≤36 agents", "gate: confirmed ×30", "agent check · on fail drop", "gate: well-formed"],
  "pick-design": ["phase: Propose", "parallel: designs ×8", "phase: Judge", "loop: round ≤3 iterations", "parallel: winners ×8", "judge", "opus · ≤2 attempts", "gate: has-winner"],
  "refactor-candidates": ["parallel: batches ×4", "generate", "gate: well-formed ×20", "gate: preserves-behaviour ×20", "verify", "gate: no-high-risk"],
  "release-check": ["phase: Checks", "parallel ×2", "workflow: audit-files", "workflow: verify-claims", "≤82 agents", "gate: consistent-verdict", "agent check · on fail retry ≤2"],
  "triage-issues": ["pipeline: acted ×40", "classify", "haiku · ≤2 attempts", "branch (worst arm)", "then arm · phase: Act", "else arm · phase: Act", "reproduce", "spec", "answer", "gate: postable ×40"],
  "verify-claims": ["phase: Extract", "extract", "pipeline: tallies ×15", "parallel ×3", "skeptic", "45 runs · ≤90 agents", "gate: majority ×15", "gate: every-claim-accounted"],
};

/** The HTML's drawn text (SVG tspans) and the plain text of Mermaid/DOT labels, unescaped. */
function mermaidLabels(mmd: string): string {
  return mmd.replace(/#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c))).replace(/<br\/>/g, "\n");
}
function dotLabels(dot: string): string {
  return dot.replace(/\\n/g, "\n").replace(/\\"/g, '"').replace(/\\\\/g, "\\");
}
function svgText(html: string): string {
  const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>"));
  return [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&")).join("\n");
}

describe("every format shows what the plan does", () => {
  for (const e of examples) {
    describe(e.name, () => {
      const view = buildView(e.graph);
      const mmd = renderMermaid(e.graph);
      const dot = renderDot(e.graph);
      let rendered: Promise<string> | undefined;
      const html = (): Promise<string> => (rendered ??= renderHtml(e.graph));

      it("names every stage's kind, label, bounds, model and cost, in Mermaid, DOT and HTML", async () => {
        const texts = { mermaid: mermaidLabels(mmd), dot: dotLabels(dot), html: svgText(await html()) };
        for (const [format, text] of Object.entries(texts))
          for (const want of MUST_SHOW[e.name]!) expect(text, `${format} of ${e.name} shows ${JSON.stringify(want)}`).toContain(want);
        // Every drawn stage's worst-case cost (runs, agents, dollars), from its own bounds.
        for (const d of view.drawn) {
          const cost = costLine(d.stage);
          expect(texts.mermaid, `mermaid cost of ${d.stage.id}`).toContain(cost);
          expect(texts.dot, `dot cost of ${d.stage.id}`).toContain(cost);
          if (!isGroup(d)) expect(texts.html, `html cost of ${d.stage.id}`).toContain(cost);
        }
        // A call site is one box however wide its fan-out: as many agent boxes as agent() call sites.
        const agents = e.graph.stages.filter((s) => s.kind === "agent");
        expect(mmd.match(/^\s*s_\w+\["/gm) ?? []).toHaveLength(agents.length);
        expect((await html()).match(/class="node k-agent/g) ?? []).toHaveLength(agents.length);
        // The plan's worst case is in every title.
        const worst = `≤${e.graph.bounds.agents} agents`;
        for (const text of [texts.mermaid, texts.dot, await html()]) expect(text).toContain(worst);
      });

      it("shows every phase the plan runs under", async () => {
        const used = new Set(e.graph.stages.map((s) => s.phase).filter((p): p is string => p !== null));
        const texts = [mermaidLabels(mmd), dotLabels(dot), svgText(await html())];
        for (const p of used) for (const text of texts) expect(text).toContain(`phase: ${p}`);
      });

      it("highlights the critical path, and only the edges it follows", async () => {
        const drawnCritical = view.drawn.filter((d) => view.critical.has(d.stage.id)).map((d) => d.stage.id).sort();
        expect(drawnCritical.length).toBeGreaterThan(0);
        // Mermaid: the `critical` class, and red links exactly for the critical edges.
        const ids = mermaidIds(e.graph);
        const back = new Map([...ids].map(([k, v]) => [v, k]));
        const classLine = mmd.split("\n").find((l) => l.trim().startsWith("class ") && l.trim().endsWith(" critical"))!;
        const classed = classLine.trim().slice("class ".length, -" critical".length).split(",").map((m) => back.get(m)!).sort();
        expect(classed).toEqual(drawnCritical);
        const styled = (mmd.match(/linkStyle ([\d,]+) stroke:#d00000/)?.[1] ?? "").split(",").filter(Boolean).map(Number);
        expect(styled).toEqual(view.edges.flatMap((x, i) => (x.critical ? [i] : [])));
        // DOT: red nodes and clusters.
        const redNodes = [...dot.matchAll(/^\s*"([^"]+)" \[label=.*color="#d00000", penwidth=2.5\];$/gm)].map((m) => m[1]!);
        const redClusters = [...dot.matchAll(/subgraph "cluster_([^"]+)" \{\n\s*label=.*color="#d00000"; penwidth=2.5;/g)].map((m) => m[1]!);
        expect([...redNodes, ...redClusters].sort()).toEqual(drawnCritical);
        // HTML: the `critical` class on exactly those stages.
        const critHtml = [...(await html()).matchAll(/<g class="(?:node|group) [^"]*\bcritical\b[^"]*" data-stage-id="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")).sort();
        expect(critHtml).toEqual(drawnCritical);
      });
    });
  }

  it("does not mark a shortcut between two critical stages as the path", () => {
    // audit-files: audit -> synthesize is a data edge between two path stages, but the path goes through the grounded gate.
    const v = buildView(byName("audit-files").graph);
    const find = (from: string, to: string) => v.edges.find((x) => x.from === from && x.to === to);
    expect(find("parallel:audits/agent:audit", "agent:synthesize")?.critical).toBe(false);
    expect(find("gate:grounded", "agent:synthesize")?.critical).toBe(true);
    expect(find("parallel:audits", "gate:grounded")?.critical).toBe(true);
  });

  it("draws a data edge once, not again as an order edge", () => {
    const mmd = renderMermaid(byName("audit-files").graph);
    expect(mmd).toContain("s_gate_grounded --> s_agent_synthesize");
    expect(mmd).not.toContain("s_gate_grounded -.-> s_agent_synthesize");
  });
});

describe.skipIf(!dotPath)("Graphviz draws every example", () => {
  for (const e of examples)
    it(`dot -Tsvg ${e.name}`, () => {
      const res = spawnSync(dotPath, ["-Tsvg"], { input: renderDot(e.graph), encoding: "utf8" });
      expect(res.stderr).toBe("");
      expect(res.status).toBe(0);
      expect(res.stdout.slice(0, 400)).toContain("<svg");
      const view = buildView(e.graph);
      const groups = view.drawn.filter(isGroup);
      const phases = view.top.filter((t) => "phase" in t).length;
      const count = (cls: string): number => res.stdout.split(`class="${cls}"`).length - 1;
      expect(count("node")).toBe(view.drawn.length - groups.length + groups.filter((g) => g.stage.kind === "gate").length);
      expect(count("cluster")).toBe(groups.length + phases);
    });
});

/** Runs an example on the deterministic simulated provider, the way `wfc run` does. */
async function simulate(e: Example): Promise<RunResult> {
  const c = compileFile(e.file);
  if (!c.program || !c.sites || !c.graph) throw new Error(`${e.name} does not compile`);
  const args = JSON.parse(readFileSync(join(EXAMPLES, "args", `${e.name}.json`), "utf8")) as unknown;
  return runPlan({
    path: e.file,
    source: c.file.text,
    program: c.program,
    sites: c.sites,
    graph: c.graph,
    provider: createSimProvider({ seed: 1 }),
    args,
    seed: 1,
    budget: { ...(c.meta?.budget?.usd !== undefined ? { usd: c.meta.budget.usd } : {}), ...(c.meta?.budget?.tokens !== undefined ? { tokens: c.meta.budget.tokens } : {}) },
    pricing: (model, usage) => usdFor(priceOf(DEFAULT_PRICING, resolveModel(DEFAULT_PRICING, model)), usage.inputTokens, usage.outputTokens, usage.cacheReadTokens ?? 0, usage.cacheWriteTokens ?? 0),
    modelFor: (alias) => resolveModel(DEFAULT_PRICING, alias ?? c.meta?.defaults?.model ?? "sonnet"),
    sleep: async () => {},
    loadWorkflow: async (name) => {
      const p = join(dirname(e.file), `${name}.wf.js`);
      const n = compileFile(p, { depth: 1 });
      if (!n.program || !n.sites || n.hasErrors) return `no checked plan named \`${name}.wf.js\``;
      return { path: p, source: n.file.text, program: n.program, sites: n.sites };
    },
  });
}

/**
 * release-check runs two nested workflows; the runtime files their agents under
 * `<workflow stage id>/<child stage id>` (e.g. `parallel/workflow:verify-claims/agent:extract`), and the
 * overlay adds them to the workflow stage, which is a leaf in the parent's graph.
 */
describe("a simulated run's actuals on the graph", () => {
  const runs = new Map<string, Promise<RunResult>>();
  const runOf = (e: Example): Promise<RunResult> => {
    let r = runs.get(e.name);
    if (!r) runs.set(e.name, (r = simulate(e)));
    return r;
  };

  for (const e of examples)
    it(`${e.name}: every stage id in the run's perStage is a stage of the graph, or inside a nested workflow stage`, async () => {
      const r = await runOf(e);
      expect(r.totals.agents).toBeGreaterThan(0);
      const ids = new Set(e.graph.stages.map((s) => s.id));
      const workflows = e.graph.stages.filter((s) => s.kind === "workflow").map((s) => s.id);
      expect(Object.keys(r.perStage).filter((id) => !ids.has(id) && !workflows.some((w) => id.startsWith(`${w}/`)))).toEqual([]);
      expect(buildView(e.graph, { actuals: r.perStage }).unmatched).toEqual([]);
    }, 60_000);

  it("verify-claims: the overlay shows what ran next to the bound in every format", async () => {
    const e = byName("verify-claims");
    const r = await runOf(e);
    const actuals = r.perStage;
    expect(Object.keys(actuals).sort()).toEqual(["agent:extract", "pipeline:tallies/parallel/agent:skeptic"]);
    const opts = { actuals };
    const mmd = mermaidLabels(renderMermaid(e.graph, opts));
    const dot = dotLabels(renderDot(e.graph, opts));
    const html = await renderHtml(e.graph, opts);
    const text = svgText(html);
    const extract = actuals["agent:extract"]!;
    const skeptic = actuals["pipeline:tallies/parallel/agent:skeptic"]!;
    for (const out of [mmd, dot, text]) {
      expect(out).toContain(`ran ${extract.agents}/2 ·`);
      expect(out).toContain(`ran ${skeptic.agents}/90 ·`);
    }
    // Groups get the sum of what ran inside them, marked as such in the data.
    const view = buildView(e.graph, opts);
    expect(view.overlay.get("pipeline:tallies")).toMatchObject({ aggregated: true, actual: { agents: skeptic.agents } });
    expect(html).toContain(`<p class="ran">actual: ${extract.agents + skeptic.agents} agents`);
    expect(html).not.toContain('class="unmatched');
    const json = JSON.parse(renderGraphJson(e.graph, opts)) as { overlay: Record<string, { actual: StageActuals }> };
    expect(json.overlay["agent:extract"]!.actual.agents).toBe(extract.agents);
  }, 60_000);

  it("release-check: a nested workflow's agents are shown on its workflow stage", async () => {
    const e = byName("release-check");
    const r = await runOf(e);
    const view = buildView(e.graph, { actuals: r.perStage });
    expect(view.unmatched).toEqual([]);
    const workflows = e.graph.stages.filter((s) => s.kind === "workflow");
    expect(workflows.length).toBe(2);
    for (const w of workflows) {
      const inside = Object.entries(r.perStage).filter(([id]) => id.startsWith(`${w.id}/`));
      expect(inside.length).toBeGreaterThan(0);
      const agents = inside.reduce((a, [, x]) => a + x.agents, 0);
      expect(view.overlay.get(w.id)?.actual.agents).toBe(agents);
    }
    expect(renderMermaid(e.graph, { actuals: r.perStage })).not.toContain("not in this graph");
  }, 60_000);
});

describe.skipIf(!hasChromium)("the examples' HTML in headless chromium", () => {
  let browser: Browser | undefined;
  let context: BrowserContext;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "wfc-html-"));
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    context = browser.context;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const cases: { name: string; example: Example; withRun?: boolean }[] = [
    ...examples.map((example) => ({ name: example.name, example })),
    { name: "verify-claims.actuals", example: byName("verify-claims"), withRun: true },
  ];

  for (const c of cases)
    it(`${c.name}: every drawn stage present, click shows details, no errors, no network`, async () => {
      const g = c.example.graph;
      const actuals = c.withRun ? (await simulate(c.example)).perStage : undefined;
      const opts = actuals ? { actuals } : {};
      const file = join(work, `${c.name}.html`);
      writeFileSync(file, await renderHtml(g, opts));
      const url = pathToFileURL(file).href;

      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") errors.push(`console.${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
      page.on("request", (r) => {
        if (r.url() !== url) requests.push(r.url());
      });
      await page.goto(url, { waitUntil: "load" });

      const view = buildView(g, opts);
      const drawn = await page.$$eval("svg [data-stage-id]", (els) => els.map((el) => el.getAttribute("data-stage-id")));
      expect(drawn.sort()).toEqual(view.drawn.map((d) => d.stage.id).sort());
      expect(drawn.length + view.elided.length).toBe(g.stages.length);
      // Every drawn stage has a visible, non-empty box.
      for (const d of view.drawn) {
        const b = await page.locator(`svg [data-stage-id="${d.stage.id}"]`).boundingBox();
        expect(b && b.width > 10 && b.height > 10, d.stage.id).toBe(true);
      }

      const panel = page.locator("#details");
      const clickStage = async (id: string): Promise<void> => {
        const box = (await page.locator(`svg [data-stage-id="${id}"]`).boundingBox())!;
        // Near the top-left corner: inside the stage, on its title band (a group's children sit lower).
        await page.mouse.click(box.x + Math.min(12, box.width / 2), box.y + Math.min(10, box.height / 2));
      };
      // An agent: its prompt template, model and bounds.
      const agent = g.stages.find((s) => s.kind === "agent" && s.prompt && view.byId.has(s.id))!;
      await clickStage(agent.id);
      await expect.poll(() => panel.locator("pre").first().textContent()).toBe(agent.prompt!.template);
      expect(await panel.locator("h2").textContent()).toBe(agent.label);
      expect(await panel.textContent()).toContain(agent.model ?? "session model");
      if (actuals?.[agent.id]) expect(await panel.locator("th", { hasText: "actual" }).count()).toBe(1);
      await page.screenshot({ path: join(SHOTS, `${c.name}.png`) });

      // A container: its kind and width, under its display name.
      const group = view.drawn.find((d) => isGroup(d) && (d.stage.kind === "parallel" || d.stage.kind === "pipeline"));
      if (group) {
        await clickStage(group.stage.id);
        await expect.poll(() => panel.locator("h2").textContent()).not.toBe(agent.label);
        expect(await panel.locator(".badge").first().textContent()).toBe(group.stage.kind);
        expect(await panel.textContent()).toContain(`≤${group.stage.width} items`);
      }

      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }, 60_000);
});
