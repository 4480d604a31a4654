// Every label legible: on every chart at a laptop's 1280 px and a projector's 1920 px (where the
// diagrams' type is largest), in both languages, no text is clipped by its chart's bounds (the
// svg) and no two texts overlap (their bounding boxes cross by more than 2 px each way). Hover
// cards are not labels: they show on demand, over the chart.
import type {BrowserContext} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {builtPages, chartTextFaults, open, revealAll, useSite} from "./harness.js";

const site = useSite();
const VIEWPORTS = [
  {width: 1280, height: 800},
  {width: 1920, height: 1080}
];
const contexts = new Map<number, BrowserContext>();
beforeAll(async () => {
  for (const viewport of VIEWPORTS) contexts.set(viewport.width, await site.browser.newContext({viewport}));
});
afterAll(async () => {
  for (const context of contexts.values()) await context.close();
});

/** The charts of the page at `path`: their count, their texts' count, and each clipped or overlapping text. */
async function labelFaults(width: number, path: string) {
  const {page} = await open(contexts.get(width)!, site.origin, path);
  await revealAll(page);
  const found = await chartTextFaults(page);
  await page.close();
  return found;
}

describe.each(VIEWPORTS.map((viewport) => viewport.width))("every label legible at %i px", (width) => {
  const pages = builtPages();
  test("the site has pages", () => expect(pages.length).toBeGreaterThan(10));
  for (const lang of ["zh", "en"])
    test(`no text clipped by its chart or overlapping another (${lang})`, async () => {
      const faults: string[] = [];
      let charts = 0;
      for (const path of pages) {
        const found = await labelFaults(width, `${path}?lang=${lang}`);
        charts += found.charts;
        if (found.charts) expect(found.texts, `${path}: its charts show text`).toBeGreaterThan(0);
        faults.push(...found.faults.map((fault) => `${path} ${fault}`));
      }
      expect(charts).toBeGreaterThan(10);
      expect(faults).toEqual([]);
    });
});
