/**
 * parse(text) → AST + syntax diagnostics. Never throws for any input: lexer errors, parser errors,
 * missing terminators and too-deep nesting all come back as positioned diagnostics (band WF1xxx),
 * and one pass reports every error that Chevrotain's recovery can get past.
 */
import type { IToken, IRecognitionException, ILexingError, ILexingResult } from "chevrotain";
import type { Comment, Program, Span } from "./ast.js";
import { WfLexer } from "./tokens.js";
import { WfParser, NestingTooDeep, MAX_NESTING, describeToken } from "./parser.js";

/** Structurally a compiler Diagnostic; the grammar layer does not import the compiler. */
export interface SyntaxDiagnostic {
  code: "WF1001" | "WF1002" | "WF1010" | "WF1011";
  severity: "error";
  message: string;
  span: Span;
  label?: string;
  help?: string;
}

export interface ParseResult {
  program: Program;
  diagnostics: SyntaxDiagnostic[];
}

let parser: WfParser | undefined;
/** One parser instance, reused: construction (grammar analysis) is the expensive part. */
function getParser(): WfParser {
  return (parser ??= new WfParser());
}

export function parse(text: string): ParseResult {
  const diagnostics: SyntaxDiagnostic[] = [];
  const lexed = WfLexer.tokenize(text);
  for (const e of lexed.errors) diagnostics.push(lexerDiagnostic(text, e));
  const comments: Comment[] = (lexed.groups["comments"] ?? []).map(toComment);

  const p = getParser();
  // Setting `input` resets Chevrotain's state; `begin` resets ours.
  p.input = lexed.tokens;
  p.begin(text);
  try {
    return parseTokens(p, text, lexed, comments, diagnostics);
  } finally {
    // The parser outlives this parse: let the tokens go now, not at the next parse.
    p.input = [];
  }
}

function parseTokens(p: WfParser, text: string, lexed: ILexingResult, comments: Comment[], diagnostics: SyntaxDiagnostic[]): ParseResult {
  let program: Program;
  try {
    program = p.program();
  } catch (e) {
    if (e instanceof NestingTooDeep || e instanceof RangeError) {
      const tok = e instanceof NestingTooDeep ? e.token : p.input[Math.min(lexed.tokens.length - 1, 0)];
      diagnostics.push(nestingDiagnostic(tok, text));
      program = { type: "Program", body: [], comments, span: { start: 0, end: text.length } };
      return { program, diagnostics: sortDiagnostics(diagnostics) };
    }
    throw e;
  }
  program = program ?? { type: "Program", body: [], comments: [], span: { start: 0, end: text.length } };
  program.comments = comments;

  // A character the lexer dropped leaves its neighbours side by side (`a×b` → `a b`): the parser's
  // complaint at the next token is a consequence, not a second mistake.
  const afterLexerError = new Set<number>();
  for (const e of lexed.errors) {
    const next = lexed.tokens.find((t) => t.startOffset >= e.offset + Math.max(1, e.length));
    if (next) afterLexerError.add(next.startOffset);
  }
  for (const err of p.errors) if (!afterLexerError.has(err.token.startOffset)) diagnostics.push(parserDiagnostic(err, text));
  for (const t of p.terminatorProblems) {
    if (afterLexerError.has(t.token.startOffset)) continue;
    diagnostics.push({
      code: "WF1011",
      severity: "error",
      message: `expected \`;\` or a line break before ${describeToken(t.token)}`,
      span: tokenSpan(t.token, text),
      label: "a new statement cannot start here",
      help: "end the previous statement with `;` or start this one on a new line",
    });
  }
  return { program, diagnostics: capped(sortDiagnostics(dedupe(diagnostics)), text) };
}

/** A file that is not a plan at all (binary, another language) should not bury the terminal. */
export const MAX_SYNTAX_DIAGNOSTICS = 50;

function capped(diags: SyntaxDiagnostic[], text: string): SyntaxDiagnostic[] {
  if (diags.length <= MAX_SYNTAX_DIAGNOSTICS) return diags;
  const shown = diags.slice(0, MAX_SYNTAX_DIAGNOSTICS);
  const last = shown[shown.length - 1]!;
  shown.push({
    code: "WF1001",
    severity: "error",
    message: `${diags.length - MAX_SYNTAX_DIAGNOSTICS} more syntax errors not shown; is this file a plan?`,
    span: { start: last.span.end, end: Math.min(text.length, last.span.end) },
    help: "fix the first errors and check again: later ones are often consequences",
  });
  return shown;
}

function toComment(t: IToken): Comment {
  const block = t.image.startsWith("/*");
  return {
    type: block ? "BlockComment" : "LineComment",
    value: block ? t.image.slice(2, -2) : t.image.slice(2),
    span: { start: t.startOffset, end: t.startOffset + t.image.length },
  };
}

function tokenSpan(tok: IToken | undefined, text: string): Span {
  if (!tok || Number.isNaN(tok.startOffset) || tok.tokenType?.name === "EOF") return { start: text.length, end: text.length };
  return { start: tok.startOffset, end: tok.startOffset + Math.max(tok.image.length, 1) };
}

function lexerDiagnostic(text: string, e: ILexingError): SyntaxDiagnostic {
  const ch = text.slice(e.offset, e.offset + Math.max(1, e.length));
  const first = text[e.offset] ?? "";
  const unterminated = first === "`" || first === '"' || first === "'";
  return {
    code: "WF1010",
    severity: "error",
    message: unterminated
      ? `unterminated ${first === "`" ? "template literal" : "string"}`
      : e.message.startsWith("Unable to pop")
        ? "unexpected `}` with no matching `{`"
        : `unexpected character \`${JSON.stringify(ch).slice(1, -1)}\``,
    span: { start: e.offset, end: e.offset + Math.max(1, e.length) },
    label: unterminated ? "starts here and never ends" : "not part of the language",
    help: unterminated ? `close it with ${first}` : "remove it, or put it inside a string",
  };
}

function parserDiagnostic(err: IRecognitionException, text: string): SyntaxDiagnostic {
  const tok = err.token;
  // An error at the end of the file points just past the last token, not at offset NaN.
  const span =
    tok.tokenType?.name === "EOF" || Number.isNaN(tok.startOffset)
      ? endOfInput(err, text)
      : tokenSpan(tok, text);
  return {
    code: "WF1001",
    severity: "error",
    message: err.message,
    span,
    label: tok.tokenType?.name === "EOF" ? "the file ends here" : "unexpected here",
  };
}

function endOfInput(err: IRecognitionException, text: string): Span {
  const prev = (err as IRecognitionException & { previousToken?: IToken }).previousToken;
  let end = text.length;
  if (prev && !Number.isNaN(prev.startOffset)) end = prev.startOffset + prev.image.length;
  return { start: end, end };
}

function nestingDiagnostic(tok: IToken | undefined, text: string): SyntaxDiagnostic {
  return {
    code: "WF1002",
    severity: "error",
    message: `nesting is deeper than ${MAX_NESTING} levels`,
    span: tokenSpan(tok, text),
    label: "too deep here",
    help: "split the expression: bind inner parts to `const`s or move them into a helper function",
  };
}

function dedupe(diags: SyntaxDiagnostic[]): SyntaxDiagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const k = `${d.code}:${d.span.start}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function sortDiagnostics(diags: SyntaxDiagnostic[]): SyntaxDiagnostic[] {
  return diags.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}
