/**
 * The engine behind `wfc diff`: compare two compiled stage graphs, classify the risks, check a
 * policy, and render the result for a terminal, a pull request or a machine.
 */

export { diffGraphs, isEmpty, type DiffOptions } from "./diff-graphs.js";
export { evaluatePolicy, parseFailOn, isRiskClass, type DiffPolicy, type PolicyResult } from "./policy.js";
export { renderDiffText, type TextOptions } from "./render-text.js";
export { renderDiffMarkdown, type MarkdownOptions } from "./render-markdown.js";
export { renderDiffJson } from "./render-json.js";
export { renderRegionMermaid } from "./render-mermaid.js";
export { DEFAULT_PRICES, priceOf, isUpgrade, type ModelPrice, type PriceTable } from "./prices.js";
export { finalAnswerStage, agentVerification, type Verification } from "./flow.js";
export { riskRules } from "./risks/index.js";
export * from "./types.js";
