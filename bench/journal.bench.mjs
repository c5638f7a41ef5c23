// Journal: what recording one agent result costs, from helper-2's benchJournal
// (runtime/journal/bench.ts, through the internals bundle): µs per recordResult into the SQLite journal
// against the cheapest durable alternative on the same disk in the same call, appendFileSync + fsyncSync
// of a record of the same size. benchJournal measures its phases one after the other, so it is called
// ≥ 7 times and the medians of its numbers are reported. Target (perf-anchors §9.11): ≤ 1 ms p99 per
// agent; the anchor for the baseline is 0.27 ms median / 0.64 ms p99.
export default async function journal(ctx) {
  const I = await ctx.internals();
  if (typeof I.benchJournal !== "function") throw new Error("runtime/journal/bench.ts does not export benchJournal");
  const runs = [];
  const reps = ctx.quick ? 3 : 7;
  for (let i = 0; i < reps; i++) runs.push(I.benchJournal({ n: ctx.quick ? 200 : 400 }));
  const m = (k) => ctx.median(runs.map((r) => r[k]));
  const us = (x) => x / 1000;
  return [
    {
      metric: "recordResult, mean µs (synchronous=NORMAL)",
      subjectValue: m("perResultMicros"),
      baseline: "append+fsync",
      baselineValue: m("baselineAppendFsyncMicros"),
      unit: "µs",
      ratio: m("perResultMicros") / m("baselineAppendFsyncMicros"),
      met: null,
      note: `p50 ${ctx.round(m("perResultP50Micros"), 0)} µs vs append+fsync p50 ${ctx.round(m("baselineP50Micros"), 0)} µs; ${runs[0].n} records of ${runs[0].recordBytes} B per call, ${reps} calls`,
    },
    {
      metric: "markStarted+recordResult p99 per agent",
      subjectValue: m("perAgentP99Micros"),
      baseline: "append+fsync p99",
      baselineValue: m("baselineP99Micros"),
      unit: "µs",
      ratio: m("perAgentP99Micros") / m("baselineP99Micros"),
      target: "≤ 1 ms p99",
      met: us(m("perAgentP99Micros")) <= 1,
      note: `mean per agent ${ctx.round(m("perAgentMicros"), 0)} µs (two commits)${us(m("baselineP99Micros")) > 1 ? `; this disk's own append+fsync p99 is ${ctx.round(us(m("baselineP99Micros")), 2)} ms, above the 1 ms target, so a p99 miss here is the disk (the anchor measured 0.64 ms)` : ""}`,
    },
    {
      metric: "recordResult p99, durability power (FULL)",
      subjectValue: m("perResultFullSyncP99Micros"),
      baseline: "append+fsync p99",
      baselineValue: m("baselineP99Micros"),
      unit: "µs",
      ratio: m("perResultFullSyncP99Micros") / m("baselineP99Micros"),
      target: "≤ 1 ms p99",
      met: us(m("perResultFullSyncP99Micros")) <= 1,
      note: `mean ${ctx.round(m("perResultFullSyncMicros"), 0)} µs; synchronous=FULL fsyncs every commit, like the baseline`,
    },
  ];
}
