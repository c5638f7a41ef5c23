/**
 * The wf language's abstract syntax tree.
 *
 * Shapes follow ESTree (the tree acorn, Babel and ESLint share) so that readers who know JavaScript
 * tooling recognise them, cut down to the subset the language accepts. Every node has a `span`:
 * UTF-16 offsets into the source, `end` exclusive. Lines and columns are computed only when a
 * diagnostic is rendered.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

interface NodeBase {
  span: Span;
}

export interface Comment {
  type: "LineComment" | "BlockComment";
  /** Text without the `//` or the surrounding comment delimiters. */
  value: string;
  span: Span;
}

export interface Program extends NodeBase {
  type: "Program";
  body: Statement[];
  /** Every comment in the file, in source order; kept for the formatter and for `wfc-ignore`. */
  comments: Comment[];
}

// ---------------------------------------------------------------- statements

export type Statement =
  | VariableDeclaration
  | FunctionDeclaration
  | ExportNamedDeclaration
  | ReturnStatement
  | IfStatement
  | ForOfStatement
  | ForStatement
  | WhileStatement
  | BreakStatement
  | ContinueStatement
  | ThrowStatement
  | TryStatement
  | BlockStatement
  | ExpressionStatement
  | EmptyStatement
  | UnsupportedStatement;

export interface VariableDeclaration extends NodeBase {
  type: "VariableDeclaration";
  kind: "const" | "let" | "var";
  declarations: VariableDeclarator[];
}

export interface VariableDeclarator extends NodeBase {
  type: "VariableDeclarator";
  id: Pattern;
  init: Expression | null;
}

export interface FunctionDeclaration extends NodeBase {
  type: "FunctionDeclaration";
  id: Identifier;
  params: Pattern[];
  body: BlockStatement;
  async: boolean;
}

/** `export const meta = {…}`: the only export the language has. */
export interface ExportNamedDeclaration extends NodeBase {
  type: "ExportNamedDeclaration";
  declaration: VariableDeclaration;
}

export interface ReturnStatement extends NodeBase {
  type: "ReturnStatement";
  argument: Expression | null;
}

export interface IfStatement extends NodeBase {
  type: "IfStatement";
  test: Expression;
  consequent: Statement;
  alternate: Statement | null;
}

/** `for (const x of xs)`; the declaration has exactly one declarator and no initialiser. */
export interface ForOfStatement extends NodeBase {
  type: "ForOfStatement";
  left: VariableDeclaration;
  right: Expression;
  body: Statement;
}

export interface ForStatement extends NodeBase {
  type: "ForStatement";
  init: VariableDeclaration | Expression | null;
  test: Expression | null;
  update: Expression | null;
  body: Statement;
}

export interface WhileStatement extends NodeBase {
  type: "WhileStatement";
  test: Expression;
  body: Statement;
}

export interface BreakStatement extends NodeBase {
  type: "BreakStatement";
}

export interface ContinueStatement extends NodeBase {
  type: "ContinueStatement";
}

export interface ThrowStatement extends NodeBase {
  type: "ThrowStatement";
  argument: Expression;
}

export interface TryStatement extends NodeBase {
  type: "TryStatement";
  block: BlockStatement;
  handler: CatchClause | null;
  finalizer: BlockStatement | null;
}

export interface CatchClause extends NodeBase {
  type: "CatchClause";
  param: Pattern | null;
  body: BlockStatement;
}

export interface BlockStatement extends NodeBase {
  type: "BlockStatement";
  body: Statement[];
}

export interface ExpressionStatement extends NodeBase {
  type: "ExpressionStatement";
  expression: Expression;
}

export interface EmptyStatement extends NodeBase {
  type: "EmptyStatement";
}

/**
 * A JavaScript construct the parser recognises but the language excludes (`class`, `import`,
 * `do…while`, `for…in`, `switch`, labels, generators…). The parser skips it and the subset check
 * reports a specific WF1xxx diagnostic naming it.
 */
export interface UnsupportedStatement extends NodeBase {
  type: "UnsupportedStatement";
  construct: UnsupportedConstruct;
}

export type UnsupportedConstruct =
  | "class"
  | "import"
  | "export"
  | "do-while"
  | "for-in"
  | "switch"
  | "label"
  | "with"
  | "debugger"
  | "generator";

// ---------------------------------------------------------------- expressions

export type Expression =
  | Identifier
  | NumericLiteral
  | StringLiteral
  | BooleanLiteral
  | NullLiteral
  | RegExpLiteral
  | TemplateLiteral
  | TaggedTemplateExpression
  | ArrayExpression
  | ObjectExpression
  | ArrowFunctionExpression
  | FunctionExpression
  | UnaryExpression
  | UpdateExpression
  | BinaryExpression
  | LogicalExpression
  | AssignmentExpression
  | ConditionalExpression
  | CallExpression
  | NewExpression
  | MemberExpression
  | ChainExpression
  | AwaitExpression
  | SequenceExpression
  | ThisExpression
  | UnsupportedExpression;

export interface Identifier extends NodeBase {
  type: "Identifier";
  name: string;
}

export interface NumericLiteral extends NodeBase {
  type: "NumericLiteral";
  value: number;
  raw: string;
}

export interface StringLiteral extends NodeBase {
  type: "StringLiteral";
  value: string;
  raw: string;
}

export interface BooleanLiteral extends NodeBase {
  type: "BooleanLiteral";
  value: boolean;
}

export interface NullLiteral extends NodeBase {
  type: "NullLiteral";
}

export interface RegExpLiteral extends NodeBase {
  type: "RegExpLiteral";
  pattern: string;
  flags: string;
}

export interface TemplateElement extends NodeBase {
  type: "TemplateElement";
  /** The text with escapes applied. */
  cooked: string;
  /** The text as written between the delimiters. */
  raw: string;
}

/** `quasis.length === expressions.length + 1`, interleaved: q0 e0 q1 e1 … qn. */
export interface TemplateLiteral extends NodeBase {
  type: "TemplateLiteral";
  quasis: TemplateElement[];
  expressions: Expression[];
}

/** Parsed so that the subset check can name it; the language excludes tagged templates. */
export interface TaggedTemplateExpression extends NodeBase {
  type: "TaggedTemplateExpression";
  tag: Expression;
  quasi: TemplateLiteral;
}

export interface SpreadElement extends NodeBase {
  type: "SpreadElement";
  argument: Expression;
}

export interface ArrayExpression extends NodeBase {
  type: "ArrayExpression";
  /** `null` is a hole (`[a, , b]`), which the subset check rejects. */
  elements: (Expression | SpreadElement | null)[];
}

export interface Property extends NodeBase {
  type: "Property";
  key: Expression;
  /** `{ [k]: v }`: the key is an expression to evaluate. Otherwise an Identifier, string or number literal. */
  computed: boolean;
  shorthand: boolean;
  /** `{ f() {…} }` is parsed so it can be reported; the language has no methods. */
  method: boolean;
  value: Expression;
}

export interface ObjectExpression extends NodeBase {
  type: "ObjectExpression";
  properties: (Property | SpreadElement)[];
}

export interface ArrowFunctionExpression extends NodeBase {
  type: "ArrowFunctionExpression";
  params: Pattern[];
  body: BlockStatement | Expression;
  async: boolean;
}

export interface FunctionExpression extends NodeBase {
  type: "FunctionExpression";
  id: Identifier | null;
  params: Pattern[];
  body: BlockStatement;
  async: boolean;
}

export type UnaryOperator = "!" | "-" | "+" | "~" | "typeof" | "void" | "delete";

export interface UnaryExpression extends NodeBase {
  type: "UnaryExpression";
  operator: UnaryOperator;
  argument: Expression;
}

export interface UpdateExpression extends NodeBase {
  type: "UpdateExpression";
  operator: "++" | "--";
  prefix: boolean;
  argument: Expression;
}

export type BinaryOperator =
  | "+" | "-" | "*" | "/" | "%" | "**"
  | "<" | ">" | "<=" | ">=" | "==" | "!=" | "===" | "!=="
  | "&" | "|" | "^" | "<<" | ">>" | ">>>"
  | "in" | "instanceof";

export type LogicalOperator = "&&" | "||" | "??";

export interface BinaryExpression extends NodeBase {
  type: "BinaryExpression";
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
}

export interface LogicalExpression extends NodeBase {
  type: "LogicalExpression";
  operator: LogicalOperator;
  left: Expression;
  right: Expression;
}

export type AssignmentOperator =
  | "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "**="
  | "&&=" | "||=" | "??=" | "<<=" | ">>=" | ">>>=" | "&=" | "|=" | "^=";

export interface AssignmentExpression extends NodeBase {
  type: "AssignmentExpression";
  operator: AssignmentOperator;
  /** An Identifier or MemberExpression, or (with `=`) a destructuring pattern. */
  left: Pattern | MemberExpression;
  right: Expression;
}

export interface ConditionalExpression extends NodeBase {
  type: "ConditionalExpression";
  test: Expression;
  consequent: Expression;
  alternate: Expression;
}

export interface CallExpression extends NodeBase {
  type: "CallExpression";
  callee: Expression;
  arguments: (Expression | SpreadElement)[];
  /** `f?.()` */
  optional: boolean;
}

export interface NewExpression extends NodeBase {
  type: "NewExpression";
  callee: Expression;
  arguments: (Expression | SpreadElement)[];
}

export interface MemberExpression extends NodeBase {
  type: "MemberExpression";
  object: Expression;
  /** An Identifier when `computed` is false (`a.b`), any expression when true (`a[b]`). */
  property: Expression;
  computed: boolean;
  /** `a?.b` */
  optional: boolean;
}

/** Wraps the outermost link of a chain that contains `?.`, as in ESTree: it marks where short-circuiting stops. */
export interface ChainExpression extends NodeBase {
  type: "ChainExpression";
  expression: CallExpression | MemberExpression;
}

export interface AwaitExpression extends NodeBase {
  type: "AwaitExpression";
  argument: Expression;
}

export interface SequenceExpression extends NodeBase {
  type: "SequenceExpression";
  expressions: Expression[];
}

/** Parsed so it can be reported: plans have no `this`. */
export interface ThisExpression extends NodeBase {
  type: "ThisExpression";
}

/** An expression-level construct the language excludes: `class` expressions, `import()`, `yield`, `super`, `new.target`. */
export interface UnsupportedExpression extends NodeBase {
  type: "UnsupportedExpression";
  construct: "class" | "dynamic-import" | "yield" | "super" | "import-meta";
}

// ---------------------------------------------------------------- patterns

export type Pattern = Identifier | ObjectPattern | ArrayPattern | AssignmentPattern | RestElement;

export interface AssignmentPattern extends NodeBase {
  type: "AssignmentPattern";
  left: Pattern;
  right: Expression;
}

export interface RestElement extends NodeBase {
  type: "RestElement";
  argument: Pattern;
}

export interface PatternProperty extends NodeBase {
  type: "PatternProperty";
  key: Expression;
  computed: boolean;
  shorthand: boolean;
  value: Pattern;
}

export interface ObjectPattern extends NodeBase {
  type: "ObjectPattern";
  properties: (PatternProperty | RestElement)[];
}

export interface ArrayPattern extends NodeBase {
  type: "ArrayPattern";
  elements: (Pattern | null)[];
}

export type Node =
  | Program
  | Statement
  | Expression
  | Pattern
  | VariableDeclarator
  | CatchClause
  | TemplateElement
  | SpreadElement
  | Property
  | PatternProperty;
