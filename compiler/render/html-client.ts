/**
 * The CSS and browser script inlined into `wfc graph --format html`. Plain ES2020 with no build step
 * and no libraries: pan by dragging, zoom by wheel or buttons, click (or Enter on) a stage to open
 * its details. Details are built with `textContent`, never `innerHTML`, because prompts and labels
 * are user text.
 */

export const CLIENT_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:13px/1.4 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;background:#fff}
body{display:flex;flex-direction:column}
header{padding:10px 16px;border-bottom:1px solid #dee2e6;background:#f8f9fa}
h1{font-size:18px;margin:0 0 2px}
header p{margin:2px 0}
.desc .path{color:#868e96;font-family:"DejaVu Sans Mono",monospace;font-size:12px;margin-left:6px}
.sum{font-weight:600}
.ran{color:#1864ab}
.over-text{color:#c92a2a}
.tools{margin-top:6px;display:flex;gap:6px;align-items:center}
.tools button{font:inherit;min-width:32px;padding:2px 8px;border:1px solid #adb5bd;border-radius:4px;background:#fff;cursor:pointer}
.legend{margin-left:12px;display:flex;gap:8px;color:#495057;font-size:12px}
.lg{padding:1px 6px;border:1.5px solid;border-radius:4px}
.lg-agent{border-color:#4263eb;background:#eef3ff}.lg-gate{border-color:#e8590c;background:#fff4e6}
.lg-group{border-color:#868e96;background:#f1f3f5}.lg-crit{border-color:#d00000;border-width:2.5px}
.lg-over{border-color:#c92a2a;background:#ffe3e3}
main{flex:1;display:flex;min-height:0}
#canvas{flex:1;min-width:0;height:100%;cursor:grab;background:#fff;touch-action:none;user-select:none}
#canvas.dragging{cursor:grabbing}
#details{width:380px;overflow:auto;border-left:1px solid #dee2e6;padding:12px 14px;background:#fcfcfd}
#details h2{font-size:16px;margin:0 0 4px;word-break:break-word}
#details h3{font-size:13px;margin:14px 0 4px;color:#495057;text-transform:uppercase;letter-spacing:.04em}
#details pre{white-space:pre-wrap;word-break:break-word;background:#f1f3f5;padding:8px;border-radius:4px;margin:0;font:12px/1.4 "DejaVu Sans Mono",monospace}
#details table{border-collapse:collapse;width:100%;font-size:12px}
#details td,#details th{border-bottom:1px solid #e9ecef;padding:3px 4px;text-align:right}
#details td:first-child,#details th:first-child{text-align:left}
#details td.over{color:#c92a2a;font-weight:700}
#details ul{margin:0;padding-left:18px}
.badge{display:inline-block;padding:0 6px;border-radius:8px;background:#e7f5ff;color:#1864ab;font-size:11px;margin-right:4px}
.badge.crit{background:#ffe3e3;color:#d00000}
.muted{color:#868e96}
.hint{color:#868e96}
svg text{font:12px "DejaVu Sans",system-ui,sans-serif;fill:#1b1b1b;pointer-events:none}
svg text .t1{font-weight:700}
.phase rect{fill:#fff;stroke:#adb5bd;stroke-dasharray:6 4}
.phase text{fill:#495057}
.group rect{fill:#f8f9fa;stroke:#868e96;stroke-width:1.2}
.group.k-parallel rect,.group.k-pipeline rect{fill:#f1f3f5}
.group.k-gate rect{fill:#fff9f0;stroke:#e8590c;stroke-dasharray:5 3}
.node rect,.node polygon{fill:#eef3ff;stroke:#4263eb;stroke-width:1.2}
.node.k-gate polygon,.verdict polygon{fill:#fff4e6;stroke:#e8590c;stroke-width:1.2}
.node.k-workflow rect{fill:#f3f0ff;stroke:#7048e8;stroke-width:3;stroke-dasharray:1 0}
.critical>rect,.critical>polygon{stroke:#d00000;stroke-width:3}
.over>rect,.over>polygon{fill:#ffe3e3;stroke:#c92a2a;stroke-width:3}
.over text{fill:#c92a2a}
.title .tbg{fill:#f8f9fa;pointer-events:none}
.title.k-phase .tbg{fill:#fff}
.title.k-phase text{fill:#495057}
.title.k-parallel .tbg,.title.k-pipeline .tbg{fill:#f1f3f5}
.title.k-gate .tbg{fill:#fff9f0}
.title.over .tbg{fill:#ffe3e3}
[data-stage-id]{cursor:pointer}
[data-stage-id]:focus{outline:none}
.selected>rect,.selected>polygon{stroke:#f59f00 !important;stroke-width:4 !important}
.edge{fill:none;stroke:#495057;stroke-width:1.4}
.edge.e-order{stroke-dasharray:5 4}
.edge.e-verdict{stroke:#e8590c;stroke-dasharray:2 3}
.edge.critical{stroke:#d00000;stroke-width:3}
`;

export const CLIENT_JS = `
(() => {
  "use strict";
  const data = JSON.parse(document.getElementById("wfc-data").textContent);
  const svg = document.getElementById("canvas");
  const vp = document.getElementById("viewport");
  const panel = document.getElementById("details");
  let s = 1, tx = 0, ty = 0;
  const apply = () => vp.setAttribute("transform", "translate(" + tx + "," + ty + ") scale(" + s + ")");
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  function fit() {
    const r = svg.getBoundingClientRect();
    s = clamp(Math.min(r.width / (data.width + 32), r.height / (data.height + 32)), 0.05, 1);
    tx = Math.max(16, (r.width - data.width * s) / 2);
    ty = 16;
    apply();
  }
  function zoom(f, cx, cy) {
    const ns = clamp(s * f, 0.05, 4);
    tx = cx - (cx - tx) * (ns / s);
    ty = cy - (cy - ty) * (ns / s);
    s = ns;
    apply();
  }
  const center = () => { const r = svg.getBoundingClientRect(); return [r.width / 2, r.height / 2]; };
  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const r = svg.getBoundingClientRect();
    zoom(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
  }, { passive: false });
  document.getElementById("zoom-in").addEventListener("click", () => zoom(1.25, ...center()));
  document.getElementById("zoom-out").addEventListener("click", () => zoom(0.8, ...center()));
  document.getElementById("zoom-fit").addEventListener("click", fit);

  let drag = null;
  svg.addEventListener("pointerdown", (e) => {
    if (e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, tx, ty, moved: false, target: e.target, id: e.pointerId };
  });
  svg.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) { drag.moved = true; svg.classList.add("dragging"); svg.setPointerCapture(drag.id); }
    tx = drag.tx + dx; ty = drag.ty + dy; apply();
  });
  const end = () => {
    if (!drag) return;
    const d = drag; drag = null;
    svg.classList.remove("dragging");
    if (d.moved) { try { svg.releasePointerCapture(d.id); } catch (_) {} return; }
    const hit = d.target.closest && d.target.closest("[data-stage-id],[data-gate-of]");
    if (hit) select(hit.getAttribute("data-stage-id") || hit.getAttribute("data-gate-of"));
  };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", () => { drag = null; svg.classList.remove("dragging"); });
  svg.addEventListener("keydown", (e) => {
    const el = e.target.closest && e.target.closest("[data-stage-id]");
    if (el && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); select(el.getAttribute("data-stage-id")); }
  });

  const el = (tag, text, cls) => { const x = document.createElement(tag); if (text != null) x.textContent = text; if (cls) x.className = cls; return x; };
  const fmt = (k, v) => k === "usd" ? "$" + (v < 1 ? v.toPrecision(3) : v.toFixed(2)) : k.endsWith("Ms") || k === "ms" ? (v / 1000).toFixed(1) + "s" : Math.round(v).toLocaleString("en-US");
  function section(title, node) { panel.append(el("h3", title), node); }
  function pre(v) { return el("pre", typeof v === "string" ? v : JSON.stringify(v, null, 2)); }

  // Selecting from the keyboard can pick a stage that is off screen: pan it to the middle.
  function reveal(x) {
    const r = svg.getBoundingClientRect(), b = x.getBoundingClientRect();
    if (b.left >= r.left && b.right <= r.right && b.top >= r.top && b.bottom <= r.bottom) return;
    tx += r.left + r.width / 2 - (b.left + b.width / 2);
    ty += r.top + r.height / 2 - (b.top + Math.min(b.height, r.height) / 2);
    apply();
  }

  function select(id) {
    const st = data.stages[id];
    if (!st) return;
    for (const x of vp.querySelectorAll(".selected")) x.classList.remove("selected");
    for (const x of vp.querySelectorAll("[data-stage-id]")) if (x.getAttribute("data-stage-id") === id) { x.classList.add("selected"); reveal(x); }
    panel.replaceChildren();
    const name = st.label && st.label.startsWith(st.kind + ":") ? st.label.slice(st.kind.length + 1) : st.label;
    panel.append(el("h2", name || st.kind));
    const tags = el("p");
    tags.append(el("span", st.kind, "badge"));
    if (st.critical) tags.append(el("span", "critical path", "badge crit"));
    if (st.exceeded && st.exceeded.length) tags.append(el("span", "over bound: " + st.exceeded.join(", "), "badge crit"));
    panel.append(tags);
    const facts = [["id", st.id], ["at", "line " + st.loc.line + ", column " + st.loc.column], ["phase", st.phase || "—"], ["runs", "×" + st.multiplicity]];
    if (st.width != null) facts.push(["width", "≤" + st.width + " items"]);
    if (st.iterations != null) facts.push(["iterations", "≤" + st.iterations]);
    if (st.attempts != null) facts.push(["attempts", "≤" + st.attempts]);
    if (st.gate) facts.push(["gate", st.gate.check + " check, on fail " + st.gate.onFail + (st.gate.onFail === "retry" ? " (≤" + st.gate.attempts + " attempts)" : "")]);
    if (st.workflow) facts.push(["workflow", st.workflow]);
    if (st.kind === "agent") facts.push(["model", (st.model || "session model") + (st.pricedModel ? " (priced as " + st.pricedModel + ")" : "")], ["effort", st.effort || "—"]);
    const ft = el("table");
    for (const [k, v] of facts) { const tr = el("tr"); tr.append(el("td", k, "muted"), el("td", String(v))); ft.append(tr); }
    panel.append(ft);
    if (st.prompt) {
      section("Prompt template", pre(st.prompt.template));
      if (st.prompt.holes.length) {
        const ul = el("ul");
        for (const h of st.prompt.holes) ul.append(el("li", "\${" + h.expression + "} ≤ " + h.maxChars + " chars: " + h.because));
        panel.append(el("p", st.prompt.staticChars + " static characters; holes:", "muted"), ul);
      }
    }
    if (st.kind === "agent") section("Output schema", pre(st.schema == null ? "free text" : st.schema));
    if (st.options && Object.keys(st.options).length) section("Options", pre(st.options));
    const keys = ["agents", "inputTokens", "outputTokens", "usd", "latencyMs", "peakConcurrency"];
    const bt = el("table");
    const head = el("tr");
    head.append(el("th", ""), el("th", "one run"), el("th", "all ×" + st.multiplicity));
    if (st.actual) head.append(el("th", st.aggregated ? "actual (sum)" : "actual"));
    bt.append(head);
    const actualKey = { agents: "agents", inputTokens: "inputTokens", outputTokens: "outputTokens", usd: "usd", latencyMs: "ms" };
    for (const k of keys) {
      const tr = el("tr");
      tr.append(el("td", k), el("td", fmt(k, st.bounds[k])), el("td", fmt(k, st.total[k])));
      if (st.actual) {
        const ak = actualKey[k];
        const td = el("td", ak ? fmt(ak, st.actual[ak]) + (k === "latencyMs" ? " (agent time)" : "") : "—");
        if (st.exceeded && st.exceeded.includes(k)) td.className = "over";
        tr.append(td);
      }
      bt.append(tr);
    }
    section("Worst case" + (st.actual ? " vs actual" : ""), bt);
    if (st.actual) {
      const a = st.actual;
      panel.append(el("p", a.succeeded + " succeeded · " + a.failed + " failed · " + a.quarantined + " quarantined · " + a.replayed + " replayed", "muted"));
    }
    if (st.derivations.length) {
      const ul = el("ul");
      for (const d of st.derivations) ul.append(el("li", d.quantity + " = " + d.value.toLocaleString("en-US") + ": " + d.because));
      section("Derivations", ul);
    }
  }

  // A long plan fitted whole is a thin unreadable strip: start at the top at a readable scale instead.
  function home() {
    fit();
    if (s >= 0.5) return;
    const r = svg.getBoundingClientRect();
    s = clamp(r.width / (data.width + 32), 0.5, 0.9);
    tx = Math.max(16, (r.width - data.width * s) / 2);
    ty = 16;
    apply();
  }
  window.addEventListener("resize", home);
  home();
})();
`;
