import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyRuleSeverities, formatConfigErrors, loadConfig, parseConfig } from "../../compiler/config/config.js";
import { parseJsonWithPositions } from "../../compiler/config/json-positions.js";
import { configJsonSchema } from "../../compiler/config/schema.js";
import { renderHuman } from "../../compiler/diagnostics/render/human.js";
import type { Diagnostic } from "../../compiler/diagnostics/types.js";
import { expectGolden } from "../diagnostics/fixture.js";

function errorsOf(text: string): string {
  const r = parseConfig(text);
  if (r.ok) throw new Error("expected errors");
  return formatConfigErrors(r.errors);
}

describe("parseConfig", () => {
  it("accepts a full config", () => {
    const text = JSON.stringify({
      $schema: "./node_modules/wfc/docs/wfc.config.schema.json",
      rules: { WF5901: "off", "suppression-without-reason": "error" },
      pricing: { "claude-sonnet-4-5": { inputPerMTok: 3, outputPerMTok: 15, cacheReadPerMTok: 0.3, cacheWritePerMTok: 3.75, source: "price page", date: "2025-09-29" } },
      models: { aliases: { opus: "claude-opus-4-1", sonnet: "claude-sonnet-4-5", fast: "claude-haiku-4-5" } },
      budget: { maxUsd: 5, maxAgents: 50, maxTokens: 2_000_000 },
      maxWarnings: 0,
      journal: ".wfc/journal.db",
      provider: { sim: { latencyMs: 0, seed: 7 } },
    });
    const r = parseConfig(text);
    expect(r.ok && r.config.budget).toEqual({ maxUsd: 5, maxAgents: 50, maxTokens: 2_000_000 });
  });

  it("reports JSON syntax errors with line and column", () => {
    expect(errorsOf('{\n  "rules": {\n    "WF5901": "off",\n  }\n}')).toBe("wfc.config.json:4:3: trailing comma: JSON allows no comma before '}'\n");
    expect(errorsOf('{ "a": 1 // no\n}')).toBe("wfc.config.json:1:10: comments are not allowed in JSON\n");
    expect(errorsOf('{ "a": 1, "a": 2 }')).toBe('wfc.config.json:1:11: duplicate key "a"\n');
    expect(errorsOf("")).toBe("wfc.config.json:1:1: unexpected end of file: expected a value\n");
  });

  it("reports schema errors at the value, with the key path", () => {
    const text = `{
  "rules": { "WF5901": "of" },
  "budget": { "maxUsd": -1, "maxAgnets": 3 },
  "maxWarnings": 2.5,
  "pricing": { "m": { "inputPerMTok": "3", "outputPerMTok": 15, "date": "2025/01/01" } },
  "jurnal": "x",
  "models": { "aliases": { "opus": 4 } }
}`;
    expect(errorsOf(text)).toBe(
      [
        "wfc.config.json:2:24: rules.WF5901: expected one of off, warning, error; did you mean `off`?",
        "wfc.config.json:3:25: budget.maxUsd: expected a number > 0, got -1",
        "wfc.config.json:3:29: budget: unknown key `maxAgnets`; did you mean `maxAgents`?",
        "wfc.config.json:4:18: maxWarnings: expected an integer, got the number 2.5",
        'wfc.config.json:5:39: pricing.m.inputPerMTok: expected a number, got the string "3"',
        "wfc.config.json:5:73: pricing.m.date: expected a date as YYYY-MM-DD",
        "wfc.config.json:6:3: unknown key `jurnal`; did you mean `journal`?",
        "wfc.config.json:7:36: models.aliases.opus: expected a string, got the number 4",
        "",
      ].join("\n"),
    );
  });

  it("checks rule keys against the code table", () => {
    expect(errorsOf('{ "rules": { "unused-supression": "off", "syntax-error": "warning", "WF9001": "off", "Bad Key": "off" } }')).toBe(
      [
        "wfc.config.json:1:14: rules: unknown rule `unused-supression`; did you mean `unused-suppression`?",
        "wfc.config.json:1:42: rules: `syntax-error` (WF1001) cannot be configured",
        "wfc.config.json:1:69: rules: `WF9001` (internal-error) cannot be configured",
        "wfc.config.json:1:86: rules: `Bad Key`: expected a code like WF5001 or a rule name like unused-result",
        "",
      ].join("\n"),
    );
  });

  it("renders config errors as diagnostics with carets", () => {
    const r = parseConfig('{\n  "budget": { "maxUSD": 5 }\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(renderHuman(r.file, r.diagnostics)).toBe(
      [
        "error[WF0103]: budget: unknown key `maxUSD`; did you mean `maxUsd`?",
        " --> wfc.config.json:2:15",
        "  |",
        '2 |   "budget": { "maxUSD": 5 }',
        "  |               ^^^^^^^^",
        "  |",
        "help: the keys here are `maxUsd`, `maxAgents`, `maxTokens`",
        "",
        "",
      ].join("\n"),
    );
  });
});

describe("loadConfig", () => {
  const root = mkdtempSync(join(tmpdir(), "wfc-config-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("finds the nearest wfc.config.json walking up", () => {
    mkdirSync(join(root, "a/b/c"), { recursive: true });
    writeFileSync(join(root, "a/wfc.config.json"), '{ "maxWarnings": 3 }');
    const r = loadConfig(join(root, "a/b/c"));
    expect(r).toEqual({ ok: true, config: { maxWarnings: 3 }, path: join(root, "a/wfc.config.json") });
  });

  it("defaults when there is none", () => {
    mkdirSync(join(root, "empty"), { recursive: true });
    const r = loadConfig(join(root, "empty"));
    // The temp dir's parents (/tmp, /) have no config on a clean machine; a stray one would show here.
    expect(r.ok).toBe(true);
    if (r.ok && r.path === undefined) expect(r.config).toEqual({});
  });

  it("reads an explicit path relative to cwd, and reports a missing one", () => {
    writeFileSync(join(root, "ci.json"), '{ "budget": { "maxUsd": "5" } }');
    const r = loadConfig(root, "ci.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatConfigErrors(r.errors)).toBe('ci.json:1:25: budget.maxUsd: expected a number, got the string "5"\n');
    const missing = loadConfig(root, "nope.json");
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(formatConfigErrors(missing.errors)).toBe("nope.json: cannot read nope.json: no such file\n");
  });
});

describe("applyRuleSeverities", () => {
  const d = (code: string, severity: Diagnostic["severity"] = "warning"): Diagnostic => ({ code, severity, message: code, span: { start: 0, end: 0 } });

  it("turns rules off, changes severity, code before name, fixed codes untouched", () => {
    const out = applyRuleSeverities([d("WF5900"), d("WF5901"), d("WF5902"), d("WF1004", "error")], {
      rules: { WF5900: "error", "unused-suppression": "off", "malformed-suppression": "error", WF5902: "warning", WF1004: "off" },
    });
    expect(out.map((x) => `${x.code}:${x.severity}`)).toEqual(["WF5900:error", "WF5902:warning", "WF1004:error"]);
    expect(applyRuleSeverities([d("WF5900")], undefined)).toEqual([d("WF5900")]);
  });
});

describe("json-positions", () => {
  it("locates keys and values, and parses like JSON.parse", () => {
    const text = '{"a": [1, {"b": "x\\u00e9"}], "__proto__": {"p": true}}';
    const r = parseJsonWithPositions(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(JSON.stringify(r.value)).toBe(JSON.stringify(JSON.parse(text)));
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    const b = r.locate(["a", 1, "b"])!;
    expect(text.slice(b.key!.start, b.key!.end)).toBe('"b"');
    expect(text.slice(b.value.start, b.value.end)).toBe('"x\\u00e9"');
  });
});

describe("docs/wfc.config.schema.json", () => {
  it("equals the schema generated from zod (UPDATE_GOLDEN=1 rewrites it)", () => {
    const path = join(import.meta.dirname, "../../docs/wfc.config.schema.json");
    expectGolden(path, JSON.stringify(configJsonSchema(), null, 2) + "\n");
    expect(JSON.parse(readFileSync(path, "utf8")).properties.budget.properties.maxUsd.exclusiveMinimum).toBe(0);
  });
});
