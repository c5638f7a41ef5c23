import type { Comment, Span } from "../../grammar/ast.js";
import type { SourceFile } from "../source.js";
import { didYouMean } from "../util/did-you-mean.js";
import { sortDiagnostics } from "./bag.js";
import { allCodes, codes, isSuppressible, resolveCode, type Code } from "./codes.js";
import type { Diagnostic } from "./types.js";

/**
 * `wfc-ignore` comments:
 *
 * ```
 * // wfc-ignore WF5001: the draft is logged by the harness      (the next line)
 * const draft = await agent("Draft it")
 * const x = await agent("…") // wfc-ignore WF5001, WF5003: why   (its own line, after code)
 * // wfc-ignore-file WF5001: drafts are inspected by hand          (the whole file)
 * ```
 *
 * A comment alone on its line applies to the next line that is neither blank nor a `//` comment, so
 * several ignore comments can be stacked above one statement. Codes or rule names are separated by
 * commas or spaces; a blanket ignore without codes is refused, as is silencing a code that
 * `isSuppressible` rules out (syntax, sandbox, internal, and the WF59xx codes themselves).
 *
 * The reason after `:` is required so that a reviewer can judge the suppression later; without it
 * the suppression still applies, with a WF5900 warning. A code that silences nothing gets WF5901,
 * so suppressions do not outlive the problem they hid. Run this before `applyRuleSeverities`.
 */
export interface SuppressionResult {
  /** What is left to report, plus the diagnostics about the comments themselves; sorted. */
  diagnostics: Diagnostic[];
  /** What the comments silenced (for `--show-suppressed` and the JSON report). */
  suppressed: Diagnostic[];
}

interface Directive {
  scope: "line" | "file";
  /** For scope `line`: the 1-based line it applies to. */
  line: number;
  entries: Array<{ code: Code; span: Span; used: boolean }>;
}

const DIRECTIVE = /^\s*(?:\/\/|\/\*+)\s*(wfc-ignore(?:-file)?)(?=[\s:,]|\*\/|$)/;

export function applySuppressions(
  file: SourceFile,
  comments: readonly Comment[],
  diagnostics: readonly Diagnostic[],
): SuppressionResult {
  const added: Diagnostic[] = [];
  const directives: Directive[] = [];
  for (const comment of comments) {
    const directive = parseDirective(file, comment, added);
    if (directive) directives.push(directive);
  }
  if (directives.length === 0 && added.length === 0) return { diagnostics: sortDiagnostics(diagnostics), suppressed: [] };

  const kept: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const d of diagnostics) {
    const line = file.position(d.span.start).line;
    let hit = false;
    for (const directive of directives) {
      if (directive.scope === "line" && directive.line !== line) continue;
      for (const entry of directive.entries)
        if (entry.code === d.code) {
          entry.used = true;
          hit = true;
        }
    }
    (hit ? suppressed : kept).push(d);
  }
  for (const directive of directives)
    for (const entry of directive.entries)
      if (!entry.used)
        added.push({
          code: "WF5901",
          severity: codes.WF5901.severity,
          message:
            directive.scope === "file"
              ? `\`${entry.code}\` is ignored for the file but nothing in it reports \`${entry.code}\``
              : `\`${entry.code}\` is ignored on line ${directive.line} but nothing there reports \`${entry.code}\``,
          span: entry.span,
          label: "suppresses nothing",
          help: "remove the code from the comment, or the comment if nothing is left",
        });
  return { diagnostics: sortDiagnostics([...kept, ...added]), suppressed };
}

function parseDirective(file: SourceFile, comment: Comment, out: Diagnostic[]): Directive | undefined {
  const raw = file.text.slice(comment.span.start, comment.span.end);
  const head = DIRECTIVE.exec(raw);
  if (!head) return undefined;
  const keyword = head[1]!;
  const scope = keyword === "wfc-ignore-file" ? "file" : "line";
  const bodyStart = head[0].length;
  let body = raw.slice(bodyStart);
  if (comment.type === "BlockComment") body = body.replace(/\*+\/\s*$/, "");
  const at = (from: number, length: number): Span => ({
    start: comment.span.start + bodyStart + from,
    end: comment.span.start + bodyStart + from + length,
  });

  const colon = body.indexOf(":");
  const list = colon < 0 ? body : body.slice(0, colon);
  const reason = colon < 0 ? "" : body.slice(colon + 1).trim();
  const entries: Directive["entries"] = [];
  for (const match of list.matchAll(/[^\s,]+/g)) {
    const word = match[0];
    const span = at(match.index, word.length);
    const code = resolveCode(word);
    if (code === undefined) {
      const suggestion = didYouMean(word, [...allCodes(), ...allCodes().map((c) => codes[c].name)]);
      if (!suggestion && entries.length > 0 && colon < 0) {
        // Prose after the codes with no `:` (`wfc-ignore WF5012 because …`): one report for the
        // missing colon (WF5900 below), not one per word.
        break;
      }
      out.push(malformed(span, `\`${word}\` is not a wfc code or rule name`, "not a code", suggestion ? `did you mean \`${suggestion}\`?` : "codes look like `WF5001`; `wfc explain` lists them"));
    } else if (!isSuppressible(code)) {
      out.push(malformed(span, `\`${code}\` (${codes[code].name}) cannot be suppressed`, "cannot be suppressed", "fix the code instead: wfc cannot check or run a plan with this problem"));
    } else if (!entries.some((e) => e.code === code)) entries.push({ code, span, used: false });
  }

  const whole = comment.span;
  if (list.trim() === "") {
    out.push(malformed(whole, `\`${keyword}\` names no codes`, "no codes", `name what it silences, as in \`// ${keyword} WF5001: the reason\``));
    return undefined;
  }
  if (reason === "")
    out.push({
      code: "WF5900",
      severity: codes.WF5900.severity,
      message: `\`${keyword}\` gives no reason`,
      span: whole,
      label: "no reason after `:`",
      help: `say why after a colon, as in \`// ${keyword} ${entries[0]?.code ?? "WF5001"}: the reason\``,
    });
  if (entries.length === 0) return undefined;

  if (scope === "file") return { scope, line: 0, entries };
  const start = file.position(comment.span.start);
  const before = file.lineText(start.line).slice(0, start.column - 1);
  return { scope, line: before.trim() !== "" ? start.line : nextCodeLine(file, file.position(comment.span.end).line), entries };
}

/** The first line after `line` that is not blank and not a `//` comment. */
function nextCodeLine(file: SourceFile, line: number): number {
  let next = line + 1;
  while (next < file.lineCount) {
    const text = file.lineText(next).trim();
    if (text !== "" && !text.startsWith("//")) break;
    next++;
  }
  return next;
}

function malformed(span: Span, message: string, label: string, help: string): Diagnostic {
  return { code: "WF5902", severity: codes.WF5902.severity, message, span, label, help };
}
