import type { Span } from "../../../grammar/ast.js";
import type { SourceFile } from "../../source.js";
import { sortDiagnostics } from "../bag.js";
import type { Diagnostic, Severity } from "../types.js";
import { spanRange } from "./location.js";
import { columnAt, layoutLine, sliceColumns, type LineLayout } from "./text-layout.js";

/**
 * The human format (house style §3, after rustc):
 *
 * ```
 * error[WF3101]: fan-out over `files.paths` has no bound
 *   --> plans/audit.wf.js:14:32
 *    |
 * 14 | const reviews = await parallel(files.paths.map((p) => () => agent(`Review ${p}`)))
 *    |                                ^^^^^^^^^^^ length unknown: the schema of `files` sets no maxItems
 *    |
 *  = note: the worst case of this plan cannot be computed without it
 * help: add `maxItems: 200` to `paths` in the schema, or take `files.paths.slice(0, 200)`
 * ```
 *
 * `^^^` marks the primary span, `---` secondary labels. A span over several lines shows its first and
 * last line. Columns in the `-->` line are UTF-16 (what editors jump to); carets are placed by display
 * width, so they stay under the code with tabs, CJK text and emoji.
 */
export interface HumanOptions {
  /** ANSI colours. The CLI turns them on for a TTY without `NO_COLOR`; renderers never look. */
  color?: boolean;
  /** Source lines wider than this many columns are cut to a window around the labels. Default 120. */
  maxLineWidth?: number;
  /** Columns a tab expands to. Default 4. */
  tabWidth?: number;
}

/** Every diagnostic of a file, sorted, each block followed by a blank line. */
export function renderHuman(file: SourceFile, diagnostics: readonly Diagnostic[], options: HumanOptions = {}): string {
  return sortDiagnostics(diagnostics)
    .map((d) => renderDiagnostic(file, d, options) + "\n")
    .join("");
}

/** `2 errors, 1 warning`: the last line of `wfc check`, over all files. */
export function renderSummary(diagnostics: readonly Diagnostic[], options: Pick<HumanOptions, "color"> = {}): string {
  const style = styler(options.color === true);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  const infos = diagnostics.filter((d) => d.severity === "info").length;
  const parts = [
    style(errors > 0 ? SEVERITY_STYLE.error : "", plural(errors, "error")),
    style(warnings > 0 ? SEVERITY_STYLE.warning : "", plural(warnings, "warning")),
  ];
  if (infos > 0) parts.push(plural(infos, "info"));
  return parts.join(", ") + "\n";
}

/** One diagnostic, ending with a newline. */
export function renderDiagnostic(file: SourceFile, d: Diagnostic, options: HumanOptions = {}): string {
  const style = styler(options.color === true);
  const maxWidth = Math.max(20, options.maxLineWidth ?? 120);
  const tabWidth = options.tabWidth ?? 4;
  const sev = SEVERITY_STYLE[d.severity];

  const labels = collectLabels(file, d);
  const lineNumbers = [...new Set(labels.map((l) => l.line))].sort((a, b) => a - b);
  const gutter = String(lineNumbers.at(-1) ?? 1).length;
  const pad = " ".repeat(gutter);
  const bar = style(BLUE, "|");
  const out: string[] = [];

  out.push(style(sev, `${d.severity}[${d.code}]`) + style(BOLD, `: ${oneLine(d.message)}`));
  const at = spanRange(file, d.span);
  out.push(`${pad}${style(BLUE, "-->")} ${file.path}:${at.line}:${at.column}`);
  out.push(`${pad} ${bar}`);

  let previous: number | undefined;
  for (const line of lineNumbers) {
    if (previous !== undefined && line - previous === 2) out.push(sourceLine(previous + 1, []));
    else if (previous !== undefined && line - previous > 2) out.push(style(BLUE, "..."));
    out.push(sourceLine(line, labels.filter((l) => l.line === line)));
    previous = line;
  }

  const notes = d.notes ?? [];
  const help = d.help ?? d.fix?.description;
  if (notes.length > 0 || help !== undefined) out.push(`${pad} ${bar}`);
  for (const note of notes) out.push(` ${style(BLUE, "=")} ${style(BOLD, "note")}: ${indentRest(note, 9)}`);
  if (help !== undefined) out.push(`${style(BOLD, "help")}: ${indentRest(help, 6)}`);
  return out.join("\n") + "\n";

  /** A source line, windowed if long, with its marker and message lines below. */
  function sourceLine(line: number, onLine: LineLabel[]): string {
    const layout = layoutLine(file.lineText(line), tabWidth);
    const marks = onLine.map((l) => ({
      ...l,
      from: columnAt(layout, l.from),
      to: Math.max(columnAt(layout, l.to), columnAt(layout, l.from) + 1),
    }));
    const window = chooseWindow(layout, marks, maxWidth);
    const text = window.prefix + sliceColumns(layout, window.left, window.right) + window.suffix;
    const rows = [`${style(BLUE, String(line).padStart(gutter))} ${bar}${text.length > 0 ? " " + text : ""}`];
    const shifted = marks.map((m) => {
      const from = Math.min(Math.max(m.from, window.left), window.right - 1) + window.shift;
      const to = Math.max(Math.min(m.to, window.right) + window.shift, from + 1);
      return { ...m, from, to };
    });
    for (const row of markerRows(shifted)) rows.push(`${pad} ${bar} ${row}`.trimEnd());
    return rows.join("\n");
  }

  /**
   * rustc's layout: one row of `^^^`/`---`, the rightmost label's text at its end; the other texts
   * below, right to left, each hung from a `|` at its label's start.
   */
  function markerRows(marks: Array<LineLabel & { from: number; to: number }>): string[] {
    if (marks.length === 0) return [];
    const byStart = [...marks].sort((a, b) => a.from - b.from || Number(a.primary) - Number(b.primary));
    const width = Math.max(...byStart.map((m) => m.to));
    const cells: Array<{ ch: string; primary: boolean }> = Array.from({ length: width }, () => ({ ch: " ", primary: false }));
    // Secondary first, so the primary's carets win where they overlap.
    for (const m of [...byStart].sort((a, b) => Number(a.primary) - Number(b.primary)))
      for (let c = m.from; c < m.to; c++) cells[c] = { ch: m.primary ? "^" : "-", primary: m.primary };
    let first = "";
    for (let c = 0; c < cells.length; ) {
      let e = c;
      while (e < cells.length && cells[e]!.ch === cells[c]!.ch && cells[e]!.primary === cells[c]!.primary) e++;
      const run = cells.slice(c, e).map((x) => x.ch).join("");
      first += cells[c]!.ch === " " ? run : style(cells[c]!.primary ? sev : BLUE, run);
      c = e;
    }
    const withText = byStart.filter((m) => m.message !== "");
    const inline = withText.at(-1);
    // The rightmost text goes inline only if nothing ends after it; otherwise it too hangs below.
    const hanging = inline !== undefined && inline.to === width ? withText.slice(0, -1) : withText;
    if (inline !== undefined && !hanging.includes(inline)) first += " " + labelText(inline);
    const rows = [first];
    if (hanging.length === 0) return rows;
    rows.push(pipes(hanging, hanging.length));
    for (let i = hanging.length - 1; i >= 0; i--) rows.push(pipes(hanging, i) + labelText(hanging[i]!));
    return rows;

    function pipes(list: typeof hanging, upTo: number): string {
      let row = "";
      for (let i = 0; i < upTo; i++) {
        row += " ".repeat(Math.max(0, list[i]!.from - visibleLength(row))) + style(list[i]!.primary ? sev : BLUE, "|");
      }
      if (upTo < list.length) row += " ".repeat(Math.max(0, list[upTo]!.from - visibleLength(row)));
      return row;
    }
    function labelText(m: LineLabel): string {
      return style(m.primary ? sev : BLUE, m.message);
    }
  }
}

interface LineLabel {
  line: number;
  /** UTF-16 offsets within the line. */
  from: number;
  to: number;
  primary: boolean;
  message: string;
}

/**
 * The labels of a diagnostic, one per line they touch. A span over several lines is marked from its
 * start to the end of its first line and from the first non-blank character to its end on its last
 * line; its text goes on the last line.
 */
function collectLabels(file: SourceFile, d: Diagnostic): LineLabel[] {
  const out: LineLabel[] = [];
  const add = (span: Span, message: string, primary: boolean) => {
    const r = spanRange(file, span);
    const text = oneLine(message);
    if (r.line === r.endLine) {
      out.push({ line: r.line, from: r.column - 1, to: r.endColumn - 1, primary, message: text });
      return;
    }
    const first = file.lineText(r.line);
    out.push({ line: r.line, from: r.column - 1, to: Math.max(first.length, r.column), primary, message: "" });
    const last = file.lineText(r.endLine);
    const indent = last.length - last.trimStart().length;
    out.push({ line: r.endLine, from: Math.min(indent, r.endColumn - 2), to: r.endColumn - 1, primary, message: text });
  };
  add(d.span, d.label ?? "", true);
  for (const s of d.secondary ?? []) add(s.span, s.message, false);
  return out;
}

interface Window {
  left: number;
  right: number;
  prefix: string;
  suffix: string;
  /** Add to a display column of the line to get its column on screen. */
  shift: number;
}

/** The part of a long line to print: the labels with some context before them, `...` where cut. */
function chooseWindow(layout: LineLayout, marks: Array<{ from: number; to: number }>, maxWidth: number): Window {
  // `right` may pass the text's end: a label can point just after the last character.
  const end = Math.max(layout.width, ...marks.map((m) => m.to));
  if (end <= maxWidth) return { left: 0, right: end, prefix: "", suffix: "", shift: 0 };
  const lo = marks.length > 0 ? Math.min(...marks.map((m) => m.from)) : 0;
  let left = Math.max(0, lo - 16);
  // Near the end of the line, show as much as fits rather than a short tail.
  left = Math.min(left, Math.max(0, end - (maxWidth - 3)));
  const prefix = left > 0 ? "..." : "";
  const room = maxWidth - prefix.length;
  if (end - left <= room) return { left, right: end, prefix, suffix: "", shift: prefix.length - left };
  return { left, right: left + room - 3, prefix, suffix: "...", shift: prefix.length - left };
}

const RESET = "\x1b[0m";
const BOLD = "\x1b[1m";
const BLUE = "\x1b[1;34m";
const SEVERITY_STYLE: Record<Severity, string> = { error: "\x1b[1;31m", warning: "\x1b[1;33m", info: "\x1b[1;36m" };

function styler(color: boolean): (code: string, text: string) => string {
  return (code, text) => (color && code !== "" && text !== "" ? code + text + RESET : text);
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
function visibleLength(s: string): number {
  return s.replace(ANSI, "").length;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Messages and labels are one line; a stray line break would break the layout. */
function oneLine(text: string): string {
  return sanitize(text.replace(/\r\n?|\n|\u2028|\u2029|\t/g, " "));
}

/** Control characters (from a prompt quoted in a message, say) must not reach the terminal raw. */
function sanitize(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x09\x0b-\x1f\x7f]/g, (c) => String.fromCodePoint(c === "\x7f" ? 0x2421 : 0x2400 + c.charCodeAt(0)));
}

function indentRest(text: string, by: number): string {
  return text
    .split(/\r\n?|\n/)
    .map(sanitize)
    .join("\n" + " ".repeat(by));
}
