/**
 * Times each renderer on one graph, for the bench runner (`bench/`). Reports the median of `runs`
 * runs after one warm-up, in milliseconds; HTML includes the elkjs layout, which dominates it.
 */
import type { StageGraphJson } from "../graph/types.js";
import { renderDot } from "./dot.js";
import { renderHtml } from "./html.js";
import { renderGraphJson } from "./json.js";
import { renderMermaid } from "./mermaid.js";
import type { RenderOptions } from "./view.js";

export interface RenderTimings {
  stages: number;
  mermaid: number;
  dot: number;
  json: number;
  html: number;
  /** Output sizes in bytes (UTF-8), to watch for blow-ups alongside time. */
  bytes: { mermaid: number; dot: number; json: number; html: number };
}

export async function benchRender(graph: StageGraphJson, options: RenderOptions & { runs?: number } = {}): Promise<RenderTimings> {
  const runs = Math.max(1, options.runs ?? 5);
  const opts: RenderOptions = options.actuals ? { actuals: options.actuals } : {};
  const time = async (f: () => string | Promise<string>): Promise<[number, number]> => {
    let out = await f(); // warm-up: JIT, and elkjs's one-time load
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      out = await f();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return [Math.round(samples[Math.floor(samples.length / 2)]! * 10) / 10, Buffer.byteLength(out)];
  };
  const [mermaid, mb] = await time(() => renderMermaid(graph, opts));
  const [dot, db] = await time(() => renderDot(graph, opts));
  const [json, jb] = await time(() => renderGraphJson(graph, opts));
  const [html, hb] = await time(() => renderHtml(graph, opts));
  return { stages: graph.stages.length, mermaid, dot, json, html, bytes: { mermaid: mb, dot: db, json: jb, html: hb } };
}
