/**
 * Lexical scopes. A block creates an Env; `let`/`const` are declared at block entry uninitialised
 * (so reading one before its declaration is a ReferenceError, as in JS) and functions are hoisted.
 */
import type * as A from "../../grammar/ast.js";
import { planError } from "./values.js";

interface Binding {
  value: unknown;
  mutable: boolean;
  initialized: boolean;
}

export class Env {
  private readonly vars = new Map<string, Binding>();
  constructor(readonly parent: Env | undefined) {}

  declare(name: string, mutable: boolean, initialized: boolean, value: unknown = undefined): void {
    this.vars.set(name, { value, mutable, initialized });
  }

  /** Initialises a binding declared at block entry (or declares it, for parameters and catch). */
  init(name: string, value: unknown): void {
    const b = this.vars.get(name);
    if (b) {
      b.value = value;
      b.initialized = true;
    } else this.vars.set(name, { value, mutable: true, initialized: true });
  }

  has(name: string): boolean {
    return this.vars.has(name);
  }

  private find(name: string): Binding | undefined {
    for (let e: Env | undefined = this; e; e = e.parent) {
      const b = e.vars.get(name);
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
