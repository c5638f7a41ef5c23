/**
 * The lint rules, in code order: an explicit list (no auto-discovery), so adding a rule is one
 * import and one line here plus its row in the code table. `runLints` runs them over one plan.
 */
import type { Span } from "../../grammar/ast.js";
import type { Diagnostic } from "../diagnostics/types.js";
import type { LintExtras, LintInput, Rule } from "./rule.js";
import { unusedResult } from "./unused-result.js";
import { unverifiedOutput } from "./unverified-output.js";
import { sequentialAwaits } from "./sequential-awaits.js";
import { fanOutWithoutModel } from "./fan-out-without-model.js";
import { wholeValueInPrompt } from "./whole-value-in-prompt.js";
import { silentCap } from "./silent-cap.js";
import { undeclaredPhase } from "./undeclared-phase.js";
import { unusedPhase } from "./unused-phase.js";
import { duplicateLabel } from "./duplicate-label.js";
import { unparsedJson } from "./unparsed-json.js";
import { unfilteredNulls } from "./unfiltered-nulls.js";
import { missingLabel } from "./missing-label.js";
import { schemaWithoutMaxItems } from "./schema-without-max-items.js";
import { catchSwallows } from "./catch-swallows.js";

export type { Rule, LintInput, LintContext, LintExtras } from "./rule.js";
export { defineRule } from "./rule.js";

export const rules: readonly Rule[] = [
  unusedResult,
  unverifiedOutput,
  sequentialAwaits,
  fanOutWithoutModel,
  wholeValueInPrompt,
  silentCap,
  undeclaredPhase,
  unusedPhase,
  duplicateLabel,
  unparsedJson,
  unfilteredNulls,
  missingLabel,
  schemaWithoutMaxItems,
  catchSwallows,
];

/** The rule with a code (`WF5001`) or name (`unused-result`). */
export function ruleFor(codeOrName: string): Rule | undefined {
  return rules.find((r) => r.code === codeOrName || r.name === codeOrName);
}

export type RuleSeverity = "off" | "warning" | "error";

/**
 * Where lint findings go: `Reporter` (compiler/report.ts) and `DiagnosticBag` both fit.
 * (Method syntax, so a sink whose `code` parameter is the narrower `Code` type is accepted too.)
 */
export interface LintSink {
  warning(code: string, span: Span, message: string, extra?: Partial<Diagnostic>): unknown;
  error(code: string, span: Span, message: string, extra?: Partial<Diagnostic>): unknown;
}

/**
 * Runs every rule over one plan. `severities` (from `wfc.config.json` `rules`, keyed by code or
 * rule name) turns a rule off or raises it to an error; rules default to warnings. A rule that
 * throws has a bug: it becomes one WF9001 diagnostic naming the rule, and the other rules still run.
 * `only` narrows the run to some rules (tests, `wfc explain` demos).
 */
export function runLints(input: LintInput, sink: LintSink, severities: Record<string, RuleSeverity> = {}, only: readonly Rule[] = rules): void {
  for (const rule of only) {
    const severity = severities[rule.code] ?? severities[rule.name] ?? "warning";
    if (severity === "off") continue;
    const report = (span: Span, message: string, extra: LintExtras = {}): void => {
      if (severity === "error") sink.error(rule.code, span, message, extra);
      else sink.warning(rule.code, span, message, extra);
    };
    try {
      rule.check({ ...input, report });
    } catch (e) {
      sink.error("WF9001", { start: 0, end: 0 }, `internal error in lint rule \`${rule.name}\` (${rule.code}): ${e instanceof Error ? e.message : String(e)}`, {
        help: "this is a bug in wfc; turn the rule off in `wfc.config.json` to go on, and report it",
      });
    }
  }
}
