/** Name resolution used by the lints: scopes, hoisting, reads vs writes, enclosing functions. */
import { describe, expect, it } from "vitest";
import type * as A from "../../grammar/ast.js";
import { parse } from "../../grammar/parse.js";
import { bindingsOf } from "../../compiler/lints/bindings.js";
import { descendants } from "../../compiler/lints/calls.js";

function setup(src: string) {
  const program = parse(src).program;
  const b = bindingsOf(program);
  const ids = descendants(program).filter((n): n is A.Identifier => n.type === "Identifier");
  /** The identifiers named `name`, in source order. */
  const named = (name: string) => ids.filter((i) => i.name === name);
  return { program, b, named };
}

describe("bindings", () => {
  it("resolves a helper's own const, not the top-level one of the same name", () => {
    const { b, named } = setup("const c = 1\nfunction f() {\n  const c = 2\n  return c\n}\nreturn c + f()");
    const [outer, inner, innerUse, outerUse] = named("c");
    expect(b.resolve(innerUse!)?.id).toBe(inner);
    expect(b.resolve(outerUse!)?.id).toBe(outer);
    expect(b.resolve(inner!)?.owner.type).toBe("FunctionDeclaration");
  });

  it("sees function declarations and consts before their line (hoisting), and leaves globals unresolved", () => {
    const { b, named } = setup("const r = f()\nfunction f() { return args.x }\nreturn r");
    expect(b.resolve(named("f")[0]!)?.kind).toBe("function");
    expect(b.resolve(named("f")[0]!)?.fn?.type).toBe("FunctionDeclaration");
    expect(b.resolve(named("args")[0]!)).toBeUndefined();
  });

  it("separates reads from plain writes and records assigned values", () => {
    const { b, named } = setup("let x = 1\nx = 2\nx += 3\nreturn x");
    const binding = b.declared(named("x")[0]!)!;
    expect(binding.references).toHaveLength(3);
    expect(b.reads(binding)).toHaveLength(2);
    expect(binding.assignments.map((e) => (e as A.NumericLiteral).value)).toEqual([2]);
  });

  it("scopes block, loop and catch names and hoists var to the function", () => {
    const { b, named } = setup("for (const i of [1]) { const y = i }\ntry { throw 1 } catch (e) { log(e) }\nfunction g() { if (true) { var v = 1 }\n return v }");
    expect(b.resolve(named("i")[1]!)?.id).toBe(named("i")[0]);
    expect(b.resolve(named("e")[1]!)?.kind).toBe("catch");
    expect(b.resolve(named("v")[1]!)?.kind).toBe("var");
  });

  it("gives the enclosing function of a node", () => {
    const { program, b, named } = setup("const f = (a) => a + 1\nreturn f(2)");
    expect(b.functionOf(named("a")[1]!).type).toBe("ArrowFunctionExpression");
    expect(b.functionOf(named("f")[1]!)).toBe(program);
  });
});
