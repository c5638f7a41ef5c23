/**
 * Flags consecutive statements that each await an agent when a later one does not use the
 * earlier ones' results: they could run at the same time, but each waits for the one before.
 * A run of such statements is reported once, at the first statement that waited needlessly.
 * @example invalid  const pros = await agent('List the pros', { label: 'pros' })
 *                   const cons = await agent('List the cons', { label: 'cons' })
 * @example valid    const [pros, cons] = await parallel([() => agent('List the pros', { label: 'pros' }), () => agent('List the cons', { label: 'cons' })])
 * @example valid    const plan = await agent('Plan it', { label: 'plan' })
 *                   const work = await agent(`Do this: ${plan}`, { label: 'work' })
 */
import type * as A from "../../grammar/ast.js";
import { bindingsOf, type Bindings, type Binding } from "./bindings.js";
import { isPrimitiveCall } from "./calls.js";
import { factsOf } from "./facts.js";
import { defineRule } from "./rule.js";
import { patternNames } from "../walk.js";

export const sequentialAwaits = defineRule({
  code: "WF5003",
  name: "sequential-awaits",
  doc: `Flags consecutive statements that each await an agent when a later one does not use the
earlier ones' results: they could run at the same time, but each waits for the one before.
A run of such statements is reported once, at the first statement that waited needlessly.
@example invalid  const pros = await agent('List the pros', { label: 'pros' })
                  const cons = await agent('List the cons', { label: 'cons' })
@example valid    const [pros, cons] = await parallel([() => agent('List the pros', { label: 'pros' }), () => agent('List the cons', { label: 'cons' })])
@example valid    const plan = await agent('Plan it', { label: 'plan' })
                  const work = await agent(\`Do this: \${plan}\`, { label: 'work' })`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    for (const node of factsOf(program).blocks) {
      let run: { decl: A.VariableDeclarator; names: Set<Binding> }[] = [];
      const flush = (): void => {
        if (run.length >= 2) {
          const first = run[0]!;
          const second = run[1]!;
          const names = run.map((r) => "`" + patternNames(r.decl.id).map((id) => id.name).join(", ") + "`");
          const list = `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
          report(second.decl.span, `${list} come from independent agents but are awaited one after another`, {
            label: "could run at the same time",
            secondary: [{ span: first.decl.span, message: "awaited first" }],
            help: "start them together: `const [a, b] = await parallel([() => agent(…), () => agent(…)])`",
          });
        }
        run = [];
      };
      for (const s of node.body) {
        const decl = awaitedAgentDeclarator(s, bindings);
        if (!decl) {
          flush();
          continue;
        }
        const reads = readsThrough(decl.init!, bindings);
        const used = run.some((r) => [...r.names].some((b) => reads.has(b)));
        if (used) flush();
        const names = new Set(patternNames(decl.id).map((id) => bindings.declared(id)!).filter(Boolean));
        run.push({ decl, names });
      }
      flush();
    }
  },
});

/** `const x = await agent(…)` (one declarator), or undefined. */
function awaitedAgentDeclarator(s: A.Statement, bindings: Bindings): A.VariableDeclarator | undefined {
  if (s.type !== "VariableDeclaration" || s.declarations.length !== 1) return undefined;
  const d = s.declarations[0]!;
  if (!d.init || d.init.type !== "AwaitExpression") return undefined;
  if (!isPrimitiveCall(d.init.argument, "agent", bindings)) return undefined;
  return d;
}

/** The bindings an expression reads, including those read inside the helpers it calls. */
function readsThrough(root: A.Node, bindings: Bindings): Set<Binding> {
  const out = new Set<Binding>();
  const seen = new Set<A.Node>();
  const visit = (n: A.Node): void => {
    if (seen.has(n)) return;
    seen.add(n);
    for (const ref of bindings.referencesIn(n)) {
      const b = bindings.resolve(ref)!;
      out.add(b);
      if (b.fn) visit(b.fn);
    }
  };
  visit(root);
  return out;
}
