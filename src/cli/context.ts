/** Config loading shared by every command: wfc.config.json → compile options, or a rendered error. */
import { dirname, resolve } from "node:path";
import type { WfcConfig } from "../../compiler/config/config.js";
import { findConfig } from "../../compiler/config/find.js";
import { renderHuman } from "../../compiler/diagnostics/render/human.js";
import { DEFAULT_PRICING, type Pricing } from "../../compiler/pricing.js";
import type { CompileOptions } from "../../compiler/compile.js";
import { type Io, useColor } from "./io.js";

export interface Context {
  config: WfcConfig;
  configPath?: string;
  pricing: Pricing;
  compile: CompileOptions;
  /** Where the run journal lives. */
  journalPath: string;
}

export async function loadContext(io: Io, explicitConfig?: string): Promise<Context | undefined> {
  // The validator (zod) is loaded only when there is a config file to validate.
  if (explicitConfig === undefined && findConfig(io.cwd) === undefined) return contextOf({}, undefined, io);
  const { loadConfig, formatConfigErrors } = await import("../../compiler/config/config.js");
  const r = loadConfig(io.cwd, explicitConfig);
  if (!r.ok) {
    io.stderr(r.file ? renderHuman(r.file, r.diagnostics, { color: useColor(io) }) : formatConfigErrors(r.errors) + "\n");
    return undefined;
  }
  return contextOf(r.config, r.path, io);
}

function contextOf(config: WfcConfig, path: string | undefined, io: Io): Context {
  const pricing: Pricing = {
    prices: { ...DEFAULT_PRICING.prices, ...(config.pricing ?? {}) },
    aliases: { ...DEFAULT_PRICING.aliases, ...((config.models?.aliases ?? {}) as Record<string, string>) },
  };
  const rules: Record<string, "off" | "warning" | "error"> = {};
  for (const [k, v] of Object.entries(config.rules ?? {})) rules[k] = v as "off" | "warning" | "error";
  const compile: CompileOptions = { pricing, rules, ...(config.budget ? { ciBudget: config.budget } : {}) };
  const base = path ? dirname(path) : io.cwd;
  const ctx: Context = { config, pricing, compile, journalPath: resolve(base, config.journal ?? ".wfc/journal.db") };
  if (path) ctx.configPath = path;
  return ctx;
}
