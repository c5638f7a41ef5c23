import { expect, test } from "vitest";
import { jsonlSink, progressSink, teeSinks, type RunEvent } from "../../runtime/events.js";
import { buildRunReport } from "../../runtime/report.js";
import { fakeProvider, run } from "./fake-provider.js";

const plan = `phase("Scan")
log("two files")
await parallel(["a", "b"].map((f) => () => agent("scan " + f, { label: "scan" })))
phase("Fix")
await agent("bad", { label: "fix" })`;
const provider = () => fakeProvider({ answer: (req) => (req.prompt === "bad" ? { fail: "auth" } : "ok") });

test("the JSONL sink writes one parseable event per line", async () => {
  const lines: string[] = [];
  await run(plan, { provider: provider(), onEvent: jsonlSink((l) => lines.push(l)), now: () => 1000 });
  const events = lines.map((l) => JSON.parse(l) as RunEvent);
  expect(lines.every((l) => l.endsWith("\n"))).toBe(true);
  expect(events.map((e) => e.type)).toEqual(["run-start", "phase", "log", "agent-start", "agent-start", "agent-end", "agent-end", "phase", "agent-start", "agent-end", "run-end"]);
  expect(events.at(-1)).toMatchObject({ type: "run-end", status: "degraded", agents: 3 });
});

test("not a TTY: plain one-line-per-event text", async () => {
  let out = "";
  const p = progressSink({ write: (t) => (out += t), isTTY: false });
  await run(plan, { provider: provider(), onEvent: p.sink, now: () => 0 });
  expect(out).toBe(
    [
      "run plan.wf.js, concurrency 16",
      "== Scan",
      "two files",
      "start  parallel/agent:scan[0] (claude-sonnet-4-6)",
      "start  parallel/agent:scan[1] (claude-sonnet-4-6)",
      "done   parallel/agent:scan[0] 10 out tok $0.0002 0ms",
      "done   parallel/agent:scan[1] 10 out tok $0.0002 0ms",
      "== Fix",
      "start  agent:fix (claude-sonnet-4-6)",
      "FAILED agent:fix 10 out tok $0.0002 0ms [auth]",
      "run degraded: 3 agents, $0.0005, 0.0s",
      "",
    ].join("\n"),
  );
});

test("a TTY: a live block grouped by phase, redrawn at most every 100 ms", async () => {
  const frames: string[] = [];
  let clock = 0;
  const p = progressSink({ write: (t) => frames.push(t), isTTY: true, now: () => clock });
  const sink = teeSinks(p.sink, () => (clock += 30));
  await run(plan, { provider: provider(), onEvent: sink, now: () => clock });
  const last = frames.at(-2)!;
  expect(last).toContain("Scan                         done 2  running 0  failed 0  20 out tok");
  expect(last).toContain("Fix                          done 0  running 0  failed 1");
  expect(frames.at(-1)).toMatch(/^run degraded: 3 agents/);
  // 11 events, 30 ms apart: far fewer redraws than events.
  expect(frames.length).toBeLessThan(8);
});

test("the run report puts the graph's bounds beside the actuals", async () => {
  const r = await run(`await agent("x", { label: "one" })`);
  const graph = {
    plan: { name: "t", hash: "abc" },
    bounds: { agents: 3, inputTokens: 10, outputTokens: 100, usd: 1, latencyMs: 5, peakConcurrency: 1 },
    stages: [{ id: "agent:one", kind: "agent", label: "one", total: { agents: 3, inputTokens: 10, outputTokens: 100, usd: 1, latencyMs: 5, peakConcurrency: 1 } }],
  } as never;
  const report = buildRunReport(r, { path: "plan.wf.js", graph, startedAt: 10, endedAt: 25 });
  expect(report).toMatchObject({
    status: "completed",
    bounds: { agents: 3 },
    totals: { agents: 1 },
    stages: { "agent:one": { actual: { agents: 1, succeeded: 1 }, bound: { agents: 3 }, kind: "agent" } },
    timings: { wallMs: 15, peakConcurrency: 1 },
  });
});
