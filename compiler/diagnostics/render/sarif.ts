import { createHash } from "node:crypto";
import type { SourceFile } from "../../source.js";
import { sortDiagnostics } from "../bag.js";
import { codeInfo } from "../codes.js";
import type { Diagnostic, Severity } from "../types.js";
import type { FileReport } from "./json.js";
import { portablePath, spanRange } from "./location.js";

export interface SarifOptions {
  /** wfc's version, `tool.driver.version`. */
  version: string;
  informationUri?: string;
  /** Artifact URIs are made relative to this directory (the checkout root) and based on `%SRCROOT%`. */
  root?: string;
}

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const FINGERPRINT = "wfcLineHash/v1";
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };
const BAND_TAG: Record<string, string> = {
  "0": "config", "1": "syntax", "2": "names", "3": "graph", "4": "schema", "5": "lint", "9": "internal",
};

/**
 * A SARIF 2.1.0 log, as GitHub code scanning uploads it (`github/codeql-action/upload-sarif`).
 *
 * Only the rules that results use are listed, in code order, so the log is small and stable.
 * `partialFingerprints` hash the code, the path and the text of the primary line (trimmed), plus an
 * occurrence count for identical lines: inserting lines above a finding does not reopen its alert,
 * editing the line itself does. Regions use UTF-16 columns (`columnKind`), `endColumn` exclusive.
 */
export function renderSarif(reports: readonly FileReport[], options: SarifOptions): string {
  return JSON.stringify(toSarif(reports, options), null, 2) + "\n";
}

export function toSarif(reports: readonly FileReport[], options: SarifOptions): Record<string, unknown> {
  const used = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
  const ruleIndex = new Map(used.map((code, i) => [code, i]));
  const results: unknown[] = [];
  for (const { file, diagnostics } of reports) {
    const uri = artifactUri(file.path, options.root);
    const occurrences = new Map<string, number>();
    for (const d of sortDiagnostics(diagnostics)) {
      const r = spanRange(file, d.span);
      const base = hash(`${d.code}\0${uri.uri}\0${file.lineText(r.line).trim()}`);
      const n = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, n);
      results.push({
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code)!,
        level: LEVEL[d.severity],
        message: { text: d.help !== undefined ? `${d.message}\nhelp: ${d.help}` : d.message },
        locations: [location(file, uri, d.span)],
        ...(d.secondary !== undefined && d.secondary.length > 0
          ? {
              relatedLocations: d.secondary.map((s, id) => ({
                id,
                ...location(file, uri, s.span),
                message: { text: s.message },
              })),
            }
          : {}),
        partialFingerprints: { [FINGERPRINT]: `${base}:${n}` },
      });
    }
  }
  return {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "wfc",
            version: options.version,
            informationUri: options.informationUri ?? "https://www.npmjs.com/package/wfc",
            rules: used.map(rule),
          },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

function rule(code: string): Record<string, unknown> {
  const info = codeInfo(code);
  const summary = info?.summary ?? "a diagnostic code this version of wfc does not describe";
  const explain = `${summary}. Run \`wfc explain ${code}\` for details and examples.`;
  return {
    id: code,
    name: info?.name ?? code,
    shortDescription: { text: summary },
    fullDescription: { text: summary },
    help: { text: explain, markdown: explain },
    defaultConfiguration: { level: LEVEL[info?.severity ?? "error"] },
    properties: { tags: ["wfc", BAND_TAG[code.charAt(2)] ?? "other"] },
  };
}

interface Artifact {
  uri: string;
  uriBaseId?: string;
}

function location(file: SourceFile, artifact: Artifact, span: Diagnostic["span"]): Record<string, unknown> {
  const r = spanRange(file, span);
  return {
    physicalLocation: {
      artifactLocation: artifact,
      region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
    },
  };
}

/** A relative URI reference under `%SRCROOT%`, or an absolute `file:` URI for a path outside the root. */
function artifactUri(path: string, root?: string): Artifact {
  const p = portablePath(path, root);
  const encoded = p.split("/").map(encodeURIComponent).join("/");
  if (/^([A-Za-z]:)?\//.test(p)) return { uri: "file://" + (p.startsWith("/") ? "" : "/") + encoded.replace(/%3A/, ":") };
  return { uri: encoded, uriBaseId: "%SRCROOT%" };
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}
