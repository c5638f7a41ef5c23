/**
 * Per-model prices used for worst-case USD. Each entry names its source and the date it was read;
 * `wfc.config.json` can override any of them (`pricing`). Prices are USD per million tokens.
 */
export interface Price {
  inputPerMTok: number;
  outputPerMTok: number;
  cacheReadPerMTok?: number;
  cacheWritePerMTok?: number;
  source?: string;
  date?: string;
}

const SOURCE = "platform.claude.com/docs/en/about-claude/pricing (as recorded in shared/reference/perf-anchors.md §5.1)";

export const DEFAULT_PRICES: Record<string, Price> = {
  "claude-opus-4-8": { inputPerMTok: 5, outputPerMTok: 25, cacheReadPerMTok: 0.5, cacheWritePerMTok: 6.25, source: SOURCE, date: "2026-11-01" },
  "claude-sonnet-4-6": { inputPerMTok: 3, outputPerMTok: 15, cacheReadPerMTok: 0.3, cacheWritePerMTok: 3.75, source: SOURCE, date: "2026-11-01" },
  "claude-haiku-4-5": { inputPerMTok: 1, outputPerMTok: 5, cacheReadPerMTok: 0.1, cacheWritePerMTok: 1.25, source: SOURCE, date: "2026-11-01" },
};

export const DEFAULT_ALIASES: Record<string, string> = {
  opus: "claude-opus-4-8",
  sonnet: "claude-sonnet-4-6",
  haiku: "claude-haiku-4-5",
};

export interface Pricing {
  prices: Record<string, Price>;
  aliases: Record<string, string>;
}

export const DEFAULT_PRICING: Pricing = { prices: DEFAULT_PRICES, aliases: DEFAULT_ALIASES };

/** Resolve an alias or id to a model id. */
export function resolveModel(pricing: Pricing, model: string): string {
  return pricing.aliases[model] ?? model;
}

/** The most expensive known model: what an agent that inherits the session model is priced as. */
export function mostExpensive(pricing: Pricing): string {
  let best = "";
  let cost = -1;
  for (const [id, p] of Object.entries(pricing.prices)) {
    const c = p.inputPerMTok + p.outputPerMTok;
    if (c > cost) {
      cost = c;
      best = id;
    }
  }
  return best;
}

export function priceOf(pricing: Pricing, modelId: string): Price | undefined {
  return pricing.prices[modelId];
}

export function usdFor(price: Price | undefined, inputTokens: number, outputTokens: number, cacheRead = 0, cacheWrite = 0): number {
  if (!price) return 0;
  return (
    (inputTokens * price.inputPerMTok +
      outputTokens * price.outputPerMTok +
      cacheRead * (price.cacheReadPerMTok ?? price.inputPerMTok) +
      cacheWrite * (price.cacheWritePerMTok ?? price.inputPerMTok)) /
    1e6
  );
}
