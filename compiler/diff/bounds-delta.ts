/** Plan-level worst-case deltas: each of the six bounds, old -> new, with a percentage. */

import type { Bounds } from "../graph/types.js";
import type { BoundDelta } from "./types.js";

/** In the order of `Bounds`; renderers print them in this order. */
export const BOUND_QUANTITIES: readonly (keyof Bounds)[] = [
  "agents",
  "inputTokens",
  "outputTokens",
  "usd",
  "latencyMs",
  "peakConcurrency",
];

export function boundDeltas(before: Bounds, after: Bounds): BoundDelta[] {
  return BOUND_QUANTITIES.map((quantity) => {
    const a = before[quantity];
    const b = after[quantity];
    // USD sums carry float noise; compare and subtract in micro-dollars.
    const delta = quantity === "usd" ? Math.round((b - a) * 1e6) / 1e6 : b - a;
    const percent = a === 0 ? (b === 0 ? 0 : null) : (delta / a) * 100;
    return { quantity, before: a, after: b, delta, percent };
  });
}

/** `+25%`, `-3.5%`, `0%`, or `new` when the quantity went from 0 to something. */
export function formatPercent(delta: BoundDelta): string {
  if (delta.percent === null) return "new";
  if (delta.delta === 0) return "0%";
  const p = delta.percent;
  const magnitude = Math.abs(p) >= 10 ? Math.round(Math.abs(p)).toString() : (Math.round(Math.abs(p) * 10) / 10).toString();
  return `${p > 0 ? "+" : "-"}${magnitude === "0" ? "<0.1" : magnitude}%`;
}

/** A bound's value for people: `$1.25`, `12,000`, `1m 30s`. */
export function formatQuantity(quantity: keyof Bounds, value: number): string {
  if (quantity === "usd") return `$${value < 0.01 && value > 0 ? value.toFixed(4) : value.toFixed(2)}`;
  if (quantity === "latencyMs") return formatMs(value);
  return Math.round(value).toLocaleString("en-US");
}

function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h > 0) return `${h}h ${m}m`;
  if (m > 0) return s === 0 ? `${m}m` : `${m}m ${s}s`;
  return `${s}s`;
}
