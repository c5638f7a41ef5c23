/**
 * Binary operator precedence, lowest first (`??` 1 … `**` 12), as JavaScript defines it. The parser
 * folds operator lists with it and the printer decides parentheses with it, so they cannot disagree.
 */
export const BINARY_PRECEDENCE: Readonly<Record<string, number>> = {
  "??": 1, "||": 2, "&&": 3, "|": 4, "^": 5, "&": 6,
  "==": 7, "!=": 7, "===": 7, "!==": 7,
  "<": 8, ">": 8, "<=": 8, ">=": 8, in: 8, instanceof: 8,
  "<<": 9, ">>": 9, ">>>": 9,
  "+": 10, "-": 10, "*": 11, "/": 11, "%": 11, "**": 12,
};
