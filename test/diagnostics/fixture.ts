import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { expect } from "vitest";
import { SourceFile } from "../../compiler/source.js";
import type { Diagnostic } from "../../compiler/diagnostics/types.js";

/** Compares `actual` with the golden file; `UPDATE_GOLDEN=1` rewrites it instead. */
export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    if (process.env.UPDATE_GOLDEN !== "1" && process.env.CI) throw new Error(`missing golden file ${path}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

/** A small plan with hand-made diagnostics that exercise every part of the renderers. */
export const planText = [
  "export const meta = { name: \"audit\", budget: { usd: 2 } }",
  "",
  "const files = await agent(\"List the files, 100% of them\", { schema })",
  "const reviews = await parallel(files.paths.map((p) => () => agent(`Review ${p}`)))",
  "\tlog(\"done: \" + reviews.length)",
  "const summary = await agent(",
  "  \"Summarise\",",
  "  { model: \"opus\" },",
  ")",
  "",
].join("\n");

export function at(text: string, needle: string, length = needle.length, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${needle} not found`);
  return { start, end: start + length };
}

export function planFixture(): { file: SourceFile; diagnostics: Diagnostic[] } {
  const t = planText;
  const file = new SourceFile("plans/audit.wf.js", t);
  const diagnostics: Diagnostic[] = [
    {
      code: "WF1005",
      severity: "warning",
      message: "`summary` is never read, so `agent(\"Summarise\")` is spent budget",
      span: { start: t.indexOf("agent(\n"), end: t.lastIndexOf(")") + 1 },
      label: "result never read",
      help: "use it downstream or return it, or remove the call",
    },
    {
      code: "WF1003",
      severity: "error",
      message: "fan-out over `files.paths` has no bound",
      span: at(t, "files.paths"),
      label: "length unknown: the schema of `files` sets no maxItems",
      secondary: [
        { span: at(t, "files", 5, t.indexOf("const files") + 1), message: "`files` comes from this agent" },
        { span: at(t, "parallel"), message: "fan-out here" },
      ],
      notes: ["the worst case of this plan cannot be computed without it"],
      help: "add `maxItems: 200` to `paths` in the schema, or take `files.paths.slice(0, 200)`",
    },
    {
      code: "WF1004",
      severity: "error",
      message: "`log` is a test: message, with, commas: and 100% of\nnewlines",
      span: at(t, "log"),
      label: "here",
    },
  ];
  return { file, diagnostics };
}
