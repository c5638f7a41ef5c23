/** The shape of a risk rule: one file per class, an explicit ordered list in `index.ts`. */

import type { StageGraphJson, StageJson } from "../../graph/types.js";
import type { PriceTable } from "../prices.js";
import type { RiskClass, StageChange } from "../types.js";

export interface RiskContext {
  before: StageGraphJson;
  after: StageGraphJson;
  beforeStages: ReadonlyMap<string, StageJson>;
  afterStages: ReadonlyMap<string, StageJson>;
  /** Stages present in both graphs that changed, sorted by id. */
  changed: readonly StageChange[];
  prices: PriceTable;
}

export interface RiskTrigger {
  /** The stage that triggered it; omitted for plan-level triggers. */
  stage?: string;
  /** One line naming the stage and the change. */
  detail: string;
}

export interface RiskRule {
  name: RiskClass;
  /** One sentence: why a reviewer should look. Printed with every occurrence. */
  explanation: string;
  detect(context: RiskContext): RiskTrigger[];
}

export function defineRisk(rule: RiskRule): RiskRule {
  return rule;
}

/** Pairs of (before, after) for stages present in both graphs, in id order. */
export function* matchedStages(context: RiskContext): Generator<[StageJson, StageJson]> {
  for (const [id, before] of context.beforeStages) {
    const after = context.afterStages.get(id);
    if (after) yield [before, after];
  }
}
