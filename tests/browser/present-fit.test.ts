// Every slide of every page fits the stage, at a projector's 1920×1080 and a laptop's 1280×800:
// no visible element of the slide shown lies outside the stage (nothing cut off, nothing needing
// a scroll), no slide is a heading alone (deck.ts keepHeadingsWithNext), and on every chart the
// slide shows no text is clipped or overlaps another (chartTextFaults, as labels.test.ts checks
// the reading pages: a slide draws its charts at the stage's width), and no chart leaves a tenth
// of its slide empty below it (a figure that can grow takes the room: present.ts assignGrowth).
// One page object per page and size, stepping through its slides with the clicker's key.
import {expect, test} from "vitest";
import {builtPages, chartTextFaults, open, settle, useSite} from "./harness.js";
import {counter, emptyBelow, outsideStage, slideBlocks} from "./present-harness.js";

const site = useSite();

for (const [width, height, lang] of [
  [1920, 1080, "en"],
  [1280, 800, "zh"]
] as const) {
  test(`every slide of every page fits the stage at ${width}×${height} (${lang})`, {timeout: 300_000}, async () => {
    const pages = [...builtPages(), "/committee"];
    expect(pages.length).toBeGreaterThan(5);
    const context = await site.browser.newContext({viewport: {width, height}});
    const problems: string[] = [];
    let slides = 0;
    let charts = 0;
    for (const path of pages) {
      const {page} = await open(context, site.origin, `${path}?present=1&lang=${lang}`);
      await expect.poll(async () => (await counter(page)).total, {message: path}).toBeGreaterThan(0);
      const {total} = await counter(page);
      for (let slide = 1; slide <= total; slide++) {
        await settle(page);
        for (const outside of await outsideStage(page)) problems.push(`${path} slide ${slide}: ${outside}`);
        const blocks = await slideBlocks(page);
        if (blocks.length && blocks.every((tag) => /^H[1-4]$/.test(tag))) problems.push(`${path} slide ${slide}: a heading alone (${blocks.join(", ")})`);
        const labels = await chartTextFaults(page);
        charts += labels.charts;
        for (const fault of labels.faults) problems.push(`${path} slide ${slide}: ${fault}`);
        // A grown figure is drawn again once the slide's room is known: given a moment.
        const filled = await expect
          .poll(() => emptyBelow(page), {timeout: 2000})
          .toSatisfy(({empty, flowChart}) => !flowChart || empty <= 0.1)
          .then(() => true, () => false);
        if (!filled) problems.push(`${path} slide ${slide}: a chart leaves ${Math.round((await emptyBelow(page)).empty * 100)}% of the slide empty below it`);
        slides++;
        if (slide < total) {
          await page.keyboard.press("PageDown");
          await expect.poll(async () => (await counter(page)).current, {message: path}).toBe(slide + 1);
        }
      }
      await page.close();
    }
    expect(slides).toBeGreaterThan(pages.length);
    expect(charts).toBeGreaterThan(100);
    expect(problems).toEqual([]);
    await context.close();
  });
}

/**
 * A section's opening (its heading and the line or two under it) is not a slide of its own when
 * what it introduces can be fitted below it (deck.ts keepOpeningsWithNext): /vendors' five cards,
 * scaled a little, and /watchlist's sector cards, their first row under the opening and the rest
 * continued. Before, each opening was a slide three-quarters empty. A chart is not scaled to share
 * (its labels would fall under projector size), nor anything under a paragraph.
 */
const OPENINGS = [
  {path: "/vendors", key: "five-vendors-five-paths", body: ".deck-vendor-cards", shares: true},
  {path: "/watchlist", key: "12-the-reports-12-sectors", body: "[data-deck-rows] > *", shares: true},
  // Under a paragraph, a figure would be scaled too far: Fig. 14's quoted post keeps a slide of its own.
  {path: "/openai", key: "roadmap-and-outlook", body: ".deck-quote-author", shares: false}
] as const;

for (const lang of ["en", "zh"] as const) {
  test(`an opening shares its slide with what it introduces (${lang}, 1280×800)`, async () => {
    const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
    for (const {path, key, body, shares} of OPENINGS) {
      const {page} = await open(context, site.origin, `${path}?present=1&lang=${lang}&slide=${key}`);
      await expect.poll(async () => (await counter(page)).total, {message: path}).toBeGreaterThan(0);
      await settle(page);
      const shown = await page.evaluate(
        ({key, body}) => {
          const main = document.getElementById("observablehq-main")!;
          const stage = main.getBoundingClientRect();
          const visible = (element: Element | null) => {
            if (!element || element.closest(".deck-off, .deck-row-off")) return false;
            const box = element.getBoundingClientRect();
            return box.height > 0 && box.top >= stage.top - 1 && box.bottom <= stage.bottom + 1;
          };
          const bodies = [...main.querySelectorAll(body)];
          const fit = bodies.map((element) => Number(element.closest<HTMLElement>('[style*="--deck-fit"]')?.style.getPropertyValue("--deck-fit") || 1));
          return {heading: visible(document.getElementById(key)), bodies: bodies.filter(visible).length, fit: Math.min(1, ...fit)};
        },
        {key, body}
      );
      expect(shown.heading, `${path}#${key}`).toBe(true);
      if (!shares) {
        expect(shown.bodies, `${path}#${key}: what the paragraph introduces is on a slide of its own`).toBe(0);
        await page.keyboard.press("PageDown");
        await expect.poll(() => page.evaluate((body) => [...document.querySelectorAll(body)].some((element) => !element.closest(".deck-off")), body)).toBe(true);
        await page.close();
        continue;
      }
      expect(shown.bodies, `${path}#${key}: what the opening introduces is on its slide`).toBeGreaterThan(0);
      expect(shown.fit, `${path}#${key}`).toBeGreaterThanOrEqual(0.7);
      expect(await outsideStage(page), `${path}#${key}`).toEqual([]);
      await page.close();
    }
    await context.close();
  });
}
