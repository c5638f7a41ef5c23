/**
 * print(program) → JavaScript source that parses back to the same AST (spans aside).
 *
 * Used by the round-trip property tests and by anything that needs to show a rewritten tree. The
 * output is canonical, not pretty: one statement per line, 2-space indentation, explicit semicolons,
 * and parentheses only where precedence, associativity or a JavaScript restriction needs them
 * (`**` with a unary left operand, `??` mixed with `||`/`&&`, `in` inside a `for` head, an object
 * literal as an arrow body or at the start of a statement, `new` callees that contain calls, optional
 * chains used as objects or callees). Parentheses are not in the AST, so adding them never changes it.
 *
 * Not printed: comments (the AST keeps them in `program.comments`, detached from nodes, so a printer
 * cannot place them faithfully; the formatter will). Literals keep their source form where it is still
 * valid (`raw` of numbers and strings, the raw text of template parts); a string whose `raw` does not
 * match its value is re-escaped from the value.
 *
 * Excluded constructs (UnsupportedStatement/UnsupportedExpression) carry no source text, so they print
 * as a minimal representative that parses back to the same node and `construct` (`class {}`,
 * `switch (0) {}`, …). One shape has no JavaScript spelling at all: an `if … else` whose consequent
 * ends in an `if` without `else` (JavaScript binds the `else` to the inner `if`); the parser never
 * produces it, and the printer prints it as is.
 */
import { BINARY_PRECEDENCE } from "./precedence.js";
import type * as A from "./ast.js";
import { cookString } from "./strings.js";

// ---------------------------------------------------------------- precedence levels

const SEQ = 0;
const ASSIGN = 1; // assignment, arrow, yield
const COND = 2;
const UNARY = 15; // unary operators, await, prefix ++/--
const POSTFIX = 16;
const LHS = 17; // member, call, new
const PRIMARY = 18;

/** Binary levels sit between COND (2) and UNARY (15): the shared table shifted by 2. */
const binaryLevel: Record<string, number> = Object.fromEntries(Object.entries(BINARY_PRECEDENCE).map(([op, p]) => [op, p + 2]));

function level(e: A.Expression): number {
  switch (e.type) {
    case "SequenceExpression":
      return SEQ;
    case "AssignmentExpression":
    case "ArrowFunctionExpression":
      return ASSIGN;
    case "UnsupportedExpression":
      return e.construct === "yield" ? ASSIGN : PRIMARY;
    case "ConditionalExpression":
      return COND;
    case "BinaryExpression":
    case "LogicalExpression":
      return binaryLevel[e.operator] ?? COND + 1;
    case "UnaryExpression":
    case "AwaitExpression":
      return UNARY;
    case "UpdateExpression":
      return e.prefix ? UNARY : POSTFIX;
    case "CallExpression":
    case "NewExpression":
    case "MemberExpression":
    case "ChainExpression":
    case "TaggedTemplateExpression":
      return LHS;
    default:
      return PRIMARY;
  }
}

// ---------------------------------------------------------------- strings

const stringToken = /^(?:"(?:[^"\\\n\r]|\\[\s\S])*"|'(?:[^'\\\n\r]|\\[\s\S])*')$/;

/** A double-quoted JavaScript string literal whose value is `value`; escapes what a string cannot hold raw. */
export function quoteString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ch = value[i]!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c === 0x2028 || c === 0x2029) out += "\\u" + c.toString(16);
    else if (c >= 0xd800 && c <= 0xdbff && !isLow(value.charCodeAt(i + 1))) out += "\\u" + c.toString(16);
    else if (c >= 0xdc00 && c <= 0xdfff && !isHigh(value.charCodeAt(i - 1))) out += "\\u" + c.toString(16);
    else out += ch;
  }
  return out + '"';
}
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

function printString(s: A.StringLiteral): string {
  const raw = s.raw;
  if (raw && stringToken.test(raw) && cookString(raw.slice(1, -1)) === s.value) return raw;
  return quoteString(s.value);
}

/** Template text as written: escape what would end the text or open a hole. */
export function escapeTemplateText(cooked: string): string {
  return cooked.replace(/[\\`$\r]/g, (c) => (c === "\r" ? "\\r" : "\\" + c));
}

// ---------------------------------------------------------------- the printer

/** Starts of a statement that JavaScript would read as something other than an expression. */
const ambiguousStatementStart = /^(?:\{|\/|(?:async\s+)?function(?![\w$\u00c0-\uffff])|class(?![\w$\u00c0-\uffff])|import(?![\w$\u00c0-\uffff]))/;

export function print(program: A.Program): string {
  const p = new Printer();
  return program.body.map((s) => p.statement(s, 0)).join("\n") + (program.body.length ? "\n" : "");
}

/** Prints one expression (for messages and tests); same rules as inside a program. */
export function printExpression(e: A.Expression): string {
  return new Printer().expr(e, SEQ);
}

class Printer {
  /** Inside a `for (…;` head: `in` must be parenthesised so it is not read as `for…in`. */
  private noIn = false;
  /** Indentation of the statement being printed, for blocks inside expressions (arrow and function bodies). */
  private indent = 0;

  statement(s: A.Statement, indent: number): string {
    const saved = this.indent;
    this.indent = indent;
    const text = pad(indent) + this.stmt(s, indent);
    this.indent = saved;
    return text;
  }

  /** A statement without its leading indentation (so `else if` can follow `else` on one line). */
  private stmt(s: A.Statement, indent: number): string {
    switch (s.type) {
      case "VariableDeclaration":
        return this.declaration(s) + ";";
      case "FunctionDeclaration":
        return `${s.async ? "async " : ""}function ${s.id.name}(${this.params(s.params)}) ${this.block(s.body, indent)}`;
      case "ExportNamedDeclaration":
        return "export " + this.declaration(s.declaration) + ";";
      case "ReturnStatement":
        return s.argument ? `return ${this.expr(s.argument, SEQ)};` : "return;";
      case "IfStatement": {
        let out = `if (${this.expr(s.test, SEQ)})` + this.body(s.consequent, indent);
        if (s.alternate) {
          out += s.consequent.type === "BlockStatement" ? " else" : "\n" + pad(indent) + "else";
          out += s.alternate.type === "IfStatement" ? " " + this.stmt(s.alternate, indent) : this.body(s.alternate, indent);
        }
        return out;
      }
      case "ForOfStatement": {
        let right = this.expr(s.right, ASSIGN);
        if (right.startsWith("/")) right = `(${right})`; // after `of` the lexer would read `/` as division
        return `for (${this.declaration(s.left)} of ${right})` + this.body(s.body, indent);
      }
      case "ForStatement": {
        const saved = this.noIn;
        this.noIn = true;
        const init = s.init === null ? "" : s.init.type === "VariableDeclaration" ? this.declaration(s.init) : this.expr(s.init, SEQ);
        this.noIn = saved;
        const test = s.test ? " " + this.expr(s.test, SEQ) : "";
        const update = s.update ? " " + this.expr(s.update, SEQ) : "";
        return `for (${init};${test};${update})` + this.body(s.body, indent);
      }
      case "WhileStatement":
        return `while (${this.expr(s.test, SEQ)})` + this.body(s.body, indent);
      case "BreakStatement":
        return "break;";
      case "ContinueStatement":
        return "continue;";
      case "ThrowStatement":
        return `throw ${this.expr(s.argument, SEQ)};`;
      case "TryStatement": {
        let out = "try " + this.block(s.block, indent);
        if (s.handler) {
          out += " catch " + (s.handler.param ? `(${this.pattern(s.handler.param)}) ` : "") + this.block(s.handler.body, indent);
        }
        if (s.finalizer) out += " finally " + this.block(s.finalizer, indent);
        return out;
      }
      case "BlockStatement":
        return this.block(s, indent);
      case "ExpressionStatement": {
        const text = this.expr(s.expression, SEQ);
        return (ambiguousStatementStart.test(text) ? `(${text})` : text) + ";";
      }
      case "EmptyStatement":
        return ";";
      case "UnsupportedStatement":
        return unsupportedStatement[s.construct];
    }
  }

  /** The body of `if`/`for`/`while`: a block stays on the line, anything else goes on the next one, indented. */
  private body(s: A.Statement, indent: number): string {
    if (s.type === "BlockStatement") return " " + this.block(s, indent);
    return "\n" + this.statement(s, indent + 1);
  }

  private block(b: A.BlockStatement, indent: number): string {
    if (b.body.length === 0) return "{}";
    return "{\n" + b.body.map((s) => this.statement(s, indent + 1)).join("\n") + "\n" + pad(indent) + "}";
  }

  private declaration(d: A.VariableDeclaration): string {
    const parts = d.declarations.map((v) => this.pattern(v.id) + (v.init ? " = " + this.expr(v.init, ASSIGN) : ""));
    return `${d.kind} ${parts.join(", ")}`;
  }

  private params(ps: A.Pattern[]): string {
    return ps.map((p) => this.pattern(p)).join(", ");
  }

  // ---------------------------------------------------------------- patterns

  pattern(p: A.Pattern | A.MemberExpression): string {
    switch (p.type) {
      case "Identifier":
        return p.name;
      case "AssignmentPattern":
        return `${this.pattern(p.left)} = ${this.expr(p.right, ASSIGN)}`;
      case "RestElement":
        return "..." + this.pattern(p.argument);
      case "ArrayPattern":
        return "[" + holes(p.elements.map((e) => (e === null ? null : this.pattern(e)))) + "]";
      case "ObjectPattern": {
        if (p.properties.length === 0) return "{}";
        const props = p.properties.map((q) => {
          if (q.type === "RestElement") return this.pattern(q);
          if (q.shorthand && q.key.type === "Identifier") {
            const v = q.value;
            if (v.type === "Identifier" && v.name === q.key.name) return v.name;
            if (v.type === "AssignmentPattern" && v.left.type === "Identifier" && v.left.name === q.key.name) return this.pattern(v);
          }
          return `${this.key(q.key, q.computed)}: ${this.pattern(q.value)}`;
        });
        return "{ " + props.join(", ") + " }";
      }
      case "MemberExpression":
        return this.expr(p, LHS);
    }
  }

  // ---------------------------------------------------------------- expressions

  expr(e: A.Expression, min: number): string {
    const text = this.bare(e);
    return level(e) < min || (this.noIn && e.type === "BinaryExpression" && e.operator === "in") ? `(${text})` : text;
  }

  private bare(e: A.Expression): string {
    switch (e.type) {
      case "Identifier":
        return e.name;
      case "NumericLiteral":
        return e.raw || String(e.value);
      case "StringLiteral":
        return printString(e);
      case "BooleanLiteral":
        return e.value ? "true" : "false";
      case "NullLiteral":
        return "null";
      case "RegExpLiteral":
        return `/${e.pattern}/${e.flags}`;
      case "TemplateLiteral":
        return this.template(e);
      case "TaggedTemplateExpression":
        return this.callee(e.tag) + this.template(e.quasi);
      case "ArrayExpression":
        return "[" + holes(e.elements.map((el) => (el === null ? null : this.element(el)))) + "]";
      case "ObjectExpression":
        return this.object(e);
      case "ArrowFunctionExpression": {
        const single = e.params.length === 1 && e.params[0]!.type === "Identifier";
        const params = single ? this.pattern(e.params[0]!) : `(${this.params(e.params)})`;
        let body: string;
        if (e.body.type === "BlockStatement") body = this.block(e.body, this.indent);
        else {
          body = this.expr(e.body, ASSIGN);
          if (body.startsWith("{")) body = `(${body})`;
        }
        return `${e.async ? "async " : ""}${params} => ${body}`;
      }
      case "FunctionExpression":
        return `${e.async ? "async " : ""}function${e.id ? " " + e.id.name : ""}(${this.params(e.params)}) ${this.block(e.body, this.indent)}`;
      case "UnaryExpression": {
        const arg = this.expr(e.argument, UNARY);
        if (/^[a-z]/.test(e.operator)) return `${e.operator} ${arg}`;
        // `- -x`, `+ ++x`: keep two signs from lexing as one `--`/`++` token.
        const clash = (e.operator === "-" || e.operator === "+") && arg.startsWith(e.operator);
        return e.operator + (clash ? " " : "") + arg;
      }
      case "AwaitExpression":
        return "await " + this.expr(e.argument, UNARY);
      case "UpdateExpression":
        if (!e.prefix) return this.expr(e.argument, LHS) + e.operator;
        // After `++` the lexer expects an operand to end, so a regex there would read as division.
        return e.operator + (e.argument.type === "MemberExpression" && startsWithRegex(e.argument) ? `(${this.bare(e.argument)})` : this.expr(e.argument, UNARY));
      case "BinaryExpression":
      case "LogicalExpression":
        return this.binary(e);
      case "AssignmentExpression":
        return `${this.pattern(e.left)} ${e.operator} ${this.expr(e.right, ASSIGN)}`;
      case "ConditionalExpression":
        return `${this.expr(e.test, COND + 1)} ? ${this.expr(e.consequent, ASSIGN)} : ${this.expr(e.alternate, ASSIGN)}`;
      case "CallExpression":
        return this.callee(e.callee) + (e.optional ? "?." : "") + this.args(e.arguments);
      case "NewExpression": {
        const callee = this.bare(e.callee);
        return `new ${isSimpleNewCallee(e.callee) ? callee : `(${callee})`}${this.args(e.arguments)}`;
      }
      case "MemberExpression": {
        let object = this.callee(e.object);
        if (e.object.type === "NumericLiteral" && !e.computed) object = `(${object})`; // `1.x` is a malformed number
        if (e.computed) return `${object}${e.optional ? "?." : ""}[${this.expr(e.property, SEQ)}]`;
        return `${object}${e.optional ? "?." : "."}${(e.property as A.Identifier).name}`;
      }
      case "ChainExpression":
        return this.bare(e.expression);
      case "SequenceExpression":
        return e.expressions.map((x) => this.expr(x, ASSIGN)).join(", ");
      case "ThisExpression":
        return "this";
      case "UnsupportedExpression":
        return unsupportedExpression[e.construct];
    }
  }

  /** The object of a member access or the callee of a call: a chain ends at parentheses (`(a?.b).c`). */
  private callee(e: A.Expression): string {
    if (e.type === "ChainExpression") return `(${this.bare(e)})`;
    return this.expr(e, LHS);
  }

  private binary(e: A.BinaryExpression | A.LogicalExpression): string {
    const lv = binaryLevel[e.operator]!;
    const pow = e.operator === "**";
    // `**` is right-associative and its left operand cannot be a unary expression (`(-a) ** b`).
    // `??` cannot sit next to `||`/`&&` without parentheses, whichever binds tighter.
    // A function expression as the left operand is valid bare (`function () {} / 2`), but a lexer
    // that guesses regex-or-division from the previous token alone (acorn, and so ESLint) reads the
    // `/` after its `}` as a regex there; parenthesised, every tool agrees.
    const left = e.left.type === "FunctionExpression" ? `(${this.bare(e.left)})` : this.expr(e.left, mixesNullish(e, e.left) ? PRIMARY : pow ? POSTFIX : lv);
    const right = this.expr(e.right, mixesNullish(e, e.right) ? PRIMARY : pow ? lv : lv + 1);
    return `${left} ${e.operator} ${right}`;
  }

  private args(list: (A.Expression | A.SpreadElement)[]): string {
    return "(" + list.map((a) => this.element(a)).join(", ") + ")";
  }

  private element(e: A.Expression | A.SpreadElement): string {
    return e.type === "SpreadElement" ? "..." + this.expr(e.argument, ASSIGN) : this.expr(e, ASSIGN);
  }

  private key(k: A.Expression, computed: boolean): string {
    if (computed) return `[${this.expr(k, ASSIGN)}]`;
    if (k.type === "Identifier") return k.name;
    return this.bare(k);
  }

  private object(e: A.ObjectExpression): string {
    if (e.properties.length === 0) return "{}";
    const props = e.properties.map((p) => {
      if (p.type === "SpreadElement") return this.element(p);
      if (p.method && p.value.type === "FunctionExpression") {
        const f = p.value;
        return `${f.async ? "async " : ""}${this.key(p.key, p.computed)}(${this.params(f.params)}) ${this.block(f.body, this.indent)}`;
      }
      if (p.shorthand && p.key.type === "Identifier") {
        const v = p.value;
        if (v.type === "Identifier" && v.name === p.key.name) return v.name;
        // `{ a = 1 }`: only meaningful as a destructuring target, but the parser keeps it.
        if (v.type === "AssignmentExpression" && v.left.type === "Identifier" && v.left.name === p.key.name) {
          return `${v.left.name} = ${this.expr(v.right, ASSIGN)}`;
        }
      }
      return `${this.key(p.key, p.computed)}: ${this.expr(p.value, ASSIGN)}`;
    });
    return "{ " + props.join(", ") + " }";
  }

  private template(t: A.TemplateLiteral): string {
    let out = "`";
    t.quasis.forEach((q, i) => {
      out += q.raw;
      const hole = t.expressions[i];
      if (hole) out += "${" + this.expr(hole, SEQ) + "}";
    });
    return out + "`";
  }
}

function startsWithRegex(e: A.Expression): boolean {
  while (e.type === "MemberExpression" || e.type === "CallExpression") e = e.type === "MemberExpression" ? e.object : e.callee;
  return e.type === "RegExpLiteral";
}

function mixesNullish(parent: A.BinaryExpression | A.LogicalExpression, child: A.Expression): boolean {
  if (child.type !== "LogicalExpression") return false;
  return (parent.operator === "??") !== (child.operator === "??");
}

/** `new a.b.c(…)` needs no parentheses; a callee containing a call, a computed access or a chain does. */
function isSimpleNewCallee(e: A.Expression): boolean {
  if (e.type === "MemberExpression") return !e.computed && !e.optional && isSimpleNewCallee(e.object);
  return level(e) === PRIMARY && e.type !== "UnsupportedExpression";
}

/** Array elements and array-pattern elements: a trailing hole needs its own comma (`[a, ,]`). */
function holes(items: (string | null)[]): string {
  const text = items.map((x) => x ?? "").join(", ");
  return items.length > 0 && items[items.length - 1] === null ? text + "," : text;
}

function pad(indent: number): string {
  return "  ".repeat(indent);
}

const unsupportedStatement: Record<A.UnsupportedConstruct, string> = {
  class: "class C {}",
  import: 'import "module";',
  export: "export default 0;",
  "do-while": "do {} while (false);",
  "for-in": "for (const k in o) {}",
  switch: "switch (0) {}",
  label: "label: ;",
  with: "with (o) {}",
  debugger: "debugger;",
  generator: "function* g() {}",
};

/**
 * `import` prints alone: the parser only makes these nodes from `import(` and `import.`, and the call
 * or member around the node supplies the rest.
 */
const unsupportedExpression: Record<A.UnsupportedExpression["construct"], string> = {
  class: "class {}",
  "dynamic-import": "import",
  yield: "yield",
  super: "super",
  "import-meta": "import",
};
