// A phone (390 × 844): no page scrolls sideways, and every header switch (演示/Present, the
// themes, 中文/EN) is whole on screen, each label on one line; with every table view open, no
// table is wider than its box and no header is squeezed below three characters (a wide table
// reflows as cards); the quadrant's charts keep their text whole and apart, and the models in
// the attractive quadrant keep their labels.
import type {BrowserContext} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {builtPages, chartTextFaults, open, openTableViews, revealAll, useSite} from "./harness.js";

const site = useSite();
let context: BrowserContext;
beforeAll(async () => {
  context = await site.browser.newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
});
afterAll(async () => context?.close());

describe("on a 390 px phone", () => {
  const pages = builtPages();
  test("the site has pages", () => expect(pages.length).toBeGreaterThan(10));
  for (const lang of ["zh", "en"])
    test(`no page scrolls sideways and the header's switches show whole (${lang})`, async () => {
      const faults: string[] = [];
      for (const path of pages) {
        const {page} = await open(context, site.origin, `${path}?lang=${lang}`);
        await revealAll(page);
        const found = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const buttons = [...document.querySelectorAll<HTMLElement>(".deck-header button")].filter(
            (b) => b.offsetParent
          );
          const lineHeight = (b: HTMLElement) => parseFloat(getComputedStyle(b).lineHeight) || 20;
          return {
            scrollWidth: document.documentElement.scrollWidth,
            width,
            buttons: buttons.length,
            cut: buttons.filter((b) => b.getBoundingClientRect().right > width + 0.5).map((b) => b.innerText),
            wrapped: buttons.filter((b) => b.getBoundingClientRect().height > 2 * lineHeight(b)).map((b) => b.innerText)
          };
        });
        if (found.buttons < 3) faults.push(`${path}: the header has ${found.buttons} switches`);
        if (found.scrollWidth > found.width)
          faults.push(`${path}: scrolls sideways (${found.scrollWidth} px in ${found.width})`);
        if (found.cut.length)
          faults.push(`${path}: header switches cut off: ${found.cut.join(", ")}`);
        if (found.wrapped.length) faults.push(`${path}: header switches wrap: ${found.wrapped.join(", ")}`);
        await page.close();
      }
      expect(faults).toEqual([]);
    });

  for (const lang of ["zh", "en"])
    test(`every table fits the phone, its headers legible, with every table view open (${lang})`, async () => {
      const faults: string[] = [];
      let tables = 0;
      for (const path of pages) {
        const {page} = await open(context, site.origin, `${path}?lang=${lang}`);
        await revealAll(page);
        await openTableViews(page);
        const found = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const measure = document.createElement("canvas").getContext("2d")!;
          const result = {tables: 0, faults: [] as string[]};
          if (document.documentElement.scrollWidth > width)
            result.faults.push(`scrolls sideways with the table views open (${document.documentElement.scrollWidth} px in ${width})`);
          // Not the watchlist's allocation scratchpad (a multiplier select in every row, sortable by its own
          // buttons): its six columns scroll inside their own box on a phone, as a data table may (WCAG 1.4.10).
          for (const table of document.querySelectorAll<HTMLTableElement>("#observablehq-main table:not(.deck-allocation-table)")) {
            if (!table.checkVisibility()) continue;
            result.tables++;
            const name = (table.closest("figure")?.querySelector("figcaption")?.textContent ?? table.rows[0]?.textContent ?? "").trim().slice(0, 30);
            const box = table.parentElement!;
            const wide = table.getBoundingClientRect().width - box.clientWidth;
            if (wide > 1) result.faults.push(`[${name}] ${Math.round(wide)} px wider than its box`);
            // As cards, the headers are sort buttons in a row that wraps: each shows its text whole.
            const cards = table.closest('[data-reflow="cards"]') != null;
            for (const th of table.querySelectorAll<HTMLElement>("thead th")) {
              const text = th.textContent!.trim();
              if (!text || !th.offsetWidth) continue;
              if (cards) {
                if (th.scrollWidth > th.clientWidth + 1) result.faults.push(`[${name}] header "${text.slice(0, 20)}" cut`);
                continue;
              }
              const style = getComputedStyle(th);
              measure.font = style.font;
              // At least three characters wide, or the whole header where it is shorter.
              const need = Math.min(3 * parseFloat(style.fontSize), measure.measureText(text).width);
              const has = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              if (has < need - 1) result.faults.push(`[${name}] header "${text.slice(0, 20)}" ${Math.round(has)} px wide, needs ${Math.round(need)}`);
            }
          }
          return result;
        });
        tables += found.tables;
        faults.push(...found.faults.map((fault) => `${path} ${fault}`));
        if (path === "/quadrant") {
          const charts = await chartTextFaults(page);
          expect(charts.charts, "the quadrant's charts").toBeGreaterThanOrEqual(5);
          faults.push(...charts.faults.map((fault) => `${path} ${fault}`));
          const unlabelled = await page.evaluate(() => {
            const labelled = new Set([...document.querySelectorAll(".qx-svg .qx-label")].map((l) => l.getAttribute("data-id")));
            return [...document.querySelectorAll(".qx-svg .qx-dot.qx-in")].map((d) => d.getAttribute("data-id")).filter((id) => !labelled.has(id));
          });
          if (unlabelled.length) faults.push(`/quadrant: models in the quadrant without a label: ${unlabelled.join(", ")}`);
        }
        await page.close();
      }
      expect(tables).toBeGreaterThan(20);
      expect(faults).toEqual([]);
    });
});
