/**
 * Chevrotain's LL(k) lookahead strategy, with one change: how an alternation whose alternatives have
 * gates (`GATE`) picks one.
 *
 * Chevrotain's own function for such an `OR` first copies every alternative's gate into a fresh
 * array, each time the `OR` runs, because a rule may pass a new list of alternatives on every call.
 * wfc's hottest gated `OR`s (`assignment`, which every expression passes through, and `statement`)
 * build their lists once, and that copy was about 8% of a parse's garbage. This function reads each
 * gate from the list it is given. Everything else is Chevrotain's: the same lookahead paths, tried in
 * the same order with the same token matching, so the same alternative is chosen.
 */
import { getLookaheadPaths, LLkLookaheadStrategy, tokenMatcher, type IOrAlt, type IToken, type TokenType } from "chevrotain";

type AlternationOptions = Parameters<InstanceType<typeof LLkLookaheadStrategy>["buildLookaheadForAlternation"]>[0];
type LookaheadFn = (orAlts?: IOrAlt<unknown>[]) => number | undefined;

export class GateReadingLookahead extends LLkLookaheadStrategy {
  override buildLookaheadForAlternation(options: AlternationOptions): LookaheadFn {
    if (!options.hasPredicates || options.dynamicTokensEnabled) return super.buildLookaheadForAlternation(options);
    const alts = getLookaheadPaths({ occurrence: options.prodOccurrence, rule: options.rule, prodType: "Alternation", maxLookahead: options.maxLookahead });
    return function choose(this: { LA(i: number): IToken }, orAlts?: IOrAlt<unknown>[]): number | undefined {
      for (let t = 0; t < alts.length; t++) {
        const gate = orAlts?.[t]?.GATE;
        if (gate !== undefined && gate.call(this) === false) continue;
        for (const path of alts[t]!) if (matches(this, path)) return t;
      }
      return undefined;
    };
  }
}

/** Whether the next tokens match `path` (an empty path, an empty alternative, always does). */
function matches(parser: { LA(i: number): IToken }, path: TokenType[]): boolean {
  for (let i = 0; i < path.length; i++) if (!tokenMatcher(parser.LA(i + 1), path[i]!)) return false;
  return true;
}
