/**
 * wfc's library API: everything the CLI does, as functions. The CLI (src/cli/) is a thin layer over
 * these.
 */

/** Parse a plan's text into an AST plus syntax diagnostics (never throws). */
export { parse, type ParseResult, type SyntaxDiagnostic } from "../grammar/parse.js";
/** Compile a plan: diagnostics, the canonical stage graph and its worst-case bounds. */
export { compileFile, compileSource, type Compilation, type CompileOptions } from "../compiler/compile.js";
/** The canonical stage graph's types. */
export type { StageGraphJson, StageJson, Bounds, EdgeJson, StageActuals } from "../compiler/graph/types.js";
/** Renderers for diagnostics (human, concise, JSON, SARIF, GitHub). */
export * as diagnostics from "../compiler/diagnostics/index.js";
/** Renderers for the stage graph (Mermaid, DOT, JSON, HTML). */
export { renderMermaid, renderDot, renderGraphJson, renderHtml } from "../compiler/render/index.js";
/** Semantic diff of two plans, with risk classes and policies. */
export { diffGraphs, evaluatePolicy, renderDiffText, renderDiffMarkdown, renderDiffJson } from "../compiler/diff/index.js";
/** Run a compiled plan. */
export { runPlan } from "../runtime/run.js";
/** Providers: the deterministic simulator and the Anthropic Messages API. */
export { createSimProvider } from "../runtime/providers/sim.js";
export { createAnthropicProvider } from "../runtime/providers/anthropic.js";
/** The durable run journal. */
export { openJournal } from "../runtime/journal/journal.js";
/** The CLI entry, for embedding: `main(argv, io)` returns the exit code. */
export { main } from "./cli/main.js";
