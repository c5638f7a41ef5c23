/**
 * The wf parser: a Chevrotain embedded-actions parser that builds the AST directly (no CST), so a parse
 * allocates only the tree it returns. Binary operators are parsed as a flat list and folded by a
 * precedence table (one rule instead of ten levels): fewer frames per nesting level and less work per
 * token. Arrow functions are recognised by scanning ahead to the matching `)` for a `=>`.
 *
 * Chevrotain runs each rule once at construction to record the grammar; code that builds nodes is
 * wrapped in `ACTION` so it does not run then (the hottest rules test `RECORDING_PHASE` instead, which
 * is what `ACTION` does, without allocating a closure per call).
 */
import { EmbeddedActionsParser, EOF, tokenMatcher, type IToken, type TokenType, type IParserErrorMessageProvider, type IOrAlt, type OrMethodOpts } from "chevrotain";
import * as T from "./tokens.js";
import type * as A from "./ast.js";
import { cookString, cookTemplate } from "./strings.js";
import { BINARY_PRECEDENCE } from "./precedence.js";
import { GateReadingLookahead } from "./lookahead.js";

/** Nesting beyond this is reported (WF1002), never a stack overflow. Real plans nest < 40 levels. */
export const MAX_NESTING = 160;

export class NestingTooDeep extends Error {
  constructor(readonly token: IToken) {
    super("nesting too deep");
  }
}

/** A statement terminator was missing where JavaScript's automatic semicolon insertion would not apply. */
export interface TerminatorProblem {
  token: IToken;
}

const SPAN0: A.Span = { start: 0, end: 0 };

const binaryPrecedence = BINARY_PRECEDENCE;

const names: Record<string, string> = {
  LParen: "`(`", RParen: "`)`", LCurly: "`{`", RCurly: "`}`", LBracket: "`[`", RBracket: "`]`", Semicolon: "`;`",
  Comma: "`,`", Colon: "`:`", Arrow: "`=>`", Dot: "`.`", Equals: "`=`", Identifier: "a name", IdentifierName: "a name",
  StringLiteral: "a string", NumberLiteral: "a number", EOF: "the end of the file", BacktickEnd: "the closing backtick", Backtick: "a template literal",
  TemplateChars: "template text", RegExpLiteral: "a regular expression",
};

function describeExpected(t: TokenType): string {
  if (names[t.name]) return names[t.name]!;
  return `\`${t.name.toLowerCase()}\``;
}

export function describeToken(tok: IToken | undefined): string {
  if (!tok || tok.tokenType === EOF) return "the end of the file";
  const image = tok.image.length > 24 ? tok.image.slice(0, 21) + "…" : tok.image;
  if (tok.tokenType === T.StringLiteral) return `the string ${image}`;
  if (tok.tokenType === T.NumberLiteral) return `the number \`${image}\``;
  if (tok.tokenType === T.Identifier) return `the name \`${image}\``;
  return `\`${image}\``;
}

const ruleDescriptions: Record<string, string> = {
  statement: "a statement",
  expression: "an expression",
  assignment: "an expression",
  unary: "an expression",
  primary: "an expression",
  bindingTarget: "a name or a destructuring pattern",
  propertyKey: "a property name",
  forStatement: "a `for…of` or counted `for` loop",
  arrowParams: "arrow-function parameters",
  arrayLiteral: "`,` or `]`",
  objectLiteral: "`,` or `}`",
  arguments: "`,` or `)`",
  formalParameters: "`,` or `)`",
};

export const errorMessages: IParserErrorMessageProvider = {
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
  },
};

function spanOf(first: IToken | A.Span | { span: A.Span }, last: IToken | A.Span | { span: A.Span }): A.Span {
  return { start: startOf(first), end: endOf(last) };
}
function startOf(x: IToken | A.Span | { span: A.Span }): number {
  if ("span" in x) return x.span.start;
  if ("startOffset" in x) return x.startOffset;
  return x.start;
}
function endOf(x: IToken | A.Span | { span: A.Span }): number {
  if ("span" in x) return x.span.end;
  if ("startOffset" in x) return x.startOffset + x.image.length;
  return x.end;
}

type Param = A.Pattern;

export class WfParser extends EmbeddedActionsParser {
  /** Current nesting depth, counted on statements, expressions and unary operators. */
  private depth = 0;
  text = "";
  terminatorProblems: TerminatorProblem[] = [];

  // Alternatives of the hot `OR`s (and the bodies of a few hot `OPTION`s and one `MANY`), built once
  // (on first use, or with the parser for the two lists that two rules share) and reused: written
  // inline, a rule would allocate its whole list of alternatives (a dozen closures for `statement`
  // and `primary`) every time it runs, which was most of a parse's garbage. Only closures that capture nothing but the parser can be kept (locals declared inside
  // an `ALT` are fine); Chevrotain keys its lookahead by the rule and the DSL method's index, never
  // by the list.
  private statementAlts?: OrMethodOpts<A.Statement>;
  private declarationKindAlts?: IOrAlt<IToken>[];
  private commaOrParenAlts?: IOrAlt<void>[];
  private commaOrCurlyAlts?: IOrAlt<void>[];
  private commaOrBracketAlts?: IOrAlt<void>[];
  private assignmentAlts?: OrMethodOpts<A.Expression>;
  private arrowBodyAlts?: OrMethodOpts<A.BlockStatement | A.Expression>;
  private conditionalArms?: () => { consequent: A.Expression; alternate: A.Expression };
  private assignmentTail?: () => { op: IToken; right: A.Expression };
  private unaryAlts?: IOrAlt<A.Expression>[];
  private unaryOperatorAlts?: IOrAlt<IToken>[];
  /** `++` or `--`: prefix in `unary`, postfix in `postfix`. */
  private readonly incrementAlts: IOrAlt<IToken>[] = [{ ALT: () => this.CONSUME(T.PlusPlus) }, { ALT: () => this.CONSUME(T.MinusMinus) }];
  private postfixOperator?: { GATE: () => boolean; DEF: () => IToken };
  /**
   * The head of `callMember` and the callee of `newExpression`. No gate: `primary` never starts with
   * `new`, so one token decides (Chevrotain's fastest lookahead).
   */
  private readonly newOrPrimaryAlts: IOrAlt<A.Expression>[] = [{ ALT: () => this.SUBRULE(this.newExpression) }, { ALT: () => this.SUBRULE(this.primary) }];
  private memberNameAlts?: IOrAlt<IToken>[];
  private primaryAlts?: OrMethodOpts<A.Expression>;
  private booleanAlts?: IOrAlt<IToken>[];
  private unsupportedPrimaryAlts?: IOrAlt<IToken>[];
  private binaryStep?: () => void;
  private chainSuffix?: () => void;
  private chainSuffixAlts?: IOrAlt<void>[];
  private optionalSuffixAlts?: IOrAlt<void>[];
  /** The member/call chain `callMember` is building (the innermost one in progress). */
  private chainNode: A.Expression | undefined;
  private chainOptional = false;
  /**
   * Operands and operators of the `binary` rules in progress, innermost last, up to the two tops.
   * Entries above a top are stale and overwritten (never truncated: a shrunk array reallocates).
   */
  private readonly binaryOperands: A.Expression[] = [];
  private readonly binaryOperators: string[] = [];
  private operandTop = 0;
  private operatorTop = 0;

  constructor() {
    super(T.allTokens, {
      recoveryEnabled: true,
      maxLookahead: 2,
      lookaheadStrategy: new GateReadingLookahead({ maxLookahead: 2 }),
      errorMessageProvider: errorMessages,
      // Validations run in the test suite (grammar self-analysis); skipping them at run time halves start-up.
      skipValidations: process.env.WFC_VALIDATE_GRAMMAR !== "1",
    });
    this.performSelfAnalysis();
  }

  begin(text: string): void {
    this.text = text;
    this.depth = 0;
    this.terminatorProblems = [];
    this.binaryOperands.length = 0;
    this.binaryOperators.length = 0;
    this.operandTop = 0;
    this.operatorTop = 0;
    this.chainNode = undefined;
    this.chainOptional = false;
  }

  private enter(): void {
    if (!this.RECORDING_PHASE && ++this.depth > MAX_NESTING) throw new NestingTooDeep(this.LA(1));
  }
  private leave(): void {
    if (!this.RECORDING_PHASE) this.depth--;
  }

  /** True when a line terminator (or a comment containing one) separates the two tokens. */
  private newlineBetween(a: IToken, b: IToken): boolean {
    const from = a.startOffset + a.image.length;
    const to = b.startOffset;
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
    }
    return false;
  }

  /** Statement end: `;`, or (automatic semicolon insertion) a newline, a `}` or the end of the file. */
  private terminator(): void {
    // Occurrence index 9 keeps this OPTION distinct from the calling rule's own OPTIONs.
    let semi = false;
    this.OPTION9(() => {
      this.CONSUME9(T.Semicolon);
      semi = true;
    });
    this.ACTION(() => {
      if (semi) return;
      const next = this.LA(1);
      const prev = this.LA(0);
      if (next.tokenType === EOF || next.tokenType === T.RCurly) return;
      if (prev && this.newlineBetween(prev, next)) return;
      this.terminatorProblems.push({ token: next });
    });
  }

  // ============================================================== program & statements

  program = this.RULE("program", (): A.Program => {
    const body: A.Statement[] = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.statement);
      this.ACTION(() => s && body.push(s));
    });
    return this.ACTION(() => ({ type: "Program", body, comments: [], span: { start: 0, end: this.text.length } }))!;
  });

  statement = this.RULE(
    "statement",
    (): A.Statement => {
      this.enter();
      try {
        return this.OR((this.statementAlts ??= { MAX_LOOKAHEAD: 1, DEF: [
          { ALT: () => this.SUBRULE(this.variableStatement) },
          {
            GATE: () => this.LA(1).tokenType === T.FunctionKw || (this.LA(1).tokenType === T.Async && this.LA(2).tokenType === T.FunctionKw),
            ALT: () => this.SUBRULE(this.functionDeclaration),
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
            GATE: () => this.LA(1).tokenType !== T.Import || (this.LA(2).tokenType !== T.LParen && this.LA(2).tokenType !== T.Dot),
            ALT: () => this.SUBRULE(this.unsupportedStatement),
          },
          {
            ALT: () => {
              const t = this.CONSUME(T.Semicolon);
              return this.ACTION((): A.EmptyStatement => ({ type: "EmptyStatement", span: spanOf(t, t) }))!;
            },
          },
          {
            GATE: () => this.LA(1).tokenType === T.Identifier && this.LA(2).tokenType === T.Colon,
            ALT: () => {
              const label = this.CONSUME(T.Identifier);
              this.CONSUME(T.Colon);
              const body = this.SUBRULE2(this.statement);
              return this.ACTION((): A.UnsupportedStatement => ({ type: "UnsupportedStatement", construct: "label", span: spanOf(label, body ?? label) }))!;
            },
          },
          { GATE: () => this.LA(1).tokenType !== T.LCurly, ALT: () => this.SUBRULE(this.expressionStatement) },
        ] }));
      } finally {
        this.leave();
      }
    },
    { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as A.EmptyStatement },
  );

  variableStatement = this.RULE("variableStatement", (): A.VariableDeclaration => {
    const decl = this.SUBRULE(this.variableDeclaration);
    this.terminator();
    return decl;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  variableDeclaration = this.RULE("variableDeclaration", (): A.VariableDeclaration => {
    const kw = this.OR((this.declarationKindAlts ??= [{ ALT: () => this.CONSUME(T.Const) }, { ALT: () => this.CONSUME(T.Let) }, { ALT: () => this.CONSUME(T.Var) }]));
    const declarations: A.VariableDeclarator[] = [];
    this.AT_LEAST_ONE_SEP({
      SEP: T.Comma,
      DEF: () => {
        const id = this.SUBRULE(this.bindingTarget);
        let init: A.Expression | null = null;
        this.OPTION(() => {
          this.CONSUME(T.Equals);
          init = this.SUBRULE(this.assignment);
        });
        this.ACTION(() => declarations.push({ type: "VariableDeclarator", id, init, span: spanOf(id, init ?? id) }));
      },
    });
    return this.ACTION((): A.VariableDeclaration => ({
      type: "VariableDeclaration",
      kind: kw.image as A.VariableDeclaration["kind"],
      declarations,
      span: spanOf(kw, declarations[declarations.length - 1] ?? kw),
    }))!;
  }, { recoveryValueFunc: () => ({ type: "VariableDeclaration", kind: "const", declarations: [], span: SPAN0 }) as A.VariableDeclaration });

  functionDeclaration = this.RULE("functionDeclaration", (): A.FunctionDeclaration | A.UnsupportedStatement => {
    let asyncTok: IToken | undefined;
    this.OPTION(() => (asyncTok = this.CONSUME(T.Async)));
    const fn = this.CONSUME(T.FunctionKw);
    let star: IToken | undefined;
    this.OPTION2(() => (star = this.CONSUME(T.Multiplicative)));
    const id = this.CONSUME(T.Identifier);
    const params = this.SUBRULE(this.formalParameters);
    const body = this.SUBRULE(this.block);
    return this.ACTION((): A.FunctionDeclaration | A.UnsupportedStatement => {
      const span = spanOf(asyncTok ?? fn, body);
      if (star) return { type: "UnsupportedStatement", construct: "generator", span };
      return { type: "FunctionDeclaration", id: this.ident(id), params, body, async: !!asyncTok, span };
    })!;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  formalParameters = this.RULE("formalParameters", (): Param[] => {
    const params: Param[] = [];
    this.CONSUME(T.LParen);
    this.MANY(() => {
      const p = this.SUBRULE(this.parameter);
      this.ACTION(() => params.push(p));
      this.OR((this.commaOrParenAlts ??= [{ ALT: () => void this.CONSUME(T.Comma) }, { GATE: () => this.LA(1).tokenType === T.RParen, ALT: () => undefined }]));
    });
    this.CONSUME(T.RParen);
    return params;
  }, { recoveryValueFunc: () => [] as Param[] });

  parameter = this.RULE("parameter", (): Param => {
    return this.OR([
      {
        ALT: () => {
          const dots = this.CONSUME(T.Ellipsis);
          const arg = this.SUBRULE(this.bindingTarget);
          return this.ACTION((): A.RestElement => ({ type: "RestElement", argument: arg, span: spanOf(dots, arg) }))!;
        },
      },
      {
        ALT: () => {
          const target = this.SUBRULE2(this.bindingTarget);
          let dflt: A.Expression | undefined;
          this.OPTION(() => {
            this.CONSUME(T.Equals);
            dflt = this.SUBRULE(this.assignment);
          });
          return this.ACTION((): Param => (dflt ? { type: "AssignmentPattern", left: target, right: dflt, span: spanOf(target, dflt) } : target))!;
        },
      },
    ]);
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) as A.Identifier });

  bindingTarget = this.RULE(
    "bindingTarget",
    (): A.Pattern => {
      return this.OR([
        { ALT: () => this.ident(this.CONSUME(T.Identifier)) },
        {
          ALT: () => {
            const open = this.CONSUME(T.LCurly);
            const properties: (A.PatternProperty | A.RestElement)[] = [];
            this.MANY(() => {
              this.OR2([
                {
                  ALT: () => {
                    const dots = this.CONSUME(T.Ellipsis);
                    const arg = this.SUBRULE(this.bindingTarget);
                    this.ACTION(() => properties.push({ type: "RestElement", argument: arg, span: spanOf(dots, arg) }));
                  },
                },
                {
                  ALT: () => {
                    const key = this.SUBRULE(this.propertyKey);
                    let value: A.Pattern | undefined;
                    this.OPTION(() => {
                      this.CONSUME(T.Colon);
                      value = this.SUBRULE(this.parameter);
                    });
                    let dflt: A.Expression | undefined;
                    this.OPTION2(() => {
                      this.CONSUME(T.Equals);
                      dflt = this.SUBRULE(this.assignment);
                    });
                    this.ACTION(() => {
                      const shorthand = !value;
                      let v: A.Pattern = value ?? (key.key.type === "Identifier" ? { ...key.key } : ({ type: "Identifier", name: "", span: key.key.span } as A.Identifier));
                      if (dflt) v = { type: "AssignmentPattern", left: v, right: dflt, span: spanOf(v, dflt) };
                      properties.push({ type: "PatternProperty", key: key.key, computed: key.computed, shorthand, value: v, span: spanOf(key.span, v) });
                    });
                  },
                },
              ]);
              this.OPTION3(() => this.CONSUME(T.Comma));
            });
            const close = this.CONSUME(T.RCurly);
            return this.ACTION((): A.ObjectPattern => ({ type: "ObjectPattern", properties, span: spanOf(open, close) }))!;
          },
        },
        {
          ALT: () => {
            const open = this.CONSUME(T.LBracket);
            const elements: (A.Pattern | null)[] = [];
            this.MANY2(() => {
              this.OR3([
                {
                  ALT: () => {
                    this.CONSUME2(T.Comma);
                    this.ACTION(() => elements.push(null));
                  },
                },
                {
                  ALT: () => {
                    const p = this.SUBRULE2(this.parameter);
                    this.ACTION(() => elements.push(p));
                    this.OPTION4(() => this.CONSUME3(T.Comma));
                  },
                },
              ]);
            });
            const close = this.CONSUME(T.RBracket);
            return this.ACTION((): A.ArrayPattern => ({ type: "ArrayPattern", elements, span: spanOf(open, close) }))!;
          },
        },
      ]);
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) as A.Identifier },
  );

  exportStatement = this.RULE("exportStatement", (): A.Statement => {
    const kw = this.CONSUME(T.Export);
    return this.OR([
      {
        ALT: () => {
          const decl = this.SUBRULE(this.variableDeclaration);
          this.terminator();
          return this.ACTION((): A.ExportNamedDeclaration => ({ type: "ExportNamedDeclaration", declaration: decl, span: spanOf(kw, decl) }))!;
        },
      },
      {
        // `export default …`, `export function …`, `export { … }`: reported as an unsupported export.
        ALT: () => {
          this.ACTION(() => this.skipStatementTokens());
          return this.ACTION((): A.UnsupportedStatement => ({ type: "UnsupportedStatement", construct: "export", span: spanOf(kw, this.LA(0)) }))!;
        },
      },
    ]);
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  returnStatement = this.RULE("returnStatement", (): A.ReturnStatement => {
    const kw = this.CONSUME(T.Return);
    let argument: A.Expression | null = null;
    // Restricted production: a newline right after `return` ends the statement.
    this.OPTION({
      GATE: () => !this.newlineBetween(kw, this.LA(1)) && this.LA(1).tokenType !== T.Semicolon && this.LA(1).tokenType !== T.RCurly && this.LA(1).tokenType !== EOF,
      DEF: () => (argument = this.SUBRULE(this.expression)),
    });
    this.terminator();
    return this.ACTION((): A.ReturnStatement => ({ type: "ReturnStatement", argument, span: spanOf(kw, argument ?? kw) }))!;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  ifStatement = this.RULE("ifStatement", (): A.IfStatement => {
    const kw = this.CONSUME(T.If);
    this.CONSUME(T.LParen);
    const test = this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
    const consequent = this.SUBRULE(this.statement);
    let alternate: A.Statement | null = null;
    this.OPTION(() => {
      this.CONSUME(T.Else);
      alternate = this.SUBRULE2(this.statement);
    });
    return this.ACTION((): A.IfStatement => ({ type: "IfStatement", test, consequent, alternate, span: spanOf(kw, alternate ?? consequent) }))!;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  forStatement = this.RULE("forStatement", (): A.Statement => {
    const kw = this.CONSUME(T.For);
    let awaitTok: IToken | undefined;
    this.OPTION(() => (awaitTok = this.CONSUME(T.Await)));
    this.CONSUME(T.LParen);
    let init: A.VariableDeclaration | A.Expression | null = null;
    let kind: "of" | "in" | "counted" = "counted";
    let right: A.Expression | undefined;
    let test: A.Expression | null = null;
    let update: A.Expression | null = null;
    this.OR([
      {
        GATE: () => this.isDeclarationHead(),
        ALT: () => {
          const kwTok = this.OR2([{ ALT: () => this.CONSUME(T.Const) }, { ALT: () => this.CONSUME(T.Let) }, { ALT: () => this.CONSUME(T.Var) }]);
          const target = this.SUBRULE(this.bindingTarget);
          this.OR3([
            {
              ALT: () => {
                this.CONSUME(T.Of);
                right = this.SUBRULE(this.assignment);
                kind = "of";
              },
            },
            {
              ALT: () => {
                this.CONSUME(T.In);
                right = this.SUBRULE(this.expression);
                kind = "in";
              },
            },
            {
              ALT: () => {
                const declarations: A.VariableDeclarator[] = [];
                let first: A.Expression | null = null;
                this.OPTION2(() => {
                  this.CONSUME(T.Equals);
                  first = this.SUBRULE2(this.assignment);
                });
                this.ACTION(() => declarations.push({ type: "VariableDeclarator", id: target, init: first, span: spanOf(target, first ?? target) }));
                this.MANY(() => {
                  this.CONSUME(T.Comma);
                  const id = this.SUBRULE2(this.bindingTarget);
                  let i2: A.Expression | null = null;
                  this.OPTION3(() => {
                    this.CONSUME2(T.Equals);
                    i2 = this.SUBRULE3(this.assignment);
                  });
                  this.ACTION(() => declarations.push({ type: "VariableDeclarator", id, init: i2, span: spanOf(id, i2 ?? id) }));
                });
                this.ACTION(() => {
                  init = { type: "VariableDeclaration", kind: kwTok.image as "const", declarations, span: spanOf(kwTok, declarations[declarations.length - 1]!) };
                });
              },
            },
          ]);
          this.ACTION(() => {
            if (kind !== "counted") {
              init = {
                type: "VariableDeclaration",
                kind: kwTok.image as "const",
                declarations: [{ type: "VariableDeclarator", id: target, init: null, span: target.span }],
                span: spanOf(kwTok, target),
              };
            }
          });
        },
      },
      {
        ALT: () => {
          this.OPTION4(() => (init = this.SUBRULE2(this.expression)));
        },
      },
    ]);
    this.OPTION5({
      GATE: () => kind === "counted",
      DEF: () => {
        this.CONSUME(T.Semicolon);
        this.OPTION6(() => (test = this.SUBRULE3(this.expression)));
        this.CONSUME2(T.Semicolon);
        this.OPTION7(() => (update = this.SUBRULE4(this.expression)));
      },
    });
    this.CONSUME(T.RParen);
    const body = this.SUBRULE(this.statement);
    return this.ACTION((): A.Statement => {
      const span = spanOf(kw, body);
      if (kind === "in") return { type: "UnsupportedStatement", construct: "for-in", span };
      if (kind === "of") {
        if (awaitTok) return { type: "UnsupportedStatement", construct: "for-in", span: spanOf(kw, awaitTok) } as A.UnsupportedStatement;
        return { type: "ForOfStatement", left: init as A.VariableDeclaration, right: right!, body, span };
      }
      return { type: "ForStatement", init, test, update, body, span };
    })!;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  whileStatement = this.RULE("whileStatement", (): A.WhileStatement => {
    const kw = this.CONSUME(T.While);
    this.CONSUME(T.LParen);
    const test = this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
    const body = this.SUBRULE(this.statement);
    return this.ACTION((): A.WhileStatement => ({ type: "WhileStatement", test, body, span: spanOf(kw, body) }))!;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  doWhileStatement = this.RULE("doWhileStatement", (): A.UnsupportedStatement => {
    const kw = this.CONSUME(T.Do);
    this.SUBRULE(this.statement);
    this.CONSUME(T.While);
    this.CONSUME(T.LParen);
    this.SUBRULE(this.expression);
    const close = this.CONSUME(T.RParen);
    this.OPTION(() => this.CONSUME(T.Semicolon));
    return this.ACTION((): A.UnsupportedStatement => ({ type: "UnsupportedStatement", construct: "do-while", span: spanOf(kw, close) }))!;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  breakStatement = this.RULE("breakStatement", (): A.Statement => {
    const kw = this.CONSUME(T.Break);
    let label: IToken | undefined;
    this.OPTION({ GATE: () => !this.newlineBetween(kw, this.LA(1)), DEF: () => (label = this.CONSUME(T.Identifier)) });
    this.terminator();
    return this.ACTION((): A.Statement =>
      label ? { type: "UnsupportedStatement", construct: "label", span: spanOf(kw, label) } : { type: "BreakStatement", span: spanOf(kw, kw) },
    )!;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  continueStatement = this.RULE("continueStatement", (): A.Statement => {
    const kw = this.CONSUME(T.Continue);
    let label: IToken | undefined;
    this.OPTION({ GATE: () => !this.newlineBetween(kw, this.LA(1)), DEF: () => (label = this.CONSUME(T.Identifier)) });
    this.terminator();
    return this.ACTION((): A.Statement =>
      label ? { type: "UnsupportedStatement", construct: "label", span: spanOf(kw, label) } : { type: "ContinueStatement", span: spanOf(kw, kw) },
    )!;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  throwStatement = this.RULE("throwStatement", (): A.ThrowStatement => {
    const kw = this.CONSUME(T.Throw);
    const argument = this.SUBRULE(this.expression);
    this.terminator();
    return this.ACTION((): A.ThrowStatement => ({ type: "ThrowStatement", argument, span: spanOf(kw, argument) }))!;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  tryStatement = this.RULE("tryStatement", (): A.TryStatement => {
    const kw = this.CONSUME(T.Try);
    const block = this.SUBRULE(this.block);
    let handler: A.CatchClause | null = null;
    let finalizer: A.BlockStatement | null = null;
    this.OPTION(() => {
      const c = this.CONSUME(T.Catch);
      let param: A.Pattern | null = null;
      this.OPTION2(() => {
        this.CONSUME(T.LParen);
        param = this.SUBRULE(this.bindingTarget);
        this.CONSUME(T.RParen);
      });
      const body = this.SUBRULE2(this.block);
      this.ACTION(() => (handler = { type: "CatchClause", param, body, span: spanOf(c, body) }));
    });
    this.OPTION3(() => {
      this.CONSUME(T.Finally);
      finalizer = this.SUBRULE3(this.block);
    });
    return this.ACTION((): A.TryStatement => ({ type: "TryStatement", block, handler, finalizer, span: spanOf(kw, finalizer ?? handler ?? block) }))!;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  block = this.RULE("block", (): A.BlockStatement => {
    const open = this.CONSUME(T.LCurly);
    const body: A.Statement[] = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.statement);
      this.ACTION(() => s && body.push(s));
    });
    const close = this.CONSUME(T.RCurly);
    return this.ACTION((): A.BlockStatement => ({ type: "BlockStatement", body, span: spanOf(open, close) }))!;
  }, { recoveryValueFunc: () => ({ type: "BlockStatement", body: [], span: SPAN0 }) as A.BlockStatement });

  unsupportedStatement = this.RULE("unsupportedStatement", (): A.UnsupportedStatement => {
    const kw = this.OR([
      { ALT: () => this.CONSUME(T.Class) },
      { ALT: () => this.CONSUME(T.Import) },
      { ALT: () => this.CONSUME(T.Switch) },
      { ALT: () => this.CONSUME(T.With) },
      { ALT: () => this.CONSUME(T.Debugger) },
    ]);
    this.ACTION(() => this.skipStatementTokens());
    return this.ACTION((): A.UnsupportedStatement => {
      const construct = ({ class: "class", import: "import", switch: "switch", with: "with", debugger: "debugger" } as const)[kw.image as "class"];
      return { type: "UnsupportedStatement", construct, span: spanOf(kw, this.LA(0)) };
    })!;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  expressionStatement = this.RULE("expressionStatement", (): A.ExpressionStatement => {
    const expression = this.SUBRULE(this.expression);
    this.terminator();
    return this.ACTION((): A.ExpressionStatement => ({ type: "ExpressionStatement", expression, span: expression.span }))!;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) as never });

  // ============================================================== expressions

  expression = this.RULE(
    "expression",
    (): A.Expression => {
      const first = this.SUBRULE(this.assignment);
      const rest: A.Expression[] = [];
      this.MANY(() => {
        this.CONSUME(T.Comma);
        const e = this.SUBRULE2(this.assignment);
        this.ACTION(() => rest.push(e));
      });
      return this.ACTION((): A.Expression =>
        rest.length === 0 ? first : { type: "SequenceExpression", expressions: [first, ...rest], span: spanOf(first, rest[rest.length - 1]!) },
      )!;
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) as A.Identifier },
  );

  assignment = this.RULE(
    "assignment",
    (): A.Expression => {
      this.enter();
      try {
        // One token of lookahead: the gate decides arrow functions; deeper token lookahead would
        // discard the ambiguous `( x )` prefix from the arrow alternative.
        return this.OR((this.assignmentAlts ??= {
          MAX_LOOKAHEAD: 1,
          DEF: [
          { GATE: () => this.isArrowAhead(), ALT: () => this.SUBRULE(this.arrowFunction) },
          {
            GATE: () => this.LA(1).tokenType === T.Yield,
            ALT: () => {
              const kw = this.CONSUME(T.Yield);
              this.OPTION(() => this.SUBRULE2(this.assignment));
              return this.ACTION((): A.UnsupportedExpression => ({ type: "UnsupportedExpression", construct: "yield", span: spanOf(kw, this.LA(0)) }))!;
            },
          },
          {
            ALT: () => {
              const left = this.SUBRULE(this.conditional);
              const tail = this.OPTION2((this.assignmentTail ??= () => {
                const op = this.CONSUME(T.AssignOperator);
                const right = this.SUBRULE3(this.assignment);
                return { op, right };
              }));
              // What `ACTION` would do, without its closure: this runs for every expression.
              if (!tail?.op || !tail.right || this.RECORDING_PHASE) return left;
              return { type: "AssignmentExpression", operator: tail.op.image as A.AssignmentOperator, left: toAssignTarget(left), right: tail.right, span: spanOf(left, tail.right) };
            },
          },
          ],
        }));
      } finally {
        this.leave();
      }
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) as A.Identifier },
  );

  arrowFunction = this.RULE("arrowFunction", (): A.ArrowFunctionExpression => {
    let asyncTok: IToken | undefined;
    this.OPTION({ GATE: () => this.LA(2).tokenType !== T.Arrow, DEF: () => (asyncTok = this.CONSUME(T.Async)) });
    const params = this.SUBRULE(this.arrowParams);
    this.CONSUME(T.Arrow);
    const body = this.OR((this.arrowBodyAlts ??= {
      MAX_LOOKAHEAD: 1,
      DEF: [
        { GATE: () => this.LA(1).tokenType === T.LCurly, ALT: () => this.SUBRULE(this.block) as A.BlockStatement | A.Expression },
        { ALT: () => this.SUBRULE(this.assignment) },
      ],
    }));
    return this.ACTION((): A.ArrowFunctionExpression => ({
      type: "ArrowFunctionExpression",
      params: params.list,
      body,
      async: !!asyncTok,
      span: spanOf(asyncTok ?? params.first, body),
    }))!;
  }, { recoveryValueFunc: () => ({ type: "ArrowFunctionExpression", params: [], body: { type: "Identifier", name: "", span: SPAN0 } as A.Identifier, async: false, span: SPAN0 }) as A.ArrowFunctionExpression });

  arrowParams = this.RULE("arrowParams", (): { list: Param[]; first: IToken } => {
    return this.OR([
      {
        ALT: () => {
          const id = this.CONSUME(T.Identifier);
          return this.ACTION(() => ({ list: [this.ident(id)] as Param[], first: id }))!;
        },
      },
      {
        ALT: () => {
          const first = this.LA(1);
          const list = this.SUBRULE(this.formalParameters);
          return { list, first };
        },
      },
    ]);
  }, { recoveryValueFunc: () => ({ list: [] as Param[], first: { startOffset: 0, image: "" } as IToken }) });

  conditional = this.RULE("conditional", (): A.Expression => {
    const test = this.SUBRULE(this.binary);
    const arms = this.OPTION((this.conditionalArms ??= () => {
      this.CONSUME(T.Question);
      const consequent = this.SUBRULE(this.assignment);
      this.CONSUME(T.Colon);
      const alternate = this.SUBRULE2(this.assignment);
      return { consequent, alternate };
    }));
    // What `ACTION` would do, without its closure: this rule runs for every expression.
    if (!arms?.consequent || !arms.alternate || this.RECORDING_PHASE) return test;
    return { type: "ConditionalExpression", test, consequent: arms.consequent, alternate: arms.alternate, span: spanOf(test, arms.alternate) };
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) as A.Identifier });

  binary = this.RULE("binary", (): A.Expression => {
    // Every expression passes through here, usually with no operator at all: the operands and
    // operators go on the parser's shared stacks (this rule's entries are those above the tops it
    // started from, dropped on the way out, errors included) and the repetition is one closure for
    // the whole parse.
    const first = this.SUBRULE(this.unary);
    // Usually no operator follows, and the MANY below cannot start: returning first skips its
    // lookahead and in-repetition recovery bookkeeping (a no-op at the end of a rule).
    if (!tokenMatcher(this.LA(1), T.BinaryOperator) && !this.RECORDING_PHASE) return first;
    const operandBase = this.operandTop;
    const operatorBase = this.operatorTop;
    this.binaryOperands[this.operandTop++] = first;
    try {
      this.MANY((this.binaryStep ??= () => {
        const op = this.CONSUME(T.BinaryOperator);
        const rhs = this.SUBRULE2(this.unary);
        if (!this.RECORDING_PHASE) {
          this.binaryOperators[this.operatorTop++] = op.image;
          this.binaryOperands[this.operandTop++] = rhs;
        }
      }));
      if (this.RECORDING_PHASE || this.operatorTop === operatorBase) return first;
      return foldBinary(this.binaryOperands.slice(operandBase, this.operandTop), this.binaryOperators.slice(operatorBase, this.operatorTop));
    } finally {
      this.operandTop = operandBase;
      this.operatorTop = operatorBase;
    }
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) as A.Identifier });

  unary = this.RULE(
    "unary",
    (): A.Expression => {
      this.enter();
      try {
        return this.OR((this.unaryAlts ??= [
          {
            ALT: () => {
              const op = this.OR2((this.unaryOperatorAlts ??= [
                { ALT: () => this.CONSUME(T.Bang) },
                { ALT: () => this.CONSUME(T.Tilde) },
                { ALT: () => this.CONSUME(T.Plus) },
                { ALT: () => this.CONSUME(T.Minus) },
                { ALT: () => this.CONSUME(T.Typeof) },
                { ALT: () => this.CONSUME(T.Void) },
                { ALT: () => this.CONSUME(T.Delete) },
              ]));
              const argument = this.SUBRULE(this.unary);
              return this.ACTION((): A.UnaryExpression => ({ type: "UnaryExpression", operator: op.image as A.UnaryOperator, argument, span: spanOf(op, argument) }))!;
            },
          },
          {
            ALT: () => {
              const op = this.OR3(this.incrementAlts);
              const argument = this.SUBRULE2(this.unary);
              return this.ACTION((): A.UpdateExpression => ({ type: "UpdateExpression", operator: op.image as "++", prefix: true, argument, span: spanOf(op, argument) }))!;
            },
          },
          {
            ALT: () => {
              const kw = this.CONSUME(T.Await);
              const argument = this.SUBRULE3(this.unary);
              return this.ACTION((): A.AwaitExpression => ({ type: "AwaitExpression", argument, span: spanOf(kw, argument) }))!;
            },
          },
          { ALT: () => this.SUBRULE(this.postfix) },
        ]));
      } finally {
        this.leave();
      }
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) as A.Identifier },
  );

  postfix = this.RULE("postfix", (): A.Expression => {
    const argument = this.SUBRULE(this.callMember);
    // Most operands have no `++`/`--` after them, and then the OPTION below cannot match: returning
    // first saves what Chevrotain does for a gated OPTION on every call (a new closure, the gate).
    const next = this.LA(1).tokenType;
    if (next !== T.PlusPlus && next !== T.MinusMinus && !this.RECORDING_PHASE) return argument;
    const op = this.OPTION((this.postfixOperator ??= {
      GATE: () => !this.newlineBetween(this.LA(0), this.LA(1)),
      DEF: () => this.OR(this.incrementAlts),
    }));
    // What `ACTION` would do, without its closure: this rule runs for every operand.
    if (!op || this.RECORDING_PHASE) return argument;
    return { type: "UpdateExpression", operator: op.image as "++", prefix: false, argument, span: spanOf(argument, op) };
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) as A.Identifier });

  /** Member access, calls, optional chains and tagged templates, left to right. */
  callMember = this.RULE("callMember", (): A.Expression => {
    const head: A.Expression = this.OR(this.newOrPrimaryAlts);
    // This rule runs for every operand. The chain being built lives on the parser (saved here and
    // restored on the way out, so nested chains in arguments and brackets keep theirs), which lets the
    // suffix alternatives capture nothing and be built once; `RECORDING_PHASE` stands in for `ACTION`.
    const outerNode = this.chainNode;
    const outerOptional = this.chainOptional;
    this.chainNode = head;
    this.chainOptional = false;
    try {
      this.MANY((this.chainSuffix ??= () => {
        this.OR2((this.chainSuffixAlts ??= [
          {
            ALT: () => {
              this.CONSUME(T.Dot);
              this.chainName(this.OR3((this.memberNameAlts ??= [{ ALT: () => this.CONSUME(T.IdentifierName) }, { ALT: () => this.CONSUME(T.Hash) }])), false);
            },
          },
          {
            ALT: () => {
              this.CONSUME(T.QuestionDot);
              if (!this.RECORDING_PHASE) this.chainOptional = true;
              this.OR4((this.optionalSuffixAlts ??= [
                { ALT: () => this.chainName(this.CONSUME2(T.IdentifierName), true) },
                {
                  ALT: () => {
                    this.CONSUME(T.LBracket);
                    const prop = this.SUBRULE(this.expression);
                    this.chainIndex(prop, this.CONSUME(T.RBracket), true);
                  },
                },
                { ALT: () => this.chainCall(this.SUBRULE(this.arguments), true) },
              ]));
            },
          },
          {
            ALT: () => {
              this.CONSUME2(T.LBracket);
              const prop = this.SUBRULE2(this.expression);
              this.chainIndex(prop, this.CONSUME2(T.RBracket), false);
            },
          },
          { ALT: () => this.chainCall(this.SUBRULE2(this.arguments), false) },
          {
            ALT: () => {
              const quasi = this.SUBRULE(this.templateLiteral);
              if (this.RECORDING_PHASE) return;
              const node = this.chainNode!;
              this.chainNode = { type: "TaggedTemplateExpression", tag: node, quasi, span: spanOf(node, quasi) };
            },
          },
        ]));
      }));
      const node = this.chainNode!;
      if (this.RECORDING_PHASE) return node;
      if (this.chainOptional && (node.type === "MemberExpression" || node.type === "CallExpression")) {
        return { type: "ChainExpression", expression: node, span: node.span };
      }
      return node;
    } finally {
      this.chainNode = outerNode;
      this.chainOptional = outerOptional;
    }
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) as A.Identifier });

  /** The chain `callMember` is building, extended with `.name` (or `?.name`). */
  private chainName(name: IToken, optional: boolean): void {
    if (this.RECORDING_PHASE) return;
    const object = this.chainNode!;
    this.chainNode = { type: "MemberExpression", object, property: this.ident(name), computed: false, optional, span: spanOf(object, name) };
  }

  /** … with `[property]` (or `?.[property]`), closed by `close`. */
  private chainIndex(property: A.Expression, close: IToken, optional: boolean): void {
    if (this.RECORDING_PHASE) return;
    const object = this.chainNode!;
    this.chainNode = { type: "MemberExpression", object, property, computed: true, optional, span: spanOf(object, close) };
  }

  /** … with a call (or `?.(…)`). */
  private chainCall(args: { list: (A.Expression | A.SpreadElement)[]; close: IToken }, optional: boolean): void {
    if (this.RECORDING_PHASE) return;
    const callee = this.chainNode!;
    this.chainNode = { type: "CallExpression", callee, arguments: args.list, optional, span: spanOf(callee, args.close) };
  }

  newExpression = this.RULE("newExpression", (): A.Expression => {
    const kw = this.CONSUME(T.New);
    let callee: A.Expression = this.OR(this.newOrPrimaryAlts);
    this.MANY(() => {
      this.OR2([
        {
          ALT: () => {
            this.CONSUME(T.Dot);
            const name = this.CONSUME(T.IdentifierName);
            this.ACTION(() => {
              callee = { type: "MemberExpression", object: callee, property: this.ident(name), computed: false, optional: false, span: spanOf(callee, name) };
            });
          },
        },
        {
          // `new a[b]()`: the callee is the member `a[b]`.
          ALT: () => {
            this.CONSUME(T.LBracket);
            const prop = this.SUBRULE(this.expression);
            const close = this.CONSUME(T.RBracket);
            this.ACTION(() => {
              callee = { type: "MemberExpression", object: callee, property: prop, computed: true, optional: false, span: spanOf(callee, close) };
            });
          },
        },
      ]);
    });
    let args: { list: (A.Expression | A.SpreadElement)[]; close: IToken } | undefined;
    this.OPTION(() => (args = this.SUBRULE(this.arguments)));
    return this.ACTION((): A.NewExpression => ({ type: "NewExpression", callee, arguments: args?.list ?? [], span: spanOf(kw, args?.close ?? callee) }))!;
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) as A.Identifier });

  arguments = this.RULE("arguments", (): { list: (A.Expression | A.SpreadElement)[]; close: IToken } => {
    this.CONSUME(T.LParen);
    const list: (A.Expression | A.SpreadElement)[] = [];
    this.MANY(() => {
      const a = this.SUBRULE(this.elementOrSpread);
      this.ACTION(() => list.push(a));
      this.OR((this.commaOrParenAlts ??= [{ ALT: () => void this.CONSUME(T.Comma) }, { GATE: () => this.LA(1).tokenType === T.RParen, ALT: () => undefined }]));
    });
    const close = this.CONSUME(T.RParen);
    return { list, close };
  }, { recoveryValueFunc: () => ({ list: [] as (A.Expression | A.SpreadElement)[], close: { startOffset: 0, image: "" } as IToken }) });

  elementOrSpread = this.RULE("elementOrSpread", (): A.Expression | A.SpreadElement => {
    return this.OR([
      {
        ALT: () => {
          const dots = this.CONSUME(T.Ellipsis);
          const argument = this.SUBRULE(this.assignment);
          return this.ACTION((): A.SpreadElement => ({ type: "SpreadElement", argument, span: spanOf(dots, argument) }))!;
        },
      },
      { ALT: () => this.SUBRULE2(this.assignment) },
    ]);
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) as A.Identifier });

  primary = this.RULE(
    "primary",
    (): A.Expression => {
      // One token of lookahead so the gate, not a pruned k-token path, picks function expressions.
      return this.OR((this.primaryAlts ??= { MAX_LOOKAHEAD: 1, DEF: [
        {
          GATE: () => this.LA(1).tokenType === T.FunctionKw || (this.LA(1).tokenType === T.Async && this.LA(2).tokenType === T.FunctionKw),
          ALT: () => this.SUBRULE(this.functionExpression),
        },
        { ALT: () => this.ident(this.CONSUME(T.Identifier)) },
        {
          ALT: () => {
            const t = this.CONSUME(T.NumberLiteral);
            return this.ACTION((): A.NumericLiteral => ({ type: "NumericLiteral", value: parseNumber(t.image), raw: t.image, span: spanOf(t, t) }))!;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.StringLiteral);
            return this.ACTION((): A.StringLiteral => ({ type: "StringLiteral", value: cookString(t.image.slice(1, -1)), raw: t.image, span: spanOf(t, t) }))!;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.RegExpLiteral);
            return this.ACTION((): A.RegExpLiteral => {
              const slash = t.image.lastIndexOf("/");
              return { type: "RegExpLiteral", pattern: t.image.slice(1, slash), flags: t.image.slice(slash + 1), span: spanOf(t, t) };
            })!;
          },
        },
        {
          ALT: () => {
            const t = this.OR2((this.booleanAlts ??= [{ ALT: () => this.CONSUME(T.True) }, { ALT: () => this.CONSUME(T.False) }]));
            return this.ACTION((): A.BooleanLiteral => ({ type: "BooleanLiteral", value: t.image === "true", span: spanOf(t, t) }))!;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.Null);
            return this.ACTION((): A.NullLiteral => ({ type: "NullLiteral", span: spanOf(t, t) }))!;
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.This);
            return this.ACTION((): A.ThisExpression => ({ type: "ThisExpression", span: spanOf(t, t) }))!;
          },
        },
        { ALT: () => this.SUBRULE(this.templateLiteral) },
        { ALT: () => this.SUBRULE(this.arrayLiteral) },
        { ALT: () => this.SUBRULE(this.objectLiteral) },
        {
          ALT: () => {
            this.CONSUME(T.LParen);
            const e = this.SUBRULE(this.expression);
            this.CONSUME(T.RParen);
            return e;
          },
        },
        {
          ALT: () => {
            const kw = this.OR3((this.unsupportedPrimaryAlts ??= [{ ALT: () => this.CONSUME(T.Class) }, { ALT: () => this.CONSUME(T.Super) }, { ALT: () => this.CONSUME(T.Import) }]));
            this.ACTION(() => {
              if (kw.tokenType === T.Class) this.skipBalancedBlock();
            });
            return this.ACTION((): A.UnsupportedExpression => {
              const construct =
                kw.tokenType === T.Class ? "class" : kw.tokenType === T.Super ? "super" : this.LA(1).tokenType === T.Dot ? "import-meta" : "dynamic-import";
              return { type: "UnsupportedExpression", construct, span: spanOf(kw, this.LA(0)) };
            })!;
          },
        },
      ] }));
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) as A.Identifier },
  );

  functionExpression = this.RULE("functionExpression", (): A.FunctionExpression => {
    let asyncTok: IToken | undefined;
    this.OPTION(() => (asyncTok = this.CONSUME(T.Async)));
    const kw = this.CONSUME(T.FunctionKw);
    let id: IToken | undefined;
    this.OPTION2(() => (id = this.CONSUME(T.Identifier)));
    const params = this.SUBRULE(this.formalParameters);
    const body = this.SUBRULE(this.block);
    return this.ACTION((): A.FunctionExpression => ({
      type: "FunctionExpression",
      id: id ? this.ident(id) : null,
      params,
      body,
      async: !!asyncTok,
      span: spanOf(asyncTok ?? kw, body),
    }))!;
  }, { recoveryValueFunc: () => ({ type: "FunctionExpression", id: null, params: [], body: { type: "BlockStatement", body: [], span: SPAN0 }, async: false, span: SPAN0 }) as A.FunctionExpression });

  templateLiteral = this.RULE("templateLiteral", (): A.TemplateLiteral => {
    const open = this.CONSUME(T.Backtick);
    const parts: (IToken | A.Expression)[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => void parts.push(this.CONSUME(T.TemplateChars)) },
        {
          ALT: () => {
            this.CONSUME(T.TemplateExprStart);
            const e = this.SUBRULE(this.expression);
            this.CONSUME(T.RCurly);
            this.ACTION(() => parts.push(e));
          },
        },
      ]);
    });
    const close = this.CONSUME(T.BacktickEnd);
    return this.ACTION((): A.TemplateLiteral => {
      const quasis: A.TemplateElement[] = [];
      const expressions: A.Expression[] = [];
      let pending: IToken | undefined;
      let cursor = open.startOffset + 1;
      const pushQuasi = (end: number): void => {
        const raw = pending ? pending.image : "";
        quasis.push({ type: "TemplateElement", raw, cooked: cookTemplate(raw), span: { start: cursor, end } });
        pending = undefined;
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
    })!;
  }, { recoveryValueFunc: () => ({ type: "TemplateLiteral", quasis: [{ type: "TemplateElement", raw: "", cooked: "", span: SPAN0 }], expressions: [], span: SPAN0 }) as A.TemplateLiteral });

  arrayLiteral = this.RULE("arrayLiteral", (): A.ArrayExpression => {
    const open = this.CONSUME(T.LBracket);
    const elements: (A.Expression | A.SpreadElement | null)[] = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => void (this.CONSUME(T.Comma), this.ACTION(() => elements.push(null))) },
        {
          ALT: () => {
            const e = this.SUBRULE(this.elementOrSpread);
            this.ACTION(() => elements.push(e));
            this.OR2((this.commaOrBracketAlts ??= [{ ALT: () => void this.CONSUME2(T.Comma) }, { GATE: () => this.LA(1).tokenType === T.RBracket, ALT: () => undefined }]));
          },
        },
      ]);
    });
    const close = this.CONSUME(T.RBracket);
    return this.ACTION((): A.ArrayExpression => ({ type: "ArrayExpression", elements, span: spanOf(open, close) }))!;
  }, { recoveryValueFunc: () => ({ type: "ArrayExpression", elements: [], span: SPAN0 }) as A.ArrayExpression });

  objectLiteral = this.RULE("objectLiteral", (): A.ObjectExpression => {
    const open = this.CONSUME(T.LCurly);
    const properties: (A.Property | A.SpreadElement)[] = [];
    this.MANY(() => {
      const p = this.SUBRULE(this.objectMember);
      this.ACTION(() => properties.push(p));
      this.OR((this.commaOrCurlyAlts ??= [{ ALT: () => void this.CONSUME(T.Comma) }, { GATE: () => this.LA(1).tokenType === T.RCurly, ALT: () => undefined }]));
    });
    const close = this.CONSUME(T.RCurly);
    return this.ACTION((): A.ObjectExpression => ({ type: "ObjectExpression", properties, span: spanOf(open, close) }))!;
  }, { recoveryValueFunc: () => ({ type: "ObjectExpression", properties: [], span: SPAN0 }) as A.ObjectExpression });

  objectMember = this.RULE("objectMember", (): A.Property | A.SpreadElement => {
    return this.OR({ MAX_LOOKAHEAD: 1, DEF: [
      {
        ALT: () => {
          const dots = this.CONSUME(T.Ellipsis);
          const argument = this.SUBRULE(this.assignment);
          return this.ACTION((): A.SpreadElement => ({ type: "SpreadElement", argument, span: spanOf(dots, argument) }))!;
        },
      },
      {
        // `get x() {}`, `set x(v) {}`, `async x() {}`, `*x() {}`: methods, parsed to be reported.
        GATE: () => this.isAccessorOrModifiedMethod(),
        ALT: () => {
          const mod = this.OR2([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.CONSUME(T.Multiplicative) }]);
          const key = this.SUBRULE(this.propertyKey);
          const params = this.SUBRULE(this.formalParameters);
          const body = this.SUBRULE(this.block);
          return this.ACTION((): A.Property => ({
            type: "Property",
            key: key.key,
            computed: key.computed,
            shorthand: false,
            method: true,
            value: { type: "FunctionExpression", id: null, params, body, async: mod.image === "async", span: spanOf(key.span, body) },
            span: spanOf(mod, body),
          }))!;
        },
      },
      {
        ALT: () => {
          const key = this.SUBRULE2(this.propertyKey);
          return this.OR3([
            {
              ALT: () => {
                this.CONSUME(T.Colon);
                const value = this.SUBRULE2(this.assignment);
                return this.ACTION((): A.Property => ({ type: "Property", key: key.key, computed: key.computed, shorthand: false, method: false, value, span: spanOf(key.span, value) }))!;
              },
            },
            {
              ALT: () => {
                const params = this.SUBRULE2(this.formalParameters);
                const body = this.SUBRULE2(this.block);
                return this.ACTION((): A.Property => ({
                  type: "Property",
                  key: key.key,
                  computed: key.computed,
                  shorthand: false,
                  method: true,
                  value: { type: "FunctionExpression", id: null, params, body, async: false, span: spanOf(key.span, body) },
                  span: spanOf(key.span, body),
                }))!;
              },
            },
            {
              // Shorthand `{ a }`; `{ a = 1 }` only in patterns (reported when used as a value).
              ALT: () => {
                let dflt: A.Expression | undefined;
                this.OPTION(() => {
                  this.CONSUME(T.Equals);
                  dflt = this.SUBRULE3(this.assignment);
                });
                return this.ACTION((): A.Property => {
                  const value: A.Expression = key.key.type === "Identifier" ? { ...key.key } : key.key;
                  const v: A.Expression = dflt
                    ? ({ type: "AssignmentExpression", operator: "=", left: value as A.Identifier, right: dflt, span: spanOf(value, dflt) } as A.AssignmentExpression)
                    : value;
                  return { type: "Property", key: key.key, computed: false, shorthand: true, method: false, value: v, span: spanOf(key.span, v) };
                })!;
              },
            },
          ]);
        },
      },
    ] });
  }, { recoveryValueFunc: () => ({ type: "SpreadElement", argument: { type: "Identifier", name: "", span: SPAN0 } as A.Identifier, span: SPAN0 }) as A.SpreadElement });

  propertyKey = this.RULE("propertyKey", (): { key: A.Expression; computed: boolean; span: A.Span } => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.IdentifierName);
          return this.ACTION(() => ({ key: this.ident(t) as A.Expression, computed: false, span: spanOf(t, t) }))!;
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.StringLiteral);
          return this.ACTION(() => ({
            key: { type: "StringLiteral", value: cookString(t.image.slice(1, -1)), raw: t.image, span: spanOf(t, t) } as A.Expression,
            computed: false,
            span: spanOf(t, t),
          }))!;
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.NumberLiteral);
          return this.ACTION(() => ({
            key: { type: "NumericLiteral", value: parseNumber(t.image), raw: t.image, span: spanOf(t, t) } as A.Expression,
            computed: false,
            span: spanOf(t, t),
          }))!;
        },
      },
      {
        ALT: () => {
          const open = this.CONSUME(T.LBracket);
          const key = this.SUBRULE(this.assignment);
          const close = this.CONSUME(T.RBracket);
          return this.ACTION(() => ({ key, computed: true, span: spanOf(open, close) }))!;
        },
      },
    ]);
  }, { recoveryValueFunc: () => ({ key: { type: "Identifier", name: "", span: SPAN0 } as A.Identifier, computed: false, span: SPAN0 }) });

  // ============================================================== lookahead helpers

  private ident(t: IToken): A.Identifier {
    return { type: "Identifier", name: t.image, span: { start: t.startOffset, end: t.startOffset + t.image.length } };
  }

  private isDeclarationHead(): boolean {
    const t = this.LA(1).tokenType;
    if (t === T.Const || t === T.Var) return true;
    // `let` followed by a binding (not `let` used as a name, which the language does not allow anyway).
    return t === T.Let;
  }

  private isAccessorOrModifiedMethod(): boolean {
    const a = this.LA(1);
    if (a.tokenType === T.Multiplicative && a.image === "*") return true;
    if (a.tokenType !== T.Identifier && a.tokenType !== T.Async) return false;
    if (a.image !== "get" && a.image !== "set" && a.image !== "async") return false;
    const b = this.LA(2).tokenType;
    return b !== T.Colon && b !== T.LParen && b !== T.Comma && b !== T.RCurly && b !== T.Equals;
  }

  /** `x =>`, `async x =>`, `(…) =>`, `async (…) =>`: scan to the matching `)` and look for `=>`. */
  private isArrowAhead(): boolean {
    let k = 1;
    let t = this.LA(k);
    if (t.tokenType === T.Async && this.LA(2).tokenType !== T.Arrow) {
      if (this.newlineBetween(t, this.LA(2))) return false;
      k = 2;
      t = this.LA(k);
    }
    if (t.tokenType === T.Identifier || t.tokenType === T.Async || t.tokenType === T.Of) return this.LA(k + 1).tokenType === T.Arrow;
    if (t.tokenType !== T.LParen) return false;
    let depth = 0;
    for (;; k++) {
      const tok = this.LA(k);
      const type = tok.tokenType;
      if (type === EOF) return false;
      if (type === T.LParen || type === T.LBracket || type === T.LCurly || type === T.TemplateExprStart) depth++;
      else if (type === T.RParen || type === T.RBracket || type === T.RCurly) {
        depth--;
        if (depth === 0) return this.LA(k + 1).tokenType === T.Arrow;
      }
    }
  }

  /** Skip the rest of an excluded statement: to the end of its line at bracket depth 0, or past its block. */
  private skipStatementTokens(): void {
    let depth = 0;
    let prev = this.LA(0);
    for (;;) {
      const next = this.LA(1);
      const type = next.tokenType;
      if (type === EOF) return;
      if (depth === 0) {
        if (type === T.Semicolon) {
          this.SKIP_TOKEN();
          return;
        }
        if (type === T.RCurly) return;
        if (prev && this.newlineBetween(prev, next) && prev.tokenType !== T.Comma && prev.tokenType !== T.LCurly) {
          // A statement ends at a newline unless it is inside brackets.
          return;
        }
      }
      if (type === T.LParen || type === T.LBracket || type === T.LCurly || type === T.TemplateExprStart) depth++;
      else if (type === T.RParen || type === T.RBracket || type === T.RCurly) {
        depth--;
        if (depth === 0 && type === T.RCurly) {
          this.SKIP_TOKEN();
          // A block ends the statement (`class A {}`, `switch (x) {}`), a trailing `;` is optional.
          if (this.LA(1).tokenType === T.Semicolon) this.SKIP_TOKEN();
          return;
        }
      }
      prev = next;
      this.SKIP_TOKEN();
    }
  }

  /** Skip `Name? (extends X)? { … }` after `class` in an expression. */
  private skipBalancedBlock(): void {
    let depth = 0;
    for (;;) {
      const type = this.LA(1).tokenType;
      if (type === EOF) return;
      if (type === T.LCurly || type === T.TemplateExprStart) depth++;
      else if (type === T.RCurly) {
        depth--;
        if (depth <= 0) {
          this.SKIP_TOKEN();
          return;
        }
      }
      this.SKIP_TOKEN();
    }
  }
}

// ============================================================== helpers

function foldBinary(operands: A.Expression[], operators: string[]): A.Expression {
  if (operators.length === 0) return operands[0]!;
  // Precedence climbing over the flat list; `**` is right-associative.
  let pos = 0;
  const parse = (minPrec: number): A.Expression => {
    let left = operands[pos]!;
    while (pos < operators.length) {
      const op = operators[pos]!;
      const prec = binaryPrecedence[op] ?? 0;
      if (prec < minPrec) break;
      pos++;
      const right = parse(op === "**" ? prec : prec + 1);
      const span = spanOf(left, right);
      left =
        op === "&&" || op === "||" || op === "??"
          ? { type: "LogicalExpression", operator: op, left, right, span }
          : { type: "BinaryExpression", operator: op as A.BinaryOperator, left, right, span };
    }
    return left;
  };
  // Iterative outer loop keeps long chains (`a + b + c + …`) from recursing per operand.
  return parse(0);
}

function parseNumber(raw: string): number {
  const clean = raw.replace(/_/g, "").replace(/n$/, "");
  if (/^0[xX]/.test(clean)) return parseInt(clean.slice(2), 16);
  if (/^0[oO]/.test(clean)) return parseInt(clean.slice(2), 8);
  if (/^0[bB]/.test(clean)) return parseInt(clean.slice(2), 2);
  return Number(clean);
}

/** Reinterpret an expression on the left of `=` as an assignment target (destructuring included). */
export function toAssignTarget(e: A.Expression): A.Pattern | A.MemberExpression {
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
          if (el.type === "SpreadElement") return { type: "RestElement", argument: toAssignTarget(el.argument) as A.Pattern, span: el.span };
          return toAssignTarget(el) as A.Pattern;
        }),
      };
    case "ObjectExpression":
      return {
        type: "ObjectPattern",
        span: e.span,
        properties: e.properties.map((p) => {
          if (p.type === "SpreadElement") return { type: "RestElement", argument: toAssignTarget(p.argument) as A.Pattern, span: p.span };
          return { type: "PatternProperty", key: p.key, computed: p.computed, shorthand: p.shorthand, value: toAssignTarget(p.value) as A.Pattern, span: p.span };
        }),
      };
    case "AssignmentExpression":
      return { type: "AssignmentPattern", left: e.left as A.Pattern, right: e.right, span: e.span };
    default:
      // Not assignable; the subset check reports it (WF1001) using this marker.
      return { type: "Identifier", name: "", span: e.span };
  }
}
