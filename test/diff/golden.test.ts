/**
 * The golden loop for `wfc diff`: every <case>.before.json/.after.json pair (hand-made graphs) and,
 * once compiler/compile.ts exists, every <case>.before.wf.js/.after.wf.js pair (compiled plans) in
 * test/golden/diff is diffed and rendered; the text must equal <case>.diff and the Markdown
 * <case>.md; compiled pairs named `empty-*` must also diff empty. UPDATE_GOLDEN=1 rewrites the
 * expected files (and the JSON fixtures defined in cases.ts); review the change in the commit.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { diffGraphs, isEmpty, renderDiffMarkdown, renderDiffText } from "../../compiler/diff/index.js";
import type { StageGraphJson } from "../../compiler/graph/types.js";
import { graphJson } from "./build.js";
import { caseGraphs, cases } from "./cases.js";
import { expectGolden, updatingGoldens as update } from "../support/golden.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const dir = join(repo, "test", "golden", "diff");

describe("diff fixtures match their builder definitions (test/diff/cases.ts)", () => {
  for (const c of cases) {
    it(c.name, () => {
      const graphs = caseGraphs(c);
      for (const side of ["before", "after"] as const) {
        expectGolden(join(dir, `${c.name}.${side}.json`), graphJson(graphs[side]), `${c.name}.${side}.json`);
      }
    });
  }
});

interface GoldenCase {
  name: string;
  load(): Promise<{ before: StageGraphJson; after: StageGraphJson }>;
}

function goldenCases(): { json: GoldenCase[]; wf: GoldenCase[] } {
  // With UPDATE_GOLDEN the fixture files may not exist yet when this file is collected.
  const names = new Set([...readdirSync(dir), ...(update ? cases.flatMap((c) => [`${c.name}.before.json`]) : [])]);
  const json: GoldenCase[] = [];
  const wf: GoldenCase[] = [];
  for (const file of [...names].sort()) {
    if (file.endsWith(".before.json")) {
      const name = file.slice(0, -".before.json".length);
      json.push({
        name,
        load: async () => {
          const fromCases = cases.find((c) => c.name === name);
          if (update && fromCases) return caseGraphs(fromCases);
          const read = (side: string) => JSON.parse(readFileSync(join(dir, `${name}.${side}.json`), "utf8")) as StageGraphJson;
          return { before: read("before"), after: read("after") };
        },
      });
    } else if (file.endsWith(".before.wf.js")) {
      const name = file.slice(0, -".before.wf.js".length);
      wf.push({ name, load: () => compilePair(name) });
    }
  }
  return { json, wf };
}

/** Compiles a .wf.js pair with the real compiler; paths are repo-relative so goldens are portable. */
async function compilePair(name: string): Promise<{ before: StageGraphJson; after: StageGraphJson }> {
  // A non-literal specifier: the compiler may not exist yet, and tsc must not resolve it.
  const specifier = "../../compiler/compile.js";
  const { compileSource } = (await import(specifier)) as {
    compileSource(path: string, text: string): { graph?: StageGraphJson; diagnostics: unknown[] };
  };
  const compile = (side: string) => {
    const path = relative(repo, join(dir, `${name}.${side}.wf.js`));
    const result = compileSource(path, readFileSync(join(repo, path), "utf8"));
    if (!result.graph) throw new Error(`${path} did not compile: ${JSON.stringify(result.diagnostics, null, 2)}`);
    return result.graph;
  };
  return { before: compile("before"), after: compile("after") };
}

const checkGolden = (file: string, actual: string): void => expectGolden(join(dir, file), actual, file);

const { json, wf } = goldenCases();
const compilerExists = existsSync(join(repo, "compiler", "compile.ts"));

describe("golden diffs", () => {
  for (const c of json)
    it(c.name, async () => {
      const { before, after } = await c.load();
      const diff = diffGraphs(before, after);
      checkGolden(`${c.name}.diff`, renderDiffText(diff, { color: false }));
      checkGolden(`${c.name}.md`, renderDiffMarkdown(diff));
      // The empty cases must stay empty whatever their golden text says.
      if (["identical", "loc-only", "reorder-only", "rename-variable"].includes(c.name)) expect(isEmpty(diff)).toBe(true);
    });
  for (const c of wf)
    it.skipIf(!compilerExists)(`${c.name} (compiled from .wf.js)`, async () => {
      const { before, after } = await c.load();
      const diff = diffGraphs(before, after);
      checkGolden(`${c.name}.diff`, renderDiffText(diff, { color: false }));
      checkGolden(`${c.name}.md`, renderDiffMarkdown(diff));
      // Reformatting, comments, moved helpers, renamed variables, independent reorders: no change.
      if (c.name.startsWith("empty-")) expect(isEmpty(diff), `${c.name} must diff empty`).toBe(true);
    });
});
