/**
 * Fuzzing the parser with byte-level mutants of real-looking plans: whatever the bytes, `parse` returns
 * (never throws) and every diagnostic is one a user could read: a WF1xxx code, a span inside the text,
 * and a message with no `undefined`, `NaN` or `[object …]` leaking from the implementation.
 *
 * The PRNG is seeded, so a failing mutant is reproduced by its index; WFC_MUTANTS scales the count
 * (default 6,000, what CI runs).
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../grammar/parse.js";
// @ts-expect-error: plain ESM helper without types
import { genPlan, prng } from "../../bench/gen-plan.mjs";

const MUTANTS = Number(process.env.WFC_MUTANTS) || 6_000;

const examplesDir = join(import.meta.dirname, "../../examples");
const seeds: string[] = [
  genPlan(3, { seed: 1 }),
  genPlan(12, { seed: 2 }),
  genPlan(25, { seed: 3 }),
  ...(existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.endsWith(".wf.js")).map((f) => readFileSync(join(examplesDir, f), "utf8")) : []),
];

const tokens = ["{", "}", "(", ")", "[", "]", "`", "${", "'", '"', "/", "/*", "//", "=>", "?.", "??", "...", ",", ";", ":", "?", "=", "await", "async", "function", "return", "const", "let", "if", "else", "for", "of", "in", "while", "new", "class", "import", "export", "yield", "\\", "#", "@", "\n", "0x", "1e", "9n"];
const exotic = ["\u0000", "\u0007", "\u001b", "\u007f", "\u00a0", "\u2028", "\u2029", "\ufeff", "\ud800", "\udfff", "😀", "\u200b", "é", "\r", "\t", "\v"];
const brackets: Record<string, string> = { "(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{" };

/** One random edit; returns the new text and a short description for failure messages. */
function mutate(text: string, rand: () => number): [string, string] {
  const int = (n: number): number => Math.floor(rand() * n);
  const at = int(text.length + 1);
  const pick = <T,>(xs: T[]): T => xs[int(xs.length)]!;
  switch (int(9)) {
    case 0: {
      const len = 1 + int(8);
      return [text.slice(0, at) + text.slice(at + len), `delete ${len} at ${at}`];
    }
    case 1: {
      const ch = String.fromCharCode(32 + int(95));
      return [text.slice(0, at) + ch + text.slice(at), `insert ${JSON.stringify(ch)} at ${at}`];
    }
    case 2: {
      const ch = String.fromCharCode(32 + int(95));
      return [text.slice(0, at) + ch + text.slice(at + 1), `replace with ${JSON.stringify(ch)} at ${at}`];
    }
    case 3: {
      const tok = pick(tokens);
      return [text.slice(0, at) + tok + text.slice(at), `insert token ${JSON.stringify(tok)} at ${at}`];
    }
    case 4: {
      // Delete a whole token-ish run: a word or one punctuation character.
      const m = /[\w$]+|\S/y;
      let i = at;
      while (i < text.length && /\s/.test(text[i]!)) i++;
      m.lastIndex = i;
      const hit = m.exec(text);
      const len = hit ? hit[0].length : 0;
      return [text.slice(0, i) + text.slice(i + len), `delete token at ${i}`];
    }
    case 5:
      return [text.slice(0, at), `truncate at ${at}`];
    case 6: {
      const lines = text.split("\n");
      const l = int(lines.length);
      lines.splice(l, 0, lines[l] ?? "");
      return [lines.join("\n"), `duplicate line ${l + 1}`];
    }
    case 7: {
      const positions: number[] = [];
      for (let i = 0; i < text.length; i++) if (brackets[text[i]!]) positions.push(i);
      if (positions.length === 0) return [text, "no brackets"];
      const p = pick(positions);
      return [text.slice(0, p) + brackets[text[p]!] + text.slice(p + 1), `swap bracket at ${p}`];
    }
    default: {
      const ch = pick(exotic);
      return [text.slice(0, at) + ch + text.slice(at), `insert U+${ch.charCodeAt(0).toString(16)} at ${at}`];
    }
  }
}

/** Why a diagnostic is unfit to show a user, or null when it is fine. */
function problem(d: { code: string; message: string; span: { start: number; end: number }; help?: string; label?: string }, text: string): string | null {
  if (!/^WF1\d{3}$/.test(d.code)) return `code ${d.code} is outside the WF1 band`;
  const { start, end } = d.span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) return `span ${start}..${end} outside 0..${text.length}`;
  for (const [what, s] of [["message", d.message], ["help", d.help], ["label", d.label]] as const) {
    if (what === "message" && (typeof s !== "string" || s.trim() === "")) return "empty message";
    if (s !== undefined && /undefined|NaN|\[object/.test(s)) return `${what} leaks internals: ${s}`;
  }
  return null;
}

describe("parse on mutated plans", () => {
  it(`never throws and reports only well-formed WF1 diagnostics for ${MUTANTS} mutants`, () => {
    const rand = prng(20240611);
    const failures: string[] = [];
    let withErrors = 0;
    for (let i = 0; i < MUTANTS; i++) {
      let text = seeds[i % seeds.length]!;
      const edits: string[] = [];
      // 1 to 3 stacked edits.
      for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
        const [next, what] = mutate(text, rand);
        text = next;
        edits.push(what);
      }
      let result;
      try {
        result = parse(text);
      } catch (e) {
        failures.push(`mutant ${i} (${edits.join("; ")}): threw ${(e as Error).stack?.split("\n").slice(0, 3).join(" | ")}`);
        continue;
      }
      if (result.diagnostics.length > 0) withErrors++;
      for (const d of result.diagnostics) {
        const why = problem(d, text);
        if (why) failures.push(`mutant ${i} (${edits.join("; ")}): ${d.code} ${JSON.stringify(d.message)}: ${why}`);
      }
      if (failures.length >= 20) break;
    }
    expect(failures).toEqual([]);
    // The corpus must actually exercise error paths, not only harmless edits.
    expect(withErrors).toBeGreaterThan(MUTANTS / 3);
  }, 600_000);
});
