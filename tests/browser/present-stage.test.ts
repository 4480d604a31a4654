// Stage slides (data-slide="stage") and print. The quadrant and the watchlist scratchpad are each
// one slide at a laptop's 1280×800 and a projector's 1920×1080: the chart beside its rail (the
// quadrant's presets, snapshot, reset and members; the scratchpad's sliders), nothing outside the
// stage, the chart at least 55% of the stage's width; the quadrant's what-if badge does not move
// the chart. The browser's print while presenting gives one 16:9 page per slide, each stamped:
// on /quadrant and /watchlist (whose allocation table, before it continued over slides by rows,
// was scaled to fit and once ran onto a second printed page) in the report, and on every page of
// the committee deck. The timelines fill a slide of their own.
import type {Page} from "playwright-core";
import {PDFDocument} from "pdf-lib";
import {expect, test} from "vitest";
import {open, settle, useSite} from "./harness.js";
import {counter, emptyBelow, outsideStage, slideTo} from "./present-harness.js";

const site = useSite();

/** The shown slide's stage block: whether it is shown, and the boxes (screen px) of what it holds, by selector. */
function stageFacts(page: Page, selectors: Record<string, string>) {
  return page.evaluate((selectors) => {
    const main = document.getElementById("observablehq-main")!;
    const stage = main.getBoundingClientRect();
    const block = main.querySelector<HTMLElement>('[data-slide="stage"]:not(.deck-off)');
    const boxes: Record<string, {left: number; top: number; width: number; height: number; visible: boolean} | null> = {};
    for (const [name, selector] of Object.entries(selectors)) {
      const element = block?.querySelector(selector) ?? null;
      const box = element?.getBoundingClientRect();
      boxes[name] = box ? {left: box.left, top: box.top, width: box.width, height: box.height, visible: getComputedStyle(element!).visibility === "visible" && box.width > 0} : null;
    }
    return {shown: block !== null, stage: {width: stage.width, height: stage.height}, boxes};
  }, selectors);
}

const QUADRANT = {
  chart: "svg.qx-svg",
  mix: '[data-control="mix"]',
  snapshot: '[data-control="snapshot"]',
  reset: ".qx-reset-all",
  whatIf: '[data-control="scenario"]',
  members: ".qx-members-host ol, .qx-members-host li"
};
const SCRATCHPAD = {chart: ".deck-stage-chart svg", slider: '.deck-conviction-row input[type="range"]', reset: ".deck-conviction-panel button"};

for (const [width, height] of [
  [1920, 1080],
  [1280, 800]
] as const) {
  for (const [path, selectors] of [
    ["/quadrant", QUADRANT],
    ["/watchlist", SCRATCHPAD]
  ] as const) {
    test(`${path}: the stage slide holds the chart and its rail at ${width}×${height}, nothing outside the stage`, async () => {
      const context = await site.browser.newContext({viewport: {width, height}});
      for (const lang of ["en", "zh"]) {
        const {page, problems} = await open(context, site.origin, `${path}?present=1&lang=${lang}`);
        await slideTo(page, async () => (await stageFacts(page, selectors)).shown);
        await settle(page);
        // Retrying: the chart is drawn again for the stage once its caption and legend are measured.
        const hidden = async () =>
          Object.entries((await stageFacts(page, selectors)).boxes)
            .filter(([, box]) => !box?.visible)
            .map(([name]) => name);
        await expect.poll(hidden, {message: lang}).toEqual([]);
        await expect.poll(() => outsideStage(page), {message: lang}).toEqual([]);
        // The chart fills the stage's width to at least 55%, and most of its height.
        const share = async (side: "width" | "height") => {
          const facts = await stageFacts(page, selectors);
          return (facts.boxes.chart?.[side] ?? 0) / facts.stage[side];
        };
        await expect.poll(() => share("width"), {message: lang}).toBeGreaterThanOrEqual(0.55);
        await expect.poll(() => share("height"), {message: lang}).toBeGreaterThanOrEqual(0.45);
        expect(problems.consoleErrors).toEqual([]);
        await page.close();
      }
      await context.close();
    });
  }
}

test("with the models after the report and a what-if, the quadrant's rail and legend stay on the stage", async () => {
  // More models in the quadrant, a longer legend and the badge: the list once wrapped into a column off the stage.
  for (const [width, height, lang] of [[1920, 1080, "en"], [1280, 800, "zh"]] as const) {
    const context = await site.browser.newContext({viewport: {width, height}});
    const {page, problems} = await open(context, site.origin, `/quadrant?present=1&lang=${lang}&snapshot=after&whatIf=vendor:anthropic:0.5`);
    await slideTo(page, async () => (await stageFacts(page, QUADRANT)).shown);
    await settle(page);
    await expect.poll(() => page.locator(".qx-badge:visible").count()).toBe(1);
    await expect.poll(() => outsideStage(page), {message: `${width} ${lang}`}).toEqual([]);
    const members = await page.locator(".qx-members-host li").count();
    expect(members).toBeGreaterThan(4); // the after-report snapshot adds models to the quadrant
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  }
});

test("the quadrant's what-if badge does not move the chart, and the chart is redrawn for the stage after a resize", async () => {
  const context = await site.browser.newContext({viewport: {width: 1920, height: 1080}});
  const {page} = await open(context, site.origin, "/quadrant?present=1&lang=en");
  await slideTo(page, async () => (await stageFacts(page, QUADRANT)).shown);
  await settle(page);
  const plot = () => page.evaluate(() => {
    const svg = document.querySelector("svg.qx-svg")!;
    const box = svg.getBoundingClientRect();
    return {top: Math.round(box.top), width: svg.getAttribute("width"), height: svg.getAttribute("height")};
  });
  const before = await plot();
  const slide = (await counter(page)).current;
  await page.getByRole("button", {name: /Anthropic halves/}).click();
  await expect.poll(() => page.locator(".qx-badge:visible").count()).toBe(1);
  await settle(page);
  expect((await plot()).top).toBe(before.top);
  expect((await counter(page)).current).toBe(slide);
  expect(await outsideStage(page)).toEqual([]);

  // The stage's layout size does not change with the window; the chart keeps its stage size at 1280×800.
  await page.setViewportSize({width: 1280, height: 800});
  await settle(page);
  const after = await plot();
  expect([after.width, after.height]).toEqual([before.width, before.height]);
  expect(await outsideStage(page)).toEqual([]);
  await context.close();
});

for (const [width, height, lang] of [
  [1920, 1080, "en"],
  [1280, 800, "zh"]
] as const) {
  test(`/quadrant's companion figures take a slide each, at full size, the projection's inputs beside its chart (${width}×${height}, ${lang})`, async () => {
    const context = await site.browser.newContext({viewport: {width, height}});
    const {page} = await open(context, site.origin, `/quadrant?present=1&lang=${lang}`);
    await expect.poll(async () => (await counter(page)).total).toBeGreaterThan(0);
    const {total} = await counter(page);
    // Each slide that shows a companion figure: which, how many figures, whether scaled, and the projection's layout.
    const seen: {views: string[]; figures: number; scaled: boolean; railBeside: boolean | null}[] = [];
    for (let slide = 1; slide <= total; slide++) {
      await settle(page);
      const facts = await page.evaluate(() => {
        const main = document.getElementById("observablehq-main")!;
        const shown = [...main.querySelectorAll<HTMLElement>(".qx-companions figure[data-view]")].filter((figure) => !figure.closest(".deck-off"));
        const scaled = shown.some((figure) => figure.closest<HTMLElement>('[style*="--deck-fit"]') !== null);
        const chart = main.querySelector(".qx-projection-cell:not(.deck-off) .qx-projection-chart svg")?.getBoundingClientRect();
        const rail = main.querySelector(".qx-projection-cell:not(.deck-off) .qx-projection-tools")?.getBoundingClientRect();
        return {views: shown.map((figure) => figure.dataset.view!), figures: shown.length, scaled, railBeside: chart && rail ? rail.left >= chart.right : null};
      });
      if (facts.figures) seen.push(facts);
      if (slide < total) {
        await page.keyboard.press("PageDown");
        await expect.poll(async () => (await counter(page)).current).toBe(slide + 1);
      }
    }
    // Two abreast and scaled to fit, they were one slide each pair, at 0.6 of their size.
    expect(seen.map((slide) => slide.views)).toEqual([["pareto"], ["value"], ["speed"], ["projection"]]);
    expect(seen.every((slide) => !slide.scaled)).toBe(true);
    expect(seen.find((slide) => slide.views[0] === "projection")?.railBeside).toBe(true);
    await context.close();
  });
}

// The Pareto frontier and the output speeds, each alone on a slide under its section's heading, take
// the room the slide leaves below them (stageFigure's grow, present.ts assignGrowth): drawn at a
// fixed height they left 17–25% of the stage empty. Back to reading, they are their reading size.
for (const [width, height, lang] of [
  [1920, 1080, "en"],
  [1280, 800, "zh"]
] as const) {
  test(`/quadrant's Pareto frontier and speeds fill their slide, unscaled, and read at their own size after Esc (${width}×${height}, ${lang})`, async () => {
    const context = await site.browser.newContext({viewport: {width, height}});
    const plotHeights = (page: Page) =>
      page.evaluate(() =>
        Object.fromEntries(
          ["pareto", "speed"].map((view) => [view, document.querySelector(`.qx-companions figure[data-view="${view}"] svg[class^="plot"]`)?.getBoundingClientRect().height ?? 0])
        )
      );
    // Reading: the figures are drawn once they come into view.
    const reading = (await open(context, site.origin, `/quadrant?lang=${lang}`)).page;
    for (const grid of await reading.locator(".qx-companions").all()) await grid.scrollIntoViewIfNeeded();
    await expect.poll(async () => Object.values(await plotHeights(reading)).every((h) => h > 0)).toBe(true);
    const readingHeights = await plotHeights(reading);
    await reading.close();

    const {page, problems} = await open(context, site.origin, `/quadrant?present=1&lang=${lang}`);
    for (const view of ["pareto", "speed"]) {
      await slideTo(page, () => page.evaluate((view) => document.querySelector(`.qx-companions figure[data-view="${view}"]:not(.deck-off *)`) !== null, view));
      // The stage's empty share under the figure (its notes included), and whether the slide was scaled to fit.
      const figure = `.qx-companions figure[data-view="${view}"]`;
      const facts = async () => ({
        empty: (await emptyBelow(page, figure)).empty,
        scaled: await page.evaluate((figure) => document.querySelector(figure)!.closest('[style*="--deck-fit"]') !== null, figure)
      });
      // Retrying: the figure is drawn again once the slide's room is known.
      await expect.poll(async () => (await facts()).empty, {message: `${view}: the stage's share left empty`}).toBeLessThan(0.06);
      expect((await facts()).empty, view).toBeGreaterThanOrEqual(0);
      expect((await facts()).scaled, view).toBe(false);
      await expect.poll(() => outsideStage(page), {message: view}).toEqual([]);
    }
    // Nine slides, as before: growing a figure never changes which blocks share a slide.
    expect((await counter(page)).total).toBe(9);
    await page.keyboard.press("Escape");
    await expect.poll(() => plotHeights(page)).toEqual(readingHeights);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
}

// The timelines (the cross-vendor one on /timeline and /vendors, each vendor's rows) are a slide of
// their own that they fill (stageFigure, src/ui/stage.ts): drawn at their reading height the
// figures took 0.56–0.73 of the stage's height (0.72–0.91 now, a vendor's five rows capped at 1.9
// times their reading size), and OpenAI's 18 rows were scaled to 0.81 to fit. A year-only event's
// bar no longer runs under its title (it read as struck through).
const TIMELINE_PAGES = ["/timeline", "/vendors", "/openai", "/llama", "/anthropic", "/xai", "/gemini"];
for (const [width, height, lang] of [
  [1920, 1080, "en"],
  [1280, 800, "zh"]
] as const) {
  test(`the timelines fill their slide, unscaled, no title over a year's bar (${width}×${height}, ${lang})`, async () => {
    const context = await site.browser.newContext({viewport: {width, height}});
    const shares: Record<string, number> = {};
    for (const path of TIMELINE_PAGES) {
      const {page, problems} = await open(context, site.origin, `${path}?present=1&lang=${lang}`);
      const shownTimeline = () => page.evaluate(() => document.querySelector('[data-slide="stage"]:not(.deck-off) .deck-timeline') !== null);
      await slideTo(page, shownTimeline);
      const facts = () =>
        page.evaluate(() => {
          const main = document.getElementById("observablehq-main")!;
          const stage = main.getBoundingClientRect();
          const figure = main.querySelector('[data-slide="stage"]:not(.deck-off) .deck-timeline')!;
          const box = figure.getBoundingClientRect();
          const bars = [...figure.querySelectorAll(".deck-timeline-year line")].map((line) => line.getBoundingClientRect());
          const labels = [...figure.querySelectorAll(".deck-timeline-label text")].map((text) => text.getBoundingClientRect());
          // Bars are 4 px strokes: a label crosses one when their boxes overlap by more than a pixel each way.
          const crossed = labels.filter((label) =>
            bars.some((bar) => Math.min(label.right, bar.right) - Math.max(label.left, bar.left) > 1 && Math.min(label.bottom, bar.bottom) - Math.max(label.top, bar.top) > 1)
          ).length;
          // In the lanes, labels carry a halo over the bars (drawn beneath them): only the rows' are counted.
          const rows = !figure.querySelector(".deck-timeline-lanes");
          return {share: box.height / stage.height, scaled: figure.closest('[style*="--deck-fit"]') !== null, crossed: rows ? crossed : 0};
        });
      // Retrying: the figure is drawn again once its caption, legend and notes are measured.
      await expect.poll(async () => (await facts()).share, {message: `${path} ${lang}`}).toBeGreaterThanOrEqual(0.7);
      const {share, scaled, crossed} = await facts();
      shares[path] = Math.round(share * 100) / 100;
      expect(scaled, path).toBe(false);
      expect(crossed, path).toBe(0);
      await expect.poll(() => outsideStage(page), {message: path}).toEqual([]);
      expect(problems.consoleErrors, path).toEqual([]);
      await page.close();
    }
    expect(Object.keys(shares)).toEqual(TIMELINE_PAGES);
    await context.close();
  });
}

test("a chart's hover card waits for the pointer to move on a new slide: a filter clicked on /timeline, then PageDown", async () => {
  // The mouse left on the filter sat over the first dot of the next slide's chart, and its card covered a third of the chart.
  const context = await site.browser.newContext({viewport: {width: 1920, height: 1080}});
  const {page} = await open(context, site.origin, "/timeline?present=1&lang=en");
  await expect.poll(async () => (await counter(page)).total).toBe(2);
  await page.locator(".deck-timeline-filters input[type=checkbox]").nth(4).click();
  await page.keyboard.press("PageDown");
  await expect.poll(async () => (await counter(page)).current).toBe(2);
  await settle(page);
  const tipShown = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-slide="stage"]:not(.deck-off) g[aria-label="tip"]')].some((tip) => tip.getBoundingClientRect().width > 0)
    );
  // The pointer rests on the first dot (the filter's place); the browser's own pointer events do not open its card.
  const dot = (await page.locator('[data-slide="stage"]:not(.deck-off) .deck-timeline-dot circle, [data-slide="stage"]:not(.deck-off) .deck-timeline-dot path').first().boundingBox())!;
  expect(dot).not.toBeNull();
  expect(await tipShown()).toBe(false);
  // Moved onto a dot, the pointer opens its card as when reading.
  await page.mouse.move(dot.x + dot.width / 2 + 3, dot.y + dot.height / 2, {steps: 3});
  await expect.poll(tipShown).toBe(true);
  await context.close();
});

test("reading mode keeps the quadrant's layout: toolbar above the chart, chart at the page's width", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page} = await open(context, site.origin, "/quadrant?lang=en");
  const facts = await page.evaluate(() => {
    const main = document.getElementById("observablehq-main")!;
    const toolbar = document.querySelector(".qx-toolbar")!.getBoundingClientRect();
    const chart = document.querySelector("svg.qx-svg")!.getBoundingClientRect();
    const style = getComputedStyle(main);
    return {toolbarBottom: toolbar.bottom, chartTop: chart.top, chartWidth: chart.width, mainWidth: main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)};
  });
  expect(facts.chartTop).toBeGreaterThan(facts.toolbarBottom);
  expect(facts.chartWidth).toBeGreaterThan(facts.mainWidth * 0.9);
  await context.close();
});

for (const [path, deck] of [
  ["/quadrant?present=1&lang=en", "report"],
  ["/watchlist?present=1&lang=en", "report"],
  ...["/", "/investment", "/quadrant", "/watchlist", "/risks"].map((page) => [`${page}?present=1&lang=zh&deck=committee`, "committee"] as const)
] as const) {
  test(`the browser's print while presenting gives one 16:9 page per slide, each stamped (${path})`, async () => {
    const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
    const {page} = await open(context, site.origin, path);
    await expect.poll(async () => (await counter(page)).total).toBeGreaterThan(0);
    await settle(page);
    const {total} = await counter(page);
    const pdf = await PDFDocument.load(await page.pdf({preferCSSPageSize: true, printBackground: true}));
    expect(pdf.getPageCount(), deck).toBe(total);
    for (const sheet of pdf.getPages()) {
      const {width, height} = sheet.getSize();
      expect(width / height).toBeCloseTo(16 / 9, 2);
    }
    // The stamp: the footer rule present.ts writes, with the data's date and this page's link.
    const stamp = await page.evaluate(() => document.getElementById("deck-print-page")?.textContent ?? "");
    expect(stamp).toMatch(/Data as of \w+/);
    expect(stamp).toContain("Inputs: defaults");
    expect(stamp).toContain("counter(page)");
    await context.close();
  });
}
