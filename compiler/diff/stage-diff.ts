/**
 * What changed in one stage that exists in both graphs (same stable `id`).
 *
 * Compared: kind, parent, phase, width, iterations, attempts, gate policy, workflow, model, effort,
 * every literal option (timeout, maxTokens, …), the prompt template (word diff) and the output
 * schema (structural diff).
 * Not compared, on purpose: `loc` (moving or reformatting code is not a change), `order` (sibling
 * order is cosmetic; a real sequencing change shows up as an edge change), `label` (display only,
 * so renaming a variable that does not change ids is not a change), and the derived facts
 * `multiplicity`, `bounds`, `total`, `derivations`, `critical` (they follow from the facts above;
 * the plan-level bound deltas report their effect).
 */

import { diffWords, diffWordsWithSpace } from "diff";
import type { StageJson } from "../graph/types.js";
import { isRecord, jsonEqual } from "./json.js";
import { diffSchemas } from "./schema-diff.js";
import type { FieldChange, PromptDiff, StageChange, WordPart } from "./types.js";

/** The stage's changes, or `undefined` when nothing compared differs. */
export function diffStage(before: StageJson, after: StageJson): StageChange | undefined {
  const fields: FieldChange[] = [];
  const push = (field: string, a: unknown, b: unknown) => {
    if (jsonEqual(a, b)) return;
    const change: FieldChange = { field };
    if (a !== undefined) change.before = a;
    if (b !== undefined) change.after = b;
    fields.push(change);
  };

  push("kind", before.kind, after.kind);
  push("parent", before.parent, after.parent);
  push("phase", before.phase, after.phase);
  push("width", before.width, after.width);
  push("iterations", before.iterations, after.iterations);
  push("attempts", before.attempts, after.attempts);
  push("gate.check", before.gate?.check, after.gate?.check);
  push("gate.onFail", before.gate?.onFail, after.gate?.onFail);
  // A gate's attempts usually mirror the stage's `attempts`; report them once.
  if (before.attempts === undefined && after.attempts === undefined)
    push("gate.attempts", before.gate?.attempts, after.gate?.attempts);
  push("workflow", before.workflow, after.workflow);
  push("model", before.model, after.model);
  // When the model is written the same way (or inherited) but priced differently, say so.
  if (jsonEqual(before.model, after.model)) push("pricedModel", before.pricedModel, after.pricedModel);
  push("effort", before.effort, after.effort);
  const optsBefore = isRecord(before.options) ? before.options : {};
  const optsAfter = isRecord(after.options) ? after.options : {};
  for (const key of [...new Set([...Object.keys(optsBefore), ...Object.keys(optsAfter)])].sort())
    push(key, optsBefore[key], optsAfter[key]);
  fields.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));

  const prompt = diffPrompt(before.prompt?.template, after.prompt?.template);
  const schema = diffSchemas(before.schema, after.schema);

  if (fields.length === 0 && !prompt && schema.length === 0) return undefined;
  const change: StageChange = {
    id: after.id,
    kind: after.kind,
    label: after.label,
    fields,
    total: { before: before.total, after: after.total },
  };
  if (prompt) change.prompt = prompt;
  if (schema.length > 0) change.schema = schema;
  return change;
}

function diffPrompt(before: string | undefined, after: string | undefined): PromptDiff | undefined {
  if (before === after) return undefined;
  const a = before ?? "";
  const b = after ?? "";
  let changes = diffWords(a, b);
  // `diffWords` ignores whitespace; when whitespace is all that changed, show it token by token.
  if (changes.every((c) => !c.added && !c.removed)) changes = diffWordsWithSpace(a, b);
  const parts: WordPart[] = changes.map((c) => ({
    op: c.added ? "added" : c.removed ? "removed" : "equal",
    text: c.value,
  }));
  return { before: a, after: b, parts };
}
