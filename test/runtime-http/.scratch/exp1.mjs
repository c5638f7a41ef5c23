// compiler/compile.ts
import { createHash } from "node:crypto";
import { readFileSync, existsSync } from "node:fs";
import { dirname, join as joinPath, resolve } from "node:path";

// grammar/tokens.ts
import { createToken, Lexer } from "chevrotain";
var tokens = [];
function token(config) {
  const t = createToken(config);
  tokens.push(t);
  return t;
}
var IdentifierName = createToken({ name: "IdentifierName", pattern: Lexer.NA });
var BinaryOperator = createToken({ name: "BinaryOperator", pattern: Lexer.NA });
var AssignOperator = createToken({ name: "AssignOperator", pattern: Lexer.NA });
var WhiteSpace = token({ name: "WhiteSpace", pattern: /[ \t\n\r\v\f\u00a0\ufeff\u2028\u2029]+/, group: Lexer.SKIPPED, line_breaks: true });
var LineComment = token({ name: "LineComment", pattern: /\/\/[^\n\r\u2028\u2029]*/, group: "comments" });
var BlockComment = token({ name: "BlockComment", pattern: /\/\*[\s\S]*?\*\//, group: "comments", line_breaks: true });
var Identifier = token({ name: "Identifier", pattern: /[A-Za-z_$\u00c0-\uffff][\w$\u00c0-\uffff]*/, categories: [IdentifierName] });
function keyword(word, name) {
  return createToken({
    name: name ?? word[0].toUpperCase() + word.slice(1),
    pattern: new RegExp(word),
    longer_alt: Identifier,
    categories: [IdentifierName]
  });
}
var Of = createToken({ name: "Of", pattern: /of/, longer_alt: Identifier, categories: [Identifier, IdentifierName] });
var Async = createToken({ name: "Async", pattern: /async/, longer_alt: Identifier, categories: [Identifier, IdentifierName] });
var Const = keyword("const");
var Let = keyword("let");
var Var = keyword("var");
var FunctionKw = keyword("function", "Function");
var Return = keyword("return");
var If = keyword("if");
var Else = keyword("else");
var For = keyword("for");
var While = keyword("while");
var Do = keyword("do");
var Break = keyword("break");
var Continue = keyword("continue");
var Throw = keyword("throw");
var Try = keyword("try");
var Catch = keyword("catch");
var Finally = keyword("finally");
var New = keyword("new");
var Await = keyword("await");
var Typeof = keyword("typeof");
var Void = keyword("void");
var Delete = keyword("delete");
var Instanceof = createToken({ name: "Instanceof", pattern: /instanceof/, longer_alt: Identifier, categories: [IdentifierName, BinaryOperator] });
var In = createToken({ name: "In", pattern: /in/, longer_alt: Identifier, categories: [IdentifierName, BinaryOperator] });
var True = keyword("true");
var False = keyword("false");
var Null = keyword("null");
var This = keyword("this");
var Export = keyword("export");
var Import = keyword("import");
var Class = keyword("class");
var Switch = keyword("switch");
var With = keyword("with");
var Debugger = keyword("debugger");
var Yield = keyword("yield");
var Super = keyword("super");
var OtherReserved = createToken({
  name: "OtherReserved",
  pattern: /(?:case|default|enum|extends|static|implements|interface|package|private|protected|public)(?![\w$\u00c0-\uffff])/,
  categories: [IdentifierName]
});
var keywords = [
  Const,
  Let,
  Var,
  FunctionKw,
  Return,
  If,
  Else,
  For,
  While,
  Do,
  Break,
  Continue,
  Throw,
  Try,
  Catch,
  Finally,
  New,
  Await,
  Typeof,
  Void,
  Delete,
  Instanceof,
  In,
  True,
  False,
  Null,
  This,
  Export,
  Import,
  Class,
  Switch,
  With,
  Debugger,
  Yield,
  Super,
  Of,
  Async,
  OtherReserved
];
var NumberLiteral = token({
  name: "NumberLiteral",
  pattern: /(?:0[xX][\da-fA-F](?:_?[\da-fA-F])*|0[oO][0-7](?:_?[0-7])*|0[bB][01](?:_?[01])*|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?)n?/
});
var StringLiteral = token({
  name: "StringLiteral",
  pattern: /"(?:[^"\\\n\r]|\\[\s\S])*"|'(?:[^'\\\n\r]|\\[\s\S])*'/,
  line_breaks: true
});
var regexBody = /\/(?![*/])(?:[^/\\\[\n\r]|\\.|\[(?:[^\]\\\n\r]|\\.)*\])+\/[dgimsuvy]*/y;
var dividesAfter = /* @__PURE__ */ new Set(["Identifier", "NumberLiteral", "StringLiteral", "RegExpLiteral", "RParen", "RBracket", "RCurly", "BacktickEnd", "PlusPlus", "MinusMinus", "True", "False", "Null", "This", "Of", "Async", "Super"]);
var RegExpLiteral = token({
  name: "RegExpLiteral",
  pattern: {
    exec(text, offset, matched) {
      const prev = matched[matched.length - 1];
      if (prev && dividesAfter.has(prev.tokenType.name)) return null;
      regexBody.lastIndex = offset;
      return regexBody.exec(text);
    }
  },
  line_breaks: false,
  start_chars_hint: ["/"]
});
var Backtick = token({ name: "Backtick", pattern: /`/, push_mode: "template" });
var TemplateChars = createToken({ name: "TemplateChars", pattern: /(?:[^`\\$]|\\[\s\S]|\$(?!\{))+/, line_breaks: true });
var TemplateExprStart = createToken({ name: "TemplateExprStart", pattern: /\$\{/, push_mode: "code" });
var BacktickEnd = createToken({ name: "BacktickEnd", pattern: /`/, pop_mode: true });
function punct(name, pattern, categories = []) {
  return token({ name, pattern, categories });
}
var Arrow = punct("Arrow", /=>/);
var Ellipsis = punct("Ellipsis", /\.\.\./);
var QuestionDot = punct("QuestionDot", /\?\.(?!\d)/);
var LCurly = token({ name: "LCurly", pattern: /\{/, push_mode: "code" });
var RCurly = token({ name: "RCurly", pattern: /\}/, pop_mode: true });
var LParen = punct("LParen", /\(/);
var RParen = punct("RParen", /\)/);
var LBracket = punct("LBracket", /\[/);
var RBracket = punct("RBracket", /\]/);
var Semicolon = punct("Semicolon", /;/);
var Comma = punct("Comma", /,/);
var AssignCompound = punct("AssignCompound", /(?:\*\*|>>>|<<|>>|&&|\|\||\?\?|[-+*/%&|^])=/, [AssignOperator]);
var StrictEq = punct("StrictEq", /===|!==/, [BinaryOperator]);
var LooseEq = punct("LooseEq", /==|!=/, [BinaryOperator]);
var Equals = punct("Equals", /=/, [AssignOperator]);
var Logical = punct("Logical", /&&|\|\||\?\?/, [BinaryOperator]);
var Question = punct("Question", /\?/);
var Colon = punct("Colon", /:/);
var PlusPlus = punct("PlusPlus", /\+\+/);
var MinusMinus = punct("MinusMinus", /--/);
var Exponent = punct("Exponent", /\*\*/, [BinaryOperator]);
var Shift = punct("Shift", />>>|<<|>>/, [BinaryOperator]);
var Relational = punct("Relational", /<=|>=|<|>/, [BinaryOperator]);
var Plus = punct("Plus", /\+/, [BinaryOperator]);
var Minus = punct("Minus", /-/, [BinaryOperator]);
var Multiplicative = punct("Multiplicative", /[*/%]/, [BinaryOperator]);
var Bitwise = punct("Bitwise", /[&|^]/, [BinaryOperator]);
var Bang = punct("Bang", /!/);
var Tilde = punct("Tilde", /~/);
var Dot = punct("Dot", /\./);
var Hash = punct("Hash", /#/);
var codeTokens = [
  WhiteSpace,
  LineComment,
  BlockComment,
  ...keywords,
  Identifier,
  NumberLiteral,
  StringLiteral,
  RegExpLiteral,
  Backtick,
  Arrow,
  Ellipsis,
  QuestionDot,
  LCurly,
  RCurly,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Semicolon,
  Comma,
  AssignCompound,
  StrictEq,
  LooseEq,
  Equals,
  Logical,
  Question,
  Colon,
  PlusPlus,
  MinusMinus,
  Exponent,
  Shift,
  Relational,
  Plus,
  Minus,
  Multiplicative,
  Bitwise,
  Bang,
  Tilde,
  Dot,
  Hash
];
var templateTokens = [TemplateChars, TemplateExprStart, BacktickEnd];
var allTokens = [IdentifierName, BinaryOperator, AssignOperator, ...codeTokens, ...templateTokens];
var WfLexer = new Lexer(
  { modes: { code: codeTokens, template: templateTokens }, defaultMode: "code" },
  { positionTracking: "onlyOffset", ensureOptimizations: false, skipValidations: true }
);

// grammar/parser.ts
import { EmbeddedActionsParser, EOF } from "chevrotain";

// grammar/strings.ts
var simple = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f", v: "\v", "0": "\0" };
function cookString(raw) {
  if (!raw.includes("\\")) return raw;
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c2 = raw[i];
    if (c2 !== "\\") {
      out += c2;
      continue;
    }
    const n = raw[++i];
    if (n === void 0) break;
    if (n in simple && !(n === "0" && /\d/.test(raw[i + 1] ?? ""))) out += simple[n];
    else if (n === "x" && /^[\da-fA-F]{2}$/.test(raw.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (n === "u" && raw[i + 1] === "{") {
      const close = raw.indexOf("}", i);
      const code = parseInt(raw.slice(i + 2, close), 16);
      out += Number.isFinite(code) && code <= 1114111 ? String.fromCodePoint(code) : "";
      i = close;
    } else if (n === "u" && /^[\da-fA-F]{4}$/.test(raw.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (n === "\r") {
      if (raw[i + 1] === "\n") i++;
    } else if (n === "\n" || n === "\u2028" || n === "\u2029") {
    } else out += n;
  }
  return out;
}
function cookTemplate(raw) {
  return cookString(raw.replace(/\r\n?/g, "\n"));
}

// grammar/parser.ts
var MAX_NESTING = Number(process.env.WFC_MAX_NESTING) || 160;
var NestingTooDeep = class extends Error {
  constructor(token2) {
    super("nesting too deep");
    this.token = token2;
  }
  token;
};
var SPAN0 = { start: 0, end: 0 };
var binaryPrecedence = {
  "??": 1,
  "||": 2,
  "&&": 3,
  "|": 4,
  "^": 5,
  "&": 6,
  "==": 7,
  "!=": 7,
  "===": 7,
  "!==": 7,
  "<": 8,
  ">": 8,
  "<=": 8,
  ">=": 8,
  in: 8,
  instanceof: 8,
  "<<": 9,
  ">>": 9,
  ">>>": 9,
  "+": 10,
  "-": 10,
  "*": 11,
  "/": 11,
  "%": 11,
  "**": 12
};
var names = {
  LParen: "`(`",
  RParen: "`)`",
  LCurly: "`{`",
  RCurly: "`}`",
  LBracket: "`[`",
  RBracket: "`]`",
  Semicolon: "`;`",
  Comma: "`,`",
  Colon: "`:`",
  Arrow: "`=>`",
  Dot: "`.`",
  Equals: "`=`",
  Identifier: "a name",
  IdentifierName: "a name",
  StringLiteral: "a string",
  NumberLiteral: "a number",
  EOF: "the end of the file",
  BacktickEnd: "the closing backtick",
  Backtick: "a template literal",
  TemplateChars: "template text",
  RegExpLiteral: "a regular expression"
};
function describeExpected(t) {
  if (names[t.name]) return names[t.name];
  return `\`${t.name.toLowerCase()}\``;
}
function describeToken(tok) {
  if (!tok || tok.tokenType === EOF) return "the end of the file";
  const image = tok.image.length > 24 ? tok.image.slice(0, 21) + "\u2026" : tok.image;
  if (tok.tokenType === StringLiteral) return `the string ${image}`;
  if (tok.tokenType === NumberLiteral) return `the number \`${image}\``;
  if (tok.tokenType === Identifier) return `the name \`${image}\``;
  return `\`${image}\``;
}
var ruleDescriptions = {
  statement: "a statement",
  expression: "an expression",
  assignment: "an expression",
  unary: "an expression",
  primary: "an expression",
  bindingTarget: "a name or a destructuring pattern",
  propertyKey: "a property name",
  forStatement: "a `for\u2026of` or counted `for` loop",
  arrowParams: "arrow-function parameters",
  arrayLiteral: "`,` or `]`",
  objectLiteral: "`,` or `}`",
  arguments: "`,` or `)`",
  formalParameters: "`,` or `)`"
};
var errorMessages = {
  buildMismatchTokenMessage({ expected, actual }) {
    if (expected === EOF) return `unexpected ${describeToken(actual)}: it does not continue any statement`;
    return `expected ${describeExpected(expected)} but found ${describeToken(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `unexpected ${describeToken(firstRedundant)}`;
  },
  buildNoViableAltMessage({ actual, ruleName }) {
    return `expected ${ruleDescriptions[ruleName] ?? "an expression"} but found ${describeToken(actual[0])}`;
  },
  buildEarlyExitMessage({ actual, ruleName }) {
    return `expected ${ruleDescriptions[ruleName] ?? "more input"} but found ${describeToken(actual[0])}`;
  }
};
function spanOf(first, last) {
  return { start: startOf(first), end: endOf(last) };
}
function startOf(x) {
  if ("span" in x) return x.span.start;
  if ("startOffset" in x) return x.startOffset;
  return x.start;
}
function endOf(x) {
  if ("span" in x) return x.span.end;
  if ("startOffset" in x) return x.startOffset + x.image.length;
  return x.end;
}
var WfParser = class extends EmbeddedActionsParser {
  /** Current nesting depth, counted on statements, expressions and unary operators. */
  depth = 0;
  text = "";
  terminatorProblems = [];
  constructor() {
    super(allTokens, {
      recoveryEnabled: true,
      maxLookahead: 3,
      errorMessageProvider: errorMessages,
      // Validations run in the test suite (grammar self-analysis); skipping them at run time halves start-up.
      skipValidations: process.env.WFC_VALIDATE_GRAMMAR !== "1"
    });
    this.performSelfAnalysis();
  }
  begin(text) {
    this.text = text;
    this.depth = 0;
    this.terminatorProblems = [];
  }
  enter() {
    if (!this.RECORDING_PHASE && ++this.depth > MAX_NESTING) throw new NestingTooDeep(this.LA(1));
  }
  leave() {
    if (!this.RECORDING_PHASE) this.depth--;
  }
  /** True when a line terminator (or a comment containing one) separates the two tokens. */
  newlineBetween(a, b) {
    const from = a.startOffset + a.image.length;
    const to = b.startOffset;
    for (let i = from; i < to; i++) {
      const c2 = this.text.charCodeAt(i);
      if (c2 === 10 || c2 === 13 || c2 === 8232 || c2 === 8233) return true;
    }
    return false;
  }
  /** Statement end: `;`, or (automatic semicolon insertion) a newline, a `}` or the end of the file. */
  terminator() {
    let semi = false;
    this.OPTION9(() => {
      this.CONSUME9(Semicolon);
      semi = true;
    });
    this.ACTION(() => {
      if (semi) return;
      const next = this.LA(1);
      const prev = this.LA(0);
      if (next.tokenType === EOF || next.tokenType === RCurly) return;
      if (prev && this.newlineBetween(prev, next)) return;
      this.terminatorProblems.push({ token: next });
    });
  }
  // ============================================================== program & statements
  program = this.RULE("program", () => {
    const body = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.statement);
      this.ACTION(() => s && body.push(s));
    });
    return this.ACTION(() => ({ type: "Program", body, comments: [], span: { start: 0, end: this.text.length } }));
  });
  statement = this.RULE(
    "statement",
    () => {
      this.enter();
      try {
        return this.OR({ MAX_LOOKAHEAD: 1, DEF: [
          { ALT: () => this.SUBRULE(this.variableStatement) },
          {
            GATE: () => this.LA(1).tokenType === FunctionKw || this.LA(1).tokenType === Async && this.LA(2).tokenType === FunctionKw,
            ALT: () => this.SUBRULE(this.functionDeclaration)
          },
          { ALT: () => this.SUBRULE(this.exportStatement) },
          { ALT: () => this.SUBRULE(this.returnStatement) },
          { ALT: () => this.SUBRULE(this.ifStatement) },
          { ALT: () => this.SUBRULE(this.forStatement) },
          { ALT: () => this.SUBRULE(this.whileStatement) },
          { ALT: () => this.SUBRULE(this.doWhileStatement) },
          { ALT: () => this.SUBRULE(this.breakStatement) },
          { ALT: () => this.SUBRULE(this.continueStatement) },
          { ALT: () => this.SUBRULE(this.throwStatement) },
          { ALT: () => this.SUBRULE(this.tryStatement) },
          { ALT: () => this.SUBRULE(this.block) },
          {
            GATE: () => this.LA(1).tokenType !== Import || this.LA(2).tokenType !== LParen && this.LA(2).tokenType !== Dot,
            ALT: () => this.SUBRULE(this.unsupportedStatement)
          },
          {
            ALT: () => {
              const t = this.CONSUME(Semicolon);
              return this.ACTION(() => ({ type: "EmptyStatement", span: spanOf(t, t) }));
            }
          },
          {
            GATE: () => this.LA(1).tokenType === Identifier && this.LA(2).tokenType === Colon,
            ALT: () => {
              const label = this.CONSUME(Identifier);
              this.CONSUME(Colon);
              const body = this.SUBRULE2(this.statement);
              return this.ACTION(() => ({ type: "UnsupportedStatement", construct: "label", span: spanOf(label, body ?? label) }));
            }
          },
          { GATE: () => this.LA(1).tokenType !== LCurly, ALT: () => this.SUBRULE(this.expressionStatement) }
        ] });
      } finally {
        this.leave();
      }
    },
    { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) }
  );
  variableStatement = this.RULE("variableStatement", () => {
    const decl = this.SUBRULE(this.variableDeclaration);
    this.terminator();
    return decl;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  variableDeclaration = this.RULE("variableDeclaration", () => {
    const kw = this.OR([{ ALT: () => this.CONSUME(Const) }, { ALT: () => this.CONSUME(Let) }, { ALT: () => this.CONSUME(Var) }]);
    const declarations = [];
    this.AT_LEAST_ONE_SEP({
      SEP: Comma,
      DEF: () => {
        const id = this.SUBRULE(this.bindingTarget);
        let init = null;
        this.OPTION(() => {
          this.CONSUME(Equals);
          init = this.SUBRULE(this.assignment);
        });
        this.ACTION(() => declarations.push({ type: "VariableDeclarator", id, init, span: spanOf(id, init ?? id) }));
      }
    });
    return this.ACTION(() => ({
      type: "VariableDeclaration",
      kind: kw.image,
      declarations,
      span: spanOf(kw, declarations[declarations.length - 1] ?? kw)
    }));
  }, { recoveryValueFunc: () => ({ type: "VariableDeclaration", kind: "const", declarations: [], span: SPAN0 }) });
  functionDeclaration = this.RULE("functionDeclaration", () => {
    let asyncTok;
    this.OPTION(() => asyncTok = this.CONSUME(Async));
    const fn = this.CONSUME(FunctionKw);
    let star;
    this.OPTION2(() => star = this.CONSUME(Multiplicative));
    const id = this.CONSUME(Identifier);
    const params = this.SUBRULE(this.formalParameters);
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => {
      const span = spanOf(asyncTok ?? fn, body);
      if (star) return { type: "UnsupportedStatement", construct: "generator", span };
      return { type: "FunctionDeclaration", id: this.ident(id), params, body, async: !!asyncTok, span };
    });
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  formalParameters = this.RULE("formalParameters", () => {
    const params = [];
    this.CONSUME(LParen);
    this.MANY(() => {
      const p = this.SUBRULE(this.parameter);
      this.ACTION(() => params.push(p));
      this.OR([{ ALT: () => void this.CONSUME(Comma) }, { GATE: () => this.LA(1).tokenType === RParen, ALT: () => void 0 }]);
    });
    this.CONSUME(RParen);
    return params;
  }, { recoveryValueFunc: () => [] });
  parameter = this.RULE("parameter", () => {
    return this.OR([
      {
        ALT: () => {
          const dots = this.CONSUME(Ellipsis);
          const arg = this.SUBRULE(this.bindingTarget);
          return this.ACTION(() => ({ type: "RestElement", argument: arg, span: spanOf(dots, arg) }));
        }
      },
      {
        ALT: () => {
          const target = this.SUBRULE2(this.bindingTarget);
          let dflt;
          this.OPTION(() => {
            this.CONSUME(Equals);
            dflt = this.SUBRULE(this.assignment);
          });
          return this.ACTION(() => dflt ? { type: "AssignmentPattern", left: target, right: dflt, span: spanOf(target, dflt) } : target);
        }
      }
    ]);
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  bindingTarget = this.RULE(
    "bindingTarget",
    () => {
      return this.OR([
        { ALT: () => this.ident(this.CONSUME(Identifier)) },
        {
          ALT: () => {
            const open = this.CONSUME(LCurly);
            const properties = [];
            this.MANY(() => {
              this.OR2([
                {
                  ALT: () => {
                    const dots = this.CONSUME(Ellipsis);
                    const arg = this.SUBRULE(this.bindingTarget);
                    this.ACTION(() => properties.push({ type: "RestElement", argument: arg, span: spanOf(dots, arg) }));
                  }
                },
                {
                  ALT: () => {
                    const key = this.SUBRULE(this.propertyKey);
                    let value;
                    this.OPTION(() => {
                      this.CONSUME(Colon);
                      value = this.SUBRULE(this.parameter);
                    });
                    let dflt;
                    this.OPTION2(() => {
                      this.CONSUME(Equals);
                      dflt = this.SUBRULE(this.assignment);
                    });
                    this.ACTION(() => {
                      const shorthand = !value;
                      let v = value ?? (key.key.type === "Identifier" ? { ...key.key } : { type: "Identifier", name: "", span: key.key.span });
                      if (dflt) v = { type: "AssignmentPattern", left: v, right: dflt, span: spanOf(v, dflt) };
                      properties.push({ type: "PatternProperty", key: key.key, computed: key.computed, shorthand, value: v, span: spanOf(key.span, v) });
                    });
                  }
                }
              ]);
              this.OPTION3(() => this.CONSUME(Comma));
            });
            const close = this.CONSUME(RCurly);
            return this.ACTION(() => ({ type: "ObjectPattern", properties, span: spanOf(open, close) }));
          }
        },
        {
          ALT: () => {
            const open = this.CONSUME(LBracket);
            const elements = [];
            this.MANY2(() => {
              this.OR3([
                {
                  ALT: () => {
                    this.CONSUME2(Comma);
                    this.ACTION(() => elements.push(null));
                  }
                },
                {
                  ALT: () => {
                    const p = this.SUBRULE2(this.parameter);
                    this.ACTION(() => elements.push(p));
                    this.OPTION4(() => this.CONSUME3(Comma));
                  }
                }
              ]);
            });
            const close = this.CONSUME(RBracket);
            return this.ACTION(() => ({ type: "ArrayPattern", elements, span: spanOf(open, close) }));
          }
        }
      ]);
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) }
  );
  exportStatement = this.RULE("exportStatement", () => {
    const kw = this.CONSUME(Export);
    return this.OR([
      {
        ALT: () => {
          const decl = this.SUBRULE(this.variableDeclaration);
          this.terminator();
          return this.ACTION(() => ({ type: "ExportNamedDeclaration", declaration: decl, span: spanOf(kw, decl) }));
        }
      },
      {
        // `export default …`, `export function …`, `export { … }`: reported as an unsupported export.
        ALT: () => {
          this.ACTION(() => this.skipStatementTokens());
          return this.ACTION(() => ({ type: "UnsupportedStatement", construct: "export", span: spanOf(kw, this.LA(0)) }));
        }
      }
    ]);
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  returnStatement = this.RULE("returnStatement", () => {
    const kw = this.CONSUME(Return);
    let argument = null;
    this.OPTION({
      GATE: () => !this.newlineBetween(kw, this.LA(1)) && this.LA(1).tokenType !== Semicolon && this.LA(1).tokenType !== RCurly && this.LA(1).tokenType !== EOF,
      DEF: () => argument = this.SUBRULE(this.expression)
    });
    this.terminator();
    return this.ACTION(() => ({ type: "ReturnStatement", argument, span: spanOf(kw, argument ?? kw) }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  ifStatement = this.RULE("ifStatement", () => {
    const kw = this.CONSUME(If);
    this.CONSUME(LParen);
    const test = this.SUBRULE(this.expression);
    this.CONSUME(RParen);
    const consequent = this.SUBRULE(this.statement);
    let alternate = null;
    this.OPTION(() => {
      this.CONSUME(Else);
      alternate = this.SUBRULE2(this.statement);
    });
    return this.ACTION(() => ({ type: "IfStatement", test, consequent, alternate, span: spanOf(kw, alternate ?? consequent) }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  forStatement = this.RULE("forStatement", () => {
    const kw = this.CONSUME(For);
    let awaitTok;
    this.OPTION(() => awaitTok = this.CONSUME(Await));
    this.CONSUME(LParen);
    let init = null;
    let kind = "counted";
    let right;
    let test = null;
    let update = null;
    this.OR([
      {
        GATE: () => this.isDeclarationHead(),
        ALT: () => {
          const kwTok = this.OR2([{ ALT: () => this.CONSUME(Const) }, { ALT: () => this.CONSUME(Let) }, { ALT: () => this.CONSUME(Var) }]);
          const target = this.SUBRULE(this.bindingTarget);
          this.OR3([
            {
              ALT: () => {
                this.CONSUME(Of);
                right = this.SUBRULE(this.assignment);
                kind = "of";
              }
            },
            {
              ALT: () => {
                this.CONSUME(In);
                right = this.SUBRULE(this.expression);
                kind = "in";
              }
            },
            {
              ALT: () => {
                const declarations = [];
                let first = null;
                this.OPTION2(() => {
                  this.CONSUME(Equals);
                  first = this.SUBRULE2(this.assignment);
                });
                this.ACTION(() => declarations.push({ type: "VariableDeclarator", id: target, init: first, span: spanOf(target, first ?? target) }));
                this.MANY(() => {
                  this.CONSUME(Comma);
                  const id = this.SUBRULE2(this.bindingTarget);
                  let i2 = null;
                  this.OPTION3(() => {
                    this.CONSUME2(Equals);
                    i2 = this.SUBRULE3(this.assignment);
                  });
                  this.ACTION(() => declarations.push({ type: "VariableDeclarator", id, init: i2, span: spanOf(id, i2 ?? id) }));
                });
                this.ACTION(() => {
                  init = { type: "VariableDeclaration", kind: kwTok.image, declarations, span: spanOf(kwTok, declarations[declarations.length - 1]) };
                });
              }
            }
          ]);
          this.ACTION(() => {
            if (kind !== "counted") {
              init = {
                type: "VariableDeclaration",
                kind: kwTok.image,
                declarations: [{ type: "VariableDeclarator", id: target, init: null, span: target.span }],
                span: spanOf(kwTok, target)
              };
            }
          });
        }
      },
      {
        ALT: () => {
          this.OPTION4(() => init = this.SUBRULE2(this.expression));
        }
      }
    ]);
    this.OPTION5({
      GATE: () => kind === "counted",
      DEF: () => {
        this.CONSUME(Semicolon);
        this.OPTION6(() => test = this.SUBRULE3(this.expression));
        this.CONSUME2(Semicolon);
        this.OPTION7(() => update = this.SUBRULE4(this.expression));
      }
    });
    this.CONSUME(RParen);
    const body = this.SUBRULE(this.statement);
    return this.ACTION(() => {
      const span = spanOf(kw, body);
      if (kind === "in") return { type: "UnsupportedStatement", construct: "for-in", span };
      if (kind === "of") {
        if (awaitTok) return { type: "UnsupportedStatement", construct: "for-in", span: spanOf(kw, awaitTok) };
        return { type: "ForOfStatement", left: init, right, body, span };
      }
      return { type: "ForStatement", init, test, update, body, span };
    });
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  whileStatement = this.RULE("whileStatement", () => {
    const kw = this.CONSUME(While);
    this.CONSUME(LParen);
    const test = this.SUBRULE(this.expression);
    this.CONSUME(RParen);
    const body = this.SUBRULE(this.statement);
    return this.ACTION(() => ({ type: "WhileStatement", test, body, span: spanOf(kw, body) }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  doWhileStatement = this.RULE("doWhileStatement", () => {
    const kw = this.CONSUME(Do);
    this.SUBRULE(this.statement);
    this.CONSUME(While);
    this.CONSUME(LParen);
    this.SUBRULE(this.expression);
    const close = this.CONSUME(RParen);
    this.OPTION(() => this.CONSUME(Semicolon));
    return this.ACTION(() => ({ type: "UnsupportedStatement", construct: "do-while", span: spanOf(kw, close) }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  breakStatement = this.RULE("breakStatement", () => {
    const kw = this.CONSUME(Break);
    let label;
    this.OPTION({ GATE: () => !this.newlineBetween(kw, this.LA(1)), DEF: () => label = this.CONSUME(Identifier) });
    this.terminator();
    return this.ACTION(
      () => label ? { type: "UnsupportedStatement", construct: "label", span: spanOf(kw, label) } : { type: "BreakStatement", span: spanOf(kw, kw) }
    );
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  continueStatement = this.RULE("continueStatement", () => {
    const kw = this.CONSUME(Continue);
    let label;
    this.OPTION({ GATE: () => !this.newlineBetween(kw, this.LA(1)), DEF: () => label = this.CONSUME(Identifier) });
    this.terminator();
    return this.ACTION(
      () => label ? { type: "UnsupportedStatement", construct: "label", span: spanOf(kw, label) } : { type: "ContinueStatement", span: spanOf(kw, kw) }
    );
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  throwStatement = this.RULE("throwStatement", () => {
    const kw = this.CONSUME(Throw);
    const argument = this.SUBRULE(this.expression);
    this.terminator();
    return this.ACTION(() => ({ type: "ThrowStatement", argument, span: spanOf(kw, argument) }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  tryStatement = this.RULE("tryStatement", () => {
    const kw = this.CONSUME(Try);
    const block = this.SUBRULE(this.block);
    let handler = null;
    let finalizer = null;
    this.OPTION(() => {
      const c2 = this.CONSUME(Catch);
      let param = null;
      this.OPTION2(() => {
        this.CONSUME(LParen);
        param = this.SUBRULE(this.bindingTarget);
        this.CONSUME(RParen);
      });
      const body = this.SUBRULE2(this.block);
      this.ACTION(() => handler = { type: "CatchClause", param, body, span: spanOf(c2, body) });
    });
    this.OPTION3(() => {
      this.CONSUME(Finally);
      finalizer = this.SUBRULE3(this.block);
    });
    return this.ACTION(() => ({ type: "TryStatement", block, handler, finalizer, span: spanOf(kw, finalizer ?? handler ?? block) }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  block = this.RULE("block", () => {
    const open = this.CONSUME(LCurly);
    const body = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.statement);
      this.ACTION(() => s && body.push(s));
    });
    const close = this.CONSUME(RCurly);
    return this.ACTION(() => ({ type: "BlockStatement", body, span: spanOf(open, close) }));
  }, { recoveryValueFunc: () => ({ type: "BlockStatement", body: [], span: SPAN0 }) });
  unsupportedStatement = this.RULE("unsupportedStatement", () => {
    const kw = this.OR([
      { ALT: () => this.CONSUME(Class) },
      { ALT: () => this.CONSUME(Import) },
      { ALT: () => this.CONSUME(Switch) },
      { ALT: () => this.CONSUME(With) },
      { ALT: () => this.CONSUME(Debugger) }
    ]);
    this.ACTION(() => this.skipStatementTokens());
    return this.ACTION(() => {
      const construct = { class: "class", import: "import", switch: "switch", with: "with", debugger: "debugger" }[kw.image];
      return { type: "UnsupportedStatement", construct, span: spanOf(kw, this.LA(0)) };
    });
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  expressionStatement = this.RULE("expressionStatement", () => {
    const expression = this.SUBRULE(this.expression);
    this.terminator();
    return this.ACTION(() => ({ type: "ExpressionStatement", expression, span: expression.span }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  // ============================================================== expressions
  expression = this.RULE(
    "expression",
    () => {
      const first = this.SUBRULE(this.assignment);
      const rest = [];
      this.MANY(() => {
        this.CONSUME(Comma);
        const e = this.SUBRULE2(this.assignment);
        this.ACTION(() => rest.push(e));
      });
      return this.ACTION(
        () => rest.length === 0 ? first : { type: "SequenceExpression", expressions: [first, ...rest], span: spanOf(first, rest[rest.length - 1]) }
      );
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) }
  );
  assignment = this.RULE(
    "assignment",
    () => {
      this.enter();
      try {
        return this.OR({
          MAX_LOOKAHEAD: 1,
          DEF: [
            { GATE: () => this.isArrowAhead(), ALT: () => this.SUBRULE(this.arrowFunction) },
            {
              GATE: () => this.LA(1).tokenType === Yield,
              ALT: () => {
                const kw = this.CONSUME(Yield);
                this.OPTION(() => this.SUBRULE2(this.assignment));
                return this.ACTION(() => ({ type: "UnsupportedExpression", construct: "yield", span: spanOf(kw, this.LA(0)) }));
              }
            },
            {
              ALT: () => {
                const left = this.SUBRULE(this.conditional);
                let op;
                let right;
                this.OPTION2(() => {
                  op = this.CONSUME(AssignOperator);
                  right = this.SUBRULE3(this.assignment);
                });
                return this.ACTION(() => {
                  if (!op || !right) return left;
                  return { type: "AssignmentExpression", operator: op.image, left: toAssignTarget(left), right, span: spanOf(left, right) };
                });
              }
            }
          ]
        });
      } finally {
        this.leave();
      }
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) }
  );
  arrowFunction = this.RULE("arrowFunction", () => {
    let asyncTok;
    this.OPTION({ GATE: () => this.LA(2).tokenType !== Arrow, DEF: () => asyncTok = this.CONSUME(Async) });
    const params = this.SUBRULE(this.arrowParams);
    this.CONSUME(Arrow);
    const body = this.OR({
      MAX_LOOKAHEAD: 1,
      DEF: [
        { GATE: () => this.LA(1).tokenType === LCurly, ALT: () => this.SUBRULE(this.block) },
        { ALT: () => this.SUBRULE(this.assignment) }
      ]
    });
    return this.ACTION(() => ({
      type: "ArrowFunctionExpression",
      params: params.list,
      body,
      async: !!asyncTok,
      span: spanOf(asyncTok ?? params.first, body)
    }));
  }, { recoveryValueFunc: () => ({ type: "ArrowFunctionExpression", params: [], body: { type: "Identifier", name: "", span: SPAN0 }, async: false, span: SPAN0 }) });
  arrowParams = this.RULE("arrowParams", () => {
    return this.OR([
      {
        ALT: () => {
          const id = this.CONSUME(Identifier);
          return this.ACTION(() => ({ list: [this.ident(id)], first: id }));
        }
      },
      {
        ALT: () => {
          const first = this.LA(1);
          const list = this.SUBRULE(this.formalParameters);
          return { list, first };
        }
      }
    ]);
  }, { recoveryValueFunc: () => ({ list: [], first: { startOffset: 0, image: "" } }) });
  conditional = this.RULE("conditional", () => {
    const test = this.SUBRULE(this.binary);
    let consequent;
    let alternate;
    this.OPTION(() => {
      this.CONSUME(Question);
      consequent = this.SUBRULE(this.assignment);
      this.CONSUME(Colon);
      alternate = this.SUBRULE2(this.assignment);
    });
    return this.ACTION(
      () => consequent && alternate ? { type: "ConditionalExpression", test, consequent, alternate, span: spanOf(test, alternate) } : test
    );
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  binary = this.RULE("binary", () => {
    const operands = [this.SUBRULE(this.unary)];
    const operators = [];
    this.MANY(() => {
      const op = this.CONSUME(BinaryOperator);
      const rhs = this.SUBRULE2(this.unary);
      this.ACTION(() => {
        operators.push(op.image);
        operands.push(rhs);
      });
    });
    return this.ACTION(() => foldBinary(operands, operators));
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  unary = this.RULE(
    "unary",
    () => {
      this.enter();
      try {
        return this.OR([
          {
            ALT: () => {
              const op = this.OR2([
                { ALT: () => this.CONSUME(Bang) },
                { ALT: () => this.CONSUME(Tilde) },
                { ALT: () => this.CONSUME(Plus) },
                { ALT: () => this.CONSUME(Minus) },
                { ALT: () => this.CONSUME(Typeof) },
                { ALT: () => this.CONSUME(Void) },
                { ALT: () => this.CONSUME(Delete) }
              ]);
              const argument = this.SUBRULE(this.unary);
              return this.ACTION(() => ({ type: "UnaryExpression", operator: op.image, argument, span: spanOf(op, argument) }));
            }
          },
          {
            ALT: () => {
              const op = this.OR3([{ ALT: () => this.CONSUME(PlusPlus) }, { ALT: () => this.CONSUME(MinusMinus) }]);
              const argument = this.SUBRULE2(this.unary);
              return this.ACTION(() => ({ type: "UpdateExpression", operator: op.image, prefix: true, argument, span: spanOf(op, argument) }));
            }
          },
          {
            ALT: () => {
              const kw = this.CONSUME(Await);
              const argument = this.SUBRULE3(this.unary);
              return this.ACTION(() => ({ type: "AwaitExpression", argument, span: spanOf(kw, argument) }));
            }
          },
          { ALT: () => this.SUBRULE(this.postfix) }
        ]);
      } finally {
        this.leave();
      }
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) }
  );
  postfix = this.RULE("postfix", () => {
    const argument = this.SUBRULE(this.callMember);
    let op;
    this.OPTION({
      GATE: () => !this.newlineBetween(this.LA(0), this.LA(1)),
      DEF: () => op = this.OR([{ ALT: () => this.CONSUME(PlusPlus) }, { ALT: () => this.CONSUME(MinusMinus) }])
    });
    return this.ACTION(
      () => op ? { type: "UpdateExpression", operator: op.image, prefix: false, argument, span: spanOf(argument, op) } : argument
    );
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  /** Member access, calls, optional chains and tagged templates, left to right. */
  callMember = this.RULE("callMember", () => {
    let node = this.OR([
      { GATE: () => this.LA(1).tokenType === New, ALT: () => this.SUBRULE(this.newExpression) },
      { ALT: () => this.SUBRULE(this.primary) }
    ]);
    let optionalSeen = false;
    this.MANY(() => {
      this.OR2([
        {
          ALT: () => {
            this.CONSUME(Dot);
            const name = this.OR3([{ ALT: () => this.CONSUME(IdentifierName) }, { ALT: () => this.CONSUME(Hash) }]);
            this.ACTION(() => {
              node = { type: "MemberExpression", object: node, property: this.ident(name), computed: false, optional: false, span: spanOf(node, name) };
            });
          }
        },
        {
          ALT: () => {
            this.CONSUME(QuestionDot);
            this.ACTION(() => optionalSeen = true);
            this.OR4([
              {
                ALT: () => {
                  const name = this.CONSUME2(IdentifierName);
                  this.ACTION(() => {
                    node = { type: "MemberExpression", object: node, property: this.ident(name), computed: false, optional: true, span: spanOf(node, name) };
                  });
                }
              },
              {
                ALT: () => {
                  this.CONSUME(LBracket);
                  const prop = this.SUBRULE(this.expression);
                  const close = this.CONSUME(RBracket);
                  this.ACTION(() => {
                    node = { type: "MemberExpression", object: node, property: prop, computed: true, optional: true, span: spanOf(node, close) };
                  });
                }
              },
              {
                ALT: () => {
                  const args = this.SUBRULE(this.arguments);
                  this.ACTION(() => {
                    node = { type: "CallExpression", callee: node, arguments: args.list, optional: true, span: spanOf(node, args.close) };
                  });
                }
              }
            ]);
          }
        },
        {
          ALT: () => {
            this.CONSUME2(LBracket);
            const prop = this.SUBRULE2(this.expression);
            const close = this.CONSUME2(RBracket);
            this.ACTION(() => {
              node = { type: "MemberExpression", object: node, property: prop, computed: true, optional: false, span: spanOf(node, close) };
            });
          }
        },
        {
          ALT: () => {
            const args = this.SUBRULE2(this.arguments);
            this.ACTION(() => {
              node = { type: "CallExpression", callee: node, arguments: args.list, optional: false, span: spanOf(node, args.close) };
            });
          }
        },
        {
          ALT: () => {
            const quasi = this.SUBRULE(this.templateLiteral);
            this.ACTION(() => {
              node = { type: "TaggedTemplateExpression", tag: node, quasi, span: spanOf(node, quasi) };
            });
          }
        }
      ]);
    });
    return this.ACTION(() => {
      if (optionalSeen && (node.type === "MemberExpression" || node.type === "CallExpression")) {
        return { type: "ChainExpression", expression: node, span: node.span };
      }
      return node;
    });
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  newExpression = this.RULE("newExpression", () => {
    const kw = this.CONSUME(New);
    let callee = this.OR([
      { GATE: () => this.LA(1).tokenType === New, ALT: () => this.SUBRULE(this.newExpression) },
      { ALT: () => this.SUBRULE(this.primary) }
    ]);
    this.MANY(() => {
      this.CONSUME(Dot);
      const name = this.CONSUME(IdentifierName);
      this.ACTION(() => {
        callee = { type: "MemberExpression", object: callee, property: this.ident(name), computed: false, optional: false, span: spanOf(callee, name) };
      });
    });
    let args;
    this.OPTION(() => args = this.SUBRULE(this.arguments));
    return this.ACTION(() => ({ type: "NewExpression", callee, arguments: args?.list ?? [], span: spanOf(kw, args?.close ?? callee) }));
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  arguments = this.RULE("arguments", () => {
    this.CONSUME(LParen);
    const list = [];
    this.MANY(() => {
      const a = this.SUBRULE(this.elementOrSpread);
      this.ACTION(() => list.push(a));
      this.OR([{ ALT: () => void this.CONSUME(Comma) }, { GATE: () => this.LA(1).tokenType === RParen, ALT: () => void 0 }]);
    });
    const close = this.CONSUME(RParen);
    return { list, close };
  }, { recoveryValueFunc: () => ({ list: [], close: { startOffset: 0, image: "" } }) });
  elementOrSpread = this.RULE("elementOrSpread", () => {
    return this.OR([
      {
        ALT: () => {
          const dots = this.CONSUME(Ellipsis);
          const argument = this.SUBRULE(this.assignment);
          return this.ACTION(() => ({ type: "SpreadElement", argument, span: spanOf(dots, argument) }));
        }
      },
      { ALT: () => this.SUBRULE2(this.assignment) }
    ]);
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  primary = this.RULE(
    "primary",
    () => {
      return this.OR({ MAX_LOOKAHEAD: 1, DEF: [
        {
          GATE: () => this.LA(1).tokenType === FunctionKw || this.LA(1).tokenType === Async && this.LA(2).tokenType === FunctionKw,
          ALT: () => this.SUBRULE(this.functionExpression)
        },
        { ALT: () => this.ident(this.CONSUME(Identifier)) },
        {
          ALT: () => {
            const t = this.CONSUME(NumberLiteral);
            return this.ACTION(() => ({ type: "NumericLiteral", value: parseNumber(t.image), raw: t.image, span: spanOf(t, t) }));
          }
        },
        {
          ALT: () => {
            const t = this.CONSUME(StringLiteral);
            return this.ACTION(() => ({ type: "StringLiteral", value: cookString(t.image.slice(1, -1)), raw: t.image, span: spanOf(t, t) }));
          }
        },
        {
          ALT: () => {
            const t = this.CONSUME(RegExpLiteral);
            return this.ACTION(() => {
              const slash = t.image.lastIndexOf("/");
              return { type: "RegExpLiteral", pattern: t.image.slice(1, slash), flags: t.image.slice(slash + 1), span: spanOf(t, t) };
            });
          }
        },
        {
          ALT: () => {
            const t = this.OR2([{ ALT: () => this.CONSUME(True) }, { ALT: () => this.CONSUME(False) }]);
            return this.ACTION(() => ({ type: "BooleanLiteral", value: t.image === "true", span: spanOf(t, t) }));
          }
        },
        {
          ALT: () => {
            const t = this.CONSUME(Null);
            return this.ACTION(() => ({ type: "NullLiteral", span: spanOf(t, t) }));
          }
        },
        {
          ALT: () => {
            const t = this.CONSUME(This);
            return this.ACTION(() => ({ type: "ThisExpression", span: spanOf(t, t) }));
          }
        },
        { ALT: () => this.SUBRULE(this.templateLiteral) },
        { ALT: () => this.SUBRULE(this.arrayLiteral) },
        { ALT: () => this.SUBRULE(this.objectLiteral) },
        {
          ALT: () => {
            this.CONSUME(LParen);
            const e = this.SUBRULE(this.expression);
            this.CONSUME(RParen);
            return e;
          }
        },
        {
          ALT: () => {
            const kw = this.OR3([{ ALT: () => this.CONSUME(Class) }, { ALT: () => this.CONSUME(Super) }, { ALT: () => this.CONSUME(Import) }]);
            this.ACTION(() => {
              if (kw.tokenType === Class) this.skipBalancedBlock();
            });
            return this.ACTION(() => {
              const construct = kw.tokenType === Class ? "class" : kw.tokenType === Super ? "super" : this.LA(1).tokenType === Dot ? "import-meta" : "dynamic-import";
              return { type: "UnsupportedExpression", construct, span: spanOf(kw, this.LA(0)) };
            });
          }
        }
      ] });
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) }
  );
  functionExpression = this.RULE("functionExpression", () => {
    let asyncTok;
    this.OPTION(() => asyncTok = this.CONSUME(Async));
    const kw = this.CONSUME(FunctionKw);
    let id;
    this.OPTION2(() => id = this.CONSUME(Identifier));
    const params = this.SUBRULE(this.formalParameters);
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => ({
      type: "FunctionExpression",
      id: id ? this.ident(id) : null,
      params,
      body,
      async: !!asyncTok,
      span: spanOf(asyncTok ?? kw, body)
    }));
  }, { recoveryValueFunc: () => ({ type: "FunctionExpression", id: null, params: [], body: { type: "BlockStatement", body: [], span: SPAN0 }, async: false, span: SPAN0 }) });
  templateLiteral = this.RULE("templateLiteral", () => {
    const open = this.CONSUME(Backtick);
    const parts = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => void parts.push(this.CONSUME(TemplateChars)) },
        {
          ALT: () => {
            this.CONSUME(TemplateExprStart);
            const e = this.SUBRULE(this.expression);
            this.CONSUME(RCurly);
            this.ACTION(() => parts.push(e));
          }
        }
      ]);
    });
    const close = this.CONSUME(BacktickEnd);
    return this.ACTION(() => {
      const quasis = [];
      const expressions = [];
      let pending;
      let cursor = open.startOffset + 1;
      const pushQuasi = (end) => {
        const raw = pending ? pending.image : "";
        quasis.push({ type: "TemplateElement", raw, cooked: cookTemplate(raw), span: { start: cursor, end } });
        pending = void 0;
      };
      for (const p of parts) {
        if ("tokenType" in p) {
          pending = p;
        } else {
          pushQuasi(p.span.start - 2);
          expressions.push(p);
          cursor = p.span.end + 1;
        }
      }
      pushQuasi(close.startOffset);
      return { type: "TemplateLiteral", quasis, expressions, span: spanOf(open, close) };
    });
  }, { recoveryValueFunc: () => ({ type: "TemplateLiteral", quasis: [{ type: "TemplateElement", raw: "", cooked: "", span: SPAN0 }], expressions: [], span: SPAN0 }) });
  arrayLiteral = this.RULE("arrayLiteral", () => {
    const open = this.CONSUME(LBracket);
    const elements = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => void (this.CONSUME(Comma), this.ACTION(() => elements.push(null))) },
        {
          ALT: () => {
            const e = this.SUBRULE(this.elementOrSpread);
            this.ACTION(() => elements.push(e));
            this.OR2([{ ALT: () => void this.CONSUME2(Comma) }, { GATE: () => this.LA(1).tokenType === RBracket, ALT: () => void 0 }]);
          }
        }
      ]);
    });
    const close = this.CONSUME(RBracket);
    return this.ACTION(() => ({ type: "ArrayExpression", elements, span: spanOf(open, close) }));
  }, { recoveryValueFunc: () => ({ type: "ArrayExpression", elements: [], span: SPAN0 }) });
  objectLiteral = this.RULE("objectLiteral", () => {
    const open = this.CONSUME(LCurly);
    const properties = [];
    this.MANY(() => {
      const p = this.SUBRULE(this.objectMember);
      this.ACTION(() => properties.push(p));
      this.OR([{ ALT: () => void this.CONSUME(Comma) }, { GATE: () => this.LA(1).tokenType === RCurly, ALT: () => void 0 }]);
    });
    const close = this.CONSUME(RCurly);
    return this.ACTION(() => ({ type: "ObjectExpression", properties, span: spanOf(open, close) }));
  }, { recoveryValueFunc: () => ({ type: "ObjectExpression", properties: [], span: SPAN0 }) });
  objectMember = this.RULE("objectMember", () => {
    return this.OR({ MAX_LOOKAHEAD: 1, DEF: [
      {
        ALT: () => {
          const dots = this.CONSUME(Ellipsis);
          const argument = this.SUBRULE(this.assignment);
          return this.ACTION(() => ({ type: "SpreadElement", argument, span: spanOf(dots, argument) }));
        }
      },
      {
        // `get x() {}`, `set x(v) {}`, `async x() {}`, `*x() {}`: methods, parsed to be reported.
        GATE: () => this.isAccessorOrModifiedMethod(),
        ALT: () => {
          const mod = this.OR2([{ ALT: () => this.CONSUME(Identifier) }, { ALT: () => this.CONSUME(Multiplicative) }]);
          const key = this.SUBRULE(this.propertyKey);
          const params = this.SUBRULE(this.formalParameters);
          const body = this.SUBRULE(this.block);
          return this.ACTION(() => ({
            type: "Property",
            key: key.key,
            computed: key.computed,
            shorthand: false,
            method: true,
            value: { type: "FunctionExpression", id: null, params, body, async: mod.image === "async", span: spanOf(key.span, body) },
            span: spanOf(mod, body)
          }));
        }
      },
      {
        ALT: () => {
          const key = this.SUBRULE2(this.propertyKey);
          return this.OR3([
            {
              ALT: () => {
                this.CONSUME(Colon);
                const value = this.SUBRULE2(this.assignment);
                return this.ACTION(() => ({ type: "Property", key: key.key, computed: key.computed, shorthand: false, method: false, value, span: spanOf(key.span, value) }));
              }
            },
            {
              ALT: () => {
                const params = this.SUBRULE2(this.formalParameters);
                const body = this.SUBRULE2(this.block);
                return this.ACTION(() => ({
                  type: "Property",
                  key: key.key,
                  computed: key.computed,
                  shorthand: false,
                  method: true,
                  value: { type: "FunctionExpression", id: null, params, body, async: false, span: spanOf(key.span, body) },
                  span: spanOf(key.span, body)
                }));
              }
            },
            {
              // Shorthand `{ a }`; `{ a = 1 }` only in patterns (reported when used as a value).
              ALT: () => {
                let dflt;
                this.OPTION(() => {
                  this.CONSUME(Equals);
                  dflt = this.SUBRULE3(this.assignment);
                });
                return this.ACTION(() => {
                  const value = key.key.type === "Identifier" ? { ...key.key } : key.key;
                  const v = dflt ? { type: "AssignmentExpression", operator: "=", left: value, right: dflt, span: spanOf(value, dflt) } : value;
                  return { type: "Property", key: key.key, computed: false, shorthand: true, method: false, value: v, span: spanOf(key.span, v) };
                });
              }
            }
          ]);
        }
      }
    ] });
  }, { recoveryValueFunc: () => ({ type: "SpreadElement", argument: { type: "Identifier", name: "", span: SPAN0 }, span: SPAN0 }) });
  propertyKey = this.RULE("propertyKey", () => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(IdentifierName);
          return this.ACTION(() => ({ key: this.ident(t), computed: false, span: spanOf(t, t) }));
        }
      },
      {
        ALT: () => {
          const t = this.CONSUME(StringLiteral);
          return this.ACTION(() => ({
            key: { type: "StringLiteral", value: cookString(t.image.slice(1, -1)), raw: t.image, span: spanOf(t, t) },
            computed: false,
            span: spanOf(t, t)
          }));
        }
      },
      {
        ALT: () => {
          const t = this.CONSUME(NumberLiteral);
          return this.ACTION(() => ({
            key: { type: "NumericLiteral", value: parseNumber(t.image), raw: t.image, span: spanOf(t, t) },
            computed: false,
            span: spanOf(t, t)
          }));
        }
      },
      {
        ALT: () => {
          const open = this.CONSUME(LBracket);
          const key = this.SUBRULE(this.assignment);
          const close = this.CONSUME(RBracket);
          return this.ACTION(() => ({ key, computed: true, span: spanOf(open, close) }));
        }
      }
    ]);
  }, { recoveryValueFunc: () => ({ key: { type: "Identifier", name: "", span: SPAN0 }, computed: false, span: SPAN0 }) });
  // ============================================================== lookahead helpers
  ident(t) {
    return { type: "Identifier", name: t.image, span: { start: t.startOffset, end: t.startOffset + t.image.length } };
  }
  isDeclarationHead() {
    const t = this.LA(1).tokenType;
    if (t === Const || t === Var) return true;
    return t === Let;
  }
  isAccessorOrModifiedMethod() {
    const a = this.LA(1);
    if (a.tokenType === Multiplicative && a.image === "*") return true;
    if (a.tokenType !== Identifier && a.tokenType !== Async) return false;
    if (a.image !== "get" && a.image !== "set" && a.image !== "async") return false;
    const b = this.LA(2).tokenType;
    return b !== Colon && b !== LParen && b !== Comma && b !== RCurly && b !== Equals;
  }
  /** `x =>`, `async x =>`, `(…) =>`, `async (…) =>`: scan to the matching `)` and look for `=>`. */
  isArrowAhead() {
    let k = 1;
    let t = this.LA(k);
    if (t.tokenType === Async && this.LA(2).tokenType !== Arrow) {
      if (this.newlineBetween(t, this.LA(2))) return false;
      k = 2;
      t = this.LA(k);
    }
    if (t.tokenType === Identifier || t.tokenType === Async || t.tokenType === Of) return this.LA(k + 1).tokenType === Arrow;
    if (t.tokenType !== LParen) return false;
    let depth = 0;
    for (; ; k++) {
      const tok = this.LA(k);
      const type = tok.tokenType;
      if (type === EOF) return false;
      if (type === LParen || type === LBracket || type === LCurly || type === TemplateExprStart) depth++;
      else if (type === RParen || type === RBracket || type === RCurly) {
        depth--;
        if (depth === 0) return this.LA(k + 1).tokenType === Arrow;
      }
    }
  }
  /** Skip the rest of an excluded statement: to the end of its line at bracket depth 0, or past its block. */
  skipStatementTokens() {
    let depth = 0;
    let prev = this.LA(0);
    for (; ; ) {
      const next = this.LA(1);
      const type = next.tokenType;
      if (type === EOF) return;
      if (depth === 0) {
        if (type === Semicolon) {
          this.SKIP_TOKEN();
          return;
        }
        if (type === RCurly) return;
        if (prev && this.newlineBetween(prev, next) && prev.tokenType !== Comma && prev.tokenType !== LCurly) {
          return;
        }
      }
      if (type === LParen || type === LBracket || type === LCurly || type === TemplateExprStart) depth++;
      else if (type === RParen || type === RBracket || type === RCurly) {
        depth--;
        if (depth === 0 && type === RCurly) {
          this.SKIP_TOKEN();
          if (this.LA(1).tokenType === Semicolon) this.SKIP_TOKEN();
          return;
        }
      }
      prev = next;
      this.SKIP_TOKEN();
    }
  }
  /** Skip `Name? (extends X)? { … }` after `class` in an expression. */
  skipBalancedBlock() {
    let depth = 0;
    for (; ; ) {
      const type = this.LA(1).tokenType;
      if (type === EOF) return;
      if (type === LCurly || type === TemplateExprStart) depth++;
      else if (type === RCurly) {
        depth--;
        if (depth <= 0) {
          this.SKIP_TOKEN();
          return;
        }
      }
      this.SKIP_TOKEN();
    }
  }
};
function foldBinary(operands, operators) {
  if (operators.length === 0) return operands[0];
  let pos = 0;
  const parse2 = (minPrec) => {
    let left = operands[pos];
    while (pos < operators.length) {
      const op = operators[pos];
      const prec = binaryPrecedence[op] ?? 0;
      if (prec < minPrec) break;
      pos++;
      const right = parse2(op === "**" ? prec : prec + 1);
      const span = spanOf(left, right);
      left = op === "&&" || op === "||" || op === "??" ? { type: "LogicalExpression", operator: op, left, right, span } : { type: "BinaryExpression", operator: op, left, right, span };
    }
    return left;
  };
  return parse2(0);
}
function parseNumber(raw) {
  const clean = raw.replace(/_/g, "").replace(/n$/, "");
  if (/^0[xX]/.test(clean)) return parseInt(clean.slice(2), 16);
  if (/^0[oO]/.test(clean)) return parseInt(clean.slice(2), 8);
  if (/^0[bB]/.test(clean)) return parseInt(clean.slice(2), 2);
  return Number(clean);
}
function toAssignTarget(e) {
  switch (e.type) {
    case "Identifier":
    case "MemberExpression":
      return e;
    case "ArrayExpression":
      return {
        type: "ArrayPattern",
        span: e.span,
        elements: e.elements.map((el) => {
          if (el === null) return null;
          if (el.type === "SpreadElement") return { type: "RestElement", argument: toAssignTarget(el.argument), span: el.span };
          return toAssignTarget(el);
        })
      };
    case "ObjectExpression":
      return {
        type: "ObjectPattern",
        span: e.span,
        properties: e.properties.map((p) => {
          if (p.type === "SpreadElement") return { type: "RestElement", argument: toAssignTarget(p.argument), span: p.span };
          return { type: "PatternProperty", key: p.key, computed: p.computed, shorthand: p.shorthand, value: toAssignTarget(p.value), span: p.span };
        })
      };
    case "AssignmentExpression":
      return { type: "AssignmentPattern", left: e.left, right: e.right, span: e.span };
    default:
      return { type: "Identifier", name: "", span: e.span };
  }
}

// grammar/parse.ts
var parser;
function getParser() {
  return parser ??= new WfParser();
}
function parse(text) {
  const diagnostics = [];
  const lexed = WfLexer.tokenize(text);
  for (const e of lexed.errors) diagnostics.push(lexerDiagnostic(text, e));
  const comments = (lexed.groups["comments"] ?? []).map(toComment);
  const p = getParser();
  p.input = lexed.tokens;
  p.begin(text);
  let program;
  try {
    program = p.program();
  } catch (e) {
    if (e instanceof NestingTooDeep || e instanceof RangeError) {
      const tok = e instanceof NestingTooDeep ? e.token : p.input[Math.min(lexed.tokens.length - 1, 0)];
      diagnostics.push(nestingDiagnostic(tok, text));
      program = { type: "Program", body: [], comments, span: { start: 0, end: text.length } };
      return { program, diagnostics: sortDiagnostics(diagnostics) };
    }
    throw e;
  }
  program = program ?? { type: "Program", body: [], comments: [], span: { start: 0, end: text.length } };
  program.comments = comments;
  for (const err of p.errors) diagnostics.push(parserDiagnostic(err, text));
  for (const t of p.terminatorProblems) {
    diagnostics.push({
      code: "WF1011",
      severity: "error",
      message: `expected \`;\` or a line break before ${describeToken(t.token)}`,
      span: tokenSpan(t.token, text),
      label: "a new statement cannot start here",
      help: "end the previous statement with `;` or start this one on a new line"
    });
  }
  return { program, diagnostics: sortDiagnostics(dedupe(diagnostics)) };
}
function toComment(t) {
  const block = t.image.startsWith("/*");
  return {
    type: block ? "BlockComment" : "LineComment",
    value: block ? t.image.slice(2, -2) : t.image.slice(2),
    span: { start: t.startOffset, end: t.startOffset + t.image.length }
  };
}
function tokenSpan(tok, text) {
  if (!tok || Number.isNaN(tok.startOffset) || tok.tokenType?.name === "EOF") return { start: text.length, end: text.length };
  return { start: tok.startOffset, end: tok.startOffset + Math.max(tok.image.length, 1) };
}
function lexerDiagnostic(text, e) {
  const ch = text.slice(e.offset, e.offset + Math.max(1, e.length));
  const first = text[e.offset] ?? "";
  const unterminated = first === "`" || first === '"' || first === "'";
  return {
    code: "WF1010",
    severity: "error",
    message: unterminated ? `unterminated ${first === "`" ? "template literal" : "string"}` : e.message.startsWith("Unable to pop") ? "unexpected `}` with no matching `{`" : `unexpected character \`${JSON.stringify(ch).slice(1, -1)}\``,
    span: { start: e.offset, end: e.offset + Math.max(1, e.length) },
    label: unterminated ? "starts here and never ends" : "not part of the language",
    help: unterminated ? `close it with ${first}` : "remove it, or put it inside a string"
  };
}
function parserDiagnostic(err, text) {
  const tok = err.token;
  const span = tok.tokenType?.name === "EOF" || Number.isNaN(tok.startOffset) ? endOfInput(err, text) : tokenSpan(tok, text);
  return {
    code: "WF1001",
    severity: "error",
    message: err.message,
    span,
    label: tok.tokenType?.name === "EOF" ? "the file ends here" : "unexpected here"
  };
}
function endOfInput(err, text) {
  const prev = err.previousToken;
  let end = text.length;
  if (prev && !Number.isNaN(prev.startOffset)) end = prev.startOffset + prev.image.length;
  return { start: end, end };
}
function nestingDiagnostic(tok, text) {
  return {
    code: "WF1002",
    severity: "error",
    message: `nesting is deeper than ${MAX_NESTING} levels`,
    span: tokenSpan(tok, text),
    label: "too deep here",
    help: "split the expression: bind inner parts to `const`s or move them into a helper function"
  };
}
function dedupe(diags) {
  const seen = /* @__PURE__ */ new Set();
  return diags.filter((d) => {
    const k = `${d.code}:${d.span.start}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function sortDiagnostics(diags) {
  return diags.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}

// compiler/source.ts
var SourceFile = class {
  constructor(path, text) {
    this.path = path;
    this.text = text;
  }
  path;
  text;
  lineStarts;
  /** 1-based line and column (column in UTF-16 code units, like editors and SARIF). */
  position(offset) {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  /** The text of a 1-based line, without its line terminator. */
  lineText(line) {
    const starts = this.starts();
    const start = starts[line - 1];
    if (start === void 0) return "";
    const next = starts[line];
    let end = next === void 0 ? this.text.length : next;
    while (end > start && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r")) end--;
    return this.text.slice(start, end);
  }
  get lineCount() {
    return this.starts().length;
  }
  starts() {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c2 = text.charCodeAt(i);
      if (c2 === 10) starts.push(i + 1);
      else if (c2 === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c2 === 8232 || c2 === 8233) starts.push(i + 1);
    }
    this.lineStarts = starts;
    return starts;
  }
};

// compiler/report.ts
var Reporter = class {
  diagnostics = [];
  report(code, severity, span, message, extra = {}) {
    this.diagnostics.push({ code, severity, message, span, ...extra });
  }
  error(code, span, message, extra = {}) {
    this.report(code, "error", span, message, extra);
  }
  warning(code, span, message, extra = {}) {
    this.report(code, "warning", span, message, extra);
  }
  hasErrors() {
    return this.diagnostics.some((d) => d.severity === "error");
  }
};

// compiler/diagnostics/codes.ts
var codes = {
  // ---------------------------------------------------------------- WF0xxx config
  WF0101: { name: "config-syntax-error", severity: "error", summary: "wfc.config.json is not valid JSON" },
  WF0102: { name: "config-invalid-value", severity: "error", summary: "a setting in wfc.config.json has the wrong type or value" },
  WF0103: { name: "config-unknown-key", severity: "error", summary: "wfc.config.json names a setting or rule that wfc does not know" },
  WF0104: { name: "config-unreadable", severity: "error", summary: "the configuration file could not be read" },
  // ---------------------------------------------------------------- WF1xxx syntax and sandbox
  WF1001: { name: "syntax-error", severity: "error", summary: "the parser could not continue" },
  WF1002: { name: "nesting-too-deep", severity: "error", summary: "expressions or blocks nest deeper than the parser allows" },
  WF1003: { name: "unsupported-construct", severity: "error", summary: "valid JavaScript that workflow plans do not support" },
  WF1004: { name: "forbidden-global", severity: "error", summary: "a global that escapes the sandbox (eval, Function, process, require, fetch, fs\u2026)" },
  WF1005: { name: "nondeterminism", severity: "error", summary: "a source of nondeterminism (Date.now, Math.random, new Date()) that breaks replay" },
  WF1006: { name: "forbidden-import", severity: "error", summary: "plans cannot import modules" },
  WF1007: { name: "meta-not-first", severity: "error", summary: "`export const meta` must be the first statement" },
  WF1008: { name: "meta-not-literal", severity: "error", summary: "`meta` must be a literal object that wfc can read without running the plan" },
  WF1009: { name: "unbounded-while", severity: "error", summary: "a `while` loop with no static bound on its iterations" },
  WF1010: { name: "lexer-error", severity: "error", summary: "a character or token the lexer cannot read" },
  WF1011: { name: "missing-semicolon-or-newline", severity: "error", summary: "two statements on one line need a `;` or a line break between them" },
  WF1012: { name: "var-declaration", severity: "warning", summary: "`var` is function-scoped and hoisted; use `const` or `let`" },
  // ---------------------------------------------------------------- WF2xxx names and options
  WF2001: { name: "unknown-identifier", severity: "error", summary: "a name that no binding or global defines" },
  WF2002: { name: "unknown-option", severity: "error", summary: "an option or `meta` key that wfc does not know" },
  WF2003: { name: "invalid-option", severity: "error", summary: "an option or `meta` value of the wrong type, or not known before the run" },
  WF2004: { name: "parallel-needs-thunks", severity: "error", summary: "`parallel` and `pipeline` take functions, not started promises" },
  // ---------------------------------------------------------------- WF3xxx graph, bounds, budgets
  WF3001: { name: "call-cycle", severity: "error", summary: "helpers or workflows call each other in a loop" },
  WF3002: { name: "workflow-nesting", severity: "error", summary: "`workflow()` nested deeper than one level" },
  WF3003: { name: "workflow-not-found", severity: "error", summary: "`workflow(name)` names no plan file, or that plan has errors" },
  WF3101: { name: "unbounded-fan-out", severity: "error", summary: "no static bound on the items of a fan-out" },
  WF3102: { name: "fan-out-too-wide", severity: "error", summary: "more than 4,096 items in one `parallel` or `pipeline`" },
  WF3103: { name: "unbounded-loop", severity: "error", summary: "a loop with no static iteration bound" },
  WF3104: { name: "unbounded-retry", severity: "error", summary: "a retry without a static attempt bound (at most 10)" },
  WF3105: { name: "unbounded-prompt", severity: "error", summary: "a prompt interpolates a value of unknown size" },
  WF3201: { name: "budget-exceeded", severity: "error", summary: "the worst case exceeds the plan's declared budget or the CI policy" },
  WF3202: { name: "agent-cap", severity: "error", summary: "the worst case exceeds 1,000 agent calls in one run" },
  WF3203: { name: "concurrency-cap", severity: "error", summary: "declared concurrency above the platform's 16" },
  WF3204: { name: "effort-cap", severity: "error", summary: "a fan-out wider than the effort tier allows" },
  // ---------------------------------------------------------------- WF4xxx schemas
  WF4001: { name: "schema-root", severity: "error", summary: "an agent schema's root is not `{ type: 'object', properties }`" },
  WF4002: { name: "schema-required", severity: "error", summary: "`required` names a property the schema does not define" },
  WF4003: { name: "invalid-schema", severity: "error", summary: "a schema keyword with an invalid value, or a schema not known before the run" },
  WF4004: { name: "unknown-field", severity: "error", summary: "reading a field that the agent's schema does not define" },
  // ---------------------------------------------------------------- WF50xx lints
  WF5001: { name: "unused-result", severity: "warning", summary: "an agent's, fan-out's or gate's result is never read" },
  WF5002: { name: "unverified-output", severity: "warning", summary: "the plan returns agent output that no `gate` checked" },
  WF5003: { name: "sequential-awaits", severity: "warning", summary: "independent agents awaited one after another instead of in `parallel`" },
  WF5004: { name: "fan-out-without-model", severity: "warning", summary: "an agent in a fan-out names no `model` and inherits the session's" },
  WF5005: { name: "whole-value-in-prompt", severity: "warning", summary: "a prompt interpolates a whole array or object" },
  WF5006: { name: "silent-cap", severity: "warning", summary: "a `.slice(0, N)` cap with no `log` of what was dropped" },
  WF5007: { name: "undeclared-phase", severity: "warning", summary: "a phase title that `meta.phases` does not declare" },
  WF5008: { name: "unused-phase", severity: "warning", summary: "a `meta.phases` entry that no `phase()` or agent uses" },
  WF5009: { name: "duplicate-label", severity: "warning", summary: "two agent calls share a label" },
  WF5010: { name: "unparsed-json", severity: "warning", summary: "`JSON.parse` of an agent answer that has no `schema`" },
  WF5011: { name: "unfiltered-nulls", severity: "warning", summary: "a field of a fan-out result read before its `null`s are filtered" },
  WF5012: { name: "missing-label", severity: "warning", summary: "an agent call without a `label`" },
  WF5013: { name: "schema-without-max-items", severity: "warning", summary: "an array in an agent schema without `maxItems`" },
  WF5014: { name: "catch-swallows", severity: "warning", summary: "a `catch` that drops an error without logging it" },
  // ---------------------------------------------------------------- WF59xx suppressions
  WF5900: { name: "suppression-without-reason", severity: "warning", summary: "a `wfc-ignore` comment gives no reason after `:`" },
  WF5901: { name: "unused-suppression", severity: "warning", summary: "a `wfc-ignore` comment suppresses nothing" },
  WF5902: { name: "malformed-suppression", severity: "warning", summary: "a `wfc-ignore` comment wfc cannot read" },
  // ---------------------------------------------------------------- WF9xxx internal
  WF9001: { name: "internal-error", severity: "error", summary: "a bug in wfc; the message names the phase" }
};
function isCode(code) {
  return Object.hasOwn(codes, code);
}
function resolveCode(codeOrName) {
  if (isCode(codeOrName)) return codeOrName;
  return Object.keys(codes).find((code) => codes[code].name === codeOrName);
}
function allCodes() {
  return Object.keys(codes).sort();
}
function isConfigurable(code) {
  return isCode(code) && !/^WF[019]/.test(code);
}
function isSuppressible(code) {
  return isConfigurable(code) && !code.startsWith("WF59");
}

// compiler/diagnostics/bag.ts
function sortDiagnostics2(diagnostics) {
  return diagnostics.map((d, i) => ({ d, i })).sort(
    (a, b) => a.d.span.start - b.d.span.start || (a.d.code < b.d.code ? -1 : a.d.code > b.d.code ? 1 : 0) || a.d.span.end - b.d.span.end || a.i - b.i
  ).map(({ d }) => d);
}

// compiler/util/did-you-mean.ts
function editDistance(a, b) {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev2 = new Array(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length];
}
function didYouMean(word, candidates) {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== void 0 && bestDistance <= limit ? best : void 0;
}

// compiler/diagnostics/suppress.ts
var DIRECTIVE = /^\s*(?:\/\/|\/\*+)\s*(wfc-ignore(?:-file)?)(?=[\s:,]|\*\/|$)/;
function applySuppressions(file, comments, diagnostics) {
  const added = [];
  const directives = [];
  for (const comment of comments) {
    const directive = parseDirective(file, comment, added);
    if (directive) directives.push(directive);
  }
  if (directives.length === 0 && added.length === 0) return { diagnostics: sortDiagnostics2(diagnostics), suppressed: [] };
  const kept = [];
  const suppressed = [];
  for (const d of diagnostics) {
    const line = file.position(d.span.start).line;
    let hit = false;
    for (const directive of directives) {
      if (directive.scope === "line" && directive.line !== line) continue;
      for (const entry of directive.entries)
        if (entry.code === d.code) {
          entry.used = true;
          hit = true;
        }
    }
    (hit ? suppressed : kept).push(d);
  }
  for (const directive of directives)
    for (const entry of directive.entries)
      if (!entry.used)
        added.push({
          code: "WF5901",
          severity: codes.WF5901.severity,
          message: directive.scope === "file" ? `\`${entry.code}\` is ignored for the file but nothing in it reports \`${entry.code}\`` : `\`${entry.code}\` is ignored on line ${directive.line} but nothing there reports \`${entry.code}\``,
          span: entry.span,
          label: "suppresses nothing",
          help: "remove the code from the comment, or the comment if nothing is left"
        });
  return { diagnostics: sortDiagnostics2([...kept, ...added]), suppressed };
}
function parseDirective(file, comment, out) {
  const raw = file.text.slice(comment.span.start, comment.span.end);
  const head = DIRECTIVE.exec(raw);
  if (!head) return void 0;
  const keyword2 = head[1];
  const scope = keyword2 === "wfc-ignore-file" ? "file" : "line";
  const bodyStart = head[0].length;
  let body = raw.slice(bodyStart);
  if (comment.type === "BlockComment") body = body.replace(/\*+\/\s*$/, "");
  const at = (from, length) => ({
    start: comment.span.start + bodyStart + from,
    end: comment.span.start + bodyStart + from + length
  });
  const colon = body.indexOf(":");
  const list = colon < 0 ? body : body.slice(0, colon);
  const reason = colon < 0 ? "" : body.slice(colon + 1).trim();
  const entries = [];
  for (const match of list.matchAll(/[^\s,]+/g)) {
    const word = match[0];
    const span = at(match.index, word.length);
    const code = resolveCode(word);
    if (code === void 0) {
      const suggestion = didYouMean(word, [...allCodes(), ...allCodes().map((c2) => codes[c2].name)]);
      out.push(malformed(span, `\`${word}\` is not a wfc code or rule name`, "not a code", suggestion ? `did you mean \`${suggestion}\`?` : "codes look like `WF5001`; `wfc explain` lists them"));
    } else if (!isSuppressible(code)) {
      out.push(malformed(span, `\`${code}\` (${codes[code].name}) cannot be suppressed`, "cannot be suppressed", "fix the code instead: wfc cannot check or run a plan with this problem"));
    } else if (!entries.some((e) => e.code === code)) entries.push({ code, span, used: false });
  }
  const whole = comment.span;
  if (list.trim() === "") {
    out.push(malformed(whole, `\`${keyword2}\` names no codes`, "no codes", `name what it silences, as in \`// ${keyword2} WF5001: the reason\``));
    return void 0;
  }
  if (reason === "")
    out.push({
      code: "WF5900",
      severity: codes.WF5900.severity,
      message: `\`${keyword2}\` gives no reason`,
      span: whole,
      label: "no reason after `:`",
      help: `say why after a colon, as in \`// ${keyword2} ${entries[0]?.code ?? "WF5001"}: the reason\``
    });
  if (entries.length === 0) return void 0;
  if (scope === "file") return { scope, line: 0, entries };
  const start = file.position(comment.span.start);
  const before = file.lineText(start.line).slice(0, start.column - 1);
  return { scope, line: before.trim() !== "" ? start.line : nextCodeLine(file, file.position(comment.span.end).line), entries };
}
function nextCodeLine(file, line) {
  let next = line + 1;
  while (next < file.lineCount) {
    const text = file.lineText(next).trim();
    if (text !== "" && !text.startsWith("//")) break;
    next++;
  }
  return next;
}
function malformed(span, message, label, help) {
  return { code: "WF5902", severity: codes.WF5902.severity, message, span, label, help };
}

// compiler/globals.ts
var primitives = ["agent", "parallel", "pipeline", "phase", "log", "args", "budget", "workflow", "gate", "retry"];
var builtins = [
  "console",
  "JSON",
  "Math",
  "String",
  "Number",
  "Boolean",
  "Array",
  "Object",
  "Set",
  "Map",
  "Error",
  "TypeError",
  "RangeError",
  "Promise",
  "Date",
  "RegExp",
  "parseInt",
  "parseFloat",
  "isNaN",
  "isFinite",
  "undefined",
  "NaN",
  "Infinity",
  "encodeURIComponent",
  "decodeURIComponent"
];
var allowedGlobals = /* @__PURE__ */ new Set([...primitives, ...builtins]);
var forbiddenGlobals = {
  eval: "runs arbitrary code",
  Function: "runs arbitrary code",
  process: "reaches the host process",
  globalThis: "reaches the host's globals",
  global: "reaches the host's globals",
  window: "reaches the host's globals",
  self: "reaches the host's globals",
  require: "loads modules",
  module: "reaches the module system",
  exports: "reaches the module system",
  fetch: "reaches the network: let an agent fetch what it needs",
  XMLHttpRequest: "reaches the network",
  WebSocket: "reaches the network",
  Deno: "reaches the host runtime",
  Bun: "reaches the host runtime",
  __dirname: "reaches the file system",
  __filename: "reaches the file system",
  fs: "reaches the file system: let an agent read files",
  setTimeout: "depends on wall-clock timing: use `retry(\u2026, { backoffMs })`",
  setInterval: "depends on wall-clock timing",
  setImmediate: "depends on host scheduling",
  queueMicrotask: "depends on host scheduling",
  Proxy: "intercepts the evaluator",
  Reflect: "reaches object internals",
  Symbol: "reaches object internals",
  WebAssembly: "runs native code",
  Buffer: "reaches host memory",
  crypto: "is non-deterministic",
  performance: "reads the clock",
  Atomics: "reaches shared memory",
  SharedArrayBuffer: "reaches shared memory"
};
var forbiddenProperties = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);

// compiler/walk.ts
function children(node) {
  const out = [];
  const add = (n) => {
    if (n) out.push(n);
  };
  switch (node.type) {
    case "Program":
    case "BlockStatement":
      node.body.forEach(add);
      break;
    case "VariableDeclaration":
      node.declarations.forEach(add);
      break;
    case "VariableDeclarator":
      add(node.id);
      add(node.init);
      break;
    case "FunctionDeclaration":
    case "FunctionExpression":
      node.params.forEach(add);
      add(node.body);
      break;
    case "ArrowFunctionExpression":
      node.params.forEach(add);
      add(node.body);
      break;
    case "ExportNamedDeclaration":
      add(node.declaration);
      break;
    case "ReturnStatement":
      add(node.argument);
      break;
    case "IfStatement":
      add(node.test);
      add(node.consequent);
      add(node.alternate);
      break;
    case "ForOfStatement":
      add(node.left);
      add(node.right);
      add(node.body);
      break;
    case "ForStatement":
      add(node.init);
      add(node.test);
      add(node.update);
      add(node.body);
      break;
    case "WhileStatement":
      add(node.test);
      add(node.body);
      break;
    case "ThrowStatement":
      add(node.argument);
      break;
    case "TryStatement":
      add(node.block);
      add(node.handler);
      add(node.finalizer);
      break;
    case "CatchClause":
      add(node.param);
      add(node.body);
      break;
    case "ExpressionStatement":
      add(node.expression);
      break;
    case "TemplateLiteral":
      for (let i = 0; i < node.quasis.length; i++) {
        add(node.quasis[i]);
        add(node.expressions[i]);
      }
      break;
    case "TaggedTemplateExpression":
      add(node.tag);
      add(node.quasi);
      break;
    case "ArrayExpression":
      node.elements.forEach(add);
      break;
    case "ObjectExpression":
      node.properties.forEach(add);
      break;
    case "Property":
      if (node.computed) add(node.key);
      add(node.value);
      break;
    case "SpreadElement":
      add(node.argument);
      break;
    case "UnaryExpression":
    case "UpdateExpression":
    case "AwaitExpression":
      add(node.argument);
      break;
    case "BinaryExpression":
    case "LogicalExpression":
      add(node.left);
      add(node.right);
      break;
    case "AssignmentExpression":
      add(node.left);
      add(node.right);
      break;
    case "ConditionalExpression":
      add(node.test);
      add(node.consequent);
      add(node.alternate);
      break;
    case "CallExpression":
    case "NewExpression":
      add(node.callee);
      node.arguments.forEach(add);
      break;
    case "MemberExpression":
      add(node.object);
      if (node.computed) add(node.property);
      break;
    case "ChainExpression":
      add(node.expression);
      break;
    case "SequenceExpression":
      node.expressions.forEach(add);
      break;
    case "AssignmentPattern":
      add(node.left);
      add(node.right);
      break;
    case "RestElement":
      add(node.argument);
      break;
    case "ObjectPattern":
      node.properties.forEach(add);
      break;
    case "PatternProperty":
      if (node.computed) add(node.key);
      add(node.value);
      break;
    case "ArrayPattern":
      node.elements.forEach(add);
      break;
    default:
      break;
  }
  return out;
}
function walk(root, enter) {
  const stack = [[root, null]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop();
    if (enter(node, parent) === false) continue;
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], node]);
  }
}
function patternNames(p, out = []) {
  switch (p.type) {
    case "Identifier":
      out.push(p);
      break;
    case "AssignmentPattern":
      patternNames(p.left, out);
      break;
    case "RestElement":
      patternNames(p.argument, out);
      break;
    case "ObjectPattern":
      for (const prop of p.properties) patternNames(prop.type === "RestElement" ? prop : prop.value, out);
      break;
    case "ArrayPattern":
      for (const el of p.elements) if (el) patternNames(el, out);
      break;
  }
  return out;
}
function memberPath(e) {
  if (e.type === "Identifier") return e.name;
  if (e.type === "MemberExpression" && !e.computed && e.property.type === "Identifier") {
    const base = memberPath(e.object);
    return base === void 0 ? void 0 : `${base}.${e.property.name}`;
  }
  return void 0;
}
function textOf(source, node) {
  return source.slice(node.span.start, node.span.end);
}

// compiler/checks/subset.ts
var unsupportedHelp = {
  class: ["classes are not part of the language", "use plain objects and helper functions"],
  import: ["`import` is not allowed: a plan cannot load modules", "everything a plan needs is a global (`agent`, `parallel`, \u2026); let an agent read files"],
  export: ["only `export const meta = {\u2026}` may be exported", "remove `export`; the plan's answer is what it `return`s"],
  "do-while": ["`do\u2026while` is not part of the language", "write a bounded loop: `for (let i = 0; i < N; i++) { \u2026 if (done) break }`"],
  "for-in": ["`for\u2026in` (and `for await`) is not part of the language", "iterate keys with `for (const k of Object.keys(obj))`"],
  switch: ["`switch` is not part of the language", "use `if \u2026 else if \u2026`"],
  label: ["labels are not part of the language", "move the inner loop into a helper or use a flag variable"],
  with: ["`with` is not part of the language", "name the object explicitly"],
  debugger: ["`debugger` is not part of the language", "use `log(\u2026)` to trace a plan"],
  generator: ["generators are not part of the language", "build an array and return it"],
  yield: ["`yield` is not part of the language", "build an array and return it"],
  super: ["`super` is not part of the language", "use plain objects and helper functions"],
  "dynamic-import": ["dynamic `import()` is not allowed: a plan cannot load modules", "nest another plan with `workflow(name, args)`"],
  "import-meta": ["`import.meta` is not allowed", "pass what you need in `args`"]
};
function checkSubset(program, r) {
  const root = { names: /* @__PURE__ */ new Set(), parent: null };
  declareHoisted(program.body, root);
  new SubsetChecker(r).statements(program.body, root);
}
function declareHoisted(body, scope) {
  for (const s of body) {
    if (s.type === "FunctionDeclaration") scope.names.add(s.id.name);
    else if (s.type === "VariableDeclaration") for (const d of s.declarations) for (const id of patternNames(d.id)) scope.names.add(id.name);
    else if (s.type === "ExportNamedDeclaration") for (const d of s.declaration.declarations) for (const id of patternNames(d.id)) scope.names.add(id.name);
  }
}
function isDeclared(name, scope) {
  for (let s = scope; s; s = s.parent) if (s.names.has(name)) return true;
  return false;
}
function allNames(scope) {
  const out = [...allowedGlobals];
  for (let s = scope; s; s = s.parent) out.push(...s.names);
  return out;
}
var SubsetChecker = class {
  constructor(r) {
    this.r = r;
  }
  r;
  statements(body, scope) {
    for (const s of body) this.statement(s, scope);
  }
  block(b, parent, extra = []) {
    const scope = { names: new Set(extra), parent };
    declareHoisted(b.body, scope);
    this.statements(b.body, scope);
  }
  statement(s, scope) {
    switch (s.type) {
      case "UnsupportedStatement": {
        const [msg, help] = unsupportedHelp[s.construct];
        this.r.error(s.construct === "import" ? "WF1006" : "WF1003", s.span, msg, { help });
        return;
      }
      case "VariableDeclaration":
        if (s.kind === "var") this.r.warning("WF1012", s.span, "`var` is function-scoped and hoisted", { help: "use `const`, or `let` for a value that changes" });
        for (const d of s.declarations) {
          this.pattern(d.id, scope);
          if (d.init) this.expr(d.init, scope);
        }
        return;
      case "ExportNamedDeclaration":
        for (const d of s.declaration.declarations) if (d.init) this.expr(d.init, scope);
        return;
      case "FunctionDeclaration":
        this.fn(s.params, s.body, scope);
        return;
      case "ReturnStatement":
      case "ThrowStatement":
        if (s.argument) this.expr(s.argument, scope);
        return;
      case "IfStatement":
        this.expr(s.test, scope);
        this.nested(s.consequent, scope);
        if (s.alternate) this.nested(s.alternate, scope);
        return;
      case "ForOfStatement": {
        const inner = { names: /* @__PURE__ */ new Set(), parent: scope };
        for (const d of s.left.declarations) for (const id of patternNames(d.id)) inner.names.add(id.name);
        this.expr(s.right, scope);
        this.nested(s.body, inner);
        return;
      }
      case "ForStatement": {
        const inner = { names: /* @__PURE__ */ new Set(), parent: scope };
        if (s.init?.type === "VariableDeclaration") {
          for (const d of s.init.declarations) for (const id of patternNames(d.id)) inner.names.add(id.name);
          this.statement(s.init, inner);
        } else if (s.init) this.expr(s.init, inner);
        if (s.test) this.expr(s.test, inner);
        if (s.update) this.expr(s.update, inner);
        if (!s.test) {
          this.r.error("WF1009", s.span, "`for` loop without a condition has no bound", {
            help: "give it a static bound: `for (let i = 0; i < 10; i++)`"
          });
        }
        this.nested(s.body, inner);
        return;
      }
      case "WhileStatement":
        this.expr(s.test, scope);
        if (!whileCounter(s)) {
          this.r.error("WF1009", s.test.span, "`while` loop has no provable bound", {
            label: "no counter bound in this condition",
            help: "add a counter conjunct: `while (\u2026 && round < 10) { round++; \u2026 }`, or use `for (let i = 0; i < 10; i++)`"
          });
        }
        this.nested(s.body, scope);
        return;
      case "TryStatement":
        this.block(s.block, scope);
        if (s.handler) this.block(s.handler.body, scope, s.handler.param ? patternNames(s.handler.param).map((i) => i.name) : []);
        if (s.finalizer) this.block(s.finalizer, scope);
        return;
      case "BlockStatement":
        this.block(s, scope);
        return;
      case "ExpressionStatement":
        this.expr(s.expression, scope);
        return;
      default:
        return;
    }
  }
  nested(s, scope) {
    if (s.type === "BlockStatement") this.block(s, scope);
    else this.statement(s, scope);
  }
  fn(params, body, scope) {
    const inner = { names: /* @__PURE__ */ new Set(), parent: scope };
    for (const p of params) for (const id of patternNames(p)) inner.names.add(id.name);
    for (const p of params) this.pattern(p, inner);
    if (body.type === "BlockStatement") this.block(body, inner);
    else this.expr(body, inner);
  }
  pattern(p, scope) {
    switch (p.type) {
      case "AssignmentPattern":
        this.pattern(p.left, scope);
        this.expr(p.right, scope);
        return;
      case "RestElement":
        this.pattern(p.argument, scope);
        return;
      case "ObjectPattern":
        for (const prop of p.properties) {
          if (prop.type === "RestElement") this.pattern(prop, scope);
          else {
            if (prop.computed) this.expr(prop.key, scope);
            this.pattern(prop.value, scope);
          }
        }
        return;
      case "ArrayPattern":
        for (const el of p.elements) if (el) this.pattern(el, scope);
        return;
      default:
        return;
    }
  }
  expr(e, scope) {
    switch (e.type) {
      case "Identifier":
        this.identifier(e, scope);
        return;
      case "UnsupportedExpression": {
        const [msg, help] = unsupportedHelp[e.construct];
        this.r.error(e.construct === "dynamic-import" || e.construct === "import-meta" ? "WF1006" : "WF1003", e.span, msg, { help });
        return;
      }
      case "ThisExpression":
        this.r.error("WF1003", e.span, "`this` is not part of the language", { help: "pass values as function parameters" });
        return;
      case "TaggedTemplateExpression":
        this.r.error("WF1003", e.span, "tagged templates are not part of the language", { help: "call the function on a plain template literal: `f(`\u2026`)`" });
        this.expr(e.tag, scope);
        this.expr(e.quasi, scope);
        return;
      case "TemplateLiteral":
        for (const x of e.expressions) this.expr(x, scope);
        return;
      case "ArrayExpression":
        for (const el of e.elements) {
          if (el === null) this.r.error("WF1003", e.span, "sparse arrays (holes such as `[a, , b]`) are not part of the language", { help: "write `null` for an empty slot" });
          else this.expr(el.type === "SpreadElement" ? el.argument : el, scope);
        }
        return;
      case "ObjectExpression":
        for (const p of e.properties) {
          if (p.type === "SpreadElement") this.expr(p.argument, scope);
          else {
            if (p.method) {
              this.r.error("WF1003", p.span, "methods, getters and setters in object literals are not part of the language", {
                help: "use an arrow-function property: `name: (x) => \u2026`"
              });
            }
            if (p.computed) this.expr(p.key, scope);
            else if (p.key.type === "Identifier" && forbiddenProperties.has(p.key.name)) {
              this.r.error("WF1004", p.key.span, `the key \`${p.key.name}\` is not allowed`, { help: "use another key name" });
            }
            if (p.shorthand && p.value.type === "AssignmentExpression") {
              this.r.error("WF1001", p.span, "`{ name = value }` is only valid in a destructuring pattern", { help: "write `{ name: value }`" });
            }
            if (p.value.type === "FunctionExpression") this.fn(p.value.params, p.value.body, scope);
            else this.expr(p.value, scope);
          }
        }
        return;
      case "ArrowFunctionExpression":
        this.fn(e.params, e.body, scope);
        return;
      case "FunctionExpression": {
        const inner = { names: new Set(e.id ? [e.id.name] : []), parent: scope };
        this.fn(e.params, e.body, inner);
        return;
      }
      case "UnaryExpression":
        if (e.operator === "delete") this.r.error("WF1003", e.span, "`delete` is not part of the language", { help: "build a new object without the key: `const { k, ...rest } = obj`" });
        this.expr(e.argument, scope);
        return;
      case "UpdateExpression":
      case "AwaitExpression":
        this.expr(e.argument, scope);
        return;
      case "BinaryExpression":
      case "LogicalExpression": {
        let cur = e;
        const rights = [];
        while (cur.type === "BinaryExpression" || cur.type === "LogicalExpression") {
          rights.push(cur.right);
          cur = cur.left;
        }
        this.expr(cur, scope);
        for (let i = rights.length - 1; i >= 0; i--) this.expr(rights[i], scope);
        return;
      }
      case "AssignmentExpression":
        if (e.left.type === "Identifier" && e.left.name === "") {
          this.r.error("WF1001", e.left.span, "the left side of this assignment is not assignable", { help: "assign to a variable or a property" });
        } else if (e.left.type === "MemberExpression") this.expr(e.left, scope);
        else this.pattern(e.left, scope);
        this.expr(e.right, scope);
        return;
      case "ConditionalExpression":
        this.expr(e.test, scope);
        this.expr(e.consequent, scope);
        this.expr(e.alternate, scope);
        return;
      case "CallExpression":
        this.call(e, scope);
        return;
      case "NewExpression":
        this.newExpr(e, scope);
        return;
      case "MemberExpression":
        this.member(e, scope);
        return;
      case "ChainExpression":
        this.expr(e.expression, scope);
        return;
      case "SequenceExpression":
        for (const x of e.expressions) this.expr(x, scope);
        return;
      default:
        return;
    }
  }
  identifier(e, scope) {
    if (e.name === "" || isDeclared(e.name, scope) || allowedGlobals.has(e.name)) return;
    const why = forbiddenGlobals[e.name];
    if (why !== void 0) {
      this.r.error("WF1004", e.span, `\`${e.name}\` is not available in a plan: it ${why}`, {
        help: "a plan only orchestrates agents; anything that touches the host belongs in an agent's task"
      });
      return;
    }
    const hint = didYouMean(e.name, allNames(scope));
    this.r.error("WF2001", e.span, `unknown name \`${e.name}\``, {
      label: "not declared",
      help: hint ? `did you mean \`${hint}\`?` : "declare it with `const` before use, or pass it in `args`"
    });
  }
  member(e, scope) {
    const prop = e.computed ? e.property.type === "StringLiteral" ? e.property.value : void 0 : e.property.name;
    if (prop !== void 0 && forbiddenProperties.has(prop)) {
      this.r.error("WF1004", e.property.span, `access to \`${prop}\` is not allowed`, { help: "read the value's own fields only" });
    }
    this.expr(e.object, scope);
    if (e.computed) this.expr(e.property, scope);
  }
  call(e, scope) {
    const path = memberPath(e.callee);
    if (path === "Date.now" || path === "Math.random" || path === "performance.now" || path === "crypto.randomUUID" || path === "crypto.getRandomValues") {
      if (!isDeclared(path.split(".")[0], scope)) {
        this.r.error("WF1005", e.span, `\`${path}()\` is non-deterministic, which breaks resume`, {
          help: path === "Math.random" ? "derive variety from the item's index, or pass a seed in `args`" : "pass the time or id in `args`",
          notes: ["a resumed run replays recorded results by the calls' content; a value that changes between runs changes every call after it"]
        });
        return;
      }
    }
    if (path === "Date" && !isDeclared("Date", scope)) {
      this.r.error("WF1005", e.span, "`Date()` reads the clock, which breaks resume", { help: "pass the time in `args`" });
      return;
    }
    if (path === "require" && !isDeclared("require", scope)) {
      this.r.error("WF1006", e.span, "`require` is not allowed: a plan cannot load modules", { help: "nest another plan with `workflow(name, args)`" });
      return;
    }
    this.expr(e.callee, scope);
    for (const a of e.arguments) this.expr(a.type === "SpreadElement" ? a.argument : a, scope);
  }
  newExpr(e, scope) {
    if (e.callee.type === "Identifier" && !isDeclared(e.callee.name, scope)) {
      if (e.callee.name === "Date" && e.arguments.length === 0) {
        this.r.error("WF1005", e.span, "`new Date()` without an argument reads the clock, which breaks resume", { help: "pass the time in `args`: `new Date(args.now)`" });
        return;
      }
      if (e.callee.name === "Promise") {
        this.r.error("WF1003", e.span, "`new Promise` is not part of the language", { help: "use `parallel([...thunks])` to run work concurrently, or `retry` to wait and try again" });
        return;
      }
      if (e.callee.name === "Function") {
        this.r.error("WF1004", e.span, "`Function` is not available in a plan: it runs arbitrary code", { help: "write a helper function" });
        return;
      }
    }
    this.expr(e.callee, scope);
    for (const a of e.arguments) this.expr(a.type === "SpreadElement" ? a.argument : a, scope);
  }
};
function whileCounter(s) {
  const conjuncts = [];
  const collect = (e) => {
    if (e.type === "LogicalExpression" && e.operator === "&&") {
      collect(e.left);
      collect(e.right);
    } else conjuncts.push(e);
  };
  collect(s.test);
  for (const c2 of conjuncts) {
    if (c2.type !== "BinaryExpression") continue;
    let counter;
    let limit;
    let inclusive = false;
    if ((c2.operator === "<" || c2.operator === "<=") && c2.left.type === "Identifier") {
      counter = c2.left.name;
      limit = c2.right;
      inclusive = c2.operator === "<=";
    } else if ((c2.operator === ">" || c2.operator === ">=") && c2.right.type === "Identifier") {
      counter = c2.right.name;
      limit = c2.left;
      inclusive = c2.operator === ">=";
    }
    if (!counter || !limit) continue;
    const body = s.body.type === "BlockStatement" ? s.body.body : [s.body];
    let increments = 0;
    for (const st of body) if (st.type === "ExpressionStatement" && isIncrement(st.expression, counter)) increments++;
    if (increments !== 1) continue;
    if (assignsElsewhere(s.body, counter)) continue;
    return { counter, limit, inclusive };
  }
  return void 0;
}
function isIncrement(e, name) {
  if (e.type === "UpdateExpression" && e.operator === "++" && e.argument.type === "Identifier" && e.argument.name === name) return true;
  if (e.type === "AssignmentExpression" && e.left.type === "Identifier" && e.left.name === name) {
    if (e.operator === "+=" && e.right.type === "NumericLiteral" && e.right.value >= 1) return true;
    if (e.operator === "=" && e.right.type === "BinaryExpression" && e.right.operator === "+" && e.right.left.type === "Identifier" && e.right.left.name === name && e.right.right.type === "NumericLiteral" && e.right.right.value >= 1)
      return true;
  }
  return false;
}
function assignsElsewhere(body, name) {
  let count = 0;
  const visit = (n) => {
    if (n.type === "AssignmentExpression" && n.left.type === "Identifier" && n.left.name === name || n.type === "UpdateExpression" && n.argument.type === "Identifier" && n.argument.name === name) count++;
  };
  const stack = [body];
  while (stack.length) {
    const n = stack.pop();
    visit(n);
    for (const c2 of children(n)) stack.push(c2);
  }
  return count !== 1;
}

// compiler/checks/call-cycles.ts
function checkCallCycles(sites, r) {
  const names2 = [...sites.helpers.keys()];
  const calls = /* @__PURE__ */ new Map();
  for (const [name, fn] of sites.helpers) calls.set(name, calleesOf(fn, sites));
  const declared = (n) => sites.helpers.get(n).span.start;
  const reported = /* @__PURE__ */ new Set();
  for (const start of names2.sort((a, b) => declared(a) - declared(b))) {
    const stack = [{ name: start, path: [] }];
    const seen = /* @__PURE__ */ new Set();
    while (stack.length) {
      const { name, path } = stack.pop();
      for (const c2 of calls.get(name) ?? []) {
        if (c2.callee === start) {
          const cycle = [start, ...path.map((p) => p.name), start];
          const key = [...new Set(cycle)].sort().join(",");
          if (reported.has(key)) continue;
          reported.add(key);
          const first = path[0]?.span ?? c2.span;
          r.error("WF3001", first, `call cycle: ${cycle.map((n) => "`" + n + "`").join(" \u2192 ")}`, {
            label: cycle.length === 2 ? "calls itself here" : "the cycle starts here",
            help: "plans cannot recurse: every helper is expanded where it is called; write the repetition as a bounded loop"
          });
          continue;
        }
        if (seen.has(c2.callee) || declared(c2.callee) < declared(start)) continue;
        seen.add(c2.callee);
        stack.push({ name: c2.callee, path: [...path, { name: c2.callee, span: c2.span }] });
      }
      if (path.length === 0 && name === start) {
      }
    }
  }
}
function calleesOf(fn, sites) {
  const out = [];
  walk(fn.body, (n) => {
    if (n !== fn.body && sites.helperName.has(n)) return false;
    if (n.type === "Identifier" && sites.helpers.has(n.name)) out.push({ callee: n.name, span: n.span });
    return void 0;
  });
  return out;
}

// compiler/checks/budgets.ts
var PLATFORM_MAX_AGENTS = 1e3;
var PLATFORM_MAX_CONCURRENCY = 16;
var fmt = (n) => Number.isInteger(n) ? n.toLocaleString("en-US") : n.toFixed(2);
function checkBudgets(input, r) {
  const { bounds, meta } = input;
  const span = meta?.spans["budget"] ?? meta?.span ?? { start: 0, end: 0 };
  const budget = meta?.budget;
  const over = (what, worst, limit, where, help) => r.error("WF3201", span, `the worst case uses ${fmt(worst)} ${what}, over the ${where} of ${fmt(limit)}`, {
    notes: ["run `wfc plan` to see which stages contribute"],
    help
  });
  if (budget?.agents !== void 0 && bounds.agents > budget.agents) over("agent calls", bounds.agents, budget.agents, "declared `budget.agents`", "narrow a fan-out, lower `attempts`, or raise `budget.agents`");
  if (budget?.tokens !== void 0 && bounds.outputTokens > budget.tokens)
    over("output tokens", bounds.outputTokens, budget.tokens, "declared `budget.tokens`", "lower `maxTokens` on the widest fan-out, or raise `budget.tokens`");
  if (budget?.usd !== void 0 && bounds.usd > budget.usd) over("USD", bounds.usd, budget.usd, "declared `budget.usd`", "route mechanical stages to `haiku`, narrow fan-outs, or raise `budget.usd`");
  if (budget?.concurrency !== void 0 && budget.concurrency > PLATFORM_MAX_CONCURRENCY) {
    r.error("WF3203", span, `\`budget.concurrency\` is ${budget.concurrency}; at most ${PLATFORM_MAX_CONCURRENCY} agents run at once`, { help: `set it to ${PLATFORM_MAX_CONCURRENCY} or less` });
  }
  if (bounds.agents > PLATFORM_MAX_AGENTS) {
    r.error("WF3202", meta?.span ?? span, `the worst case makes ${fmt(bounds.agents)} agent calls; a run may make at most ${PLATFORM_MAX_AGENTS}`, {
      notes: ["attempts count: an agent with `attempts: 3` may be called 3 times"],
      help: "narrow fan-outs with `.slice(0, N)`, lower `attempts`, or split the work into several runs"
    });
  }
  const ci = input.ci;
  if (ci?.maxUsd !== void 0 && bounds.usd > ci.maxUsd) over("USD", bounds.usd, ci.maxUsd, "CI policy's `budget.maxUsd` (wfc.config.json)", "lower the plan's cost or raise the policy");
  if (ci?.maxAgents !== void 0 && bounds.agents > ci.maxAgents) over("agent calls", bounds.agents, ci.maxAgents, "CI policy's `budget.maxAgents` (wfc.config.json)", "lower the plan's fan-out or raise the policy");
  if (ci?.maxTokens !== void 0 && bounds.inputTokens + bounds.outputTokens > ci.maxTokens)
    over("tokens", bounds.inputTokens + bounds.outputTokens, ci.maxTokens, "CI policy's `budget.maxTokens` (wfc.config.json)", "lower the plan's size or raise the policy");
}

// compiler/meta.ts
var metaKeys = ["name", "description", "whenToUse", "title", "phases", "args", "budget", "effort", "defaults"];
var budgetKeys = ["agents", "tokens", "usd", "concurrency"];
var defaultsKeys = ["model", "maxTokens", "timeoutMs", "attempts"];
var reservedKeys = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function extractMeta(program, r) {
  const first = program.body.find((s) => s.type !== "EmptyStatement");
  const metaIndex = program.body.findIndex(isMetaExport);
  if (metaIndex < 0) {
    r.error("WF1007", first?.span ?? { start: 0, end: 0 }, "the plan has no `export const meta = {\u2026}`", {
      label: "expected `export const meta` here",
      help: "start the plan with `export const meta = { name: '\u2026', description: '\u2026' }`"
    });
    return void 0;
  }
  const stmt = program.body[metaIndex];
  if (first !== stmt) {
    r.error("WF1007", stmt.span, "`export const meta` must be the first statement", {
      label: "move this to the top",
      secondary: first ? [{ span: first.span, message: "this comes first" }] : [],
      help: "put `export const meta = {\u2026}` before every other statement (comments may precede it)"
    });
  }
  const decl = stmt.declaration.declarations[0];
  if (stmt.declaration.kind !== "const") {
    r.error("WF1008", stmt.declaration.span, "`meta` must be declared with `const`", { help: "write `export const meta = {\u2026}`" });
  }
  const init = decl.init;
  if (!init || init.type !== "ObjectExpression") {
    r.error("WF1008", init?.span ?? decl.span, "`meta` must be an object literal", { help: "write `export const meta = { name: '\u2026', description: '\u2026' }`" });
    return void 0;
  }
  const value = literal(init, r);
  if (value === void 0 || value === null || typeof value !== "object" || Array.isArray(value)) return void 0;
  const spans = {};
  for (const p of init.properties) if (p.type === "Property") spans[keyName(p) ?? ""] = p.value.span;
  for (const p of init.properties) {
    if (p.type !== "Property") continue;
    const k = keyName(p);
    if (k && !metaKeys.includes(k)) {
      const hint = didYouMean(k, metaKeys);
      r.error("WF2002", p.key.span, `unknown \`meta\` key \`${k}\``, {
        help: hint ? `did you mean \`${hint}\`?` : `\`meta\` keys are ${metaKeys.map((x) => "`" + x + "`").join(", ")}`
      });
    }
  }
  const obj = value;
  const str2 = (k, required) => {
    const v = obj[k];
    if (v === void 0) {
      if (required) r.error("WF2003", init.span, `\`meta.${k}\` is required`, { help: `add \`${k}: '\u2026'\`` });
      return void 0;
    }
    if (typeof v !== "string") {
      r.error("WF2003", spans[k], `\`meta.${k}\` must be a string`);
      return void 0;
    }
    return v;
  };
  const name = str2("name", true) ?? "";
  const description = str2("description", true) ?? "";
  if (description.includes("\n")) r.warning("WF2003", spans["description"], "`meta.description` should be one line: it is shown in the permission dialog");
  const meta = { name, description, phases: [], spans, span: init.span };
  const whenToUse = str2("whenToUse", false);
  if (whenToUse !== void 0) meta.whenToUse = whenToUse;
  const title = str2("title", false);
  if (title !== void 0) meta.title = title;
  if (obj["phases"] !== void 0) {
    const phasesNode = findProp(init, "phases")?.value;
    if (!Array.isArray(obj["phases"]) || phasesNode?.type !== "ArrayExpression") {
      r.error("WF2003", spans["phases"], "`meta.phases` must be an array of `{ title, detail? }`");
    } else {
      obj["phases"].forEach((ph, i) => {
        const node = phasesNode.elements[i] ?? phasesNode;
        if (!ph || typeof ph !== "object" || Array.isArray(ph) || typeof ph["title"] !== "string") {
          r.error("WF2003", node.span, "each `meta.phases` entry must be an object with a string `title`");
          return;
        }
        const entry = { title: ph["title"], span: node.span };
        if (typeof ph["detail"] === "string") entry.detail = ph["detail"];
        if (typeof ph["model"] === "string") entry.model = ph["model"];
        for (const k of Object.keys(ph)) {
          if (!["title", "detail", "model"].includes(k)) r.error("WF2002", node.span, `unknown phase key \`${k}\``, { help: "phase entries take `title`, `detail` and `model`" });
        }
        meta.phases.push(entry);
      });
    }
  }
  if (obj["args"] !== void 0) {
    if (!obj["args"] || typeof obj["args"] !== "object" || Array.isArray(obj["args"])) r.error("WF4001", spans["args"], "`meta.args` must be a JSON Schema object");
    else meta.args = obj["args"];
  }
  if (obj["budget"] !== void 0) meta.budget = numberRecord(obj["budget"], "budget", budgetKeys, spans["budget"], r);
  if (obj["defaults"] !== void 0) {
    const d = obj["defaults"];
    if (!d || typeof d !== "object" || Array.isArray(d)) r.error("WF2003", spans["defaults"], "`meta.defaults` must be an object");
    else {
      const out = {};
      for (const [k, v] of Object.entries(d)) {
        if (!defaultsKeys.includes(k)) {
          const hint = didYouMean(k, defaultsKeys);
          r.error("WF2002", spans["defaults"], `unknown \`meta.defaults\` key \`${k}\``, hint ? { help: `did you mean \`${hint}\`?` } : {});
        } else if (k === "model" ? typeof v !== "string" : typeof v !== "number" || !(v > 0)) {
          r.error("WF2003", spans["defaults"], `\`meta.defaults.${k}\` must be ${k === "model" ? "a string" : "a positive number"}`);
        } else out[k] = v;
      }
      meta.defaults = out;
    }
  }
  if (obj["effort"] !== void 0) {
    if (obj["effort"] === "low" || obj["effort"] === "medium" || obj["effort"] === "high") meta.effort = obj["effort"];
    else r.error("WF2003", spans["effort"], "`meta.effort` must be `'low'`, `'medium'` or `'high'`");
  }
  return meta;
}
function numberRecord(v, what, keys, span, r) {
  if (!v || typeof v !== "object" || Array.isArray(v)) {
    r.error("WF2003", span, `\`meta.${what}\` must be an object`);
    return void 0;
  }
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if (!keys.includes(k)) {
      const hint = didYouMean(k, keys);
      r.error("WF2002", span, `unknown \`meta.${what}\` key \`${k}\``, { help: hint ? `did you mean \`${hint}\`?` : `keys are ${keys.join(", ")}` });
    } else if (typeof x !== "number" || !(x > 0) || !Number.isFinite(x)) {
      r.error("WF2003", span, `\`meta.${what}.${k}\` must be a positive number`);
    } else out[k] = x;
  }
  return out;
}
function isMetaExport(s) {
  return s.type === "ExportNamedDeclaration" && s.declaration.declarations.length === 1 && s.declaration.declarations[0].id.type === "Identifier" && s.declaration.declarations[0].id.name === "meta";
}
function findProp(obj, name) {
  return obj.properties.find((p) => p.type === "Property" && keyName(p) === name);
}
function keyName(p) {
  if (p.computed) return void 0;
  if (p.key.type === "Identifier") return p.key.name;
  if (p.key.type === "StringLiteral") return p.key.value;
  if (p.key.type === "NumericLiteral") return String(p.key.value);
  return void 0;
}
function literal(e, r) {
  switch (e.type) {
    case "StringLiteral":
      return e.value;
    case "NumericLiteral":
      return e.value;
    case "BooleanLiteral":
      return e.value;
    case "NullLiteral":
      return null;
    case "UnaryExpression":
      if (e.operator === "-" && e.argument.type === "NumericLiteral") return -e.argument.value;
      break;
    case "TemplateLiteral":
      if (e.expressions.length === 0) return e.quasis[0].cooked;
      r.error("WF1008", e.expressions[0].span, "template interpolation is not allowed in `meta`", { help: "`meta` must be a pure literal: write the text out" });
      return void 0;
    case "ArrayExpression": {
      const out = [];
      for (const el of e.elements) {
        if (el === null) {
          r.error("WF1008", e.span, "sparse arrays are not allowed in `meta`");
          return void 0;
        }
        if (el.type === "SpreadElement") {
          r.error("WF1008", el.span, "spread is not allowed in `meta`", { help: "`meta` must be a pure literal" });
          return void 0;
        }
        const v = literal(el, r);
        if (v === void 0) return void 0;
        out.push(v);
      }
      return out;
    }
    case "ObjectExpression": {
      const out = {};
      for (const p of e.properties) {
        if (p.type === "SpreadElement") {
          r.error("WF1008", p.span, "spread is not allowed in `meta`", { help: "`meta` must be a pure literal" });
          return void 0;
        }
        if (p.computed) {
          r.error("WF1008", p.key.span, "computed keys are not allowed in `meta`");
          return void 0;
        }
        if (p.method) {
          r.error("WF1008", p.span, "methods are not allowed in `meta`");
          return void 0;
        }
        if (p.shorthand) {
          r.error("WF1008", p.span, `\`meta\` must be a pure literal, but \`${keyName(p)}\` refers to a variable`, { help: `write the value out: \`${keyName(p)}: \u2026\`` });
          return void 0;
        }
        const k = keyName(p);
        if (reservedKeys.has(k)) {
          r.error("WF1008", p.key.span, `reserved key name not allowed in \`meta\`: \`${k}\``);
          return void 0;
        }
        const v = literal(p.value, r);
        if (v === void 0) return void 0;
        out[k] = v;
      }
      return out;
    }
    default:
      break;
  }
  r.error("WF1008", e.span, "`meta` must be a pure literal: no variables, calls or expressions", {
    label: "not a literal",
    help: "write the value out as a string, number, boolean, array or object literal"
  });
  return void 0;
}

// compiler/stage-ids.ts
var primitiveSites = /* @__PURE__ */ new Set(["agent", "parallel", "pipeline", "gate", "retry", "workflow"]);
function joinId(prefix, rel) {
  return prefix ? `${prefix}/${rel}` : rel;
}
function staticLabel(e) {
  if (!e) return void 0;
  if (e.type === "StringLiteral") return e.value;
  if (e.type === "TemplateLiteral") return e.quasis.map((q) => q.cooked).join("*");
  return void 0;
}
function optionValue(call, argIndex, key) {
  const opts = call.arguments[argIndex];
  if (!opts || opts.type !== "ObjectExpression") return void 0;
  for (const p of opts.properties) {
    if (p.type === "Property" && !p.computed && p.key.type === "Identifier" && p.key.name === key) return p.value;
  }
  return void 0;
}
function sanitize(s) {
  return s.replace(/[/\s]+/g, "-").replace(/[^\w.:*#@-]/g, "").slice(0, 60) || "_";
}
function indexSites(program) {
  const index = { rel: /* @__PURE__ */ new WeakMap(), helpers: /* @__PURE__ */ new Map(), helperName: /* @__PURE__ */ new WeakMap() };
  const stack = [program];
  while (stack.length) {
    const n = stack.pop();
    if (n.type === "FunctionDeclaration") {
      index.helpers.set(n.id.name, n);
      index.helperName.set(n, n.id.name);
    } else if (n.type === "VariableDeclarator" && n.id.type === "Identifier" && n.init && (n.init.type === "ArrowFunctionExpression" || n.init.type === "FunctionExpression")) {
      index.helpers.set(n.id.name, n.init);
      index.helperName.set(n.init, n.id.name);
    }
    for (const c2 of children(n)) stack.push(c2);
  }
  const used = /* @__PURE__ */ new Map();
  const visit = (node, path, boundName) => {
    let nextPath = path;
    const seg = siteSegment(node, boundName, index);
    if (seg !== void 0) {
      let key = joinId(path, seg);
      const n = (used.get(key) ?? 0) + 1;
      used.set(key, n);
      if (n > 1) key = `${key}#${n}`;
      index.rel.set(node, key);
      nextPath = key;
    }
    if (index.helperName.has(node)) nextPath = "";
    for (const c2 of children(node)) visit(c2, nextPath, bindingNameFor(node, c2) ?? (node.type === "AwaitExpression" ? boundName : void 0));
  };
  visit(program, "", void 0);
  return index;
}
function bindingNameFor(parent, child) {
  if (parent.type === "VariableDeclarator" && child === parent.init && parent.id.type === "Identifier") return parent.id.name;
  if (parent.type === "AssignmentExpression" && child === parent.right && parent.left.type === "Identifier") return parent.left.name;
  if (parent.type === "AwaitExpression") return void 0;
  return void 0;
}
function siteSegment(node, boundName, index) {
  switch (node.type) {
    case "AwaitExpression":
      return void 0;
    case "ForOfStatement": {
      const id = node.left.declarations[0]?.id;
      return id?.type === "Identifier" ? `loop:${id.name}` : "loop";
    }
    case "ForStatement": {
      const d = node.init?.type === "VariableDeclaration" ? node.init.declarations[0]?.id : void 0;
      return d?.type === "Identifier" ? `loop:${d.name}` : "loop";
    }
    case "WhileStatement":
      return "loop";
    case "CallExpression": {
      const callee = node.callee;
      if (callee.type !== "Identifier") return void 0;
      const name = callee.name;
      if (primitiveSites.has(name) && !index.helpers.has(name)) {
        if (name === "agent") {
          const label = staticLabel(optionValue(node, 1, "label"));
          return label !== void 0 ? `agent:${sanitize(label)}` : "agent";
        }
        if (name === "gate") {
          const label = staticLabel(optionValue(node, 2, "label"));
          return `gate:${sanitize(label ?? boundName ?? "")}`.replace(/:$/, "");
        }
        if (name === "workflow") {
          const wf = staticLabel(node.arguments[0]?.type === "SpreadElement" ? void 0 : node.arguments[0]);
          return `workflow:${sanitize(wf ?? "")}`.replace(/:$/, "");
        }
        return boundName ? `${name}:${sanitize(boundName)}` : name;
      }
      if (index.helpers.has(name)) return `call:${name}`;
      return void 0;
    }
    default:
      return void 0;
  }
}

// compiler/pricing.ts
var SOURCE = "platform.claude.com/docs/en/about-claude/pricing (as recorded in shared/reference/perf-anchors.md \xA75.1)";
var DEFAULT_PRICES = {
  "claude-opus-4-8": { inputPerMTok: 5, outputPerMTok: 25, cacheReadPerMTok: 0.5, cacheWritePerMTok: 6.25, source: SOURCE, date: "2026-11-01" },
  "claude-sonnet-4-6": { inputPerMTok: 3, outputPerMTok: 15, cacheReadPerMTok: 0.3, cacheWritePerMTok: 3.75, source: SOURCE, date: "2026-11-01" },
  "claude-haiku-4-5": { inputPerMTok: 1, outputPerMTok: 5, cacheReadPerMTok: 0.1, cacheWritePerMTok: 1.25, source: SOURCE, date: "2026-11-01" }
};
var DEFAULT_ALIASES = {
  opus: "claude-opus-4-8",
  sonnet: "claude-sonnet-4-6",
  haiku: "claude-haiku-4-5"
};
var DEFAULT_PRICING = { prices: DEFAULT_PRICES, aliases: DEFAULT_ALIASES };
function resolveModel(pricing, model) {
  return pricing.aliases[model] ?? model;
}
function mostExpensive(pricing) {
  let best = "";
  let cost = -1;
  for (const [id, p] of Object.entries(pricing.prices)) {
    const c2 = p.inputPerMTok + p.outputPerMTok;
    if (c2 > cost) {
      cost = c2;
      best = id;
    }
  }
  return best;
}
function priceOf(pricing, modelId) {
  return pricing.prices[modelId];
}
function usdFor(price, inputTokens, outputTokens, cacheRead = 0, cacheWrite = 0) {
  if (!price) return 0;
  return (inputTokens * price.inputPerMTok + outputTokens * price.outputPerMTok + cacheRead * (price.cacheReadPerMTok ?? price.inputPerMTok) + cacheWrite * (price.cacheWritePerMTok ?? price.inputPerMTok)) / 1e6;
}

// compiler/analysis/stage.ts
function newStage(kind, id, label, parent, span, phase) {
  const s = { id, kind, label, parent, children: [], phase, span, derivations: [], reads: /* @__PURE__ */ new Set() };
  if (parent) parent.children.push(s);
  return s;
}
function hasAgents(s) {
  if (s.kind === "agent" || s.kind === "workflow") return true;
  return s.children.some(hasAgents);
}
function detachIfEmpty(s) {
  if (hasAgents(s) || !s.parent) return false;
  const i = s.parent.children.indexOf(s);
  if (i >= 0) s.parent.children.splice(i, 1);
  return true;
}

// compiler/analysis/values.ts
var Env = class {
  constructor(parent) {
    this.parent = parent;
  }
  parent;
  vars = /* @__PURE__ */ new Map();
  declare(name, av, kind) {
    this.vars.set(name, { av, kind });
  }
  lookup(name) {
    for (let e = this; e; e = e.parent) {
      const b = e.vars.get(name);
      if (b) return b;
    }
    return void 0;
  }
  assign(name, av) {
    for (let e = this; e; e = e.parent) {
      const b = e.vars.get(name);
      if (b) {
        b.av = av;
        return;
      }
    }
  }
  /** Every binding visible here that can change: `let`/`var`, and any array (`push` mutates a `const` array). */
  mutable() {
    const out = /* @__PURE__ */ new Map();
    for (let e = this; e; e = e.parent) for (const [k, b] of e.vars) if (!out.has(k) && (b.kind === "let" || b.kind === "var" || b.av.k === "arr" || b.av.k === "obj")) out.set(k, b);
    return out;
  }
};
var CHARS_PER_TOKEN = 3;
var MAX_CHARS_PER_TOKEN = 16;
var ANY = (why) => ({ k: "any", why });
var num = (v) => v === void 0 ? { k: "num", max: Infinity } : { k: "num", v, max: v };
var str = (v) => ({ k: "str", v, chars: v.length, tokens: Math.ceil(v.length / CHARS_PER_TOKEN) });
var strBound = (chars, tokens2, why, from) => ({ k: "str", chars, tokens: tokens2, ...why ? { why } : {}, ...from ? { from } : {} });
var BOOL = { k: "bool" };
var NULL = { k: "null" };
var UNDEF = { k: "undef" };
function fromOf(...vs) {
  const out = /* @__PURE__ */ new Set();
  for (const v of vs) for (const f of v?.from ?? []) out.add(f);
  return out.size ? [...out] : void 0;
}
function withFrom(v, from) {
  if (!from || from.length === 0) return v;
  const merged = fromOf(v, { k: "null", from });
  return { ...v, from: merged };
}
function textBound(v, json = false) {
  switch (v.k) {
    case "str":
      return { chars: v.chars + (json ? 2 : 0), tokens: v.tokens + (json ? 1 : 0), why: v.why ?? (v.v !== void 0 ? "a literal" : "a bounded string") };
    case "num":
      return { chars: 24, tokens: 8, why: "a number" };
    case "bool":
      return { chars: 5, tokens: 1, why: "a boolean" };
    case "null":
    case "undef":
      return { chars: 9, tokens: 2, why: "null" };
    case "arr": {
      if (v.max === Infinity) return { chars: Infinity, tokens: Infinity, why: `an array with no bound (${v.why})` };
      if (v.max === 0) return { chars: 2, tokens: 1, why: "an empty array" };
      if (!json) {
      }
      const e = textBound(v.elem, json);
      return { chars: 2 + v.max * (e.chars + 1), tokens: 1 + v.max * (e.tokens + 1), why: `at most ${v.max} items (${v.why}) of ${e.why}` };
    }
    case "obj": {
      if (!json) return { chars: 15, tokens: 5, why: "`[object Object]`" };
      let chars = 2;
      let tokens2 = 1;
      for (const [k, p] of Object.entries(v.props)) {
        const b = textBound(p, true);
        chars += k.length + 4 + b.chars;
        tokens2 += Math.ceil(k.length / CHARS_PER_TOKEN) + 2 + b.tokens;
      }
      if (!v.closed) return { chars: Infinity, tokens: Infinity, why: "an object with unknown fields" };
      return { chars, tokens: tokens2, why: v.schemaOf ? `the schema of ${v.schemaOf}` : "an object literal" };
    }
    case "promise":
      return { chars: 18, tokens: 5, why: "`[object Promise]`" };
    case "fn":
      return { chars: Infinity, tokens: Infinity, why: "a function's source" };
    case "any":
      return { chars: Infinity, tokens: Infinity, why: v.why };
  }
}
function join(a, b) {
  if (a === b) return a;
  const from = fromOf(a, b);
  if (a.k === "num" && b.k === "num") return withFrom({ k: "num", max: Math.max(a.max, b.max), ...a.v === b.v && a.v !== void 0 ? { v: a.v } : {} }, from);
  if (a.k === "str" && b.k === "str") return withFrom({ k: "str", chars: Math.max(a.chars, b.chars), tokens: Math.max(a.tokens, b.tokens), ...a.v === b.v && a.v !== void 0 ? { v: a.v } : {} }, from);
  if (a.k === "arr" && b.k === "arr") return withFrom({ k: "arr", max: Math.max(a.max, b.max), elem: join(a.elem, b.elem), why: a.max >= b.max ? a.why : b.why }, from);
  if (a.k === "obj" && b.k === "obj") {
    const props = { ...a.props };
    for (const [k, v] of Object.entries(b.props)) props[k] = props[k] ? join(props[k], v) : v;
    return withFrom({ k: "obj", props, closed: a.closed && b.closed, ...a.schemaOf && a.schemaOf === b.schemaOf ? { schemaOf: a.schemaOf } : {} }, from);
  }
  if (a.k === "promise" && b.k === "promise") return withFrom({ k: "promise", value: join(a.value, b.value) }, from);
  if (a.k === "null" || a.k === "undef") return withFrom(b, from);
  if (b.k === "null" || b.k === "undef") return withFrom(a, from);
  if (a.k === "bool" && b.k === "bool") return withFrom(BOOL, from);
  if (a.k === "str" && b.k === "num") return withFrom(strBound(Math.max(a.chars, 24), Math.max(a.tokens, 8)), from);
  if (a.k === "num" && b.k === "str") return join(b, a);
  if (a.k === "fn") return a;
  if (b.k === "fn") return b;
  return withFrom({ k: "any", why: "a value of mixed type" }, from);
}
function fromSchema(schema, maxTokens, where, from) {
  const outChars = maxTokens * MAX_CHARS_PER_TOKEN;
  const cap = (chars, tokens2) => strBound(Math.min(chars, outChars), Math.min(tokens2, maxTokens), where, from);
  const s = schema ?? {};
  const type = Array.isArray(s["type"]) ? s["type"].find((t) => t !== "null") : s["type"];
  if (Array.isArray(s["enum"]) && s["enum"].every((x) => typeof x === "string")) {
    const longest = Math.max(0, ...s["enum"].map((x) => x.length));
    return strBound(longest, Math.ceil(longest / CHARS_PER_TOKEN) + 1, `${where}: one of its enum values`, from);
  }
  switch (type) {
    case "object": {
      const props = {};
      const p = s["properties"] ?? {};
      for (const [k, v] of Object.entries(p)) props[k] = fromSchema(v, maxTokens, `${where}.${k}`, from);
      return withFrom({ k: "obj", props, closed: true, schemaOf: where }, from);
    }
    case "array": {
      const max2 = typeof s["maxItems"] === "number" ? s["maxItems"] : Infinity;
      return withFrom({ k: "arr", max: max2, elem: fromSchema(s["items"], maxTokens, `${where}[]`, from), why: max2 === Infinity ? `the schema of ${where} sets no maxItems` : `the schema of ${where} says maxItems: ${max2}` }, from);
    }
    case "string": {
      const ml = typeof s["maxLength"] === "number" ? s["maxLength"] : Infinity;
      return ml === Infinity ? cap(outChars, maxTokens) : cap(ml, Math.ceil(ml / CHARS_PER_TOKEN) + 1);
    }
    case "number":
    case "integer":
      return withFrom({ k: "num", max: typeof s["maximum"] === "number" ? s["maximum"] : Infinity }, from);
    case "boolean":
      return withFrom(BOOL, from);
    case "null":
      return withFrom(NULL, from);
    default:
      return cap(outChars, maxTokens);
  }
}
function fromArgsSchema(schema, where = "args") {
  const s = schema ?? {};
  const type = Array.isArray(s["type"]) ? s["type"].find((t) => t !== "null") : s["type"];
  if (Array.isArray(s["enum"]) && s["enum"].every((x) => typeof x === "string")) {
    const longest = Math.max(0, ...s["enum"].map((x) => x.length));
    return strBound(longest, Math.ceil(longest / CHARS_PER_TOKEN) + 1, `\`${where}\`: one of its enum values`);
  }
  switch (type) {
    case "object": {
      const props = {};
      for (const [k, v] of Object.entries(s["properties"] ?? {})) props[k] = fromArgsSchema(v, `${where}.${k}`);
      return { k: "obj", props, closed: s["additionalProperties"] === false, schemaOf: `\`${where}\`` };
    }
    case "array": {
      const max2 = typeof s["maxItems"] === "number" ? s["maxItems"] : Infinity;
      return { k: "arr", max: max2, elem: fromArgsSchema(s["items"], `${where}[]`), why: max2 === Infinity ? `the schema of \`${where}\` sets no maxItems` : `\`${where}\` has maxItems: ${max2}` };
    }
    case "string": {
      const ml = typeof s["maxLength"] === "number" ? s["maxLength"] : Infinity;
      return ml === Infinity ? strBound(Infinity, Infinity, `\`${where}\` has no maxLength`) : strBound(ml, Math.ceil(ml / CHARS_PER_TOKEN) + 1, `\`${where}\` has maxLength: ${ml}`);
    }
    case "number":
    case "integer":
      return { k: "num", max: typeof s["maximum"] === "number" ? s["maximum"] : Infinity };
    case "boolean":
      return BOOL;
    default:
      return { k: "any", why: `\`${where}\` has no schema type` };
  }
}

// compiler/analysis/schema.ts
var types = /* @__PURE__ */ new Set(["object", "array", "string", "number", "integer", "boolean", "null"]);
var sizeKeys = ["maxItems", "minItems", "maxLength", "minLength", "maxProperties", "minProperties"];
function checkSchema(schema, span, r, once) {
  const s = schema;
  if (!s || typeof s !== "object" || Array.isArray(s) || s["type"] !== "object" || typeof s["properties"] !== "object" || s["properties"] === null) {
    once(
      "WF4001",
      span,
      () => r.error("WF4001", span, "an agent's schema must have `type: 'object'` and `properties` at its root", {
        help: "wrap the value: `{ type: 'object', properties: { items: { type: 'array', \u2026 } }, required: ['items'] }`"
      })
    );
    return;
  }
  walk2(s, "", span, r, once);
}
function walk2(s, path, span, r, once) {
  const where = path || "the root";
  const t = s["type"];
  const ts = Array.isArray(t) ? t : t === void 0 ? [] : [t];
  for (const x of ts) {
    if (typeof x !== "string" || !types.has(x)) {
      once("WF4003", span, () => r.error("WF4003", span, `schema type \`${String(x)}\` at ${where} is not a JSON Schema type`, { help: `use one of ${[...types].join(", ")}` }));
    }
  }
  for (const k of sizeKeys) {
    const v = s[k];
    if (v !== void 0 && (typeof v !== "number" || !Number.isInteger(v) || v < 0)) {
      once("WF4003", span, () => r.error("WF4003", span, `\`${k}\` at ${where} must be a whole number`));
    }
  }
  if (typeof s["minItems"] === "number" && typeof s["maxItems"] === "number" && s["minItems"] > s["maxItems"]) {
    once("WF4003", span, () => r.error("WF4003", span, `\`minItems\` is greater than \`maxItems\` at ${where}: no value can satisfy it`));
  }
  const props = s["properties"];
  if (props !== void 0) {
    if (typeof props !== "object" || props === null || Array.isArray(props)) {
      once("WF4003", span, () => r.error("WF4003", span, `\`properties\` at ${where} must be an object`));
    } else {
      const req = s["required"];
      if (req !== void 0) {
        if (!Array.isArray(req)) once("WF4002", span, () => r.error("WF4002", span, `\`required\` at ${where} must be an array of property names`));
        else
          for (const name of req) {
            if (typeof name !== "string" || !(name in props)) {
              once(
                "WF4002",
                span,
                () => r.error("WF4002", span, `\`required\` at ${where} names \`${String(name)}\`, which is not in \`properties\``, { help: `define \`${String(name)}\` under \`properties\` or remove it from \`required\`` })
              );
            }
          }
      }
      for (const [k, v] of Object.entries(props)) if (v && typeof v === "object" && !Array.isArray(v)) walk2(v, path ? `${path}.${k}` : k, span, r, once);
    }
  }
  const items = s["items"];
  if (items && typeof items === "object" && !Array.isArray(items)) walk2(items, `${path}[]`, span, r, once);
}

// compiler/analysis/analyze.ts
var MAX_PARALLEL_ITEMS = 4096;
var arrayMethodNames = /* @__PURE__ */ new Set(["slice", "map", "flatMap", "filter", "forEach", "some", "every", "find", "findIndex", "sort", "reduce", "join", "concat", "flat", "includes", "indexOf", "at", "entries"]);
var EFFORT_CAPS = { low: { fanOut: 8, concurrency: 4 }, medium: { fanOut: 64, concurrency: 8 }, high: { fanOut: 1e3, concurrency: 16 } };
var AGENT_DEFAULTS = { maxTokens: 4096, timeoutMs: 3e5, attempts: 3 };
var REQUEST_OVERHEAD_TOKENS = 100;
var agentOptionNames = ["label", "phase", "schema", "model", "effort", "isolation", "agentType", "maxTokens", "timeoutMs", "attempts", "inputTokens", "system", "disallowedTools", "bashCommandClamp", "stallMs"];
var gateOptionNames = ["onFail", "attempts", "each", "label", "phase"];
var retryOptionNames = ["attempts", "backoffMs", "factor", "label"];
function analyze(program, source, meta, sites, r, options) {
  return new Analyzer(program, source, meta, sites, r, options).run();
}
var Analyzer = class {
  constructor(program, source, meta, sites, r, options) {
    this.program = program;
    this.source = source;
    this.meta = meta;
    this.sites = sites;
    this.r = r;
    this.options = options;
    this.root = newStage("serial", "plan", meta?.name || "plan", null, program.span, null);
    const effort = options.effort ?? meta?.effort;
    const caps = effort ? EFFORT_CAPS[effort] : EFFORT_CAPS.high;
    this.fanOutCap = caps.fanOut;
    this.concurrency = Math.min(caps.concurrency, meta?.budget?.concurrency ?? 16, 16);
    this.defaults = { ...AGENT_DEFAULTS, ...meta?.defaults ?? {} };
  }
  program;
  source;
  meta;
  sites;
  r;
  options;
  root;
  fanOutCap;
  concurrency;
  defaults;
  /** Reported spans, so a body interpreted under several call paths reports each problem once. */
  reported = /* @__PURE__ */ new Set();
  run() {
    const env = new Env(null);
    env.declare("args", this.meta?.args ? fromArgsSchema(this.meta.args) : ANY("`args` has no schema in `meta.args`"), "const");
    env.declare("budget", { k: "obj", props: { total: num() }, closed: false }, "const");
    const ctx = { container: this.root, prefix: "", phase: null, calls: [], returns: [] };
    this.block(this.program.body, env, ctx, true);
    const returnFrom = fromOf(...ctx.returns) ?? [];
    return { root: this.root, returnFrom, fanOutCap: this.fanOutCap, concurrency: this.concurrency };
  }
  // ------------------------------------------------------------------ reporting
  /** While > 0, the analysis is exploring (a loop's first pass): nothing is reported. */
  muted = 0;
  once(code, span, f) {
    if (this.muted > 0) return;
    const key = `${code}:${span.start}:${span.end}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    f();
  }
  text(n) {
    const t = textOf(this.source, n);
    return t.length > 60 ? t.slice(0, 57) + "\u2026" : t;
  }
  // ------------------------------------------------------------------ statements
  block(body, parent, ctx, isRoot = false) {
    const env = isRoot ? parent : new Env(parent);
    for (const s of body) if (s.type === "FunctionDeclaration") env.declare(s.id.name, this.closure(s, env, ctx, s.id.name), "fn");
    for (const s of body) this.stmt(s, env, ctx);
    return env;
  }
  stmt(s, env, ctx) {
    switch (s.type) {
      case "ExportNamedDeclaration":
        return;
      // meta: data, not work
      case "VariableDeclaration":
        for (const d of s.declarations) {
          const v = d.init ? this.expr(d.init, env, ctx) : UNDEF;
          this.bind(d.id, v, env, s.kind, ctx);
        }
        return;
      case "FunctionDeclaration":
        return;
      // hoisted
      case "ExpressionStatement":
        this.expr(s.expression, env, ctx);
        return;
      case "ReturnStatement":
        ctx.returns.push(s.argument ? this.await(this.expr(s.argument, env, ctx)) : UNDEF);
        return;
      case "ThrowStatement":
        this.expr(s.argument, env, ctx);
        return;
      case "BlockStatement":
        this.block(s.body, env, ctx);
        return;
      case "IfStatement":
        this.ifStmt(s, env, ctx);
        return;
      case "ForOfStatement":
        this.forOf(s, env, ctx);
        return;
      case "ForStatement":
        this.forCounted(s, env, ctx);
        return;
      case "WhileStatement":
        this.whileLoop(s, env, ctx);
        return;
      case "TryStatement": {
        this.block(s.block.body, env, ctx);
        if (s.handler) {
          const henv = new Env(env);
          if (s.handler.param) this.bind(s.handler.param, { k: "obj", props: { message: strBound(2e3, 700, "an error message") }, closed: false }, henv, "let", ctx);
          this.block(s.handler.body.body, henv, ctx);
        }
        if (s.finalizer) this.block(s.finalizer.body, env, ctx);
        return;
      }
      default:
        return;
    }
  }
  bind(p, v, env, kind, ctx) {
    switch (p.type) {
      case "Identifier":
        env.declare(p.name, v, kind);
        return;
      case "AssignmentPattern": {
        const d = this.expr(p.right, env, ctx);
        this.bind(p.left, v.k === "undef" ? d : join(v, d), env, kind, ctx);
        return;
      }
      case "ObjectPattern":
        for (const prop of p.properties) {
          if (prop.type === "RestElement") this.bind(prop.argument, v, env, kind, ctx);
          else {
            const key = !prop.computed && prop.key.type === "Identifier" ? prop.key.name : prop.key.type === "StringLiteral" ? prop.key.value : void 0;
            this.bind(prop.value, key !== void 0 ? this.prop(v, key, prop.key.span) : withFrom(ANY("a computed key"), v.from), env, kind, ctx);
          }
        }
        return;
      case "ArrayPattern":
        p.elements.forEach((el, i) => {
          if (!el) return;
          if (el.type === "RestElement") this.bind(el.argument, v, env, kind, ctx);
          else this.bind(el, this.index(v, i), env, kind, ctx);
        });
        return;
      case "RestElement":
        this.bind(p.argument, v, env, kind, ctx);
        return;
    }
  }
  ifStmt(s, env, ctx) {
    this.expr(s.test, env, ctx);
    this.branches(s.span, ctx, env, [(c2, e) => this.stmt(s.consequent, e, c2), ...s.alternate ? [(c2, e) => this.stmt(s.alternate, e, c2)] : []]);
  }
  /** Runs each arm in its own child of a branch stage, then joins the variables the arms assigned. */
  branches(span, ctx, env, arms) {
    const branch = newStage("branch", joinId(ctx.prefix, `branch@${span.start}`), "branch", ctx.container, span, ctx.phase);
    const before = snapshot(env);
    const results = [];
    const after = [];
    arms.forEach((arm, i) => {
      restore(env, before);
      const armStage = newStage("serial", `${branch.id}/arm${i}`, i === 0 ? "then" : "else", branch, span, ctx.phase);
      const v = arm({ ...ctx, container: armStage }, new Env(env));
      if (v) results.push(v);
      after.push(snapshot(env));
    });
    for (const [name, av] of before) {
      let joined = av;
      for (const a of after) joined = join(joined, a.get(name) ?? av);
      env.assign(name, joined);
    }
    if (!hasAgents(branch)) detachIfEmpty(branch);
    else this.rekeyBranch(branch, ctx);
    return results;
  }
  /** Branch ids use the statement's offset while building; give them a structural key instead. */
  rekeyBranch(branch, ctx) {
    const siblings = branch.parent.children.filter((c2) => c2.kind === "branch" && c2 !== branch).length;
    const id = joinId(ctx.prefix, siblings ? `branch#${siblings + 1}` : "branch");
    const old = branch.id;
    const fix = (s) => {
      if (s.id.startsWith(old)) s.id = id + s.id.slice(old.length);
      s.children.forEach(fix);
    };
    if (branch.parent.children.some((c2) => c2 !== branch && c2.id === id)) return;
    fix(branch);
  }
  loopStage(node, iterations, why, ctx) {
    const id = joinId(ctx.prefix, this.sites.rel.get(node) ?? "loop");
    const loop = newStage("loop", id, id.split("/").pop(), ctx.container, node.span, ctx.phase);
    loop.iterations = iterations;
    loop.derivations.push({ quantity: "iterations", value: iterations, because: why });
    return loop;
  }
  /** Interprets a loop body once and scales what `let` accumulators gained by the iteration bound. */
  loopBody(loop, iterations, env, ctx, run) {
    const before = snapshot(env);
    const scratch2 = newStage("serial", `${loop.id}/scratch`, "scratch", null, loop.span, ctx.phase);
    this.muted++;
    try {
      run({ ...ctx, container: scratch2, returns: [] }, new Env(env));
    } finally {
      this.muted--;
    }
    const widened = /* @__PURE__ */ new Map();
    for (const [name, old] of before) {
      const now = env.lookup(name)?.av;
      widened.set(name, now ? scaleGrowth(old, now, iterations) : old);
    }
    restore(env, widened);
    const body = newStage("serial", `${loop.id}/body`, "body", loop, loop.span, ctx.phase);
    run({ ...ctx, container: body }, new Env(env));
    if (!hasAgents(loop)) detachIfEmpty(loop);
  }
  forOf(s, env, ctx) {
    const arr = this.await(this.expr(s.right, env, ctx));
    const bound = arr.k === "arr" ? arr.max : arr.k === "str" ? arr.chars : Infinity;
    const why = arr.k === "arr" ? arr.why : `\`${this.text(s.right)}\` is not a bounded array`;
    if (bound === Infinity) {
      this.once(
        "WF3103",
        s.right.span,
        () => this.r.error("WF3103", s.right.span, `loop over \`${this.text(s.right)}\` has no bound`, {
          label: "length unknown",
          notes: [why],
          help: "bound the array: add `maxItems` to its schema, or iterate `.slice(0, N)` (and log what was dropped)"
        })
      );
    }
    const iterations = Number.isFinite(bound) ? bound : 1;
    const loop = this.loopStage(s, iterations, why, ctx);
    this.loopBody(loop, iterations, env, ctx, (c2, e) => {
      const elem = arr.k === "arr" ? withFrom(arr.elem, arr.from) : strBound(1, 1);
      for (const d of s.left.declarations) this.bind(d.id, elem, e, s.left.kind === "const" ? "const" : "let", c2);
      this.stmt(s.body, e, c2);
    });
  }
  forCounted(s, env, ctx) {
    const loopEnv = new Env(env);
    let start;
    let counter;
    if (s.init?.type === "VariableDeclaration") {
      for (const d of s.init.declarations) {
        const v = d.init ? this.expr(d.init, loopEnv, ctx) : UNDEF;
        this.bind(d.id, v, loopEnv, "let", ctx);
        if (d.id.type === "Identifier" && counter === void 0) {
          counter = d.id.name;
          start = v.k === "num" ? v.v : void 0;
        }
      }
    } else if (s.init) this.expr(s.init, loopEnv, ctx);
    const { iterations, why } = this.countedBound(s, counter, start, loopEnv, ctx);
    if (iterations === Infinity) {
      this.once(
        "WF3103",
        (s.test ?? s).span,
        () => this.r.error("WF3103", (s.test ?? s).span, "loop has no static iteration bound", {
          notes: [why],
          help: "write `for (let i = 0; i < N; i++)` with a literal or `const` N"
        })
      );
    }
    const n = Number.isFinite(iterations) ? iterations : 1;
    const loop = this.loopStage(s, n, why, ctx);
    this.loopBody(loop, n, loopEnv, ctx, (c2, e) => {
      if (counter) e.declare(counter, { k: "num", max: start !== void 0 && Number.isFinite(iterations) ? start + iterations : Infinity }, "let");
      this.stmt(s.body, e, c2);
      if (s.update) this.expr(s.update, e, c2);
    });
  }
  countedBound(s, counter, start, env, ctx) {
    const t = s.test;
    if (!t || t.type !== "BinaryExpression" || !counter) return { iterations: Infinity, why: "the condition is not `counter < N`" };
    const up = (t.operator === "<" || t.operator === "<=") && t.left.type === "Identifier" && t.left.name === counter;
    if (!up) return { iterations: Infinity, why: `the condition is not \`${counter} < N\`` };
    const limit = this.expr(t.right, env, ctx);
    const step = s.update && isStep(s.update, counter);
    if (!step) return { iterations: Infinity, why: `the update does not increase \`${counter}\`` };
    if (limit.k !== "num" || limit.max === Infinity || start === void 0) {
      return { iterations: Infinity, why: `\`${this.text(t.right)}\` is not a static number` };
    }
    const n = Math.max(0, Math.ceil((limit.max - start + (t.operator === "<=" ? 1 : 0)) / step));
    return { iterations: n, why: `\`${counter}\` runs from ${start} while ${this.text(t)} in steps of ${step}` };
  }
  whileLoop(s, env, ctx) {
    this.expr(s.test, env, ctx);
    const c2 = whileCounter(s);
    let iterations = Infinity;
    let why = "no counter bound in the condition";
    if (c2) {
      const limit = this.expr(c2.limit, env, ctx);
      const cur = env.lookup(c2.counter)?.av;
      const startV = cur?.k === "num" ? cur.v : void 0;
      if (limit.k === "num" && Number.isFinite(limit.max) && startV !== void 0) {
        iterations = Math.max(0, limit.max - startV + (c2.inclusive ? 1 : 0));
        why = `\`${c2.counter}\` starts at ${startV}, rises by at least 1 each iteration, and the loop stops at ${c2.inclusive ? "above " : ""}${limit.max}`;
      } else {
        why = `\`${this.text(c2.limit)}\` is not a static number, or \`${c2.counter}\` has no static start`;
        this.once("WF3103", c2.limit.span, () => this.r.error("WF3103", c2.limit.span, "`while` loop has no static iteration bound", { notes: [why], help: "compare the counter with a literal or a `const` number" }));
      }
    }
    const n = Number.isFinite(iterations) ? iterations : 1;
    const loop = this.loopStage(s, n, why, ctx);
    this.loopBody(loop, n, env, ctx, (c22, e) => this.stmt(s.body, e, c22));
  }
  // ------------------------------------------------------------------ expressions
  await(v) {
    return v.k === "promise" ? withFrom(v.value, v.from) : v;
  }
  expr(e, env, ctx) {
    switch (e.type) {
      case "NumericLiteral":
        return num(e.value);
      case "StringLiteral":
        return str(e.value);
      case "BooleanLiteral":
        return { k: "bool", v: e.value };
      case "NullLiteral":
        return NULL;
      case "RegExpLiteral":
        return { k: "obj", props: {}, closed: false };
      case "Identifier":
        return this.ident(e, env);
      case "TemplateLiteral":
        return this.template(e, env, ctx);
      case "ArrayExpression":
        return this.arrayLit(e, env, ctx);
      case "ObjectExpression":
        return this.objectLit(e, env, ctx);
      case "ArrowFunctionExpression":
      case "FunctionExpression":
        return this.closure(e, env, ctx, this.sites.helperName.get(e));
      case "AwaitExpression":
        return this.await(this.expr(e.argument, env, ctx));
      case "UnaryExpression": {
        const a = this.expr(e.argument, env, ctx);
        if (e.operator === "-" && a.k === "num") return a.v !== void 0 ? num(-a.v) : num();
        if (e.operator === "typeof") return strBound(9, 2);
        if (e.operator === "!") return withFrom(BOOL, a.from);
        return withFrom(num(), a.from);
      }
      case "UpdateExpression": {
        const a = this.expr(e.argument, env, ctx);
        if (e.argument.type === "Identifier" && a.k === "num") env.assign(e.argument.name, { k: "num", max: a.max + 1, ...a.v !== void 0 ? { v: a.v + (e.operator === "++" ? 1 : -1) } : {} });
        return a.k === "num" ? a : num();
      }
      case "BinaryExpression":
        return this.binary(e, env, ctx);
      case "LogicalExpression": {
        const l = this.expr(e.left, env, ctx);
        const [rv] = this.conditionalArms(e.span, ctx, env, [(c2, en) => this.expr(e.right, en, c2)], true);
        return join(l, rv ?? UNDEF);
      }
      case "ConditionalExpression": {
        this.expr(e.test, env, ctx);
        const arms = this.conditionalArms(e.span, ctx, env, [(c2, en) => this.expr(e.consequent, en, c2), (c2, en) => this.expr(e.alternate, en, c2)]);
        return arms.reduce((a, b) => join(a, b));
      }
      case "AssignmentExpression":
        return this.assign(e, env, ctx);
      case "SequenceExpression": {
        let last = UNDEF;
        for (const x of e.expressions) last = this.expr(x, env, ctx);
        return last;
      }
      case "ChainExpression":
        return this.expr(e.expression, env, ctx);
      case "MemberExpression":
        return this.member(e, env, ctx);
      case "CallExpression":
        return this.call(e, env, ctx);
      case "NewExpression":
        return this.newExpr(e, env, ctx);
      default:
        return ANY("an expression outside the language");
    }
  }
  /** Arms of `?:`/`&&`/`||` that do agent work become a branch stage; pure arms are just evaluated. */
  conditionalArms(span, ctx, env, arms, optional = false) {
    const out = this.branches(span, ctx, env, optional ? [...arms, () => UNDEF] : arms);
    return out.length ? out : [UNDEF];
  }
  ident(e, env) {
    const b = env.lookup(e.name);
    if (b) return b.av;
    if (e.name === "undefined") return UNDEF;
    if (e.name === "NaN" || e.name === "Infinity") return num();
    return { k: "any", why: `\`${e.name}\`` };
  }
  template(e, env, ctx) {
    let chars = 0;
    let tokens2 = 0;
    let exact = "";
    const from = [];
    e.quasis.forEach((q, i) => {
      chars += q.cooked.length;
      tokens2 += q.cooked.length / CHARS_PER_TOKEN;
      if (exact !== void 0) exact += q.cooked;
      const x = e.expressions[i];
      if (!x) return;
      const v = this.await(this.expr(x, env, ctx));
      from.push(...v.from ?? []);
      const b = textBound(v);
      chars += b.chars;
      tokens2 += b.tokens;
      exact = v.k === "str" && v.v !== void 0 && exact !== void 0 ? exact + v.v : v.k === "num" && v.v !== void 0 && exact !== void 0 ? exact + String(v.v) : void 0;
    });
    const out = { k: "str", chars, tokens: Math.ceil(tokens2), ...exact !== void 0 ? { v: exact } : {} };
    return withFrom(out, from.length ? from : void 0);
  }
  arrayLit(e, env, ctx) {
    const items = [];
    let extra = 0;
    let spreadElem;
    let why = `an array literal of ${e.elements.length} items`;
    let from;
    for (const el of e.elements) {
      if (!el) continue;
      if (el.type === "SpreadElement") {
        const v = this.await(this.expr(el.argument, env, ctx));
        from = fromOf({ k: "null", ...from ? { from } : {} }, v);
        if (v.k === "arr") {
          extra += v.max;
          spreadElem = spreadElem ? join(spreadElem, v.elem) : v.elem;
          why = `an array literal with spread of ${v.why}`;
        } else {
          extra = Infinity;
          why = `a spread of \`${this.text(el.argument)}\`, which is not a bounded array`;
        }
      } else items.push(this.expr(el, env, ctx));
    }
    let elem = items.length ? items.reduce((a, b) => join(a, b)) : spreadElem ?? UNDEF;
    if (spreadElem && items.length) elem = join(elem, spreadElem);
    const out = { k: "arr", max: items.length + extra, elem, why, ...extra === 0 ? { items } : {} };
    return withFrom(out, fromOf(...items, { k: "null", ...from ? { from } : {} }));
  }
  objectLit(e, env, ctx) {
    const props = {};
    let closed = true;
    for (const p of e.properties) {
      if (p.type === "SpreadElement") {
        const v2 = this.await(this.expr(p.argument, env, ctx));
        if (v2.k === "obj") Object.assign(props, v2.props);
        if (v2.k !== "obj" || !v2.closed) closed = false;
        continue;
      }
      const key = !p.computed ? p.key.type === "Identifier" ? p.key.name : p.key.type === "StringLiteral" ? p.key.value : p.key.type === "NumericLiteral" ? String(p.key.value) : void 0 : void 0;
      if (p.computed) this.expr(p.key, env, ctx);
      const v = p.value.type === "FunctionExpression" ? this.closure(p.value, env, ctx) : this.expr(p.value, env, ctx);
      if (key === void 0) closed = false;
      else props[key] = v;
    }
    return { k: "obj", props, closed };
  }
  closure(node, env, ctx, helper) {
    return { k: "fn", node, env, prefix: ctx.prefix, ...helper ? { helper } : {} };
  }
  binary(e, env, ctx) {
    const l = this.await(this.expr(e.left, env, ctx));
    const rr = this.await(this.expr(e.right, env, ctx));
    const from = fromOf(l, rr);
    if (e.operator === "+") {
      if (l.k === "num" && rr.k === "num") return withFrom(l.v !== void 0 && rr.v !== void 0 ? num(l.v + rr.v) : { k: "num", max: l.max + Math.max(rr.max, 0) }, from);
      if (l.k === "str" || rr.k === "str") {
        const a = textBound(l);
        const b = textBound(rr);
        const exact = l.k === "str" && rr.k === "str" && l.v !== void 0 && rr.v !== void 0 ? l.v + rr.v : void 0;
        return withFrom({ k: "str", chars: a.chars + b.chars, tokens: a.tokens + b.tokens, ...exact !== void 0 ? { v: exact } : {} }, from);
      }
      return withFrom(num(), from);
    }
    if (["-", "*", "/", "%", "**"].includes(e.operator)) {
      if (l.k === "num" && rr.k === "num" && l.v !== void 0 && rr.v !== void 0) {
        const f = { "-": l.v - rr.v, "*": l.v * rr.v, "/": l.v / rr.v, "%": l.v % rr.v, "**": l.v ** rr.v };
        return num(f[e.operator]);
      }
      if (e.operator === "*" && l.k === "num" && rr.k === "num") return { k: "num", max: l.max * rr.max };
      if (e.operator === "-" && l.k === "num") return { k: "num", max: l.max };
      return withFrom(num(), from);
    }
    return withFrom(BOOL, from);
  }
  assign(e, env, ctx) {
    const right = this.expr(e.right, env, ctx);
    if (e.left.type === "Identifier") {
      const cur = env.lookup(e.left.name)?.av ?? UNDEF;
      let v = right;
      if (e.operator === "+=") {
        v = this.binary({ type: "BinaryExpression", operator: "+", left: e.left, right: e.right, span: e.span }, env, ctx);
      } else if (e.operator !== "=") v = join(cur, right);
      env.assign(e.left.name, v);
      return v;
    }
    if (e.left.type === "MemberExpression") {
      const base = e.left.object.type === "Identifier" ? env.lookup(e.left.object.name)?.av : void 0;
      if (base?.k === "obj" && !e.left.computed && e.left.property.type === "Identifier") base.props[e.left.property.name] = base.props[e.left.property.name] ? join(base.props[e.left.property.name], right) : right;
      else if (base?.k === "obj") base.closed = false;
      return right;
    }
    this.bind(e.left, right, env, "let", ctx);
    return right;
  }
  prop(v, key, span, optional = false) {
    switch (v.k) {
      case "obj": {
        const p = v.props[key];
        if (p) return withFrom(p, v.from);
        if (v.closed && v.schemaOf && !optional) {
          const hint = didYouMean(key, Object.keys(v.props));
          this.once(
            "WF4004",
            span,
            () => this.r.error("WF4004", span, `\`${key}\` is not a field of ${v.schemaOf}`, {
              label: "not in the schema",
              help: hint ? `did you mean \`${hint}\`?` : `its fields are ${Object.keys(v.props).map((k) => "`" + k + "`").join(", ") || "none"}`
            })
          );
        }
        return withFrom(v.closed ? UNDEF : ANY(`the field \`${key}\``), v.from);
      }
      case "arr":
        if (key === "length") return withFrom({ k: "num", max: v.max }, v.from);
        return withFrom(ANY(`\`.${key}\` of an array`), v.from);
      case "str":
        if (key === "length") return withFrom({ k: "num", max: v.chars, ...v.v !== void 0 ? { v: v.v.length } : {} }, v.from);
        return withFrom(ANY(`\`.${key}\` of a string`), v.from);
      case "promise":
        return ANY("a field of a promise: did you forget `await`?");
      default:
        return withFrom(ANY(`the field \`${key}\``), v.from);
    }
  }
  index(v, i) {
    if (v.k === "arr") {
      if (i !== void 0 && v.items && v.items[i]) return withFrom(v.items[i], v.from);
      return withFrom(join(v.elem, UNDEF), v.from);
    }
    if (v.k === "str") return withFrom(strBound(2, 1), v.from);
    if (v.k === "obj") return withFrom(Object.values(v.props).reduce((a, b) => join(a, b), v.closed ? UNDEF : ANY("an indexed field")), v.from);
    return withFrom(ANY("an indexed value"), v.from);
  }
  member(e, env, ctx) {
    const obj = this.expr(e.object, env, ctx);
    if (e.computed) {
      const k = this.expr(e.property, env, ctx);
      if (k.k === "str" && k.v !== void 0) return this.prop(obj, k.v, e.property.span, e.optional);
      return this.index(obj, k.k === "num" ? k.v : void 0);
    }
    return this.prop(obj, e.property.name, e.property.span, e.optional);
  }
  newExpr(e, env, ctx) {
    const args = e.arguments.map((a) => this.expr(a.type === "SpreadElement" ? a.argument : a, env, ctx));
    if (e.callee.type === "Identifier" && (e.callee.name === "Set" || e.callee.name === "Map")) {
      const src2 = args[0];
      return { k: "obj", props: { size: { k: "num", max: src2?.k === "arr" ? src2.max : Infinity } }, closed: false, ...src2?.k === "arr" ? { schemaOf: void 0 } : {} };
    }
    if (e.callee.type === "Identifier" && e.callee.name === "Error") return { k: "obj", props: { message: args[0] ?? str("") }, closed: false };
    return ANY(`\`new ${this.text(e.callee)}\``);
  }
  // ------------------------------------------------------------------ calls
  call(e, env, ctx) {
    const callee = e.callee;
    if (callee.type === "Identifier" && !env.lookup(callee.name)) {
      switch (callee.name) {
        case "agent":
          return this.agentCall(e, env, ctx);
        case "parallel":
          return this.parallelCall(e, env, ctx);
        case "pipeline":
          return this.pipelineCall(e, env, ctx);
        case "gate":
          return this.gateCall(e, env, ctx);
        case "retry":
          return this.retryCall(e, env, ctx);
        case "workflow":
          return this.workflowCall(e, env, ctx);
        case "phase": {
          const t = this.expr(e.arguments[0], env, ctx);
          ctx.phase = t.k === "str" && t.v !== void 0 ? t.v : ctx.phase;
          return UNDEF;
        }
        case "log":
          e.arguments.forEach((a) => this.expr(a.type === "SpreadElement" ? a.argument : a, env, ctx));
          return UNDEF;
        case "String":
          return this.stringOf(this.expr(e.arguments[0], env, ctx));
        case "Number":
        case "parseInt":
        case "parseFloat":
          e.arguments.forEach((a) => this.expr(a, env, ctx));
          return num();
        case "Boolean":
          return BOOL;
      }
    }
    if (callee.type === "MemberExpression" && !callee.computed) {
      const path = memberPath(callee);
      const name = callee.property.name;
      if (path && /^(JSON|Math|Object|Array|Number|Promise|console)\./.test(path) && !env.lookup(path.split(".")[0])) return this.builtin(path, e, env, ctx);
      const recv = this.expr(callee.object, env, ctx);
      return this.method(recv, name, e, env, ctx);
    }
    const fn = this.expr(callee, env, ctx);
    const args = e.arguments.map((a) => a.type === "SpreadElement" ? this.expr(a.argument, env, ctx) : this.expr(a, env, ctx));
    if (fn.k === "fn") {
      const siteKey = this.sites.rel.get(e);
      const prefix = fn.helper && siteKey !== void 0 ? joinId(ctx.prefix, siteKey) : fn.prefix;
      return this.invoke(fn, args, ctx, prefix);
    }
    return withFrom(ANY(`the result of \`${this.text(callee)}()\``), fromOf(...args));
  }
  /** Runs a closure's body with bound parameters; helpers are expanded with recursion detection. */
  invoke(fn, args, ctx, prefix) {
    if (fn.helper && ctx.calls.includes(fn.helper)) return ANY("a recursive call");
    if (ctx.calls.length > 32) return ANY("helpers nested too deeply");
    const env = new Env(fn.env);
    fn.node.params.forEach((p, i) => this.bind(p, args[i] ?? UNDEF, env, "param", ctx));
    const inner = { ...ctx, prefix, calls: fn.helper ? [...ctx.calls, fn.helper] : ctx.calls, returns: [] };
    let result;
    if (fn.node.body.type === "BlockStatement") {
      this.block(fn.node.body.body, env, inner);
      result = inner.returns.length ? inner.returns.reduce((a, b) => join(a, b)) : UNDEF;
    } else result = this.expr(fn.node.body, env, inner);
    ctx.phase = inner.phase;
    return fn.node.async ? { k: "promise", value: this.await(result), ...result.from ? { from: result.from } : {} } : result;
  }
  stringOf(v) {
    const b = textBound(this.await(v));
    return withFrom({ k: "str", chars: b.chars, tokens: b.tokens }, v.from);
  }
  opts(e, index, env, ctx, known, what) {
    const a = e.arguments[index];
    const values = {};
    const literals = {};
    if (!a) return { values, literals };
    if (a.type !== "ObjectExpression") {
      const v = this.expr(a, env, ctx);
      if (v.k === "obj") Object.assign(values, v.props);
      return { values, literals };
    }
    for (const p of a.properties) {
      if (p.type === "SpreadElement") {
        const v = this.expr(p.argument, env, ctx);
        if (v.k === "obj") Object.assign(values, v.props);
        continue;
      }
      const key = !p.computed && p.key.type === "Identifier" ? p.key.name : !p.computed && p.key.type === "StringLiteral" ? p.key.value : void 0;
      if (key === void 0) continue;
      if (!known.includes(key)) {
        const hint = didYouMean(key, known);
        this.once(
          "WF2002",
          p.key.span,
          () => this.r.error("WF2002", p.key.span, `unknown ${what} option \`${key}\``, { help: hint ? `did you mean \`${hint}\`?` : `${what} options are ${known.join(", ")}` })
        );
      }
      values[key] = this.expr(p.value, env, ctx);
      const lit = literalValue(p.value, env);
      if (lit !== void 0) literals[key] = lit;
    }
    return { values, literals, node: a };
  }
  agentCall(e, env, ctx) {
    const promptNode = e.arguments[0];
    const promptAv = promptNode && promptNode.type !== "SpreadElement" ? this.await(this.expr(promptNode, env, ctx)) : str("");
    const { values, literals } = this.opts(e, 1, env, ctx, agentOptionNames, "`agent`");
    const id = joinId(ctx.prefix, this.sites.rel.get(e) ?? "agent");
    const labelV = values["label"];
    const label = labelV?.k === "str" && labelV.v !== void 0 ? labelV.v : staticLabel(optionNode(e, 1, "label")) ?? id.split("/").pop();
    const phaseV = values["phase"];
    const phase = phaseV?.k === "str" && phaseV.v !== void 0 ? phaseV.v : ctx.phase;
    const stage = newStage("agent", id, label, ctx.container, e.span, phase);
    const numOpt = (k, max2) => {
      const v = values[k];
      if (!v) return void 0;
      if (v.k !== "num" || v.v === void 0 || !(v.v > 0) || !Number.isInteger(v.v)) {
        this.once("WF2003", e.span, () => this.r.error("WF2003", optionNode(e, 1, k)?.span ?? e.span, `\`${k}\` must be a positive whole number known before the run`, { help: `write a literal, e.g. \`${k}: ${AGENT_DEFAULTS[k] ?? 1e3}\`` }));
        return void 0;
      }
      if (max2 !== void 0 && v.v > max2) {
        this.once("WF2003", e.span, () => this.r.error("WF2003", optionNode(e, 1, k)?.span ?? e.span, `\`${k}\` is at most ${max2}`));
        return max2;
      }
      return v.v;
    };
    const maxTokens = numOpt("maxTokens") ?? this.defaults.maxTokens;
    const timeoutMs = numOpt("timeoutMs") ?? this.defaults.timeoutMs;
    const attempts = numOpt("attempts", 10) ?? this.defaults.attempts;
    const declaredInput = numOpt("inputTokens");
    const modelV = values["model"];
    const written = modelV?.k === "str" && modelV.v !== void 0 ? modelV.v : modelV ? void 0 : this.defaults.model;
    if (modelV && !(modelV.k === "str" && modelV.v !== void 0)) {
      this.once("WF2003", e.span, () => this.r.error("WF2003", optionNode(e, 1, "model")?.span ?? e.span, "`model` must be a string known before the run", { help: "write `model: 'haiku'`, `'sonnet'` or `'opus'`" }));
    }
    const pricing = this.options.pricing;
    const priced = written ? resolveModel(pricing, written) : mostExpensive(pricing);
    if (written && !pricing.prices[priced]) {
      const hint = didYouMean(written, [...Object.keys(pricing.aliases), ...Object.keys(pricing.prices)]);
      this.once(
        "WF2003",
        e.span,
        () => this.r.error("WF2003", optionNode(e, 1, "model")?.span ?? e.span, `unknown model \`${written}\``, { help: hint ? `did you mean \`${hint}\`?` : "use an alias (`opus`, `sonnet`, `haiku`) or add the model to `pricing` in wfc.config.json" })
      );
    }
    const effortV = values["effort"];
    stage.model = modelV ? written ?? null : this.defaults.model ?? null;
    stage.pricedModel = priced;
    stage.effort = effortV?.k === "str" && effortV.v !== void 0 ? effortV.v : null;
    stage.attempts = attempts;
    stage.timeoutMs = timeoutMs;
    stage.outTokens = maxTokens;
    let schema = null;
    if (values["schema"]) {
      const lit = literals["schema"] ?? literalFromAv(values["schema"]);
      if (lit === void 0) {
        this.once("WF4003", e.span, () => this.r.error("WF4003", optionNode(e, 1, "schema")?.span ?? e.span, "`schema` must be a literal object (or a `const` bound to one)", { help: "declare the schema as a `const` object literal" }));
      } else {
        schema = lit;
        checkSchema(lit, optionNode(e, 1, "schema")?.span ?? e.span, this.r, (code, span, f) => this.once(code, span, f));
      }
    }
    stage.schema = schema;
    const options = {};
    for (const [k, v] of Object.entries(literals)) if (k !== "schema" && k !== "label") options[k] = v;
    stage.options = options;
    const prompt = this.promptInfo(promptNode, env, ctx, promptAv);
    stage.prompt = prompt.info;
    for (const f of promptAv.from ?? []) stage.reads.add(f);
    const schemaTokens = schema ? Math.ceil(JSON.stringify(schema).length / CHARS_PER_TOKEN) : 0;
    let inTokens = prompt.tokens + schemaTokens + REQUEST_OVERHEAD_TOKENS;
    let why = `${prompt.info.staticChars} static characters at ${CHARS_PER_TOKEN} per token, ${prompt.info.holes.length} interpolated value(s), ${schemaTokens} for the schema, ${REQUEST_OVERHEAD_TOKENS} for the request framing`;
    if (declaredInput !== void 0) {
      inTokens = declaredInput;
      why = `declared with \`inputTokens: ${declaredInput}\``;
    } else if (!Number.isFinite(inTokens)) {
      const hole = prompt.info.holes.find((h) => !Number.isFinite(h.maxChars));
      this.once(
        "WF3105",
        promptNode?.span ?? e.span,
        () => this.r.error("WF3105", hole ? holeSpan(promptNode, hole) ?? e.span : e.span, `the prompt's size has no bound: \`${hole?.expression ?? "?"}\` can be any length`, {
          label: "size unknown",
          notes: [hole?.because ?? "an interpolated value has no bound"],
          help: "bound it: `maxLength` in its schema, `.slice(0, N)`, or declare the prompt size with `inputTokens: N`"
        })
      );
      inTokens = REQUEST_OVERHEAD_TOKENS + schemaTokens + Math.ceil(prompt.info.staticChars / CHARS_PER_TOKEN);
      why += " (unbounded values counted as 0: the bound is not sound until they are bounded)";
    }
    stage.inTokens = inTokens;
    stage.derivations.push(
      { quantity: "inputTokens", value: inTokens, because: why },
      { quantity: "outputTokens", value: maxTokens, because: values["maxTokens"] ? "`maxTokens` as written" : `the default maxTokens (${maxTokens})` },
      { quantity: "attempts", value: attempts, because: values["attempts"] ? "`attempts` as written" : `the default (${attempts}): schema-invalid or transiently failed answers are re-asked` },
      { quantity: "latencyMs", value: timeoutMs * attempts, because: `timeout ${timeoutMs} ms per attempt \xD7 ${attempts} attempts` },
      { quantity: "model", value: 0, because: written ? `\`${written}\` priced as ${priced}` : `inherits the session model: priced as ${priced}, the most expensive known model` }
    );
    const value = schema ? fromSchema(schema, maxTokens, `the output of \`${label}\``, [id]) : strBound(maxTokens * MAX_CHARS_PER_TOKEN, maxTokens, `the text output of \`${label}\` (at most ${maxTokens} tokens)`, [id]);
    return { k: "promise", value: join(value, NULL), stage, from: [id] };
  }
  promptInfo(node, env, ctx, av) {
    if (!node || node.type === "SpreadElement") return { info: { template: "", staticChars: 0, holes: [] }, tokens: 0 };
    const holes = [];
    let staticChars = 0;
    let template = "";
    const parts = flattenConcat(node);
    for (const part of parts) {
      if (part.type === "StringLiteral") {
        staticChars += part.value.length;
        template += part.value;
      } else if (part.type === "TemplateLiteral") {
        part.quasis.forEach((q, i) => {
          staticChars += q.cooked.length;
          template += q.cooked;
          const x = part.expressions[i];
          if (x) {
            const v = this.await(this.exprQuiet(x, env, ctx));
            const b = textBound(v);
            const exprText = textOf(this.source, x);
            holes.push({ expression: exprText, maxChars: b.chars, because: b.why });
            template += "${" + exprText + "}";
          }
        });
      } else {
        const v = this.await(this.exprQuiet(part, env, ctx));
        const b = textBound(v);
        const exprText = textOf(this.source, part);
        holes.push({ expression: exprText, maxChars: b.chars, because: b.why });
        template += "${" + exprText + "}";
      }
    }
    void av;
    const holeTokens = holes.reduce((s, h) => s + (Number.isFinite(h.maxChars) ? boundTokens(h, av) : Infinity), 0);
    return { info: { template, staticChars, holes }, tokens: Math.ceil(staticChars / CHARS_PER_TOKEN) + holeTokens };
  }
  /** Re-evaluates a prompt part for its bound without re-recording agent stages it contains. */
  exprQuiet(e, env, ctx) {
    const scratch2 = newStage("serial", "scratch", "scratch", null, e.span, null);
    return this.expr(e, env, { ...ctx, container: scratch2 });
  }
  thunksOf(v, callSpan, what) {
    if (v.k === "any") {
      this.once(
        "WF3101",
        callSpan,
        () => this.r.error("WF3101", callSpan, `\`${what}\` over a value with no known bound`, {
          label: "length unknown",
          notes: [`it comes from ${v.why}`],
          help: "declare the input's schema in `meta.args` with `maxItems`, or take `.slice(0, N)` (and `log` what was dropped)"
        })
      );
      return void 0;
    }
    if (v.k !== "arr") {
      this.once("WF2004", callSpan, () => this.r.error("WF2004", callSpan, `\`${what}\` takes an array of thunks`, { help: "write `parallel(items.map((x) => () => agent(\u2026)))`" }));
      return void 0;
    }
    const elems = v.items ?? [v.elem];
    const fns = elems.filter((x) => x.k === "fn");
    if (fns.length === 0 && (v.max > 0 || elems.length > 0)) {
      const promises = elems.some((x) => x.k === "promise");
      this.once(
        "WF2004",
        callSpan,
        () => this.r.error("WF2004", callSpan, promises ? `\`${what}\` takes thunks, but these are already-started promises` : `\`${what}\` takes an array of thunks`, {
          help: "wrap each call in a thunk: `() => agent(\u2026)`, so the runtime can schedule it"
        })
      );
      return void 0;
    }
    const distinct = new Set(fns.map((f) => f.node));
    return { width: v.max, why: v.why, fns: distinct.size > 1 ? fns : fns.slice(0, 1), hetero: distinct.size > 1 };
  }
  checkWidth(width, why, node, what) {
    if (width === Infinity) {
      this.once(
        "WF3101",
        node.span,
        () => this.r.error("WF3101", node.span, `${what} over \`${this.text(node)}\` has no bound`, {
          label: "length unknown",
          notes: [why],
          help: "add `maxItems` to the schema it comes from, or take `.slice(0, N)` (and `log` what was dropped)"
        })
      );
      return 1;
    }
    if (width > MAX_PARALLEL_ITEMS) {
      this.once("WF3102", node.span, () => this.r.error("WF3102", node.span, `${what} can have ${width} items; one fan-out takes at most ${MAX_PARALLEL_ITEMS}`, { help: "split the work into batches" }));
    }
    if (width > this.fanOutCap) {
      this.once(
        "WF3204",
        node.span,
        () => this.r.error("WF3204", node.span, `${what} can have ${width} items, above the effort tier's cap of ${this.fanOutCap}`, { notes: [why], help: `slice it to ${this.fanOutCap} items, or raise \`meta.effort\`` })
      );
      return this.fanOutCap;
    }
    return width;
  }
  parallelCall(e, env, ctx) {
    const argNode = e.arguments[0];
    const arr = argNode && argNode.type !== "SpreadElement" ? this.expr(argNode, env, ctx) : ANY("no argument");
    const id = joinId(ctx.prefix, this.sites.rel.get(e) ?? "parallel");
    const stage = newStage("parallel", id, id.split("/").pop(), ctx.container, e.span, ctx.phase);
    const t = this.thunksOf(arr, argNode?.span ?? e.span, "parallel");
    if (!t) return { k: "promise", value: { k: "arr", max: Infinity, elem: ANY("parallel's results"), why: "invalid parallel" } };
    const width = this.checkWidth(t.width, t.why, argNode ?? e, "`parallel`");
    stage.width = width;
    stage.derivations.push({ quantity: "width", value: width, because: t.why });
    const results = [];
    if (t.hetero) {
      t.fns.forEach((fn, i) => {
        const child = newStage("serial", `${id}/${i}`, `thunk ${i + 1}`, stage, fn.node.span, ctx.phase);
        results.push(this.await(this.invoke(fn, [], { ...ctx, container: child }, fn.prefix)));
      });
      stage.label = `${stage.label}`;
      stage.hetero = true;
    } else {
      const child = newStage("serial", `${id}/item`, "item", stage, e.span, ctx.phase);
      for (const fn of t.fns) results.push(this.await(this.invoke(fn, [], { ...ctx, container: child }, fn.prefix)));
    }
    const elem = join(results.length ? results.reduce((a, b) => join(a, b)) : UNDEF, NULL);
    const items = t.hetero ? results.map((x) => join(x, NULL)) : void 0;
    return { k: "promise", value: { k: "arr", max: width, elem, why: `the results of \`parallel\` (${t.why})`, ...items ? { items } : {}, ...elem.from ? { from: elem.from } : {} } };
  }
  pipelineCall(e, env, ctx) {
    const [itemsNode, ...stageNodes] = e.arguments;
    const items = itemsNode && itemsNode.type !== "SpreadElement" ? this.await(this.expr(itemsNode, env, ctx)) : ANY("no items");
    const id = joinId(ctx.prefix, this.sites.rel.get(e) ?? "pipeline");
    const stage = newStage("pipeline", id, id.split("/").pop(), ctx.container, e.span, ctx.phase);
    const rawWidth = items.k === "arr" ? items.max : Infinity;
    const why = items.k === "arr" ? items.why : `\`${itemsNode ? this.text(itemsNode) : "?"}\` is not a bounded array`;
    const width = this.checkWidth(rawWidth, why, itemsNode ?? e, "`pipeline`");
    stage.width = width;
    stage.derivations.push({ quantity: "width", value: width, because: why });
    const child = newStage("serial", `${id}/item`, "item", stage, e.span, ctx.phase);
    const elem = items.k === "arr" ? withFrom(items.elem, items.from) : ANY("an item");
    let prev = elem;
    stageNodes.forEach((sn) => {
      if (sn.type === "SpreadElement") return;
      const fn = this.expr(sn, env, ctx);
      if (fn.k !== "fn") {
        this.once("WF2004", sn.span, () => this.r.error("WF2004", sn.span, "each `pipeline` stage must be a function `(prev, item, index) => \u2026`"));
        return;
      }
      const prefix = fn.helper ? joinId(id, `call:${fn.helper}`) : fn.prefix;
      prev = join(this.await(this.invoke(fn, [prev, elem, { k: "num", max: width }], { ...ctx, container: child }, prefix)), NULL);
    });
    return { k: "promise", value: { k: "arr", max: width, elem: prev, why: `the results of \`pipeline\` (${why})`, ...prev.from ? { from: prev.from } : {} } };
  }
  gateCall(e, env, ctx) {
    const [valueNode, checkNode] = e.arguments;
    const { values, literals } = this.opts(e, 2, env, ctx, gateOptionNames, "`gate`");
    const onFail = literals["onFail"];
    if (onFail !== "drop" && onFail !== "abort" && onFail !== "retry") {
      this.once(
        "WF2003",
        e.span,
        () => this.r.error("WF2003", optionNode(e, 2, "onFail")?.span ?? e.span, "`gate` needs a static `onFail`: `'drop'`, `'abort'` or `'retry'`", { help: "e.g. `gate(x, check, { onFail: 'drop' })`" })
      );
    }
    const policy = onFail === "abort" || onFail === "retry" ? onFail : "drop";
    const each = literals["each"] === true;
    let attempts = 1;
    if (policy === "retry") {
      const a = values["attempts"];
      if (!a || a.k !== "num" || a.v === void 0 || a.v < 1) {
        this.once("WF3104", e.span, () => this.r.error("WF3104", e.span, "`gate` with `onFail: 'retry'` needs a static `attempts`", { help: "add `attempts: 3` (at most 10)" }));
      } else attempts = Math.min(a.v, 10);
    }
    const id = joinId(ctx.prefix, this.sites.rel.get(e) ?? "gate");
    const stage = newStage("gate", id, staticLabel(optionNode(e, 2, "label")) ?? id.split("/").pop(), ctx.container, e.span, ctx.phase);
    const checkFn = checkNode && checkNode.type !== "SpreadElement" ? this.expr(checkNode, env, ctx) : ANY("no check");
    const checkUsesAgents = () => stage.children.some(hasAgents);
    let value = valueNode && valueNode.type !== "SpreadElement" ? this.expr(valueNode, env, ctx) : UNDEF;
    let result;
    if (policy === "retry") {
      stage.attempts = attempts;
      stage.derivations.push({ quantity: "attempts", value: attempts, because: "`attempts` as written" });
      const body = newStage("serial", `${id}/attempt`, "attempt", stage, e.span, ctx.phase);
      if (value.k === "fn") value = this.await(this.invoke(value, [], { ...ctx, container: body }, value.prefix));
      else this.once("WF2003", e.span, () => this.r.error("WF2003", valueNode?.span ?? e.span, "with `onFail: 'retry'` the gate's value must be a thunk `() => \u2026` that produces it again"));
      if (checkFn.k === "fn") this.invoke(checkFn, [value], { ...ctx, container: body }, checkFn.helper ? joinId(id, `call:${checkFn.helper}`) : checkFn.prefix);
      result = join(value, NULL);
    } else if (each) {
      value = this.await(value);
      const rawWidth = value.k === "arr" ? value.max : Infinity;
      const why = value.k === "arr" ? value.why : "the gated value is not a bounded array";
      const body = newStage("serial", `${id}/item`, "item", stage, e.span, ctx.phase);
      const elem = value.k === "arr" ? withFrom(value.elem, value.from) : ANY("an item");
      if (checkFn.k === "fn") this.invoke(checkFn, [elem, { k: "num", max: rawWidth }], { ...ctx, container: body }, checkFn.helper ? joinId(id, `call:${checkFn.helper}`) : checkFn.prefix);
      const width = hasAgents(body) ? this.checkWidth(rawWidth, why, valueNode ?? e, "`gate` with `each`") : Number.isFinite(rawWidth) ? rawWidth : 1;
      stage.width = width;
      stage.derivations.push({ quantity: "width", value: width, because: why });
      result = value.k === "arr" ? { ...value, why: `the items that passed \`${stage.label}\` (${value.why})` } : value;
    } else {
      value = this.await(value);
      const body = newStage("serial", `${id}/check`, "check", stage, e.span, ctx.phase);
      if (checkFn.k === "fn") this.invoke(checkFn, [value], { ...ctx, container: body }, checkFn.helper ? joinId(id, `call:${checkFn.helper}`) : checkFn.prefix);
      result = policy === "drop" ? join(value, NULL) : value;
    }
    if (checkFn.k !== "fn") this.once("WF2003", e.span, () => this.r.error("WF2003", checkNode?.span ?? e.span, "`gate` needs a check function `(value) => boolean`"));
    stage.gate = { check: checkUsesAgents() ? "agent" : "predicate", onFail: policy, attempts: policy === "retry" ? attempts : 1 };
    return { k: "promise", value: withFrom({ ...result, from: [id] }, void 0), stage, from: [id] };
  }
  retryCall(e, env, ctx) {
    const thunk = e.arguments[0] && e.arguments[0].type !== "SpreadElement" ? this.expr(e.arguments[0], env, ctx) : ANY("no thunk");
    const { values } = this.opts(e, 1, env, ctx, retryOptionNames, "`retry`");
    const a = values["attempts"];
    let attempts = 1;
    if (!a || a.k !== "num" || a.v === void 0 || a.v < 1) {
      this.once("WF3104", e.span, () => this.r.error("WF3104", e.span, "`retry` needs a static `attempts`", { help: "write `retry(() => \u2026, { attempts: 3 })` (at most 10)" }));
    } else if (a.v > 10) {
      this.once("WF3104", e.span, () => this.r.error("WF3104", e.span, "`retry` allows at most 10 attempts"));
      attempts = 10;
    } else attempts = a.v;
    const id = joinId(ctx.prefix, this.sites.rel.get(e) ?? "retry");
    const stage = newStage("retry", id, id.split("/").pop(), ctx.container, e.span, ctx.phase);
    stage.attempts = attempts;
    stage.derivations.push({ quantity: "attempts", value: attempts, because: "`attempts` as written" });
    const body = newStage("serial", `${id}/attempt`, "attempt", stage, e.span, ctx.phase);
    const v = thunk.k === "fn" ? this.await(this.invoke(thunk, [], { ...ctx, container: body }, thunk.helper ? joinId(id, `call:${thunk.helper}`) : thunk.prefix)) : ANY("not a thunk");
    if (thunk.k !== "fn") this.once("WF2003", e.span, () => this.r.error("WF2003", e.arguments[0]?.span ?? e.span, "`retry` takes a thunk `() => \u2026`"));
    return { k: "promise", value: join(v, NULL), stage, ...v.from ? { from: v.from } : {} };
  }
  workflowCall(e, env, ctx) {
    const nameNode = e.arguments[0];
    const nameV = nameNode && nameNode.type !== "SpreadElement" ? this.expr(nameNode, env, ctx) : UNDEF;
    if (e.arguments[1] && e.arguments[1].type !== "SpreadElement") this.expr(e.arguments[1], env, ctx);
    const id = joinId(ctx.prefix, this.sites.rel.get(e) ?? "workflow");
    const stage = newStage("workflow", id, id.split("/").pop(), ctx.container, e.span, ctx.phase);
    if (nameV.k !== "str" || nameV.v === void 0) {
      this.once("WF2003", e.span, () => this.r.error("WF2003", nameNode?.span ?? e.span, "`workflow` needs the plan's name as a string literal"));
      return { k: "promise", value: ANY("a nested workflow's answer"), stage };
    }
    stage.workflow = nameV.v;
    if ((this.options.depth ?? 0) >= 1) {
      this.once("WF3002", e.span, () => this.r.error("WF3002", e.span, `\`workflow('${nameV.v}')\` nests a second level; workflows nest one level at most`, { help: "call it from the top-level plan instead" }));
    }
    const loaded = this.options.loadWorkflow?.(nameV.v);
    if (!loaded) {
      this.once("WF3003", e.span, () => this.r.error("WF3003", nameNode.span, `no plan named \`${nameV.v}\` (looked for \`${nameV.v}.wf.js\` beside this plan)`, { help: "check the name, or add the plan file" }));
    } else if (loaded.error) {
      this.once("WF3003", e.span, () => this.r.error(loaded.error.startsWith("cycle") ? "WF3001" : "WF3003", nameNode.span, loaded.error));
    } else {
      stage.nested = loaded.bounds;
      stage.derivations.push({ quantity: "agents", value: loaded.bounds.agents, because: `the worst case of \`${nameV.v}.wf.js\`` });
    }
    return { k: "promise", value: withFrom(ANY(`the answer of workflow \`${nameV.v}\``), [id]), stage, from: [id] };
  }
  // ------------------------------------------------------------------ builtins and methods
  builtin(path, e, env, ctx) {
    const args = e.arguments.map((a) => this.await(this.expr(a.type === "SpreadElement" ? a.argument : a, env, ctx)));
    const a0 = args[0] ?? UNDEF;
    switch (path) {
      case "JSON.stringify": {
        const b = textBound(a0, true);
        const pretty = args[2] !== void 0 ? 2 : 1;
        return withFrom({ k: "str", chars: b.chars * pretty, tokens: b.tokens * pretty, why: `JSON of ${b.why}` }, a0.from);
      }
      case "JSON.parse": {
        const argsAv = env.lookup("args")?.av;
        if (argsAv && a0 === argsAv) return argsAv;
        return withFrom(ANY("parsed JSON"), a0.from);
      }
      case "Object.keys":
        return withFrom({ k: "arr", max: a0.k === "obj" && a0.closed ? Object.keys(a0.props).length : Infinity, elem: strBound(200, 70), why: a0.k === "obj" && a0.closed ? "the keys of a known object" : "the keys of an object with unknown fields" }, a0.from);
      case "Object.values":
      case "Object.entries": {
        const vals = a0.k === "obj" ? Object.values(a0.props) : [];
        const elem = vals.length ? vals.reduce((a, b) => join(a, b)) : ANY("a field");
        const max2 = a0.k === "obj" && a0.closed ? vals.length : Infinity;
        return withFrom({ k: "arr", max: max2, elem: path === "Object.entries" ? { k: "arr", max: 2, elem: join(strBound(200, 70), elem), why: "an entry" } : elem, why: max2 === Infinity ? "the fields of an object with unknown fields" : "the fields of a known object" }, a0.from);
      }
      case "Object.fromEntries":
      case "Object.assign":
        return withFrom({ k: "obj", props: {}, closed: false }, fromOf(...args));
      case "Array.isArray":
      case "Number.isFinite":
      case "Number.isInteger":
        return BOOL;
      case "Array.from":
        return a0.k === "arr" ? a0 : a0.k === "obj" && a0.props["length"]?.k === "num" ? { k: "arr", max: a0.props["length"].max, elem: num(), why: "`Array.from({ length })`" } : withFrom({ k: "arr", max: Infinity, elem: ANY("an element"), why: "`Array.from` of an unbounded value" }, a0.from);
      case "Math.min": {
        const ms = args.map((a) => a.k === "num" ? a.max : Infinity);
        const vs = args.map((a) => a.k === "num" ? a.v : void 0);
        return vs.every((v) => v !== void 0) ? num(Math.min(...vs)) : { k: "num", max: Math.min(...ms) };
      }
      case "Math.max": {
        const vs = args.map((a) => a.k === "num" ? a.v : void 0);
        return vs.every((v) => v !== void 0) ? num(Math.max(...vs)) : { k: "num", max: Math.max(...args.map((a) => a.k === "num" ? a.max : Infinity)) };
      }
      case "Math.ceil":
      case "Math.floor":
      case "Math.round":
      case "Math.abs": {
        if (a0.k === "num" && a0.v !== void 0) return num(Math[path.slice(5)](a0.v));
        return a0.k === "num" ? { k: "num", max: Math.ceil(a0.max) } : num();
      }
      case "Promise.all":
        ctx.container.concurrent = true;
        if (a0.k === "arr") return { k: "promise", value: { ...a0, elem: this.await(a0.elem), ...a0.items ? { items: a0.items.map((x) => this.await(x)) } : {} } };
        return { k: "promise", value: ANY("Promise.all of an unknown value") };
      default:
        if (path.startsWith("console.")) return UNDEF;
        if (path.startsWith("Math.")) return num();
        return withFrom(ANY(`\`${path}()\``), fromOf(...args));
    }
  }
  method(recv, name, e, env, ctx) {
    const argNodes = e.arguments;
    const argAv = (i) => {
      const a = argNodes[i];
      return a ? this.expr(a.type === "SpreadElement" ? a.argument : a, env, ctx) : UNDEF;
    };
    if (recv.k === "promise") {
      if (name === "then" || name === "catch" || name === "finally") {
        const cb = argAv(0);
        if (name === "then" && cb.k === "fn") {
          const out = this.invoke(cb, [recv.value], ctx, cb.helper ? joinId(ctx.prefix, `call:${cb.helper}`) : cb.prefix);
          return { k: "promise", value: this.await(out), ...out.from ? { from: out.from } : {} };
        }
        if (cb.k === "fn") this.invoke(cb, [{ k: "obj", props: { message: strBound(2e3, 700) }, closed: false }], ctx, cb.prefix);
        return recv;
      }
      return ANY("a method of a promise");
    }
    if (recv.k === "arr") return this.arrayMethod(recv, name, e, argAv, ctx);
    if (recv.k === "any" && arrayMethodNames.has(name)) {
      return this.arrayMethod({ k: "arr", max: Infinity, elem: ANY(`an element of ${recv.why}`), why: `${recv.why} is not known to be a bounded array`, ...recv.from ? { from: recv.from } : {} }, name, e, argAv, ctx);
    }
    if (recv.k === "str") {
      const args = argNodes.map((_, i) => argAv(i));
      switch (name) {
        case "slice":
        case "substring":
        case "substr": {
          const a = args[0];
          const b = args[1];
          if (a?.k === "num" && a.v !== void 0 && b?.k === "num" && b.v !== void 0) {
            const n = Math.max(0, b.v - Math.max(0, a.v));
            return withFrom({ k: "str", chars: Math.min(recv.chars, n), tokens: Math.min(recv.tokens, Math.ceil(n / 1)), why: `\`.slice(${a.v}, ${b.v})\`` }, recv.from);
          }
          return recv;
        }
        case "split":
          return withFrom({ k: "arr", max: Infinity, elem: { ...recv, v: void 0 }, why: "`.split()` has no bound: take `.slice(0, N)`" }, recv.from);
        case "trim":
        case "toLowerCase":
        case "toUpperCase":
        case "trimStart":
        case "trimEnd":
        case "normalize":
          return { ...recv, v: void 0 };
        case "replace":
        case "replaceAll":
          return withFrom({ k: "str", chars: Infinity, tokens: Infinity, why: "`.replace` can grow a string" }, recv.from);
        case "padStart":
        case "padEnd": {
          const n = args[0]?.k === "num" ? args[0].max : Infinity;
          return withFrom({ k: "str", chars: Math.max(recv.chars, n), tokens: recv.tokens + Math.ceil(n / CHARS_PER_TOKEN) }, recv.from);
        }
        case "repeat": {
          const n = args[0]?.k === "num" ? args[0].max : Infinity;
          return withFrom({ k: "str", chars: recv.chars * n, tokens: recv.tokens * n }, recv.from);
        }
        case "includes":
        case "startsWith":
        case "endsWith":
          return BOOL;
        case "indexOf":
        case "charCodeAt":
        case "localeCompare":
          return num();
        case "match":
          return withFrom({ k: "arr", max: Infinity, elem: recv, why: "`.match()` results" }, recv.from);
        case "concat":
          return args.reduce((acc, a) => {
            const b = textBound(a);
            return acc.k === "str" ? { k: "str", chars: acc.chars + b.chars, tokens: acc.tokens + b.tokens } : acc;
          }, recv);
        default:
          return withFrom(strBound(recv.chars, recv.tokens), recv.from);
      }
    }
    if (recv.k === "obj" && (name === "has" || name === "add" || name === "get" || name === "set" || name === "delete")) {
      argNodes.forEach((_, i) => argAv(i));
      return name === "has" ? BOOL : name === "get" ? ANY("a Map value") : recv;
    }
    argNodes.forEach((_, i) => argAv(i));
    if (recv.k === "num" && (name === "toFixed" || name === "toString")) return strBound(24, 8);
    return withFrom(ANY(`\`.${name}()\``), recv.from);
  }
  arrayMethod(arr, name, e, argAv, ctx) {
    const from = arr.from;
    const elem = withFrom(arr.elem, from);
    const callback = () => {
      const cb = argAv(0);
      return { fn: cb.k === "fn" ? cb : void 0 };
    };
    const runCallback = (fn, args) => {
      const id = joinId(ctx.prefix, `map@${e.span.start}`);
      const fan = newStage("parallel", id, `.${name}`, ctx.container, e.span, ctx.phase);
      const width = arr.max;
      const child = newStage("serial", `${id}/item`, "item", fan, e.span, ctx.phase);
      const out = this.invoke(fn, args, { ...ctx, container: child }, fn.helper ? joinId(ctx.prefix, `call:${fn.helper}`) : fn.prefix);
      if (detachIfEmpty(fan)) return out;
      const w = this.checkWidth(width, arr.why, e.callee.type === "MemberExpression" ? e.callee.object : e, `\`.${name}\``);
      fan.width = w;
      fan.id = joinId(ctx.prefix, `${name}@${this.sites.rel.get(e) ?? ""}`.replace(/@$/, "")).replace(`@`, ":");
      this.rekeyChildren(fan, id);
      fan.derivations.push({ quantity: "width", value: w, because: arr.why });
      return out;
    };
    switch (name) {
      case "slice": {
        const a = argAv(0);
        const b = argAv(1);
        const start = a.k === "num" && a.v !== void 0 ? a.v : 0;
        if (b.k === "num" && b.v !== void 0 && b.v >= 0) {
          const n = Math.max(0, b.v - Math.max(0, start));
          return withFrom({ k: "arr", max: Math.min(arr.max, n), elem: arr.elem, why: arr.max <= n ? arr.why : `\`.slice(${start}, ${b.v})\`` }, from);
        }
        return { ...arr, ...arr.items ? {} : {} };
      }
      case "map":
      case "flatMap":
      case "filter":
      case "forEach":
      case "some":
      case "every":
      case "find":
      case "findIndex":
      case "sort":
      case "reduce": {
        const { fn } = callback();
        let out = UNDEF;
        if (fn) {
          const args = name === "reduce" ? [argAv(1), elem, { k: "num", max: arr.max }] : name === "sort" ? [elem, elem] : [elem, { k: "num", max: arr.max }];
          out = runCallback(fn, args);
        }
        if (name === "map") {
          if (arr.items && fn) return withFrom({ k: "arr", max: arr.max, elem: out, why: arr.why, items: arr.items.map(() => out) }, fromOf(out, arr));
          return withFrom({ k: "arr", max: arr.max, elem: out, why: arr.why }, fromOf(out, arr));
        }
        if (name === "flatMap") {
          const o = this.await(out);
          if (o.k === "arr") return withFrom({ k: "arr", max: arr.max * o.max, elem: o.elem, why: `${arr.why}, each giving at most ${o.max} (${o.why})` }, fromOf(o, arr));
          return withFrom({ k: "arr", max: arr.max, elem: o, why: arr.why }, fromOf(o, arr));
        }
        if (name === "filter" || name === "sort") return { ...arr, items: void 0 };
        if (name === "find") return join(elem, UNDEF);
        if (name === "some" || name === "every") return BOOL;
        if (name === "findIndex") return num();
        if (name === "reduce") return withFrom(join(argAv(1), this.await(out)), fromOf(out, arr));
        return UNDEF;
      }
      case "join": {
        const sep = argAv(0);
        const sepLen = sep.k === "str" ? sep.chars : 1;
        const b = textBound(arr.elem);
        if (arr.max === Infinity) return withFrom({ k: "str", chars: Infinity, tokens: Infinity, why: `\`.join\` of ${arr.why}` }, from);
        if (arr.max === 0) return withFrom(str(""), from);
        return withFrom({ k: "str", chars: arr.max * (b.chars + sepLen), tokens: arr.max * (b.tokens + 1), why: `${arr.max} items (${arr.why}) of ${b.why}` }, from);
      }
      case "concat": {
        let max2 = arr.max;
        let el = arr.elem;
        for (let i = 0; i < e.arguments.length; i++) {
          const a = this.await(argAv(i));
          if (a.k === "arr") {
            max2 += a.max;
            el = join(el, a.elem);
          } else {
            max2 += 1;
            el = join(el, a);
          }
        }
        return withFrom({ k: "arr", max: max2, elem: el, why: `${arr.why} plus concatenated items` }, from);
      }
      case "push":
      case "unshift": {
        const pushed = e.arguments.map((_, i) => this.await(argAv(i)));
        arr.max += pushed.length;
        for (const p of pushed) arr.elem = join(arr.elem, p);
        arr.why = `${arr.why}, plus pushed items`;
        delete arr.items;
        const f = fromOf(arr, ...pushed);
        if (f) arr.from = f;
        return { k: "num", max: arr.max };
      }
      case "flat":
        return arr.elem.k === "arr" ? withFrom({ k: "arr", max: arr.max * arr.elem.max, elem: arr.elem.elem, why: `${arr.why}, flattened` }, from) : arr;
      case "pop":
      case "shift":
      case "at":
        return join(elem, UNDEF);
      case "includes":
        argAv(0);
        return BOOL;
      case "indexOf":
        return num();
      case "reverse":
        return arr;
      case "entries":
        return { k: "arr", max: arr.max, elem: { k: "arr", max: 2, elem: join(num(), arr.elem), why: "an entry" }, why: arr.why };
      case "toString":
        return this.stringOf(arr);
      default:
        return withFrom(ANY(`\`.${name}()\` of an array`), from);
    }
  }
  rekeyChildren(fan, oldId) {
    const fix = (s) => {
      if (s !== fan && s.id.startsWith(oldId)) s.id = fan.id + s.id.slice(oldId.length);
      s.children.forEach(fix);
    };
    fix(fan);
  }
};
function isStep(u, counter) {
  if (u.type === "UpdateExpression" && u.operator === "++" && u.argument.type === "Identifier" && u.argument.name === counter) return 1;
  if (u.type === "AssignmentExpression" && u.left.type === "Identifier" && u.left.name === counter && u.operator === "+=" && u.right.type === "NumericLiteral" && u.right.value > 0) return u.right.value;
  return void 0;
}
function snapshot(env) {
  const m = /* @__PURE__ */ new Map();
  for (const [k, b] of env.mutable()) m.set(k, cloneAv(b.av));
  return m;
}
function restore(env, snap) {
  for (const [k, v] of snap) env.assign(k, cloneAv(v));
}
function cloneAv(v) {
  if (v.k === "arr") return { ...v, ...v.items ? { items: [...v.items] } : {} };
  if (v.k === "obj") return { ...v, props: { ...v.props } };
  return v;
}
function scaleGrowth(old, now, n) {
  if (old.k === "arr" && now.k === "arr") {
    const delta = now.max - old.max;
    if (delta <= 0) return now;
    return { ...now, max: old.max + delta * n, why: `${old.why}, plus at most ${delta} per iteration \xD7 ${n} iterations`, items: void 0 };
  }
  if (old.k === "str" && now.k === "str") {
    const dc = now.chars - old.chars;
    const dt = now.tokens - old.tokens;
    if (dc <= 0) return now;
    return { k: "str", chars: old.chars + dc * n, tokens: old.tokens + dt * n, why: `grows by at most ${dc} characters per iteration \xD7 ${n}`, ...now.from ? { from: now.from } : {} };
  }
  if (old.k === "num" && now.k === "num") {
    const d = now.max - old.max;
    if (d <= 0) return now;
    return { k: "num", max: old.max + d * n };
  }
  return now;
}
function flattenConcat(e) {
  if (e.type === "BinaryExpression" && e.operator === "+") return [...flattenConcat(e.left), ...flattenConcat(e.right)];
  return [e];
}
function boundTokens(h, av) {
  void av;
  return Math.ceil(h.maxChars / CHARS_PER_TOKEN);
}
function holeSpan(node, hole) {
  if (!node || node.type !== "TemplateLiteral") return node?.span;
  return node.span;
  void hole;
}
function optionNode(e, index, key) {
  const o = e.arguments[index];
  if (!o || o.type !== "ObjectExpression") return void 0;
  for (const p of o.properties) if (p.type === "Property" && !p.computed && (p.key.type === "Identifier" && p.key.name === key || p.key.type === "StringLiteral" && p.key.value === key)) return p.value;
  return void 0;
}
function literalValue(e, env) {
  void env;
  switch (e.type) {
    case "StringLiteral":
    case "NumericLiteral":
    case "BooleanLiteral":
      return e.value;
    case "NullLiteral":
      return null;
    case "TemplateLiteral":
      return e.expressions.length === 0 ? e.quasis[0].cooked : void 0;
    case "UnaryExpression":
      return e.operator === "-" && e.argument.type === "NumericLiteral" ? -e.argument.value : void 0;
    case "ArrayExpression": {
      const out = [];
      for (const el of e.elements) {
        if (!el || el.type === "SpreadElement") return void 0;
        const v = literalValue(el, env);
        if (v === void 0) return void 0;
        out.push(v);
      }
      return out;
    }
    case "ObjectExpression": {
      const out = {};
      for (const p of e.properties) {
        if (p.type !== "Property" || p.computed || p.method) return void 0;
        const k = p.key.type === "Identifier" ? p.key.name : p.key.type === "StringLiteral" ? p.key.value : void 0;
        if (k === void 0) return void 0;
        const v = literalValue(p.value, env);
        if (v === void 0) return void 0;
        out[k] = v;
      }
      return out;
    }
    default:
      return void 0;
  }
}
function literalFromAv(v) {
  switch (v.k) {
    case "str":
      return v.v;
    case "num":
      return v.v;
    case "bool":
      return v.v;
    case "null":
      return null;
    case "arr": {
      if (!v.items) return void 0;
      const out = [];
      for (const x of v.items) {
        const l = literalFromAv(x);
        if (l === void 0) return void 0;
        out.push(l);
      }
      return out;
    }
    case "obj": {
      if (!v.closed) return void 0;
      const out = {};
      for (const [k, x] of Object.entries(v.props)) {
        const l = literalFromAv(x);
        if (l === void 0) return void 0;
        out[k] = l;
      }
      return out;
    }
    default:
      return void 0;
  }
}

// compiler/bounds.ts
var ZERO = { agents: 0, inputTokens: 0, outputTokens: 0, usd: 0, latencyMs: 0, peakConcurrency: 0, work: 0 };
function computeBounds(root, pricing, concurrency) {
  const perStage = /* @__PURE__ */ new Map();
  const multiplicity = /* @__PURE__ */ new Map();
  const C = Math.max(1, concurrency);
  const cost = (s) => {
    const kids = s.children.map(cost);
    let c2;
    switch (s.kind) {
      case "agent": {
        const a = s.attempts ?? 1;
        const inT = (s.inTokens ?? 0) * a;
        const outT = (s.outTokens ?? 0) * a;
        const lat = (s.timeoutMs ?? 0) * a;
        c2 = { agents: a, inputTokens: inT, outputTokens: outT, usd: usdFor(priceOf(pricing, s.pricedModel ?? ""), inT, outT), latencyMs: lat, peakConcurrency: 1, work: lat };
        break;
      }
      case "workflow": {
        const n = s.nested ?? ZERO;
        c2 = { ...n, work: n.latencyMs * Math.max(1, n.peakConcurrency) };
        break;
      }
      case "parallel":
      case "pipeline": {
        const hetero = s.hetero === true;
        if (hetero) c2 = fanOut(kids, 1, C);
        else c2 = fanOut(kids.length ? [seq(kids)] : [], s.width ?? 0, C);
        break;
      }
      case "gate": {
        const body = seq(kids);
        if (s.gate?.onFail === "retry") c2 = times(body, s.attempts ?? 1);
        else if (s.width !== void 0) c2 = fanOut([body], s.width, C);
        else c2 = body;
        break;
      }
      case "retry":
        c2 = times(seq(kids), s.attempts ?? 1);
        break;
      case "loop":
        c2 = times(seq(kids), s.iterations ?? 1);
        break;
      case "branch":
        c2 = kids.reduce(max, ZERO);
        break;
      case "serial":
      default:
        c2 = s.concurrent ? concurrentSeq(kids, C) : seq(kids);
        break;
    }
    c2.peakConcurrency = Math.min(c2.peakConcurrency, C);
    perStage.set(s, c2);
    return c2;
  };
  const mult = (s, m) => {
    multiplicity.set(s, m);
    let inner = m;
    if ((s.kind === "parallel" || s.kind === "pipeline") && !s.hetero) inner = m * (s.width ?? 0);
    else if (s.kind === "loop") inner = m * (s.iterations ?? 1);
    else if (s.kind === "retry" || s.kind === "gate" && s.gate?.onFail === "retry") inner = m * (s.attempts ?? 1);
    else if (s.kind === "gate" && s.width !== void 0) inner = m * s.width;
    for (const k of s.children) mult(k, inner);
  };
  const total = cost(root);
  mult(root, 1);
  return { perStage, multiplicity, total };
}
function seq(kids) {
  const out = { ...ZERO };
  for (const k of kids) {
    out.agents += k.agents;
    out.inputTokens += k.inputTokens;
    out.outputTokens += k.outputTokens;
    out.usd += k.usd;
    out.latencyMs += k.latencyMs;
    out.work += k.work;
    out.peakConcurrency = Math.max(out.peakConcurrency, k.peakConcurrency);
  }
  return out;
}
function concurrentSeq(kids, C) {
  const s = seq(kids);
  s.peakConcurrency = Math.min(C, kids.reduce((a, k) => a + k.peakConcurrency, 0));
  return s;
}
function fanOut(items, width, C) {
  const n = items.length === 1 && width !== 1 ? width : 1;
  const each = items.length === 1 ? items[0] : seq(items);
  if (n === 0 || items.length === 0) return { ...ZERO };
  const work = items.length === 1 ? each.work * n : items.reduce((a, k) => a + k.work, 0);
  const longest = items.length === 1 ? each.latencyMs : Math.max(...items.map((k) => k.latencyMs));
  const serialTime = items.length === 1 ? each.latencyMs * n : items.reduce((a, k) => a + k.latencyMs, 0);
  const peak = items.length === 1 ? each.peakConcurrency * n : items.reduce((a, k) => a + k.peakConcurrency, 0);
  return {
    agents: each.agents * n,
    inputTokens: each.inputTokens * n,
    outputTokens: each.outputTokens * n,
    usd: each.usd * n,
    latencyMs: Math.min(serialTime, Math.ceil(work / C) + longest),
    peakConcurrency: Math.min(C, peak),
    work
  };
}
function times(c2, n) {
  return {
    agents: c2.agents * n,
    inputTokens: c2.inputTokens * n,
    outputTokens: c2.outputTokens * n,
    usd: c2.usd * n,
    latencyMs: c2.latencyMs * n,
    peakConcurrency: c2.peakConcurrency,
    work: c2.work * n
  };
}
function max(a, b) {
  return {
    agents: Math.max(a.agents, b.agents),
    inputTokens: Math.max(a.inputTokens, b.inputTokens),
    outputTokens: Math.max(a.outputTokens, b.outputTokens),
    usd: Math.max(a.usd, b.usd),
    latencyMs: Math.max(a.latencyMs, b.latencyMs),
    peakConcurrency: Math.max(a.peakConcurrency, b.peakConcurrency),
    work: Math.max(a.work, b.work)
  };
}
function toBounds(c2) {
  return {
    agents: c2.agents,
    inputTokens: Math.ceil(c2.inputTokens),
    outputTokens: Math.ceil(c2.outputTokens),
    usd: Math.round(c2.usd * 1e6) / 1e6,
    latencyMs: Math.ceil(c2.latencyMs),
    peakConcurrency: c2.peakConcurrency
  };
}

// compiler/graph/build.ts
import { DirectedGraph } from "graphology";

// compiler/graph/types.ts
var STAGE_GRAPH_VERSION = 1;

// compiler/graph/build.ts
function buildGraph(root, bounds, file, plan) {
  const stages = [];
  const edges = [];
  const ids = /* @__PURE__ */ new Set();
  const critical = /* @__PURE__ */ new Set();
  markCritical(root, bounds, critical);
  const visit = (s, order) => {
    let id = s.id;
    for (let n = 2; ids.has(id); n++) id = `${s.id}~${n}`;
    s.id = id;
    ids.add(id);
    const b = toBounds(bounds.perStage.get(s));
    const m = bounds.multiplicity.get(s) ?? 1;
    const pos = file.position(s.span.start);
    const j = {
      id,
      kind: s.kind,
      label: s.label,
      parent: s.parent?.id ?? null,
      order,
      phase: s.phase,
      loc: { line: pos.line, column: pos.column, start: s.span.start, end: s.span.end },
      multiplicity: m,
      bounds: b,
      total: scale(b, m),
      derivations: s.derivations,
      critical: critical.has(s.id)
    };
    if (s.width !== void 0) j.width = s.width;
    if (s.iterations !== void 0) j.iterations = s.iterations;
    if (s.attempts !== void 0) j.attempts = s.attempts;
    if (s.gate) j.gate = s.gate;
    if (s.workflow !== void 0) j.workflow = s.workflow;
    if (s.kind === "agent") {
      j.model = s.model ?? null;
      j.pricedModel = s.pricedModel ?? "";
      j.effort = s.effort ?? null;
      if (s.prompt) j.prompt = s.prompt;
      j.schema = s.schema ?? null;
      j.options = sortKeys(s.options ?? {});
    }
    stages.push(j);
    s.children.forEach((c2, i) => visit(c2, i));
  };
  visit(root, 0);
  const seqEdges = (s) => {
    if (s.kind === "serial" || s.kind === "loop" || s.kind === "retry") {
      for (let i = 1; i < s.children.length; i++) edges.push({ from: s.children[i - 1].id, to: s.children[i].id, kind: "order" });
    }
    s.children.forEach(seqEdges);
  };
  seqEdges(root);
  const all = [];
  const collect = (s) => {
    all.push(s);
    s.children.forEach(collect);
  };
  collect(root);
  for (const s of all) for (const from of s.reads) if (ids.has(from) && from !== s.id) edges.push({ from, to: s.id, kind: "data" });
  stages.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const uniq = /* @__PURE__ */ new Map();
  for (const e of edges) uniq.set(`${e.from}\0${e.to}\0${e.kind}`, e);
  const sortedEdges = [...uniq.values()].sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.kind, b.kind));
  const json = {
    version: STAGE_GRAPH_VERSION,
    plan: { ...plan, path: file.path },
    root: root.id,
    stages,
    edges: sortedEdges,
    bounds: toBounds(bounds.total),
    criticalPath: criticalPath(root, bounds)
  };
  const graph = new DirectedGraph();
  for (const s of stages) graph.addNode(s.id, s);
  for (const e of sortedEdges) if (!graph.hasEdge(e.from, e.to)) graph.addEdge(e.from, e.to, { kind: e.kind });
  return { json, graph };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function scale(b, m) {
  return { ...b, agents: b.agents * m, inputTokens: b.inputTokens * m, outputTokens: b.outputTokens * m, usd: Math.round(b.usd * m * 1e6) / 1e6 };
}
function sortKeys(o) {
  const out = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k];
  return out;
}
function criticalPath(root, bounds) {
  const out = [];
  const walk3 = (s) => {
    out.push(s.id);
    if (s.children.length === 0) return;
    if (s.kind === "branch" || (s.kind === "parallel" || s.kind === "pipeline") && s.children.length > 1) {
      let best = s.children[0];
      for (const c2 of s.children) if ((bounds.perStage.get(c2)?.latencyMs ?? 0) > (bounds.perStage.get(best)?.latencyMs ?? 0)) best = c2;
      walk3(best);
    } else for (const c2 of s.children) walk3(c2);
  };
  walk3(root);
  return out;
}
function markCritical(root, bounds, into) {
  for (const id of criticalPath(root, bounds)) into.add(id);
}

// compiler/compile.ts
import { hasCycle } from "graphology-dag";

// compiler/lints/bindings.ts
var cache = /* @__PURE__ */ new WeakMap();
function bindingsOf(program) {
  let b = cache.get(program);
  if (!b) {
    b = analyze2(program);
    cache.set(program, b);
  }
  return b;
}
function isFunction(n) {
  return n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression";
}
function analyze2(program) {
  const parents = /* @__PURE__ */ new WeakMap();
  const scopeOf = /* @__PURE__ */ new WeakMap();
  const declaredBy = /* @__PURE__ */ new WeakMap();
  const resolved = /* @__PURE__ */ new WeakMap();
  const writeOnly = /* @__PURE__ */ new WeakSet();
  const all = [];
  const newScope = (parent, owner, isFn) => {
    const s = { names: /* @__PURE__ */ new Map(), parent, owner, fnScope: void 0 };
    s.fnScope = isFn || !parent ? s : parent.fnScope;
    return s;
  };
  const declare = (scope, id, kind, extra = {}) => {
    const target = kind === "var" ? scope.fnScope : scope;
    const existing = target.names.get(id.name);
    if (existing && kind === "var") {
      declaredBy.set(id, existing);
      return;
    }
    const b = { name: id.name, kind, id, assignments: [], references: [], owner: target.owner, ...extra };
    target.names.set(id.name, b);
    declaredBy.set(id, b);
    all.push(b);
  };
  const declarePass = (node, scope) => {
    let inner = scope;
    switch (node.type) {
      case "Program":
        inner = newScope(null, node, true);
        break;
      case "FunctionDeclaration":
        declare(scope, node.id, "function", { fn: node });
        inner = newScope(scope, node, true);
        for (const p of node.params) for (const id of patternNames(p)) declare(inner, id, "param");
        break;
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        inner = newScope(scope, node, true);
        if (node.type === "FunctionExpression" && node.id) declare(inner, node.id, "function");
        for (const p of node.params) for (const id of patternNames(p)) declare(inner, id, "param");
        break;
      case "BlockStatement": {
        const p = parents.get(node);
        inner = p && isFunction(p) ? scope : newScope(scope, scope.owner, false);
        break;
      }
      case "ForOfStatement":
      case "ForStatement":
        inner = newScope(scope, scope.owner, false);
        break;
      case "CatchClause":
        inner = newScope(scope, scope.owner, false);
        if (node.param) for (const id of patternNames(node.param)) declare(inner, id, "catch");
        break;
      case "VariableDeclaration":
        for (const d of node.declarations) {
          const direct = d.id.type === "Identifier";
          for (const id of patternNames(d.id)) {
            const fn = direct && d.init && isFunction(d.init) && node.kind === "const" ? { fn: d.init } : {};
            declare(scope, id, node.kind, direct && d.init ? { declarator: d, init: d.init, ...fn } : { declarator: d });
          }
        }
        break;
      default:
        break;
    }
    scopeOf.set(node, inner);
    for (const c2 of children(node)) {
      parents.set(c2, node);
      declarePass(c2, inner);
    }
  };
  declarePass(program, newScope(null, program, true));
  const lookup = (scope, name) => {
    for (let s = scope; s; s = s.parent) {
      const b = s.names.get(name);
      if (b) return b;
    }
    return void 0;
  };
  const resolvePass = (node) => {
    if (node.type === "Identifier") {
      const own = declaredBy.get(node);
      if (own) {
        resolved.set(node, own);
        return;
      }
      const b = lookup(scopeOf.get(node), node.name);
      if (b) {
        resolved.set(node, b);
        b.references.push(node);
        const p = parents.get(node);
        if (p?.type === "AssignmentExpression" && p.left === node && p.operator === "=") {
          writeOnly.add(node);
          b.assignments.push(p.right);
        }
        if (p && (p.type === "ArrayPattern" || p.type === "ObjectPattern" || p.type === "PatternProperty")) writeOnly.add(node);
      }
      return;
    }
    for (const c2 of children(node)) resolvePass(c2);
  };
  resolvePass(program);
  const functionOf = (node) => {
    for (let p = parents.get(node); p; p = parents.get(p)) if (isFunction(p) || p.type === "Program") return p;
    return program;
  };
  return {
    resolve: (id) => resolved.get(id),
    declared: (id) => declaredBy.get(id),
    all: () => all,
    parent: (n) => parents.get(n),
    functionOf,
    isWriteOnly: (ref) => writeOnly.has(ref),
    reads: (b) => b.references.filter((r) => !writeOnly.has(r))
  };
}
function referencesIn(node, bindings) {
  const out = [];
  const visit = (n) => {
    if (n.type === "Identifier") {
      const b = bindings.resolve(n);
      if (b && b.id !== n) out.push(n);
      return;
    }
    for (const c2 of children(n)) visit(c2);
  };
  visit(node);
  return out;
}

// compiler/lints/calls.ts
function primitiveOf(node, bindings) {
  if (node.type !== "CallExpression" || node.callee.type !== "Identifier") return void 0;
  const name = node.callee.name;
  if (bindings.resolve(node.callee)) return void 0;
  switch (name) {
    case "agent":
    case "parallel":
    case "pipeline":
    case "gate":
    case "retry":
    case "workflow":
    case "phase":
    case "log":
      return name;
    default:
      return void 0;
  }
}
function isPrimitiveCall(node, name, bindings) {
  return primitiveOf(node, bindings) === name;
}
function isLogCall(node, bindings) {
  if (node.type !== "CallExpression") return false;
  const call = node;
  return primitiveOf(call, bindings) === "log" || memberPath(call.callee) === "console.log";
}
function isGlobalMethodCall(node, path) {
  return node.type === "CallExpression" && memberPath(node.callee) === path;
}
function argAt(call, i) {
  const a = call.arguments[i];
  return a && a.type !== "SpreadElement" ? a : void 0;
}
function optionsOf(call, index, bindings) {
  if (call.arguments.some((a, i) => a.type === "SpreadElement" && i <= index)) return "unknown";
  let e = argAt(call, index);
  if (!e) return void 0;
  e = resolveConst(e, bindings);
  if (e.type !== "ObjectExpression") return "unknown";
  if (e.properties.some((p) => p.type === "SpreadElement" || p.computed)) return "unknown";
  return e;
}
function propertyOf(obj, key) {
  for (const p of obj.properties) {
    if (p.type !== "Property" || p.computed) continue;
    const k = p.key.type === "Identifier" ? p.key.name : p.key.type === "StringLiteral" ? p.key.value : void 0;
    if (k === key) return p;
  }
  return void 0;
}
function optionValue2(call, index, key, bindings) {
  const opts = optionsOf(call, index, bindings);
  if (!opts || opts === "unknown") return void 0;
  return propertyOf(opts, key)?.value;
}
function certainlyLacks(call, index, key, bindings) {
  const opts = optionsOf(call, index, bindings);
  if (opts === "unknown") return false;
  return !opts || !propertyOf(opts, key);
}
function resolveConst(e, bindings) {
  const seen = /* @__PURE__ */ new Set();
  let cur = e;
  while (cur.type === "Identifier" && !seen.has(cur)) {
    seen.add(cur);
    const b = bindings.resolve(cur);
    if (!b || b.kind !== "const" || !b.init) break;
    cur = b.init;
  }
  return cur;
}
function staticString(e, bindings) {
  if (!e) return void 0;
  const r = resolveConst(e, bindings);
  if (r.type === "StringLiteral") return r.value;
  if (r.type === "TemplateLiteral" && r.expressions.length === 0) return r.quasis[0].cooked;
  return void 0;
}
function staticNumber(e, bindings) {
  if (!e) return void 0;
  const r = resolveConst(e, bindings);
  if (r.type === "NumericLiteral") return r.value;
  return void 0;
}
function unwrap(e) {
  let cur = e;
  for (; ; ) {
    if (cur.type === "AwaitExpression") cur = cur.argument;
    else if (cur.type === "ChainExpression") cur = cur.expression;
    else break;
  }
  return cur;
}
function originCall(e, bindings, seen = /* @__PURE__ */ new Set()) {
  const u = unwrap(e);
  if (seen.has(u)) return void 0;
  seen.add(u);
  if (u.type === "CallExpression") {
    const prim = primitiveOf(u, bindings);
    if (prim) return { call: u, prim };
    if (u.callee.type === "MemberExpression" && !u.callee.computed && u.callee.property.type === "Identifier") {
      const m = u.callee.property.name;
      if (m === "then" || m === "catch") return originCall(u.callee.object, bindings, seen);
    }
    return void 0;
  }
  if (u.type === "Identifier") {
    const b = bindings.resolve(u);
    if (b && b.init && (b.kind === "const" || b.kind === "let" && b.assignments.length === 0)) return originCall(b.init, bindings, seen);
  }
  return void 0;
}
var scratch = new Reporter();
function literalValue2(e, bindings) {
  if (!e) return void 0;
  const r = resolveConst(e, bindings);
  const v = literal(r, scratch);
  scratch.diagnostics.length = 0;
  return v;
}
function schemaNode(call, bindings) {
  const s = optionValue2(call, 1, "schema", bindings);
  if (!s) return void 0;
  const r = resolveConst(s, bindings);
  return r.type === "ObjectExpression" ? r : void 0;
}
function descendants(root) {
  const out = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    out.push(n);
    const kids = children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}
function methodName(call) {
  const c2 = call.callee;
  if (c2.type === "MemberExpression" && !c2.computed && c2.property.type === "Identifier") return c2.property.name;
  return void 0;
}
function returnedExpressions(fn) {
  if (fn.type === "ArrowFunctionExpression" && fn.body.type !== "BlockStatement") return [fn.body];
  if (fn.type !== "ArrowFunctionExpression" && fn.type !== "FunctionExpression" && fn.type !== "FunctionDeclaration") return [];
  const out = [];
  const visit = (n) => {
    if (n !== fn && (n.type === "ArrowFunctionExpression" || n.type === "FunctionExpression" || n.type === "FunctionDeclaration")) return;
    if (n.type === "ReturnStatement" && n.argument) out.push(n.argument);
    for (const c2 of children(n)) visit(c2);
  };
  visit(fn);
  return out;
}

// compiler/lints/rule.ts
function defineRule(rule) {
  return rule;
}

// compiler/lints/unused-result.ts
var unusedResult = defineRule({
  code: "WF5001",
  name: "unused-result",
  doc: `Flags an agent, \`parallel\`, \`pipeline\`, \`gate\`, \`retry\` or \`workflow\` whose result nothing reads:
the tokens are spent and the answer is thrown away, or a failure (\`null\`) goes unnoticed.
Two shapes: a result bound to a \`const\`/\`let\` that no later code reads, and an awaited \`agent\`,
\`parallel\` or \`pipeline\` written as a statement of its own. A thunk that returns the call
(\`() => agent(\u2026)\`) is not a discarded result. (\`await gate(\u2026)\` as a statement is an assertion and
is fine.)
@example invalid  const draft = await agent('Draft the release notes', { label: 'draft' })   // \`draft\` is never read
@example invalid  await agent('Summarise the findings', { label: 'summary' })
@example valid    const draft = await agent('Draft the release notes', { label: 'draft' }); return draft`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    for (const node of descendants(program)) {
      if (node.type === "VariableDeclarator" && node.init) {
        const origin = originCall(node.init, bindings);
        if (!origin || origin.prim === "phase" || origin.prim === "log") continue;
        if (unwrap(node.init).type === "Identifier") continue;
        const ids = patternNames(node.id);
        if (ids.length === 0) continue;
        const unread = ids.every((id) => {
          const b = bindings.declared(id);
          return b !== void 0 && bindings.reads(b).length === 0;
        });
        if (!unread) continue;
        const names2 = ids.map((id) => `\`${id.name}\``).join(", ");
        report(node.id.span, `the result of \`${origin.prim}\` bound to ${names2} is never read`, {
          label: "never read",
          help: ids.length === 1 ? `use \`${ids[0].name}\` downstream or return it, or remove the call` : "use the results downstream or return them, or remove the call"
        });
      } else if (node.type === "ExpressionStatement") {
        const e = node.expression;
        if (e.type !== "AwaitExpression") continue;
        const call = unwrap(e);
        const prim = primitiveOf(call, bindings);
        if (prim !== "agent" && prim !== "parallel" && prim !== "pipeline") continue;
        report(e.span, `the result of this awaited \`${prim}\` is discarded`, {
          label: "value thrown away",
          help: "bind it (`const x = await \u2026`) and use it, or at least check it for `null` and `log` a failure"
        });
      }
    }
  }
});

// compiler/lints/unverified-output.ts
var verdictMethods = /* @__PURE__ */ new Set(["some", "every", "includes", "indexOf", "lastIndexOf", "findIndex", "test", "startsWith", "endsWith", "has", "localeCompare"]);
var mappingMethods = /* @__PURE__ */ new Set(["map", "flatMap", "reduce", "then", "catch"]);
var comparisons = /* @__PURE__ */ new Set(["===", "!==", "==", "!=", "<", ">", "<=", ">=", "in", "instanceof"]);
var inserting = /* @__PURE__ */ new Set(["push", "unshift", "splice"]);
var unverifiedOutput = defineRule({
  code: "WF5002",
  name: "unverified-output",
  doc: `Flags a plan whose answer (its top-level \`return\`) carries agent output that no \`gate\` checked.
The value is traced back through variables, array methods, \`.then\`, helpers and \`retry\`: if
it reaches an \`agent\`, \`parallel\` or \`pipeline\` result before it reaches a \`gate(\u2026)\`, the plan
hands unverified model output to its caller. A \`parallel\`/\`pipeline\` whose thunks or stages gate
their own results counts as checked. Counts (\`.length\`) and yes/no tests (\`.some\`, \`===\`) of a
result are not its content and do not count.
@example invalid  const answer = await agent('Answer the question', { label: 'answer' }); return answer
@example valid    const answer = await agent('Answer the question', { label: 'answer' }); return await gate(answer, (a) => a.length > 0, { onFail: 'abort', label: 'non-empty' })`,
  check({ program, source, report }) {
    const bindings = bindingsOf(program);
    const taint = new Tainter(bindings);
    for (const node of descendants(program)) {
      if (node.type !== "ReturnStatement" || !node.argument) continue;
      if (bindings.functionOf(node) !== program) continue;
      const arg = node.argument;
      let at = arg;
      let origin = taint.of(arg);
      if (!origin) continue;
      let what = `the plan returns \`${shorten(textOf(source, arg))}\``;
      if (arg.type === "ObjectExpression") {
        for (const p of arg.properties) {
          const v = p.type === "Property" ? p.value : p.argument;
          const o = taint.of(v);
          if (!o) continue;
          at = v;
          origin = o;
          const name = p.type === "Property" ? keyName(p) : void 0;
          what = `the plan's answer includes \`${name ?? shorten(textOf(source, v))}\``;
          break;
        }
      }
      const prim = primitiveOf(origin, bindings) ?? "agent";
      report(at.span, `${what}, which comes from \`${prim}\` with no \`gate\` in between`, {
        label: "unchecked agent output",
        secondary: [{ span: origin.callee.span, message: "produced here" }],
        help: "check it before returning it: `const checked = await gate(value, (v) => \u2026, { onFail: 'abort', label: '\u2026' })`"
      });
    }
  }
});
function shorten(s) {
  const one = s.replace(/\s+/g, " ");
  return one.length > 40 ? `${one.slice(0, 37)}\u2026` : one;
}
var Tainter = class {
  constructor(bindings) {
    this.bindings = bindings;
  }
  bindings;
  memo = /* @__PURE__ */ new Map();
  busy = /* @__PURE__ */ new Set();
  of(e) {
    if (!e) return void 0;
    const m = this.memo.get(e);
    if (m !== void 0) return m ?? void 0;
    if (this.busy.has(e)) return void 0;
    this.busy.add(e);
    const r = this.compute(e);
    this.busy.delete(e);
    this.memo.set(e, r ?? null);
    return r;
  }
  any(nodes) {
    for (const n of nodes) {
      const t = this.of(n);
      if (t) return t;
    }
    return void 0;
  }
  compute(e) {
    switch (e.type) {
      case "Identifier":
        return this.identifier(e);
      case "AwaitExpression":
      case "SpreadElement":
        return this.of(e.argument);
      case "ChainExpression":
        return this.of(e.expression);
      case "CallExpression":
        return this.call(e);
      case "NewExpression":
        return this.any(e.arguments);
      case "MemberExpression":
        if (!e.computed && e.property.type === "Identifier" && e.property.name === "length") return void 0;
        return this.of(e.object);
      case "ObjectExpression":
        return this.any(e.properties.map((p) => p.type === "Property" ? p.value : p.argument));
      case "ArrayExpression":
        return this.any(e.elements);
      case "TemplateLiteral":
        return this.any(e.expressions);
      case "BinaryExpression":
        return comparisons.has(e.operator) ? void 0 : this.any([e.left, e.right]);
      case "LogicalExpression":
        return this.any([e.left, e.right]);
      case "ConditionalExpression":
        return this.any([e.consequent, e.alternate]);
      case "UnaryExpression":
        return e.operator === "-" || e.operator === "+" ? this.of(e.argument) : void 0;
      case "SequenceExpression":
        return this.of(e.expressions[e.expressions.length - 1]);
      case "AssignmentExpression":
        return this.of(e.right);
      case "ArrowFunctionExpression":
      case "FunctionExpression":
      case "FunctionDeclaration":
        return this.any(returnedExpressions(e));
      default:
        return void 0;
    }
  }
  identifier(id) {
    const b = this.bindings.resolve(id);
    if (!b) return void 0;
    const sources = [];
    if (b.init) sources.push(b.init);
    else if (b.declarator) {
      if (b.declarator.init) sources.push(b.declarator.init);
      else {
        const decl = this.bindings.parent(b.declarator);
        const loop = decl && this.bindings.parent(decl);
        if (loop?.type === "ForOfStatement") sources.push(loop.right);
      }
    }
    sources.push(...b.assignments);
    for (const ref of b.references) {
      const member = this.bindings.parent(ref);
      const call = member && this.bindings.parent(member);
      if (member?.type === "MemberExpression" && call?.type === "CallExpression" && call.callee === member && inserting.has(methodName(call) ?? "")) {
        sources.push(...call.arguments);
      }
    }
    return this.any(sources);
  }
  call(c2) {
    const prim = primitiveOf(c2, this.bindings);
    switch (prim) {
      case "gate":
      case "workflow":
      // a nested plan answers for its own checks
      case "phase":
      case "log":
        return void 0;
      case "agent":
        return c2;
      case "parallel":
      case "pipeline": {
        const fns = prim === "parallel" ? c2.arguments : c2.arguments.slice(1);
        return fns.some((f) => this.gates(f, /* @__PURE__ */ new Set())) ? void 0 : c2;
      }
      case "retry":
        return this.of(argAt(c2, 0)) ? c2 : void 0;
      default:
        break;
    }
    const callee = c2.callee;
    if (callee.type === "Identifier") {
      const b = this.bindings.resolve(callee);
      if (b?.fn) return this.of(b.fn);
      return this.any(c2.arguments);
    }
    const m = methodName(c2);
    if (m !== void 0 && callee.type === "MemberExpression") {
      if (verdictMethods.has(m)) return void 0;
      if (mappingMethods.has(m)) return this.any([callee.object, ...c2.arguments]);
      const nonFunctions = c2.arguments.filter((a) => a.type !== "ArrowFunctionExpression" && a.type !== "FunctionExpression");
      return this.any([callee.object, ...nonFunctions]);
    }
    return this.any(c2.arguments);
  }
  /** Whether a thunk or stage gates its result: it calls `gate`, directly or through a helper. */
  gates(n, seen) {
    if (seen.has(n)) return false;
    seen.add(n);
    for (const d of descendants(n)) {
      if (d.type !== "CallExpression") continue;
      if (primitiveOf(d, this.bindings) === "gate") return true;
      if (d.callee.type === "Identifier") {
        const b = this.bindings.resolve(d.callee);
        if (b?.fn && this.gates(b.fn, seen)) return true;
      }
    }
    if (n.type === "Identifier") {
      const b = this.bindings.resolve(n);
      if (b?.fn) return this.gates(b.fn, seen);
    }
    return false;
  }
};

// compiler/lints/sequential-awaits.ts
var sequentialAwaits = defineRule({
  code: "WF5003",
  name: "sequential-awaits",
  doc: `Flags consecutive statements that each await an agent when a later one does not use the
earlier ones' results: they could run at the same time, but each waits for the one before.
A run of such statements is reported once, at the first statement that waited needlessly.
@example invalid  const pros = await agent('List the pros', { label: 'pros' })
                  const cons = await agent('List the cons', { label: 'cons' })
@example valid    const [pros, cons] = await parallel([() => agent('List the pros', { label: 'pros' }), () => agent('List the cons', { label: 'cons' })])
@example valid    const plan = await agent('Plan it', { label: 'plan' })
                  const work = await agent(\`Do this: \${plan}\`, { label: 'work' })`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    for (const node of descendants(program)) {
      if (node.type !== "Program" && node.type !== "BlockStatement") continue;
      let run = [];
      const flush = () => {
        if (run.length >= 2) {
          const first = run[0];
          const second = run[1];
          const names2 = run.map((r) => "`" + patternNames(r.decl.id).map((id) => id.name).join(", ") + "`");
          const list = `${names2.slice(0, -1).join(", ")} and ${names2[names2.length - 1]}`;
          report(second.decl.span, `${list} come from independent agents but are awaited one after another`, {
            label: "could run at the same time",
            secondary: [{ span: first.decl.span, message: "awaited first" }],
            help: "start them together: `const [a, b] = await parallel([() => agent(\u2026), () => agent(\u2026)])`"
          });
        }
        run = [];
      };
      for (const s of node.body) {
        const decl = awaitedAgentDeclarator(s, bindings);
        if (!decl) {
          flush();
          continue;
        }
        const reads = readsThrough(decl.init, bindings);
        const used = run.some((r) => [...r.names].some((b) => reads.has(b)));
        if (used) flush();
        const names2 = new Set(patternNames(decl.id).map((id) => bindings.declared(id)).filter(Boolean));
        run.push({ decl, names: names2 });
      }
      flush();
    }
  }
});
function awaitedAgentDeclarator(s, bindings) {
  if (s.type !== "VariableDeclaration" || s.declarations.length !== 1) return void 0;
  const d = s.declarations[0];
  if (!d.init || d.init.type !== "AwaitExpression") return void 0;
  if (!isPrimitiveCall(d.init.argument, "agent", bindings)) return void 0;
  return d;
}
function readsThrough(root, bindings) {
  const out = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const visit = (n) => {
    if (seen.has(n)) return;
    seen.add(n);
    for (const ref of referencesIn(n, bindings)) {
      const b = bindings.resolve(ref);
      out.add(b);
      if (b.fn) visit(b.fn);
    }
  };
  visit(root);
  return out;
}

// compiler/lints/fan-out-without-model.ts
var fanOutWithoutModel = defineRule({
  code: "WF5004",
  name: "fan-out-without-model",
  doc: `Flags an agent that runs inside a fan-out (a \`parallel\` thunk, a \`pipeline\` stage, a \`gate\` check
with \`each: true\`, or a helper they call) without a \`model\`. It inherits the session's model,
often the most expensive one, once per item. Name the model per call, per phase
(\`meta.phases[].model\` with the agent's \`phase\` option) or for the plan (\`meta.defaults.model\`).
@example invalid  await parallel(files.map((f) => () => agent(\`Review \${f}\`, { label: 'review' })))
@example valid    await parallel(files.map((f) => () => agent(\`Review \${f}\`, { label: 'review', model: 'sonnet' })))`,
  check({ program, meta, report }) {
    if (meta?.defaults?.model) return;
    const bindings = bindingsOf(program);
    const phaseModels = new Set((meta?.phases ?? []).filter((p) => p.model).map((p) => p.title));
    const agents = /* @__PURE__ */ new Map();
    for (const node of descendants(program)) {
      const prim = primitiveOf(node, bindings);
      if (!prim || node.type !== "CallExpression") continue;
      let bodies = [];
      if (prim === "parallel") bodies = node.arguments;
      else if (prim === "pipeline") bodies = node.arguments.slice(1);
      else if (prim === "gate" && optionValue2(node, 2, "each", bindings)?.type === "BooleanLiteral") {
        const each = optionValue2(node, 2, "each", bindings);
        if (each.value) bodies = node.arguments.slice(1, 2);
      }
      for (const call of agentsReachedFrom(bodies, bindings)) if (!agents.has(call)) agents.set(call, node);
    }
    for (const [call, fanOut2] of [...agents].sort((a, b) => a[0].span.start - b[0].span.start)) {
      if (!certainlyLacks(call, 1, "model", bindings)) continue;
      const phase = staticString(optionValue2(call, 1, "phase", bindings), bindings);
      if (phase !== void 0 && phaseModels.has(phase)) continue;
      const kind = primitiveOf(fanOut2, bindings);
      report(call.callee.span, `this agent runs once per item of a \`${kind}\` but names no \`model\``, {
        label: "inherits the session model",
        secondary: [{ span: fanOut2.callee.span, message: "the fan-out" }],
        help: "add `model: 'haiku'` or `model: 'sonnet'` to its options, or set `meta.defaults.model`"
      });
    }
  }
});
function agentsReachedFrom(roots, bindings) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (n) => {
    if (seen.has(n)) return;
    seen.add(n);
    for (const d of descendants(n)) {
      if (isPrimitiveCall(d, "agent", bindings)) out.push(d);
      if (d.type === "Identifier") {
        const fn = bindings.resolve(d)?.fn;
        if (fn) visit(fn);
      }
    }
  };
  roots.forEach(visit);
  return out;
}

// compiler/lints/whole-value-in-prompt.ts
var arrayMethods = /* @__PURE__ */ new Set(["filter", "map", "flatMap", "slice", "concat", "sort", "reverse", "flat", "split"]);
var wholeValueInPrompt = defineRule({
  code: "WF5005",
  name: "whole-value-in-prompt",
  doc: `Flags a prompt template that interpolates a whole array or object: \`\${findings}\` prints
\`[object Object],[object Object]\` or every field of every item, which the agent cannot use and
whose size no bound covers. Values known to be arrays or objects are \`parallel\`/\`pipeline\`
results, agent answers with a \`schema\`, \`args\` and the parts its schema types as arrays or
objects, and array or object literals. Format the value instead: \`.map(\u2026).join('\\n')\` or
\`JSON.stringify(\u2026)\`.
@example invalid  const found = await parallel(files.map((f) => () => agent(\`Review \${f}\`, { label: 'review' })))
                  await agent(\`Summarise: \${found}\`, { label: 'summary' })
@example valid    await agent(\`Summarise: \${found.filter(Boolean).join('\\n')}\`, { label: 'summary' })`,
  check({ program, source, meta, report }) {
    const bindings = bindingsOf(program);
    const kinds = new Kinds(bindings, meta);
    const done = /* @__PURE__ */ new Set();
    for (const node of descendants(program)) {
      if (!isPrimitiveCall(node, "agent", bindings)) continue;
      const prompt = argAt(node, 0);
      if (!prompt) continue;
      for (const tpl of promptTemplates(prompt, bindings)) {
        for (const hole of tpl.expressions) {
          if (done.has(hole)) continue;
          done.add(hole);
          const target = hole.type === "ChainExpression" ? hole.expression : hole;
          if (target.type !== "Identifier" && target.type !== "MemberExpression") continue;
          const kind = kinds.of(target);
          if (kind !== "array" && kind !== "object") continue;
          const name = textOf(source, hole);
          report(hole.span, `the prompt interpolates \`${name}\`, ${kind === "array" ? "an array" : "an object"}, as a whole`, {
            label: kind === "array" ? "joined with commas; objects print as `[object Object]`" : "prints as `[object Object]`",
            help: kind === "array" ? `format it: \`${name}.map(\u2026).join('\\n')\`, or \`JSON.stringify(${name})\`` : `interpolate the fields the agent needs, or \`JSON.stringify(${name})\``
          });
        }
      }
    }
  }
});
function promptTemplates(prompt, bindings) {
  const r = resolveConst(prompt, bindings);
  if (r.type === "TemplateLiteral") return [r];
  if (r.type === "CallExpression" && r.callee.type === "Identifier") {
    const fn = bindings.resolve(r.callee)?.fn;
    if (fn) return returnedExpressions(fn).filter((e) => e.type === "TemplateLiteral");
  }
  return [];
}
var Kinds = class {
  constructor(bindings, meta) {
    this.bindings = bindings;
    this.meta = meta;
  }
  bindings;
  meta;
  of(e, depth = 0) {
    if (depth > 20) return "unknown";
    const r = e.type === "AwaitExpression" ? e.argument : e;
    switch (r.type) {
      case "ArrayExpression":
        return "array";
      case "ObjectExpression":
        return "object";
      case "StringLiteral":
      case "TemplateLiteral":
      case "NumericLiteral":
      case "BooleanLiteral":
        return "other";
      case "Identifier": {
        const b = this.bindings.resolve(r);
        if (!b) return r.name === "args" ? "object" : "unknown";
        if (b.fn || b.kind === "param" || b.kind === "catch" || b.assignments.length > 0 || !b.init) return "unknown";
        return this.of(b.init, depth + 1);
      }
      case "MemberExpression": {
        if (!r.computed && r.property.type === "Identifier" && r.property.name === "length") return "other";
        return schemaKind(this.schemaOf(r, depth));
      }
      case "CallExpression": {
        const origin = originCall(r, this.bindings);
        if (origin && origin.call === r) {
          if (origin.prim === "parallel" || origin.prim === "pipeline") return "array";
          if (origin.prim === "agent") return optionValue2(r, 1, "schema", this.bindings) ? "object" : "other";
          if (origin.prim === "gate") {
            const each = optionValue2(r, 2, "each", this.bindings);
            if (each?.type === "BooleanLiteral" && each.value) return "array";
            const v = argAt(r, 0);
            return v && v.type !== "ArrowFunctionExpression" ? this.of(v, depth + 1) : "unknown";
          }
          return "unknown";
        }
        const m = methodName(r);
        if (m && arrayMethods.has(m)) return "array";
        if (m === "join") return "other";
        const path = memberPath(r.callee);
        if (path === "Object.keys" || path === "Object.values" || path === "Object.entries" || path === "Array.from") return "array";
        if (path === "JSON.stringify" || path === "String") return "other";
        return "unknown";
      }
      default:
        return "unknown";
    }
  }
  /** The JSON Schema of a value: `args` from `meta.args`, an agent answer from its `schema`, and their properties. */
  schemaOf(e, depth) {
    if (depth > 20) return void 0;
    if (e.type === "Identifier") {
      const b = this.bindings.resolve(e);
      if (!b) return e.name === "args" ? this.meta?.args : void 0;
      if (b.kind !== "const" || !b.init) return void 0;
      const origin = originCall(b.init, this.bindings);
      if (origin?.prim === "agent" && origin.call === (b.init.type === "AwaitExpression" ? b.init.argument : b.init)) {
        const v = literalValue2(optionValue2(origin.call, 1, "schema", this.bindings), this.bindings);
        return isSchema(v) ? v : void 0;
      }
      return b.init.type === "MemberExpression" ? this.schemaOf(b.init, depth + 1) : void 0;
    }
    if (e.type === "MemberExpression" && !e.computed && e.property.type === "Identifier") {
      const parent = this.schemaOf(e.object, depth + 1);
      const props = parent?.["properties"];
      const p = isSchema(props) ? props[e.property.name] : void 0;
      return isSchema(p) ? p : void 0;
    }
    return void 0;
  }
};
function isSchema(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function schemaKind(s) {
  const t = s?.["type"];
  if (t === "array") return "array";
  if (t === "object") return "object";
  if (typeof t === "string") return "other";
  return "unknown";
}

// compiler/lints/silent-cap.ts
var silentCap = defineRule({
  code: "WF5006",
  name: "silent-cap",
  doc: `Flags a cap that drops data silently: \`xs.slice(0, N)\` (any \`slice\` with a static end) with no
\`log(\u2026)\` in the same function that mentions \`xs\` (its length, or what was left out). Caps are how
plans stay bounded, and that is right; but a run that quietly reviewed 40 of 300 files looks
the same as one that reviewed them all. Say what was dropped.
@example invalid  const shown = files.slice(0, 40)
@example valid    const shown = files.slice(0, 40)
                  if (files.length > shown.length) log(\`reviewing \${shown.length} of \${files.length} files\`)`,
  check({ program, source, report }) {
    const bindings = bindingsOf(program);
    const logsByFunction = /* @__PURE__ */ new Map();
    const all = descendants(program);
    for (const n of all) {
      if (!isLogCall(n, bindings)) continue;
      const fn = bindings.functionOf(n);
      logsByFunction.set(fn, [...logsByFunction.get(fn) ?? [], n]);
    }
    for (const n of all) {
      if (n.type !== "CallExpression" || methodName(n) !== "slice" || n.arguments.length !== 2) continue;
      const end = staticNumber(argAt(n, 1), bindings);
      if (end === void 0 || end < 0) continue;
      const receiver = n.callee.object;
      const path = memberPath(receiver);
      if (path === void 0) continue;
      const fn = bindings.functionOf(n);
      const logs = logsAround(fn, logsByFunction, bindings);
      if (logs.some((log) => mentions(log, path, receiver, bindings))) continue;
      report(n.span, `\`${textOf(source, receiver)}\` is capped at ${textOf(source, argAt(n, 1))} items and nothing logs what was dropped`, {
        label: "silent cap",
        help: `when \`${path}.length\` exceeds the cap, \`log\` how many items were left out`
      });
    }
  }
});
function logsAround(fn, byFunction, bindings) {
  const out = [];
  for (const [owner, logs] of byFunction) {
    for (let f = owner; f; f = f.type === "Program" ? void 0 : bindings.functionOf(f)) {
      if (f === fn) {
        out.push(...logs);
        break;
      }
    }
  }
  return out;
}
function mentions(log, path, receiver, bindings) {
  const root = rootIdentifier(receiver);
  const rootBinding = root && bindings.resolve(root);
  for (const d of descendants(log)) {
    if (d === log.callee) continue;
    if (d.type !== "Identifier" && d.type !== "MemberExpression") continue;
    const p = memberPath(d);
    if (p === void 0 || !(p === path || p.startsWith(path + "."))) continue;
    const r = rootIdentifier(d);
    if (r && (rootBinding ? bindings.resolve(r) === rootBinding : !bindings.resolve(r))) return true;
  }
  return false;
}
function rootIdentifier(e) {
  let cur = e;
  while (cur.type === "MemberExpression") cur = cur.object;
  return cur.type === "Identifier" ? cur : void 0;
}

// compiler/lints/phases.ts
function phaseUses(program, bindings) {
  const out = { uses: [], dynamic: false };
  const add = (e) => {
    if (!e) return;
    const title = staticString(e, bindings);
    if (title === void 0) out.dynamic = true;
    else out.uses.push({ title, node: e });
  };
  for (const n of descendants(program)) {
    if (isPrimitiveCall(n, "phase", bindings)) add(argAt(n, 0));
    else if (isPrimitiveCall(n, "agent", bindings)) add(optionValue2(n, 1, "phase", bindings));
  }
  return out;
}

// compiler/lints/undeclared-phase.ts
var undeclaredPhase = defineRule({
  code: "WF5007",
  name: "undeclared-phase",
  doc: `Flags a phase title that \`meta.phases\` does not declare, in \`phase('\u2026')\` or an agent's \`phase\`
option. The progress view groups agents under the declared phases; a misspelt title makes a
stray group, and the phase's \`model\` is not applied. Only checked when \`meta.phases\` is declared.
@example invalid  export const meta = { name: 'x', description: 'x', phases: [{ title: 'Review' }] }
                  phase('Reveiw')
@example valid    phase('Review')`,
  check({ program, meta, report }) {
    if (!meta || meta.spans["phases"] === void 0) return;
    const declared = meta.phases.map((p) => p.title);
    for (const use of phaseUses(program, bindingsOf(program)).uses) {
      if (declared.includes(use.title)) continue;
      const hint = didYouMean(use.title, declared);
      report(use.node.span, `phase \`${use.title}\` is not declared in \`meta.phases\``, {
        label: "undeclared phase",
        secondary: [{ span: meta.spans["phases"], message: "phases are declared here" }],
        help: hint ? `did you mean \`${hint}\`?` : `add \`{ title: '${use.title}' }\` to \`meta.phases\`, or use one of its titles`
      });
    }
  }
});

// compiler/lints/unused-phase.ts
var unusedPhase = defineRule({
  code: "WF5008",
  name: "unused-phase",
  doc: `Flags a \`meta.phases\` entry that no \`phase('\u2026')\` call or agent \`phase\` option uses: the progress
view shows a phase that never starts, and its \`model\` applies to nothing. Not checked when some
phase title is computed at run time.
@example invalid  export const meta = { name: 'x', description: 'x', phases: [{ title: 'Review' }, { title: 'Ship' }] }
                  phase('Review')   // \`Ship\` is never used
@example valid    phase('Review'); \u2026 phase('Ship')`,
  check({ program, meta, report }) {
    if (!meta || meta.phases.length === 0) return;
    const uses = phaseUses(program, bindingsOf(program));
    if (uses.dynamic) return;
    const used = new Set(uses.uses.map((u) => u.title));
    for (const p of meta.phases) {
      if (used.has(p.title)) continue;
      report(p.span, `phase \`${p.title}\` is declared but never started`, {
        label: "unused phase",
        help: `call \`phase('${p.title}')\` where it begins, or remove it from \`meta.phases\``
      });
    }
  }
});

// compiler/lints/duplicate-label.ts
var duplicateLabel = defineRule({
  code: "WF5009",
  name: "duplicate-label",
  doc: `Flags two agent calls, at different places in the plan, with the same static \`label\`. Labels
name stages in the progress view, the journal and \`wfc graph\`; two calls sharing one are told
apart only by an automatic \`#2\`, which moves when the plan is edited, so resumed runs and diffs
match the wrong stage. (One call that runs many times, in a fan-out or a loop, is fine.)
@example invalid  const a = await agent('Review the API', { label: 'review' })
                  const b = await agent('Review the UI', { label: 'review' })
@example valid    const a = await agent('Review the API', { label: 'review-api' })
                  const b = await agent('Review the UI', { label: 'review-ui' })`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    const first = /* @__PURE__ */ new Map();
    for (const n of descendants(program)) {
      if (!isPrimitiveCall(n, "agent", bindings)) continue;
      const e = optionValue2(n, 1, "label", bindings);
      if (!e) continue;
      const label = staticLabel(resolveConst(e, bindings));
      if (label === void 0) continue;
      const earlier = first.get(label);
      if (!earlier) {
        first.set(label, e);
        continue;
      }
      report(e.span, `label \`${label}\` is already used by another agent`, {
        label: "duplicate label",
        secondary: [{ span: earlier.span, message: "first used here" }],
        help: "give each agent call its own label, e.g. suffix what it does differently"
      });
    }
  }
});

// compiler/lints/unparsed-json.ts
var textMethods = /* @__PURE__ */ new Set(["trim", "trimStart", "trimEnd", "replace", "replaceAll", "slice", "substring", "toString"]);
var unparsedJson = defineRule({
  code: "WF5010",
  name: "unparsed-json",
  doc: `Flags \`JSON.parse\` of an agent's answer when the agent has no \`schema\`. Free text that is
supposed to be JSON often is not (a code fence, a preface, a trailing comma); the parse throws and
the run fails. With a \`schema\`, wfc asks for structured output, validates it, re-asks up to
\`attempts\` times when it is invalid, and hands back the parsed object.
@example invalid  const raw = await agent('List the risks as JSON', { label: 'risks' })
                  const risks = JSON.parse(raw)
@example valid    const risks = await agent('List the risks', { label: 'risks', schema: RISKS })`,
  check({ program, source, report }) {
    const bindings = bindingsOf(program);
    for (const n of descendants(program)) {
      if (!isGlobalMethodCall(n, "JSON.parse")) continue;
      const arg = argAt(n, 0);
      if (!arg) continue;
      const agent = schemalessAgent(arg, bindings);
      if (!agent) continue;
      report(n.span, `\`${textOf(source, arg)}\` is an agent's free-text answer parsed as JSON`, {
        label: "throws when the answer is not exactly JSON",
        secondary: [{ span: agent.callee.span, message: "this agent has no `schema`" }],
        help: "give the agent a `schema`: wfc then validates the answer, re-asks when it is invalid, and returns the parsed object"
      });
    }
  }
});
function schemalessAgent(e, bindings) {
  let cur = e;
  for (; ; ) {
    if (cur.type === "CallExpression" && cur.callee.type === "MemberExpression" && textMethods.has(methodName(cur) ?? "")) cur = cur.callee.object;
    else if (cur.type === "ChainExpression") cur = cur.expression;
    else break;
  }
  const origin = originCall(cur, bindings);
  if (!origin || origin.prim !== "agent") return void 0;
  return certainlyLacks(origin.call, 1, "schema", bindings) ? origin.call : void 0;
}

// compiler/lints/unfiltered-nulls.ts
var elementParams = {
  map: [0],
  forEach: [0],
  flatMap: [0],
  some: [0],
  every: [0],
  find: [0],
  findIndex: [0],
  findLast: [0],
  filter: [0],
  sort: [0, 1],
  reduce: [1]
};
var unfilteredNulls = defineRule({
  code: "WF5011",
  name: "unfiltered-nulls",
  doc: `Flags reading a field of an element of a \`parallel\` or \`pipeline\` result before the \`null\`s are
filtered out. A failed thunk or a dropped pipeline item leaves \`null\` in its slot (the run goes
on, by design), so \`results.map((r) => r.title)\` throws as soon as one agent fails. Covered
reads: callbacks of array methods (\`map\`, \`forEach\`, \`filter\`, \`sort\`, \u2026), \`for\u2026of\` loops,
\`results[i].field\`, and names destructured from the result. A read is fine after
\`.filter(Boolean)\`, with \`?.\`, or under a test of the element (\`r && r.title\`, \`if (!r) continue\`).
@example invalid  const reviews = await parallel(files.map((f) => () => agent(\`Review \${f}\`, { label: 'review', schema: REVIEW })))
                  const titles = reviews.map((r) => r.title)
@example valid    const titles = reviews.filter(Boolean).map((r) => r.title)`,
  check({ program, source, report }) {
    const bindings = bindingsOf(program);
    const reported = /* @__PURE__ */ new Set();
    const flag = (access, result, prim) => {
      if (reported.has(access)) return;
      reported.add(access);
      report(access.span, `\`${textOf(source, access)}\` reads an element of \`${result}\`, a \`${prim}\` result whose failed items are \`null\``, {
        label: "throws if this item failed",
        help: `filter first with \`${result}.filter(Boolean)\`, or read it with \`?.\``
      });
    };
    for (const d of descendants(program)) {
      if (d.type !== "VariableDeclarator" || !d.init) continue;
      const call = unwrap(d.init);
      const prim = primitiveOf(call, bindings);
      if (prim !== "parallel" && prim !== "pipeline") continue;
      if (d.id.type === "ArrayPattern") {
        for (const id of patternNames(d.id)) {
          const b = bindings.declared(id);
          if (!b) continue;
          const name = textOf(source, d.id);
          for (const access of unguardedAccesses(b, bindings.functionOf(d), bindings)) flag(access, name, prim);
        }
        continue;
      }
      if (d.id.type !== "Identifier") continue;
      const result = bindings.declared(d.id);
      if (!result || result.assignments.length > 0) continue;
      for (const ref of bindings.reads(result)) {
        const parent = bindings.parent(ref);
        if (parent?.type === "MemberExpression" && parent.object === ref) {
          if (parent.computed) {
            const outer = bindings.parent(parent);
            if (outer?.type === "MemberExpression" && outer.object === parent && !outer.optional && !guardedBy(outer, (t) => textMentions(t, parent, source), bindings)) flag(outer, result.name, prim);
            continue;
          }
          const call2 = bindings.parent(parent);
          const m = parent.property.type === "Identifier" ? parent.property.name : "";
          if (call2?.type !== "CallExpression" || call2.callee !== parent || methodName(call2) === void 0) continue;
          const cb = call2.arguments[0];
          const params = elementParams[m];
          if (!cb || !params || !isFunction(cb)) continue;
          for (const i of params) {
            const p = cb.params[i];
            if (p?.type !== "Identifier") continue;
            const b = bindings.declared(p);
            if (b) for (const access of unguardedAccesses(b, cb, bindings)) flag(access, result.name, prim);
          }
        } else if (parent?.type === "ForOfStatement" && parent.right === ref) {
          const v = parent.left.declarations[0]?.id;
          const b = v?.type === "Identifier" ? bindings.declared(v) : void 0;
          if (b) for (const access of unguardedAccesses(b, parent, bindings)) flag(access, result.name, prim);
        }
      }
    }
  }
});
function unguardedAccesses(b, scope, bindings) {
  const out = [];
  for (const ref of bindings.reads(b)) {
    const m = bindings.parent(ref);
    if (m?.type !== "MemberExpression" || m.object !== ref || m.optional) continue;
    if (guardedBy(m, (test) => referencesIn(test, bindings).some((r) => bindings.resolve(r) === b), bindings, scope)) continue;
    out.push(m);
    break;
  }
  return out;
}
function guardedBy(node, mentions2, bindings, scope) {
  let child = node;
  for (let p = bindings.parent(node); p; child = p, p = bindings.parent(p)) {
    if (p.type === "LogicalExpression" && p.right === child && mentions2(p.left)) return true;
    if (p.type === "ConditionalExpression" && p.test !== child && mentions2(p.test)) return true;
    if (p.type === "IfStatement" && p.test !== child && mentions2(p.test)) return true;
    if (p.type === "BlockStatement" || p.type === "Program") {
      for (const s of p.body) {
        if (s === child) break;
        if (s.type === "IfStatement" && mentions2(s.test) && exits(s.consequent)) return true;
      }
    }
    if (p === scope) break;
  }
  return false;
}
function exits(s) {
  if (s.type === "ReturnStatement" || s.type === "ContinueStatement" || s.type === "BreakStatement" || s.type === "ThrowStatement") return true;
  if (s.type === "BlockStatement") {
    const last = s.body[s.body.length - 1];
    return last !== void 0 && exits(last);
  }
  return false;
}
function textMentions(test, target, source) {
  const t = textOf(source, target);
  return descendants(test).some((n) => n.type === "MemberExpression" && textOf(source, n) === t);
}

// compiler/lints/missing-label.ts
var missingLabel = defineRule({
  code: "WF5012",
  name: "missing-label",
  doc: `Flags an agent call without a \`label\`. The label names the agent in the progress view, the
run journal and \`wfc graph\`, and it is what makes the agent's stage id stable: without one the
id falls back to the agent's position, so inserting an agent elsewhere renames it and a resumed
run or a \`wfc diff\` matches the wrong stage.
@example invalid  const summary = await agent('Summarise the report')
@example valid    const summary = await agent('Summarise the report', { label: 'summarise' })`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    for (const n of descendants(program)) {
      if (!isPrimitiveCall(n, "agent", bindings) || !certainlyLacks(n, 1, "label", bindings)) continue;
      report(n.callee.span, "this agent has no `label`", {
        label: "unlabelled agent",
        help: "add `label: '\u2026'` to its options: a short name for what it does"
      });
    }
  }
});

// compiler/lints/schema-without-max-items.ts
var dataKeys = /* @__PURE__ */ new Set(["enum", "const", "default", "examples", "required"]);
var schemaWithoutMaxItems = defineRule({
  code: "WF5013",
  name: "schema-without-max-items",
  doc: `Flags an array in an agent's \`schema\` without \`maxItems\`. wfc bounds every fan-out from
\`maxItems\`; an unbounded array in an answer cannot bound a later fan-out over it (that is an
error where it is fanned out), and it lets the agent pad its answer, spending output tokens on
the hundredth finding nobody reads. Say how many you want.
@example invalid  const TASKS = { type: 'object', properties: { tasks: { type: 'array', items: { type: 'string' } } } }
@example valid    const TASKS = { type: 'object', properties: { tasks: { type: 'array', maxItems: 20, items: { type: 'string' } } } }`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    const seen = /* @__PURE__ */ new Set();
    const visit = (obj, name, at) => {
      if (seen.has(obj)) return;
      seen.add(obj);
      if (isArrayType(propertyOf(obj, "type")?.value, bindings) && !propertyOf(obj, "maxItems")) {
        report(at, `the schema array ${name} has no \`maxItems\``, {
          label: "unbounded array",
          help: "add `maxItems: N` with the most items you want back"
        });
      }
      for (const p of obj.properties) {
        if (p.type !== "Property") continue;
        const k = keyName(p);
        if (k === void 0 || dataKeys.has(k)) continue;
        const isProps = k === "properties";
        const value = resolveConst(p.value, bindings);
        if (value.type === "ObjectExpression") {
          if (isProps) {
            for (const q of value.properties) {
              if (q.type !== "Property") continue;
              const v = resolveConst(q.value, bindings);
              if (v.type === "ObjectExpression") visit(v, `\`${keyName(q) ?? "?"}\``, q.key.span);
            }
          } else visit(value, k === "items" ? `${name === "the answer" ? "" : name + " "}items`.trim() : `\`${k}\``, p.key.span);
        } else if (value.type === "ArrayExpression") {
          for (const el of value.elements) {
            const v = el && el.type !== "SpreadElement" ? resolveConst(el, bindings) : void 0;
            if (v?.type === "ObjectExpression") visit(v, name, v.span);
          }
        }
      }
    };
    for (const n of descendants(program)) {
      if (!isPrimitiveCall(n, "agent", bindings)) continue;
      const schema = schemaNode(n, bindings);
      if (schema) visit(schema, "the answer", schema.span);
    }
  }
});
function isArrayType(e, bindings) {
  if (!e) return false;
  const r = resolveConst(e, bindings);
  if (r.type === "StringLiteral") return r.value === "array";
  if (r.type === "ArrayExpression") return r.elements.some((el) => el?.type === "StringLiteral" && el.value === "array");
  return false;
}

// compiler/lints/catch-swallows.ts
var catchSwallows = defineRule({
  code: "WF5014",
  name: "catch-swallows",
  doc: `Flags a \`catch\` that makes a failure disappear: its block is empty, or it only returns
\`null\`/nothing/an empty value or continues, and it neither \`log\`s nor rethrows. The run then
reports success with a hole in its answer and no trace of why. (\`parallel\`, \`pipeline\`, \`gate\`
and \`retry\` already record failures in the run's census; a hand-written \`catch\` must say so itself.)
@example invalid  try { plan = await workflow('plan', args) } catch (e) { }
@example invalid  try { return await risky() } catch { return null }
@example valid    try { return await risky() } catch (e) { log(\`risky failed: \${e.message}\`); return null }`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    for (const n of descendants(program)) {
      if (n.type !== "CatchClause") continue;
      if (!n.body.body.every(swallows)) continue;
      if (descendants(n.body).some((d) => isLogCall(d, bindings))) continue;
      report(n.span, n.body.body.length === 0 ? "this `catch` is empty: the error disappears" : "this `catch` drops the error without logging it", {
        label: "failure swallowed",
        help: "`log` what failed and why (the error's `message`) before recovering, or let the error propagate"
      });
    }
  }
});
function swallows(s) {
  if (s.type === "EmptyStatement" || s.type === "ContinueStatement" || s.type === "BreakStatement") return true;
  if (s.type !== "ReturnStatement") return false;
  const a = s.argument;
  if (!a) return true;
  if (a.type === "NullLiteral") return true;
  if (a.type === "Identifier" && a.name === "undefined") return true;
  if (a.type === "ArrayExpression" && a.elements.length === 0) return true;
  if (a.type === "ObjectExpression" && a.properties.length === 0) return true;
  if (a.type === "StringLiteral" && a.value === "") return true;
  if (a.type === "BooleanLiteral" && !a.value) return true;
  return false;
}

// compiler/lints/index.ts
var rules = [
  unusedResult,
  unverifiedOutput,
  sequentialAwaits,
  fanOutWithoutModel,
  wholeValueInPrompt,
  silentCap,
  undeclaredPhase,
  unusedPhase,
  duplicateLabel,
  unparsedJson,
  unfilteredNulls,
  missingLabel,
  schemaWithoutMaxItems,
  catchSwallows
];
function runLints(input, sink, severities = {}, only = rules) {
  for (const rule of only) {
    const severity = severities[rule.code] ?? severities[rule.name] ?? "warning";
    if (severity === "off") continue;
    const report = (span, message, extra = {}) => {
      if (severity === "error") sink.error(rule.code, span, message, extra);
      else sink.warning(rule.code, span, message, extra);
    };
    try {
      rule.check({ ...input, report });
    } catch (e) {
      sink.error("WF9001", { start: 0, end: 0 }, `internal error in lint rule \`${rule.name}\` (${rule.code}): ${e instanceof Error ? e.message : String(e)}`, {
        help: "this is a bug in wfc; turn the rule off in `wfc.config.json` to go on, and report it"
      });
    }
  }
}

// compiler/compile.ts
function compileFile(path, options = {}) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const file = new SourceFile(path, "");
    const d = { code: "WF0104", severity: "error", message: `cannot read \`${path}\`: ${e.code ?? "error"}`, span: { start: 0, end: 0 } };
    return { file, diagnostics: [d], suppressed: [], hasErrors: true };
  }
  return compileSource(path, text, options);
}
function compileSource(path, text, options = {}) {
  const file = new SourceFile(path, text);
  const r = new Reporter();
  let phase = "parse";
  const out = { file, diagnostics: [], suppressed: [], hasErrors: false };
  try {
    const syntax = parse(text);
    r.diagnostics.push(...syntax.diagnostics);
    out.program = syntax.program;
    if (!r.hasErrors()) {
      phase = "names";
      checkSubset(syntax.program, r);
      phase = "meta";
      out.meta = extractMeta(syntax.program, r);
      phase = "sites";
      out.sites = indexSites(syntax.program);
      checkCallCycles(out.sites, r);
      if (!r.hasErrors() || onlyBoundsFriendly(r)) {
        phase = "analysis";
        const pricing = options.pricing ?? DEFAULT_PRICING;
        const analysis = analyze(syntax.program, text, out.meta, out.sites, r, {
          pricing,
          ...options.effort ? { effort: options.effort } : {},
          depth: options.depth ?? 0,
          loadWorkflow: (name) => loadNested(path, name, options)
        });
        phase = "bounds";
        const b = computeBounds(analysis.root, pricing, analysis.concurrency);
        phase = "graph";
        const hash = createHash("sha256").update(text).digest("hex");
        const plan = {
          name: out.meta?.name ?? "",
          description: out.meta?.description ?? "",
          phases: (out.meta?.phases ?? []).map((p) => ({ title: p.title, ...p.detail ? { detail: p.detail } : {} })),
          hash,
          ...out.meta?.budget ? { budget: out.meta.budget } : {},
          ...options.effort ?? out.meta?.effort ? { effort: options.effort ?? out.meta.effort } : {}
        };
        const { json, graph } = buildGraph(analysis.root, b, file, plan);
        if (hasCycle(graph)) throw new Error("the stage graph's edges form a cycle");
        out.graph = json;
        out.stageGraph = graph;
        out.bounds = toBounds(b.total);
        phase = "checks";
        checkBudgets({ bounds: out.bounds, meta: out.meta, concurrency: analysis.concurrency, ...options.ciBudget ? { ci: options.ciBudget } : {} }, r);
        phase = "lints";
        runLints({ program: syntax.program, source: text, ...out.meta ? { meta: out.meta } : {}, sites: out.sites }, r, options.rules);
      }
    }
  } catch (e) {
    r.error("WF9001", { start: 0, end: 0 }, `internal error in the ${phase} phase: ${e.message ?? String(e)}`, {
      notes: [(e.stack ?? "").split("\n").slice(0, 4).join("\n")],
      help: "this is a bug in wfc; please report it with the plan that triggered it"
    });
  }
  const { diagnostics, suppressed } = applySuppressions(file, out.program?.comments ?? [], applySeverities(r.diagnostics, options.rules));
  out.diagnostics = sortDiagnostics2(diagnostics);
  out.suppressed = suppressed;
  out.hasErrors = out.diagnostics.some((d) => d.severity === "error");
  return out;
}
function onlyBoundsFriendly(r) {
  return r.diagnostics.every((d) => d.severity !== "error" || /^WF(2|3|4)/.test(d.code) || d.code === "WF1003" || d.code === "WF1004" || d.code === "WF1005" || d.code === "WF1009");
}
function applySeverities(diags, rules2) {
  if (!rules2) return diags;
  const out = [];
  for (const d of diags) {
    const s = rules2[d.code];
    if (s === "off" && !/^WF(0|1|9)/.test(d.code)) continue;
    out.push(s && s !== "off" && !/^WF(0|1|9)/.test(d.code) ? { ...d, severity: s } : d);
  }
  return out;
}
function loadNested(parentPath, name, options) {
  const dir = dirname(resolve(parentPath));
  const candidates = [joinPath(dir, `${name}.wf.js`), joinPath(dir, `${name}.js`)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) return void 0;
  const chain = [...options.chain ?? [resolve(parentPath)]];
  if (chain.includes(found)) return { bounds: zeroBounds(), error: `cycle among workflows: ${[...chain, found].map((p) => "`" + p.split("/").pop() + "`").join(" \u2192 ")}` };
  if ((options.depth ?? 0) >= 1) return { bounds: zeroBounds() };
  const nested = compileFile(found, { ...options, depth: (options.depth ?? 0) + 1, chain: [...chain, found] });
  if (!nested.bounds || nested.hasErrors) {
    const first = nested.diagnostics.find((d) => d.severity === "error");
    return { bounds: nested.bounds ?? zeroBounds(), error: `the nested plan \`${name}.wf.js\` has errors${first ? `: ${first.message}` : ""}` };
  }
  return { bounds: nested.bounds };
}
function zeroBounds() {
  return { agents: 0, inputTokens: 0, outputTokens: 0, usd: 0, latencyMs: 0, peakConcurrency: 0 };
}

// ../../tmp/exp1.ts
var src = `export const meta = {
  name: 'fanout', description: 'forty reviewers',
  args: { type: 'object', required: ['items'], properties: { items: { type: 'array', maxItems: 40, items: { type: 'string', maxLength: 20 } } } },
  defaults: { attempts: 3, timeoutMs: 1500 },
}
const SCHEMA = { type: 'object', required: ['verdict', 'notes'], properties: { verdict: { type: 'boolean' }, notes: { type: 'string', maxLength: 50 } } }
const results = await parallel(args.items.map((item) => () => agent('review ' + item, { label: 'review', schema: SCHEMA, maxTokens: 200 })))
return results
`;
var c = compileSource("fanout.wf.js", src);
console.log(c.hasErrors, c.diagnostics.map((d) => d.code + " " + d.message));
console.log(JSON.stringify(c.graph?.bounds), c.graph?.stages.map((s) => [s.id, s.kind, JSON.stringify(s.total)]));
