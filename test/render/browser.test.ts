/**
 * Opens every fixture's HTML in Debian's headless Chromium (never a downloaded browser) and checks
 * what a user would: every drawn stage is in the SVG, clicking one shows its prompt, the page logs no
 * errors and asks the network for nothing. Screenshots go to test-output/graph/<name>.png.
 * Skipped, with the reason printed, only when /usr/bin/chromium is missing
 * (`bash scripts/install-system-deps.sh` installs it).
 */
import { CHROMIUM, hasChromium, launchChromium, type Browser } from "./chromium.js";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StageActuals, StageGraphJson } from "../../compiler/graph/types.js";
import { renderHtml } from "../../compiler/render/html.js";
import { buildView } from "../../compiler/render/view.js";
import { loadFixtures } from "./fixtures.js";
import { generateGraph } from "./gen-graph.js";

const OUT = join(import.meta.dirname, "../../test-output/graph");
if (!hasChromium) console.warn(`skipping browser tests: ${CHROMIUM} not found; run \`bash scripts/install-system-deps.sh\``);

interface Case {
  name: string;
  graph: StageGraphJson;
  actuals?: Record<string, StageActuals>;
}

const cases: Case[] = [
  ...loadFixtures().flatMap((f) => (f.actuals ? [{ name: f.name, graph: f.graph }, { name: `${f.name}.actuals`, graph: f.graph, actuals: f.actuals }] : [f])),
  { name: "synthetic-1000", graph: generateGraph(1000) },
];

describe.skipIf(!hasChromium)("graph HTML in headless chromium", () => {
  let browser: Browser | undefined;
  let context: BrowserContext;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "wfc-html-"));
    mkdirSync(OUT, { recursive: true });
    browser = await launchChromium();
    context = browser.context;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  for (const c of cases)
    it(`${c.name}: draws every stage, shows details on click, no errors, no network`, async () => {
      const html = await renderHtml(c.graph, c.actuals ? { actuals: c.actuals } : {});
      const file = join(work, `${c.name}.html`);
      writeFileSync(file, html);
      const url = pathToFileURL(file).href;

      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") errors.push(`console.${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
      page.on("request", (r) => {
        if (r.url() !== url) requests.push(r.url());
      });
      await page.goto(url, { waitUntil: "load" });

      const view = buildView(c.graph, c.actuals ? { actuals: c.actuals } : {});
      const drawn = await page.$$eval("svg [data-stage-id]", (els) => els.map((e) => e.getAttribute("data-stage-id")));
      expect(drawn.sort()).toEqual(view.drawn.map((d) => d.stage.id).sort());
      // Every stage is either drawn or one of the elided frames (the root and edge-less serials).
      expect(drawn.length + view.elided.length).toBe(c.graph.stages.length);

      // Click the first agent with a prompt: its template must appear in the details panel.
      const agent = c.graph.stages.find((s) => s.kind === "agent" && s.prompt)!;
      const target = page.locator(`svg [data-stage-id="${agent.id.replace(/["\\]/g, "\\$&")}"]`);
      // The 1,000-stage graph is fitted small: zoom in (with the page's own button) until the stage is readable.
      for (let i = 0; i < 14 && ((await target.boundingBox())?.width ?? 0) < 120; i++) await page.getByRole("button", { name: "Zoom in" }).click();
      const box = await target.boundingBox();
      expect(box).not.toBeNull();
      const panel = page.locator("#details");
      if (box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1400 - 380 && box.y + box.height <= 900) {
        await page.mouse.click(box.x + box.width / 2, box.y + Math.min(box.height / 2, 18));
      } else {
        await target.focus();
        await page.keyboard.press("Enter");
      }
      await expect.poll(() => panel.locator("pre").first().textContent()).toBe(agent.prompt!.template);
      expect(await panel.locator("pre").first().isVisible()).toBe(true);
      expect(await panel.locator("h2").textContent()).toBe(agent.label);

      await page.screenshot({ path: join(OUT, `${c.name}.png`) });

      // Pan by dragging the background and zoom by wheel change the transform.
      const before = await page.getAttribute("#viewport", "transform");
      await page.mouse.move(300, 600);
      await page.mouse.down();
      await page.mouse.move(360, 640, { steps: 4 });
      await page.mouse.up();
      await page.mouse.wheel(0, -200);
      expect(await page.getAttribute("#viewport", "transform")).not.toBe(before);

      const panned = await page.getAttribute("#viewport", "transform");
      await page.getByRole("button", { name: "Fit to window" }).click();
      expect(await page.getAttribute("#viewport", "transform")).not.toBe(panned);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }, 60_000);
});
