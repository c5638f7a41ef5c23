import type { Span } from "../grammar/ast.js";
import type { Diagnostic, Severity } from "./diagnostics/types.js";

/** Collects diagnostics for one file. Phases report; they never throw for a user's mistake. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  report(code: string, severity: Severity, span: Span, message: string, extra: Partial<Diagnostic> = {}): void {
    this.diagnostics.push({ code, severity, message, span, ...extra });
  }
  error(code: string, span: Span, message: string, extra: Partial<Diagnostic> = {}): void {
    this.report(code, "error", span, message, extra);
  }
  warning(code: string, span: Span, message: string, extra: Partial<Diagnostic> = {}): void {
    this.report(code, "warning", span, message, extra);
  }
  hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === "error");
  }
}
