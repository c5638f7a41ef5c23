import type { Span } from "../../../grammar/ast.js";
import type { SourceFile } from "../../source.js";

/**
 * A span as lines and columns, the one conversion every renderer shares so that the human output,
 * JSON, SARIF and GitHub annotations always agree.
 *
 * Lines and columns are 1-based; columns count UTF-16 code units (like editors, LSP and SARIF's
 * default `columnKind`). `column` is inclusive and `endColumn` exclusive: an empty span has
 * `endColumn === column`, and `endColumn - column` is the span's length on a one-line span.
 */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function spanRange(file: SourceFile, span: Span): Range {
  const length = file.text.length;
  const start = clamp(span.start, 0, length);
  const end = clamp(span.end, start, length);
  const from = file.position(start);
  let to = file.position(end);
  // A span that ends just after a line break (a whole line, `foo\n`) ends on its own line, not at
  // column 1 of the next one: otherwise it would render as a two-line span with an empty second line.
  if (end > start && to.line > from.line && to.column === 1) {
    const line = to.line - 1;
    to = { line, column: file.lineText(line).length + 1 };
  }
  // A span inside a CRLF pair or past the line's text is pulled back to the end of the text.
  const fromMax = file.lineText(from.line).length + 1;
  const toMax = file.lineText(to.line).length + 1;
  return {
    line: from.line,
    column: Math.min(from.column, fromMax),
    endLine: to.line,
    endColumn: Math.max(Math.min(to.column, toMax), to.line === from.line ? Math.min(from.column, fromMax) : 1),
  };
}

/**
 * A path as CI tools want it: relative to `root` when under it, with forward slashes. Paths outside
 * the root stay absolute.
 */
export function portablePath(path: string, root?: string): string {
  let p = path.replace(/\\/g, "/");
  if (root !== undefined) {
    const r = root.replace(/\\/g, "/").replace(/\/+$/, "");
    if (p.startsWith(r + "/")) p = p.slice(r.length + 1);
  }
  return p.replace(/^(\.\/)+/, "");
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Number.isFinite(n) ? Math.trunc(n) : lo));
}
