/** The test server itself: loopback only, Messages-shaped answers, and a clean close under load. */

import { connect } from "node:net";
import { expect, test } from "vitest";
import { startMessagesServer } from "../support/messages-server.js";

const post = (url: string, body: unknown) =>
  fetch(`${url}/v1/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

test("listens on loopback and answers like the Messages API", async () => {
  const server = await startMessagesServer();
  try {
    expect(new URL(server.url).hostname).toBe("127.0.0.1");
    const schema = { type: "object", properties: { pass: { type: "boolean" } }, required: ["pass"] };
    const response = await post(server.url, { model: "claude-haiku-4-5", max_tokens: 50, messages: [{ role: "user", content: "hi" }], output_config: { format: { type: "json_schema", schema } } });
    expect(response.status).toBe(200);
    expect(response.headers.get("request-id")).toBe("req_test_0000");
    const body = (await response.json()) as { content: Array<{ text: string }> };
    expect(body).toMatchObject({ type: "message", role: "assistant", model: "claude-haiku-4-5", stop_reason: "end_turn" });
    expect(body).toHaveProperty("usage.cache_read_input_tokens", 0);
    expect(typeof JSON.parse(body.content[0]!.text).pass).toBe("boolean");
    expect(server.requests[0]).toMatchObject({ n: 0, method: "POST", url: "/v1/messages", status: 200 });
  } finally {
    await server.close();
  }
});

test("a script array is followed in order, then the default answer", async () => {
  const server = await startMessagesServer([{ kind: "overloaded" }, { kind: "spend-limit" }]);
  try {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(server.url, { model: "m", max_tokens: 5, messages: [] })).status);
    expect(statuses).toEqual([529, 429, 200]);
  } finally {
    await server.close();
  }
});

test("closes cleanly with slow requests still pending, and then refuses connections", async () => {
  const server = await startMessagesServer(() => ({ kind: "ok", delayMs: 60_000 }));
  const pending = Promise.allSettled([1, 2, 3].map(() => post(server.url, { model: "m", max_tokens: 5, messages: [] })));
  while (server.requests.length < 3) await new Promise((r) => setTimeout(r, 5));
  expect(server.inFlight).toBe(3);
  expect(server.maxInFlight).toBe(3);
  await server.close();
  const settled = await pending;
  expect(settled.every((s) => s.status === "rejected")).toBe(true);
  const { port } = new URL(server.url);
  const refused = await new Promise<boolean>((resolve) => {
    const socket = connect(Number(port), "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(true));
  });
  expect(refused).toBe(true);
});
