/** The diagnostics layer in one import: the code table, the bag, suppressions and every renderer. */
export { codes, codeInfo, isCode, resolveCode, allCodes, isConfigurable, isSuppressible, type Code, type CodeInfo } from "./codes.js";
export { DiagnosticBag, sortDiagnostics, type DiagnosticExtras } from "./bag.js";
export { applySuppressions, type SuppressionResult } from "./suppress.js";
export { renderHuman, renderDiagnostic, renderSummary, type HumanOptions } from "./render/human.js";
export { renderConcise } from "./render/concise.js";
export { renderJson, toJson, type FileReport, type JsonDiagnostic } from "./render/json.js";
export { renderSarif, toSarif, type SarifOptions } from "./render/sarif.js";
export { renderGithub, escapeData, escapeProperty, type GithubOptions } from "./render/github.js";
export { spanRange, portablePath, type Range } from "./render/location.js";
export type { Diagnostic, Severity, Label, Edit } from "./types.js";
