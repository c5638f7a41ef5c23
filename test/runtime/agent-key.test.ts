// The journal finds a finished agent by its content key, so the key of a given call must never
// change between versions: a different key would silently re-run (and re-pay for) every agent of a
// resumed run. These pins were taken from the original sort-based implementation.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { agentKey, agentKeyText, type AgentKeyInput } from "../../runtime/interpreter/agent-call.js";
import { canonicalJson } from "../../runtime/providers/schema.js";

const plain: AgentKeyInput = {
  stageId: "parallel/agent:item",
  index: [3, 0],
  prompt: 'Review item 3.\nQuote: "x" ✓',
  schema: { type: "object", required: ["ok"], properties: { ok: { type: "boolean" }, a: { type: "string" } } },
  model: "claude-haiku-4-5",
  maxTokens: 256,
};
const full: AgentKeyInput = {
  ...plain,
  system: "You are running as the `x` agent type.",
  effort: "high",
  agentType: "x",
  isolation: "worktree",
  retry: 2,
  schema: null,
  index: [],
};

/** The key's definition: sha256 of canonicalJson of the call's identity, optionals as null. */
function reference(input: AgentKeyInput): string {
  const body: Record<string, unknown> = {
    stageId: input.stageId,
    index: [...input.index],
    prompt: input.prompt,
    system: input.system ?? null,
    schema: input.schema ?? null,
    model: input.model,
    effort: input.effort ?? null,
    maxTokens: input.maxTokens,
    agentType: input.agentType ?? null,
    isolation: input.isolation ?? null,
  };
  if (input.retry) body["retry"] = input.retry;
  return canonicalJson(body);
}

describe("agentKey", () => {
  it("is unchanged for a fixed call (the journal depends on it)", () => {
    expect(agentKey(plain)).toBe("c2f55dd6e59e4ff10e67cb297d4e40214a103acdcb675cc1916b0a2122a3b6ef");
    expect(agentKey(full)).toBe("edf27e0dfd65aafe43308ce81452bc605d4b7e8df57302050bacc199ef896473");
  });

  it("hashes exactly the canonical JSON of the call", () => {
    for (const input of [plain, full, { ...plain, retry: 0 }, { ...plain, schema: undefined, index: [0, 12, 7] }]) {
      expect(agentKeyText(input)).toBe(reference(input));
      expect(agentKey(input)).toBe(createHash("sha256").update(reference(input)).digest("hex"));
    }
  });

  it("tells calls apart by retry, index and schema", () => {
    const keys = new Set([agentKey(plain), agentKey({ ...plain, retry: 1 }), agentKey({ ...plain, index: [3, 1] }), agentKey({ ...plain, schema: null })]);
    expect(keys.size).toBe(4);
  });
});
