// Long tables continue over slides by rows (present.ts rowParts, deck.ts splitRows): /vendors'
// comparison of the five vendors, /risks' list of figures and /watchlist's grid of sector cards
// (its rows of cards), at a projector's 1920×1080 and a laptop's 1280×800, in both languages, show
// on consecutive slides at full size (a part scaled only when one row alone is too tall for a
// slide), every body row (or card) on exactly one of them, the header row (or the caption) on
// each, nothing outside the stage. Stepping back from a part returns to it; the
// overview lists the parts; the browser's print gives a page per part.
import type {Page} from "playwright-core";
import {PDFDocument} from "pdf-lib";
import {expect, test} from "vitest";
import {open, settle, useSite} from "./harness.js";
import {counter, outsideStage, slideTo} from "./present-harness.js";

const site = useSite();

const TABLES = [
  {path: "/vendors", caption: {en: "The five vendors compared", zh: "五家厂商对比"}},
  {path: "/risks", caption: {en: "List of figures and their sources", zh: "图表目录与资料来源"}},
  {path: "/watchlist", caption: {en: "The names the report suggests following", zh: "报告建议关注的标的"}}
] as const;

/** The table (or grid of cards) under the figure caption that starts with `caption`, as the slide shown has it. */
function tablePart(page: Page, caption: string) {
  return page.evaluate((caption) => {
    const main = document.getElementById("observablehq-main")!;
    const stage = main.getBoundingClientRect();
    const figure = [...main.querySelectorAll("figure")].find((f) => f.querySelector("figcaption")?.textContent?.trim().startsWith(caption));
    const table = figure?.querySelector("table");
    const grid = figure?.querySelector("[data-deck-rows]");
    if (!figure || !(table || grid)) return null;
    // On the slide shown unless its block is off; scaled if its block (alone, or below its heading) is.
    const off = figure.closest(".deck-off") !== null;
    const scaled = figure.closest<HTMLElement>('[style*="--deck-fit"]');
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return getComputedStyle(element).visibility === "visible" && box.height > 0 && box.top >= stage.top - 1 && box.bottom <= stage.bottom + 1;
    };
    const rows = table ? [...table.tBodies].flatMap((body) => [...body.rows]) : [...grid!.children];
    return {
      onSlide: !off,
      rows: rows.length,
      shownRows: rows.flatMap((row, i) => (shown(row) ? [i] : [])),
      header: table ? table.tHead !== null && [...table.tHead.rows].every(shown) : shown(figure.querySelector("figcaption")!),
      fit: Number(scaled?.style.getPropertyValue("--deck-fit") || 1)
    };
  }, caption);
}

for (const [width, height] of [
  [1920, 1080],
  [1280, 800]
] as const) {
  for (const lang of ["en", "zh"] as const) {
    test(`long tables continue over slides by rows, at full size, at ${width}×${height} (${lang})`, async () => {
      const context = await site.browser.newContext({viewport: {width, height}});
      for (const {path, caption} of TABLES) {
        const {page} = await open(context, site.origin, `${path}?present=1&lang=${lang}`);
        const where = `${path} ${lang} ${width}×${height}`;
        await slideTo(page, async () => (await tablePart(page, caption[lang]))?.onSlide ?? false);
        const {total} = await counter(page);
        const parts: {slide: number; shownRows: number[]}[] = [];
        for (;;) {
          await settle(page);
          const part = (await tablePart(page, caption[lang]))!;
          if (!part.onSlide) break;
          const {current} = await counter(page);
          parts.push({slide: current, shownRows: part.shownRows});
          expect(part.header, `${where} slide ${current}: the header row`).toBe(true);
          expect(part.shownRows.length, `${where} slide ${current}: rows shown`).toBeGreaterThan(0);
          // Full size, unless the part is one row too tall for a slide on its own.
          if (part.shownRows.length > 1) expect(part.fit, `${where} slide ${current}: scale`).toBe(1);
          expect(await outsideStage(page), `${where} slide ${current}`).toEqual([]);
          if (parts.length === 2) {
            // Back and forth from a continuation part returns to it, rows and all.
            await page.keyboard.press("PageDown");
            await expect.poll(async () => (await counter(page)).current).toBe(current + 1);
            await page.keyboard.press("PageUp");
            await expect.poll(async () => (await counter(page)).current).toBe(current);
            await settle(page);
            expect((await tablePart(page, caption[lang]))!.shownRows, `${where}: back to slide ${current}`).toEqual(part.shownRows);
          }
          if (current === total) break;
          await page.keyboard.press("PageDown");
          await expect.poll(async () => (await counter(page)).current).toBe(current + 1);
        }
        expect(parts.length, `${where}: parts`).toBeGreaterThan(1);
        // Consecutive slides, every body row on exactly one of them, in order.
        parts.forEach((part, i) => i && expect(part.slide, where).toBe(parts[i - 1].slide + 1));
        const {rows} = (await tablePart(page, caption[lang]))!;
        expect(parts.flatMap((part) => part.shownRows), where).toEqual([...Array(rows).keys()]);
        await page.close();
      }
      await context.close();
    });
  }
}

test("the overview lists a continued table's parts, and the browser's print gives a page for each", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page} = await open(context, site.origin, "/vendors?present=1&lang=en");
  const caption = TABLES[0].caption.en;
  await slideTo(page, async () => (await tablePart(page, caption))?.onSlide ?? false);
  const {current: first, total} = await counter(page);
  let last = first;
  for (; last < total; last++) {
    await page.keyboard.press("PageDown");
    await expect.poll(async () => (await counter(page)).current).toBe(last + 1);
    await settle(page);
    if (!(await tablePart(page, caption))!.onSlide) break;
  }
  await page.keyboard.press("o");
  const cards = await page.locator('#deck-overview .deck-overview-page[aria-current="page"] .deck-overview-title').allTextContents();
  expect(cards).toHaveLength(total);
  // The table's parts are slides first to last: a card each, the continuations marked.
  const parts = cards.slice(first - 1, last);
  expect(parts.length).toBeGreaterThan(1);
  for (const card of parts.slice(1)) expect(card).toBe(`${parts[0].replace(/ \(cont\.\)$/, "")} (cont.)`);
  await page.keyboard.press("Escape");
  const pdf = await PDFDocument.load(await page.pdf({preferCSSPageSize: true, printBackground: true}));
  expect(pdf.getPageCount()).toBe(total);
  // The print's copies of the parts are gone after it, and the slide shown is as it was.
  await settle(page);
  expect(await page.locator(".deck-print-clone").count()).toBe(0);
  expect(await counter(page)).toEqual({current: last + 1, total});
  await context.close();
});

test("a page with two continued blocks prints a page per slide: /watchlist's sector cards and its allocation table", async () => {
  const context = await site.browser.newContext({viewport: {width: 1920, height: 1080}});
  const {page} = await open(context, site.origin, "/watchlist?present=1&lang=en");
  const {total} = await counter(page);
  const pdf = await PDFDocument.load(await page.pdf({preferCSSPageSize: true, printBackground: true}));
  expect(pdf.getPageCount()).toBe(total);
  await context.close();
});
