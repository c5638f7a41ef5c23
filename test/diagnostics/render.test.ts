import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderConcise } from "../../compiler/diagnostics/render/concise.js";
import { escapeData, escapeProperty, renderGithub } from "../../compiler/diagnostics/render/github.js";
import { renderHuman, renderSummary } from "../../compiler/diagnostics/render/human.js";
import { renderJson } from "../../compiler/diagnostics/render/json.js";
import { renderSarif } from "../../compiler/diagnostics/render/sarif.js";
import { SourceFile } from "../../compiler/source.js";
import { expectGolden, planFixture } from "./fixture.js";

const golden = (name: string) => join(import.meta.dirname, "../golden/diagnostics", name);

describe("golden renderings of one plan's diagnostics", () => {
  const { file, diagnostics } = planFixture();
  const bounds = { agents: { min: 2, max: null }, usd: { max: null } };

  it("human, no colour", () => {
    expectGolden(golden("audit.human.txt"), renderHuman(file, diagnostics) + renderSummary(diagnostics));
  });
  it("human, colour", () => {
    expectGolden(golden("audit.human-color.txt"), renderHuman(file, diagnostics, { color: true }) + renderSummary(diagnostics, { color: true }));
  });
  it("concise", () => {
    expectGolden(golden("audit.concise.txt"), renderConcise(file, diagnostics));
  });
  it("github", () => {
    expectGolden(golden("audit.github.txt"), renderGithub(file, diagnostics));
  });
  it("json", () => {
    expectGolden(golden("audit.json"), renderJson([{ file, diagnostics, bounds }]));
  });
  it("sarif", () => {
    expectGolden(golden("audit.sarif"), renderSarif([{ file, diagnostics }], { version: "0.1.0" }));
  });
  it("colour only when asked", () => {
    expect(renderHuman(file, diagnostics)).not.toContain("\x1b");
    expect(renderHuman(file, diagnostics, { color: true })).toContain("\x1b[1;31merror[WF1003]");
  });
});

describe("SARIF", () => {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");

  type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
  type AjvLike = { compile(schema: unknown): Validate };

  it("validates against the SARIF 2.1.0 JSON schema", () => {
    const Ajv = require("ajv-draft-04") as new (options: object) => AjvLike;
    const addFormats = require("ajv-formats") as (ajv: AjvLike) => void;
    // unicodeRegExp: false because the schema's `language` pattern (`^[a-zA-Z]{2}|…]?$`) has a stray
    // `]`, legal only without the `u` flag; strict: false for its draft-04 leftovers.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
    const { file, diagnostics } = planFixture();
    const other = new SourceFile("plans\\sub dir\\b#1.wf.js", "x\r\ny\r\n");
    const logs = [
      renderSarif([{ file, diagnostics }], { version: "0.1.0" }),
      renderSarif([{ file: other, diagnostics: [{ code: "WF9999", severity: "info", message: "m", span: { start: 3, end: 4 } }] }], { version: "0.1.0" }),
      renderSarif([], { version: "0.1.0" }),
    ];
    for (const log of logs) {
      const ok = validate(JSON.parse(log));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
    // A schema that accepted anything would make the test above worthless.
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it("has what GitHub code scanning needs", () => {
    const { file, diagnostics } = planFixture();
    const log = JSON.parse(renderSarif([{ file, diagnostics }], { version: "1.2.3", root: "/repo" }));
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: "wfc", version: "1.2.3" });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["WF1003", "WF1004", "WF1005"]);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: "plans/audit.wf.js", uriBaseId: "%SRCROOT%" });
    }
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 32, endLine: 4, endColumn: 43 });
  });

  it("relative forward-slash URIs, percent-encoded", () => {
    const file = new SourceFile("C:\\repo\\plans\\my plan#1.wf.js", "x");
    const log = JSON.parse(renderSarif([{ file, diagnostics: [{ code: "WF1001", severity: "error", message: "m", span: { start: 0, end: 1 } }] }], { version: "0", root: "C:\\repo" }));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("plans/my%20plan%231.wf.js");
  });

  it("fingerprints survive moved lines but not edited ones", () => {
    const fp = (text: string, needle: string) => {
      const file = new SourceFile("a.wf.js", text);
      const start = text.indexOf(needle);
      const log = JSON.parse(renderSarif([{ file, diagnostics: [{ code: "WF1004", severity: "error", message: "m", span: { start, end: start + 4 } }] }], { version: "0" }));
      return log.runs[0].results[0].partialFingerprints["wfcLineHash/v1"] as string;
    };
    const base = fp("eval(x)\n", "eval");
    expect(fp("// added\n\n   eval(x)\n", "eval")).toBe(base);
    expect(fp("eval(y)\n", "eval")).not.toBe(base);
    // Two findings on identical lines are told apart by an occurrence count.
    const file = new SourceFile("a.wf.js", "eval(x)\neval(x)\n");
    const log = JSON.parse(renderSarif([{ file, diagnostics: [0, 8].map((start) => ({ code: "WF1004", severity: "error" as const, message: "m", span: { start, end: start + 4 } })) }], { version: "0" }));
    const prints = log.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints["wfcLineHash/v1"]);
    expect(prints[0]).toMatch(/:1$/);
    expect(prints[1]).toMatch(/:2$/);
  });
});

describe("GitHub workflow commands", () => {
  it("escapes data and properties", () => {
    expect(escapeData("100% done\r\nnext")).toBe("100%25 done%0D%0Anext");
    expect(escapeData("a: b, c")).toBe("a: b, c");
    expect(escapeProperty("dir,a:b/100%.wf.js")).toBe("dir%2Ca%3Ab/100%25.wf.js");
  });

  it("escapes the file property and omits columns on multi-line spans", () => {
    const file = new SourceFile("plans\\a,b:c.wf.js", "f(\n  x)\n");
    const out = renderGithub(file, [
      { code: "WF1003", severity: "error", message: "50% bad\nreally", span: { start: 0, end: 7 }, help: "fix: it" },
      { code: "WF1005", severity: "info", message: "note", span: { start: 0, end: 1 } },
    ]);
    expect(out).toBe(
      "::error file=plans/a%2Cb%3Ac.wf.js,line=1,endLine=2,title=WF1003::50%25 bad%0Areally%0Ahelp: fix: it\n" +
        "::notice file=plans/a%2Cb%3Ac.wf.js,line=1,col=1,endLine=1,endColumn=2,title=WF1005::note\n",
    );
  });

  it("makes paths relative to the workspace", () => {
    const file = new SourceFile("/home/runner/work/x/plans/a.wf.js", "x");
    expect(renderGithub(file, [{ code: "WF1001", severity: "error", message: "m", span: { start: 0, end: 1 } }], { root: "/home/runner/work/x/" }))
      .toBe("::error file=plans/a.wf.js,line=1,col=1,endLine=1,endColumn=2,title=WF1001::m\n");
  });
});

describe("concise", () => {
  it("one line per diagnostic, UTF-16 columns", () => {
    const file = new SourceFile("a.wf.js", "const 😀 = 1; eval(x)\r\nfoo\n");
    const start = file.text.indexOf("eval");
    expect(renderConcise(file, [{ code: "WF1004", severity: "error", message: "a\nb", span: { start, end: start + 4 } }])).toBe(
      "a.wf.js:1:15: error[WF1004] a b\n",
    );
  });
});
