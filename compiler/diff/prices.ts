/**
 * Per-token prices the diff uses to decide whether a model change is an upgrade. Only the order
 * matters here (opus > sonnet > haiku), not the exact dollars: the plan's bounds, priced by the
 * compiler, carry the real cost delta. Callers with their own pricing pass their own table.
 */

/** USD per million tokens. */
export interface ModelPrice {
  input: number;
  output: number;
}

/**
 * Keys are model aliases, ids or id fragments. A model is priced by an exact key first, then by
 * the longest key it contains (so `claude-opus-4-1` wins over `opus` for `claude-opus-4-1-20250805`).
 */
export type PriceTable = Readonly<Record<string, ModelPrice>>;

/** Anthropic list prices (see /work/shared/reference/perf-anchors.md §5.1; re-verify before relying on dollars). */
export const DEFAULT_PRICES: PriceTable = {
  opus: { input: 5, output: 25 },
  "claude-opus-4-0": { input: 15, output: 75 },
  "claude-opus-4-1": { input: 15, output: 75 },
  "claude-opus-4-2025": { input: 15, output: 75 },
  sonnet: { input: 3, output: 15 },
  haiku: { input: 1, output: 5 },
  "claude-3-5-haiku": { input: 0.8, output: 4 },
  "claude-3-haiku": { input: 0.25, output: 1.25 },
};

/** The price of a model, or `undefined` when the table does not know it. */
export function priceOf(model: string, table: PriceTable = DEFAULT_PRICES): ModelPrice | undefined {
  const key = model.toLowerCase();
  const exact = table[key];
  if (exact) return exact;
  let best: string | undefined;
  for (const candidate of Object.keys(table))
    if (key.includes(candidate.toLowerCase()) && (best === undefined || candidate.length > best.length)) best = candidate;
  return best === undefined ? undefined : table[best];
}

/**
 * True when `after` costs more per token than `before`: a higher output price, or the same output
 * price and a higher input price. Output dominates because agents in plans are priced mostly by
 * what they write. Unknown models are never called an upgrade (the bounds delta still shows cost).
 */
export function isUpgrade(before: string, after: string, table: PriceTable = DEFAULT_PRICES): boolean {
  const a = priceOf(before, table);
  const b = priceOf(after, table);
  if (!a || !b) return false;
  return b.output > a.output || (b.output === a.output && b.input > a.input);
}
