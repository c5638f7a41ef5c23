import type { SourceFile } from "../../source.js";
import { sortDiagnostics } from "../bag.js";
import { codeInfo } from "../codes.js";
import type { Diagnostic } from "../types.js";
import { spanRange, type Range } from "./location.js";

/** One file's results for the JSON and SARIF renderers. */
export interface FileReport {
  file: SourceFile;
  diagnostics: readonly Diagnostic[];
  /** The plan's computed bounds (agents, tokens, USD, latency), passed through as they are. */
  bounds?: unknown;
}

/**
 * The machine-readable format of `wfc check --format json`. Its shape is stable: fields may be
 * added, never renamed or removed.
 *
 * ```
 * {"files":[{"path","diagnostics":[{"code","name","severity","message","line","column","endLine",
 *   "endColumn","help","label","notes","fix"}],"bounds":{…}}]}
 * ```
 *
 * Positions are 1-based, columns in UTF-16 code units; `column` is inclusive and `endColumn`
 * exclusive (as in SARIF and LSP), so an empty span has `endColumn === column`. `help`, `label` and
 * `fix` are `null` when absent; `notes` is always an array. `bounds` is present only when given.
 */
export interface JsonDiagnostic extends Range {
  code: string;
  /** The rule name from the code table (`unbounded-fan-out`), or null for a code not in it. */
  name: string | null;
  severity: Diagnostic["severity"];
  message: string;
  help: string | null;
  label: string | null;
  notes: string[];
  fix: { description: string; edits: Array<Range & { text: string }> } | null;
}

export function toJson(reports: readonly FileReport[]): { files: unknown[] } {
  return {
    files: reports.map((report) => ({
      path: report.file.path,
      diagnostics: sortDiagnostics(report.diagnostics).map((d) => jsonDiagnostic(report.file, d)),
      ...(report.bounds !== undefined ? { bounds: report.bounds } : {}),
    })),
  };
}

export function renderJson(reports: readonly FileReport[]): string {
  return JSON.stringify(toJson(reports), null, 2) + "\n";
}

function jsonDiagnostic(file: SourceFile, d: Diagnostic): JsonDiagnostic {
  return {
    code: d.code,
    name: codeInfo(d.code)?.name ?? null,
    severity: d.severity,
    message: d.message,
    ...spanRange(file, d.span),
    help: d.help ?? null,
    label: d.label ?? null,
    notes: d.notes ?? [],
    fix: d.fix
      ? { description: d.fix.description, edits: d.fix.edits.map((e) => ({ ...spanRange(file, e.span), text: e.text })) }
      : null,
  };
}
