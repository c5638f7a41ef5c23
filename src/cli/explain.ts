import { codes, codeInfo, resolveCode } from "../../compiler/diagnostics/codes.js";
import { rules } from "../../compiler/lints/index.js";
import { parse } from "./args.js";
import { type Io, EXIT, UsageError } from "./io.js";
import { didYouMean } from "../../compiler/util/did-you-mean.js";

export const explainHelp = `Usage: wfc explain CODE

Prints what a diagnostic means and how to fix it. CODE is a code (WF3101) or a rule name
(unbounded-fan-out). \`wfc explain --list\` lists every code.
`;

export function explain(argv: string[], io: Io): number {
  const { values, positionals } = parse(argv, { list: { type: "boolean" } });
  if (values["help"]) {
    io.stdout(explainHelp);
    return EXIT.ok;
  }
  if (values["list"]) {
    for (const [code, info] of Object.entries(codes)) io.stdout(`${code}  ${info.severity.padEnd(7)}  ${info.name.padEnd(28)}  ${info.summary}\n`);
    return EXIT.ok;
  }
  const arg = positionals[0];
  if (!arg) throw new UsageError("give a code, e.g. `wfc explain WF3101`");
  const code = resolveCode(arg.toUpperCase().startsWith("WF") ? arg.toUpperCase() : arg);
  if (!code) {
    const hint = didYouMean(arg, [...Object.keys(codes), ...Object.values(codes).map((c) => c.name)]);
    throw new UsageError(`unknown code \`${arg}\`${hint ? `; did you mean \`${hint}\`?` : ""}`);
  }
  const info = codeInfo(code)!;
  io.stdout(`${code} ${info.name} (${info.severity})\n\n${info.summary}\n`);
  const rule = (rules as readonly { code: string; doc?: string }[]).find((r) => r.code === code);
  if (rule?.doc) io.stdout(`\n${rule.doc.trim()}\n`);
  else io.stdout(`\nSee docs/language.md for the rule behind it.\n`);
  return EXIT.ok;
}
