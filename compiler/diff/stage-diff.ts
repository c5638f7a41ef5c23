/**
 * What changed in one stage that exists in both graphs (same stable `id`).
 *
 * Compared: kind, parent (as a context that ignores how containers are numbered: `canonical.ts`), phase, width, iterations, attempts, gate policy, workflow, model, effort,
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

/** Option keys the compiler also lifts into first-class fields; compared once, as those fields. */
const LIFTED_OPTIONS = new Set(["model", "effort", "attempts", "phase"]);

/**
 * The stage's changes, or `undefined` when nothing compared differs. `parents` gives the stages'
 * contexts (`stageContext`) to compare instead of the raw `parent` ids.
 */
export function diffStage(
  before: StageJson,
  after: StageJson,
  parents: { before: string | null; after: string | null } = { before: before.parent, after: after.parent },
): StageChange | undefined {
  const fields: FieldChange[] = [];
  const push = (field: string, a: unknown, b: unknown) => {
    if (jsonEqual(a, b)) return;
    const change: FieldChange = { field };
    if (a !== undefined) change.before = a;
    if (b !== undefined) change.after = b;
    fields.push(change);
  };

  push("kind", before.kind, after.kind);
  push("parent", parents.before, parents.after);
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
    if (!LIFTED_OPTIONS.has(key)) push(key, optsBefore[key], optsAfter[key]);
  // A hole whose size bound moved changes what the agent is sent even when the template reads the
  // same (a prompt built by a helper, a slice raised upstream); name it so the token delta has a cause.
  const holesBefore = holeSizes(before);
  const holesAfter = holeSizes(after);
  for (const [key, size] of holesBefore) {
    const now = holesAfter.get(key);
    if (now !== undefined && now !== size) push(`prompt \${${key.replace(/#\d+$/, "")}} max chars`, size, now);
  }
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
  // Each `${…}` hole is one token: a word diff must not match the `${` of one hole with another's.
  const holes = new HoleWords([a, b]);
  const [wa, wb] = [holes.protect(a), holes.protect(b)];
  let changes = diffWords(wa, wb);
  // `diffWords` ignores whitespace; when whitespace is all that changed, show it token by token.
  if (changes.every((c) => !c.added && !c.removed)) changes = diffWordsWithSpace(wa, wb);
  const parts: WordPart[] = changes.map((c) => ({
    op: c.added ? "added" : c.removed ? "removed" : "equal",
    text: holes.restore(c.value),
  }));
  return { before: a, after: b, parts };
}

/**
 * Swaps every `${…}` hole of the templates for a placeholder word (`wfcholeb`, …) that a word diff
 * treats as one token, and back. The same hole text gets the same word on both sides.
 */
class HoleWords {
  private readonly words = new Map<string, string>();
  private readonly holes = new Map<string, string>();
  private readonly salt: string;

  constructor(texts: string[]) {
    // A salt no template contains keeps placeholders from colliding with the prompt's own words.
    let salt = "wfchole";
    while (texts.some((t) => t.includes(salt))) salt += "x";
    this.salt = salt;
  }

  protect(text: string): string {
    let out = "";
    let i = 0;
    while (i < text.length) {
      const start = text.indexOf("${", i);
      if (start < 0) break;
      const end = holeEnd(text, start + 2);
      if (end < 0) break;
      out += text.slice(i, start) + this.wordFor(text.slice(start, end));
      i = end;
    }
    return out + text.slice(i);
  }

  restore(text: string): string {
    if (this.holes.size === 0) return text;
    return text.replace(new RegExp(`${this.salt}[a-z]+q`, "g"), (word) => this.holes.get(word) ?? word);
  }

  private wordFor(hole: string): string {
    let word = this.words.get(hole);
    if (word === undefined) {
      word = `${this.salt}${letters(this.words.size)}q`;
      this.words.set(hole, word);
      this.holes.set(word, hole);
    }
    return word;
  }
}

/** Index just past the `}` closing a hole whose body starts at `from`, or -1 when unbalanced. */
function holeEnd(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i + 1;
  }
  return -1;
}

/** 0 -> `a`, 25 -> `z`, 26 -> `ba`: letters only, so the placeholder stays one word (no `q`: it ends one). */
function letters(n: number): string {
  const digits = "abcdefghijklmnoprstuvwxyz";
  let s = "";
  do {
    s = digits[n % digits.length] + s;
    n = Math.floor(n / digits.length);
  } while (n > 0);
  return s;
}

/** Each prompt hole's character bound, keyed by its expression (`#2` for a repeat). */
function holeSizes(stage: StageJson): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const hole of stage.prompt?.holes ?? []) {
    let key = hole.expression;
    for (let n = 2; sizes.has(key); n++) key = `${hole.expression}#${n}`;
    sizes.set(key, hole.maxChars);
  }
  return sizes;
}
