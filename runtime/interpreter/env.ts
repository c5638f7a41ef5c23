/**
 * Lexical scopes. A block creates an Env; `let`/`const` are declared at block entry uninitialised
 * (so reading one before its declaration is a ReferenceError, as in JS) and functions are hoisted.
 */
import type * as A from "../../grammar/ast.js";
import { planError } from "./values.js";

/**
 * One name in a scope. A class rather than an object literal: V8 tracks the survival of each
 * literal's allocation site and, once most of a site's objects outlive a young-generation GC, starts
 * allocating them straight in the old generation ("pretenuring"). A fan-out's callback scopes all
 * live until their agents finish, so a literal here got pretenured, and every such binding then died
 * in the old generation and kept the young objects it pointed to alive through the next GCs (about
 * half the GC time of back-to-back 1,000-agent runs). `new` of a class has no allocation site to tenure.
 */
class Binding {
  constructor(
    readonly name: string,
    public value: unknown,
    public mutable: boolean,
    public initialized: boolean,
    /** The scope's previous binding (small scopes keep their bindings in a list). */
    readonly next: Binding | undefined,
  ) {}
}

/** Scopes with more bindings than this switch from a list to a Map. */
const SMALL_SCOPE = 8;

export class Env {
  /**
   * Most scopes (a callback's parameters, a loop body) hold a handful of names: they are kept in a
   * list, newest first, so a call costs no Map. A scope that grows past SMALL_SCOPE names (the
   * globals, a long plan body) moves them to `map`.
   */
  private head: Binding | undefined = undefined;
  private count = 0;
  private map: Map<string, Binding> | undefined = undefined;
  constructor(readonly parent: Env | undefined) {}

  private own(name: string): Binding | undefined {
    if (this.map) return this.map.get(name);
    for (let b = this.head; b; b = b.next) if (b.name === name) return b;
    return undefined;
  }

  private add(name: string, value: unknown, mutable: boolean, initialized: boolean): void {
    const b = new Binding(name, value, mutable, initialized, this.head);
    this.head = b;
    if (this.map) this.map.set(name, b);
    else if (++this.count > SMALL_SCOPE) {
      this.map = new Map();
      // Oldest first, so that the list order and the map agree (names are unique in a scope).
      const all: Binding[] = [];
      for (let x: Binding | undefined = b; x; x = x.next) all.push(x);
      for (let i = all.length - 1; i >= 0; i--) this.map.set(all[i]!.name, all[i]!);
    }
  }

  declare(name: string, mutable: boolean, initialized: boolean, value: unknown = undefined): void {
    const b = this.own(name);
    if (b) {
      // A re-declaration replaces the binding (as a Map.set of a fresh binding did).
      b.value = value;
      b.mutable = mutable;
      b.initialized = initialized;
    } else this.add(name, value, mutable, initialized);
  }

  /** Initialises a binding declared at block entry (or declares it, for parameters and catch). */
  init(name: string, value: unknown): void {
    const b = this.own(name);
    if (b) {
      b.value = value;
      b.initialized = true;
    } else this.add(name, value, true, true);
  }

  has(name: string): boolean {
    return this.own(name) !== undefined;
  }

  private find(name: string): Binding | undefined {
    for (let e: Env | undefined = this; e; e = e.parent) {
      const b = e.own(name);
      if (b) return b;
    }
    return undefined;
  }

  lookup(name: string, node: A.Node): unknown {
    const b = this.find(name);
    if (!b) throw planError(node, `${name} is not defined${hostHint(name)}`, "ReferenceError");
    if (!b.initialized) throw planError(node, `cannot access \`${name}\` before its declaration`, "ReferenceError");
    return b.value;
  }

  /** For `typeof x` on an undeclared name. */
  isDefined(name: string): boolean {
    return this.find(name) !== undefined;
  }

  assign(name: string, value: unknown, node: A.Node): void {
    const b = this.find(name);
    if (!b) throw planError(node, `${name} is not defined${hostHint(name)}`, "ReferenceError");
    if (!b.initialized) throw planError(node, `cannot access \`${name}\` before its declaration`, "ReferenceError");
    if (!b.mutable) throw planError(node, `assignment to constant \`${name}\``);
    b.value = value;
  }
}

const HOST_NAMES = new Set([
  "eval", "Function", "process", "globalThis", "global", "window", "self", "require", "module", "exports",
  "fetch", "XMLHttpRequest", "Deno", "Bun", "__dirname", "__filename", "setTimeout", "setInterval", "setImmediate",
  "queueMicrotask", "Proxy", "Reflect", "Symbol", "WebAssembly", "Buffer", "import", "Atomics", "SharedArrayBuffer",
  "WeakRef", "FinalizationRegistry", "ShadowRealm", "Object.prototype",
]);

function hostHint(name: string): string {
  return HOST_NAMES.has(name) ? " (plans cannot reach the host environment)" : "";
}
