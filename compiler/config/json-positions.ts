import type { Span } from "../../grammar/ast.js";

/**
 * A strict JSON parser that remembers where every key and value is, so that a config error can
 * point at `rules.WF5001` on line 3 instead of saying only that the file is invalid. `JSON.parse`
 * gives neither positions of values nor a stable error text across Node versions.
 */
export type JsonPath = ReadonlyArray<string | number>;

export interface JsonLocation {
  /** The key's span (with quotes), for object members. */
  key?: Span;
  value: Span;
}

export type JsonParseResult =
  | { ok: true; value: unknown; locate(path: JsonPath): JsonLocation | undefined }
  | { ok: false; offset: number; message: string };

class JsonError {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

export function parseJsonWithPositions(text: string): JsonParseResult {
  const locations = new Map<string, JsonLocation>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    skip();
    const value = parseValue([], undefined);
    skip();
    if (i < text.length) throw new JsonError(i, `unexpected ${describe(i)} after the end of the JSON value`);
    return { ok: true, value, locate: (path) => locations.get(keyOf(path)) };
  } catch (e) {
    if (e instanceof JsonError) return { ok: false, offset: e.offset, message: e.message };
    throw e;
  }

  function parseValue(path: JsonPath, key: Span | undefined): unknown {
    const start = i;
    const value = parseBare(path);
    locations.set(keyOf(path), key ? { key, value: { start, end: i } } : { value: { start, end: i } });
    return value;
  }

  function parseBare(path: JsonPath): unknown {
    const c = text[i];
    if (c === "{") return parseObject(path);
    if (c === "[") return parseArray(path);
    if (c === '"') return parseString();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return parseNumber();
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const)
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    throw new JsonError(i, i >= text.length ? "unexpected end of file: expected a value" : `expected a value, found ${describe(i)}`);
  }

  function parseObject(path: JsonPath): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    i++;
    skip();
    if (text[i] === "}") {
      i++;
      return out;
    }
    for (;;) {
      if (text[i] !== '"') throw new JsonError(i, `expected a property name in double quotes, found ${describe(i)}`);
      const keyStart = i;
      const name = parseString();
      const key = { start: keyStart, end: i };
      if (Object.hasOwn(out, name)) throw new JsonError(keyStart, `duplicate key "${name}"`);
      skip();
      if (text[i] !== ":") throw new JsonError(i, `expected ':' after the property name, found ${describe(i)}`);
      i++;
      skip();
      // defineProperty: a key named "__proto__" must stay data, not set the prototype.
      Object.defineProperty(out, name, { value: parseValue([...path, name], key), enumerable: true, writable: true, configurable: true });
      skip();
      if (text[i] === ",") {
        i++;
        skip();
        if (text[i] === "}") throw new JsonError(i, "trailing comma: JSON allows no comma before '}'");
        continue;
      }
      if (text[i] === "}") {
        i++;
        return out;
      }
      throw new JsonError(i, `expected ',' or '}', found ${describe(i)}`);
    }
  }

  function parseArray(path: JsonPath): unknown[] {
    const out: unknown[] = [];
    i++;
    skip();
    if (text[i] === "]") {
      i++;
      return out;
    }
    for (;;) {
      out.push(parseValue([...path, out.length], undefined));
      skip();
      if (text[i] === ",") {
        i++;
        skip();
        if (text[i] === "]") throw new JsonError(i, "trailing comma: JSON allows no comma before ']'");
        continue;
      }
      if (text[i] === "]") {
        i++;
        return out;
      }
      throw new JsonError(i, `expected ',' or ']', found ${describe(i)}`);
    }
  }

  function parseString(): string {
    const start = i;
    i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (i >= text.length || c === 10 || c === 13) throw new JsonError(start, "unterminated string");
      if (c === 34) break;
      if (c < 0x20) throw new JsonError(i, "control character in string: escape it");
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new JsonError(i, "bad \\u escape: expected 4 hex digits");
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else throw new JsonError(i, `bad escape \\${e ?? ""}`);
      } else i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  }

  function parseNumber(): number {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) throw new JsonError(i, `bad number ${describe(i)}`);
    i += m[0].length;
    return Number(m[0]);
  }

  function skip(): void {
    for (;;) {
      const c = text[i];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
      else if (c === "/" && (text[i + 1] === "/" || text[i + 1] === "*"))
        throw new JsonError(i, "comments are not allowed in JSON");
      else return;
    }
  }

  function describe(at: number): string {
    if (at >= text.length) return "end of file";
    return JSON.stringify(String.fromCodePoint(text.codePointAt(at)!));
  }
}

function keyOf(path: JsonPath): string {
  return JSON.stringify(path);
}
