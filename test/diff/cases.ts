/**
 * The golden diff corpus, as builder definitions: each case is a (before, after) pair, mostly one
 * knob of the same review plan turned. `golden.test.ts` writes them to
 * test/golden/diff/<case>.before.json / .after.json (UPDATE_GOLDEN=1) and checks they stay in sync.
 */

import type { GateInfo, PlanInfo } from "../../compiler/graph/types.js";
import { agent, gate, parallel, retry, buildGraph, type PlanSpec, type StageSpec } from "./build.js";

interface Knobs {
  locShift: number;
  description: string;
  phases: string[];
  effort: PlanInfo["effort"];
  budget: PlanInfo["budget"];
  width: number;
  reviewModel: string;
  reviewPrompt: string;
  reviewOptions: Record<string, unknown>;
  reviewEffort: string | null;
  findingsSchema: Record<string, unknown>;
  triageSchema: Record<string, unknown>;
  /** Keep the verification gate (false: dedupe runs ungated at the top level). */
  gated: boolean;
  gateInfo: GateInfo;
  gatePhase: string;
  reportAttempts: number;
  summarizeReads: string[];
  reportAfter: string[];
  extraReviewer: boolean;
  withTriage: boolean;
  /** Display name of the fan-out, with its id kept as `reviews` (a renamed variable). */
  reviewsLabel: string;
}

const findings = (
  over: Record<string, unknown> = {},
  item: Record<string, unknown> = {},
  required: string[] = ["line", "severity", "message"],
) => ({
  type: "object",
  properties: {
    findings: {
      type: "array",
      maxItems: 10,
      items: {
        type: "object",
        properties: {
          line: { type: "integer", minimum: 1 },
          severity: { type: "string", enum: ["low", "medium", "high"] },
          message: { type: "string", maxLength: 500 },
          ...item,
        },
        required,
        additionalProperties: false,
      },
      ...over,
    },
  },
  required: ["findings"],
});

const BASE: Knobs = {
  locShift: 0,
  description: "Review a pull request's changed files and summarize the findings.",
  phases: ["Review", "Verify", "Report"],
  effort: "medium",
  budget: { usd: 5, agents: 60 },
  width: 20,
  reviewModel: "sonnet",
  reviewPrompt: "Review ${file} for bugs and security issues. Report each finding with its line number and a one-sentence explanation.",
  reviewOptions: { timeout: 120000, maxTokens: 2000 },
  reviewEffort: null,
  findingsSchema: findings(),
  triageSchema: {
    type: "object",
    properties: { files: { type: "array", maxItems: 20, items: { type: "string" } } },
    required: ["files"],
    additionalProperties: false,
  },
  gated: true,
  gateInfo: { check: "predicate", onFail: "abort", attempts: 1 },
  gatePhase: "Verify",
  reportAttempts: 2,
  summarizeReads: [],
  reportAfter: [],
  extraReviewer: false,
  withTriage: true,
  reviewsLabel: "reviews",
};

function reviewPlan(over: Partial<Knobs> = {}): PlanSpec {
  const k = { ...BASE, ...over };
  const dedupe = agent("dedupe", {
    prompt: "Merge duplicate findings in ${reviews} and drop any that do not cite a line.",
    model: "haiku",
    schema: findings(),
    ...(k.gated ? {} : { reads: [k.reviewsLabel], phase: k.gatePhase }),
  });
  const reviewers: StageSpec[] = [
    agent("review", {
      prompt: k.reviewPrompt,
      model: k.reviewModel,
      effort: k.reviewEffort,
      schema: k.findingsSchema,
      options: k.reviewOptions,
    }),
  ];
  if (k.extraReviewer)
    reviewers.push(
      agent("security-review", {
        prompt: "Look only for injection, path traversal and leaked secrets in ${file}.",
        model: "sonnet",
        schema: findings(),
      }),
    );
  const children: StageSpec[] = [];
  if (k.withTriage)
    children.push(
      agent("triage", {
        prompt: "List the files in ${args.pr} that need a careful review. Skip generated and vendored code.",
        model: "haiku",
        schema: k.triageSchema,
        phase: "Review",
      }),
    );
  children.push(
    parallel(k.reviewsLabel, k.width, reviewers, {
      phase: "Review",
      idLabel: "reviews",
      ...(k.withTriage ? { reads: ["triage"] } : {}),
    }),
    k.gated ? gate("verified", k.gateInfo, [dedupe], { phase: k.gatePhase, reads: [k.reviewsLabel] }) : dedupe,
    retry(
      "report",
      k.reportAttempts,
      [
        agent("summarize", {
          prompt: "Write a short summary of ${findings} for the pull request description, most severe first.",
          model: "sonnet",
        }),
      ],
      { phase: "Report", reads: [k.gated ? "verified" : "dedupe", ...k.summarizeReads], after: k.reportAfter },
    ),
  );
  return {
    name: "review-changes",
    description: k.description,
    phases: k.phases,
    effort: k.effort,
    budget: k.budget,
    locShift: k.locShift,
    children,
  };
}

/** A second, smaller plan for sibling order: three independent checks. */
function checksPlan(order: string[], locShift = 0): PlanSpec {
  const prompts: Record<string, string> = {
    lint: "Run the linter over ${args.dir} and list every error.",
    types: "Type-check ${args.dir} and list every error.",
    tests: "Run the tests in ${args.dir} and list every failure.",
  };
  return {
    name: "pre-merge",
    description: "Three independent checks, then one verdict.",
    locShift,
    children: [
      parallel("checks", 3, order.map((name) => agent(name, { prompt: prompts[name]!, model: "haiku" }))),
      agent("verdict", { prompt: "Given ${checks}, say whether the branch can merge.", model: "sonnet", reads: ["checks"] }),
    ],
  };
}

export interface DiffCase {
  name: string;
  /** What the case shows, written into nothing: documentation for the reader of this file. */
  about: string;
  before: PlanSpec;
  after: PlanSpec;
}

export const cases: DiffCase[] = [
  { name: "identical", about: "the same plan twice: empty", before: reviewPlan(), after: reviewPlan() },
  {
    name: "loc-only",
    about: "a comment added at the top moves every stage down: empty",
    before: reviewPlan(),
    after: reviewPlan({ locShift: 7 }),
  },
  {
    name: "reorder-only",
    about: "independent siblings of a parallel swapped in the source: empty",
    before: checksPlan(["lint", "types", "tests"]),
    after: checksPlan(["tests", "lint", "types"], 1),
  },
  {
    name: "rename-variable",
    about: "the fan-out's variable renamed; its id is unchanged, so nothing changed",
    before: reviewPlan(),
    after: reviewPlan({ reviewsLabel: "fileReviews" }),
  },
  {
    name: "stage-added",
    about: "a second reviewer joins the fan-out",
    before: reviewPlan(),
    after: reviewPlan({ extraReviewer: true }),
  },
  {
    name: "stage-removed",
    about: "triage is dropped; the fan-out no longer reads it",
    before: reviewPlan(),
    after: reviewPlan({ withTriage: false }),
  },
  {
    name: "prompt-changed",
    about: "a word-level edit of the reviewer's prompt",
    before: reviewPlan(),
    after: reviewPlan({
      reviewPrompt:
        "Review ${file} for bugs, race conditions and security issues. Report each finding with its line number and a one-sentence fix.",
    }),
  },
  {
    name: "schema-changed",
    about: "schema tightened and extended (no risk): a field added and required, a bound lowered, `line` retyped to a line range (its dropped `minimum` is flagged)",
    before: reviewPlan(),
    after: reviewPlan({
      findingsSchema: findings(
        { maxItems: 5 },
        {
          line: { type: "string", pattern: "^[0-9]+(-[0-9]+)?$" },
          category: { type: "string", enum: ["bug", "security", "style"] },
          message: { type: "string", maxLength: 300 },
        },
        ["line", "severity", "message", "category"],
      ),
    }),
  },
  {
    name: "options-changed",
    about: "timeout, maxTokens and effort of the reviewer changed",
    before: reviewPlan(),
    after: reviewPlan({ reviewOptions: { timeout: 300000, maxTokens: 4000 }, reviewEffort: "high" }),
  },
  {
    name: "phase-moved",
    about: "the verification gate moves from `Verify` to `Report`",
    before: reviewPlan(),
    after: reviewPlan({ gatePhase: "Report" }),
  },
  {
    name: "edges-changed",
    about: "the report now also waits for the fan-out (an order edge, no data)",
    before: reviewPlan(),
    after: reviewPlan({ reportAfter: ["reviews"] }),
  },
  {
    name: "plan-changed",
    about: "description, phases and effort of the plan changed",
    before: reviewPlan(),
    after: reviewPlan({
      description: "Review a pull request and post one summary.",
      phases: ["Review", "Verify", "Report", "Post"],
      effort: "high",
    }),
  },
  {
    name: "model-downgraded",
    about: "the reviewer moves to a cheaper model: cost falls, no risk",
    before: reviewPlan(),
    after: reviewPlan({ reviewModel: "haiku" }),
  },
  // One case per risk class.
  {
    name: "risk-gate-removed",
    about: "the verification gate is deleted; dedupe runs unchecked",
    before: reviewPlan(),
    after: reviewPlan({ gated: false }),
  },
  {
    name: "risk-gate-weakened",
    about: "the gate drops failures instead of aborting, and checks with an agent instead of code",
    before: reviewPlan(),
    after: reviewPlan({ gateInfo: { check: "agent", onFail: "drop", attempts: 1 } }),
  },
  {
    name: "risk-fan-out-widened",
    about: "the fan-out goes from 20 to 50 files",
    before: reviewPlan(),
    after: reviewPlan({ width: 50 }),
  },
  {
    name: "risk-retry-raised",
    about: "the report may be retried 4 times instead of 2",
    before: reviewPlan(),
    after: reviewPlan({ reportAttempts: 4 }),
  },
  {
    name: "risk-model-upgraded",
    about: "the reviewer moves from sonnet to opus",
    before: reviewPlan(),
    after: reviewPlan({ reviewModel: "opus" }),
  },
  {
    name: "risk-budget-raised",
    about: "the USD budget goes from 5 to 12 and the agent cap is removed",
    before: reviewPlan(),
    after: reviewPlan({ budget: { usd: 12 } }),
  },
  {
    name: "risk-schema-loosened",
    about: "maxItems removed, enum removed, `line` no longer required, closed objects reopened",
    before: reviewPlan(),
    after: reviewPlan({
      findingsSchema: {
        type: "object",
        properties: {
          findings: {
            type: "array",
            items: {
              type: "object",
              properties: {
                line: { type: "integer", minimum: 1 },
                severity: { type: "string" },
                message: { type: "string", maxLength: 500 },
              },
              required: ["severity", "message"],
            },
          },
        },
        required: ["findings"],
      },
      triageSchema: {
        type: "object",
        properties: { files: { type: "array", maxItems: 20, items: { type: "string" } } },
        required: ["files"],
      },
    }),
  },
  {
    name: "risk-verification-removed",
    about: "the report now also reads the raw reviews, bypassing the gate",
    before: reviewPlan(),
    after: reviewPlan({ summarizeReads: ["reviews"] }),
  },
  {
    name: "combined",
    about: "a realistic pull request: wider fan-out on opus, looser schema, gate drops, budget raised",
    before: reviewPlan(),
    after: reviewPlan({
      width: 40,
      reviewModel: "opus",
      budget: { usd: 15, agents: 60 },
      gateInfo: { check: "predicate", onFail: "drop", attempts: 1 },
      reviewPrompt:
        "Review ${file} for bugs and security issues. Report each finding with its line number and a suggested fix.",
      findingsSchema: findings({ maxItems: 25 }),
      locShift: 3,
    }),
  },
];

export function caseGraphs(c: DiffCase) {
  return { before: buildGraph(c.before), after: buildGraph(c.after) };
}

export { reviewPlan, checksPlan };
