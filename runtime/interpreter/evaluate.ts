/**
 * The tree-walking evaluator. Every evaluation is `async` so that `await` anywhere in a plan works
 * without a second (sync) evaluator; promises the plan holds are `PromiseBox`es, which are not
 * thenable, so the evaluator's own `await`s never wait for an agent the plan did not await.
 *
 * Control flow (break/continue/return) travels as completion values; plan exceptions travel as
 * `PlanThrow` (catchable) and run stops as `RunAbort` (not catchable).
 */
import type * as A from "../../grammar/ast.js";
import { joinId, type SiteIndex } from "../../compiler/stage-ids.js";
import { patternNames } from "../../compiler/walk.js";
import { Env } from "./env.js";
import {
  Closure, HostFunction, PlanThrow, PromiseBox, RunAbort, FORBIDDEN_KEYS, LIMITS, boxPromise, checkArrayLength,
  checkLength, isErrorObject, makeError, newObject, planError, toNum, toPrimitive, toStr, truthy, typeOf, unbox,
  type Frame,
  type CallInfo,
} from "./values.js";
import { getMember, setMember, deleteMember, propertyKey, iterate, HostConstructor, hasProperty, instanceOf } from "./members.js";
import { checkRegex } from "./regex.js";

type Completion = undefined | { kind: "break" } | { kind: "continue" } | { kind: "return"; value: unknown };
const BREAK = { kind: "break" } as const;
const CONTINUE = { kind: "continue" } as const;

/** Thrown inside a `?.` chain to short-circuit it to undefined; caught at the ChainExpression. */
const SHORT_CIRCUIT = Symbol("short-circuit");

export interface Invoker {
  /**
   * Calls a plan or host function. `helperPrefix` is the stage-id prefix a named helper runs under
   * when a primitive invokes it (`joinId(site, "call:" + name)`); otherwise a named helper called
   * indirectly runs under `joinId(caller's prefix, "call:" + name)`.
   */
  call(fn: unknown, args: unknown[], frame: Frame, node: A.Node, helperPrefix?: string): Promise<unknown>;
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
    const c = await this.execBlockBody(program.body, env, frame);
    if (c && c.kind === "return") return unbox(c.value);
    return undefined;
  }

  private tick(node: A.Node): void {
    if (++this.steps > LIMITS.maxSteps) throw new RunAbort(`the plan exceeded ${LIMITS.maxSteps} evaluation steps`, node.span);
  }

  // ------------------------------------------------------------------ calls

  async call(fn: unknown, args: unknown[], frame: Frame, node: A.Node, helperPrefix?: string): Promise<unknown> {
    if (fn instanceof HostFunction) {
      if (fn instanceof HostConstructor && fn.requiresNew) throw planError(node, `${fn.name} must be called with \`new\``);
      return fn.impl(args, this.info(node, frame));
    }
    if (!(fn instanceof Closure)) throw planError(node, `${describeCallee(node)} is not a function (it is ${fn === null ? "null" : typeOf(fn)})`);
    if (frame.depth >= LIMITS.maxCallDepth)
      throw planError(node, `too many nested calls (more than ${LIMITS.maxCallDepth}); plans cannot recurse`, "RangeError");
    const prefix = fn.helperName !== undefined ? (helperPrefix ?? joinId(frame.prefix, `call:${fn.helperName}`)) : fn.prefix;
    const inner: Frame = { ...frame, prefix, depth: frame.depth + 1 };
    if (fn.isAsync) return boxPromise(this.invokeBody(fn, args, inner));
    return this.invokeBody(fn, args, inner);
  }

  info(node: A.Node, frame: Frame): CallInfo {
    return { node, frame, call: (f, a, fr, hp) => this.call(f, a, fr ?? frame, node, hp) };
  }

  private async invokeBody(fn: Closure, args: unknown[], frame: Frame): Promise<unknown> {
    const env = new Env(fn.env);
    const { node } = fn;
    // A named function expression can see its own name.
    if (node.type === "FunctionExpression" && node.id) env.declare(node.id.name, false, true, fn);
    for (let i = 0; i < node.params.length; i++) {
      const p = node.params[i]!;
      if (p.type === "RestElement") {
        await this.bindPattern(p.argument, args.slice(i), env, frame, "let");
        break;
      }
      await this.bindPattern(p, args[i], env, frame, "let");
    }
    if (node.body.type !== "BlockStatement") {
      const v = await this.evalExpr(node.body, env, frame);
      return fn.isAsync ? unbox(v) : v;
    }
    const c = await this.execBlockBody(node.body.body, env, frame);
    const v = c && c.kind === "return" ? c.value : undefined;
    return fn.isAsync ? unbox(v) : v;
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

  private async execBlockBody(body: A.Statement[], env: Env, frame: Frame): Promise<Completion> {
    this.hoist(body, env, frame);
    for (const s of body) {
      const c = await this.exec(s, env, frame);
      if (c) return c;
    }
    return undefined;
  }

  private async exec(s: A.Statement, env: Env, frame: Frame): Promise<Completion> {
    this.tick(s);
    switch (s.type) {
      case "ExpressionStatement":
        await this.evalExpr(s.expression, env, frame);
        return undefined;
      case "VariableDeclaration":
        for (const d of s.declarations) {
          const v = d.init ? await this.evalExpr(d.init, env, frame) : undefined;
          if (!d.init && s.kind === "var") continue;
          await this.bindPattern(d.id, v, env, frame, s.kind);
        }
        return undefined;
      case "ExportNamedDeclaration":
        return this.exec(s.declaration, env, frame);
      case "FunctionDeclaration":
      case "EmptyStatement":
        return undefined;
      case "ReturnStatement":
        return { kind: "return", value: s.argument ? await this.evalExpr(s.argument, env, frame) : undefined };
      case "IfStatement":
        if (truthy(await this.evalExpr(s.test, env, frame))) return this.execScoped(s.consequent, env, frame);
        return s.alternate ? this.execScoped(s.alternate, env, frame) : undefined;
      case "BlockStatement":
        return this.execBlockBody(s.body, new Env(env), frame);
      case "ForOfStatement":
        return this.execForOf(s, env, frame);
      case "ForStatement":
        return this.execFor(s, env, frame);
      case "WhileStatement": {
        let n = 0;
        while (truthy(await this.evalExpr(s.test, env, frame))) {
          this.guardLoop(s, ++n);
          const c = await this.execScoped(s.body, env, { ...frame, index: [...frame.index, n - 1] });
          if (c === BREAK) break;
          if (c && c.kind === "return") return c;
        }
        return undefined;
      }
      case "BreakStatement":
        return BREAK;
      case "ContinueStatement":
        return CONTINUE;
      case "ThrowStatement":
        throw new PlanThrow(await this.evalExpr(s.argument, env, frame), s.span);
      case "TryStatement":
        return this.execTry(s, env, frame);
      case "UnsupportedStatement":
        throw planError(s, `\`${s.construct}\` is not supported in plans`, "SyntaxError");
    }
  }

  private execScoped(s: A.Statement, env: Env, frame: Frame): Promise<Completion> {
    return s.type === "BlockStatement" ? this.execBlockBody(s.body, new Env(env), frame) : this.exec(s, new Env(env), frame);
  }

  private guardLoop(node: A.Node, n: number): void {
    if (n > LIMITS.maxLoopIterations)
      throw new RunAbort(`a loop ran more than ${LIMITS.maxLoopIterations} iterations`, node.span);
  }

  private async execForOf(s: A.ForOfStatement, env: Env, frame: Frame): Promise<Completion> {
    const iterable = await this.evalExpr(s.right, env, frame);
    const items = iterate(iterable, s.right);
    const decl = s.left.declarations[0];
    if (!decl) return undefined;
    let n = 0;
    for (const item of items) {
      this.guardLoop(s, ++n);
      const iterEnv = new Env(env);
      await this.bindPattern(decl.id, item, iterEnv, frame, s.left.kind);
      const c = await this.execScoped(s.body, iterEnv, { ...frame, index: [...frame.index, n - 1] });
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
      if (s.test && !truthy(await this.evalExpr(s.test, iterEnv, frame))) break;
      this.guardLoop(s, ++n);
      const c = await this.execScoped(s.body, iterEnv, { ...frame, index: [...frame.index, n - 1] });
      if (c === BREAK) break;
      if (c && c.kind === "return") return c;
      // `let` in a for header gets a fresh binding per iteration, so closures capture each value.
      iterEnv = copyEnv(iterEnv, perIteration, loopEnv);
      if (s.update) await this.evalExpr(s.update, iterEnv, frame);
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

  private async bindPattern(p: A.Pattern, value: unknown, env: Env, frame: Frame, kind: "let" | "const" | "var"): Promise<void> {
    switch (p.type) {
      case "Identifier":
        env.init(p.name, value);
        if (kind === "const") env.declare(p.name, false, true, value);
        return;
      case "AssignmentPattern":
        return this.bindPattern(p.left, value === undefined ? await this.evalExpr(p.right, env, frame) : value, env, frame, kind);
      case "RestElement":
        return this.bindPattern(p.argument, value, env, frame, kind);
      case "ArrayPattern": {
        if (value === null || value === undefined) throw planError(p, `cannot destructure ${toStr(value)}`);
        const items = iterate(value, p);
        for (let i = 0; i < p.elements.length; i++) {
          const el = p.elements[i];
          if (!el) continue;
          if (el.type === "RestElement") {
            await this.bindPattern(el.argument, items.slice(i), env, frame, kind);
            break;
          }
          await this.bindPattern(el, items[i], env, frame, kind);
        }
        return;
      }
      case "ObjectPattern": {
        if (value === null || value === undefined) throw planError(p, `cannot destructure ${toStr(value)}`);
        const used = new Set<string>();
        for (const prop of p.properties) {
          if (prop.type === "RestElement") {
            const rest = newObject();
            if (typeof value === "object")
              for (const k of Object.keys(value)) if (!used.has(k) && !FORBIDDEN_KEYS.has(k)) rest[k] = (value as Record<string, unknown>)[k];
            await this.bindPattern(prop.argument, rest, env, frame, kind);
            continue;
          }
          const key = await this.keyOf(prop.key, prop.computed, env, frame, prop);
          used.add(key);
          await this.bindPattern(prop.value, getMember(value, key, prop), env, frame, kind);
        }
        return;
      }
    }
  }

  /** Destructuring assignment (`[a, b] = …`, `({x} = …)`) to existing bindings or members. */
  private async assignPattern(p: A.Pattern | A.MemberExpression, value: unknown, env: Env, frame: Frame): Promise<void> {
    switch (p.type) {
      case "Identifier":
        env.assign(p.name, value, p);
        return;
      case "MemberExpression": {
        const obj = await this.evalExpr(p.object, env, frame);
        const key = await this.keyOf(p.property, p.computed, env, frame, p);
        setMember(obj, key, value, p);
        return;
      }
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

  private async keyOf(key: A.Expression, computed: boolean, env: Env, frame: Frame, node: A.Node): Promise<string> {
    let k: string;
    if (computed) k = propertyKey(await this.evalExpr(key, env, frame));
    else if (key.type === "Identifier") k = key.name;
    else if (key.type === "StringLiteral") k = key.value;
    else if (key.type === "NumericLiteral") k = String(key.value);
    else k = propertyKey(await this.evalExpr(key, env, frame));
    if (FORBIDDEN_KEYS.has(k)) throw planError(node, `access to \`${k}\` is not allowed in plans`);
    return k;
  }

  // ------------------------------------------------------------------ expressions

  /**
   * Leaves (names, literals, function expressions) are answered synchronously: every caller awaits
   * the result anyway, and an async call per leaf was a promise allocation per identifier, which made
   * garbage collection the largest cost of a 1,000-agent fan-out. Everything else goes to evalNode.
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

  private async evalNode(e: A.Expression, env: Env, frame: Frame): Promise<unknown> {
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
      case "TemplateLiteral": {
        let out = e.quasis[0]?.cooked ?? "";
        for (let i = 0; i < e.expressions.length; i++) {
          out += toStr(await this.evalExpr(e.expressions[i]!, env, frame)) + (e.quasis[i + 1]?.cooked ?? "");
          checkLength(out, e);
        }
        return out;
      }
      case "ArrayExpression": {
        const out: unknown[] = [];
        for (const el of e.elements) {
          if (el === null) out.push(undefined);
          else if (el.type === "SpreadElement") out.push(...iterate(await this.evalExpr(el.argument, env, frame), el));
          else out.push(await this.evalExpr(el, env, frame));
          checkArrayLength(out.length, e);
        }
        return out;
      }
      case "ObjectExpression":
        return this.evalObject(e, env, frame);
      case "ArrowFunctionExpression":
      case "FunctionExpression":
        return new Closure(e, env, frame.prefix, this.sites.helperName.get(e));
      case "UnaryExpression":
        return this.evalUnary(e, env, frame);
      case "UpdateExpression": {
        const old = toNum(await this.evalRef(e.argument, env, frame));
        const next = e.operator === "++" ? old + 1 : old - 1;
        await this.assignPattern(e.argument as A.Pattern | A.MemberExpression, next, env, frame);
        return e.prefix ? next : old;
      }
      case "BinaryExpression":
        return binary(e.operator, await this.evalExpr(e.left, env, frame), await this.evalExpr(e.right, env, frame), e);
      case "LogicalExpression": {
        const l = await this.evalExpr(e.left, env, frame);
        if (e.operator === "&&") return truthy(l) ? this.evalExpr(e.right, env, frame) : l;
        if (e.operator === "||") return truthy(l) ? l : this.evalExpr(e.right, env, frame);
        return l === null || l === undefined ? this.evalExpr(e.right, env, frame) : l;
      }
      case "AssignmentExpression":
        return this.evalAssign(e, env, frame);
      case "ConditionalExpression":
        return truthy(await this.evalExpr(e.test, env, frame)) ? this.evalExpr(e.consequent, env, frame) : this.evalExpr(e.alternate, env, frame);
      case "CallExpression":
        return this.evalCall(e, env, frame);
      case "NewExpression":
        return this.evalNew(e, env, frame);
      case "MemberExpression": {
        const obj = await this.evalExpr(e.object, env, frame);
        if (e.optional && (obj === null || obj === undefined)) throw SHORT_CIRCUIT;
        return getMember(obj, await this.keyOf(e.property, e.computed, env, frame, e), e);
      }
      case "ChainExpression":
        try {
          return await this.evalExpr(e.expression, env, frame);
        } catch (x) {
          if (x === SHORT_CIRCUIT) return undefined;
          throw x;
        }
      case "AwaitExpression":
        return unbox(await this.evalExpr(e.argument, env, frame));
      case "SequenceExpression": {
        let v: unknown;
        for (const x of e.expressions) v = await this.evalExpr(x, env, frame);
        return v;
      }
      case "ThisExpression":
        throw planError(e, "plans have no `this`", "SyntaxError");
      case "TaggedTemplateExpression":
        throw planError(e, "tagged templates are not supported in plans", "SyntaxError");
      case "UnsupportedExpression":
        throw planError(e, `\`${e.construct}\` is not supported in plans`, "SyntaxError");
    }
  }

  /** The current value of an assignable reference (for `++`, `+=`). */
  private async evalRef(target: A.Node, env: Env, frame: Frame): Promise<unknown> {
    if (target.type === "Identifier") return env.lookup(target.name, target);
    if (target.type === "MemberExpression") return this.evalExpr(target, env, frame);
    throw planError(target, "invalid assignment target", "SyntaxError");
  }

  private async evalObject(e: A.ObjectExpression, env: Env, frame: Frame): Promise<Record<string, unknown>> {
    const out = newObject();
    for (const p of e.properties) {
      if (p.type === "SpreadElement") {
        const src = await this.evalExpr(p.argument, env, frame);
        if (src === null || src === undefined) continue;
        if (typeof src === "string") {
          [...src].forEach((ch, i) => (out[String(i)] = ch));
          continue;
        }
        if (typeof src !== "object" || src instanceof PromiseBox) continue;
        if (src instanceof Set || src instanceof Map || src instanceof Date || src instanceof RegExp) continue;
        for (const k of Object.keys(src)) {
          if (FORBIDDEN_KEYS.has(k)) throw planError(p, `the key \`${k}\` is not allowed in plan data`);
          out[k] = (src as Record<string, unknown>)[k];
        }
        continue;
      }
      if (p.method) throw planError(p, "methods in object literals are not supported; use an arrow property `name: (…) => …`", "SyntaxError");
      const key = await this.keyOf(p.key, p.computed, env, frame, p);
      out[key] = await this.evalExpr(p.value, env, frame);
    }
    return out;
  }

  private async evalUnary(e: A.UnaryExpression, env: Env, frame: Frame): Promise<unknown> {
    if (e.operator === "typeof" && e.argument.type === "Identifier" && !env.isDefined(e.argument.name)) return "undefined";
    if (e.operator === "delete") {
      if (e.argument.type !== "MemberExpression") return true;
      const obj = await this.evalExpr(e.argument.object, env, frame);
      deleteMember(obj, await this.keyOf(e.argument.property, e.argument.computed, env, frame, e.argument), e);
      return true;
    }
    const v = await this.evalExpr(e.argument, env, frame);
    switch (e.operator) {
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
    }
  }

  private async evalAssign(e: A.AssignmentExpression, env: Env, frame: Frame): Promise<unknown> {
    const op = e.operator;
    if (op === "=") {
      const v = await this.evalExpr(e.right, env, frame);
      await this.assignPattern(e.left, v, env, frame);
      return v;
    }
    if (e.left.type !== "Identifier" && e.left.type !== "MemberExpression") throw planError(e, "invalid assignment target", "SyntaxError");
    // Evaluate a member target's object and key once.
    let read: () => unknown;
    let write: (v: unknown) => void;
    if (e.left.type === "Identifier") {
      const id = e.left;
      read = () => env.lookup(id.name, id);
      write = (v) => env.assign(id.name, v, id);
    } else {
      const m = e.left;
      const obj = await this.evalExpr(m.object, env, frame);
      const key = await this.keyOf(m.property, m.computed, env, frame, m);
      read = () => getMember(obj, key, m);
      write = (v) => setMember(obj, key, v, m);
    }
    const cur = read();
    if (op === "&&=" || op === "||=" || op === "??=") {
      const assign = op === "&&=" ? truthy(cur) : op === "||=" ? !truthy(cur) : cur === null || cur === undefined;
      if (!assign) return cur;
      const v = await this.evalExpr(e.right, env, frame);
      write(v);
      return v;
    }
    const v = binary(op.slice(0, -1) as A.BinaryOperator, cur, await this.evalExpr(e.right, env, frame), e);
    write(v);
    return v;
  }

  private async evalArgs(args: (A.Expression | A.SpreadElement)[], env: Env, frame: Frame): Promise<unknown[]> {
    const out: unknown[] = [];
    for (const a of args) {
      if (a.type === "SpreadElement") out.push(...iterate(await this.evalExpr(a.argument, env, frame), a));
      else out.push(await this.evalExpr(a, env, frame));
    }
    return out;
  }

  private async evalCall(e: A.CallExpression, env: Env, frame: Frame): Promise<unknown> {
    let fn: unknown;
    if (e.callee.type === "MemberExpression") {
      const m = e.callee;
      const obj = await this.evalExpr(m.object, env, frame);
      if (m.optional && (obj === null || obj === undefined)) throw SHORT_CIRCUIT;
      fn = getMember(obj, await this.keyOf(m.property, m.computed, env, frame, m), m);
    } else fn = await this.evalExpr(e.callee, env, frame);
    if (e.optional && (fn === null || fn === undefined)) throw SHORT_CIRCUIT;
    const args = await this.evalArgs(e.arguments, env, frame);
    // A named helper called directly at a site runs under that site's id.
    let helperPrefix: string | undefined;
    if (fn instanceof Closure && fn.helperName !== undefined && e.callee.type === "Identifier" && e.callee.name === fn.helperName) {
      const rel = this.sites.rel.get(e);
      if (rel !== undefined) helperPrefix = joinId(frame.prefix, rel);
    }
    return this.call(fn, args, frame, e, helperPrefix);
  }

  private async evalNew(e: A.NewExpression, env: Env, frame: Frame): Promise<unknown> {
    const ctor = await this.evalExpr(e.callee, env, frame);
    const args = await this.evalArgs(e.arguments, env, frame);
    if (!(ctor instanceof HostConstructor) || !ctor.construct) throw planError(e, `${describeCallee(e)} is not a constructor`);
    return ctor.construct(args, this.info(e, frame));
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
