import { describe, it, expect } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";

const root = resolve(__dirname, "../..");

function io(cwd = root): Io & { out: string; err: string } {
  const o = { out: "", err: "", cwd, env: { NO_COLOR: "1" } as Record<string, string | undefined>, isTTY: false, stdout: (t: string) => void (o.out += t), stderr: (t: string) => void (o.err += t) };
  return o;
}

describe("wfc CLI (in-process)", () => {
  it("prints help and version", async () => {
    const a = io();
    expect(await main(["--help"], a)).toBe(0);
    expect(a.out).toContain("Commands:");
    const b = io();
    expect(await main(["--version"], b)).toBe(0);
    expect(b.out).toMatch(/^wfc \d+\.\d+\.\d+\n$/);
    for (const cmd of ["check", "plan", "graph", "diff", "run", "runs", "explain"]) {
      const c = io();
      expect(await main([cmd, "--help"], c)).toBe(0);
      expect(c.out).toContain(`wfc ${cmd}`);
    }
  });

  it("exits 2 with a clear message for usage errors", async () => {
    const a = io();
    expect(await main(["chek"], a)).toBe(2);
    expect(a.err).toContain("did you mean `check`");
    const b = io();
    expect(await main(["check", "--bogus"], b)).toBe(2);
    expect(b.err).toContain("unknown option");
    expect(b.err).not.toMatch(/\n\s+at /); // no stack trace
    const c = io();
    expect(await main(["check", "--format", "xml", "examples"], c)).toBe(2);
    expect(c.err).toContain("--format");
    const d = io();
    expect(await main(["plan", "no/such.wf.js"], d)).toBe(2);
  });

  it("checks every example clean", async () => {
    const a = io();
    expect(await main(["check", "examples", "--format", "json"], a)).toBe(0);
    const json = JSON.parse(a.out) as { files: { path: string; diagnostics: { severity: string }[]; bounds: Record<string, number> }[] };
    expect(json.files.length).toBeGreaterThanOrEqual(5);
    for (const f of json.files) {
      expect(f.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(Object.keys(f.bounds).sort()).toEqual(["agents", "inputTokens", "latencyMs", "outputTokens", "peakConcurrency", "usd"]);
    }
  });

  it("reports a positioned error and exits 1 for a bad plan", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wfc-cli-"));
    writeFileSync(join(dir, "bad.wf.js"), "export const meta = { name: 'b', description: 'd' }\nconst xs = args.items\nconst r = await parallel(xs.map((x) => () => agent(`do ${x}`, { label: 'do', model: 'haiku' })))\nreturn r\n");
    const a = io(dir);
    expect(await main(["check", "bad.wf.js", "--format", "concise"], a)).toBe(1);
    expect(a.out).toMatch(/bad\.wf\.js:3:\d+: error\[WF3101\]/);
  });

  it("plan --format json has the stable bounds", async () => {
    const a = io();
    expect(await main(["plan", "examples/audit-files.wf.js", "--format", "json"], a)).toBe(0);
    const j = JSON.parse(a.out) as { bounds: Record<string, number>; stages: unknown[] };
    for (const k of ["agents", "inputTokens", "outputTokens", "usd", "latencyMs", "peakConcurrency"]) expect(typeof j.bounds[k]).toBe("number");
    expect(j.bounds["agents"]).toBeGreaterThan(0);
  });

  it("plan and graph show a plan over its budget, after the error, and exit 1; other errors stop them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wfc-plan-"));
    const agents = "await parallel([1, 2, 3].map((n) => () => agent(`Task ${n}`, { label: 't', model: 'haiku', maxTokens: 1000 })))";
    writeFileSync(join(dir, "over.wf.js"), `export const meta = { name: 'over', description: 'd', budget: { tokens: 2000 } }\n${agents}\n`);
    const a = io(dir);
    expect(await main(["plan", "over.wf.js"], a)).toBe(1);
    expect(a.err).toContain("error[WF3201]");
    expect(a.err).not.toContain("needs a plan that checks clean");
    expect(a.out).toMatch(/worst case: 9 agent calls/);
    expect(a.out).toMatch(/declared budget: 2k output tokens/);
    const j = io(dir);
    expect(await main(["plan", "over.wf.js", "--format", "json"], j)).toBe(1);
    expect((JSON.parse(j.out) as { bounds: { outputTokens: number } }).bounds.outputTokens).toBe(9000);
    const g = io(dir);
    expect(await main(["graph", "over.wf.js", "--format", "json"], g)).toBe(1);
    expect(g.err).toContain("error[WF3201]");
    expect((JSON.parse(g.out) as { stages: unknown[] }).stages.length).toBeGreaterThan(0);
    writeFileSync(join(dir, "typo.wf.js"), `export const meta = { name: 'typo', description: 'd' }\nawait agnt('x', { label: 'x' })\n`);
    const b = io(dir);
    expect(await main(["plan", "typo.wf.js"], b)).toBe(1);
    expect(b.err).toContain("error[WF2001]");
    expect(b.err).toContain("`wfc plan` needs a plan that checks clean");
    expect(b.out).toBe("");
  });

  it("diff of a plan with itself is empty; a widened fan-out is a risk", async () => {
    const a = io();
    expect(await main(["diff", "examples/audit-files.wf.js", "examples/audit-files.wf.js"], a)).toBe(0);
    expect(a.out).toContain("no changes");
    const dir = mkdtempSync(join(tmpdir(), "wfc-diff-"));
    const src = readFileSync(join(root, "examples/audit-files.wf.js"), "utf8");
    writeFileSync(join(dir, "old.wf.js"), src);
    writeFileSync(join(dir, "new.wf.js"), src.replace("maxItems: 40", "maxItems: 60"));
    const b = io(dir);
    expect(await main(["diff", "old.wf.js", "new.wf.js", "--fail-on", "fan-out-widened"], b)).toBe(1);
    expect(b.out).toContain("fan-out-widened");
  });

  it("runs an example on the simulated provider, journals it, and resumes without paying twice", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wfc-run-"));
    const journal = join(dir, "j.db");
    const report = join(dir, "report.json");
    const a = io();
    const code = await main(["run", "examples/verify-claims.wf.js", "--args", "@examples/args/verify-claims.json", "--journal", journal, "--report", report, "--quiet"], a);
    expect([0, 1]).toContain(code);
    const r = JSON.parse(readFileSync(report, "utf8")) as { status: string; simulated: boolean; totals: { agents: number; replayed: number }; runId: string; bounds: { agents: number } };
    expect(r.simulated).toBe(true);
    expect(r.totals.agents).toBeGreaterThan(0);
    expect(r.totals.agents).toBeLessThanOrEqual(r.bounds.agents);
    const b = io();
    await main(["run", "examples/verify-claims.wf.js", "--args", "@examples/args/verify-claims.json", "--journal", journal, "--report", report, "--resume", r.runId, "--quiet"], b);
    const r2 = JSON.parse(readFileSync(report, "utf8")) as { totals: { agents: number; replayed: number }; result: unknown };
    expect(r2.totals.replayed).toBeGreaterThan(0);
    const c = io();
    expect(await main(["runs", "--journal", journal], c)).toBe(0);
    expect(c.out).toContain(r.runId);
    // The journal's per-stage record overlays the graph: what ran beside the bound.
    const d = io();
    expect(await main(["graph", "examples/verify-claims.wf.js", "--run", r.runId, "--journal", journal, "--format", "mermaid"], d)).toBe(0);
    expect(d.out).toMatch(/ran \d+\/\d+/);
  });

  it("bounds a plan for the args it is given: `check` cannot bound an open string, `plan --args` and `run` can", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wfc-args-"));
    const plan = join(dir, "topic.wf.js");
    writeFileSync(
      plan,
      [
        "export const meta = { name: 'topic', description: 'd', args: { type: 'object', properties: { topic: { type: 'string' }, files: { type: 'array', items: { type: 'string' } } } } }",
        "const r = await parallel(args.files.map((f) => () => agent(`Review ${f} for ${args.topic}`, { label: 'review', model: 'haiku', maxTokens: 100 })))",
        "log(r.length)",
      ].join("\n") + "\n",
    );
    const checked = io();
    expect(await main(["check", plan, "--format", "concise"], checked)).toBe(1);
    expect(checked.out).toMatch(/WF3101|WF3105/);
    const planned = (files: number, topic: string) => {
      const o = io();
      return main(["plan", plan, "--format", "json", "--args", JSON.stringify({ topic, files: Array.from({ length: files }, (_, i) => `src/f${i}.ts`) })], o).then((code) => {
        expect(code).toBe(0);
        return (JSON.parse(o.out) as { bounds: { agents: number; inputTokens: number } }).bounds;
      });
    };
    const small = await planned(2, "bugs");
    const wide = await planned(5, "bugs");
    const long = await planned(2, "x".repeat(3000));
    expect(wide.agents).toBe((small.agents / 2) * 5);
    expect(long.inputTokens).toBeGreaterThan(small.inputTokens + 1000);
    const report = join(dir, "report.json");
    const ran = io();
    expect(await main(["run", plan, "--args", JSON.stringify({ topic: "bugs", files: ["a.ts", "b.ts"] }), "--no-journal", "--report", report, "--quiet"], ran)).toBe(0);
    const r = JSON.parse(readFileSync(report, "utf8")) as { status: string; totals: { agents: number }; bounds: { agents: number } };
    expect(r.status).toBe("completed");
    expect(r.bounds.agents).toBe(small.agents);
    expect(r.totals.agents).toBe(2);
  });

  it("refuses an output path it cannot write before running anything (exit 2, no stack trace)", async () => {
    const missing = join(mkdtempSync(join(tmpdir(), "wfc-out-")), "no-such-folder");
    for (const argv of [
      ["run", "examples/verify-claims.wf.js", "--args", "@examples/args/verify-claims.json", "--no-journal", "--report", join(missing, "r.json")],
      ["run", "examples/verify-claims.wf.js", "--args", "@examples/args/verify-claims.json", "--no-journal", "--events", join(missing, "e.jsonl")],
      ["graph", "examples/verify-claims.wf.js", "--format", "html", "-o", join(missing, "g.html")],
    ]) {
      const a = io();
      expect(await main(argv, a)).toBe(2);
      expect(a.err).toContain("does not exist");
      expect(a.err).not.toMatch(/\n\s+at /);
      expect(a.out).toBe("");
    }
  });

  it("explains a code", async () => {
    const a = io();
    expect(await main(["explain", "WF3101"], a)).toBe(0);
    expect(a.out).toContain("unbounded-fan-out");
    const b = io();
    expect(await main(["explain", "WF9999"], b)).toBe(2);
  });
});
