/**
 * How a source line looks on a terminal: which display column each UTF-16 offset lands on.
 *
 * Carets must sit under the code they point at, so the renderer never counts UTF-16 units on screen:
 * a tab is expanded, a wide CJK or emoji character takes two columns, a combining mark none. Control
 * characters and bidirectional overrides are replaced by visible stand-ins: printed raw they could
 * move the cursor, recolour the terminal or reorder the line ("Trojan Source"), so the user would
 * not see the text the compiler saw.
 */

export interface Cell {
  /** UTF-16 offsets of this character in the line, `to` exclusive. */
  from: number;
  to: number;
  /** What is printed. */
  text: string;
  /** 0-based display column where it starts, and its width. */
  col: number;
  width: number;
}

export interface LineLayout {
  cells: Cell[];
  /** Total display width. */
  width: number;
}

export function layoutLine(line: string, tabWidth: number): LineLayout {
  const cells: Cell[] = [];
  let col = 0;
  let i = 0;
  while (i < line.length) {
    const cp = line.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    let text: string;
    let width: number;
    if (cp === 9) {
      text = " ".repeat(tabWidth);
      width = tabWidth;
    } else if (cp < 0x20 || cp === 0x7f) {
      text = String.fromCodePoint(cp === 0x7f ? 0x2421 : 0x2400 + cp); // ␀…␟, ␡
      width = 1;
    } else if (isBidiControl(cp)) {
      text = `<U+${cp.toString(16).toUpperCase().padStart(4, "0")}>`;
      width = text.length;
    } else {
      text = String.fromCodePoint(cp);
      width = charWidth(cp);
    }
    cells.push({ from: i, to: i + size, text, col, width });
    col += width;
    i += size;
  }
  return { cells, width: col };
}

/** Display column of a UTF-16 offset in the line; the line's end (or past it) maps to its width. */
export function columnAt(layout: LineLayout, offset: number): number {
  // Binary search: lines can be long (minified code) and every label asks twice.
  const cells = layout.cells;
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cells[mid]!.to <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < cells.length ? cells[lo]!.col : layout.width;
}

/** The printed text of the cells that lie wholly inside display columns [left, right). */
export function sliceColumns(layout: LineLayout, left: number, right: number): string {
  let out = "";
  for (const cell of layout.cells) {
    if (cell.col >= left && cell.col + cell.width <= right) out += cell.text;
    else if (cell.col < right && cell.col + cell.width > left) out += " ".repeat(Math.min(right, cell.col + cell.width) - Math.max(left, cell.col));
  }
  return out;
}

function isBidiControl(cp: number): boolean {
  return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c;
}

/**
 * Terminal width of a code point: 0 for combining marks and zero-width characters, 2 for East Asian
 * wide and fullwidth characters and emoji, 1 otherwise. A compact approximation of wcwidth covering
 * the ranges that occur in plans (prompts in Chinese, Japanese, Korean; emoji in log messages).
 */
export function charWidth(cp: number): number {
  if (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x200b && cp <= 0x200d) ||
    cp === 0xfeff
  )
    return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x1f680 && cp <= 0x1f6ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  return 1;
}
