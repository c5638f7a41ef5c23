import type { SourceFile } from "../../source.js";
import { sortDiagnostics } from "../bag.js";
import type { Diagnostic } from "../types.js";
import { spanRange } from "./location.js";

/**
 * One line per diagnostic, `path:line:col: error[WF3101] message`: the shape compilers and grep
 * share, so editors' problem matchers and `grep error` work on it. Columns are 1-based UTF-16.
 */
export function renderConcise(file: SourceFile, diagnostics: readonly Diagnostic[], _options: object = {}): string {
  return sortDiagnostics(diagnostics)
    .map((d) => {
      const r = spanRange(file, d.span);
      const message = d.message.replace(/\r\n?|\n|\u2028|\u2029/g, " ");
      return `${file.path}:${r.line}:${r.column}: ${d.severity}[${d.code}] ${message}\n`;
    })
    .join("");
}
