import type { Span } from "../../grammar/ast.js";

export type Severity = "error" | "warning" | "info";

/** A span with a short text, drawn under the code (`^^^^ length unknown`). */
export interface Label {
  span: Span;
  message: string;
}

/** A source edit that a fix applies: replace `span` with `text`. */
export interface Edit {
  span: Span;
  text: string;
}

/**
 * One finding. User errors are data: every phase returns what it could build plus these.
 * `span` is in UTF-16 offsets; renderers compute lines and columns.
 */
export interface Diagnostic {
  /** `WF1xxx` syntax and constructs outside the language, `WF2xxx` names and options, `WF3xxx` graph,
   *  bounds and budgets, `WF4xxx` schemas, `WF5xxx` lints (warnings), `WF9xxx` internal. */
  code: string;
  severity: Severity;
  /** Lowercase, names the user's things in backticks, says what was expected. */
  message: string;
  span: Span;
  /** Short text for the primary label under the span. */
  label?: string;
  secondary?: Label[];
  notes?: string[];
  /** One sentence saying how to fix it. */
  help?: string;
  fix?: { description: string; edits: Edit[] };
}
