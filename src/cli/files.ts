import { readdirSync, readFileSync, statSync, existsSync, openSync, closeSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { type Io, UsageError } from "./io.js";

/** Files, folders (every `*.wf.js` below them) and globs (`*`, `**`, `?`) → sorted plan paths. */
export function expandPaths(cwd: string, inputs: string[]): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    if (/[*?[]/.test(input)) {
      const re = globToRegExp(input.split(sep).join("/"));
      const base = resolve(cwd, input.split(/[*?[]/)[0]!.replace(/[^/]*$/, "") || ".");
      const before = files.size;
      for (const f of walk(base)) if (re.test(relative(cwd, f).split(sep).join("/"))) files.add(f);
      if (files.size === before) missing.push(input);
    } else if (!existsSync(abs)) missing.push(input);
    else if (statSync(abs).isDirectory()) for (const f of walk(abs)) files.add(f);
    else files.add(abs);
  }
  return { files: [...files].sort().map((f) => relative(cwd, f) || f), missing };
}

function* walk(dir: string): Generator<string> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.name.endsWith(".wf.js")) yield p;
  }
}

function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      re += ".*";
      i++;
      if (glob[i + 1] === "/") i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^(?:\\./)?${re}$`);
}

/**
 * Checks, before any work (and before any money is spent), that an output file can be written:
 * its folder exists and the file can be opened. A problem is a usage error naming the flag.
 */
export function checkWritable(cwd: string, path: string, flag: string): string {
  const abs = resolve(cwd, path);
  const dir = dirname(abs);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`cannot write \`${path}\` (${flag}): the folder \`${dir}\` does not exist`);
  try {
    closeSync(openSync(abs, "a"));
  } catch (e) {
    throw new UsageError(`cannot write \`${path}\` (${flag}): ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return abs;
}

/** `--args`: JSON text, or `@path` to a JSON file; `{}` when not given. */
export function readArgs(io: Io, raw: string | undefined): unknown {
  if (raw === undefined) return {};
  let text = raw;
  if (raw.startsWith("@")) {
    const p = resolve(io.cwd, raw.slice(1));
    if (!existsSync(p)) throw new UsageError(`no such args file: \`${raw.slice(1)}\``);
    text = readFileSync(p, "utf8");
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`\`--args\` is not valid JSON: ${(e as Error).message}`);
  }
}
