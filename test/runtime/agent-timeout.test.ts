// Per-attempt timeouts are kept by one shared timer in the runner: a provider that never answers (and
// ignores its signal) still gives a `timeout` outcome after `timeoutMs`, its signal is aborted, and a
// quick call next to it is unaffected.
import { expect, test } from "vitest";
import type { AgentOutcome, AgentRequest, Provider } from "../../runtime/providers/types.js";
import { run } from "./fake-provider.js";

function stallingProvider(stall: (r: AgentRequest) => boolean) {
  const seen: AgentRequest[] = [];
  const provider: Provider = {
    simulated: true,
    call(request) {
      seen.push(request);
      if (stall(request)) return new Promise<AgentOutcome>(() => undefined);
      return Promise.resolve({ ok: true, value: `done ${request.prompt}`, model: request.model, usage: { inputTokens: 1, outputTokens: 1, cacheReadTokens: 0, cacheWriteTokens: 0 }, attempts: 1, latencyMs: 0 } as AgentOutcome);
    },
  } as Provider;
  return { provider, seen };
}

test("a call that never answers times out after timeoutMs; its neighbours finish normally", async () => {
  const { provider, seen } = stallingProvider((r) => r.prompt === "b");
  const r = await run(
    `return await parallel(["a", "b", "c"].map((p) => () => agent(p, { label: "t", timeoutMs: 40, attempts: 2 })))`,
    { provider, concurrency: 4 },
  );
  expect(r.result).toEqual(["done a", null, "done c"]);
  expect(r.status).toBe("degraded");
  expect(r.census).toHaveLength(1);
  expect(r.census[0]).toMatchObject({ errorClass: "timeout", attempts: 2, message: "no answer within timeoutMs 40" });
  const stalled = seen.filter((q) => q.prompt === "b");
  expect(stalled).toHaveLength(2);
  expect(stalled.every((q) => q.signal.aborted)).toBe(true);
  expect(seen.filter((q) => q.prompt !== "b").some((q) => q.signal.aborted)).toBe(false);
});

test("different timeouts side by side each expire on their own deadline", async () => {
  const { provider } = stallingProvider(() => true);
  const r = await run(
    `return await parallel([[200, "slow"], [20, "fast"]].map(([ms, p]) => () => agent(p, { label: "t", timeoutMs: ms, attempts: 1 })))`,
    { provider, concurrency: 2 },
  );
  expect(r.result).toEqual([null, null]);
  expect(r.census.map((c) => c.message).sort()).toEqual(["no answer within timeoutMs 20", "no answer within timeoutMs 200"]);
});
