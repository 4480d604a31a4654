// The chapter pages (/agi, /trends, /investment, /risks) and the reading comfort every page
// shares, as a reader meets them: the header's language button switches the headings and the
// table of contents; the theme switch recolours the page and its charts, is remembered and
// applies before first paint; figures download as CSV with their source; the pager follows the
// sidebar; nothing scrolls sideways on a phone.
import {readFileSync} from "node:fs";
import {csvParse} from "d3-dsv";
import type {Page} from "playwright-core";
import {describe, expect, test} from "vitest";
import {open, settle, sidebarPages, useSite} from "./harness.js";

const CHAPTERS = ["/agi", "/trends", "/investment", "/risks"];
const HAN = /[\u4e00-\u9fff]/;

const site = useSite();

/** What a reader sees of the page's h1/h2 headings and of the TOC's entries (hidden language excluded). */
async function visibleHeadings(page: Page) {
  return page.evaluate(() => ({
    headings: [...document.querySelectorAll<HTMLElement>("#observablehq-main h1, #observablehq-main h2")].map((h) => h.innerText.trim()),
    toc: [...document.querySelectorAll<HTMLElement>("#observablehq-toc .observablehq-secondary-link a")].map((a) => a.innerText.trim()),
    tocLabel: document.querySelector<HTMLElement>("#observablehq-toc nav > div")?.innerText.trim() ?? ""
  }));
}

/** Relative luminance (0 dark … 1 light) of a computed CSS colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map((c) => Number(c) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe.each(CHAPTERS)("%s", (path) => {
  test("the header's EN button switches the visible headings and the TOC to English, in place", async () => {
    const context = await site.browser.newContext({locale: "zh-CN", viewport: {width: 1280, height: 800}});
    const {page, problems} = await open(context, site.origin, path);
    const zh = await visibleHeadings(page);
    expect(zh.headings.length).toBeGreaterThan(1);
    for (const heading of zh.headings) expect(heading).toMatch(HAN);
    // The TOC lists the h2s (not the h1) in Chinese only.
    expect(zh.toc.length).toBeGreaterThan(0);
    expect(zh.toc).toEqual(zh.headings.slice(1).filter((h) => zh.toc.includes(h)));
    for (const entry of zh.toc) expect(entry).not.toMatch(/\b(the|and|of|AI large|Large)\b/);
    expect(zh.tocLabel).toBe("本页目录");

    await page.evaluate(() => ((window as any).__samePage = true));
    await page.click('.deck-lang [data-lang="en"]');
    await settle(page);
    const en = await visibleHeadings(page);
    expect(en.headings).toHaveLength(zh.headings.length);
    en.headings.forEach((heading, i) => {
      expect(heading).not.toBe(zh.headings[i]);
      expect(heading).not.toMatch(HAN);
    });
    expect(en.toc).toHaveLength(zh.toc.length);
    for (const entry of en.toc) expect(entry).not.toMatch(HAN);
    expect(en.toc.every((entry) => en.headings.includes(entry))).toBe(true);
    expect(en.tocLabel).toBe("Contents");
    expect(await page.evaluate(() => (window as any).__samePage)).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe("the theme switch", () => {
  test("dark recolours the page, its diagrams and its Plot charts; it is remembered and applied before first paint", async () => {
    const context = await site.browser.newContext({colorScheme: "light", viewport: {width: 1280, height: 800}});
    const {page, problems} = await open(context, site.origin, "/investment");
    const colours = () =>
      page.evaluate(() => {
        const chart = document.querySelector("figure.deck-figure svg[aria-label] text");
        return {
          background: getComputedStyle(document.documentElement).backgroundColor,
          text: getComputedStyle(document.documentElement).color,
          chartText: chart ? getComputedStyle(chart).fill : "",
          theme: document.documentElement.getAttribute("data-theme"),
          pressed: document.querySelector(".deck-theme [aria-pressed=true]")?.getAttribute("data-theme-choice")
        };
      });
    const light = await colours();
    expect(luminance(light.background)).toBeGreaterThan(0.8);
    expect(light.pressed).toBe("auto");

    await page.click('.deck-theme [data-theme-choice="dark"]');
    const dark = await colours();
    expect(dark.theme).toBe("dark");
    expect(dark.pressed).toBe("dark");
    expect(luminance(dark.background)).toBeLessThan(0.2);
    expect(luminance(dark.text)).toBeGreaterThan(0.7);
    expect(luminance(dark.chartText)).toBeGreaterThan(0.7); // axis labels follow the theme, still legible

    // A drawn diagram: light text on dark boxes.
    const {page: trends} = await open(context, site.origin, "/trends");
    const diagram = await trends.evaluate(() => {
      const box = document.querySelector("#fig-6 .deck-diagram-band")!;
      const label = document.querySelector("#fig-6 .deck-diagram-title")!;
      return {box: getComputedStyle(box).fill, label: getComputedStyle(label).fill, theme: document.documentElement.getAttribute("data-theme")};
    });
    expect(diagram.theme).toBe("dark"); // remembered on the next page
    expect(luminance(diagram.box)).toBeLessThan(0.25);
    expect(luminance(diagram.label)).toBeGreaterThan(0.7);

    // Before first paint: with every script module blocked, only the head's inline script runs.
    const bare = await context.newPage();
    await bare.route(/\.js(\?|$)/, (route) => route.abort());
    await bare.goto(`${site.origin}/agi`, {waitUntil: "domcontentloaded"});
    expect(await bare.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBe("dark");
    expect(luminance(await bare.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))).toBeLessThan(0.2);

    // Back to auto: the system's scheme decides again.
    await page.click('.deck-theme [data-theme-choice="auto"]');
    const auto = await colours();
    expect(auto.theme).toBeNull();
    expect(luminance(auto.background)).toBeGreaterThan(0.8);
    await page.emulateMedia({colorScheme: "dark"});
    expect(luminance((await colours()).background)).toBeLessThan(0.2);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  test("light overrides a dark system", async () => {
    const context = await site.browser.newContext({colorScheme: "dark"});
    const {page} = await open(context, site.origin, "/agi");
    expect(luminance(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))).toBeLessThan(0.2);
    await page.click('.deck-theme [data-theme-choice="light"]');
    expect(luminance(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))).toBeGreaterThan(0.8);
    await context.close();
  });
});

describe("CSV downloads from the chapters' figures", () => {
  test.each([
    ["/agi", "#fig-3", 11],
    ["/trends", "#fig-6", 5],
    ["/trends", "#fig-9", 3],
    ["/investment", "figure[aria-label*='GPU']", 3],
    ["/risks", "#figure-sources", 22]
  ] as const)("%s %s: a header row, the rows, and a source on every row", async (path, selector, rows) => {
    const context = await site.browser.newContext({acceptDownloads: true});
    const {page, problems} = await open(context, site.origin, `${path}?lang=en`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(`${selector} button.deck-csv`)]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    const parsed = csvParse(text);
    expect(parsed.columns.length).toBeGreaterThan(1);
    expect(parsed.columns).toContain("source");
    expect(parsed).toHaveLength(rows);
    for (const row of parsed) expect(row.source!.length).toBeGreaterThan(3);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

test("previous / next at the foot of each chapter follow the sidebar's order, labelled in the reader's language", async () => {
  const order = sidebarPages();
  const context = await site.browser.newContext({locale: "zh-CN"});
  for (const path of CHAPTERS) {
    const i = order.indexOf(path);
    expect(i).toBeGreaterThan(0);
    const {page} = await open(context, site.origin, path);
    const pager = await page.evaluate(() => {
      const link = (rel: string) => document.querySelector<HTMLAnchorElement>(`#observablehq-footer nav a[rel=${rel}]`);
      const label = (rel: string) => (link(rel) ? getComputedStyle(link(rel)!, "::before").content : null);
      return {prev: link("prev")?.getAttribute("href") ?? null, next: link("next")?.getAttribute("href") ?? null, prevLabel: label("prev"), nextLabel: label("next")};
    });
    const asHref = (p: string | undefined) => (p === undefined ? null : p === "/" ? "./" : `.${p}.html`);
    expect(pager.prev?.replace(/index\.html$/, "") ?? null).toBe(asHref(order[i - 1]));
    expect(pager.next).toBe(asHref(order[i + 1]));
    expect(pager.prevLabel).toBe('"上一页"');
    if (pager.next) expect(pager.nextLabel).toBe('"下一页"');
    await page.close();
  }
  await context.close();
});

test("on a phone (390×844) no chapter scrolls sideways: diagrams fit, tables scroll in their own frame", async () => {
  const context = await site.browser.newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
  for (const path of CHAPTERS) {
    for (const lang of ["zh", "en"]) {
      const {page, problems} = await open(context, site.origin, `${path}?lang=${lang}`);
      const layout = await page.evaluate(() => ({
        pageWidth: document.documentElement.scrollWidth,
        widest: Math.max(0, ...[...document.querySelectorAll("#observablehq-main svg, #observablehq-main figure")].map((e) => e.getBoundingClientRect().right)),
        headerButtons: [...document.querySelectorAll<HTMLElement>(".deck-lang button, .deck-theme button")].map((b) => b.getBoundingClientRect().height)
      }));
      expect(layout.pageWidth, `${path} ${lang}`).toBeLessThanOrEqual(390);
      expect(layout.widest, `${path} ${lang}`).toBeLessThanOrEqual(390);
      expect(layout.headerButtons.length).toBeGreaterThan(0);
      for (const height of layout.headerButtons) expect(height).toBeLessThan(40); // one line, not wrapped
      expect(problems.consoleErrors).toEqual([]);
      await page.close();
    }
  }
  await context.close();
});
