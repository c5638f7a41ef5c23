/** The renderers behind `wfc graph --format mermaid|dot|json|html`. All pure except renderHtml's elkjs load. */
export { renderMermaid, mermaidIds, mermaidText } from "./mermaid.js";
export { renderDot, dotString } from "./dot.js";
export { renderGraphJson, sortKeys } from "./json.js";
export { renderHtml, escapeHtml } from "./html.js";
export { benchRender, type RenderTimings } from "./bench.js";
export { buildView, type RenderOptions, type GraphView, type StageOverlay } from "./view.js";
export { formatCount, formatMs, formatUsd } from "./labels.js";
