/** Escape processing for string and template literals (the "cooked" value JavaScript computes). */

const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", "0": "\0" };

/** Applies JavaScript escapes to the text between a string literal's quotes. Invalid escapes keep their character. */
export function cookString(raw: string): string {
  if (!raw.includes("\\")) return raw;
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const n = raw[++i];
    if (n === undefined) break;
    if (n in simple && !(n === "0" && /\d/.test(raw[i + 1] ?? ""))) out += simple[n];
    else if (n === "x" && /^[\da-fA-F]{2}$/.test(raw.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (n === "u" && raw[i + 1] === "{") {
      const close = raw.indexOf("}", i);
      const code = parseInt(raw.slice(i + 2, close), 16);
      out += Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
      i = close;
    } else if (n === "u" && /^[\da-fA-F]{4}$/.test(raw.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (n === "\r") {
      if (raw[i + 1] === "\n") i++; // line continuation
    } else if (n === "\n" || n === "\u2028" || n === "\u2029") {
      // line continuation: nothing
    } else out += n;
  }
  return out;
}

/** Template text is cooked like a string, and its line terminators are normalised to `\n`. */
export function cookTemplate(raw: string): string {
  return cookString(raw.replace(/\r\n?/g, "\n"));
}
