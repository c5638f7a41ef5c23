/**
 * Run ids: `r-YYYYMMDD-HHMM-xxxxxx` (UTC, then 24 random bits). They sort by start time as plain strings,
 * read well in `wfc runs`, and are short enough to type after `--resume`.
 */

import { randomBytes } from "node:crypto";

export const RUN_ID_PATTERN = /^r-\d{8}-\d{4}-[0-9a-f]{6}$/;

export function newRunId(at: number = Date.now()): string {
  const iso = new Date(at).toISOString(); // 2026-11-24T14:02:33.123Z
  const day = iso.slice(0, 10).replaceAll("-", "");
  const minute = iso.slice(11, 16).replace(":", "");
  return `r-${day}-${minute}-${randomBytes(3).toString("hex")}`;
}
