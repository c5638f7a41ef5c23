/**
 * Shared by the journal tests: temp directories with real SQLite files, sample records, and a way to run
 * the journal in a separate Node process (bundled with esbuild, since the child has no TS loader).
 */

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

import type { ResultRecord } from "../../runtime/journal/types.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "wfc-journal-test-"));
}

export function keyOf(name: string): string {
  return createHash("sha256").update(name).digest("hex");
}

export function sampleResult(i: number, value: unknown = { answer: i }): ResultRecord {
  return {
    stageId: `stage-${i % 3}`,
    index: [i],
    value,
    usage: { inputTokens: 100 + i, outputTokens: 10 + i, cacheReadTokens: 0, cacheWriteTokens: 0 },
    model: "claude-sonnet-4-6",
    attempts: 1,
    latencyMs: 1234.5,
    usd: 0.001,
  };
}

export const planInfo = { planPath: "plans/audit.wf.js", planHash: "a".repeat(64), planName: "audit", provider: "simulated", args: { dir: "src" } };

/** Bundles a fixture script (TS) to a standalone .mjs in `outDir` that loads better-sqlite3 from this repo. */
export async function bundleFixture(name: string, outDir: string): Promise<string> {
  const sqlite = createRequire(path.join(root, "package.json")).resolve("better-sqlite3");
  const outfile = path.join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [path.join(here, "fixtures", `${name}.ts`)],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "warning",
    plugins: [{ name: "sqlite", setup: (b) => void b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: sqlite, external: true })) }],
  });
  return outfile;
}

export function sha256File(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}
