/**
 * The language's boundaries (band WF1xxx) and name resolution (WF2001): excluded constructs,
 * forbidden globals, non-determinism, imports, unbounded `while`, unknown identifiers. Each
 * diagnostic names the construct and shows the allowed way to write it.
 */
import type * as A from "../../grammar/ast.js";
import type { Reporter } from "../report.js";
import { allowedGlobals, forbiddenGlobals, forbiddenProperties } from "../globals.js";
import { patternNames, memberPath, sleepDelay } from "../walk.js";
import { didYouMean } from "../util/did-you-mean.js";
import { whileCounter } from "../analysis/loop-bounds.js";

const unsupportedHelp: Record<A.UnsupportedConstruct | A.UnsupportedExpression["construct"], [string, string]> = {
  class: ["classes are not part of the language", "use plain objects and helper functions"],
  import: ["`import` is not allowed: a plan cannot load modules", "everything a plan needs is a global (`agent`, `parallel`, …); let an agent read files"],
  export: ["only `export const meta = {…}` may be exported", "remove `export`; the plan's answer is what it `return`s"],
  "do-while": ["`do…while` is not part of the language", "write a bounded loop: `for (let i = 0; i < N; i++) { … if (done) break }`"],
  "for-in": ["`for…in` (and `for await`) is not part of the language", "iterate keys with `for (const k of Object.keys(obj))`"],
  switch: ["`switch` is not part of the language", "use `if … else if …`"],
  label: ["labels are not part of the language", "move the inner loop into a helper or use a flag variable"],
  with: ["`with` is not part of the language", "name the object explicitly"],
  debugger: ["`debugger` is not part of the language", "use `log(…)` to trace a plan"],
  generator: ["generators are not part of the language", "build an array and return it"],
  yield: ["`yield` is not part of the language", "build an array and return it"],
  super: ["`super` is not part of the language", "use plain objects and helper functions"],
  "dynamic-import": ["dynamic `import()` is not allowed: a plan cannot load modules", "nest another plan with `workflow(name, args)`"],
  "import-meta": ["`import.meta` is not allowed", "pass what you need in `args`"],
};

interface Scope {
  names: Set<string>;
  parent: Scope | null;
}

export function checkSubset(program: A.Program, r: Reporter): void {
  const root: Scope = { names: new Set(), parent: null };
  declareHoisted(program.body, root);
  new SubsetChecker(r, program).statements(program.body, root);
}

function declareHoisted(body: A.Statement[], scope: Scope): void {
  for (let i = 0; i < body.length; i++) {
    const s = body[i]!;
    const type = s.type;
    if (type === "FunctionDeclaration") scope.names.add(s.id.name);
    else if (type === "VariableDeclaration") declareAll(s.declarations, scope);
    else if (type === "ExportNamedDeclaration") declareAll(s.declaration.declarations, scope);
  }
}

/** Declares the names of some declarators; a plain name (most of them) without a list of names. */
function declareAll(declarations: A.VariableDeclarator[], scope: Scope): void {
  for (let i = 0; i < declarations.length; i++) {
    const id = declarations[i]!.id;
    if (id.type === "Identifier") scope.names.add(id.name);
    else for (const n of patternNames(id)) scope.names.add(n.name);
  }
}

function isDeclared(name: string, scope: Scope | null): boolean {
  for (let s = scope; s; s = s.parent) if (s.names.has(name)) return true;
  return false;
}

function allNames(scope: Scope | null): string[] {
  const out: string[] = [...allowedGlobals];
  for (let s = scope; s; s = s.parent) out.push(...s.names);
  return out;
}

class SubsetChecker {
  constructor(
    private readonly r: Reporter,
    private readonly program: A.Program,
  ) {}

  statements(body: A.Statement[], scope: Scope): void {
    for (const s of body) this.statement(s, scope);
  }

  private block(b: A.BlockStatement, parent: Scope, extra: string[] = []): void {
    const scope: Scope = { names: new Set(extra), parent };
    declareHoisted(b.body, scope);
    this.statements(b.body, scope);
  }

  statement(s: A.Statement, scope: Scope): void {
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
      case "ExportNamedDeclaration": {
        const decls = s.declaration.declarations;
        const onlyMeta = decls.length === 1 && decls[0]!.id.type === "Identifier" && decls[0]!.id.name === "meta";
        if (!onlyMeta) {
          const [msg, help] = unsupportedHelp.export;
          this.r.error("WF1003", s.span, msg, { help });
        }
        for (const d of decls) if (d.init) this.expr(d.init, scope);
        return;
      }
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
        const inner: Scope = { names: new Set(), parent: scope };
        for (const d of s.left.declarations) for (const id of patternNames(d.id)) inner.names.add(id.name);
        this.expr(s.right, scope);
        this.nested(s.body, inner);
        return;
      }
      case "ForStatement": {
        const inner: Scope = { names: new Set(), parent: scope };
        if (s.init?.type === "VariableDeclaration") {
          for (const d of s.init.declarations) for (const id of patternNames(d.id)) inner.names.add(id.name);
          this.statement(s.init, inner);
        } else if (s.init) this.expr(s.init, inner);
        if (s.test) this.expr(s.test, inner);
        if (s.update) this.expr(s.update, inner);
        if (!s.test) {
          this.r.error("WF1009", s.span, "`for` loop without a condition has no bound", {
            help: "give it a static bound: `for (let i = 0; i < 10; i++)`",
          });
        }
        this.nested(s.body, inner);
        return;
      }
      case "WhileStatement":
        this.expr(s.test, scope);
        if (!whileCounter(s, this.program)) {
          this.r.error("WF1009", s.test.span, "`while` loop has no provable bound", {
            label: "no counter bound in this condition",
            help: "add a counter conjunct: `while (… && round < 10) { round++; … }`, or use `for (let i = 0; i < 10; i++)`",
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

  private nested(s: A.Statement, scope: Scope): void {
    if (s.type === "BlockStatement") this.block(s, scope);
    else this.statement(s, scope);
  }

  private fn(params: A.Pattern[], body: A.BlockStatement | A.Expression, scope: Scope): void {
    const inner: Scope = { names: new Set(), parent: scope };
    for (const p of params) for (const id of patternNames(p)) inner.names.add(id.name);
    for (const p of params) this.pattern(p, inner);
    if (body.type === "BlockStatement") this.block(body, inner);
    else this.expr(body, inner);
  }

  private pattern(p: A.Pattern, scope: Scope): void {
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

  expr(e: A.Expression, scope: Scope): void {
    // Iterative over left-leaning chains (a + b + c …, a.b.c …) keeps deep chains off the stack.
    // The cases are in order of frequency (a string `switch` tests them in order; each returns).
    switch (e.type) {
      case "Identifier":
        this.identifier(e, scope);
        return;
      case "StringLiteral":
      case "NumericLiteral":
      case "BooleanLiteral":
      case "NullLiteral":
        return;
      case "CallExpression":
        this.call(e, scope);
        return;
      case "MemberExpression":
        this.member(e, scope);
        return;
      case "ObjectExpression":
        for (const p of e.properties) {
          if (p.type === "SpreadElement") this.expr(p.argument, scope);
          else {
            if (p.method) {
              this.r.error("WF1003", p.span, "methods, getters and setters in object literals are not part of the language", {
                help: "use an arrow-function property: `name: (x) => …`",
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
      case "TemplateLiteral":
        for (const x of e.expressions) this.expr(x, scope);
        return;
      case "BinaryExpression":
      case "LogicalExpression": {
        // Walk left spines iteratively.
        let cur: A.Expression = e;
        const rights: A.Expression[] = [];
        while (cur.type === "BinaryExpression" || cur.type === "LogicalExpression") {
          rights.push(cur.right);
          cur = cur.left;
        }
        this.expr(cur, scope);
        for (let i = rights.length - 1; i >= 0; i--) this.expr(rights[i]!, scope);
        return;
      }
      case "UpdateExpression":
      case "AwaitExpression":
        this.expr(e.argument, scope);
        return;
      case "ArrowFunctionExpression":
        this.fn(e.params, e.body, scope);
        return;
      case "ArrayExpression":
        for (const el of e.elements) {
          if (el === null) this.r.error("WF1003", e.span, "sparse arrays (holes such as `[a, , b]`) are not part of the language", { help: "write `null` for an empty slot" });
          else this.expr(el.type === "SpreadElement" ? el.argument : el, scope);
        }
        return;
      case "ChainExpression":
        this.expr(e.expression, scope);
        return;
      case "ConditionalExpression":
        this.expr(e.test, scope);
        this.expr(e.consequent, scope);
        this.expr(e.alternate, scope);
        return;
      case "AssignmentExpression":
        if (e.left.type === "Identifier" && e.left.name === "") {
          this.r.error("WF1001", e.left.span, "the left side of this assignment is not assignable", { help: "assign to a variable or a property" });
        } else if (e.left.type === "MemberExpression") this.expr(e.left, scope);
        else this.pattern(e.left, scope);
        this.expr(e.right, scope);
        return;
      case "UnaryExpression":
        if (e.operator === "delete") this.r.error("WF1003", e.span, "`delete` is not part of the language", { help: "build a new object without the key: `const { k, ...rest } = obj`" });
        this.expr(e.argument, scope);
        return;
      case "FunctionExpression": {
        const inner: Scope = { names: new Set(e.id ? [e.id.name] : []), parent: scope };
        this.fn(e.params, e.body, inner);
        return;
      }
      case "NewExpression":
        this.newExpr(e, scope);
        return;
      case "SequenceExpression":
        for (const x of e.expressions) this.expr(x, scope);
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
        this.r.error("WF1003", e.span, "tagged templates are not part of the language", { help: "call the function on a plain template literal: `f(`…`)`" });
        this.expr(e.tag, scope);
        this.expr(e.quasi, scope);
        return;
      default:
        return;
    }
  }

  private identifier(e: A.Identifier, scope: Scope): void {
    // A global is tested first: one lookup, where a declared name may climb every scope.
    if (e.name === "" || allowedGlobals.has(e.name) || isDeclared(e.name, scope)) return;
    const why = forbiddenGlobals[e.name];
    if (why !== undefined) {
      this.r.error("WF1004", e.span, `\`${e.name}\` is not available in a plan: it ${why}`, {
        help: "a plan only orchestrates agents; anything that touches the host belongs in an agent's task",
      });
      return;
    }
    const hint = didYouMean(e.name, allNames(scope));
    this.r.error("WF2001", e.span, `unknown name \`${e.name}\``, {
      label: "not declared",
      help: hint ? `did you mean \`${hint}\`?` : "declare it with `const` before use, or pass it in `args`",
    });
  }

  private member(e: A.MemberExpression, scope: Scope): void {
    const prop = e.computed ? (e.property.type === "StringLiteral" ? e.property.value : undefined) : (e.property as A.Identifier).name;
    if (prop !== undefined && forbiddenProperties.has(prop)) {
      this.r.error("WF1004", e.property.span, `access to \`${prop}\` is not allowed`, { help: "read the value's own fields only" });
    }
    this.expr(e.object, scope);
    if (e.computed) this.expr(e.property, scope);
  }

  private call(e: A.CallExpression, scope: Scope): void {
    const path = memberPath(e.callee);
    if (path === "Date.now" || path === "Math.random" || path === "performance.now" || path === "crypto.randomUUID" || path === "crypto.getRandomValues") {
      if (!isDeclared(path.split(".")[0]!, scope)) {
        this.r.error("WF1005", e.span, `\`${path}()\` is non-deterministic, which breaks resume`, {
          help: path === "Math.random" ? "derive variety from the item's index, or pass a seed in `args`" : "pass the time or id in `args`",
          notes: ["a resumed run replays recorded results by the calls' content; a value that changes between runs changes every call after it"],
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

  private newExpr(e: A.NewExpression, scope: Scope): void {
    if (e.callee.type === "Identifier" && !isDeclared(e.callee.name, scope)) {
      if (e.callee.name === "Date" && e.arguments.length === 0) {
        this.r.error("WF1005", e.span, "`new Date()` without an argument reads the clock, which breaks resume", { help: "pass the time in `args`: `new Date(args.now)`" });
        return;
      }
      if (e.callee.name === "Promise") {
        // A sleep is the one form of `new Promise` the language has; its `setTimeout` is part of it.
        const delay = sleepDelay(e);
        if (delay) return this.expr(delay, scope);
        this.r.error("WF1003", e.span, "`new Promise` is not part of the language, except as a sleep", {
          help: "write `await new Promise((resolve) => setTimeout(resolve, ms))` to wait, `parallel([...thunks])` to run work concurrently, or `retry` to wait and try again",
        });
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
}

export { whileCounter, isIncrement } from "../analysis/loop-bounds.js";
