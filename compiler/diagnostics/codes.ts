/**
 * The one table of diagnostic codes. Banded by phase, like TypeScript's 1xxx/2xxx:
 *
 *   WF0xxx  wfc.config.json (read before any plan)
 *   WF1xxx  syntax, and constructs outside the language (sandbox)
 *   WF2xxx  names and options
 *   WF3xxx  the stage graph, bounds and budgets
 *   WF4xxx  schemas
 *   WF5xxx  lints (warnings); WF59xx are about `wfc-ignore` comments themselves
 *   WF9xxx  bugs in wfc
 *
 * Adding a code is one line here, kept in order. `name` is what `wfc.config.json` and `wfc-ignore`
 * accept besides the code; `summary` is the rule's one-line description (SARIF shortDescription,
 * `wfc explain`). Messages themselves are written where the diagnostic is reported.
 */
export const codes = {
  // ---------------------------------------------------------------- WF0xxx config
  WF0101: { name: "config-syntax-error",   severity: "error",   summary: "wfc.config.json is not valid JSON" },
  WF0102: { name: "config-invalid-value",  severity: "error",   summary: "a setting in wfc.config.json has the wrong type or value" },
  WF0103: { name: "config-unknown-key",    severity: "error",   summary: "wfc.config.json names a setting or rule that wfc does not know" },
  WF0104: { name: "config-unreadable",     severity: "error",   summary: "the configuration file could not be read" },

  // ---------------------------------------------------------------- WF1xxx syntax and sandbox
  WF1001: { name: "syntax-error",          severity: "error",   summary: "the parser could not continue" },
  WF1002: { name: "nesting-too-deep",      severity: "error",   summary: "expressions or blocks nest deeper than the parser allows" },
  WF1003: { name: "unsupported-construct", severity: "error",   summary: "valid JavaScript that workflow plans do not support" },
  WF1004: { name: "forbidden-global",      severity: "error",   summary: "a global that escapes the sandbox (eval, Function, process, require, fetch, fs…)" },
  WF1005: { name: "nondeterminism",        severity: "error",   summary: "a source of nondeterminism (Date.now, Math.random, new Date()) that breaks replay" },
  WF1006: { name: "forbidden-import",      severity: "error",   summary: "plans cannot import modules" },
  WF1007: { name: "meta-not-first",        severity: "error",   summary: "`export const meta` must be the first statement" },
  WF1008: { name: "meta-not-literal",      severity: "error",   summary: "`meta` must be a literal object that wfc can read without running the plan" },
  WF1009: { name: "unbounded-while",       severity: "error",   summary: "a `while` loop with no static bound on its iterations" },
  WF1010: { name: "lexer-error",           severity: "error",   summary: "a character or token the lexer cannot read" },
  WF1011: { name: "missing-semicolon-or-newline", severity: "error", summary: "two statements on one line need a `;` or a line break between them" },
  WF1012: { name: "var-declaration",       severity: "warning", summary: "`var` is function-scoped and hoisted; use `const` or `let`" },

  // ---------------------------------------------------------------- WF2xxx names and options
  WF2001: { name: "unknown-identifier",    severity: "error",   summary: "a name that no binding or global defines" },
  WF2002: { name: "unknown-option",        severity: "error",   summary: "an option or `meta` key that wfc does not know" },
  WF2003: { name: "invalid-option",        severity: "error",   summary: "an option or `meta` value of the wrong type, or not known before the run" },
  WF2004: { name: "parallel-needs-thunks", severity: "error",   summary: "`parallel` and `pipeline` take functions, not started promises" },
  // ---------------------------------------------------------------- WF3xxx graph, bounds, budgets
  WF3001: { name: "call-cycle",            severity: "error",   summary: "helpers or workflows call each other in a loop" },
  WF3002: { name: "workflow-nesting",      severity: "error",   summary: "`workflow()` nested deeper than one level" },
  WF3003: { name: "workflow-not-found",    severity: "error",   summary: "`workflow(name)` names no plan file, or that plan has errors" },
  WF3101: { name: "unbounded-fan-out",     severity: "error",   summary: "no static bound on the items of a fan-out" },
  WF3102: { name: "fan-out-too-wide",      severity: "error",   summary: "more than 4,096 items in one `parallel` or `pipeline`" },
  WF3103: { name: "unbounded-loop",        severity: "error",   summary: "a loop with no static iteration bound" },
  WF3104: { name: "unbounded-retry",       severity: "error",   summary: "a retry without a static attempt bound (at most 10)" },
  WF3105: { name: "unbounded-prompt",      severity: "error",   summary: "a prompt interpolates a value of unknown size" },
  WF3201: { name: "budget-exceeded",       severity: "error",   summary: "the worst case exceeds the plan's declared budget or the CI policy" },
  WF3202: { name: "agent-cap",             severity: "error",   summary: "the worst case exceeds 1,000 agent calls in one run" },
  WF3203: { name: "concurrency-cap",       severity: "error",   summary: "declared concurrency above the platform's 16" },
  WF3204: { name: "effort-cap",            severity: "error",   summary: "a fan-out wider than the effort tier allows" },
  // ---------------------------------------------------------------- WF4xxx schemas
  WF4001: { name: "schema-root",           severity: "error",   summary: "an agent schema's root is not `{ type: 'object', properties }`, or `meta.args` lists fields with no schema around them" },
  WF4002: { name: "schema-required",       severity: "error",   summary: "`required` names a property the schema does not define" },
  WF4003: { name: "invalid-schema",        severity: "error",   summary: "a schema keyword with an invalid value, or a schema not known before the run" },
  WF4004: { name: "unknown-field",         severity: "error",   summary: "reading a field that the agent's schema does not define" },
  // ---------------------------------------------------------------- WF50xx lints
  WF5001: { name: "unused-result",            severity: "warning", summary: "an agent's, fan-out's or gate's result is never read" },
  WF5002: { name: "unverified-output",        severity: "warning", summary: "the plan returns agent output that no `gate` checked" },
  WF5003: { name: "sequential-awaits",        severity: "warning", summary: "independent agents awaited one after another instead of in `parallel`" },
  WF5004: { name: "fan-out-without-model",    severity: "warning", summary: "an agent in a fan-out names no `model` and inherits the session's" },
  WF5005: { name: "whole-value-in-prompt",    severity: "warning", summary: "a prompt interpolates a whole array or object" },
  WF5006: { name: "silent-cap",               severity: "warning", summary: "a `.slice(0, N)` cap with no `log` of what was dropped" },
  WF5007: { name: "undeclared-phase",         severity: "warning", summary: "a phase title that `meta.phases` does not declare" },
  WF5008: { name: "unused-phase",             severity: "warning", summary: "a `meta.phases` entry that no `phase()` or agent uses" },
  WF5009: { name: "duplicate-label",          severity: "warning", summary: "two agent calls share a label" },
  WF5010: { name: "unparsed-json",            severity: "warning", summary: "`JSON.parse` of an agent answer that has no `schema`" },
  WF5011: { name: "unfiltered-nulls",         severity: "warning", summary: "a field of a fan-out result read before its `null`s are filtered" },
  WF5012: { name: "missing-label",            severity: "warning", summary: "an agent call without a `label`" },
  WF5013: { name: "schema-without-max-items", severity: "warning", summary: "an array in an agent schema without `maxItems`" },
  WF5014: { name: "catch-swallows",           severity: "warning", summary: "a `catch` that drops an error without logging it" },
  // ---------------------------------------------------------------- WF59xx suppressions
  WF5900: { name: "suppression-without-reason", severity: "warning", summary: "a `wfc-ignore` comment gives no reason after `:`" },
  WF5901: { name: "unused-suppression",    severity: "warning", summary: "a `wfc-ignore` comment suppresses nothing" },
  WF5902: { name: "malformed-suppression", severity: "warning", summary: "a `wfc-ignore` comment wfc cannot read" },

  // ---------------------------------------------------------------- WF9xxx internal
  WF9001: { name: "internal-error",        severity: "error",   summary: "a bug in wfc; the message names the phase" },
} as const satisfies Record<string, CodeInfo>;

export interface CodeInfo {
  /** kebab-case rule name, unique; accepted wherever a code is. */
  readonly name: string;
  /** The default severity; `wfc.config.json` `rules` may change it (see {@link isConfigurable}). */
  readonly severity: "error" | "warning" | "info";
  readonly summary: string;
}

export type Code = keyof typeof codes;

/** The table entry of a code, or undefined for a string that is not one. */
export function codeInfo(code: string): CodeInfo | undefined {
  return Object.hasOwn(codes, code) ? codes[code as Code] : undefined;
}

export function isCode(code: string): code is Code {
  return Object.hasOwn(codes, code);
}

/** Resolves a code (`WF5001`) or a rule name (`unused-result`) to its code. */
export function resolveCode(codeOrName: string): Code | undefined {
  if (isCode(codeOrName)) return codeOrName;
  // A linear scan: the table has some dozens of entries and this runs per config key or comment.
  return (Object.keys(codes) as Code[]).find((code) => codes[code].name === codeOrName);
}

/** Every code, in table (= numeric) order. */
export function allCodes(): Code[] {
  return (Object.keys(codes) as Code[]).sort();
}

/**
 * Whether `wfc.config.json` may change the severity of a code or turn it off. Config (0xxx), syntax
 * and sandbox (1xxx) and internal (9xxx) codes are fixed: a plan with them cannot be understood or
 * cannot be replayed safely, so silencing them would only move the failure to run time.
 */
export function isConfigurable(code: string): boolean {
  return isCode(code) && !/^WF[019]/.test(code);
}

/**
 * Whether a `wfc-ignore` comment may silence a code: configurable codes except the WF59xx codes
 * about suppressions themselves (an ignore comment that silences its own warning would loop).
 */
export function isSuppressible(code: string): boolean {
  return isConfigurable(code) && !code.startsWith("WF59");
}
