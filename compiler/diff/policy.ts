/**
 * The CI gate over a diff: `wfc diff --fail-on gate-removed,model-upgraded --max-usd-increase 2`.
 * Returns data; the CLI decides the exit code from `failed`.
 */

import { formatQuantity } from "./bounds-delta.js";
import { RISK_CLASSES, type PlanDiff, type RiskClass } from "./types.js";

export interface DiffPolicy {
  /** Risk classes that fail the check when present. */
  failOn: readonly RiskClass[];
  /** Largest allowed rise of the plan's worst-case USD, in dollars (absolute, not a percentage). */
  maxUsdIncrease?: number;
}

export interface PolicyResult {
  failed: boolean;
  /** One sentence per failure, in `RISK_CLASSES` order, then the cost limit. */
  reasons: string[];
}

export function evaluatePolicy(diff: PlanDiff, policy: DiffPolicy): PolicyResult {
  const reasons: string[] = [];
  const failOn = new Set(policy.failOn);
  for (const risk of diff.risks) {
    if (!failOn.has(risk.class)) continue;
    const where = risk.stages.length > 0 ? ` in ${risk.stages.map((s) => `\`${s}\``).join(", ")}` : "";
    reasons.push(`risk \`${risk.class}\`${where}: ${risk.details.join("; ")}`);
  }
  const usd = diff.bounds.find((b) => b.quantity === "usd");
  if (policy.maxUsdIncrease !== undefined && usd && usd.delta > policy.maxUsdIncrease)
    reasons.push(
      `worst-case cost rises by ${formatQuantity("usd", usd.delta)} (${formatQuantity("usd", usd.before)} -> ${formatQuantity("usd", usd.after)}), above the allowed ${formatQuantity("usd", policy.maxUsdIncrease)}`,
    );
  return { failed: reasons.length > 0, reasons };
}

export function isRiskClass(name: string): name is RiskClass {
  return (RISK_CLASSES as readonly string[]).includes(name);
}

/**
 * Parses a `--fail-on` value: comma-separated risk class names, or `all`. Unknown names are
 * returned as error messages (with a suggestion), never thrown.
 */
export function parseFailOn(text: string): { failOn: RiskClass[]; errors: string[] } {
  const failOn: RiskClass[] = [];
  const errors: string[] = [];
  for (const raw of text.split(",")) {
    const name = raw.trim();
    if (name === "") continue;
    if (name === "all") failOn.push(...RISK_CLASSES);
    else if (isRiskClass(name)) failOn.push(name);
    else {
      const suggestion = closest(name);
      errors.push(
        `unknown risk class \`${name}\`${suggestion ? `; did you mean \`${suggestion}\`?` : ""} (expected one of ${RISK_CLASSES.join(", ")}, or all)`,
      );
    }
  }
  return { failOn: [...new Set(failOn)], errors };
}

function closest(name: string): RiskClass | undefined {
  let best: RiskClass | undefined;
  let bestDistance = Infinity;
  for (const candidate of RISK_CLASSES) {
    const d = levenshtein(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}
