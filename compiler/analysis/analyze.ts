/**
 * Abstract interpretation of a plan: walks the program once, with abstract values instead of real
 * ones, and records every agent call, fan-out, loop, gate, retry, branch and nested workflow as a
 * stage in a tree. Helpers are expanded at each call site (so a helper called from two places gives
 * two stages), fan-out bodies are interpreted once with the element's abstract value, and loop
 * bodies once with their growth scaled by the iteration bound. Every fact the bounds rely on (a
 * width, an iteration count, a prompt hole's size) is recorded with the reason it holds.
 */
import type * as A from "../../grammar/ast.js";
import { Reporter } from "../report.js";
import type { PlanMeta } from "../meta.js";
import type { PromptHole } from "../graph/types.js";
import { type SiteIndex, joinId, staticLabel } from "../stage-ids.js";
import { isFunction, patternNames, memberPath, programIndex, sleepDelay, textOf, lowerBound, type ParentLookup, type ProgramIndex } from "../walk.js";
import { whileCounter, assignmentsTo, counterStep, fallingBound, growsArray, mutatedNamesOf, risingBound } from "./loop-bounds.js";
import { didYouMean } from "../util/did-you-mean.js";
import { allowedGlobals, arrayMethods, mapMethods, RETRY_BACKOFF, setMethods, stringMethods } from "../globals.js";
import { type Pricing, resolveModel, mostExpensive } from "../pricing.js";
import { type Stage, newStage, hasAgents, detachIfEmpty, addReads } from "./stage.js";
import {
  type AV, type FnNode, Env, ANY, num, str, strBound, BOOL, NULL, UNDEF, CHARS_PER_TOKEN, MAX_CHARS_PER_TOKEN,
  fromOf, fromOfList, withFrom, stampFrom, boolFrom, copyAv, textBound, join, either, fromSchema, fromArgsSchema, fromArgsValue, spreadItems, concatItems,
} from "./values.js";
import { checkSchema } from "./schema.js";
import { literal } from "../meta.js";

export const MAX_PARALLEL_ITEMS = 4096;
const arrayMethodNames = new Set(["slice", "map", "flatMap", "filter", "forEach", "some", "every", "find", "findIndex", "sort", "reduce", "join", "concat", "flat", "includes", "indexOf", "at", "entries"]);
export const EFFORT_CAPS = { low: { fanOut: 8, concurrency: 4 }, medium: { fanOut: 64, concurrency: 8 }, high: { fanOut: 1000, concurrency: 16 } } as const;
export type Effort = keyof typeof EFFORT_CAPS;

export const AGENT_DEFAULTS = { maxTokens: 4096, timeoutMs: 300_000, attempts: 3 };
/** Per-request framing (role markers, the StructuredOutput instruction) beyond the prompt text. */
export const REQUEST_OVERHEAD_TOKENS = 100;

const agentOptionNames = ["label", "phase", "schema", "model", "effort", "isolation", "agentType", "maxTokens", "timeoutMs", "attempts", "inputTokens", "system", "disallowedTools", "bashCommandClamp", "stallMs"];
const gateOptionNames = ["onFail", "attempts", "each", "label", "phase"];
const retryOptionNames = ["attempts", "backoffMs", "factor", "label"];

export interface AnalyzeOptions {
  pricing: Pricing;
  effort?: Effort;
  /** Loads and analyses a nested plan for `workflow(name)`; undefined when not found. */
  loadWorkflow?: (name: string) => { bounds: import("../graph/types.js").Bounds; error?: string; code?: string } | undefined;
  /** Nesting depth of this plan (0 for the top-level plan). */
  depth?: number;
  /** The plan's input, when known: `args` is then exactly this value (see CompileOptions.args). */
  args?: unknown;
}

export interface Analysis {
  root: Stage;
  /** Stage ids whose results reach the plan's `return`. */
  returnFrom: string[];
  /** Fan-out and concurrency caps in force. */
  fanOutCap: number;
  concurrency: number;
}

interface Ctx {
  container: Stage;
  prefix: string;
  phase: string | null;
  /** Helper names being expanded (recursion guard). */
  calls: string[];
  /** Collects `return` values of the function being interpreted. */
  returns: AV[];
  /** Set when a return/throw/break ended this path. */
}

/** A copy of `ctx` that records its stages under `container` (and its `return` values in `returns`). */
function inContainer(ctx: Ctx, container: Stage, returns = ctx.returns): Ctx {
  return { container, prefix: ctx.prefix, phase: ctx.phase, calls: ctx.calls, returns };
}

export function analyze(program: A.Program, source: string, meta: PlanMeta | undefined, sites: SiteIndex, r: Reporter, options: AnalyzeOptions): Analysis {
  return new Analyzer(program, source, meta, sites, r, options).run();
}

class Analyzer {
  private readonly root: Stage;
  private readonly fanOutCap: number;
  private readonly concurrency: number;
  private readonly defaults: { maxTokens: number; timeoutMs: number; attempts: number; model?: string };
  /** Reported spans, so a body interpreted under several call paths reports each problem once. */
  private readonly reported = new Set<string>();
  /** Parent of every node, to see whether an agent call is awaited where it is made. */
  private readonly parents: ParentLookup;
  /** Names that some function body assigns or mutates. */
  private readonly closureMutated = new Set<string>();
  /**
   * While a dry run interprets a loop body or callback: every array it grew in place, with its bound
   * before the run first grew it, so growth reached through any alias is scaled too (see `widen`).
   */
  private mutationLog: Map<ArrAV, number> | undefined;
  /**
   * While a dry run: the arrays it made (literals, collections, an object's keyed fields). Growth of
   * such an array belongs to the run that made it, so the second run's fresh arrays are not growth
   * that "speeds up" (see `widen`), even when the run stores them in an accumulator (`groups[k] = []`).
   */
  private created: Set<AV> | undefined;

  /** Registers an array made while a dry run is interpreting (a no-op otherwise). */
  private fresh<T extends AV>(v: T): T {
    this.created?.add(v);
    return v;
  }
  /** How the logged arrays grew: by added items, by assignment at an index. */
  private readonly pushGrown = new Set<ArrAV>();
  private readonly indexGrown = new Set<ArrAV>();
  /** The names each subtree assigns or mutates (see `mutatedNamesOf`). */
  private readonly mutatedNames: (root: A.Node) => ReadonlySet<string>;
  /** `affected(node)`, memoised: branches and loops ask for it several times each. */
  private readonly affectedCache = new Map<A.Node, ReadonlySet<string>>();
  private readonly tree: ProgramIndex;
  /** The pre-order positions of the program's calls (of every kind): see `callFree`. */
  private readonly callPositions: readonly number[];

  constructor(
    private readonly program: A.Program,
    private readonly source: string,
    private readonly meta: PlanMeta | undefined,
    private readonly sites: SiteIndex,
    private readonly r: Reporter,
    private readonly options: AnalyzeOptions,
  ) {
    this.root = newStage("serial", "plan", meta?.name || "plan", null, program.span, null);
    const effort = options.effort ?? meta?.effort;
    const caps = effort ? EFFORT_CAPS[effort] : EFFORT_CAPS.high;
    this.fanOutCap = caps.fanOut;
    this.concurrency = Math.min(caps.concurrency, meta?.budget?.concurrency ?? 16, 16);
    this.defaults = { ...AGENT_DEFAULTS, ...(meta?.defaults ?? {}) } as Analyzer["defaults"];
    this.tree = programIndex(program);
    const { parents, functions, preorder, parentPosition } = this.tree;
    this.parents = parents;
    this.callPositions = this.tree.ofTypes(["CallExpression", "NewExpression", "TaggedTemplateExpression"]);
    this.mutatedNames = mutatedNamesOf(program);
    // A function's body contains the functions nested in it, so its mutated names cover theirs:
    // read only the bodies that no other function's body contains.
    for (const fn of functions) {
      let nested = false;
      for (let c = this.tree.position(fn), p = parentPosition[c]!; p >= 0 && !nested; c = p, p = parentPosition[p]!) {
        const up = preorder[p]!;
        nested = isFunction(up) && up.body === preorder[c];
      }
      if (!nested) for (const name of this.mutatedNames(fn.body)) this.closureMutated.add(name);
    }
  }

  /**
   * Whether an agent call's promise outlives the expression that made it: not awaited on the spot
   * (through `.then` chains), not a thunk's or helper's result. Such calls overlap whatever runs
   * next (`const p1 = agent(…); const p2 = agent(…)`, `ps.push(agent(…))` in a loop).
   */
  private escapes(call: A.CallExpression): boolean {
    let node: A.Node = call;
    let p = this.parents.get(node);
    while (p) {
      if (p.type === "MemberExpression" && p.object === node) {
        const pp = this.parents.get(p);
        if (pp?.type === "CallExpression" && pp.callee === p) {
          node = pp;
          p = this.parents.get(node);
          continue;
        }
        return true;
      }
      if (p.type === "ChainExpression") {
        node = p;
        p = this.parents.get(node);
        continue;
      }
      break;
    }
    if (!p) return false;
    if (p.type === "AwaitExpression" || p.type === "ReturnStatement") return false;
    if (p.type === "ArrowFunctionExpression" && p.body === node) return false;
    return true;
  }

  /**
   * The bindings a branch or loop can change: what its own code assigns or mutates, plus what any
   * function mutates (a helper it calls may close over an outer accumulator). Snapshotting only
   * these keeps the analysis linear in the plan's size.
   */
  private affected(node: A.Node): ReadonlySet<string> {
    const own = this.mutatedNames(node);
    if (this.closureMutated.size === 0) return own;
    let all = this.affectedCache.get(node);
    if (!all) {
      all = new Set([...own, ...this.closureMutated]);
      this.affectedCache.set(node, all);
    }
    return all;
  }

  /**
   * Whether running `node` can change anything outside it: it assigns or mutates a name itself, or
   * calls a function of the plan's that does (a helper's mutations are not in `node`'s subtree).
   * Most callbacks (`(x) => () => agent(…)`) do neither, and need no dry run.
   */
  private mayAccumulate(node: A.Node): boolean {
    if (this.tree.position(node) < 0) return true;
    if (this.mutatedNames(node).size > 0) return true;
    return this.closureMutated.size > 0 && this.someCall(node, (call) => call.type === "CallExpression" && !callsBuiltin(call)) !== false;
  }

  /**
   * Whether `node`'s subtree has no call. Only a call can add a stage that stays in the graph (an
   * agent, a fan-out, a helper's body) or mark a container concurrent, so a branch over call-free
   * code (`s1?.items ?? []`, most conditionals) needs no stages of its own. False for a node outside
   * this program.
   */
  private callFree(node: A.Node): boolean {
    return this.someCall(node, anyCall) === false;
  }

  /** Whether a call in `node`'s subtree passes `test`: a scan of the program's calls in that range. Undefined for a node outside this program. */
  private someCall(node: A.Node, test: (call: A.Node) => boolean): boolean | undefined {
    const at = this.tree.position(node);
    if (at < 0) return undefined;
    const end = this.tree.subtreeEnd[at]!;
    for (let i = lowerBound(this.callPositions, at); i < this.callPositions.length && this.callPositions[i]! < end; i++) {
      if (test(this.tree.preorder[this.callPositions[i]!]!)) return true;
    }
    return false;
  }

  /** Marks the stages whose children may overlap because a promise escaped. */
  private markOverlap(ctx: Ctx): void {
    ctx.container.concurrent = true;
    for (let s: Stage | null = ctx.container.parent; s; s = s.parent) {
      if (s.kind === "loop") {
        s.concurrent = true;
        break;
      }
      if (s.kind === "parallel" || s.kind === "pipeline") break;
    }
  }

  run(): Analysis {
    const env = new Env(null);
    const given = this.options.args;
    env.declare("args", given !== undefined ? fromArgsValue(given) : this.meta?.args ? fromArgsSchema(this.meta.args) : ANY("`args` has no schema in `meta.args`"), "const");
    env.declare("budget", { k: "obj", props: { total: num() }, closed: false }, "const");
    const ctx: Ctx = { container: this.root, prefix: "", phase: null, calls: [], returns: [] };
    this.block(this.program.body, env, ctx, true);
    const returnFrom = fromOf(...ctx.returns) ?? [];
    return { root: this.root, returnFrom, fanOutCap: this.fanOutCap, concurrency: this.concurrency };
  }

  // ------------------------------------------------------------------ reporting

  /**
   * While > 0, the analysis is exploring (a loop's dry run, see `widen`): nothing is reported, and
   * every stage made hangs under a scratch container that is thrown away. No abstract value depends
   * on stages, so a muted pass may skip making them.
   */
  private muted = 0;

  private once(code: string, span: A.Span, f: () => void): void {
    if (this.muted > 0) return;
    const key = `${code}:${span.start}:${span.end}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    f();
  }

  private text(n: { span: A.Span }): string {
    const t = textOf(this.source, n);
    return t.length > 60 ? t.slice(0, 57) + "…" : t;
  }

  // ------------------------------------------------------------------ statements

  private block(body: A.Statement[], parent: Env, ctx: Ctx, isRoot = false): Env {
    const env = isRoot ? parent : new Env(parent);
    // Hoist function declarations so helpers can be called before they are written.
    for (const s of body) if (s.type === "FunctionDeclaration") env.declare(s.id.name, this.closure(s, env, ctx, s.id.name), "fn");
    for (const s of body) this.stmt(s, env, ctx);
    return env;
  }

  private stmt(s: A.Statement, env: Env, ctx: Ctx): void {
    switch (s.type) {
      case "ExportNamedDeclaration":
        return; // meta: data, not work
      case "VariableDeclaration":
        for (const d of s.declarations) {
          const v = d.init ? this.expr(d.init, env, ctx) : UNDEF;
          this.bind(d.id, v, env, s.kind, ctx);
        }
        return;
      case "FunctionDeclaration":
        return; // hoisted
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
        // Both the block and the handler may run: a sound bound counts both, in sequence.
        this.block(s.block.body, env, ctx);
        if (s.handler) {
          const henv = new Env(env);
          if (s.handler.param) this.bind(s.handler.param, { k: "obj", props: { message: strBound(2000, 700, "an error message") }, closed: false }, henv, "let", ctx);
          this.block(s.handler.body.body, henv, ctx);
        }
        if (s.finalizer) this.block(s.finalizer.body, env, ctx);
        return;
      }
      default:
        return;
    }
  }

  private bind(p: A.Pattern, v: AV, env: Env, kind: "const" | "let" | "var" | "param", ctx: Ctx): void {
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
            const key = !prop.computed && prop.key.type === "Identifier" ? prop.key.name : prop.key.type === "StringLiteral" ? prop.key.value : undefined;
            this.bind(prop.value, key !== undefined ? this.prop(v, key, prop.key.span) : stampFrom(ANY("a computed key"), v.from), env, kind, ctx);
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

  private ifStmt(s: A.IfStatement, env: Env, ctx: Ctx): void {
    this.expr(s.test, env, ctx);
    this.branches(s, ctx, env);
  }

  /**
   * Runs each arm in its own child of a branch stage, then joins the variables the arms assigned.
   * Call-free arms (see `callFree`) run in the enclosing container: their stages would be detached
   * as empty anyway, and making them was most of the cost of a conditional expression. So do all
   * arms on a muted pass, which keeps no stages.
   */
  private branches(node: BranchNode, ctx: Ctx, env: Env): AV[] {
    const span = node.span;
    const arms = node.type === "IfStatement" && !node.alternate ? 1 : 2;
    const results: AV[] = [];
    // The test was evaluated before, in the enclosing container: only the arms can add stages.
    const callFree = node.type === "LogicalExpression" ? this.callFree(node.right) : this.callFree(node.consequent) && (!node.alternate || this.callFree(node.alternate));
    // Arms that call nothing cannot run a closure, so only what they assign themselves can change.
    const names = callFree ? this.mutatedNames(node) : this.affected(node);
    if (callFree && names.size === 0) {
      // Most conditionals: no stages, and nothing to restore or join between the arms.
      for (let i = 0; i < arms; i++) this.arm(node, i, ctx, new Env(env), results);
      return results;
    }
    const branch = callFree || this.muted > 0 ? undefined : newStage("branch", joinId(ctx.prefix, `branch@${span.start}`), "branch", ctx.container, span, ctx.phase);
    const before = snapshot(env, names);
    const after: ReadonlyMap<string, AV>[] = [];
    for (let i = 0; i < arms; i++) {
      // The arms start from copies; in a dry run those are the run's own (see `fresh`).
      for (const [k, v] of before) env.assign(k, this.fresh(cloneAv(v)));
      // Arms that make calls have contexts of their own (a `phase()` in one stays in it).
      const armCtx = branch ? inContainer(ctx, newStage("serial", `${branch.id}/arm${i}`, i === 0 ? "then" : "else", branch, span, ctx.phase)) : callFree ? ctx : inContainer(ctx, ctx.container);
      this.arm(node, i, armCtx, new Env(env), results);
      after.push(snapshot(env, names));
    }
    // Join every mutable variable over the arms (and the path that took no arm).
    for (const [name, av] of before) {
      let joined = av;
      for (const a of after) joined = join(joined, a.get(name) ?? av);
      env.assign(name, joined);
    }
    if (branch) {
      if (!hasAgents(branch)) detachIfEmpty(branch);
      else this.rekeyBranch(branch, ctx);
    }
    return results;
  }

  /** Interprets arm `i` of a branch, adding its value (for an expression) to `results`. */
  private arm(node: BranchNode, i: number, ctx: Ctx, env: Env, results: AV[]): void {
    switch (node.type) {
      case "IfStatement":
        this.stmt(i === 0 ? node.consequent : node.alternate!, env, ctx);
        return;
      case "LogicalExpression":
        results.push(i === 0 ? this.expr(node.right, env, ctx) : UNDEF);
        return;
      case "ConditionalExpression":
        results.push(this.expr(i === 0 ? node.consequent : node.alternate, env, ctx));
        return;
    }
  }

  /**
   * Branch ids use the statement's offset while building; give them a key from what they contain
   * (`branch:<first agent's label>`), so adding an `if` elsewhere does not rename this one.
   */
  private rekeyBranch(branch: Stage, ctx: Ctx): void {
    const firstAgent = (s: Stage): Stage | undefined => (s.kind === "agent" ? s : s.children.map(firstAgent).find((x) => x !== undefined));
    const inner = firstAgent(branch);
    // Nested under the enclosing stage (its id is structural too), so branches in a fan-out or
    // loop sit under it in the graph like every other stage there.
    const parentId = branch.parent!.parent === null ? ctx.prefix : branch.parent!.id;
    const base = joinId(parentId, inner ? `branch:${inner.id.split("/").pop()}` : "branch");
    const taken = new Set(branch.parent!.children.filter((c) => c !== branch).map((c) => c.id));
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}#${n}`;
    // Only the branch and its arm containers carry the offset-based id; agent ids are site keys.
    const old = branch.id;
    const fix = (s: Stage): void => {
      if (s.id.startsWith(old)) s.id = id + s.id.slice(old.length);
      s.children.forEach(fix);
    };
    fix(branch);
  }

  private loopStage(node: A.Node & { span: A.Span }, iterations: number, why: string, ctx: Ctx): Stage {
    const id = joinId(ctx.prefix, this.sites.rel.get(node) ?? "loop");
    const loop = newStage("loop", id, id.split("/").pop()!, ctx.container, node.span, ctx.phase);
    loop.iterations = iterations;
    loop.derivations.push({ quantity: "iterations", value: iterations, because: why });
    return loop;
  }

  /** Interprets a loop body with its accumulators widened to the iteration bound (see `widen`). */
  private loopBody(node: A.Node, loop: Stage, iterations: number, env: Env, ctx: Ctx, run: (c: Ctx, e: Env) => void): void {
    const scratch = newStage("serial", `${loop.id}/scratch`, "scratch", null, loop.span, ctx.phase);
    // Widened to the state before the last iteration: the real pass below is that iteration.
    this.widen(this.affected(node), env, Math.max(0, iterations - 1), () => run(inContainer(ctx, scratch, []), new Env(env)));
    // The real pass, recording stages and diagnostics.
    const body = newStage("serial", `${loop.id}/body`, "body", loop, loop.span, ctx.phase);
    run(inContainer(ctx, body), new Env(env));
    if (!hasAgents(loop)) detachIfEmpty(loop);
  }

  /**
   * Prepares `env` for the real interpretation of the last of the runs of something that runs
   * repeatedly (a loop body, an array method's callback): every accumulator starts as if the `n` runs
   * before it had already happened, so what the body reads from it (a prompt listing what was found
   * so far) is bounded soundly, and after the real pass it holds what all of them add.
   *
   * Muted dry runs measure what one run adds, both to the names it reassigns (`s += …`,
   * `xs = [...xs, x]`) and to the arrays it grows in place, however it reaches them (`xs.push(…)`,
   * `(c ? a : b).push(…)`, an alias, `xs[i] = …`). Steady growth is scaled by n. When anything grew,
   * a second dry run starts from the first one's result: growth that is larger the second time
   * (`xs.push(...xs)`, `n = n * 2`) depends on what was accumulated, and has no bound. `twice` asks
   * for the second run whatever grew (a reducer's accumulator, which the caller tracks).
   */
  private widen(names: ReadonlySet<string>, env: Env, n: number, dryRun: () => void, twice = false): void {
    const before = snapshot(env, names);
    const bound = new Map<string, AV | undefined>();
    for (const name of before.keys()) bound.set(name, env.lookup(name)?.av);
    const first = this.dryRun(dryRun);
    const once = snapshot(env, names);
    const afterFirst = new Map<ArrAV, number>();
    for (const arr of first.keys()) afterFirst.set(arr, arr.max);
    let grew = twice;
    for (const [arr, b] of first) grew ||= arr.max > b;
    for (const [name, old] of before) grew ||= size(once.get(name)!) > size(old);
    let second: ReadonlyMap<ArrAV, number> = EMPTY_LOG;
    const madeBySecond = new Set<AV>();
    let again: ReadonlyMap<string, AV> | undefined;
    if (grew) {
      second = this.dryRun(dryRun, madeBySecond);
      again = snapshot(env, names);
    }
    // In place: every alias of a grown array sees its widened bound. Growth by index assignment
    // alone needs no scaling: `xs[i] = …` already bounds the length by every index i can take.
    for (const [arr, b] of first) {
      if (this.grewByIndexOnly(arr)) continue;
      Object.assign(arr, scaleGrowth(withMax(arr, b), withMax(arr, afterFirst.get(arr)!), again ? copyAv(arr) : undefined, n));
    }
    // Growth that only the second run saw, of an array it did not make, is growth that speeds up.
    for (const [arr, b] of second) if (!first.has(arr) && !madeBySecond.has(arr) && arr.max > b) Object.assign(arr, growingFaster(arr, arr));
    const widened = new Map<string, AV>();
    for (const [name, old] of before) {
      const av = bound.get(name);
      const indexOnly = av?.k === "arr" && first.has(av) && this.grewByIndexOnly(av) && env.lookup(name)?.av === av;
      widened.set(name, indexOnly ? once.get(name)! : scaleGrowth(old, once.get(name)!, again?.get(name), n));
    }
    restore(env, widened);
  }

  /** Runs `run` muted, logging the arrays it grows in place (also into an enclosing dry run's log). */
  private dryRun(run: () => void, created?: Set<AV>): ReadonlyMap<ArrAV, number> {
    const outer = this.mutationLog;
    const outerCreated = this.created;
    const log = new Map<ArrAV, number>();
    this.mutationLog = log;
    this.created = created ?? new Set();
    this.muted++;
    try {
      run();
    } finally {
      this.muted--;
      this.mutationLog = outer;
      // What an inner dry run made is new to the enclosing one too.
      if (outerCreated) for (const a of this.created) outerCreated.add(a);
      this.created = outerCreated;
    }
    if (outer) for (const [arr, b] of log) if (!outer.has(arr)) outer.set(arr, b);
    return log;
  }

  /**
   * Called before an array grows in place, so that a dry run sees it: by adding items (`push`), or
   * by assignment at an index (`byIndex`), whose bound holds for every run.
   */
  private grows(arr: ArrAV, byIndex = false): void {
    if (!this.mutationLog) return;
    if (!this.mutationLog.has(arr)) this.mutationLog.set(arr, arr.max);
    (byIndex ? this.indexGrown : this.pushGrown).add(arr);
  }

  /** Whether an array grew only by assignment at an index, whose bound needs no scaling. */
  private grewByIndexOnly(arr: ArrAV): boolean {
    return this.indexGrown.has(arr) && !this.pushGrown.has(arr);
  }

  private forOf(s: A.ForOfStatement, env: Env, ctx: Ctx): void {
    const arr = this.await(this.expr(s.right, env, ctx));
    const walked = memberPath(s.right);
    const grows = walked !== undefined && growsArray(s.body, walked);
    const bound = grows ? Infinity : arr.k === "arr" ? arr.max : arr.k === "str" ? arr.chars : Infinity;
    const why = grows
      ? `the body adds to \`${walked}\` while the loop walks it, so the loop can run on and on`
      : arr.k === "arr"
        ? arr.why
        : `\`${this.text(s.right)}\` is not a bounded array`;
    if (bound === Infinity) {
      this.once("WF3103", s.right.span, () =>
        this.r.error("WF3103", s.right.span, `loop over \`${this.text(s.right)}\` has no bound`, {
          label: "length unknown",
          notes: [why],
          help: "bound the array: add `maxItems` to its schema, or iterate `.slice(0, N)` (and log what was dropped)",
        }),
      );
    }
    const iterations = Number.isFinite(bound) ? bound : 1;
    const loop = this.loopStage(s, iterations, why, ctx);
    this.loopBody(s, loop, iterations, env, ctx, (c, e) => {
      const elem = arr.k === "arr" ? withFrom(arr.elem, arr.from) : strBound(1, 1);
      for (const d of s.left.declarations) this.bind(d.id, elem, e, s.left.kind === "const" ? "const" : "let", c);
      this.stmt(s.body, e, c);
    });
  }

  private forCounted(s: A.ForStatement, env: Env, ctx: Ctx): void {
    const loopEnv = new Env(env);
    let init: AV | undefined;
    let counter: string | undefined;
    if (s.init?.type === "VariableDeclaration") {
      for (const d of s.init.declarations) {
        const v = d.init ? this.expr(d.init, loopEnv, ctx) : UNDEF;
        this.bind(d.id, v, loopEnv, "let", ctx);
        if (d.id.type === "Identifier" && counter === undefined) {
          counter = d.id.name;
          init = v;
        }
      }
    } else if (s.init) this.expr(s.init, loopEnv, ctx);
    const { iterations, why, counterMax } = this.countedBound(s, counter, init, loopEnv, ctx);
    // A `for` with no condition is WF1009 (reported by the subset check); say it once.
    if (iterations === Infinity && s.test) {
      this.once("WF3103", (s.test ?? s).span, () =>
        this.r.error("WF3103", (s.test ?? s).span, "loop has no static iteration bound", {
          notes: [why],
          help: "write `for (let i = 0; i < N; i++)` with a literal or `const` N",
        }),
      );
    }
    const n = Number.isFinite(iterations) ? iterations : 1;
    const loop = this.loopStage(s, n, why, ctx);
    this.loopBody(s, loop, n, loopEnv, ctx, (c, e) => {
      if (counter) e.declare(counter, { k: "num", max: counterMax }, "let");
      this.stmt(s.body, e, c);
      if (s.update) this.expr(s.update, e, c);
    });
  }

  /**
   * How many times a counted `for` can run: a counter rising from a known start while `i < N` (or
   * `i + c < N`, see `risingBound`), or falling from a bounded start while `i >= L` with L known.
   * Also the counter's largest value in the body.
   */
  private countedBound(s: A.ForStatement, counter: string | undefined, init: AV | undefined, env: Env, ctx: Ctx): { iterations: number; why: string; counterMax: number } {
    const unbounded = (why: string) => ({ iterations: Infinity, why, counterMax: Infinity });
    const t = s.test;
    if (!t || !counter) return unbounded("the condition is not `counter < N`");
    const step = s.update ? counterStep(s.update, counter) : undefined;
    if (step === undefined) return unbounded(`the update does not step \`${counter}\` by a constant`);
    const rising = step > 0 ? risingBound(t) : undefined;
    const falling = step < 0 ? fallingBound(t) : undefined;
    if (rising?.counter !== counter && falling?.counter !== counter) return unbounded(step > 0 ? `the condition is not \`${counter} < N\`` : `the condition is not \`${counter} >= N\``);
    if (assignmentsTo(this.program, s.body, counter) > 0) return unbounded(`the body assigns \`${counter}\`, so the loop does not count`);
    if (rising) {
      const limit = this.expr(rising.limit, env, ctx);
      const start = init?.k === "num" ? init.v : undefined;
      if (limit.k !== "num" || limit.max === Infinity) return unbounded(`\`${this.text(rising.limit)}\` is not a static number`);
      if (start === undefined) return unbounded(`\`${counter}\` has no static start`);
      const n = Math.max(0, Math.ceil((limit.max - rising.offset - start + (rising.inclusive ? 1 : 0)) / step));
      return { iterations: n, why: `\`${counter}\` runs from ${start} while ${this.text(t)} in steps of ${step}`, counterMax: start + n * step };
    }
    const floorNode = falling!.floor;
    const floor = this.expr(floorNode, env, ctx);
    const top = init?.k === "num" ? init.max : Infinity;
    if (floor.k !== "num" || floor.v === undefined) return unbounded(`\`${this.text(floorNode)}\` is not a static number`);
    if (!Number.isFinite(top)) return unbounded(`\`${counter}\` starts at a value with no static bound`);
    const n = Math.max(0, Math.ceil((top - floor.v + (falling!.inclusive ? 1 : 0)) / -step));
    return { iterations: n, why: `\`${counter}\` falls from at most ${top} while ${this.text(t)} in steps of ${-step}`, counterMax: top };
  }

  private whileLoop(s: A.WhileStatement, env: Env, ctx: Ctx): void {
    this.expr(s.test, env, ctx);
    const c = whileCounter(s, this.program);
    let iterations = Infinity;
    let why = "no counter bound in the condition";
    if (c) {
      const limit = this.expr(c.limit, env, ctx);
      const cur = env.lookup(c.counter)?.av;
      const startV = cur?.k === "num" ? cur.v : undefined;
      if (limit.k === "num" && Number.isFinite(limit.max) && startV !== undefined) {
        iterations = Math.max(0, limit.max - c.offset - startV + (c.inclusive ? 1 : 0));
        why = `\`${c.counter}\` starts at ${startV}, rises by at least 1 each iteration, and the loop stops at ${c.inclusive ? "above " : ""}${limit.max}`;
      } else {
        why = `\`${this.text(c.limit)}\` is not a static number, or \`${c.counter}\` has no static start`;
        this.once("WF3103", c.limit.span, () => this.r.error("WF3103", c.limit.span, "`while` loop has no static iteration bound", { notes: [why], help: "compare the counter with a literal or a `const` number" }));
      }
    }
    // WF1009 (no counter at all) is reported by the subset check.
    const n = Number.isFinite(iterations) ? iterations : 1;
    const loop = this.loopStage(s, n, why, ctx);
    this.loopBody(s, loop, n, env, ctx, (c2, e) => this.stmt(s.body, e, c2));
  }

  // ------------------------------------------------------------------ expressions

  private await(v: AV): AV {
    return v.k === "promise" ? withFrom(v.value, v.from) : v;
  }

  /**
   * Evaluates an agent's prompt argument as `expr` does, and also appends to `holes` the value of
   * each of its parts that `promptInfo` reads, in the order `promptInfo` meets them: the operands of
   * its `+` chain (see `flattenConcat`) other than string literals, or for a template literal among
   * them, each of its holes. `promptInfo` then needs to evaluate nothing twice.
   */
  private promptExpr(e: A.Expression, env: Env, ctx: Ctx, holes: AV[]): AV {
    if (e.type === "BinaryExpression" && e.operator === "+") return this.binary(e, env, ctx, holes);
    if (e.type === "TemplateLiteral") return this.template(e, env, ctx, holes);
    const v = this.expr(e, env, ctx);
    if (e.type !== "StringLiteral") holes.push(v);
    return v;
  }

  expr(e: A.Expression, env: Env, ctx: Ctx): AV {
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
        if (e.operator === "-" && a.k === "num") return a.v !== undefined ? num(-a.v) : num();
        if (e.operator === "typeof") return strBound(9, 2);
        if (e.operator === "!") return boolFrom(a.from);
        return stampFrom(num(), a.from);
      }
      case "UpdateExpression": {
        if (e.argument.type === "MemberExpression") {
          // `o.n++` is `o.n += 1`, and `o.n--` is `o.n -= 1`.
          this.assignMember(e.argument, e.operator === "++" ? "+=" : "-=", num(1), env, ctx);
          return num();
        }
        const b = e.argument.type === "Identifier" ? env.lookup(e.argument.name) : undefined;
        const a = b ? b.av : this.expr(e.argument, env, ctx);
        if (b && a.k === "num") b.av = { k: "num", max: a.max + 1, ...(a.v !== undefined ? { v: a.v + (e.operator === "++" ? 1 : -1) } : {}) };
        return a.k === "num" ? a : num();
      }
      case "BinaryExpression":
        return this.binary(e, env, ctx);
      case "LogicalExpression": {
        const l = this.expr(e.left, env, ctx);
        // Two arms: the right operand, and the path that skips it.
        const [rv] = this.branches(e, ctx, env);
        return either(l, rv!);
      }
      case "ConditionalExpression": {
        this.expr(e.test, env, ctx);
        const [c, a] = this.branches(e, ctx, env);
        return either(c!, a!);
      }
      case "AssignmentExpression":
        return this.assign(e, env, ctx);
      case "SequenceExpression": {
        let last: AV = UNDEF;
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

  private ident(e: A.Identifier, env: Env): AV {
    const b = env.lookup(e.name);
    if (b) return b.av;
    if (e.name === "undefined") return UNDEF;
    if (e.name === "NaN" || e.name === "Infinity") return num();
    return { k: "any", why: `\`${e.name}\`` };
  }

  /** `holes`: evaluating a prompt's template, collect its holes' values (see `promptExpr`). */
  private template(e: A.TemplateLiteral, env: Env, ctx: Ctx, holes?: AV[]): AV {
    let chars = 0;
    let tokens = 0;
    let exact: string | undefined = "";
    let from: string[] | undefined;
    for (let i = 0; i < e.quasis.length; i++) {
      const q = e.quasis[i]!;
      chars += q.cooked.length;
      tokens += q.cooked.length / CHARS_PER_TOKEN;
      if (exact !== undefined) exact += q.cooked;
      const x = e.expressions[i];
      if (!x) continue;
      const raw = this.expr(x, env, ctx);
      holes?.push(raw);
      const v = this.await(raw);
      if (v.from) for (const id of v.from) (from ??= []).push(id);
      const b = textBound(v);
      chars += b.chars;
      tokens += b.tokens;
      exact = v.k === "str" && v.v !== undefined && exact !== undefined ? exact + v.v : v.k === "num" && v.v !== undefined && exact !== undefined ? exact + String(v.v) : undefined;
    }
    const out: AV = { k: "str", chars, tokens: Math.ceil(tokens), ...(exact !== undefined ? { v: exact } : {}) };
    return stampFrom(out, from);
  }

  private arrayLit(e: A.ArrayExpression, env: Env, ctx: Ctx): AV {
    const items: AV[] = [];
    let extra = 0;
    let spreadElem: AV | undefined;
    let why = `an array literal of ${e.elements.length} items`;
    let from: string[] | undefined;
    for (const el of e.elements) {
      if (!el) continue;
      if (el.type === "SpreadElement") {
        const v = this.await(this.expr(el.argument, env, ctx));
        from = fromOf({ k: "null", ...(from ? { from } : {}) }, v);
        // All of a spread's items: an array's, a string's characters, a Set's members.
        const spread = spreadItems(v);
        extra += spread.max;
        spreadElem = spreadElem ? join(spreadElem, spread.elem) : spread.elem;
        why = spread.max === Infinity ? `a spread of \`${this.text(el.argument)}\`, which is not a bounded array` : `an array literal with spread of ${spread.why}`;
      } else items.push(this.expr(el, env, ctx));
    }
    let elem: AV = items.length ? items.reduce((a, b) => join(a, b)) : spreadElem ?? UNDEF;
    if (spreadElem && items.length) elem = join(elem, spreadElem);
    const out: AV = { k: "arr", max: items.length + extra, elem, why, ...(extra === 0 ? { items } : {}) };
    return this.fresh(stampFrom(out, fromOf(...items, { k: "null", ...(from ? { from } : {}) })));
  }

  private objectLit(e: A.ObjectExpression, env: Env, ctx: Ctx): AV {
    const props: Record<string, AV> = {};
    let closed = true;
    // Fields under computed keys, and those a spread object had: counted, not named.
    let keyed: { max: number; elem: AV; from: AV[] } | undefined;
    const addKeyed = (max: number, elem: AV, from: AV): void => {
      keyed = keyed ? { max: keyed.max + max, elem: join(keyed.elem, elem), from: [...keyed.from, from] } : { max, elem, from: [from] };
    };
    for (const p of e.properties) {
      if (p.type === "SpreadElement") {
        const v = this.await(this.expr(p.argument, env, ctx));
        if (v.k === "obj") Object.assign(props, v.props);
        if (v.k === "obj" && v.keyed) addKeyed(v.keyed.max, v.keyed.elem, v.keyed);
        if (v.k !== "obj" || !v.closed) closed = false;
        continue;
      }
      const key = !p.computed ? (p.key.type === "Identifier" ? p.key.name : p.key.type === "StringLiteral" ? p.key.value : p.key.type === "NumericLiteral" ? String(p.key.value) : undefined) : undefined;
      const computed = p.computed ? this.await(this.expr(p.key, env, ctx)) : undefined;
      const v = p.value.type === "FunctionExpression" ? this.closure(p.value, env, ctx) : this.expr(p.value, env, ctx);
      if (key !== undefined) props[key] = v;
      else if (computed?.k === "str" && computed.v !== undefined) props[computed.v] = v;
      else if (computed) addKeyed(1, entry(computed, v), v);
      else closed = false;
    }
    const out: AV = { k: "obj", props, closed };
    if (keyed) out.keyed = this.fresh(stampFrom({ k: "arr", max: keyed.max, elem: keyed.elem, why: "fields under computed keys" }, fromOf(...keyed.from)) as ArrAV);
    // An object carries where its fields came from: `return { report: checked }` reads `checked`.
    const parts: AV[] = Object.values(props);
    if (out.keyed) parts.push(out.keyed);
    return stampFrom(out, fromOfList(parts));
  }

  private closure(node: FnNode, env: Env, ctx: Ctx, helper?: string): AV {
    return { k: "fn", node, env, prefix: ctx.prefix, ...(helper ? { helper } : {}) };
  }

  /** `holes`: evaluating a `+` of a prompt, collect its parts' values (see `promptExpr`). */
  private binary(e: A.BinaryExpression, env: Env, ctx: Ctx, holes?: AV[]): AV {
    const l = this.await(holes ? this.promptExpr(e.left, env, ctx, holes) : this.expr(e.left, env, ctx));
    const rr = this.await(holes ? this.promptExpr(e.right, env, ctx, holes) : this.expr(e.right, env, ctx));
    const from = fromOf(l, rr);
    if (e.operator === "+") return plus(l, rr);
    if (["-", "*", "/", "%", "**"].includes(e.operator)) {
      if (l.k === "num" && rr.k === "num" && l.v !== undefined && rr.v !== undefined) {
        const f = { "-": l.v - rr.v, "*": l.v * rr.v, "/": l.v / rr.v, "%": l.v % rr.v, "**": l.v ** rr.v } as Record<string, number>;
        return num(f[e.operator]);
      }
      if (e.operator === "*" && l.k === "num" && rr.k === "num") return { k: "num", max: l.max * rr.max };
      if (e.operator === "-" && l.k === "num") return minus(l, rr);
      return stampFrom(num(), from);
    }
    return boolFrom(from);
  }

  /**
   * What `x op= right` stores, from x's value before: `+=` adds, `-=` of a known number subtracts,
   * and the others keep a bound of both.
   */
  private compound(op: string, cur: AV, right: AV): AV {
    if (op === "=") return right;
    const [a, b] = [this.await(cur), this.await(right)];
    if (op === "+=") return plus(a, b);
    if (op === "-=" && a.k === "num" && b.k === "num" && b.v !== undefined) return minus(a, b);
    return join(cur, right);
  }

  private assign(e: A.AssignmentExpression, env: Env, ctx: Ctx): AV {
    const right = this.expr(e.right, env, ctx);
    if (e.left.type === "Identifier") {
      const b = env.lookup(e.left.name);
      const v = this.compound(e.operator, b?.av ?? UNDEF, right);
      if (b) b.av = v;
      return v;
    }
    if (e.left.type === "MemberExpression") return this.assignMember(e.left, e.operator, right, env, ctx);
    this.bind(e.left, right, env, "let", ctx);
    return right;
  }

  /** `o.k op= v`, `o[key] op= v`, `xs[i] op= v`: the field (or item) after the assignment. */
  private assignMember(target: A.MemberExpression, op: string, right: AV, env: Env, ctx: Ctx): AV {
    const base = target.object.type === "Identifier" ? env.lookup(target.object.name)?.av : this.expr(target.object, env, ctx);
    if (base?.k === "arr") {
      // `xs[i] = v` can lengthen the array to i + 1.
      const key = target.computed ? this.expr(target.property, env, ctx) : undefined;
      const v = op === "=" ? right : this.compound(op, this.index(base, key?.k === "num" ? key.v : undefined), right);
      if (key?.k === "num" || key?.k === "any") this.setIndex(base, key, v);
      return v;
    }
    // `obj.k = v`: widen the object's field when we can name it; `obj[key] = v` adds at most one
    // field under that key, counted like a push (see `keyed`).
    if (base?.k === "obj") {
      const key = target.computed ? this.await(this.expr(target.property, env, ctx)) : undefined;
      const name = !target.computed && target.property.type === "Identifier" ? target.property.name : key?.k === "str" && key.v !== undefined ? key.v : undefined;
      if (name !== undefined) {
        const v = this.compound(op, base.props[name] ?? (base.keyed || !base.closed ? this.prop(base, name, target.property.span, true) : UNDEF), right);
        base.props[name] = base.props[name] ? join(base.props[name]!, v) : v;
        return v;
      }
      if (key) this.addKeyed(base, key, op === "=" ? right : this.compound(op, this.index(base, undefined), right));
      else base.closed = false;
    }
    return right;
  }

  /** `obj[key] = v` with a key known only by its bound: one more field under a computed key. */
  private addKeyed(obj: Extract<AV, { k: "obj" }>, key: AV, v: AV): void {
    const keyed = this.keyedOf(obj);
    this.addItems(keyed, { max: 1, elem: undefined }, "plus fields assigned by key", fromOf(keyed, key, v));
    // The values stay linked to the arrays they may be (`either`), so that `groups[k].push(x)` grows
    // the arrays that were stored, not a copy.
    for (const a of aliases(keyed)) {
      const e = a.elem;
      a.elem = e.k === "arr" && e.items?.length === 2 ? entry(join(e.items[0]!, key), this.fresh(either(e.items[1]!, v))) : entry(key, v);
    }
  }

  /** An object's fields under computed keys, made (empty) on the first. */
  private keyedOf(obj: Extract<AV, { k: "obj" }>): ArrAV {
    return (obj.keyed ??= this.fresh<ArrAV>({ k: "arr", max: 0, elem: UNDEF, why: "fields assigned by key" }));
  }

  /** `arr[key] = v`: the array grows to hold index `key` (any length, when the index is unknown). */
  private setIndex(arr: ArrAV, key: AV, v: AV): void {
    const index = key.k === "num" && key.v !== undefined ? key.v : undefined;
    for (const a of aliases(arr)) {
      this.grows(a, true);
      a.total = undefined;
      if (index !== undefined && a.items && Number.isInteger(index) && index >= 0 && index < a.items.length) {
        a.items[index] = v;
      } else {
        const max = key.k === "num" ? Math.max(a.max, key.max + 1) : Infinity;
        if (max > a.max) a.why = max === Infinity ? `${a.why}, then assigned at an index with no bound` : `${a.why}, then assigned at index ≤ ${max - 1}`;
        a.max = max;
        // Assigned, not deleted: deleting a field turns an object into a slow dictionary.
        a.items = undefined;
      }
      a.elem = join(a.elem, v);
    }
  }

  /** What the arguments from `start` on insert (`push`, `unshift`, `splice`): a spread inserts all its items. */
  private insertedItems(nodes: readonly (A.Expression | A.SpreadElement)[], start: number, argAv: (i: number) => AV, values: AV[]): { max: number; elem: AV | undefined } {
    let max = 0;
    let elem: AV | undefined;
    for (let i = start; i < nodes.length; i++) {
      const v = this.await(argAv(i));
      values.push(v);
      const added = nodes[i]!.type === "SpreadElement" ? spreadItems(v) : { max: 1, elem: v };
      max += added.max;
      elem = elem ? join(elem, added.elem) : added.elem;
    }
    return { max, elem };
  }

  /** Grows an array in place, and every array it may be (`(c ? a : b).push(x)` grows both). */
  private addItems(arr: ArrAV, added: { max: number; elem: AV | undefined }, why: string, from: string[] | undefined): void {
    if (added.max === 0) return;
    for (const a of aliases(arr)) {
      this.grows(a);
      a.total = undefined;
      a.max += added.max;
      if (added.elem) a.elem = join(a.elem, added.elem);
      a.why = `${a.why}, ${why}`;
      a.items = undefined;
      if (from) a.from = from;
    }
  }

  private prop(v: AV, key: string, span: A.Span, optional = false): AV {
    switch (v.k) {
      case "obj": {
        const p = v.props[key];
        if (p) return withFrom(p, v.from);
        if (v.keyed && v.keyed.max > 0) return withFrom(join(keyedValue(v.keyed), UNDEF), v.from);
        if (v.closed && v.schemaOf && !optional) {
          const hint = didYouMean(key, Object.keys(v.props));
          this.once("WF4004", span, () =>
            this.r.error("WF4004", span, `\`${key}\` is not a field of ${v.schemaOf}`, {
              label: "not in the schema",
              help: hint ? `did you mean \`${hint}\`?` : `its fields are ${Object.keys(v.props).map((k) => "`" + k + "`").join(", ") || "none"}`,
            }),
          );
        }
        return withFrom(v.closed ? UNDEF : ANY(`the field \`${key}\``), v.from);
      }
      case "arr":
        if (key === (v.coll ? "size" : "length")) return stampFrom({ k: "num", max: v.max }, v.from);
        if (v.coll) return UNDEF;
        return stampFrom(ANY(`\`.${key}\` of an array`), v.from);
      case "str":
        if (key === "length") return stampFrom({ k: "num", max: v.chars, ...(v.v !== undefined ? { v: v.v.length } : {}) }, v.from);
        return stampFrom(ANY(`\`.${key}\` of a string`), v.from);
      case "promise":
        return ANY("a field of a promise: did you forget `await`?");
      default:
        return stampFrom(ANY(`the field \`${key}\``), v.from);
    }
  }

  private index(v: AV, i: number | undefined): AV {
    if (v.k === "arr") {
      if (i !== undefined && v.items && v.items[i]) return withFrom(v.items[i]!, v.from);
      return withFrom(join(v.elem, UNDEF), v.from);
    }
    if (v.k === "str") return stampFrom(strBound(2, 1), v.from);
    if (v.k === "obj") {
      const keyed = v.keyed && v.keyed.max > 0 ? keyedValue(v.keyed) : UNDEF;
      return withFrom(Object.values(v.props).reduce((a, b) => join(a, b), join(keyed, v.closed ? UNDEF : ANY("an indexed field"))), v.from);
    }
    return stampFrom(ANY("an indexed value"), v.from);
  }

  private member(e: A.MemberExpression, env: Env, ctx: Ctx): AV {
    const obj = this.expr(e.object, env, ctx);
    if (e.computed) {
      const k = this.expr(e.property, env, ctx);
      if (k.k === "str" && k.v !== undefined) return this.prop(obj, k.v, e.property.span, e.optional);
      return this.index(obj, k.k === "num" ? k.v : undefined);
    }
    return this.prop(obj, (e.property as A.Identifier).name, e.property.span, e.optional);
  }

  /**
   * `new Promise((resolve) => setTimeout(resolve, ms))`: a promise that settles after `ms`, which the
   * container it is made in adds to its time (awaited or not: the bound stays sound either way).
   */
  private sleep(delay: A.Expression, env: Env, ctx: Ctx): AV {
    const ms = this.await(this.expr(delay, env, ctx));
    const waitMs = ms.k === "num" ? (ms.v ?? ms.max) : Infinity;
    if (!Number.isFinite(waitMs) || waitMs < 0) {
      this.once("WF2003", delay.span, () =>
        this.r.error("WF2003", delay.span, "a sleep's delay must be a number with a bound known before the run", { label: "delay unknown", help: "write the delay in milliseconds as a literal or a `const`" }),
      );
    } else if (waitMs > 0) {
      const c = ctx.container;
      c.waitMs = (c.waitMs ?? 0) + waitMs;
      c.derivations.push({ quantity: "latencyMs", value: waitMs, because: `a sleep of ${waitMs} ms (\`${this.text(delay)}\`)` });
    }
    return { k: "promise", value: UNDEF };
  }

  private newExpr(e: A.NewExpression, env: Env, ctx: Ctx): AV {
    if (e.callee.type === "Identifier" && e.callee.name === "Promise" && !env.lookup("Promise")) {
      const delay = sleepDelay(e);
      if (delay) return this.sleep(delay, env, ctx);
    }
    const args = e.arguments.map((a) => this.expr(a.type === "SpreadElement" ? a.argument : a, env, ctx));
    if (e.callee.type === "Identifier" && (e.callee.name === "Set" || e.callee.name === "Map")) return this.fresh(newCollection(e.callee.name, this.await(args[0] ?? UNDEF)));
    if (e.callee.type === "Identifier" && e.callee.name === "Error") return { k: "obj", props: { message: args[0] ?? str("") }, closed: false };
    return ANY(`\`new ${this.text(e.callee)}\``);
  }

  // ------------------------------------------------------------------ calls

  private call(e: A.CallExpression, env: Env, ctx: Ctx): AV {
    const callee = e.callee;
    const bound = callee.type === "Identifier" ? env.lookup(callee.name) : undefined;
    if (callee.type === "Identifier" && !bound) {
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
          const t = this.expr(e.arguments[0] as A.Expression, env, ctx);
          ctx.phase = t.k === "str" && t.v !== undefined ? t.v : ctx.phase;
          return UNDEF;
        }
        case "log":
          e.arguments.forEach((a) => this.expr(a.type === "SpreadElement" ? a.argument : a, env, ctx));
          return UNDEF;
        case "String":
          return this.stringOf(this.expr(e.arguments[0] as A.Expression, env, ctx));
        case "Number":
        case "parseInt":
        case "parseFloat":
          e.arguments.forEach((a) => this.expr(a as A.Expression, env, ctx));
          return num();
        case "Boolean":
          return BOOL;
      }
    }
    // Methods and builtins: `x.map(…)`, `JSON.stringify(…)`, `Object.keys(…)`.
    if (callee.type === "MemberExpression" && !callee.computed) {
      const name = (callee.property as A.Identifier).name;
      const root = namespaceOf(callee);
      if (root !== undefined && !env.lookup(root)) return this.builtin(memberPath(callee)!, e, env, ctx);
      const recv = this.expr(callee.object, env, ctx);
      return this.method(recv, name, e, env, ctx);
    }
    const fn = bound ? bound.av : this.expr(callee, env, ctx);
    const args = this.callArgs(e.arguments, env, ctx);
    if (fn.k === "fn") return this.invoke(fn, args.fixed, ctx, this.calledUnder(fn, e, ctx), args.spread);
    return stampFrom(ANY(`the result of \`${this.text(callee)}()\``), fromOf(...args.fixed, args.spread?.elem));
  }

  /**
   * The prefix a function called at `e` runs its body under: a named helper runs under the call's
   * site, whatever name it is called by (the runtime's `callAt` does the same); other functions keep
   * the prefix of the place they were made.
   */
  private calledUnder(fn: Extract<AV, { k: "fn" }>, e: A.CallExpression, ctx: Ctx): string {
    const site = fn.helper ? this.sites.rel.get(e) : undefined;
    return site !== undefined ? joinId(ctx.prefix, site) : runsUnder(fn, ctx.prefix);
  }

  /**
   * A call's arguments: those before the first spread one by one; from the first spread on, only how
   * many there can be and a bound on each (`f(...xs, y)` passes xs's items, then y).
   */
  private callArgs(nodes: readonly (A.Expression | A.SpreadElement)[], env: Env, ctx: Ctx): { fixed: AV[]; spread?: Spread } {
    const fixed: AV[] = [];
    let spread: Spread | undefined;
    for (const a of nodes) {
      const added = a.type === "SpreadElement" ? spreadItems(this.await(this.expr(a.argument, env, ctx))) : undefined;
      if (added) spread = spread ? { max: spread.max + added.max, elem: join(spread.elem, added.elem) } : { max: added.max, elem: added.elem };
      else if (spread) {
        const v = this.expr(a as A.Expression, env, ctx);
        spread = { max: spread.max + 1, elem: join(spread.elem, v) };
      } else fixed.push(this.expr(a as A.Expression, env, ctx));
    }
    return spread ? { fixed, spread } : { fixed };
  }

  /** Runs a closure's body with bound parameters; helpers are expanded with recursion detection. */
  invoke(fn: Extract<AV, { k: "fn" }>, args: AV[], ctx: Ctx, prefix: string, spread?: Spread): AV {
    if (fn.helper && ctx.calls.includes(fn.helper)) return ANY("a recursive call"); // WF3001 is reported by call-cycles
    if (ctx.calls.length > 32) return ANY("helpers nested too deeply");
    const env = new Env(fn.env);
    const params = fn.node.params;
    for (let i = 0; i < params.length; i++) {
      const p = params[i]!;
      this.bind(p, p.type === "RestElement" ? restParam(args, i, spread) : param(args, i, spread), env, "param", ctx);
    }
    const inner: Ctx = { container: ctx.container, prefix, phase: ctx.phase, calls: fn.helper ? [...ctx.calls, fn.helper] : ctx.calls, returns: [] };
    let result: AV;
    if (fn.node.body.type === "BlockStatement") {
      this.block(fn.node.body.body, env, inner);
      result = inner.returns.length ? inner.returns.reduce((a, b) => join(a, b)) : UNDEF;
    } else result = this.expr(fn.node.body, env, inner);
    ctx.phase = inner.phase;
    return fn.node.async ? { k: "promise", value: this.await(result), ...(result.from ? { from: result.from } : {}) } : result;
  }

  private stringOf(v: AV): AV {
    const b = textBound(this.await(v));
    return stampFrom({ k: "str", chars: b.chars, tokens: b.tokens }, v.from);
  }

  /** The values of a call's options argument (see `optionLiterals` for those written as literals). */
  private opts(e: A.CallExpression, index: number, env: Env, ctx: Ctx, known: string[], what: string): Record<string, AV> {
    const a = e.arguments[index];
    const values: Record<string, AV> = {};
    if (!a) return values;
    if (a.type !== "ObjectExpression") {
      const v = this.expr(a as A.Expression, env, ctx);
      if (v.k === "obj") Object.assign(values, v.props);
      return values;
    }
    for (const p of a.properties) {
      if (p.type === "SpreadElement") {
        const v = this.expr(p.argument, env, ctx);
        if (v.k === "obj") Object.assign(values, v.props);
        continue;
      }
      const key = !p.computed && p.key.type === "Identifier" ? p.key.name : !p.computed && p.key.type === "StringLiteral" ? p.key.value : undefined;
      if (key === undefined) continue;
      if (this.muted === 0 && !known.includes(key)) {
        const hint = didYouMean(key, known);
        this.once("WF2002", p.key.span, () =>
          this.r.error("WF2002", p.key.span, `unknown ${what} option \`${key}\``, { help: hint ? `did you mean \`${hint}\`?` : `${what} options are ${known.join(", ")}` }),
        );
      }
      values[key] = this.expr(p.value, env, ctx);
    }
    return values;
  }

  private agentCall(e: A.CallExpression, env: Env, ctx: Ctx): AV {
    const promptNode = e.arguments[0];
    // The prompt's parts, for the stage's record (not made on a muted pass).
    const holes: AV[] | undefined = this.muted > 0 ? undefined : [];
    const promptAv = promptNode && promptNode.type !== "SpreadElement" ? this.await(holes ? this.promptExpr(promptNode, env, ctx, holes) : this.expr(promptNode, env, ctx)) : str("");
    const values = this.opts(e, 1, env, ctx, agentOptionNames, "`agent`");
    const id = joinId(ctx.prefix, this.sites.rel.get(e) ?? "agent");
    const labelV = values["label"];
    const label = labelV?.k === "str" && labelV.v !== undefined ? labelV.v : staticLabel(optionNode(e, 1, "label")) ?? id.split("/").pop()!;

    // Options, with mistyped values reported.
    const numOpt = (k: "maxTokens" | "timeoutMs" | "attempts" | "inputTokens", max?: number): number | undefined => {
      const v = values[k];
      if (!v) return undefined;
      if (v.k !== "num" || v.v === undefined || !(v.v > 0) || !Number.isInteger(v.v)) {
        this.once("WF2003", e.span, () => this.r.error("WF2003", optionNode(e, 1, k)?.span ?? e.span, `\`${k}\` must be a positive whole number known before the run`, { help: `write a literal, e.g. \`${k}: ${AGENT_DEFAULTS[k as "maxTokens"] ?? 1000}\`` }));
        return undefined;
      }
      if (max !== undefined && v.v > max) {
        this.once("WF2003", e.span, () => this.r.error("WF2003", optionNode(e, 1, k)?.span ?? e.span, `\`${k}\` is at most ${max}`));
        return max;
      }
      return v.v;
    };
    const maxTokens = numOpt("maxTokens") ?? this.defaults.maxTokens;
    // A muted pass only needs the value of the result: the rest is the stage and its record.
    if (this.muted > 0) return this.agentResult(this.agentSchema(e, values, optionLiterals(e, 1, "schema")), maxTokens, label, id, undefined);
    const literals = optionLiterals(e, 1);

    const phaseV = values["phase"];
    const phase = phaseV?.k === "str" && phaseV.v !== undefined ? phaseV.v : ctx.phase;
    const stage = newStage("agent", id, label, ctx.container, e.span, phase);
    if (this.escapes(e)) this.markOverlap(ctx);
    const timeoutMs = numOpt("timeoutMs") ?? this.defaults.timeoutMs;
    const attempts = numOpt("attempts", 10) ?? this.defaults.attempts;
    const declaredInput = numOpt("inputTokens");
    const modelV = values["model"];
    const written = modelV?.k === "str" && modelV.v !== undefined ? modelV.v : modelV ? undefined : this.defaults.model;
    if (modelV && !(modelV.k === "str" && modelV.v !== undefined)) {
      this.once("WF2003", e.span, () => this.r.error("WF2003", optionNode(e, 1, "model")?.span ?? e.span, "`model` must be a string known before the run", { help: "write `model: 'haiku'`, `'sonnet'` or `'opus'`" }));
    }
    const pricing = this.options.pricing;
    const priced = written ? resolveModel(pricing, written) : mostExpensive(pricing);
    if (written && !pricing.prices[priced]) {
      const hint = didYouMean(written, [...Object.keys(pricing.aliases), ...Object.keys(pricing.prices)]);
      this.once("WF2003", e.span, () =>
        this.r.error("WF2003", optionNode(e, 1, "model")?.span ?? e.span, `unknown model \`${written}\``, { help: hint ? `did you mean \`${hint}\`?` : "use an alias (`opus`, `sonnet`, `haiku`) or add the model to `pricing` in wfc.config.json" }),
      );
    }
    const effortV = values["effort"];
    stage.model = modelV ? written ?? null : this.defaults.model ?? null;
    stage.pricedModel = priced;
    stage.effort = effortV?.k === "str" && effortV.v !== undefined ? effortV.v : null;
    stage.attempts = attempts;
    stage.timeoutMs = timeoutMs;
    stage.outTokens = maxTokens;

    const schema = this.agentSchema(e, values, literals);
    stage.schema = schema;
    const prompt = this.promptInfo(promptNode, holes!);
    const result = this.agentResult(schema, maxTokens, label, id, stage);

    const options: Record<string, unknown> = {};
    for (const k of Object.keys(literals)) if (k !== "schema" && k !== "label") options[k] = literals[k];
    stage.options = options;

    // Prompt: static text plus a bound per hole.
    stage.prompt = prompt.info;
    addReads(stage, promptAv.from);
    const schemaTokens = schema ? Math.ceil(JSON.stringify(schema).length / CHARS_PER_TOKEN) : 0;
    let inTokens = prompt.tokens + schemaTokens + REQUEST_OVERHEAD_TOKENS;
    let why = `${prompt.info.staticChars} static characters at ${CHARS_PER_TOKEN} per token, ${prompt.info.holes.length} interpolated value(s), ${schemaTokens} for the schema, ${REQUEST_OVERHEAD_TOKENS} for the request framing`;
    if (declaredInput !== undefined) {
      inTokens = declaredInput;
      why = `declared with \`inputTokens: ${declaredInput}\``;
    } else if (!Number.isFinite(inTokens)) {
      const hole = prompt.info.holes.find((h) => !Number.isFinite(h.maxChars));
      this.once("WF3105", promptNode?.span ?? e.span, () =>
        this.r.error("WF3105", promptNode?.span ?? e.span, `the prompt's size has no bound: \`${hole?.expression ?? "?"}\` can be any length`, {
          label: "size unknown",
          notes: [hole?.because ?? "an interpolated value has no bound"],
          help: `bound it: \`maxLength\` in its schema, \`.slice(0, N)\`, or declare the prompt size with \`inputTokens: N\`${fromArgs(hole?.because) ? GIVEN_ARGS_HINT : ""}`,
        }),
      );
      inTokens = REQUEST_OVERHEAD_TOKENS + schemaTokens + Math.ceil(prompt.info.staticChars / CHARS_PER_TOKEN);
      why += " (unbounded values counted as 0: the bound is not sound until they are bounded)";
    }
    stage.inTokens = inTokens;
    stage.derivations.push(
      { quantity: "inputTokens", value: inTokens, because: why },
      { quantity: "outputTokens", value: maxTokens, because: values["maxTokens"] ? "`maxTokens` as written" : `the default maxTokens (${maxTokens})` },
      { quantity: "attempts", value: attempts, because: values["attempts"] ? "`attempts` as written" : `the default (${attempts}): schema-invalid or transiently failed answers are re-asked` },
      { quantity: "latencyMs", value: timeoutMs * attempts, because: `timeout ${timeoutMs} ms per attempt × ${attempts} attempts` },
      { quantity: "model", value: 0, because: written ? `\`${written}\` priced as ${priced}` : `inherits the session model: priced as ${priced}, the most expensive known model` },
    );
    return result;
  }

  /** An agent call's schema: checked (unless muted: checking only reports), and the source of the result's shape. */
  private agentSchema(e: A.CallExpression, values: Record<string, AV>, literals: Record<string, unknown>): unknown {
    if (!values["schema"]) return null;
    const lit = literals["schema"] ?? literalFromAv(values["schema"]);
    if (lit === undefined) {
      this.once("WF4003", e.span, () => this.r.error("WF4003", optionNode(e, 1, "schema")?.span ?? e.span, "`schema` must be a literal object (or a `const` bound to one)", { help: "declare the schema as a `const` object literal" }));
      return null;
    }
    if (this.muted === 0) checkSchema(lit, optionNode(e, 1, "schema")?.span ?? e.span, this.r, (code, span, f) => this.once(code, span, f));
    return lit;
  }

  /**
   * The promise an agent call returns: its schema's shape (or text), or null. (`join(value, NULL)`
   * would be a copy of `value`: a join with null keeps the other side, and `value` is new.)
   */
  private agentResult(schema: unknown, maxTokens: number, label: string, id: string, stage: Stage | undefined): AV {
    const value = schema ? fromSchema(schema, maxTokens, `the output of \`${label}\``, [id]) : strBound(maxTokens * MAX_CHARS_PER_TOKEN, maxTokens, `the text output of \`${label}\` (at most ${maxTokens} tokens)`, [id]);
    return stage ? { k: "promise", value, stage, from: [id] } : { k: "promise", value, from: [id] };
  }

  /** The prompt's record: its static text, and a bound per hole from the values `promptExpr` collected. */
  private promptInfo(node: A.Expression | A.SpreadElement | undefined, values: AV[]): { info: { template: string; staticChars: number; holes: PromptHole[] }; tokens: number } {
    if (!node || node.type === "SpreadElement") return { info: { template: "", staticChars: 0, holes: [] }, tokens: 0 };
    const holes: PromptHole[] = [];
    let staticChars = 0;
    let template = "";
    const parts = flattenConcat(node);
    let next = 0;
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
            const v = this.await(values[next++]!);
            const b = textBound(v);
            const exprText = textOf(this.source, x);
            holes.push({ expression: exprText, maxChars: b.chars, because: b.why });
            template += "${" + exprText + "}";
          }
        });
      } else {
        const v = this.await(values[next++]!);
        const b = textBound(v);
        const exprText = textOf(this.source, part);
        holes.push({ expression: exprText, maxChars: b.chars, because: b.why });
        template += "${" + exprText + "}";
      }
    }
    const holeTokens = holes.reduce((s, h) => s + Math.ceil(h.maxChars / CHARS_PER_TOKEN), 0);
    return { info: { template, staticChars, holes }, tokens: Math.ceil(staticChars / CHARS_PER_TOKEN) + holeTokens };
  }

  private thunksOf(v: AV, callSpan: A.Span, what: string, receiver?: A.Node & { span: A.Span }): { width: number; why: string; fns: Extract<AV, { k: "fn" }>[]; hetero: boolean } | undefined {
    if (v.k === "any") {
      const at = receiver?.span ?? callSpan;
      this.once("WF3101", at, () =>
        this.r.error("WF3101", at, receiver ? `\`${what}\` over \`${this.text(receiver)}\`, which has no known bound` : `\`${what}\` over a value with no known bound`, {
          label: "length unknown",
          notes: [`it comes from ${v.why}`],
          help: "declare the input's schema in `meta.args` with `maxItems`, or take `.slice(0, N)` (and `log` what was dropped)",
        }),
      );
      return undefined;
    }
    if (v.k !== "arr") {
      this.once("WF2004", callSpan, () => this.r.error("WF2004", callSpan, `\`${what}\` takes an array of thunks`, { help: "write `parallel(items.map((x) => () => agent(…)))`" }));
      return undefined;
    }
    const elems = v.items ?? [v.elem];
    const fns = elems.filter((x): x is Extract<AV, { k: "fn" }> => x.k === "fn");
    if (fns.length === 0 && (v.max > 0 || elems.length > 0)) {
      const promises = elems.some((x) => x.k === "promise");
      this.once("WF2004", callSpan, () =>
        this.r.error("WF2004", callSpan, promises ? `\`${what}\` takes thunks, but these are already-started promises` : `\`${what}\` takes an array of thunks`, {
          help: "wrap each call in a thunk: `() => agent(…)`, so the runtime can schedule it",
        }),
      );
      return undefined;
    }
    // Distinct thunks (`[() => a(), () => b()]`) are separate children; one thunk repeated (`xs.map(x => () => …)`,
    // even over a literal list) is a template run `width` times.
    const distinct = new Set(fns.map((f) => f.node));
    return { width: v.max, why: v.why, fns: distinct.size > 1 ? fns : fns.slice(0, 1), hetero: distinct.size > 1 };
  }

  private checkWidth(width: number, why: string, node: A.Node & { span: A.Span }, what: string): number {
    if (width === Infinity) {
      this.once("WF3101", node.span, () =>
        this.r.error("WF3101", node.span, `${what} over \`${this.text(node)}\` has no bound`, {
          label: "length unknown",
          notes: [why],
          help: `add \`maxItems\` to the schema it comes from, or take \`.slice(0, N)\` (and \`log\` what was dropped)${fromArgs(why) ? GIVEN_ARGS_HINT : ""}`,
        }),
      );
      return 1;
    }
    if (width > MAX_PARALLEL_ITEMS) {
      this.once("WF3102", node.span, () =>
        this.r.error("WF3102", node.span, `${what} can have ${width.toLocaleString("en-US")} items; one fan-out takes at most ${MAX_PARALLEL_ITEMS.toLocaleString("en-US")}`, {
          notes: [why],
          help: "split the work into batches, or slice the input",
        }),
      );
      return Math.min(width, this.fanOutCap);
    }
    if (width > this.fanOutCap) {
      const tier = this.options.effort ?? this.meta?.effort;
      this.once("WF3204", node.span, () =>
        this.r.error(
          "WF3204",
          node.span,
          tier
            ? `${what} can have ${width.toLocaleString("en-US")} items, above the \`${tier}\` effort tier's cap of ${this.fanOutCap}`
            : `${what} can have ${width.toLocaleString("en-US")} items; a run makes at most ${this.fanOutCap.toLocaleString("en-US")} agent calls`,
          { notes: [why], help: tier && tier !== "high" ? `slice it to ${this.fanOutCap} items, or raise \`meta.effort\`` : `slice it to at most ${this.fanOutCap.toLocaleString("en-US")} items` },
        ),
      );
      return this.fanOutCap;
    }
    return width;
  }

  private parallelCall(e: A.CallExpression, env: Env, ctx: Ctx): AV {
    const argNode = e.arguments[0];
    const arr = argNode && argNode.type !== "SpreadElement" ? this.expr(argNode, env, ctx) : ANY("no argument");
    const id = joinId(ctx.prefix, this.sites.rel.get(e) ?? "parallel");
    const stage = newStage("parallel", id, id.split("/").pop()!, ctx.container, e.span, ctx.phase);
    const t = this.thunksOf(arr, argNode?.span ?? e.span, "parallel", mapReceiver(argNode));
    if (!t) return { k: "promise", value: { k: "arr", max: Infinity, elem: ANY("parallel's results"), why: "invalid parallel" } };
    const width = this.checkWidth(t.width, t.why, mapReceiver(argNode) ?? argNode ?? e, "`parallel`");
    stage.width = width;
    stage.derivations.push({ quantity: "width", value: width, because: t.why });
    const results: AV[] = [];
    if (t.hetero) {
      // A literal list of different thunks: each is its own child, counted once.
      t.fns.forEach((fn, i) => {
        const child = newStage("serial", `${id}/${i}`, `thunk ${i + 1}`, stage, fn.node.span, ctx.phase);
        results.push(this.await(this.invoke(fn, [], inContainer(ctx, child), fn.prefix)));
      });
      stage.hetero = true;
    } else {
      const child = newStage("serial", `${id}/item`, "item", stage, e.span, ctx.phase);
      for (const fn of t.fns) results.push(this.await(this.invoke(fn, [], inContainer(ctx, child), fn.prefix)));
    }
    const elem = join(results.length ? results.reduce((a, b) => join(a, b)) : UNDEF, NULL);
    const items = t.hetero ? results.map((x) => join(x, NULL)) : undefined;
    return { k: "promise", value: { k: "arr", max: width, elem, why: `the results of \`parallel\` (${t.why})`, ...(items ? { items } : {}), ...(elem.from ? { from: elem.from } : {}) } };
  }

  private pipelineCall(e: A.CallExpression, env: Env, ctx: Ctx): AV {
    const [itemsNode, ...stageNodes] = e.arguments;
    const items = itemsNode && itemsNode.type !== "SpreadElement" ? this.await(this.expr(itemsNode, env, ctx)) : ANY("no items");
    const id = joinId(ctx.prefix, this.sites.rel.get(e) ?? "pipeline");
    const stage = newStage("pipeline", id, id.split("/").pop()!, ctx.container, e.span, ctx.phase);
    const rawWidth = items.k === "arr" ? items.max : Infinity;
    const why = items.k === "arr" ? items.why : `\`${itemsNode ? this.text(itemsNode) : "?"}\` is not a bounded array`;
    const width = this.checkWidth(rawWidth, why, itemsNode ?? e, "`pipeline`");
    stage.width = width;
    stage.derivations.push({ quantity: "width", value: width, because: why });
    const child = newStage("serial", `${id}/item`, "item", stage, e.span, ctx.phase);
    const elem = items.k === "arr" ? withFrom(items.elem, items.from) : ANY("an item");
    let prev: AV = elem;
    stageNodes.forEach((sn) => {
      if (sn.type === "SpreadElement") return;
      const fn = this.expr(sn, env, ctx);
      if (fn.k !== "fn") {
        this.once("WF2004", sn.span, () => this.r.error("WF2004", sn.span, "each `pipeline` stage must be a function `(prev, item, index) => …`"));
        return;
      }
      const prefix = runsUnder(fn, id);
      prev = join(this.await(this.invoke(fn, [prev, elem, { k: "num", max: width }], inContainer(ctx, child), prefix)), NULL);
    });
    return { k: "promise", value: { k: "arr", max: width, elem: prev, why: `the results of \`pipeline\` (${why})`, ...(prev.from ? { from: prev.from } : {}) } };
  }

  private gateCall(e: A.CallExpression, env: Env, ctx: Ctx): AV {
    const [valueNode, checkNode] = e.arguments;
    const values = this.opts(e, 2, env, ctx, gateOptionNames, "`gate`");
    const literals = optionLiterals(e, 2);
    const onFail = literals["onFail"];
    if (onFail !== "drop" && onFail !== "abort" && onFail !== "retry") {
      this.once("WF2003", e.span, () =>
        this.r.error("WF2003", optionNode(e, 2, "onFail")?.span ?? e.span, "`gate` needs a static `onFail`: `'drop'`, `'abort'` or `'retry'`", { help: "e.g. `gate(x, check, { onFail: 'drop' })`" }),
      );
    }
    const policy = onFail === "abort" || onFail === "retry" ? onFail : "drop";
    const each = literals["each"] === true;
    let attempts = 1;
    if (policy === "retry") {
      const a = values["attempts"];
      if (!a || a.k !== "num" || a.v === undefined || a.v < 1 || !Number.isInteger(a.v)) {
        this.once("WF3104", e.span, () => this.r.error("WF3104", optionNode(e, 2, "attempts")?.span ?? e.span, "`gate` with `onFail: 'retry'` needs a static `attempts`", { help: "add `attempts: 3` (at most 10)" }));
      } else if (a.v > 10) {
        this.once("WF3104", e.span, () => this.r.error("WF3104", optionNode(e, 2, "attempts")?.span ?? e.span, `\`gate\` allows at most 10 attempts, not ${a.v}`, { help: "lower `attempts` to 10 or fewer" }));
        attempts = 10;
      } else attempts = a.v;
      if (each) {
        this.once("WF2003", e.span, () =>
          this.r.error("WF2003", optionNode(e, 2, "each")?.span ?? e.span, "`each: true` cannot be combined with `onFail: 'retry'`", {
            help: "gate each item with `onFail: 'drop'`, or retry the producer of the whole list",
          }),
        );
      }
    }
    const id = joinId(ctx.prefix, this.sites.rel.get(e) ?? "gate");
    const stage = newStage("gate", id, staticLabel(optionNode(e, 2, "label")) ?? id.split("/").pop()!, ctx.container, e.span, ctx.phase);
    const checkFn = checkNode && checkNode.type !== "SpreadElement" ? this.expr(checkNode, env, ctx) : ANY("no check");
    const checkUsesAgents = (): boolean => stage.children.some(hasAgents);
    let value = valueNode && valueNode.type !== "SpreadElement" ? this.expr(valueNode, env, ctx) : UNDEF;
    let result: AV;
    if (policy === "retry") {
      stage.attempts = attempts;
      stage.derivations.push({ quantity: "attempts", value: attempts, because: "`attempts` as written" });
      const body = newStage("serial", `${id}/attempt`, "attempt", stage, e.span, ctx.phase);
      if (value.k === "fn") value = this.await(this.invoke(value, [], inContainer(ctx, body), value.prefix));
      else this.once("WF2003", e.span, () => this.r.error("WF2003", valueNode?.span ?? e.span, "with `onFail: 'retry'` the gate's value must be a thunk `() => …` that produces it again"));
      if (checkFn.k === "fn") this.invoke(checkFn, [value], inContainer(ctx, body), runsUnder(checkFn, id));
      result = join(value, NULL);
    } else if (each) {
      value = this.await(value);
      const rawWidth = value.k === "arr" ? value.max : Infinity;
      const why = value.k === "arr" ? value.why : "the gated value is not a bounded array";
      const body = newStage("serial", `${id}/item`, "item", stage, e.span, ctx.phase);
      const elem = value.k === "arr" ? withFrom(value.elem, value.from) : ANY("an item");
      if (checkFn.k === "fn") this.invoke(checkFn, [elem, { k: "num", max: rawWidth }], inContainer(ctx, body), runsUnder(checkFn, id));
      // A predicate gate starts no agents: only agent checks are a fan-out the caps apply to.
      const width = hasAgents(body) ? this.checkWidth(rawWidth, why, valueNode ?? e, "`gate` with `each`") : Number.isFinite(rawWidth) ? rawWidth : 1;
      stage.width = width;
      stage.derivations.push({ quantity: "width", value: width, because: why });
      result = value.k === "arr" ? withWhy(value, `the items that passed \`${stage.label}\` (${value.why})`) : value;
    } else {
      value = this.await(value);
      const body = newStage("serial", `${id}/check`, "check", stage, e.span, ctx.phase);
      if (checkFn.k === "fn") this.invoke(checkFn, [value], inContainer(ctx, body), runsUnder(checkFn, id));
      result = policy === "drop" ? join(value, NULL) : value;
    }
    if (checkFn.k !== "fn") this.once("WF2003", e.span, () => this.r.error("WF2003", checkNode?.span ?? e.span, "`gate` needs a check function `(value) => boolean`"));
    stage.gate = { check: checkUsesAgents() ? "agent" : "predicate", onFail: policy, attempts: policy === "retry" ? attempts : 1 };
    addReads(stage, value.from);
    // A gated value is verified: its provenance is the gate, which lints use to see verification.
    return { k: "promise", value: copyAv(result, [id]), stage, from: [id] };
  }

  private retryCall(e: A.CallExpression, env: Env, ctx: Ctx): AV {
    const thunk = e.arguments[0] && e.arguments[0].type !== "SpreadElement" ? this.expr(e.arguments[0], env, ctx) : ANY("no thunk");
    const values = this.opts(e, 1, env, ctx, retryOptionNames, "`retry`");
    const a = values["attempts"];
    let attempts = 1;
    if (!a || a.k !== "num" || a.v === undefined || a.v < 1) {
      this.once("WF3104", e.span, () => this.r.error("WF3104", e.span, "`retry` needs a static `attempts`", { help: "write `retry(() => …, { attempts: 3 })` (at most 10)" }));
    } else if (a.v > 10) {
      this.once("WF3104", e.span, () => this.r.error("WF3104", e.span, "`retry` allows at most 10 attempts"));
      attempts = 10;
    } else attempts = a.v;
    const id = joinId(ctx.prefix, this.sites.rel.get(e) ?? "retry");
    const stage = newStage("retry", id, id.split("/").pop()!, ctx.container, e.span, ctx.phase);
    stage.attempts = attempts;
    stage.derivations.push({ quantity: "attempts", value: attempts, because: "`attempts` as written" });
    // The runtime waits backoffMs × factor^n after failed attempt n (n < attempts − 1); an option
    // not known before the run is taken at the largest value the runtime accepts.
    const known = (v: AV | undefined): number | undefined => (v?.k === "num" ? (v.v ?? v.max) : undefined);
    const backoff = values["backoffMs"] ? Math.min(known(values["backoffMs"]) ?? Infinity, RETRY_BACKOFF.maxMs) : RETRY_BACKOFF.defaultMs;
    const factor = values["factor"] ? Math.min(known(values["factor"]) ?? Infinity, RETRY_BACKOFF.maxFactor) : RETRY_BACKOFF.defaultFactor;
    let waitMs = 0;
    for (let n = 0; n < attempts - 1; n++) waitMs += backoff * factor ** n;
    if (waitMs > 0) {
      stage.waitMs = waitMs;
      stage.derivations.push({ quantity: "latencyMs", value: waitMs, because: `backoff between attempts: ${backoff} ms × ${factor}^n after attempt n + 1, ${attempts - 1} time(s)` });
    }
    const body = newStage("serial", `${id}/attempt`, "attempt", stage, e.span, ctx.phase);
    const v = thunk.k === "fn" ? this.await(this.invoke(thunk, [], inContainer(ctx, body), runsUnder(thunk, id))) : ANY("not a thunk");
    if (thunk.k !== "fn") this.once("WF2003", e.span, () => this.r.error("WF2003", e.arguments[0]?.span ?? e.span, "`retry` takes a thunk `() => …`"));
    return { k: "promise", value: join(v, NULL), stage, ...(v.from ? { from: v.from } : {}) };
  }

  private workflowCall(e: A.CallExpression, env: Env, ctx: Ctx): AV {
    const nameNode = e.arguments[0];
    const nameV = nameNode && nameNode.type !== "SpreadElement" ? this.expr(nameNode, env, ctx) : UNDEF;
    if (e.arguments[1] && e.arguments[1].type !== "SpreadElement") this.expr(e.arguments[1], env, ctx);
    const id = joinId(ctx.prefix, this.sites.rel.get(e) ?? "workflow");
    const stage = newStage("workflow", id, id.split("/").pop()!, ctx.container, e.span, ctx.phase);
    if (nameV.k !== "str" || nameV.v === undefined) {
      this.once("WF2003", e.span, () => this.r.error("WF2003", nameNode?.span ?? e.span, "`workflow` needs the plan's name as a string literal"));
      return { k: "promise", value: ANY("a nested workflow's answer"), stage };
    }
    stage.workflow = nameV.v;
    const loaded = this.options.loadWorkflow?.(nameV.v);
    const cycle = loaded?.code === "WF3001";
    if ((this.options.depth ?? 0) >= 1 && !cycle) {
      this.once("WF3002", e.span, () => this.r.error("WF3002", e.span, `\`workflow('${nameV.v}')\` nests a second level; workflows nest one level at most`, { help: "call it from the top-level plan instead" }));
    }
    if (!loaded) {
      this.once("WF3003", e.span, () => this.r.error("WF3003", nameNode!.span, `no plan named \`${nameV.v}\` (looked for \`${nameV.v}.wf.js\` beside this plan)`, { help: "check the name, or add the plan file" }));
    } else if (loaded.error) {
      const code = loaded.code ?? "WF3003";
      this.once(code, e.span, () =>
        this.r.error(code, nameNode!.span, loaded.error!, {
          help:
            code === "WF3001"
              ? "plans cannot call each other in a loop: move the shared work into one of them"
              : code === "WF3002"
                ? "a nested plan may not call `workflow()` itself: call both plans from this one"
                : `run \`wfc check ${nameV.v}.wf.js\` to see its errors`,
        }),
      );
    } else {
      stage.nested = loaded.bounds;
      stage.derivations.push({ quantity: "agents", value: loaded.bounds.agents, because: `the worst case of \`${nameV.v}.wf.js\`` });
    }
    return { k: "promise", value: stampFrom(ANY(`the answer of workflow \`${nameV.v}\``), [id]), stage, from: [id] };
  }

  // ------------------------------------------------------------------ builtins and methods

  private builtin(path: string, e: A.CallExpression, env: Env, ctx: Ctx): AV {
    const args = e.arguments.map((a) => this.await(this.expr(a.type === "SpreadElement" ? a.argument : a, env, ctx)));
    const a0 = args[0] ?? UNDEF;
    switch (path) {
      case "JSON.stringify": {
        const b = textBound(a0, true);
        const pretty = args[2] !== undefined ? 2 : 1;
        return stampFrom({ k: "str", chars: b.chars * pretty, tokens: b.tokens * pretty, why: `JSON of ${b.why}` }, a0.from);
      }
      case "JSON.parse": {
        // `typeof args === 'string' ? JSON.parse(args) : args`: the parsed args have args' schema.
        const argsAv = env.lookup("args")?.av;
        if (argsAv && a0 === argsAv) return argsAv;
        return stampFrom(ANY("parsed JSON"), a0.from);
      }
      case "Object.keys":
      case "Object.values":
      case "Object.entries": {
        // The named fields, and those added under computed keys (`keyed`), whose keys and values
        // are bounded by what was assigned.
        const named = a0.k === "obj" ? Object.entries(a0.props) : [];
        const keyed = a0.k === "obj" ? a0.keyed : undefined;
        const closed = a0.k === "obj" && a0.closed;
        const max = closed ? named.length + (keyed?.max ?? 0) : Infinity;
        // A computed key is the string it was, or a number's digits; anything else has no bound.
        const keyOf = (kAv: AV): AV => (kAv.k === "str" ? inexact(kAv) : kAv.k === "num" ? strBound(24, 8) : stampFrom(ANY("a computed key"), kAv.from));
        let keyElem: AV | undefined = named.length ? strBound(200, 70) : undefined;
        let valElem: AV | undefined = named.length ? named.map(([, v]) => v).reduce((a, b) => join(a, b)) : undefined;
        if (keyed && keyed.max > 0) {
          keyElem = keyElem ? join(keyElem, keyOf(entryPart(keyed.elem, 0))) : keyOf(entryPart(keyed.elem, 0));
          valElem = valElem ? join(valElem, keyedValue(keyed)) : keyedValue(keyed);
        }
        if (!closed) {
          keyElem = strBound(200, 70);
          valElem = ANY("a field");
        }
        const why = !closed ? "the fields of an object with unknown fields" : keyed && keyed.max > 0 ? `the fields of an object: ${named.length} named, ${keyed.why}` : "the fields of a known object";
        const elem = path === "Object.keys" ? (keyElem ?? UNDEF) : path === "Object.values" ? (valElem ?? UNDEF) : ({ k: "arr", max: 2, elem: join(keyElem ?? UNDEF, valElem ?? UNDEF), why: "an entry", items: [keyElem ?? UNDEF, valElem ?? UNDEF] } as AV);
        return stampFrom({ k: "arr", max, elem, why }, fromOf(a0, keyed));
      }
      case "Object.assign": {
        if (a0.k !== "obj") return stampFrom({ k: "obj", props: {}, closed: false }, fromOf(...args));
        // Copies the sources' fields into the target, in place.
        const spread = e.arguments.some((a) => a.type === "SpreadElement");
        for (const src of args.slice(1)) {
          if (src.k === "obj" && !spread) {
            for (const [k, v] of Object.entries(src.props)) a0.props[k] = a0.props[k] ? join(a0.props[k]!, v) : v;
            if (src.keyed && src.keyed.max > 0) {
              const keyed = this.keyedOf(a0);
              this.addItems(keyed, { max: src.keyed.max, elem: src.keyed.elem }, "plus fields copied by `Object.assign`", fromOf(keyed, src.keyed));
            }
            if (!src.closed) a0.closed = false;
          } else if (spread || (src.k !== "null" && src.k !== "undef")) a0.closed = false;
        }
        return a0;
      }
      case "Object.fromEntries": {
        // As many fields as entries, each under a key known only by its bound.
        if (a0.k !== "arr") return stampFrom({ k: "obj", props: {}, closed: false }, fromOf(...args));
        const keyed = stampFrom({ k: "arr", max: a0.max, elem: a0.elem, why: `one per entry of ${a0.why}` }, a0.from) as ArrAV;
        return stampFrom({ k: "obj", props: {}, closed: true, keyed }, a0.from);
      }
      case "Array.isArray":
      case "Number.isFinite":
      case "Number.isInteger":
        return BOOL;
      case "Array.from": {
        const items: AV =
          a0.k === "arr"
            ? a0.coll
              ? stampFrom({ k: "arr", max: a0.max, elem: a0.elem, why: a0.why }, a0.from)
              : a0
            : a0.k === "obj" && a0.props["length"]?.k === "num"
              ? { k: "arr", max: a0.props["length"].max, elem: UNDEF, why: "`Array.from({ length })`" }
              : stampFrom({ k: "arr", max: Infinity, elem: ANY("an element"), why: "`Array.from` of an unbounded value" }, a0.from);
        // `Array.from(src, fn)` is `.map(fn)` over the items: same fan-out, same per-item ids.
        return args[1] && items.k === "arr" ? this.arrayMethod(items, "map", e, (i) => args[i + 1] ?? UNDEF, ctx) : items;
      }
      case "Math.min": {
        const ms = args.map((a) => (a.k === "num" ? a.max : Infinity));
        const vs = args.map((a) => (a.k === "num" ? a.v : undefined));
        return vs.every((v) => v !== undefined) ? num(Math.min(...(vs as number[]))) : { k: "num", max: Math.min(...ms) };
      }
      case "Math.max": {
        const vs = args.map((a) => (a.k === "num" ? a.v : undefined));
        return vs.every((v) => v !== undefined) ? num(Math.max(...(vs as number[]))) : { k: "num", max: Math.max(...args.map((a) => (a.k === "num" ? a.max : Infinity))) };
      }
      case "Math.ceil":
      case "Math.floor":
      case "Math.round":
      case "Math.abs": {
        if (a0.k === "num" && a0.v !== undefined) return num((Math as unknown as Record<string, (x: number) => number>)[path.slice(5)]!(a0.v));
        return a0.k === "num" ? { k: "num", max: Math.ceil(a0.max) } : num();
      }
      case "Promise.all":
        // Promise.all over started promises: they already run concurrently; mark the container.
        ctx.container.concurrent = true;
        if (a0.k === "arr") {
          const all = copyAv(a0);
          all.elem = this.await(a0.elem);
          if (a0.items) all.items = a0.items.map((x) => this.await(x));
          return { k: "promise", value: all };
        }
        return { k: "promise", value: ANY("Promise.all of an unknown value") };
      case "Promise.allSettled": {
        // Like Promise.all, each outcome wrapped: `{ status, value }` or `{ status, reason }`.
        ctx.container.concurrent = true;
        if (a0.k !== "arr") return { k: "promise", value: ANY("Promise.allSettled of an unknown value") };
        const outcome: AV = { k: "obj", props: { status: strBound(9, 3), value: join(this.await(a0.elem), UNDEF), reason: join(errorValue(), UNDEF) }, closed: true };
        return { k: "promise", value: { k: "arr", max: a0.max, elem: outcome, why: a0.why } };
      }
      default:
        if (path.startsWith("console.")) return UNDEF;
        if (path.startsWith("Math.")) return num();
        return stampFrom(ANY(`\`${path}()\``), fromOf(...args));
    }
  }

  private method(recv: AV, name: string, e: A.CallExpression, env: Env, ctx: Ctx): AV {
    const argNodes = e.arguments;
    const argAv = (i: number): AV => {
      const a = argNodes[i];
      return a ? this.expr(a.type === "SpreadElement" ? a.argument : a, env, ctx) : UNDEF;
    };
    if (recv.k === "promise") {
      if (name === "then" || name === "catch" || name === "finally") {
        const cb = argAv(0);
        if (name === "then" && cb.k === "fn") {
          const out = this.invoke(cb, [recv.value], ctx, runsUnder(cb, ctx.prefix));
          return { k: "promise", value: this.await(out), ...(out.from ? { from: out.from } : {}) };
        }
        if (cb.k === "fn") this.invoke(cb, [errorValue()], ctx, cb.prefix);
        return recv;
      }
      return ANY("a method of a promise");
    }
    if (recv.k === "arr" && recv.coll) {
      const known = recv.coll === "set" ? setMethods : mapMethods;
      if (known.has(name)) return this.collectionMethod(recv, name, e, argAv, ctx);
    }
    if ((recv.k === "arr" && !(recv.coll ? (recv.coll === "set" ? setMethods : mapMethods) : arrayMethods).has(name)) || (recv.k === "str" && !stringMethods.has(name))) {
      const [kind, known] = recv.k === "arr" ? (recv.coll === "set" ? ["Set", setMethods] : recv.coll === "map" ? ["Map", mapMethods] : ["array", arrayMethods]) : ["string", stringMethods];
      const at = e.callee.type === "MemberExpression" ? e.callee.property.span : e.span;
      const hint = didYouMean(name, [...known]);
      this.once("WF1003", at, () =>
        this.r.error("WF1003", at, `\`.${name}()\` is not a method of ${kind}s in plans`, {
          label: "not in the language",
          help: hint ? `did you mean \`.${hint}()\`? (see "Methods" in the language reference)` : `${kind}s have ${[...known].map((m) => `\`${m}\``).join(", ")}`,
        }),
      );
      argNodes.forEach((_, i) => argAv(i));
      return stampFrom(ANY(`\`.${name}()\` of ${kind === "array" ? "an array" : kind === "string" ? "a string" : `a ${kind}`}`), recv.from);
    }
    if (recv.k === "arr") return this.arrayMethod(recv, name, e, argAv, ctx);
    // An unknown receiver used as an array (`(input.files ?? []).slice(0, 30)`, `x.map(…)`): treat it
    // as an array of unknown length, so a static slice still bounds it and callbacks are still
    // interpreted (their agents become stages; an unbounded fan-out is reported once, where it is used).
    if (recv.k === "any" && arrayMethodNames.has(name)) {
      return this.arrayMethod({ k: "arr", max: Infinity, elem: ANY(`an element of ${recv.why}`), why: `${recv.why} is not known to be a bounded array`, ...(recv.from ? { from: recv.from } : {}) }, name, e, argAv, ctx);
    }
    if (recv.k === "str") {
      const args = argNodes.map((_, i) => argAv(i));
      switch (name) {
        case "slice":
        case "substring":
        case "substr": {
          const a = args[0];
          const b = args[1];
          if (a?.k === "num" && a.v !== undefined && b?.k === "num" && b.v !== undefined) {
            const n = Math.max(0, b.v - Math.max(0, a.v));
            return stampFrom({ k: "str", chars: Math.min(recv.chars, n), tokens: Math.min(recv.tokens, Math.ceil(n / 1) ), why: `\`.slice(${a.v}, ${b.v})\`` }, recv.from);
          }
          return recv;
        }
        case "split": {
          // A string separator cuts a string of n characters into at most n + 1 pieces (a limit, fewer);
          // a regex's capture groups add pieces of their own, so a regex separator has no such bound.
          const [sep, limit] = args;
          const most = limit?.k === "num" && limit.v !== undefined ? Math.max(0, limit.v) : Infinity;
          if (recv.v !== undefined && sep?.k === "str" && sep.v !== undefined) {
            const items = recv.v.split(sep.v, Number.isFinite(most) ? most : undefined).map((piece) => str(piece));
            return stampFrom({ k: "arr", max: items.length, elem: items.reduce<AV>((a, b) => join(a, b), UNDEF), why: `\`.split()\` of a known string (${items.length} pieces)`, items, total: { chars: recv.chars, tokens: recv.tokens } }, recv.from);
          }
          const max = Math.min(most, sep?.k === "str" && Number.isFinite(recv.chars) ? recv.chars + 1 : Infinity);
          const why = Number.isFinite(max)
            ? max === most ? `\`.split()\` with a limit of ${most}` : `\`.split()\` of a string of at most ${recv.chars} characters`
            : sep?.k === "str" ? "`.split()` of a string with no length bound: take `.slice(0, N)`" : "`.split()` at a regex (its groups add pieces): take `.slice(0, N)`";
          return stampFrom({ k: "arr", max, elem: inexact(recv), why, total: { chars: recv.chars, tokens: recv.tokens } }, recv.from);
        }
        case "trim":
        case "toLowerCase":
        case "toUpperCase":
        case "trimStart":
        case "trimEnd":
        case "normalize":
          return inexact(recv);
        case "replace":
        case "replaceAll":
          return stampFrom({ k: "str", chars: Infinity, tokens: Infinity, why: "`.replace` can grow a string" }, recv.from);
        case "padStart":
        case "padEnd": {
          const n = args[0]?.k === "num" ? args[0].max : Infinity;
          return stampFrom({ k: "str", chars: Math.max(recv.chars, n), tokens: recv.tokens + Math.ceil(n / CHARS_PER_TOKEN) }, recv.from);
        }
        case "repeat": {
          const n = args[0]?.k === "num" ? args[0].max : Infinity;
          return stampFrom({ k: "str", chars: recv.chars * n, tokens: recv.tokens * n }, recv.from);
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
          return stampFrom({ k: "arr", max: Infinity, elem: recv, why: "`.match()` results" }, recv.from);
        case "concat":
          return args.reduce<AV>((acc, a) => {
            const b = textBound(a);
            return acc.k === "str" ? { k: "str", chars: acc.chars + b.chars, tokens: acc.tokens + b.tokens } : acc;
          }, recv);
        default:
          return stampFrom(strBound(recv.chars, recv.tokens), recv.from);
      }
    }
    // A function the plan keeps in an object (`const tools = { review: (f) => agent(…) }`): its body
    // runs, agents and all, like any other call of it.
    const own = recv.k === "obj" ? recv.props[name] : undefined;
    if (own?.k === "fn") {
      const args = this.callArgs(argNodes, env, ctx);
      return this.invoke(own, args.fixed, ctx, this.calledUnder(own, e, ctx), args.spread);
    }
    argNodes.forEach((_, i) => argAv(i));
    if (recv.k === "num" && (name === "toFixed" || name === "toString")) return strBound(24, 8);
    return stampFrom(ANY(`\`.${name}()\``), recv.from);
  }

  /**
   * A Set's or Map's method. `add` and `set` grow it like `push` grows an array (so a loop's widening
   * counts them); `delete` and `clear` leave the bound as it is, which stays an upper bound.
   */
  private collectionMethod(c: ArrAV, name: string, e: A.CallExpression, argAv: (i: number) => AV, ctx: Ctx): AV {
    const from = c.from;
    switch (name) {
      case "add": {
        const v = this.await(argAv(0));
        this.addItems(c, { max: 1, elem: v }, "plus added members", fromOf(c, v));
        return c;
      }
      case "set": {
        const k = this.await(argAv(0));
        const v = this.await(argAv(1));
        this.addItems(c, { max: 1, elem: entry(k, v) }, "plus set entries", fromOf(c, k, v));
        return c;
      }
      case "get":
        argAv(0);
        return withFrom(join(entryPart(c.elem, 1), UNDEF), from);
      case "has":
      case "delete":
        argAv(0);
        return BOOL;
      case "clear":
        return UNDEF;
      case "keys":
      case "values":
      case "entries": {
        const part = c.coll === "set" || name === "entries" ? c.elem : entryPart(c.elem, name === "keys" ? 0 : 1);
        return stampFrom({ k: "arr", max: c.max, elem: part, why: `the ${name} of ${c.why}` }, from);
      }
      case "forEach": {
        // The callback gets (value, key): a Set's members are both; a Map's entries split.
        const values: ArrAV = { k: "arr", max: c.max, elem: c.coll === "set" ? c.elem : entryPart(c.elem, 1), why: c.why, ...(from ? { from } : {}) };
        return this.arrayMethod(values, "forEach", e, argAv, ctx, c.coll === "set" ? c.elem : entryPart(c.elem, 0));
      }
      default:
        return stampFrom(ANY(`\`.${name}()\``), from);
    }
  }

  private arrayMethod(arr: Extract<AV, { k: "arr" }>, name: string, e: A.CallExpression, argAv: (i: number) => AV, ctx: Ctx, key?: AV): AV {
    const from = arr.from;
    const elem = withFrom(arr.elem, from);
    const callback = (): { fn: Extract<AV, { k: "fn" }> | undefined } => {
      const cb = argAv(0);
      return { fn: cb.k === "fn" ? cb : undefined };
    };
    /** Runs a callback over the elements; agent work inside becomes an implicit fan-out. */
    const runCallback = (fn: Extract<AV, { k: "fn" }>, args: AV[]): AV => {
      const id = joinId(ctx.prefix, `map@${e.span.start}`);
      const fan = newStage("parallel", id, `.${name}`, ctx.container, e.span, ctx.phase);
      const width = arr.max;
      const prefix = runsUnder(fn, ctx.prefix);
      // The callback runs once per element (a comparator at most n² times): what it accumulates
      // outside itself, or in a reducer's accumulator, is widened to all but the last of those runs,
      // and the real invocation below is the last.
      const runs = name === "sort" ? width * width : width;
      const names = this.affected(fn.node.body);
      if (name === "reduce" || this.mayAccumulate(fn.node.body)) {
        const scratch = newStage("serial", `${id}/scratch`, "scratch", null, e.span, ctx.phase);
        const carried: AV[] = [args[0]!];
        const earlier = Math.max(0, runs - 1);
        this.widen(names, fn.env, earlier, () => {
          const acc = this.invoke(fn, [carried[carried.length - 1]!, ...args.slice(1)], inContainer(ctx, scratch, []), prefix);
          if (name === "reduce") carried.push(this.await(acc));
        }, name === "reduce");
        if (name === "reduce") args = [scaleGrowth(carried[0]!, carried[1]!, carried[2], earlier), ...args.slice(1)];
      }
      const child = newStage("serial", `${id}/item`, "item", fan, e.span, ctx.phase);
      const out = this.invoke(fn, args, inContainer(ctx, child), prefix);
      // A callback that returns a promise (`(x) => agent(…)`, an async function) leaves its work
      // running when the method returns: under `forEach`, or a `.map` awaited later or never, it
      // overlaps what comes next. A reducer's promise chain is the accumulator, awaited in turn.
      if (out.k === "promise" && name !== "reduce") this.markOverlap(ctx);
      if (detachIfEmpty(fan)) return out;
      if (name === "sort") {
        // A comparator runs O(n log n) times, in an order the engine chooses.
        this.once("WF3101", e.span, () =>
          this.r.error("WF3101", e.span, "an agent inside a `.sort` comparator has no static call bound", {
            help: "score the items with a `parallel` fan-out first, then sort by the scores",
          }),
        );
      }
      // Agent calls made directly in the callback run once per element, concurrently.
      const w = name === "reduce" ? 0 : this.checkWidth(width, arr.why, e.callee.type === "MemberExpression" ? e.callee.object : e, `\`.${name}\``);
      if (name === "reduce") {
        // A reducer runs once per item, one after another: a loop, not a fan-out.
        fan.kind = "loop";
        fan.iterations = Number.isFinite(width) ? width : 1;
        fan.derivations.push({ quantity: "iterations", value: fan.iterations, because: arr.why });
        if (!Number.isFinite(width)) this.checkWidth(width, arr.why, e.callee.type === "MemberExpression" ? e.callee.object : e, "`.reduce`");
        return out;
      }
      fan.width = w;
      fan.id = joinId(ctx.prefix, `${name}@${this.sites.rel.get(e) ?? ""}`.replace(/@$/, "")).replace(`@`, ":");
      this.rekeyChildren(fan, id);
      fan.derivations.push({ quantity: "width", value: w, because: arr.why });
      return out;
    };
    const argNodes = e.arguments;
    switch (name) {
      case "slice": {
        const a = argAv(0);
        const b = argAv(1);
        const start = a.k === "num" && a.v !== undefined ? a.v : 0;
        if (b.k === "num" && b.v !== undefined && b.v >= 0) {
          const n = Math.max(0, b.v - Math.max(0, start));
          return stampFrom({ k: "arr", max: Math.min(arr.max, n), elem: arr.elem, why: arr.max <= n ? arr.why : `\`.slice(${start}, ${b.v})\``, ...(arr.total ? { total: arr.total } : {}) }, from);
        }
        // A new array of at most as many items; which ones is not known, so no `items`.
        return stampFrom({ k: "arr", max: arr.max, elem: arr.elem, why: arr.why, ...(arr.total ? { total: arr.total } : {}) }, from);
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
        const initial = name === "reduce" ? argAv(1) : UNDEF;
        let out: AV = UNDEF;
        if (fn) {
          const index: AV = key ?? { k: "num", max: arr.max };
          const args = name === "reduce" ? [initial, elem, index] : name === "sort" ? [elem, elem] : [elem, index];
          out = runCallback(fn, args);
        }
        if (name === "map") {
          if (arr.items && fn) return stampFrom({ k: "arr", max: arr.max, elem: out, why: arr.why, items: arr.items.map(() => out) }, fromOf(out, arr));
          return stampFrom({ k: "arr", max: arr.max, elem: out, why: arr.why }, fromOf(out, arr));
        }
        if (name === "flatMap") {
          const o = this.await(out);
          if (o.k === "arr") return stampFrom({ k: "arr", max: arr.max * o.max, elem: o.elem, why: `${arr.why}, each giving at most ${o.max} (${o.why})` }, fromOf(o, arr));
          return stampFrom({ k: "arr", max: arr.max, elem: o, why: arr.why }, fromOf(o, arr));
        }
        if (name === "filter" || name === "sort") return withoutItems(arr);
        if (name === "find") return join(elem, UNDEF);
        if (name === "some" || name === "every") return BOOL;
        if (name === "findIndex") return num();
        if (name === "reduce") return withFrom(join(initial, this.await(out)), fromOf(out, arr));
        return UNDEF;
      }
      case "join": {
        const sep = argAv(0);
        const sepLen = sep.k === "str" ? sep.chars : 1;
        const sepTokens = sep.k === "str" ? Math.max(1, sep.tokens) : 1;
        const b = textBound(arr.elem);
        if (arr.max === Infinity) return stampFrom({ k: "str", chars: Infinity, tokens: Infinity, why: `\`.join\` of ${arr.why}` }, from);
        if (arr.max === 0) return stampFrom(str(""), from);
        const each = { chars: arr.max * (b.chars + sepLen), tokens: arr.max * (b.tokens + sepTokens) };
        // Pieces that share a total (a split string's) join to at most that total plus the separators
        // (and, in tokens, one more per piece: a cut can split a token in two).
        const t = arr.total;
        if (t && t.chars + arr.max * sepLen < each.chars) {
          return stampFrom({ k: "str", chars: t.chars + arr.max * sepLen, tokens: Math.min(each.tokens, t.tokens + arr.max * (sepTokens + 1)), why: `${arr.max} pieces (${arr.why}) of a string of at most ${t.chars} characters` }, from);
        }
        return stampFrom({ k: "str", chars: each.chars, tokens: each.tokens, why: `${arr.max} items (${arr.why}) of ${b.why}` }, from);
      }
      case "concat": {
        let max = arr.max;
        let el = arr.elem;
        for (let i = 0; i < argNodes.length; i++) {
          const a = this.await(argAv(i));
          if (argNodes[i]!.type === "SpreadElement") {
            // `concat(...lists)`: every item of the spread is one argument.
            const s = spreadItems(a);
            const each = concatItems(this.await(s.elem));
            max += s.max === 0 ? 0 : s.max * each.max;
            el = join(el, each.elem);
          } else {
            const each = concatItems(a);
            max += each.max;
            el = join(el, each.elem);
          }
        }
        return stampFrom({ k: "arr", max, elem: el, why: `${arr.why} plus concatenated items` }, from);
      }
      case "push":
      case "unshift": {
        // Mutates the array in place: its bound grows by the pushed items, all of a spread's.
        const pushed: AV[] = [];
        const added = this.insertedItems(argNodes, 0, argAv, pushed);
        this.addItems(arr, added, "plus pushed items", fromOf(arr, ...pushed));
        return { k: "num", max: arr.max };
      }
      case "splice": {
        // Removes items (returned as an array no longer than this one) and inserts the rest, in place.
        const removed: AV = stampFrom({ k: "arr", max: arr.max, elem: arr.elem, why: `the items removed from ${arr.why}` }, from);
        argAv(0);
        argAv(1);
        const added = this.insertedItems(argNodes, 2, argAv, []);
        this.addItems(arr, added, "plus spliced-in items", arr.from);
        return removed;
      }
      case "flat":
        return arr.elem.k === "arr" ? stampFrom({ k: "arr", max: arr.max * arr.elem.max, elem: arr.elem.elem, why: `${arr.why}, flattened` }, from) : arr;
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
        return stampFrom(ANY(`\`.${name}()\` of an array`), from);
    }
  }

  private rekeyChildren(fan: Stage, oldId: string): void {
    const fix = (s: Stage): void => {
      if (s !== fan && s.id.startsWith(oldId)) s.id = fan.id + s.id.slice(oldId.length);
      s.children.forEach(fix);
    };
    fix(fan);
  }
}

// ------------------------------------------------------------------ helpers

/** `l + r`: numbers add (their bounds too), and with a string either side the texts concatenate. */
function plus(l: AV, rr: AV): AV {
  const from = fromOf(l, rr);
  if (l.k === "num" && rr.k === "num") return withFrom(l.v !== undefined && rr.v !== undefined ? num(l.v + rr.v) : { k: "num", max: l.max + Math.max(rr.max, 0) }, from);
  if (l.k === "str" || rr.k === "str") {
    const a = textBound(l);
    const b = textBound(rr);
    const exact = l.k === "str" && rr.k === "str" && l.v !== undefined && rr.v !== undefined ? l.v + rr.v : undefined;
    return stampFrom({ k: "str", chars: a.chars + b.chars, tokens: a.tokens + b.tokens, ...(exact !== undefined ? { v: exact } : {}) }, from);
  }
  return stampFrom(num(), from);
}

/**
 * `l - r` for a number `l`: exact when both are known; a known `r` moves the bound (a negative one
 * raises it); an unknown one is taken as not negative, as everywhere in the number bounds.
 */
function minus(l: Extract<AV, { k: "num" }>, rr: AV): AV {
  if (rr.k !== "num" || rr.v === undefined) return { k: "num", max: l.max };
  return l.v !== undefined ? num(l.v - rr.v) : { k: "num", max: l.max - rr.v };
}

/** The snapshot of no names: most branches assign nothing, and need no map of their own. */
const EMPTY_SNAPSHOT: ReadonlyMap<string, AV> = new Map();

function snapshot(env: Env, names: ReadonlySet<string>): ReadonlyMap<string, AV> {
  if (names.size === 0) return EMPTY_SNAPSHOT;
  const m = new Map<string, AV>();
  for (const k of names) {
    const b = env.lookup(k);
    if (b) m.set(k, cloneAv(b.av));
  }
  return m;
}

function restore(env: Env, snap: ReadonlyMap<string, AV>): void {
  for (const [k, v] of snap) env.assign(k, cloneAv(v));
}

/**
 * A copy that later in-place changes do not reach: an object's fields (and a nested object's, a few
 * levels down: `stats.byKind.bug++`) and an array's items. The arrays themselves stay shared, since
 * their in-place growth is tracked by identity (see `widen`).
 */
function cloneAv(v: AV, depth = 0): AV {
  if (v.k === "arr") {
    const c = copyAv(v);
    if (c.items) c.items = [...c.items];
    return c;
  }
  if (v.k === "obj") {
    const c = copyAv(v);
    const props: Record<string, AV> = {};
    for (const k in v.props) {
      const p = v.props[k]!;
      props[k] = p.k === "obj" && depth < 4 ? cloneAv(p, depth + 1) : p;
    }
    c.props = props;
    return c;
  }
  return v;
}

type ArrAV = Extract<AV, { k: "arr" }>;

/** A copy of `arr` whose items are no longer known one by one. */
function withoutItems(arr: ArrAV): ArrAV {
  const c = copyAv(arr);
  c.items = undefined;
  return c;
}

/** A copy of `arr` with reason `why`. */
function withWhy(arr: ArrAV, why: string): ArrAV {
  const c = copyAv(arr);
  c.why = why;
  return c;
}

/** A copy of a string whose exact text is no longer known. */
function inexact(s: Extract<AV, { k: "str" }>): AV {
  const c = copyAv(s);
  c.v = undefined;
  return c;
}

/** A copy of `arr` with bound `max`. */
function withMax(arr: ArrAV, max: number): ArrAV {
  const c = copyAv(arr);
  c.max = max;
  return c;
}

const EMPTY_LOG: ReadonlyMap<ArrAV, number> = new Map();

/** The quantity an accumulator's bound counts: items, characters, or a number's maximum. */
function size(v: AV): number {
  return v.k === "arr" ? v.max : v.k === "str" ? v.chars : v.k === "num" ? v.max : 0;
}

/** An array like `arr` (a copy), with a new bound and reason, and no known items. */
function rebound(arr: ArrAV, max: number, why: string): ArrAV {
  const c = copyAv(arr);
  c.max = max;
  c.why = why;
  c.items = undefined;
  return c;
}

/** An accumulator whose growth speeds up with each run (`xs.push(...xs)`): it has no bound. */
function growingFaster(old: AV, now: AV): AV {
  if (now.k === "arr") return rebound(now, Infinity, `${old.k === "arr" ? old.why : "an array"}, growing by more with each iteration`);
  if (now.k === "str") return { k: "str", chars: Infinity, tokens: Infinity, why: "grows by more with each iteration", ...(now.from ? { from: now.from } : {}) };
  if (now.k === "num") return { k: "num", max: Infinity };
  return now;
}

/**
 * An accumulator after n runs, from its value before (`old`), after one dry run (`now`) and, when
 * known, after a second (`next`): what one run added, times n; unbounded if the second run added more
 * than the first.
 */
function scaleGrowth(old: AV, now: AV, next: AV | undefined, n: number): AV {
  const secondGrowth = next && next.k === now.k && now.k === old.k ? size(next) - size(now) : 0;
  if (secondGrowth > 0 && secondGrowth > size(now) - size(old)) return growingFaster(old, now);
  if (old.k === "arr" && now.k === "arr") {
    const delta = now.max - old.max;
    if (delta <= 0) return now;
    return rebound(now, old.max + delta * n, `${old.why}, plus at most ${delta} per iteration × ${n} iterations`);
  }
  if (old.k === "str" && now.k === "str") {
    const dc = now.chars - old.chars;
    const dt = now.tokens - old.tokens;
    if (dc <= 0) return now;
    return { k: "str", chars: old.chars + dc * n, tokens: old.tokens + dt * n, why: `grows by at most ${dc} characters per iteration × ${n}`, ...(now.from ? { from: now.from } : {}) };
  }
  if (old.k === "num" && now.k === "num") {
    const d = now.max - old.max;
    if (d <= 0) return now;
    return { k: "num", max: old.max + d * n };
  }
  if (old.k === "obj" && now.k === "obj") {
    // Fields that accumulate (`stats.done++`, `o.log += line`), each scaled on its own.
    let props: Record<string, AV> | undefined;
    for (const k in now.props) {
      const before = old.props[k];
      if (!before) continue;
      const cur = now.props[k]!;
      const scaled = scaleGrowth(before, cur, next?.k === "obj" ? next.props[k] : undefined, n);
      if (scaled !== cur) (props ??= { ...now.props })[k] = scaled;
    }
    return props ? { ...now, props } : now;
  }
  return now;
}

function flattenConcat(e: A.Expression): A.Expression[] {
  if (e.type === "BinaryExpression" && e.operator === "+") return [...flattenConcat(e.left), ...flattenConcat(e.right)];
  return [e];
}


function optionNode(e: A.CallExpression, index: number, key: string): A.Expression | undefined {
  const o = e.arguments[index];
  if (!o || o.type !== "ObjectExpression") return undefined;
  for (const p of o.properties) if (p.type === "Property" && !p.computed && ((p.key.type === "Identifier" && p.key.name === key) || (p.key.type === "StringLiteral" && p.key.value === key))) return p.value;
  return undefined;
}

/**
 * The options of a call written as pure literals, by key (a key given twice: its last literal
 * value); only `only`'s when given.
 */
function optionLiterals(e: A.CallExpression, index: number, only?: string): Record<string, unknown> {
  const literals: Record<string, unknown> = {};
  const a = e.arguments[index];
  if (!a || a.type !== "ObjectExpression") return literals;
  for (const p of a.properties) {
    if (p.type === "SpreadElement") continue;
    const key = !p.computed && p.key.type === "Identifier" ? p.key.name : !p.computed && p.key.type === "StringLiteral" ? p.key.value : undefined;
    if (key === undefined || (only !== undefined && key !== only)) continue;
    const lit = literalValue(p.value);
    if (lit !== undefined) literals[key] = lit;
  }
  return literals;
}

/** A reporter that keeps nothing, for evaluations whose complaints nobody reads. */
const DISCARD: Reporter = new (class extends Reporter {
  override report(): void {}
})();

/** An option's value when it is written as a pure literal (the `meta` evaluator, without reporting). */
function literalValue(e: A.Expression): unknown {
  return literal(e, DISCARD);
}

/** Recovers a literal from an abstract value built from literals (a `const` schema object). */
function literalFromAv(v: AV): unknown {
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
      if (!v.items) return undefined;
      const out: unknown[] = [];
      for (const x of v.items) {
        const l = literalFromAv(x);
        if (l === undefined) return undefined;
        out.push(l);
      }
      return out;
    }
    case "obj": {
      // Fields under computed keys have no names to write: not a literal.
      if (!v.closed || (v.keyed && v.keyed.max > 0)) return undefined;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v.props)) {
        const l = literalFromAv(v.props[k]!);
        if (l === undefined) return undefined;
        out[k] = l;
      }
      return out;
    }
    default:
      return undefined;
  }
}

export { literalFromAv };

/** `xs.map(…)` (or `.flatMap`/`.filter`) as a fan-out's argument: `xs` is what bounds it, so point there. */
function mapReceiver(node: A.Expression | A.SpreadElement | undefined): A.Expression | undefined {
  if (!node || node.type !== "CallExpression" || node.callee.type !== "MemberExpression" || node.callee.computed) return undefined;
  const name = (node.callee.property as A.Identifier).name;
  return name === "map" || name === "flatMap" || name === "filter" ? node.callee.object : undefined;
}

/** Arguments a call passes after its first spread: how many at most, and a bound on each. */
interface Spread {
  max: number;
  elem: AV;
}

/** Parameter `i` of a call with `args`, then `spread`: past the written arguments it may be undefined. */
function param(args: AV[], i: number, spread: Spread | undefined): AV {
  if (i < args.length) return args[i]!;
  return spread && spread.max > i - args.length ? join(spread.elem, UNDEF) : UNDEF;
}

/** A rest parameter (`...xs`) at position `i`: an array of the remaining arguments. */
function restParam(args: AV[], i: number, spread: Spread | undefined): AV {
  const items = args.slice(i);
  let elem: AV | undefined = items.length ? items.reduce((a, b) => join(a, b)) : undefined;
  if (spread) elem = elem ? join(elem, spread.elem) : spread.elem;
  const max = items.length + (spread?.max ?? 0);
  const out: AV = { k: "arr", max, elem: elem ?? UNDEF, why: `the rest parameter: ${spread ? "the arguments from a spread" : `${items.length} arguments`}`, ...(spread ? {} : { items }) };
  return stampFrom(out, fromOf(...items, spread?.elem));
}

/** An array value and, transitively, the arrays it was joined from: the arrays it may be at run time. */
function aliases(arr: ArrAV): ArrAV[] {
  if (!arr.of) return [arr];
  const out: ArrAV[] = [];
  const seen = new Set<AV>();
  const stack: AV[] = [arr];
  while (stack.length) {
    const a = stack.pop()!;
    if (a.k !== "arr" || seen.has(a)) continue;
    seen.add(a);
    out.push(a);
    if (a.of) stack.push(...a.of);
  }
  return out;
}

/** `new Set(src)` / `new Map(src)`: as many members as `src` has items (none without a source). */
function newCollection(kind: "Set" | "Map", src: AV): AV {
  const coll = kind === "Set" ? "set" : "map";
  if (src.k === "undef" || src.k === "null") return { k: "arr", max: 0, elem: UNDEF, why: `\`new ${kind}()\``, coll };
  if (src.k === "arr") return stampFrom({ k: "arr", max: src.max, elem: src.elem, why: src.why, coll }, src.from);
  if (src.k === "str" && kind === "Set") return stampFrom({ k: "arr", max: src.chars, elem: strBound(2, 1), why: "the characters of a string", coll }, src.from);
  return stampFrom({ k: "arr", max: Infinity, elem: ANY(`a member of a ${kind}`), why: `a ${kind} made from a value that is not a bounded array`, coll }, src.from);
}

/**
 * The value of an object's keyed fields as it is now: a join made when the fields were stored
 * (`either`) keeps the bound its arrays had then, and they may have grown since (a loop's widening
 * scales them in place), so the join is taken again over the arrays it may be.
 */
function keyedValue(keyed: ArrAV): AV {
  const v = entryPart(keyed.elem, 1);
  if (v.k !== "arr" || !v.of) return v;
  const all = aliases(v);
  let max = v.max;
  let elem = v.elem;
  for (const a of all) {
    if (a.max > max) max = a.max;
    if (a !== v) elem = join(elem, a.elem);
  }
  return max === v.max && elem === v.elem ? v : { ...v, max, elem, why: all.reduce((w, a) => (a.max === max ? a.why : w), v.why) };
}

/** What a rejected agent call or a caught error is to the plan: an object with a bounded `message`. */
function errorValue(): AV {
  return { k: "obj", props: { message: strBound(2000, 700) }, closed: false };
}

/** A Map entry `[key, value]`. */
function entry(k: AV, v: AV): AV {
  return { k: "arr", max: 2, elem: join(k, v), why: "an entry", items: [k, v] };
}

/** Part `i` of a Map entry (0 the key, 1 the value), or anything its entries' shape allows. */
function entryPart(e: AV, i: 0 | 1): AV {
  if (e.k === "arr") return e.items?.[i] ?? e.elem;
  return e.k === "undef" ? UNDEF : ANY(i === 0 ? "a Map key" : "a Map value");
}

/** Said where a bound is missing because `meta.args` leaves a size open: a known input closes it. */
const GIVEN_ARGS_HINT = "; `wfc run` and `wfc plan --args` bound it for the input they are given";

/** Whether a reason for a missing bound is the plan's `meta.args` schema (see fromArgsSchema). */
function fromArgs(why: string | undefined): boolean {
  return why !== undefined && /`args[.[`]/.test(why);
}

const anyCall = (): boolean => true;

/** A node whose arms `branches` interprets. */
type BranchNode = A.IfStatement | A.LogicalExpression | A.ConditionalExpression;

const BUILTIN_NAMESPACES = new Set(["JSON", "Math", "Object", "Array", "Number", "Promise", "console"]);

/** The builtin namespace a callee like `JSON.stringify` or `Math.max` is read from, if it is one (a dotted path of names). */
function namespaceOf(callee: A.MemberExpression): string | undefined {
  let e: A.Expression = callee;
  while (e.type === "MemberExpression") {
    if (e.computed || e.property.type !== "Identifier") return undefined;
    e = e.object;
  }
  return e.type === "Identifier" && BUILTIN_NAMESPACES.has(e.name) ? e.name : undefined;
}

/**
 * Methods of values that are not plan functions: a call of one cannot run plan code that mutates.
 * Not Set and Map methods: a function kept in an object may be called `add` or `get`.
 */
const VALUE_METHODS = new Set([...arrayMethods, ...stringMethods, "then", "catch", "finally", "toFixed", "test"]);

/** Whether a call is of a global the language provides, or of a method of a value, not of a plan function. */
function callsBuiltin(call: A.CallExpression): boolean {
  const callee = call.callee;
  if (callee.type === "Identifier") return allowedGlobals.has(callee.name);
  if (callee.type !== "MemberExpression" || callee.computed) return false;
  const root = memberPath(callee)?.split(".")[0];
  if (root !== undefined && allowedGlobals.has(root)) return true;
  return VALUE_METHODS.has((callee.property as A.Identifier).name);
}

/**
 * The stage-id prefix a function's body runs under when it is called from `at` other than directly
 * by its helper name: a named helper's body starts a fresh `call:name` path there, any other
 * function keeps the prefix of the place it was made. The runtime's `Interpreter.call` does the same.
 */
function runsUnder(fn: Extract<AV, { k: "fn" }>, at: string): string {
  return fn.helper ? joinId(at, `call:${fn.helper}`) : fn.prefix;
}
