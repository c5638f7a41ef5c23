/**
 * The wf lexer: JavaScript's tokens, with two lexer modes so template literals can nest expressions
 * (`${…}`) that themselves contain braces and templates. In code mode every `{` pushes another code
 * mode and every `}` pops one; a `${` inside a template pushes code mode, so its closing `}` returns
 * to the template.
 */
import { createToken, Lexer, type TokenType, type IToken } from "chevrotain";

const tokens: TokenType[] = [];
function token(config: Parameters<typeof createToken>[0]): TokenType {
  const t = createToken(config);
  tokens.push(t);
  return t;
}

// ---------------------------------------------------------------- categories
/** Anything that may follow `.` or stand as an object key: identifiers and every reserved word. */
export const IdentifierName = createToken({ name: "IdentifierName", pattern: Lexer.NA });
export const BinaryOperator = createToken({ name: "BinaryOperator", pattern: Lexer.NA });
export const AssignOperator = createToken({ name: "AssignOperator", pattern: Lexer.NA });

// ---------------------------------------------------------------- trivia
export const WhiteSpace = token({ name: "WhiteSpace", pattern: /[ \t\n\r\v\f\u00a0\ufeff\u2028\u2029]+/, group: Lexer.SKIPPED, line_breaks: true });
export const LineComment = token({ name: "LineComment", pattern: /\/\/[^\n\r\u2028\u2029]*/, group: "comments" });
export const BlockComment = token({ name: "BlockComment", pattern: /\/\*[\s\S]*?\*\//, group: "comments", line_breaks: true });

// ---------------------------------------------------------------- literals
// Letters beyond ASCII are allowed; the multiplication and division signs (× ÷) are not letters.
export const Identifier = token({
  name: "Identifier",
  pattern: /[A-Za-z_$\u00c0-\u00d6\u00d8-\u00f6\u00f8-\uffff][\w$\u00c0-\u00d6\u00d8-\u00f6\u00f8-\uffff]*/,
  categories: [IdentifierName],
});

function keyword(word: string, name?: string): TokenType {
  return createToken({
    name: name ?? word[0]!.toUpperCase() + word.slice(1),
    pattern: new RegExp(word),
    longer_alt: Identifier,
    categories: [IdentifierName],
  });
}
// Contextual words are Identifiers too, so `const of = 1` still works.
export const Of = createToken({ name: "Of", pattern: /of/, longer_alt: Identifier, categories: [Identifier, IdentifierName] });
export const Async = createToken({ name: "Async", pattern: /async/, longer_alt: Identifier, categories: [Identifier, IdentifierName] });

export const Const = keyword("const");
export const Let = keyword("let");
export const Var = keyword("var");
export const FunctionKw = keyword("function", "Function");
export const Return = keyword("return");
export const If = keyword("if");
export const Else = keyword("else");
export const For = keyword("for");
export const While = keyword("while");
export const Do = keyword("do");
export const Break = keyword("break");
export const Continue = keyword("continue");
export const Throw = keyword("throw");
export const Try = keyword("try");
export const Catch = keyword("catch");
export const Finally = keyword("finally");
export const New = keyword("new");
export const Await = keyword("await");
export const Typeof = keyword("typeof");
export const Void = keyword("void");
export const Delete = keyword("delete");
export const Instanceof = createToken({ name: "Instanceof", pattern: /instanceof/, longer_alt: Identifier, categories: [IdentifierName, BinaryOperator] });
export const In = createToken({ name: "In", pattern: /in/, longer_alt: Identifier, categories: [IdentifierName, BinaryOperator] });
export const True = keyword("true");
export const False = keyword("false");
export const Null = keyword("null");
export const This = keyword("this");
export const Export = keyword("export");
export const Import = keyword("import");
export const Class = keyword("class");
export const Switch = keyword("switch");
export const With = keyword("with");
export const Debugger = keyword("debugger");
export const Yield = keyword("yield");
export const Super = keyword("super");
// Reserved words with no role in the language; lexing them as keywords keeps them out of bindings.
export const OtherReserved = createToken({
  name: "OtherReserved",
  pattern: /(?:case|default|enum|extends|static|implements|interface|package|private|protected|public)(?![\w$\u00c0-\uffff])/,
  categories: [IdentifierName],
});

const keywords = [
  Const, Let, Var, FunctionKw, Return, If, Else, For, While, Do, Break, Continue, Throw, Try, Catch, Finally, New,
  Await, Typeof, Void, Delete, Instanceof, In, True, False, Null, This, Export, Import, Class, Switch, With, Debugger,
  Yield, Super, Of, Async, OtherReserved,
];

export const NumberLiteral = token({
  name: "NumberLiteral",
  pattern: /(?:0[xX][\da-fA-F](?:_?[\da-fA-F])*|0[oO][0-7](?:_?[0-7])*|0[bB][01](?:_?[01])*|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?)n?/,
});
export const StringLiteral = token({
  name: "StringLiteral",
  pattern: /"(?:[^"\\\n\r]|\\[\s\S])*"|'(?:[^'\\\n\r]|\\[\s\S])*'/,
  line_breaks: true,
});

/**
 * `/` starts a regular expression only where an expression may start; after something that ends an
 * expression (a name, a literal, `)`, `]`, `}`) it divides. Custom pattern so the lexer can look back.
 */
const regexBody = /\/(?![*/])(?:[^/\\\[\n\r]|\\.|\[(?:[^\]\\\n\r]|\\.)*\])+\/[dgimsuvy]*/y;
const dividesAfter = new Set(["Identifier", "NumberLiteral", "StringLiteral", "RegExpLiteral", "RParen", "RBracket", "RCurly", "BacktickEnd", "PlusPlus", "MinusMinus", "True", "False", "Null", "This", "Of", "Async", "Super"]);
/** Whether the last token, a `)`, closes the parenthesised head of `if`, `while` or `for`. */
function closesStatementHead(matched: IToken[]): boolean {
  let depth = 0;
  for (let i = matched.length - 1; i >= 0; i--) {
    const name = matched[i]!.tokenType.name;
    if (name === "RParen") depth++;
    else if (name === "LParen" && --depth === 0) {
      const kw = matched[i - 1]?.tokenType.name;
      return kw === "If" || kw === "While" || kw === "For";
    }
  }
  return false;
}

export const RegExpLiteral = token({
  name: "RegExpLiteral",
  pattern: {
    exec(text: string, offset: number, matched: IToken[]) {
      const prev = matched[matched.length - 1];
      if (prev) {
        // After `.` or `?.` any word, keywords included, is a property name: `/` divides.
        const before = matched[matched.length - 2];
        if (before && (before.tokenType.name === "Dot" || before.tokenType.name === "QuestionDot") && /^[\w$\u00c0-\uffff]/.test(prev.image)) return null;
        // `)` usually ends an expression, but not the head of `if (…)`, `while (…)` or `for (…)`,
        // after which a statement (possibly a regex) starts.
        if (prev.tokenType.name === "RParen" && !closesStatementHead(matched)) return null;
        if (prev.tokenType.name !== "RParen" && dividesAfter.has(prev.tokenType.name)) return null;
      }
      regexBody.lastIndex = offset;
      return regexBody.exec(text);
    },
  },
  line_breaks: false,
  start_chars_hint: ["/"],
});

// ---------------------------------------------------------------- templates
export const Backtick = token({ name: "Backtick", pattern: /`/, push_mode: "template" });
export const TemplateChars = createToken({ name: "TemplateChars", pattern: /(?:[^`\\$]|\\[\s\S]|\$(?!\{))+/, line_breaks: true });
export const TemplateExprStart = createToken({ name: "TemplateExprStart", pattern: /\$\{/, push_mode: "code" });
export const BacktickEnd = createToken({ name: "BacktickEnd", pattern: /`/, pop_mode: true });

// ---------------------------------------------------------------- punctuation (longest first)
function punct(name: string, pattern: RegExp, categories: TokenType[] = []): TokenType {
  return token({ name, pattern, categories });
}
export const Arrow = punct("Arrow", /=>/);
export const Ellipsis = punct("Ellipsis", /\.\.\./);
export const QuestionDot = punct("QuestionDot", /\?\.(?!\d)/);
export const LCurly = token({ name: "LCurly", pattern: /\{/, push_mode: "code" });
export const RCurly = token({ name: "RCurly", pattern: /\}/, pop_mode: true });
export const LParen = punct("LParen", /\(/);
export const RParen = punct("RParen", /\)/);
export const LBracket = punct("LBracket", /\[/);
export const RBracket = punct("RBracket", /\]/);
export const Semicolon = punct("Semicolon", /;/);
export const Comma = punct("Comma", /,/);
// Assignment operators before their binary prefixes.
export const AssignCompound = punct("AssignCompound", /(?:\*\*|>>>|<<|>>|&&|\|\||\?\?|[-+*/%&|^])=/, [AssignOperator]);
export const StrictEq = punct("StrictEq", /===|!==/, [BinaryOperator]);
export const LooseEq = punct("LooseEq", /==|!=/, [BinaryOperator]);
export const Equals = punct("Equals", /=/, [AssignOperator]);
export const Logical = punct("Logical", /&&|\|\||\?\?/, [BinaryOperator]);
export const Question = punct("Question", /\?/);
export const Colon = punct("Colon", /:/);
export const PlusPlus = punct("PlusPlus", /\+\+/);
export const MinusMinus = punct("MinusMinus", /--/);
export const Exponent = punct("Exponent", /\*\*/, [BinaryOperator]);
export const Shift = punct("Shift", />>>|<<|>>/, [BinaryOperator]);
export const Relational = punct("Relational", /<=|>=|<|>/, [BinaryOperator]);
export const Plus = punct("Plus", /\+/, [BinaryOperator]);
export const Minus = punct("Minus", /-/, [BinaryOperator]);
export const Multiplicative = punct("Multiplicative", /[*/%]/, [BinaryOperator]);
export const Bitwise = punct("Bitwise", /[&|^]/, [BinaryOperator]);
export const Bang = punct("Bang", /!/);
export const Tilde = punct("Tilde", /~/);
export const Dot = punct("Dot", /\./);
export const Hash = punct("Hash", /#/);

/** Code mode: keywords before Identifier (Chevrotain tries patterns in order). Regex before `/`. */
const codeTokens: TokenType[] = [
  WhiteSpace, LineComment, BlockComment, ...keywords, Identifier, NumberLiteral, StringLiteral, RegExpLiteral, Backtick,
  Arrow, Ellipsis, QuestionDot, LCurly, RCurly, LParen, RParen, LBracket, RBracket, Semicolon, Comma, AssignCompound,
  StrictEq, LooseEq, Equals, Logical, Question, Colon, PlusPlus, MinusMinus, Exponent, Shift, Relational, Plus, Minus,
  Multiplicative, Bitwise, Bang, Tilde, Dot, Hash,
];
const templateTokens: TokenType[] = [TemplateChars, TemplateExprStart, BacktickEnd];

export const allTokens: TokenType[] = [IdentifierName, BinaryOperator, AssignOperator, ...codeTokens, ...templateTokens];

export const WfLexer = new Lexer(
  { modes: { code: codeTokens, template: templateTokens }, defaultMode: "code" },
  { positionTracking: "onlyOffset", ensureOptimizations: false, skipValidations: true },
);
