/**
 * The shape of a lint rule. A rule is one file: its doc comment (kept verbatim in `doc`, which
 * `wfc explain CODE` prints, so the docs and the rule never drift apart), its code and name, and a
 * `check` that reads the plan and reports warnings. Rules never throw for a user's plan; a rule that
 * does has a bug, and `runLints` turns it into one WF9001 diagnostic naming the rule.
 */
import type * as A from "../../grammar/ast.js";
import type { PlanMeta } from "../meta.js";
import type { SiteIndex } from "../stage-ids.js";
import type { Diagnostic } from "../diagnostics/types.js";

/** What a rule may add to a diagnostic besides its span and message. */
export type LintExtras = Pick<Diagnostic, "help" | "label" | "notes" | "secondary" | "fix">;

/** Everything a rule reads. Built once per file by the caller. */
export interface LintInput {
  program: A.Program;
  /** The plan's text, for `textOf` in messages. */
  source: string;
  /** Undefined when `meta` is missing or unreadable (that is reported elsewhere). */
  meta?: PlanMeta | undefined;
  sites: SiteIndex;
}

export interface LintContext extends LintInput {
  /** Reports one finding of this rule; the code and severity are filled in by `runLints`. */
  report(span: A.Span, message: string, extra?: LintExtras): void;
}

export interface Rule {
  /** `WF50NN`: the row of the code table this rule reports. */
  readonly code: string;
  /** kebab-case, the same as the code table's `name`. */
  readonly name: string;
  /** The rule's doc comment text, with `@example invalid` and `@example valid` lines. */
  readonly doc: string;
  check(ctx: LintContext): void;
}

/** Identity with a type: gives every rule file the same checked shape. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
