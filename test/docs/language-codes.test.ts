/**
 * The diagnostic codes docs/language.md names are the ones compiler/diagnostics/codes.ts defines:
 * the appendix table lists every code with its name, severity and summary, and every
 * "WFxxxx `name`" mention in the prose pairs a code with its own name.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { codes, isCode } from "../../compiler/diagnostics/codes.js";

const page = readFileSync(fileURLToPath(new URL("../../docs/language.md", import.meta.url)), "utf8");
const appendix = page.slice(page.indexOf("## Appendix: diagnostic codes"));

describe("docs/language.md diagnostic codes", () => {
  it("has the appendix", () => expect(appendix.length).toBeGreaterThan(100));

  it("the appendix table lists exactly the codes of codes.ts, with their names, severities and summaries", () => {
    const rows = appendix
      .split("\n")
      .filter((l) => /^\| WF\d{4} \|/.test(l))
      .map((l) => l.slice(1, -1).split(" | ").map((c) => c.trim().replace(/\\\|/g, "|")));
    const table = rows.map(([code, name, severity, summary]) => ({ code, name, severity, summary }));
    const expected = Object.entries(codes).map(([code, c]) => ({ code, name: c.name, severity: c.severity, summary: c.summary }));
    expect(table).toEqual(expected);
  });

  it("every code the page mentions exists", () => {
    const mentioned = [...new Set(page.match(/\bWF\d{4}\b/g) ?? [])];
    expect(mentioned.filter((c) => !isCode(c))).toEqual([]);
  });

  it("a code written next to a rule name is that rule's code", () => {
    // "**WF3101** `unbounded-fan-out`", "WF1012 `var-declaration`", "WF3101 unbounded-fan-out" (in `// ✗` lines).
    const pairs = [...page.matchAll(/\b(WF\d{4})\**\s+`?([a-z]+(?:-[a-z]+)+)`?/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(pairs.length).toBeGreaterThan(10);
    const wrong = pairs.filter(([code, name]) => isCode(code) && codes[code as keyof typeof codes].name !== name).map(([c, n]) => `${c} ${n} (is ${codes[c as keyof typeof codes].name})`);
    expect(wrong).toEqual([]);
  });
});
