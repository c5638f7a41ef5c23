/**
 * Finding `wfc.config.json` without loading its validator: most runs have no config file, and zod
 * costs about 60 ms to load, which `wfc check` in CI should not pay for nothing.
 */
import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export const CONFIG_FILE_NAME = "wfc.config.json";

/** The nearest `wfc.config.json` from `cwd` up to the filesystem root, like tsconfig and prettier. */
export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; go up
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
