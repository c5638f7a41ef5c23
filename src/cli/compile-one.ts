import { resolve } from "node:path";
import { compileFile, type Compilation, type CompileOptions } from "../../compiler/compile.js";
import { renderHuman, renderSummary } from "../../compiler/diagnostics/render/human.js";
import { SourceFile } from "../../compiler/source.js";
import { type Io, UsageError, useColor } from "./io.js";
import { existsSync } from "node:fs";

/** The plan file a command was given, resolved; a usage error when it is missing or does not exist. */
export function planFile(io: Io, path: string | undefined, what: string): string {
  if (!path) throw new UsageError(`\`wfc ${what}\` needs a plan file`);
  const abs = resolve(io.cwd, path);
  if (!existsSync(abs)) throw new UsageError(`no such file: \`${path}\``);
  return abs;
}

/**
 * Compiles one plan for plan/graph/diff/run; prints its errors and returns undefined if it has any,
 * unless every error is one `tolerated` accepts (and the stage graph was built): then the errors are
 * printed and the compilation returned, for a command that is still worth running on it.
 */
export function compileOne(io: Io, path: string | undefined, options: CompileOptions, what: string, tolerated?: (code: string) => boolean): Compilation | undefined {
  const c = compileFile(planFile(io, path, what), options);
  const file = new SourceFile(path!, c.file.text);
  const errors = c.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) {
    io.stderr(renderHuman(file, errors, { color: useColor(io) }));
    io.stderr(renderSummary(errors, { color: useColor(io) }));
  }
  if (!c.graph || errors.some((d) => !tolerated?.(d.code))) {
    io.stderr(`\`wfc ${what}\` needs a plan that checks clean\n`);
    return undefined;
  }
  return c;
}

/**
 * Errors that leave the bounds sound and complete: the worst case is over the declared budget or
 * a platform or effort cap (WF32xx). `wfc plan` still prints it, since that shows where it goes over.
 */
export function overLimit(code: string): boolean {
  return code.startsWith("WF32");
}
