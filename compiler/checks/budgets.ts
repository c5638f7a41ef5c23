/**
 * WF3201–WF3203: the worst case against the plan's declared budget (`meta.budget`), the CI policy
 * (`budget` in wfc.config.json) and the platform caps (1,000 agents per run, 16 at once).
 */
import type { Bounds } from "../graph/types.js";
import type { PlanMeta } from "../meta.js";
import type { Reporter } from "../report.js";

export const PLATFORM_MAX_AGENTS = 1000;
export const PLATFORM_MAX_CONCURRENCY = 16;

export interface CiBudget {
  maxUsd?: number;
  maxAgents?: number;
  maxTokens?: number;
}

const fmt = (n: number): string => (Number.isInteger(n) ? n.toLocaleString("en-US") : n >= 1 ? n.toFixed(2) : n.toPrecision(2));

export function checkBudgets(input: { bounds: Bounds; meta: PlanMeta | undefined; concurrency: number; ci?: CiBudget }, r: Reporter): void {
  const { bounds, meta } = input;
  const span = meta?.spans["budget"] ?? meta?.span ?? { start: 0, end: 0 };
  const budget = meta?.budget;
  const over = (what: string, worst: number, limit: number, where: string, help: string): void =>
    r.error("WF3201", span, `the worst case uses ${fmt(worst)} ${what}, over the ${where} of ${fmt(limit)}`, {
      notes: ["run `wfc plan` to see which stages contribute"],
      help,
    });
  if (budget?.agents !== undefined && bounds.agents > budget.agents) over("agent calls", bounds.agents, budget.agents, "declared `budget.agents`", "narrow a fan-out, lower `attempts`, or raise `budget.agents`");
  if (budget?.tokens !== undefined && bounds.outputTokens > budget.tokens)
    over("output tokens", bounds.outputTokens, budget.tokens, "declared `budget.tokens`", "lower `maxTokens` on the widest fan-out, or raise `budget.tokens`");
  if (budget?.usd !== undefined && bounds.usd > budget.usd) over("USD", bounds.usd, budget.usd, "declared `budget.usd`", "route mechanical stages to `haiku`, narrow fan-outs, or raise `budget.usd`");
  if (budget?.concurrency !== undefined && budget.concurrency > PLATFORM_MAX_CONCURRENCY) {
    r.error("WF3203", span, `\`budget.concurrency\` is ${budget.concurrency}; at most ${PLATFORM_MAX_CONCURRENCY} agents run at once`, { help: `set it to ${PLATFORM_MAX_CONCURRENCY} or less` });
  }
  if (bounds.agents > PLATFORM_MAX_AGENTS) {
    r.error("WF3202", meta?.span ?? span, `the worst case makes ${fmt(bounds.agents)} agent calls; a run may make at most ${fmt(PLATFORM_MAX_AGENTS)}`, {
      notes: ["attempts count: an agent with `attempts: 3` may be called 3 times"],
      help: "narrow fan-outs with `.slice(0, N)`, lower `attempts`, or split the work into several runs",
    });
  }
  const ci = input.ci;
  if (ci?.maxUsd !== undefined && bounds.usd > ci.maxUsd) over("USD", bounds.usd, ci.maxUsd, "CI policy's `budget.maxUsd` (wfc.config.json)", "lower the plan's cost or raise the policy");
  if (ci?.maxAgents !== undefined && bounds.agents > ci.maxAgents) over("agent calls", bounds.agents, ci.maxAgents, "CI policy's `budget.maxAgents` (wfc.config.json)", "lower the plan's fan-out or raise the policy");
  if (ci?.maxTokens !== undefined && bounds.inputTokens + bounds.outputTokens > ci.maxTokens)
    over("tokens", bounds.inputTokens + bounds.outputTokens, ci.maxTokens, "CI policy's `budget.maxTokens` (wfc.config.json)", "lower the plan's size or raise the policy");
}
