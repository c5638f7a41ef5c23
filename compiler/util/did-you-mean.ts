/**
 * "Did you mean …?" suggestions for misspelt names: config keys, rule codes, identifiers.
 *
 * Uses the optimal-string-alignment form of Damerau-Levenshtein distance, so a swap of two
 * neighbouring letters (`maxAgnets`) costs 1 like a single typo, the commonest slip when typing.
 */

/** Edit distance with insertions, deletions, substitutions and adjacent transpositions, each 1. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Three rolling rows: the transposition step looks two rows back.
  let prev2: number[] = new Array<number>(b.length + 1).fill(0);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur: number[] = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `word`, or undefined when none is close enough to be a plausible typo.
 * Case is ignored when measuring (`MaxUsd` finds `maxUsd`); an exact case-insensitive match wins.
 * The allowed distance grows with the word (a third of its length, at least 1), so short words do
 * not match everything. Ties go to the earlier candidate, so results are deterministic.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= limit ? best : undefined;
}
