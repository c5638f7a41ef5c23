import type { Span } from "../../grammar/ast.js";
import type { SourceFile } from "../source.js";
import { codeInfo, type Code } from "./codes.js";
import type { Diagnostic, Severity } from "./types.js";

/** Everything of a diagnostic but its code, severity, span and message. */
export type DiagnosticExtras = Omit<Diagnostic, "code" | "severity" | "span" | "message">;

/**
 * Collects the diagnostics of one file as the phases find them. Phases never throw on a bad plan;
 * they report here and go on with what they could build.
 *
 * Two phases may find the same fault (the resolver and a check both see an unknown name in a
 * fan-out); the first report of a code at a span wins, so users read each fault once.
 */
export class DiagnosticBag {
  private readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  private errorCount = 0;

  constructor(readonly file?: SourceFile) {}

  /** Adds a diagnostic as is; returns false when the same code at the same span was already there. */
  add(diagnostic: Diagnostic): boolean {
    const key = `${diagnostic.code}@${diagnostic.span.start}:${diagnostic.span.end}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.items.push(diagnostic);
    if (diagnostic.severity === "error") this.errorCount++;
    return true;
  }

  addAll(diagnostics: Iterable<Diagnostic>): void {
    for (const d of diagnostics) this.add(d);
  }

  /** Reports `code` with the severity the code table gives it. */
  report(code: Code, span: Span, message: string, extras: DiagnosticExtras = {}): Diagnostic {
    return this.push(code, codeInfo(code)!.severity, span, message, extras);
  }

  error(code: Code, span: Span, message: string, extras: DiagnosticExtras = {}): Diagnostic {
    return this.push(code, "error", span, message, extras);
  }

  warning(code: Code, span: Span, message: string, extras: DiagnosticExtras = {}): Diagnostic {
    return this.push(code, "warning", span, message, extras);
  }

  hasErrors(): boolean {
    return this.errorCount > 0;
  }

  get size(): number {
    return this.items.length;
  }

  count(severity: Severity): number {
    return this.items.filter((d) => d.severity === severity).length;
  }

  /** In report order. */
  all(): readonly Diagnostic[] {
    return this.items;
  }

  /** By start offset, then code, then end offset; report order breaks the remaining ties. */
  sorted(): Diagnostic[] {
    return sortDiagnostics(this.items);
  }

  private push(code: Code, severity: Severity, span: Span, message: string, extras: DiagnosticExtras): Diagnostic {
    const diagnostic: Diagnostic = { code, severity, message, span: { start: span.start, end: span.end }, ...extras };
    this.add(diagnostic);
    return diagnostic;
  }
}

/** The order every renderer shows diagnostics in: by start offset, then code, then end offset. Stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        a.d.span.start - b.d.span.start ||
        (a.d.code < b.d.code ? -1 : a.d.code > b.d.code ? 1 : 0) ||
        a.d.span.end - b.d.span.end ||
        a.i - b.i,
    )
    .map(({ d }) => d);
}
