/**
 * The tree-walking evaluator. An evaluation returns its value synchronously when nothing under it had
 * to wait, and a native `Promise` of the value only when something did (an `await`, an async host
 * builtin): see `Maybe` in values.ts. Plan values are never native promises — promises the plan holds
 * are `PromiseBox`es, which are not thenable — so `instanceof Promise` means "still evaluating", and
 * the evaluator never waits for an agent the plan did not await. A plan's `await` always suspends,
 * as in JavaScript; everything else runs straight through, so a fan-out of 1,000 agents does not
 * allocate a promise per AST node.
 *
 * The composite nodes are written "resumably": a loop over children runs synchronously, and at the
 * first child that returns a promise it returns `promise.then(…)` continuing the same loop from the
 * next child, so the sync and async paths share one implementation. Evaluation order, step counting
 * (`tick` at each node) and the node an error is raised at are those of a plain sequential walk.
 *
 * Control flow (break/continue/return) travels as completion values; plan exceptions travel as
 * `PlanThrow` (catchable) and run stops as `RunAbort` (not catchable). Either may be thrown
 * synchronously or arrive as a rejection; every caller handles both.
 */
import type * as A from "../../grammar/ast.js";
import { joinId, type SiteIndex } from "../../compiler/stage-ids.js";
import { patternNames } from "../../compiler/walk.js";
import { Env } from "./env.js";
import {
  Closure, HostFunction, PlanThrow, PromiseBox, RunAbort, FORBIDDEN_KEYS, LIMITS, boxPromise, checkArrayLength,
  checkLength, frameAt, isErrorObject, makeError, newObject, planError, settle, toNum, toPrimitive, toStr, truthy, typeOf, unbox,
  type Frame,
  type CallInfo,
  type Maybe,
} from "./values.js";
import { getMember, setMember, deleteMember, propertyKey, iterate, HostConstructor, hasProperty, instanceOf } from "./members.js";
import { checkRegex } from "./regex.js";

type Completion = undefined | { kind: "break" } | { kind: "continue" } | { kind: "return"; value: unknown };
const BREAK = { kind: "break" } as const;
const CONTINUE = { kind: "continue" } as const;
const returnOf = (value: unknown): Completion => ({ kind: "return", value });
const nothing = (): undefined => undefined;

/** Thrown inside a `?.` chain to short-circuit it to undefined; caught at the ChainExpression. */
const SHORT_CIRCUIT = Symbol("short-circuit");
const shortCircuited = (x: unknown): undefined => {
  if (x === SHORT_CIRCUIT) return undefined;
  throw x;
};

/** `f(v)`, once `v` has settled if it is a promise (for the less frequent nodes). */
function after<R>(v: unknown, f: (x: unknown) => R): R | Promise<Awaited<R>> {
  return v instanceof Promise ? (v.then(f) as Promise<Awaited<R>>) : f(v);
}

export interface Invoker {
  /**
   * Calls a plan or host function. `helperPrefix` is the stage-id prefix a named helper runs under
   * when a primitive invokes it (`joinId(site, "call:" + name)`); otherwise a named helper called
   * indirectly runs under `joinId(caller's prefix, "call:" + name)`. Returns a `Maybe`.
   */
  call(fn: unknown, args: unknown[], frame: Frame, node: A.Node, helperPrefix?: string): unknown;
}

/** What a host function gets: one object per call (its `call` is a method, not a fresh closure). */
class HostCall implements CallInfo {
  constructor(
    private readonly interpreter: Interpreter,
    readonly node: A.Node,
    readonly frame: Frame,
  ) {}
  call(fn: unknown, args: unknown[], frame?: Frame, helperPrefix?: string): unknown {
    return this.interpreter.call(fn, args, frame ?? this.frame, this.node, helperPrefix);
  }
}

export class Interpreter implements Invoker {
  private steps = 0;
  constructor(
    readonly sites: SiteIndex,
    readonly globals: Env,
  ) {}

  /** Runs a program; resolves with the value of a top-level `return` (undefined if none). */
  async runProgram(program: A.Program, frame: Frame): Promise<unknown> {
    const env = new Env(this.globals);
    let c = this.execBlockBody(program.body, env, frame);
    if (c instanceof Promise) c = await c;
    if (c && c.kind === "return") return unbox(c.value);
    return undefined;
  }

  private tick(node: A.Node): void {
    if (++this.steps > LIMITS.maxSteps) throw new RunAbort(`the plan exceeded ${LIMITS.maxSteps} evaluation steps`, node.span);
  }

  /**
   * Counts `n` steps at once, for a shortcut that evaluates `n` nodes without visiting them, if that
   * stays within the limit; otherwise false, and the caller walks the nodes, which raises the limit
   * at the node where the walk would have.
   */
  private stepsFit(n: number): boolean {
    if (this.steps + n > LIMITS.maxSteps) return false;
    this.steps += n;
    return true;
  }

  // ------------------------------------------------------------------ calls

  call(fn: unknown, args: unknown[], frame: Frame, node: A.Node, helperPrefix?: string): unknown {
    if (fn instanceof HostFunction) {
      if (fn instanceof HostConstructor && fn.requiresNew) throw planError(node, `${fn.name} must be called with \`new\``);
      return fn.impl(args, this.info(node, frame));
    }
    if (!(fn instanceof Closure)) throw planError(node, `${describeCallee(node)} is not a function (it is ${fn === null ? "null" : typeOf(fn)})`);
    if (frame.depth >= LIMITS.maxCallDepth)
      throw planError(node, `too many nested calls (more than ${LIMITS.maxCallDepth}); plans cannot recurse`, "RangeError");
    const prefix = fn.helperName !== undefined ? (helperPrefix ?? joinId(frame.prefix, `call:${fn.helperName}`)) : fn.prefix;
    const inner: Frame = { prefix, index: frame.index, depth: frame.depth + 1, nested: frame.nested, retry: frame.retry };
    if (fn.isAsync) {
      // An async function never throws at its caller: whatever its body throws rejects its promise.
      let r: unknown;
      try {
        r = this.invokeBody(fn, args, inner);
      } catch (e) {
        r = Promise.reject(e);
      }
      return boxPromise(r instanceof Promise ? r : Promise.resolve(r));
    }
    return this.invokeBody(fn, args, inner);
  }

  info(node: A.Node, frame: Frame): CallInfo {
    return new HostCall(this, node, frame);
  }

  private invokeBody(fn: Closure, args: unknown[], frame: Frame): unknown {
    const { node } = fn;
    // A thunk `() => expr` declares nothing in its own scope, so it can evaluate in the closure's.
    if (node.params.length === 0 && node.body.type !== "BlockStatement" && node.type === "ArrowFunctionExpression")
      return this.runBody(fn, fn.env, frame);
    const env = new Env(fn.env);
    // A named function expression can see its own name.
    if (node.type === "FunctionExpression" && node.id) env.declare(node.id.name, false, true, fn);
    const bound = this.bindParams(node.params, args, 0, env, frame);
    if (bound instanceof Promise) return bound.then(() => this.runBody(fn, env, frame));
    return this.runBody(fn, env, frame);
  }

  /** Binds parameters `i…` (resumable: synchronous unless a default value had to wait). */
  private bindParams(params: A.Pattern[], args: unknown[], i: number, env: Env, frame: Frame): Maybe<void> {
    for (; i < params.length; i++) {
      const p = params[i]!;
      if (p.type === "RestElement") return this.bindPattern(p.argument, args.slice(i), env, frame, "let");
      const r = this.bindPattern(p, args[i], env, frame, "let");
      if (r instanceof Promise) {
        const next = i + 1;
        return r.then(() => this.bindParams(params, args, next, env, frame));
      }
    }
  }

  private runBody(fn: Closure, env: Env, frame: Frame): unknown {
    const { node } = fn;
    if (node.body.type !== "BlockStatement") {
      const v = this.evalExpr(node.body, env, frame);
      return fn.isAsync ? settle(v) : v;
    }
    const c = this.execBlockBody(node.body.body, env, frame);
    if (c instanceof Promise) return c.then((r) => returned(r, fn.isAsync));
    return returned(c, fn.isAsync);
  }

  // ------------------------------------------------------------------ statements

  private hoist(body: A.Statement[], env: Env, frame: Frame): void {
    for (const s of body) {
      const decl = s.type === "ExportNamedDeclaration" ? s.declaration : s;
      if (decl.type === "VariableDeclaration") {
        for (const d of decl.declarations)
          for (const id of patternNames(d.id)) {
            if (decl.kind === "var") {
              if (!env.has(id.name)) env.declare(id.name, true, true, undefined);
            } else env.declare(id.name, decl.kind === "let", false);
          }
      } else if (decl.type === "FunctionDeclaration") {
        env.declare(decl.id.name, true, true, new Closure(decl, env, frame.prefix, this.sites.helperName.get(decl)));
      }
    }
  }

  private execBlockBody(body: A.Statement[], env: Env, frame: Frame): Maybe<Completion> {
    this.hoist(body, env, frame);
    return this.execFrom(body, 0, env, frame);
  }

  /** Runs statements `i…` of a block (resumable). */
  private execFrom(body: A.Statement[], i: number, env: Env, frame: Frame): Maybe<Completion> {
    for (; i < body.length; i++) {
      const c = this.exec(body[i]!, env, frame);
      if (c instanceof Promise) {
        const next = i + 1;
        return c.then((r) => r ?? this.execFrom(body, next, env, frame));
      }
      if (c) return c;
    }
    return undefined;
  }

  private exec(s: A.Statement, env: Env, frame: Frame): Maybe<Completion> {
    this.tick(s);
    switch (s.type) {
      case "ExpressionStatement": {
        const v = this.evalExpr(s.expression, env, frame);
        return v instanceof Promise ? v.then(nothing) : undefined;
      }
      case "VariableDeclaration":
        return this.declareFrom(s, 0, env, frame);
      case "ExportNamedDeclaration":
        return this.exec(s.declaration, env, frame);
      case "FunctionDeclaration":
      case "EmptyStatement":
        return undefined;
      case "ReturnStatement": {
        if (!s.argument) return returnOf(undefined);
        const v = this.evalExpr(s.argument, env, frame);
        return v instanceof Promise ? v.then(returnOf) : returnOf(v);
      }
      case "IfStatement": {
        const t = this.evalExpr(s.test, env, frame);
        if (t instanceof Promise) return t.then((x) => this.execIf(s, x, env, frame));
        return this.execIf(s, t, env, frame);
      }
      case "BlockStatement":
        return this.execBlockBody(s.body, new Env(env), frame);
      case "ForOfStatement":
        return this.execForOf(s, env, frame);
      case "ForStatement":
        return this.execFor(s, env, frame);
      case "WhileStatement":
        return this.execWhile(s, env, frame);
      case "BreakStatement":
        return BREAK;
      case "ContinueStatement":
        return CONTINUE;
      case "ThrowStatement": {
        const v = this.evalExpr(s.argument, env, frame);
        if (v instanceof Promise)
          return v.then((x) => {
            throw new PlanThrow(x, s.span);
          });
        throw new PlanThrow(v, s.span);
      }
      case "TryStatement":
        return this.execTry(s, env, frame);
      case "UnsupportedStatement":
        throw planError(s, `\`${s.construct}\` is not supported in plans`, "SyntaxError");
    }
  }

  /** Declarators `i…` of a declaration (resumable). */
  private declareFrom(s: A.VariableDeclaration, i: number, env: Env, frame: Frame): Maybe<Completion> {
    for (; i < s.declarations.length; i++) {
      const d = s.declarations[i]!;
      if (!d.init && s.kind === "var") continue;
      const v = d.init ? this.evalExpr(d.init, env, frame) : undefined;
      const next = i + 1;
      if (v instanceof Promise) return v.then((x) => this.bindAndDeclare(s, d.id, x, next, env, frame));
      const r = this.bindPattern(d.id, v, env, frame, s.kind);
      if (r instanceof Promise) return r.then(() => this.declareFrom(s, next, env, frame));
    }
    return undefined;
  }

  private bindAndDeclare(s: A.VariableDeclaration, id: A.Pattern, v: unknown, next: number, env: Env, frame: Frame): Maybe<Completion> {
    const r = this.bindPattern(id, v, env, frame, s.kind);
    return r instanceof Promise ? r.then(() => this.declareFrom(s, next, env, frame)) : this.declareFrom(s, next, env, frame);
  }

  private execIf(s: A.IfStatement, test: unknown, env: Env, frame: Frame): Maybe<Completion> {
    if (truthy(test)) return this.execScoped(s.consequent, env, frame);
    return s.alternate ? this.execScoped(s.alternate, env, frame) : undefined;
  }

  private execScoped(s: A.Statement, env: Env, frame: Frame): Maybe<Completion> {
    return s.type === "BlockStatement" ? this.execBlockBody(s.body, new Env(env), frame) : this.exec(s, new Env(env), frame);
  }

  private guardLoop(node: A.Node, n: number): void {
    if (n > LIMITS.maxLoopIterations)
      throw new RunAbort(`a loop ran more than ${LIMITS.maxLoopIterations} iterations`, node.span);
  }

  // Loops are async functions that only wait for what is actually a promise.

  private async execWhile(s: A.WhileStatement, env: Env, frame: Frame): Promise<Completion> {
    let n = 0;
    for (;;) {
      let t = this.evalExpr(s.test, env, frame);
      if (t instanceof Promise) t = await t;
      if (!truthy(t)) break;
      this.guardLoop(s, ++n);
      let c = this.execScoped(s.body, env, frameAt(frame, n - 1));
      if (c instanceof Promise) c = await c;
      if (c === BREAK) break;
      if (c && c.kind === "return") return c;
    }
    return undefined;
  }

  private async execForOf(s: A.ForOfStatement, env: Env, frame: Frame): Promise<Completion> {
    let iterable = this.evalExpr(s.right, env, frame);
    if (iterable instanceof Promise) iterable = await iterable;
    const items = iterate(iterable, s.right);
    const decl = s.left.declarations[0];
    if (!decl) return undefined;
    let n = 0;
    for (const item of items) {
      this.guardLoop(s, ++n);
      const iterEnv = new Env(env);
      const b = this.bindPattern(decl.id, item, iterEnv, frame, s.left.kind);
      if (b instanceof Promise) await b;
      let c = this.execScoped(s.body, iterEnv, frameAt(frame, n - 1));
      if (c instanceof Promise) c = await c;
      if (c === BREAK) break;
      if (c && c.kind === "return") return c;
    }
    return undefined;
  }

  private async execFor(s: A.ForStatement, env: Env, frame: Frame): Promise<Completion> {
    const loopEnv = new Env(env);
    let perIteration: string[] = [];
    if (s.init?.type === "VariableDeclaration") {
      this.hoist([s.init], loopEnv, frame);
      await this.exec(s.init, loopEnv, frame);
      if (s.init.kind === "let") perIteration = s.init.declarations.flatMap((d) => patternNames(d.id).map((i) => i.name));
    } else if (s.init) await this.evalExpr(s.init, loopEnv, frame);
    let n = 0;
    let iterEnv = copyEnv(loopEnv, perIteration);
    for (;;) {
      if (s.test) {
        let t = this.evalExpr(s.test, iterEnv, frame);
        if (t instanceof Promise) t = await t;
        if (!truthy(t)) break;
      }
      this.guardLoop(s, ++n);
      let c = this.execScoped(s.body, iterEnv, frameAt(frame, n - 1));
      if (c instanceof Promise) c = await c;
      if (c === BREAK) break;
      if (c && c.kind === "return") return c;
      // `let` in a for header gets a fresh binding per iteration, so closures capture each value.
      iterEnv = copyEnv(iterEnv, perIteration, loopEnv);
      if (s.update) {
        const u = this.evalExpr(s.update, iterEnv, frame);
        if (u instanceof Promise) await u;
      }
    }
    return undefined;
  }

  private async execTry(s: A.TryStatement, env: Env, frame: Frame): Promise<Completion> {
    let result: Completion;
    let pending: { error: unknown } | undefined;
    try {
      result = await this.execBlockBody(s.block.body, new Env(env), frame);
    } catch (e) {
      if (!(e instanceof PlanThrow) || !s.handler) {
        pending = { error: e };
      } else {
        try {
          const catchEnv = new Env(env);
          if (s.handler.param) await this.bindPattern(s.handler.param, e.value, catchEnv, frame, "let");
          result = await this.execBlockBody(s.handler.body.body, catchEnv, frame);
        } catch (e2) {
          pending = { error: e2 };
        }
      }
    }
    if (s.finalizer) {
      const f = await this.execBlockBody(s.finalizer.body, new Env(env), frame);
      if (f) return f;
    }
    if (pending) throw pending.error;
    return result;
  }

  // ------------------------------------------------------------------ patterns

  private bindPattern(p: A.Pattern, value: unknown, env: Env, frame: Frame, kind: "let" | "const" | "var"): Maybe<void> {
    switch (p.type) {
      case "Identifier":
        env.init(p.name, value);
        if (kind === "const") env.declare(p.name, false, true, value);
        return;
      case "AssignmentPattern":
        if (value !== undefined) return this.bindPattern(p.left, value, env, frame, kind);
        return after(this.evalExpr(p.right, env, frame), (d) => this.bindPattern(p.left, d, env, frame, kind));
      case "RestElement":
        return this.bindPattern(p.argument, value, env, frame, kind);
      case "ArrayPattern":
        if (value === null || value === undefined) throw planError(p, `cannot destructure ${toStr(value)}`);
        return this.bindElementsFrom(p, iterate(value, p), 0, env, frame, kind);
      case "ObjectPattern": {
        if (value === null || value === undefined) throw planError(p, `cannot destructure ${toStr(value)}`);
        // Only a rest element (always last) needs to know which keys were taken.
        const used = p.properties[p.properties.length - 1]?.type === "RestElement" ? new Set<string>() : undefined;
        return this.bindPropsFrom(p, value, used, 0, env, frame, kind);
      }
    }
  }

  /** Elements `i…` of an array pattern (resumable). */
  private bindElementsFrom(p: A.ArrayPattern, items: unknown[], i: number, env: Env, frame: Frame, kind: "let" | "const" | "var"): Maybe<void> {
    for (; i < p.elements.length; i++) {
      const el = p.elements[i];
      if (!el) continue;
      if (el.type === "RestElement") return this.bindPattern(el.argument, items.slice(i), env, frame, kind);
      const r = this.bindPattern(el, items[i], env, frame, kind);
      if (r instanceof Promise) {
        const next = i + 1;
        return r.then(() => this.bindElementsFrom(p, items, next, env, frame, kind));
      }
    }
  }

  /** Properties `i…` of an object pattern (resumable). */
  private bindPropsFrom(
    p: A.ObjectPattern, value: unknown, used: Set<string> | undefined, i: number, env: Env, frame: Frame, kind: "let" | "const" | "var",
  ): Maybe<void> {
    for (; i < p.properties.length; i++) {
      const prop = p.properties[i]!;
      const next = i + 1;
      let r: Maybe<void>;
      if (prop.type === "RestElement") {
        const rest = newObject();
        if (typeof value === "object")
          for (const k of Object.keys(value as object)) if (!used?.has(k) && !FORBIDDEN_KEYS.has(k)) rest[k] = (value as Record<string, unknown>)[k];
        r = this.bindPattern(prop.argument, rest, env, frame, kind);
      } else {
        const key = this.keyOf(prop.key, prop.computed, env, frame, prop);
        if (key instanceof Promise)
          return key.then((k) => {
            used?.add(k);
            return after(this.bindPattern(prop.value, getMember(value, k, prop), env, frame, kind), () =>
              this.bindPropsFrom(p, value, used, next, env, frame, kind),
            );
          });
        used?.add(key);
        r = this.bindPattern(prop.value, getMember(value, key, prop), env, frame, kind);
      }
      if (r instanceof Promise) return r.then(() => this.bindPropsFrom(p, value, used, next, env, frame, kind));
    }
  }

  /** Assignment to an existing binding or member, or a destructuring assignment (`[a, b] = …`). */
  private assignPattern(p: A.Pattern | A.MemberExpression, value: unknown, env: Env, frame: Frame): Maybe<void> {
    switch (p.type) {
      case "Identifier":
        env.assign(p.name, value, p);
        return;
      case "MemberExpression":
        return after(this.evalExpr(p.object, env, frame), (obj) =>
          after(this.keyOf(p.property, p.computed, env, frame, p), (key) => setMember(obj, key as string, value, p)),
        );
      default:
        return this.destructure(p, value, env, frame);
    }
  }

  private async destructure(p: A.Pattern, value: unknown, env: Env, frame: Frame): Promise<void> {
    switch (p.type) {
      case "Identifier":
        return this.assignPattern(p, value, env, frame);
      case "AssignmentPattern":
        return this.assignPattern(p.left, value === undefined ? await this.evalExpr(p.right, env, frame) : value, env, frame);
      case "RestElement":
        return this.assignPattern(p.argument, value, env, frame);
      case "ArrayPattern": {
        const items = iterate(value, p);
        for (let i = 0; i < p.elements.length; i++) {
          const el = p.elements[i];
          if (!el) continue;
          if (el.type === "RestElement") {
            await this.assignPattern(el.argument, items.slice(i), env, frame);
            break;
          }
          await this.assignPattern(el, items[i], env, frame);
        }
        return;
      }
      case "ObjectPattern": {
        if (value === null || value === undefined) throw planError(p, `cannot destructure ${toStr(value)}`);
        for (const prop of p.properties) {
          if (prop.type === "RestElement") throw planError(prop, "rest in a destructuring assignment is not supported; use a declaration");
          const key = await this.keyOf(prop.key, prop.computed, env, frame, prop);
          await this.assignPattern(prop.value, getMember(value, key, prop), env, frame);
        }
      }
    }
  }

  /** A property key: synchronous unless it is a computed key whose expression had to wait. */
  private keyOf(key: A.Expression, computed: boolean, env: Env, frame: Frame, node: A.Node): Maybe<string> {
    if (!computed) {
      if (key.type === "Identifier") return allowedKey(key.name, node);
      if (key.type === "StringLiteral") return allowedKey(key.value, node);
      if (key.type === "NumericLiteral") return allowedKey(String(key.value), node);
    }
    const v = this.evalExpr(key, env, frame);
    return v instanceof Promise ? v.then((x) => allowedKey(propertyKey(x), node)) : allowedKey(propertyKey(v), node);
  }

  // ------------------------------------------------------------------ expressions

  /**
   * Leaves (names, literals, function expressions) are answered here directly; everything else goes
   * to evalNode. Returns a `Maybe`.
   */
  evalExpr(e: A.Expression, env: Env, frame: Frame): unknown {
    switch (e.type) {
      case "Identifier":
        this.tick(e);
        return env.lookup(e.name, e);
      case "NumericLiteral":
      case "StringLiteral":
      case "BooleanLiteral":
        this.tick(e);
        return e.value;
      case "NullLiteral":
        this.tick(e);
        return null;
      case "ArrowFunctionExpression":
      case "FunctionExpression":
        this.tick(e);
        return new Closure(e, env, frame.prefix, this.sites.helperName.get(e));
      default:
        return this.evalNode(e, env, frame);
    }
  }

  private evalNode(e: A.Expression, env: Env, frame: Frame): unknown {
    this.tick(e);
    switch (e.type) {
      case "Identifier":
        return env.lookup(e.name, e);
      case "NumericLiteral":
      case "StringLiteral":
      case "BooleanLiteral":
        return e.value;
      case "NullLiteral":
        return null;
      case "RegExpLiteral":
        return makeRegExp(e.pattern, e.flags, e);
      case "TemplateLiteral":
        return this.templateFrom(e, 0, e.quasis[0]?.cooked ?? "", env, frame);
      case "ArrayExpression":
        return this.arrayFrom(e, 0, [], env, frame);
      case "ObjectExpression": {
        const c = constantObject(e);
        if (c && this.stepsFit(c.values.length)) return c.build();
        return this.objectFrom(e, 0, newObject(), env, frame);
      }
      case "ArrowFunctionExpression":
      case "FunctionExpression":
        return new Closure(e, env, frame.prefix, this.sites.helperName.get(e));
      case "UnaryExpression":
        return this.evalUnary(e, env, frame);
      case "UpdateExpression":
        return after(this.evalRef(e.argument, env, frame), (v) => {
          const old = toNum(v);
          const next = e.operator === "++" ? old + 1 : old - 1;
          const result = e.prefix ? next : old;
          return after(this.assignPattern(e.argument as A.Pattern | A.MemberExpression, next, env, frame), () => result);
        });
      case "BinaryExpression": {
        const l = this.evalExpr(e.left, env, frame);
        if (l instanceof Promise) return l.then((x) => this.binaryRight(e, x, env, frame));
        return this.binaryRight(e, l, env, frame);
      }
      case "LogicalExpression": {
        const l = this.evalExpr(e.left, env, frame);
        if (l instanceof Promise) return l.then((x) => this.logicalRight(e, x, env, frame));
        return this.logicalRight(e, l, env, frame);
      }
      case "AssignmentExpression":
        return this.evalAssign(e, env, frame);
      case "ConditionalExpression": {
        const t = this.evalExpr(e.test, env, frame);
        if (t instanceof Promise) return t.then((x) => this.evalExpr(truthy(x) ? e.consequent : e.alternate, env, frame));
        return this.evalExpr(truthy(t) ? e.consequent : e.alternate, env, frame);
      }
      case "CallExpression":
        return this.evalCall(e, env, frame);
      case "NewExpression":
        return this.evalNew(e, env, frame);
      case "MemberExpression": {
        const obj = this.evalExpr(e.object, env, frame);
        if (obj instanceof Promise) return obj.then((o) => this.member(e, o, env, frame));
        return this.member(e, obj, env, frame);
      }
      case "ChainExpression": {
        let v: unknown;
        try {
          v = this.evalExpr(e.expression, env, frame);
        } catch (x) {
          return shortCircuited(x);
        }
        return v instanceof Promise ? v.catch(shortCircuited) : v;
      }
      case "AwaitExpression":
        // The plan's own `await` always suspends, as in JavaScript, even for a plain value.
        return awaitValue(this.evalExpr(e.argument, env, frame));
      case "SequenceExpression":
        return this.sequenceFrom(e, 0, undefined, env, frame);
      case "ThisExpression":
        throw planError(e, "plans have no `this`", "SyntaxError");
      case "TaggedTemplateExpression":
        throw planError(e, "tagged templates are not supported in plans", "SyntaxError");
      case "UnsupportedExpression":
        throw planError(e, `\`${e.construct}\` is not supported in plans`, "SyntaxError");
    }
  }

  /** `${…}` parts `i…` of a template, appended to `out` (resumable). */
  private templateFrom(e: A.TemplateLiteral, i: number, out: string, env: Env, frame: Frame): Maybe<string> {
    for (; i < e.expressions.length; i++) {
      const v = this.evalExpr(e.expressions[i]!, env, frame);
      if (v instanceof Promise) {
        const at = i;
        return v.then((x) => this.templateFrom(e, at + 1, templatePart(e, at, out, x), env, frame));
      }
      out = templatePart(e, i, out, v);
    }
    return out;
  }

  /** Elements `i…` of an array literal, pushed to `out` (resumable). */
  private arrayFrom(e: A.ArrayExpression, i: number, out: unknown[], env: Env, frame: Frame): Maybe<unknown[]> {
    for (; i < e.elements.length; i++) {
      const el = e.elements[i];
      if (el === null || el === undefined) out.push(undefined);
      else {
        const v = this.evalExpr(el.type === "SpreadElement" ? el.argument : el, env, frame);
        if (v instanceof Promise) {
          const next = i + 1;
          return v.then((x) => {
            pushItem(out, el, x);
            checkArrayLength(out.length, e);
            return this.arrayFrom(e, next, out, env, frame);
          });
        }
        pushItem(out, el, v);
      }
      checkArrayLength(out.length, e);
    }
    return out;
  }

  /** Properties `i…` of an object literal, set on `out` (resumable). */
  private objectFrom(e: A.ObjectExpression, i: number, out: Record<string, unknown>, env: Env, frame: Frame): Maybe<Record<string, unknown>> {
    for (; i < e.properties.length; i++) {
      const p = e.properties[i]!;
      const next = i + 1;
      if (p.type === "SpreadElement") {
        const src = this.evalExpr(p.argument, env, frame);
        if (src instanceof Promise)
          return src.then((x) => {
            spreadInto(out, x, p);
            return this.objectFrom(e, next, out, env, frame);
          });
        spreadInto(out, src, p);
        continue;
      }
      if (p.method) throw planError(p, "methods in object literals are not supported; use an arrow property `name: (…) => …`", "SyntaxError");
      const key = this.keyOf(p.key, p.computed, env, frame, p);
      if (key instanceof Promise) return key.then((k) => this.propertyFrom(e, p, k, next, out, env, frame));
      const v = this.evalExpr(p.value, env, frame);
      if (v instanceof Promise)
        return v.then((x) => {
          out[key] = x;
          return this.objectFrom(e, next, out, env, frame);
        });
      out[key] = v;
    }
    return out;
  }

  /** A property whose computed key had to wait, then the rest of the literal. */
  private propertyFrom(e: A.ObjectExpression, p: A.Property, key: string, next: number, out: Record<string, unknown>, env: Env, frame: Frame): Maybe<Record<string, unknown>> {
    return after(this.evalExpr(p.value, env, frame), (v) => {
      out[key] = v;
      return this.objectFrom(e, next, out, env, frame);
    });
  }

  private sequenceFrom(e: A.SequenceExpression, i: number, v: unknown, env: Env, frame: Frame): unknown {
    for (; i < e.expressions.length; i++) {
      v = this.evalExpr(e.expressions[i]!, env, frame);
      if (v instanceof Promise) {
        const next = i + 1;
        return v.then((x) => this.sequenceFrom(e, next, x, env, frame));
      }
    }
    return v;
  }

  private member(e: A.MemberExpression, obj: unknown, env: Env, frame: Frame): unknown {
    if (e.optional && (obj === null || obj === undefined)) throw SHORT_CIRCUIT;
    const key = this.keyOf(e.property, e.computed, env, frame, e);
    return key instanceof Promise ? key.then((k) => getMember(obj, k, e)) : getMember(obj, key, e);
  }

  private binaryRight(e: A.BinaryExpression, l: unknown, env: Env, frame: Frame): unknown {
    const r = this.evalExpr(e.right, env, frame);
    return r instanceof Promise ? r.then((x) => binary(e.operator, l, x, e)) : binary(e.operator, l, r, e);
  }

  private logicalRight(e: A.LogicalExpression, l: unknown, env: Env, frame: Frame): unknown {
    if (e.operator === "&&") return truthy(l) ? this.evalExpr(e.right, env, frame) : l;
    if (e.operator === "||") return truthy(l) ? l : this.evalExpr(e.right, env, frame);
    return l === null || l === undefined ? this.evalExpr(e.right, env, frame) : l;
  }

  /** The current value of an assignable reference (for `++`, `+=`). */
  private evalRef(target: A.Node, env: Env, frame: Frame): unknown {
    if (target.type === "Identifier") return env.lookup(target.name, target);
    if (target.type === "MemberExpression") return this.evalExpr(target, env, frame);
    throw planError(target, "invalid assignment target", "SyntaxError");
  }

  private evalUnary(e: A.UnaryExpression, env: Env, frame: Frame): unknown {
    if (e.operator === "typeof" && e.argument.type === "Identifier" && !env.isDefined(e.argument.name)) return "undefined";
    if (e.operator === "delete") {
      if (e.argument.type !== "MemberExpression") return true;
      const m = e.argument;
      return after(this.evalExpr(m.object, env, frame), (obj) =>
        after(this.keyOf(m.property, m.computed, env, frame, m), (key) => {
          deleteMember(obj, key as string, e);
          return true;
        }),
      );
    }
    const v = this.evalExpr(e.argument, env, frame);
    return v instanceof Promise ? v.then((x) => unary(e.operator, x)) : unary(e.operator, v);
  }

  private evalAssign(e: A.AssignmentExpression, env: Env, frame: Frame): unknown {
    const op = e.operator;
    if (op === "=") {
      const v = this.evalExpr(e.right, env, frame);
      if (v instanceof Promise) return v.then((x) => this.assignValue(e.left, x, env, frame));
      return this.assignValue(e.left, v, env, frame);
    }
    if (e.left.type !== "Identifier" && e.left.type !== "MemberExpression") throw planError(e, "invalid assignment target", "SyntaxError");
    // Evaluate a member target's object and key once.
    if (e.left.type === "Identifier") {
      const id = e.left;
      return this.compound(e, env.lookup(id.name, id), (v) => env.assign(id.name, v, id), env, frame);
    }
    const m = e.left;
    return after(this.evalExpr(m.object, env, frame), (obj) =>
      after(this.keyOf(m.property, m.computed, env, frame, m), (key) =>
        this.compound(e, getMember(obj, key as string, m), (v) => setMember(obj, key as string, v, m), env, frame),
      ),
    );
  }

  private assignValue(left: A.Pattern | A.MemberExpression, v: unknown, env: Env, frame: Frame): unknown {
    const r = this.assignPattern(left, v, env, frame);
    return r instanceof Promise ? r.then(() => v) : v;
  }

  /** `x op= y` once the target's current value is known. */
  private compound(e: A.AssignmentExpression, cur: unknown, write: (v: unknown) => void, env: Env, frame: Frame): unknown {
    const op = e.operator;
    if (op === "&&=" || op === "||=" || op === "??=") {
      const assign = op === "&&=" ? truthy(cur) : op === "||=" ? !truthy(cur) : cur === null || cur === undefined;
      if (!assign) return cur;
      return after(this.evalExpr(e.right, env, frame), (v) => {
        write(v);
        return v;
      });
    }
    return after(this.evalExpr(e.right, env, frame), (r) => {
      const v = binary(op.slice(0, -1) as A.BinaryOperator, cur, r, e);
      write(v);
      return v;
    });
  }

  /**
   * Arguments `i…` of a call, pushed to `out` (resumable). With `shareConstants` (the callee is a host
   * function that only reads its arguments, `HostFunction.readsArgsOnly`), a constant object literal
   * is passed as its one frozen instance rather than a fresh copy: nothing else ever sees it, so
   * the callee cannot tell, and the call allocates no object it would only read and drop.
   */
  private argsFrom(args: (A.Expression | A.SpreadElement)[], i: number, out: unknown[], env: Env, frame: Frame, shareConstants = false): Maybe<unknown[]> {
    for (; i < args.length; i++) {
      const a = args[i]!;
      const v = shareConstants && a.type === "ObjectExpression" ? this.constantArg(a, env, frame) : this.evalExpr(a.type === "SpreadElement" ? a.argument : a, env, frame);
      if (v instanceof Promise) {
        const next = i + 1;
        return v.then((x) => {
          pushItem(out, a, x);
          return this.argsFrom(args, next, out, env, frame, shareConstants);
        });
      }
      pushItem(out, a, v);
    }
    return out;
  }

  /** An object-literal argument: its shared frozen instance if it is constant (counting its steps), else evaluated. */
  private constantArg(e: A.ObjectExpression, env: Env, frame: Frame): unknown {
    const c = constantObject(e);
    if (c && this.stepsFit(1 + c.values.length)) return c.shared;
    return this.evalExpr(e, env, frame);
  }

  private evalCall(e: A.CallExpression, env: Env, frame: Frame): unknown {
    if (e.callee.type === "MemberExpression") {
      const m = e.callee;
      const obj = this.evalExpr(m.object, env, frame);
      if (obj instanceof Promise) return obj.then((o) => this.callMethod(e, m, o, env, frame));
      return this.callMethod(e, m, obj, env, frame);
    }
    const fn = this.evalExpr(e.callee, env, frame);
    if (fn instanceof Promise) return fn.then((f) => this.callWithArgs(e, f, env, frame));
    return this.callWithArgs(e, fn, env, frame);
  }

  private callMethod(e: A.CallExpression, m: A.MemberExpression, obj: unknown, env: Env, frame: Frame): unknown {
    if (m.optional && (obj === null || obj === undefined)) throw SHORT_CIRCUIT;
    const key = this.keyOf(m.property, m.computed, env, frame, m);
    if (key instanceof Promise) return key.then((k) => this.callWithArgs(e, getMember(obj, k, m), env, frame));
    return this.callWithArgs(e, getMember(obj, key, m), env, frame);
  }

  private callWithArgs(e: A.CallExpression, fn: unknown, env: Env, frame: Frame): unknown {
    if (e.optional && (fn === null || fn === undefined)) throw SHORT_CIRCUIT;
    const args = this.argsFrom(e.arguments, 0, [], env, frame, fn instanceof HostFunction && fn.readsArgsOnly);
    if (args instanceof Promise) return args.then((a) => this.callAt(e, fn, a, frame));
    return this.callAt(e, fn, args, frame);
  }

  private callAt(e: A.CallExpression, fn: unknown, args: unknown[], frame: Frame): unknown {
    // A named helper called at a site runs under that site's id, whatever name it is called by.
    let helperPrefix: string | undefined;
    if (fn instanceof Closure && fn.helperName !== undefined) {
      const rel = this.sites.rel.get(e);
      if (rel !== undefined) helperPrefix = joinId(frame.prefix, rel);
    }
    return this.call(fn, args, frame, e, helperPrefix);
  }

  private evalNew(e: A.NewExpression, env: Env, frame: Frame): unknown {
    return after(this.evalExpr(e.callee, env, frame), (ctor) =>
      after(this.argsFrom(e.arguments, 0, [], env, frame), (args) => {
        if (!(ctor instanceof HostConstructor) || !ctor.construct) throw planError(e, `${describeCallee(e)} is not a constructor`);
        return ctor.construct(args as unknown[], this.info(e, frame));
      }),
    );
  }
}

async function awaitValue(v: unknown): Promise<unknown> {
  return unbox(await v);
}

function returned(c: Completion, isAsync: boolean): unknown {
  const v = c && c.kind === "return" ? c.value : undefined;
  return isAsync ? unbox(v) : v;
}

/**
 * An object literal whose keys are plain names and whose values are literals (`{ label: 'item',
 * maxTokens: 256 }`, the usual agent options): it evaluates to the same keys and values every time,
 * so they are read from the AST once, and each evaluation is one store per key and a step per value,
 * as the walk would count them. `shared` is one frozen instance, for arguments to host functions
 * that only read them (see `argsFrom`).
 */
class ConstantObject {
  readonly shared: Readonly<Record<string, unknown>>;
  constructor(
    readonly keys: readonly string[],
    readonly values: readonly unknown[],
  ) {
    this.shared = Object.freeze(this.build());
    sharedConstants.add(this.shared);
  }
  build(): Record<string, unknown> {
    const out = newObject();
    for (let i = 0; i < this.keys.length; i++) out[this.keys[i]!] = this.values[i];
    return out;
  }
}

const constantObjects = new WeakMap<A.ObjectExpression, ConstantObject | null>();
const sharedConstants = new WeakSet<object>();

/**
 * Whether `v` is the shared frozen instance of a constant object literal: its keys and values are
 * fixed for good, so what a host function reads from it can be kept, keyed by the object.
 */
export function isSharedConstant(v: object): boolean {
  return sharedConstants.has(v);
}

/** The literal's constant keys and values, or null if anything in it must be evaluated (or raises). */
function constantObject(e: A.ObjectExpression): ConstantObject | null {
  let c = constantObjects.get(e);
  if (c === undefined) constantObjects.set(e, (c = readConstantObject(e)));
  return c;
}

function readConstantObject(e: A.ObjectExpression): ConstantObject | null {
  const keys: string[] = [];
  const values: unknown[] = [];
  for (const p of e.properties) {
    if (p.type !== "Property" || p.computed || p.method) return null;
    const k = p.key;
    const key = k.type === "Identifier" ? k.name : k.type === "StringLiteral" ? k.value : k.type === "NumericLiteral" ? String(k.value) : undefined;
    // A forbidden key is left to the walk, which raises it after the values before it.
    if (key === undefined || FORBIDDEN_KEYS.has(key)) return null;
    const v = p.value;
    if (v.type === "StringLiteral" || v.type === "NumericLiteral" || v.type === "BooleanLiteral") values.push(v.value);
    else if (v.type === "NullLiteral") values.push(null);
    else return null;
    keys.push(key);
  }
  return new ConstantObject(keys, values);
}

/** Every forbidden key (`__proto__`, `constructor`, `prototype`, …) is at least this long. */
const SHORTEST_FORBIDDEN = Math.min(...[...FORBIDDEN_KEYS].map((k) => k.length));

function allowedKey(k: string, node: A.Node): string {
  if (k.length >= SHORTEST_FORBIDDEN && FORBIDDEN_KEYS.has(k)) throw planError(node, `access to \`${k}\` is not allowed in plans`);
  return k;
}

function templatePart(e: A.TemplateLiteral, i: number, out: string, v: unknown): string {
  const s = out + toStr(v) + (e.quasis[i + 1]?.cooked ?? "");
  checkLength(s, e);
  return s;
}

/** Adds an array-literal element or call argument (spreading a `...x`). */
function pushItem(out: unknown[], node: A.Expression | A.SpreadElement, v: unknown): void {
  if (node.type === "SpreadElement") out.push(...iterate(v, node));
  else out.push(v);
}

/** `{ ...src }` into an object literal under construction. */
function spreadInto(out: Record<string, unknown>, src: unknown, p: A.SpreadElement): void {
  if (src === null || src === undefined) return;
  if (typeof src === "string") {
    [...src].forEach((ch, i) => (out[String(i)] = ch));
    return;
  }
  if (typeof src !== "object" || src instanceof PromiseBox) return;
  if (src instanceof Set || src instanceof Map || src instanceof Date || src instanceof RegExp) return;
  for (const k of Object.keys(src)) {
    if (FORBIDDEN_KEYS.has(k)) throw planError(p, `the key \`${k}\` is not allowed in plan data`);
    out[k] = (src as Record<string, unknown>)[k];
  }
}

function unary(op: A.UnaryExpression["operator"], v: unknown): unknown {
  switch (op) {
    case "!":
      return !truthy(v);
    case "-":
      return -toNum(v);
    case "+":
      return toNum(v);
    case "~":
      return ~toNum(v);
    case "typeof":
      return typeOf(v);
    case "void":
      return undefined;
    case "delete":
      return true;
  }
}

function copyEnv(from: Env, names: string[], parent: Env = from.parent ?? from): Env {
  if (names.length === 0) return from;
  const env = new Env(parent);
  for (const n of names) env.declare(n, true, true, from.lookup(n, { type: "EmptyStatement", span: { start: 0, end: 0 } }));
  return env;
}

function describeCallee(node: A.Node): string {
  const callee = node.type === "CallExpression" || node.type === "NewExpression" ? node.callee : undefined;
  if (!callee) return "this value";
  if (callee.type === "Identifier") return `\`${callee.name}\``;
  if (callee.type === "MemberExpression" && !callee.computed && callee.property.type === "Identifier") {
    const obj = callee.object.type === "Identifier" ? `${callee.object.name}.` : "";
    return `\`${obj}${callee.property.name}\``;
  }
  return "this expression";
}

export function makeRegExp(pattern: string, flags: string, node: A.Node): RegExp {
  const problem = checkRegex(pattern);
  if (problem) throw planError(node, problem, "SyntaxError");
  try {
    return new RegExp(pattern, flags);
  } catch (err) {
    throw planError(node, `invalid regular expression: ${(err as Error).message}`, "SyntaxError");
  }
}

/** Binary operators over sandbox values: objects are reduced with our own toPrimitive, never theirs. */
export function binary(op: A.BinaryOperator, l: unknown, r: unknown, node: A.Node): unknown {
  switch (op) {
    case "+": {
      const a = toPrimitive(l);
      const b = toPrimitive(r);
      if (typeof a === "string" || typeof b === "string") return checkLength(toStr(a) + toStr(b), node);
      return toNum(a) + toNum(b);
    }
    case "-": return toNum(l) - toNum(r);
    case "*": return toNum(l) * toNum(r);
    case "/": return toNum(l) / toNum(r);
    case "%": return toNum(l) % toNum(r);
    case "**": return toNum(l) ** toNum(r);
    case "&": return toNum(l) & toNum(r);
    case "|": return toNum(l) | toNum(r);
    case "^": return toNum(l) ^ toNum(r);
    case "<<": return toNum(l) << toNum(r);
    case ">>": return toNum(l) >> toNum(r);
    case ">>>": return toNum(l) >>> toNum(r);
    case "===": return l === r;
    case "!==": return l !== r;
    case "==": return looseEq(l, r);
    case "!=": return !looseEq(l, r);
    case "<": case ">": case "<=": case ">=": {
      const a = toPrimitive(l);
      const b = toPrimitive(r);
      const bothStrings = typeof a === "string" && typeof b === "string";
      const x = bothStrings ? a : toNum(a);
      const y = bothStrings ? b : toNum(b);
      if (op === "<") return x < y;
      if (op === ">") return x > y;
      if (op === "<=") return x <= y;
      return x >= y;
    }
    case "in":
      return hasProperty(r, propertyKey(l), node);
    case "instanceof":
      return instanceOf(l, r, node);
  }
}

function looseEq(l: unknown, r: unknown): boolean {
  const lo = l !== null && typeof l === "object";
  const ro = r !== null && typeof r === "object";
  if (lo && ro) return l === r;
  if (l instanceof Closure || r instanceof Closure || l instanceof HostFunction || r instanceof HostFunction) return l === r;
  // eslint-disable-next-line eqeqeq
  return (lo ? toPrimitive(l) : l) == (ro ? toPrimitive(r) : r);
}

export { makeError, isErrorObject };
