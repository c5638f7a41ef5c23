/**
 * `export const meta = {…}`: must be the first statement and a pure literal (as Claude Code requires).
 * Evaluates it to JSON and validates its keys: Claude Code's (`name`, `description`, `whenToUse`,
 * `phases`, `title`) and wfc's (`args`, `budget`, `effort`, `defaults`).
 */
import type * as A from "../grammar/ast.js";
import type { Reporter } from "./report.js";
import { didYouMean } from "./util/did-you-mean.js";
import { checkArgsSchema } from "./analysis/schema.js";

export interface PlanMeta {
  name: string;
  description: string;
  whenToUse?: string;
  title?: string;
  phases: { title: string; detail?: string; model?: string; span: A.Span }[];
  args?: Record<string, unknown>;
  budget?: { agents?: number; tokens?: number; usd?: number; concurrency?: number };
  effort?: "low" | "medium" | "high";
  defaults?: { model?: string; maxTokens?: number; timeoutMs?: number; attempts?: number };
  /** Span of each top-level key's value, for diagnostics. */
  spans: Record<string, A.Span>;
  /** The whole literal. */
  span: A.Span;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const metaKeys = ["name", "description", "whenToUse", "title", "phases", "args", "budget", "effort", "defaults"];
const budgetKeys = ["agents", "tokens", "usd", "concurrency"];
const defaultsKeys = ["model", "maxTokens", "timeoutMs", "attempts"];
const reservedKeys = new Set(["__proto__", "constructor", "prototype"]);

export function extractMeta(program: A.Program, r: Reporter): PlanMeta | undefined {
  const first = program.body.find((s) => s.type !== "EmptyStatement");
  const metaIndex = program.body.findIndex(isMetaExport);
  if (metaIndex < 0) {
    r.error("WF1007", first?.span ?? { start: 0, end: 0 }, "the plan has no `export const meta = {…}`", {
      label: "expected `export const meta` here",
      help: "start the plan with `export const meta = { name: '…', description: '…' }`",
    });
    return undefined;
  }
  const stmt = program.body[metaIndex] as A.ExportNamedDeclaration;
  if (first !== stmt) {
    r.error("WF1007", stmt.span, "`export const meta` must be the first statement", {
      label: "move this to the top",
      secondary: first ? [{ span: first.span, message: "this comes first" }] : [],
      help: "put `export const meta = {…}` before every other statement (comments may precede it)",
    });
  }
  const decl = stmt.declaration.declarations[0]!;
  if (stmt.declaration.kind !== "const") {
    r.error("WF1008", stmt.declaration.span, "`meta` must be declared with `const`", { help: "write `export const meta = {…}`" });
  }
  const init = decl.init;
  if (!init || init.type !== "ObjectExpression") {
    r.error("WF1008", init?.span ?? decl.span, "`meta` must be an object literal", { help: "write `export const meta = { name: '…', description: '…' }`" });
    return undefined;
  }
  const value = literal(init, r);
  if (value === undefined || value === null || typeof value !== "object" || Array.isArray(value)) return undefined;

  const spans: Record<string, A.Span> = {};
  for (const p of init.properties) if (p.type === "Property") spans[keyName(p) ?? ""] = p.value.span;
  for (const p of init.properties) {
    if (p.type !== "Property") continue;
    const k = keyName(p);
    if (k && !metaKeys.includes(k)) {
      const hint = didYouMean(k, metaKeys);
      r.error("WF2002", p.key.span, `unknown \`meta\` key \`${k}\``, {
        help: hint ? `did you mean \`${hint}\`?` : `\`meta\` keys are ${metaKeys.map((x) => "`" + x + "`").join(", ")}`,
      });
    }
  }
  const obj = value as Record<string, Json>;
  const str = (k: string, required: boolean): string | undefined => {
    const v = obj[k];
    if (v === undefined) {
      if (required) r.error("WF2003", init.span, `\`meta.${k}\` is required`, { help: `add \`${k}: '…'\`` });
      return undefined;
    }
    if (typeof v !== "string") {
      r.error("WF2003", spans[k]!, `\`meta.${k}\` must be a string`);
      return undefined;
    }
    return v;
  };
  const name = str("name", true) ?? "";
  const description = str("description", true) ?? "";
  if (description.includes("\n")) r.warning("WF2003", spans["description"]!, "`meta.description` should be one line: it is shown in the permission dialog");
  const meta: PlanMeta = { name, description, phases: [], spans, span: init.span };
  const whenToUse = str("whenToUse", false);
  if (whenToUse !== undefined) meta.whenToUse = whenToUse;
  const title = str("title", false);
  if (title !== undefined) meta.title = title;

  if (obj["phases"] !== undefined) {
    const phasesNode = findProp(init, "phases")?.value;
    if (!Array.isArray(obj["phases"]) || phasesNode?.type !== "ArrayExpression") {
      r.error("WF2003", spans["phases"]!, "`meta.phases` must be an array of `{ title, detail? }`");
    } else {
      obj["phases"].forEach((ph, i) => {
        const node = phasesNode.elements[i] ?? phasesNode;
        if (!ph || typeof ph !== "object" || Array.isArray(ph) || typeof ph["title"] !== "string") {
          r.error("WF2003", node.span, "each `meta.phases` entry must be an object with a string `title`");
          return;
        }
        const entry: PlanMeta["phases"][number] = { title: ph["title"], span: node.span };
        if (typeof ph["detail"] === "string") entry.detail = ph["detail"];
        if (typeof ph["model"] === "string") entry.model = ph["model"];
        for (const k of Object.keys(ph)) {
          if (!["title", "detail", "model"].includes(k)) r.error("WF2002", node.span, `unknown phase key \`${k}\``, { help: "phase entries take `title`, `detail` and `model`" });
        }
        meta.phases.push(entry);
      });
    }
  }
  if (obj["args"] !== undefined) {
    if (!obj["args"] || typeof obj["args"] !== "object" || Array.isArray(obj["args"])) r.error("WF4001", spans["args"]!, "`meta.args` must be a JSON Schema object");
    else {
      meta.args = obj["args"] as Record<string, unknown>;
      checkArgsSchema(meta.args, spans["args"]!, r);
    }
  }
  if (obj["budget"] !== undefined) meta.budget = numberRecord(obj["budget"], "budget", budgetKeys, spans["budget"]!, r) as PlanMeta["budget"];
  if (obj["defaults"] !== undefined) {
    const d = obj["defaults"];
    if (!d || typeof d !== "object" || Array.isArray(d)) r.error("WF2003", spans["defaults"]!, "`meta.defaults` must be an object");
    else {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(d)) {
        if (!defaultsKeys.includes(k)) {
          const hint = didYouMean(k, defaultsKeys);
          r.error("WF2002", spans["defaults"]!, `unknown \`meta.defaults\` key \`${k}\``, hint ? { help: `did you mean \`${hint}\`?` } : {});
        } else if (k === "model" ? typeof v !== "string" : typeof v !== "number" || !(v > 0)) {
          r.error("WF2003", spans["defaults"]!, `\`meta.defaults.${k}\` must be ${k === "model" ? "a string" : "a positive number"}`);
        } else out[k] = v;
      }
      meta.defaults = out as PlanMeta["defaults"];
    }
  }
  if (obj["effort"] !== undefined) {
    if (obj["effort"] === "low" || obj["effort"] === "medium" || obj["effort"] === "high") meta.effort = obj["effort"];
    else r.error("WF2003", spans["effort"]!, "`meta.effort` must be `'low'`, `'medium'` or `'high'`");
  }
  return meta;
}

function numberRecord(v: Json, what: string, keys: string[], span: A.Span, r: Reporter): Record<string, number> | undefined {
  if (!v || typeof v !== "object" || Array.isArray(v)) {
    r.error("WF2003", span, `\`meta.${what}\` must be an object`);
    return undefined;
  }
  const out: Record<string, number> = {};
  for (const [k, x] of Object.entries(v)) {
    if (!keys.includes(k)) {
      const hint = didYouMean(k, keys);
      r.error("WF2002", span, `unknown \`meta.${what}\` key \`${k}\``, { help: hint ? `did you mean \`${hint}\`?` : `keys are ${keys.join(", ")}` });
    } else if (typeof x !== "number" || !(x > 0) || !Number.isFinite(x)) {
      r.error("WF2003", span, `\`meta.${what}.${k}\` must be a positive number`);
    } else out[k] = x;
  }
  return out;
}

function isMetaExport(s: A.Statement): s is A.ExportNamedDeclaration {
  return (
    s.type === "ExportNamedDeclaration" &&
    s.declaration.declarations.length === 1 &&
    s.declaration.declarations[0]!.id.type === "Identifier" &&
    (s.declaration.declarations[0]!.id as A.Identifier).name === "meta"
  );
}

function findProp(obj: A.ObjectExpression, name: string): A.Property | undefined {
  return obj.properties.find((p): p is A.Property => p.type === "Property" && keyName(p) === name);
}

export function keyName(p: A.Property | A.PatternProperty): string | undefined {
  if (p.computed) return undefined;
  if (p.key.type === "Identifier") return p.key.name;
  if (p.key.type === "StringLiteral") return p.key.value;
  if (p.key.type === "NumericLiteral") return String(p.key.value);
  return undefined;
}

/** Evaluates a pure literal to JSON, reporting anything else with Claude Code's wording. */
export function literal(e: A.Expression, r: Reporter): Json | undefined {
  switch (e.type) {
    case "StringLiteral":
      return e.value;
    case "NumericLiteral":
      return e.value;
    case "BooleanLiteral":
      return e.value;
    case "NullLiteral":
      return null;
    case "UnaryExpression":
      if (e.operator === "-" && e.argument.type === "NumericLiteral") return -e.argument.value;
      break;
    case "TemplateLiteral":
      if (e.expressions.length === 0) return e.quasis[0]!.cooked;
      r.error("WF1008", e.expressions[0]!.span, "template interpolation is not allowed in `meta`", { help: "`meta` must be a pure literal: write the text out" });
      return undefined;
    case "ArrayExpression": {
      const out: Json[] = [];
      for (const el of e.elements) {
        if (el === null) {
          r.error("WF1008", e.span, "sparse arrays are not allowed in `meta`");
          return undefined;
        }
        if (el.type === "SpreadElement") {
          r.error("WF1008", el.span, "spread is not allowed in `meta`", { help: "`meta` must be a pure literal" });
          return undefined;
        }
        const v = literal(el, r);
        if (v === undefined) return undefined;
        out.push(v);
      }
      return out;
    }
    case "ObjectExpression": {
      const out: { [k: string]: Json } = {};
      for (const p of e.properties) {
        if (p.type === "SpreadElement") {
          r.error("WF1008", p.span, "spread is not allowed in `meta`", { help: "`meta` must be a pure literal" });
          return undefined;
        }
        if (p.computed) {
          r.error("WF1008", p.key.span, "computed keys are not allowed in `meta`");
          return undefined;
        }
        if (p.method) {
          r.error("WF1008", p.span, "methods are not allowed in `meta`");
          return undefined;
        }
        if (p.shorthand) {
          r.error("WF1008", p.span, `\`meta\` must be a pure literal, but \`${keyName(p)}\` refers to a variable`, { help: `write the value out: \`${keyName(p)}: …\`` });
          return undefined;
        }
        const k = keyName(p)!;
        if (reservedKeys.has(k)) {
          r.error("WF1008", p.key.span, `reserved key name not allowed in \`meta\`: \`${k}\``);
          return undefined;
        }
        const v = literal(p.value, r);
        if (v === undefined) return undefined;
        out[k] = v;
      }
      return out;
    }
    default:
      break;
  }
  r.error("WF1008", e.span, "`meta` must be a pure literal: no variables, calls or expressions", {
    label: "not a literal",
    help: "write the value out as a string, number, boolean, array or object literal",
  });
  return undefined;
}
