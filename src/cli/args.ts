import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs with its errors turned into usage errors a person can read. */
export function parse<O extends Options>(argv: string[], options: O): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    return { values: r.values as Record<string, string | boolean | string[] | undefined>, positionals: r.positionals };
  } catch (e) {
    const msg = (e as Error).message.replace(/^Unknown option '(.*?)'.*$/s, "unknown option `$1`").replace(/^Option '(.*?)' argument missing.*$/s, "option `$1` needs a value");
    throw new UsageError(msg.split("\n")[0]!);
  }
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`\`${flag}\` must be one of ${allowed.join(", ")} (got \`${String(value)}\`)`);
}

export function positiveNumber(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`\`${flag}\` must be a number ≥ 0 (got \`${String(value)}\`)`);
  return n;
}
