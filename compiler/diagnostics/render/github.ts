import type { SourceFile } from "../../source.js";
import { sortDiagnostics } from "../bag.js";
import type { Diagnostic } from "../types.js";
import { portablePath, spanRange } from "./location.js";

export interface GithubOptions {
  /** Paths are made relative to this directory (the repository root, `GITHUB_WORKSPACE`). */
  root?: string;
}

/**
 * GitHub Actions workflow commands, one per diagnostic, which the runner turns into annotations on
 * the pull request: `::error file=a.wf.js,line=3,col=7,endLine=3,endColumn=12,title=WF3101::message`.
 *
 * `col`/`endColumn` are given only for a one-line span, because GitHub drops column information on
 * annotations that span lines; `endColumn` is exclusive like the JSON format's. The help sentence
 * goes on a second line of the message. `info` becomes `notice`.
 */
export function renderGithub(file: SourceFile, diagnostics: readonly Diagnostic[], options: GithubOptions = {}): string {
  const path = portablePath(file.path, options.root);
  return sortDiagnostics(diagnostics)
    .map((d) => {
      const r = spanRange(file, d.span);
      const oneLine = r.line === r.endLine;
      const props: Array<[string, string | number]> = [["file", path], ["line", r.line]];
      if (oneLine) props.push(["col", r.column]);
      props.push(["endLine", r.endLine]);
      if (oneLine) props.push(["endColumn", r.endColumn]);
      props.push(["title", d.code]);
      const command = d.severity === "info" ? "notice" : d.severity;
      const message = d.help !== undefined ? `${d.message}\nhelp: ${d.help}` : d.message;
      return `::${command} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(message)}\n`;
    })
    .join("");
}

/** The message part: `%`, CR and LF are percent-encoded (what `@actions/core` does). */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value: also `:` and `,`, which would otherwise end the value or the property list. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
