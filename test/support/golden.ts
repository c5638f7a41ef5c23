/**
 * Golden files: `UPDATE_GOLDEN=1` rewrites them (review the diff before committing); otherwise the
 * text must equal the file, and a missing golden fails rather than being written, so a new case
 * cannot pass by recording whatever it printed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { expect } from "vitest";

export const updatingGoldens = process.env["UPDATE_GOLDEN"] === "1";

export function expectGolden(path: string, actual: string, label: string = path): void {
  if (updatingGoldens) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing golden ${label}: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual, `${label} is stale: run with UPDATE_GOLDEN=1 and review the diff`).toBe(readFileSync(path, "utf8"));
}
