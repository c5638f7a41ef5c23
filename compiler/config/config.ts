import { readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { z } from "zod";
import type { Span } from "../../grammar/ast.js";
import { allCodes, codeInfo, codes, isConfigurable, resolveCode, type Code } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/types.js";
import { SourceFile } from "../source.js";
import { didYouMean } from "../util/did-you-mean.js";
import { parseJsonWithPositions, type JsonPath } from "./json-positions.js";
import { configSchema, type WfcConfig } from "./schema.js";

export type { WfcConfig, SeveritySetting } from "./schema.js";

import { CONFIG_FILE_NAME, findConfig } from "./find.js";

export { CONFIG_FILE_NAME, findConfig };

/** One problem in the config file, positioned: `wfc.config.json:3:14: rules.WF5001: expected …`. */
export interface ConfigError {
  code: Code;
  /** The file as given or found, relative to `cwd` when under it. */
  path: string;
  /** 1-based; absent only when the file could not be read. */
  line?: number;
  column?: number;
  /** Dotted key path (`budget.maxUsd`), empty for the whole file. */
  keyPath: string;
  message: string;
}

export type ConfigResult =
  | {
      ok: true;
      config: WfcConfig;
      /** Absolute path of the file read; absent when none was found (defaults apply). */
      path?: string;
    }
  | {
      ok: false;
      /** Absolute path of the offending file. */
      path: string;
      errors: ConfigError[];
      /** The same errors as diagnostics on `file`, for the human renderer (carets under the value). */
      diagnostics: Diagnostic[];
      file?: SourceFile;
    };

/**
 * Reads the config: `explicitPath` (relative to `cwd`) if given, else the nearest `wfc.config.json`
 * in `cwd` or a parent directory. No file found is not an error: every setting has a default.
 * Never throws on a bad file; the errors come back positioned.
 */
export function loadConfig(cwd: string, explicitPath?: string): ConfigResult {
  const absolute = explicitPath !== undefined ? resolve(cwd, explicitPath) : findConfig(cwd);
  if (absolute === undefined) return { ok: true, config: {} };
  const shown = displayPath(cwd, absolute);
  let text: string;
  try {
    text = readFileSync(absolute, "utf8");
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
    const error: ConfigError = { code: "WF0104", path: shown, keyPath: "", message: `cannot read ${shown}: ${reason}` };
    const diagnostic: Diagnostic = { code: "WF0104", severity: "error", message: error.message, span: { start: 0, end: 0 } };
    return { ok: false, path: absolute, errors: [error], diagnostics: [diagnostic] };
  }
  const result = parseConfig(text, shown);
  return result.ok ? { ok: true, config: result.config, path: absolute } : { ...result, path: absolute };
}

/** Validates config text; `path` is only used in messages. Pure, for tests and editors. */
export function parseConfig(
  text: string,
  path: string = CONFIG_FILE_NAME,
): { ok: true; config: WfcConfig } | { ok: false; errors: ConfigError[]; diagnostics: Diagnostic[]; file: SourceFile } {
  const file = new SourceFile(path, text);
  const diagnostics: Diagnostic[] = [];
  const errors: ConfigError[] = [];
  const report = (code: Code, span: Span, keyPath: JsonPath, message: string, help?: string) => {
    const shownKey = keyPath.join(".");
    const at = file.position(span.start);
    errors.push({ code, path, line: at.line, column: at.column, keyPath: shownKey, message });
    diagnostics.push({
      code,
      severity: "error",
      message: shownKey === "" ? message : `${shownKey}: ${message}`,
      span,
      ...(help !== undefined ? { help } : {}),
    });
  };

  const json = parseJsonWithPositions(text);
  if (!json.ok) {
    report("WF0101", { start: json.offset, end: Math.min(text.length, json.offset + 1) }, [], json.message);
    return failed();
  }
  const whole: Span = { start: 0, end: text.length };
  const valueAt = (p: JsonPath) => json.locate(p)?.value ?? whole;
  const keyAt = (p: JsonPath) => json.locate(p)?.key ?? valueAt(p);

  const parsed = configSchema.safeParse(json.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      if (issue.code === "unrecognized_keys") {
        const known = knownKeys(at);
        for (const key of issue.keys) {
          const suggestion = didYouMean(key, known);
          report("WF0103", keyAt([...at, key]), at, `unknown key \`${key}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ""}`,
            known.length > 0 ? `the keys here are ${known.map((k) => `\`${k}\``).join(", ")}` : undefined);
        }
      } else if (issue.code === "invalid_key") {
        const inner = issue.issues[0]?.message ?? "invalid key";
        report("WF0102", keyAt(at), at.slice(0, -1), `\`${String(at.at(-1))}\`: ${inner}`);
      } else {
        report("WF0102", valueAt(at), at, describeIssue(issue, valueOf(json.value, at)));
      }
    }
  }

  // Rule keys are checked against the code table even when the schema failed elsewhere, so one
  // run shows every problem.
  const rules = valueOf(json.value, ["rules"]);
  if (rules !== null && typeof rules === "object" && !Array.isArray(rules)) {
    for (const key of Object.keys(rules)) {
      const code = resolveCode(key);
      if (code === undefined) {
        if (!/^(WF\d{4}|[a-z][a-z0-9-]*)$/.test(key)) continue; // the schema already reported its shape
        const suggestion = didYouMean(key, [...allCodes(), ...allCodes().map((c) => codes[c].name)]);
        report("WF0103", keyAt(["rules", key]), ["rules"], `unknown rule \`${key}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ""}`,
          "`wfc explain` lists the codes and rule names");
      } else if (!isConfigurable(code)) {
        report("WF0102", keyAt(["rules", key]), ["rules"], `\`${key}\` (${key === code ? codes[code].name : code}) cannot be configured`,
          "syntax, sandbox and internal errors always fail the check: a plan with them cannot be run safely");
      }
    }
  }
  return diagnostics.length > 0 || !parsed.success ? failed() : { ok: true, config: parsed.data };

  function failed() {
    // In file order, like every other diagnostic list.
    const order = diagnostics.map((d, i) => ({ d, e: errors[i]!, i })).sort((a, b) => a.d.span.start - b.d.span.start || a.i - b.i);
    return { ok: false as const, errors: order.map((x) => x.e), diagnostics: order.map((x) => x.d), file };
  }
}

/** `path:line:col: message` lines, the plain form of config errors for any output. */
export function formatConfigErrors(errors: readonly ConfigError[]): string {
  return errors
    .map((e) => `${e.path}${e.line !== undefined ? `:${e.line}:${e.column ?? 1}` : ""}: ${e.keyPath ? `${e.keyPath}: ` : ""}${e.message}\n`)
    .join("");
}

/**
 * Applies `rules` from the config: drops diagnostics set to `"off"` and changes the severity of
 * those set to `"warning"` or `"error"`. A setting by code wins over one by rule name. Codes that
 * `isConfigurable` rules out are left alone (the config loader already refused them).
 */
export function applyRuleSeverities(diagnostics: readonly Diagnostic[], config: Pick<WfcConfig, "rules"> | undefined): Diagnostic[] {
  const rules = config?.rules;
  if (rules === undefined || Object.keys(rules).length === 0) return [...diagnostics];
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (!isConfigurable(d.code)) {
      out.push(d);
      continue;
    }
    const name = codeInfo(d.code)?.name;
    const setting = (Object.hasOwn(rules, d.code) ? rules[d.code] : undefined) ?? (name !== undefined && Object.hasOwn(rules, name) ? rules[name] : undefined);
    if (setting === "off") continue;
    out.push(setting === undefined || setting === d.severity ? d : { ...d, severity: setting });
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue, actual: unknown): string {
  switch (issue.code) {
    case "invalid_value": {
      const values = issue.values.map(String);
      const suggestion = typeof actual === "string" ? didYouMean(actual, values) : undefined;
      return `expected one of ${values.join(", ")}${suggestion ? `; did you mean \`${suggestion}\`?` : ""}`;
    }
    case "invalid_type":
      return `expected ${article(issue.expected)}, got ${kindOf(actual)}`;
    case "too_small":
      if (issue.origin === "string") return "expected a non-empty string";
      return `expected a number ${issue.inclusive ? ">=" : ">"} ${String(issue.minimum)}, got ${JSON.stringify(actual)}`;
    case "too_big":
      return `expected a number ${issue.inclusive ? "<=" : "<"} ${String(issue.maximum)}, got ${JSON.stringify(actual)}`;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  const names: Record<string, string> = { int: "an integer", number: "a number", string: "a string", object: "an object", record: "an object", array: "an array", boolean: "true or false" };
  return names[expected] ?? expected;
}

function kindOf(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "number" && !Number.isInteger(value)) return `the number ${value}`;
  return `${typeof value === "string" ? "the string" : typeof value === "number" ? "the number" : typeof value} ${JSON.stringify(value)}`;
}

function valueOf(root: unknown, path: JsonPath): unknown {
  let v = root;
  for (const p of path) v = v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

/** The keys the schema allows in the object at `path`, for did-you-mean on unknown keys. */
function knownKeys(path: JsonPath): string[] {
  let schema = configSchema as unknown as z.core.$ZodType;
  const unwrap = () => {
    for (let def = schema._zod.def; def.type === "optional" || def.type === "nullable" || def.type === "default"; def = schema._zod.def)
      schema = (def as unknown as { innerType: z.core.$ZodType }).innerType;
  };
  for (const segment of path) {
    unwrap();
    const def = schema._zod.def as unknown as { type: string; shape?: Record<string, z.core.$ZodType>; valueType?: z.core.$ZodType };
    if (def.type === "object" && def.shape && typeof segment === "string" && def.shape[segment]) schema = def.shape[segment];
    else if (def.type === "record" && def.valueType) schema = def.valueType;
    else return [];
  }
  unwrap();
  const def = schema._zod.def as unknown as { type: string; shape?: Record<string, unknown> };
  return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

function displayPath(cwd: string, absolute: string): string {
  const rel = relative(resolve(cwd), absolute);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : absolute;
}
