/**
 * Shortens a prompt's word diff for display: long unchanged stretches keep a little context on
 * each side of a change and elide the middle, so a one-word edit in a 4 KB prompt stays short.
 */

import type { WordPart } from "./types.js";

const CONTEXT_CHARS = 40;

export function compactPromptParts(parts: readonly WordPart[]): WordPart[] {
  return parts.map((part, index) => {
    const first = index === 0;
    const last = index === parts.length - 1;
    if (part.op !== "equal" || (first && last)) return part;
    const text = part.text;
    if (first && text.length > CONTEXT_CHARS + 2) return { op: "equal", text: `… ${text.slice(-CONTEXT_CHARS)}` };
    if (last && text.length > CONTEXT_CHARS + 2) return { op: "equal", text: `${text.slice(0, CONTEXT_CHARS)} …` };
    if (!first && !last && text.length > 2 * CONTEXT_CHARS + 3)
      return { op: "equal", text: `${text.slice(0, CONTEXT_CHARS)} … ${text.slice(-CONTEXT_CHARS)}` };
    return part;
  });
}
