/** Every risk rule, in the order of `RISK_CLASSES`; an explicit list, no discovery. */

import { budgetRaised } from "./budget-raised.js";
import { fanOutWidened } from "./fan-out-widened.js";
import { gateRemoved } from "./gate-removed.js";
import { gateWeakened } from "./gate-weakened.js";
import { modelUpgraded } from "./model-upgraded.js";
import { retryRaised } from "./retry-raised.js";
import { schemaLoosened } from "./schema-loosened.js";
import { verificationRemoved } from "./verification-removed.js";

export const riskRules = [
  verificationRemoved,
  gateRemoved,
  gateWeakened,
  schemaLoosened,
  budgetRaised,
  modelUpgraded,
  fanOutWidened,
  retryRaised,
] as const;

export type { RiskContext, RiskRule, RiskTrigger } from "./define.js";
