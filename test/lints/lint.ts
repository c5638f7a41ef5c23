/**
 * Test support: runs the front of the pipeline (parse, meta, subset check, site ids) and the lints
 * over a plan's text, and renders the findings one per line the way the `.diag` goldens show them.
 */
import { parse } from "../../grammar/parse.js";
import { extractMeta } from "../../compiler/meta.js";
import { Reporter } from "../../compiler/report.js";
import { checkSubset } from "../../compiler/checks/subset.js";
import { indexSites } from "../../compiler/stage-ids.js";
import { SourceFile } from "../../compiler/source.js";
import { sortDiagnostics } from "../../compiler/diagnostics/bag.js";
import type { Diagnostic } from "../../compiler/diagnostics/types.js";
import { runLints, type RuleSeverity } from "../../compiler/lints/index.js";

export interface Linted {
  file: SourceFile;
  diagnostics: Diagnostic[];
}

export function lint(text: string, severities: Record<string, RuleSeverity> = {}): Linted {
  const file = new SourceFile("plan.wf.js", text);
  const parsed = parse(text);
  const r = new Reporter();
  for (const d of parsed.diagnostics) r.report(d.code, d.severity, d.span, d.message, d.help ? { help: d.help } : {});
  if (!r.hasErrors()) {
    const meta = extractMeta(parsed.program, r);
    checkSubset(parsed.program, r);
    runLints({ program: parsed.program, source: text, meta, sites: indexSites(parsed.program) }, r, severities);
  }
  return { file, diagnostics: sortDiagnostics(r.diagnostics) };
}

/** `LINE:COL severity[CODE] message`, then `  help: …` when there is one. */
export function renderSimple({ file, diagnostics }: Linted): string {
  const lines: string[] = [];
  for (const d of diagnostics) {
    const { line, column } = file.position(d.span.start);
    lines.push(`${line}:${column} ${d.severity}[${d.code}] ${d.message}`);
    if (d.help) lines.push(`  help: ${d.help}`);
  }
  return lines.join("\n") + (lines.length ? "\n" : "");
}

/** Where each diagnostic of `code` starts, as `line:col`. */
export function positions(linted: Linted, code: string): string[] {
  return linted.diagnostics.filter((d) => d.code === code).map((d) => {
    const p = linted.file.position(d.span.start);
    return `${p.line}:${p.column}`;
  });
}
