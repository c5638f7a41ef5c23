/**
 * Data edges hold over real HTTP: an agent whose prompt uses another agent's result, and every
 * later stage of a pipeline item, send their request only after the producer's response has been
 * completely written by the server. Both ends are server-side timestamps (a recording proxy in front
 * of the Messages server), compared with each other, never with a duration. Where the test needs an
 * overlap (no barrier between pipeline stages), the proxy creates it by holding one answer until
 * another request has been answered, so the order is forced, not hoped for.
 */

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startMessagesServer, type Behaviour, type MessagesServer, type RecordedRequest } from "../support/messages-server.js";
import { startTimingProxy, type Exchange, type TimingProxy } from "./support/timing-proxy.js";
import { expectBalancedEvents, expectNoRequestAfterDeadline, expectWithinBounds, runOverHttp, type HttpRun } from "./support/harness.js";

const ITEMS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"];
/** Small, uneven delays so the pipeline items interleave. */
const DRAFT_DELAY: Record<string, number> = { alpha: 10, bravo: 10, charlie: 120, delta: 10, echo: 60, foxtrot: 30 };
/** How long a held answer waits at most: past it the test fails on the order, it does not hang. */
const HOLD_LIMIT_MS = 8000;

const PLAN = `export const meta = {
  name: 'edges',
  description: 'A producer and its consumer beside a three-stage pipeline',
  args: { type: 'object', required: ['items'], properties: { items: { type: 'array', maxItems: 6, items: { type: 'string', maxLength: 20 } } } },
  defaults: { timeoutMs: 15000 },
}
const FACTS = { type: 'object', required: ['facts'], properties: { facts: { type: 'array', maxItems: 3, items: { type: 'string', maxLength: 20 } } } }

async function producerAndConsumer() {
  const facts = await agent('produce facts', { label: 'producer', model: 'haiku', schema: FACTS, maxTokens: 200 })
  return agent('use the facts ' + JSON.stringify(facts.facts), { label: 'consumer', model: 'haiku', maxTokens: 200 })
}

const [used, piped] = await parallel([
  () => producerAndConsumer(),
  () => pipeline(args.items,
    (item) => agent('draft ' + item, { label: 'draft', model: 'haiku', maxTokens: 100 }),
    (draft, item) => agent('polish ' + item + ' <' + draft + '>', { label: 'polish', model: 'haiku', maxTokens: 100 }),
    (polished, item) => agent('check ' + item + ' <' + polished + '>', { label: 'check', model: 'haiku', maxTokens: 100 })),
])
return { used, piped }
`;

const contentOf = (body: unknown): string => ((body as { messages?: Array<{ content?: string }> } | undefined)?.messages?.[0]?.content ?? "") as string;

let server: MessagesServer;
let proxy: TimingProxy;
let run: HttpRun;

beforeAll(async () => {
  let producerRequests = 0;
  server = await startMessagesServer((request: RecordedRequest): Behaviour => {
    const prompt = contentOf(request.body);
    if (prompt === "produce facts")
      // The producer is overloaded once: its dependent must wait for the retry's answer, not the 529.
      return producerRequests++ === 0 ? { kind: "overloaded" } : { kind: "ok", value: { facts: ["tide", "moon"] }, delayMs: 200 };
    const [stage, item] = prompt.split(" ");
    if (stage === "draft") return { kind: "ok", text: `D-${item}`, delayMs: DRAFT_DELAY[item!] ?? 10 };
    if (stage === "polish") return { kind: "ok", text: `P-${item}`, delayMs: 20 };
    if (stage === "check") return { kind: "ok", text: `C-${item}`, delayMs: 20 };
    return { kind: "ok", text: "consumed", delayMs: 20 };
  });
  proxy = await startTimingProxy(server.url);
  const bodyIs = (prompt: string) => (x: Exchange) => contentOf(safeJson(x.body)) === prompt;
  const atMost = (p: Promise<unknown>) => Promise.race([p.then(() => undefined), new Promise<void>((r) => setTimeout(r, HOLD_LIMIT_MS))]);
  proxy.setHold((x) => {
    const prompt = contentOf(safeJson(x.body));
    // alpha's first stage is answered only after bravo has gone through all three stages: possible
    // only if the pipeline has no barrier between its stages.
    if (prompt === "draft alpha") return atMost(proxy.answered(bodyIs("check bravo <P-bravo>")));
    // The producer is answered only once the pipeline branch has sent a request: the two branches
    // of the parallel run at the same time.
    if (prompt === "produce facts") return atMost(proxy.arrived(bodyIs("draft bravo")));
    return undefined;
  });
  run = await runOverHttp({ source: PLAN, baseURL: proxy.url, args: { items: ITEMS } });
});

afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

/** The exchanges whose prompt matches, in arrival order. */
const exchanges = (match: (prompt: string) => boolean): Exchange[] => proxy.exchanges.filter((x) => match(contentOf(safeJson(x.body))));
const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
const one = (prompt: string): Exchange => {
  const found = exchanges((p) => p === prompt);
  expect(found, prompt).toHaveLength(1);
  return found[0]!;
};

describe("data edges over real HTTP", () => {
  test("the run completes with the values flowing along the edges", () => {
    expect(run.result.status).toBe("completed");
    expect(run.result.result).toEqual({
      used: "consumed",
      piped: ITEMS.map((item) => `C-${item}`),
    });
    expect(proxy.exchanges).toHaveLength(server.requests.length);
    expect(proxy.exchanges.every((x) => x.endAt !== undefined)).toBe(true);
    expectBalancedEvents(run.events);
    expectWithinBounds(run);
    expectNoRequestAfterDeadline(run);
  });

  test("the consumer's request starts after the producer's successful response ended (and carries it)", () => {
    const producer = exchanges((p) => p === "produce facts");
    expect(producer.map((x) => x.status)).toEqual([529, 200]);
    const consumer = one('use the facts ["tide","moon"]');
    for (const x of producer) expect(consumer.startAt).toBeGreaterThanOrEqual(x.endAt!);
  });

  test("each pipeline stage of an item starts after the item's previous stage answered, and uses its answer", () => {
    for (const item of ITEMS) {
      const draft = one(`draft ${item}`);
      const polish = one(`polish ${item} <D-${item}>`);
      const check = one(`check ${item} <P-${item}>`);
      expect(polish.startAt, item).toBeGreaterThanOrEqual(draft.endAt!);
      expect(check.startAt, item).toBeGreaterThanOrEqual(polish.endAt!);
    }
  });

  test("no barrier between pipeline stages, and the two branches of the parallel overlap", () => {
    // bravo went through all three stages while alpha's first stage was still unanswered.
    const alpha = one("draft alpha");
    expect(one("check bravo <P-bravo>").endAt!).toBeLessThanOrEqual(alpha.endAt!);
    // The pipeline branch was under way before the producer branch had its answer.
    expect(one("draft bravo").startAt).toBeLessThanOrEqual(exchanges((p) => p === "produce facts")[0]!.endAt!);
  });

  test("the compiled graph has the same edges the run obeyed", () => {
    const stageOf = (label: string) => run.graph.stages.find((s) => s.label === label)?.id;
    for (const label of ["producer", "consumer", "draft", "polish", "check"]) expect(stageOf(label), label).toBeDefined();
    const edge = (from: string, to: string) => run.graph.edges.some((e) => e.from === stageOf(from) && e.to === stageOf(to));
    expect(edge("producer", "consumer")).toBe(true);
    expect(edge("draft", "polish")).toBe(true);
    expect(edge("polish", "check")).toBe(true);
  });
});
