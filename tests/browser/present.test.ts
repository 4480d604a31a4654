// Present mode as a presenter uses it: P to start, one 16:9 slide at a time, the keys a presenter
// expects, a clicker that never changes data, the overview, the slide in the link, the committee
// deck across pages. The presenter window is tested in present-presenter.test.ts, the fit of
// every slide in present-fit.test.ts.
import type {Page} from "playwright-core";
import {expect, test} from "vitest";
import {builtPages, open, settle, useSite} from "./harness.js";
import {counter, presenting, slideTo, stageFacts} from "./present-harness.js";

const site = useSite();

test("P presents the page as slides on a 16:9 stage; Escape returns to reading", async () => {
  const context = await site.browser.newContext({viewport: {width: 1920, height: 1080}});
  const {page, problems} = await open(context, site.origin, "/?lang=en");
  expect(await presenting(page)).toBe(false);
  await page.keyboard.press("p");
  // Present mode loads on the first P (src/site/bootstrap.ts): a moment later the page presents.
  await expect.poll(() => presenting(page)).toBe(true);
  await expect.poll(() => new URL(page.url()).searchParams.get("present")).toBe("1");
  await expect.poll(() => counter(page)).toMatchObject({current: 1});
  expect(await page.locator("#observablehq-header").isVisible()).toBe(false);
  expect(await page.locator("#observablehq-footer").isVisible()).toBe(false);
  const stage = await stageFacts(page);
  expect(stage.width).toBeCloseTo(1920, 0);
  expect(stage.height).toBeCloseTo(1080, 0);

  await page.keyboard.press("ArrowRight");
  await expect.poll(() => page.locator("#observablehq-main h2:visible").first().innerText()).toBe("Key takeaways");
  await page.keyboard.press("Escape");
  expect(await presenting(page)).toBe(false);
  await expect.poll(() => new URL(page.url()).searchParams.has("present")).toBe(false);
  expect(await page.locator("#observablehq-header").isVisible()).toBe(true);
  expect(problems.consoleErrors).toEqual([]);
  await context.close();
});

test("at 1280×800 the stage is letterboxed: 16:9, centred, whole", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page} = await open(context, site.origin, "/quadrant?present=1&lang=zh");
  const stage = await stageFacts(page);
  expect(stage.width).toBeCloseTo(1280, 0);
  expect(stage.height).toBeCloseTo(720, 0);
  expect(stage.top).toBeCloseTo(40, 0);
  await context.close();
});

test("keys: next, back, Home/End, a number then Enter, the overview, full screen, Escape", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page} = await open(context, site.origin, "/trends?present=1&lang=en");
  await expect.poll(() => counter(page)).toMatchObject({current: 1});
  const {total} = await counter(page);
  expect(total).toBeGreaterThan(5);
  const expectSlide = (n: number) => expect.poll(async () => (await counter(page)).current).toBe(n);
  for (const [key, slide] of [
    ["ArrowRight", 2],
    ["ArrowDown", 3],
    [" ", 4],
    ["PageDown", 5],
    ["ArrowLeft", 4],
    ["ArrowUp", 3],
    ["PageUp", 2],
    ["End", total],
    ["Home", 1]
  ] as const) {
    await page.keyboard.press(key === " " ? "Space" : key);
    await expectSlide(slide);
  }
  await page.keyboard.type("4");
  await page.keyboard.press("Enter");
  await expectSlide(4);
  await expect.poll(() => new URL(page.url()).searchParams.get("slide")).toBe("4");

  await page.keyboard.press("o");
  // The overview lists the whole deck; this page's group holds its slides as laid out (present-deck.test.ts covers the rest).
  const cards = page.locator('#deck-overview [aria-current="page"] .deck-overview-card');
  await expect.poll(() => cards.count()).toBe(total);
  expect(await cards.nth(3).getAttribute("aria-current")).toBe("true");
  await cards.nth(1).click();
  await expect.poll(() => page.locator("#deck-overview").count()).toBe(0);
  await expectSlide(2);

  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

  await page.keyboard.press("o");
  await expect.poll(() => cards.count()).toBe(total);
  await page.keyboard.press("Escape");
  await expect.poll(() => page.locator("#deck-overview").count()).toBe(0);
  expect(await presenting(page)).toBe(true);
  await page.keyboard.press("Escape");
  expect(await presenting(page)).toBe(false);
  await context.close();
});

/** A range slider on the slide shown, after stepping to the first slide that has one. */
async function sliderSlide(page: Page, selector: string) {
  const slider = page.locator(selector).first();
  await slideTo(page, async () => slider.isVisible());
  return slider;
}

test("a clicker never changes data: after a mouse use of a slider, PageDown and → move the slide, not the slider", async () => {
  const context = await site.browser.newContext({viewport: {width: 1920, height: 1080}});
  const {page} = await open(context, site.origin, "/quadrant?present=1&lang=en");
  const slider = await sliderSlide(page, 'input[type="range"]');
  await slider.click();
  const value = await slider.inputValue();
  const query = () => {
    const params = new URL(page.url()).searchParams;
    params.delete("slide");
    return params.toString();
  };
  await settle(page);
  // The page writes the URL a moment after an input (writes are coalesced): wait until it holds still.
  await expect
    .poll(async () => {
      const seen = query();
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 150)));
      return query() === seen;
    })
    .toBe(true);
  const before = {slide: (await counter(page)).current, query: query()};
  await page.keyboard.press("PageDown");
  await expect.poll(async () => (await counter(page)).current).toBe(before.slide + 1);
  expect(await slider.inputValue()).toBe(value);
  expect(query()).toBe(before.query);
  await page.keyboard.press("PageUp");
  await expect.poll(async () => (await counter(page)).current).toBe(before.slide);
  await slider.click(); // a mouse use again, then the arrows
  const afterClick = await slider.inputValue();
  await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await counter(page)).current).toBe(before.slide + 1);
  expect(await slider.inputValue()).toBe(afterClick);
  await context.close();
});

test("a slider reached with Tab takes the arrow keys, and shows it; PageDown still moves the slide", async () => {
  const context = await site.browser.newContext({viewport: {width: 1920, height: 1080}});
  const {page} = await open(context, site.origin, "/quadrant?present=1&lang=en");
  const slider = await sliderSlide(page, 'input[type="range"]');
  await slider.click();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  expect(await slider.evaluate((el) => el === document.activeElement && el.classList.contains("deck-keyboard-focus"))).toBe(true);
  expect(await slider.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
  const slide = (await counter(page)).current;
  const value = await slider.inputValue();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => slider.inputValue()).not.toBe(value);
  expect((await counter(page)).current).toBe(slide);
  await page.keyboard.press("PageDown");
  await expect.poll(async () => (await counter(page)).current).toBe(slide + 1);
  await context.close();
});

test("the slide is in the link: a reload opens the same slide, inputs and language; a bad slide falls back with a notice", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page} = await open(context, site.origin, "/quadrant?present=1&lang=en");
  const slider = await sliderSlide(page, 'input[type="range"]');
  await slider.focus();
  await slider.evaluate((el: HTMLInputElement) => {
    el.value = el.min;
    el.dispatchEvent(new Event("input", {bubbles: true}));
  });
  await page.keyboard.press("PageDown");
  const shown = (await counter(page)).current;
  const value = await slider.inputValue();
  await expect.poll(() => new URL(page.url()).searchParams.get("slide")).toBe(String(shown));
  await page.reload({waitUntil: "networkidle"});
  await settle(page);
  await expect.poll(async () => (await counter(page)).current).toBe(shown);
  expect(await page.locator('input[type="range"]').first().inputValue()).toBe(value);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");

  for (const bad of ["999", "%3Cimg%20src%3Dx%3E", "-2"]) {
    await page.goto(`${site.origin}/quadrant?present=1&lang=en&slide=${bad}`, {waitUntil: "networkidle"});
    await expect.poll(() => page.locator(".deck-notice").filter({hasText: "slide"}).count(), {message: bad}).toBeGreaterThan(0);
    expect((await counter(page)).current, bad).toBe(1);
    expect(await page.locator("#observablehq-main img").count()).toBe(0);
  }
  await context.close();
});

test("on a slide, chart labels are at least 18 stage px and the CSV and table-view buttons are hidden", async () => {
  const context = await site.browser.newContext({viewport: {width: 1920, height: 1080}});
  const {page} = await open(context, site.origin, "/vendors?present=1&lang=en");
  await slideTo(page, () => page.locator("#observablehq-main figure svg").first().isVisible());
  const sizes = await page.evaluate(() => {
    const main = document.getElementById("observablehq-main")!;
    const stagePx = 1920 / main.getBoundingClientRect().width;
    return [...main.querySelectorAll("svg text")]
      .filter((text) => !text.closest(".deck-off") && (text as SVGGraphicsElement).getBoundingClientRect().height > 0)
      .map((text) => {
        const scale = main.getBoundingClientRect().width / main.offsetWidth;
        const fit = Number((text.closest("[style*='--deck-fit']") as HTMLElement | null)?.style.getPropertyValue("--deck-fit") || 1);
        return parseFloat(getComputedStyle(text).fontSize) * scale * fit * stagePx;
      });
  });
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
  await expect.poll(() => page.locator("#observablehq-main button.deck-csv").count()).toBeGreaterThan(0);
  for (const button of await page.locator("#observablehq-main :is(button.deck-csv, .deck-table-view)").all()) {
    expect(await button.isVisible()).toBe(false);
  }
  await context.close();
});

test("the report is one deck across pages: past the last slide on to the next page, back to the previous page's last", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page} = await open(context, site.origin, "/?present=1&lang=en");
  await page.keyboard.press("End");
  await expect.poll(async () => (await counter(page)).current).toBe((await counter(page)).total);
  await Promise.all([page.waitForURL(/\/agi/), page.keyboard.press("PageDown")]);
  await settle(page);
  await expect.poll(() => counter(page)).toMatchObject({current: 1});
  expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
  await Promise.all([page.waitForURL((url) => !url.pathname.includes("agi")), page.keyboard.press("PageUp")]);
  await settle(page);
  await expect.poll(async () => {
    const {current, total} = await counter(page);
    return current === total && total > 1;
  }).toBe(true);
  await context.close();
});

test("the committee deck starts at its own address, has 12 to 20 slides and moves across pages", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page} = await open(context, site.origin, "/committee?lang=en");
  const listed = await page.locator(".deck-committee-list li").count();
  expect(listed).toBeGreaterThan(0);
  await Promise.all([page.waitForURL(/deck=committee/), page.click(".deck-committee-start")]);
  await settle(page);
  const visited: string[] = [];
  let slides = 0;
  for (let guard = 0; guard < 40; guard++) {
    await expect.poll(async () => (await counter(page)).total).toBeGreaterThan(0);
    const path = new URL(page.url()).pathname;
    const {current, total} = await counter(page);
    if (!visited.includes(path)) {
      visited.push(path);
      slides += total;
      expect(current, path).toBe(1);
    }
    if (current < total) {
      await page.keyboard.press("PageDown");
      await expect.poll(async () => (await counter(page)).current).toBe(current + 1);
      continue;
    }
    if (path.includes("risks")) break;
    await Promise.all([page.waitForURL((url) => url.pathname !== path), page.keyboard.press("PageDown")]);
    await settle(page);
  }
  expect(visited.map((path) => path.replace(/\.html$/, "").replace(/^\/$/, "/index"))).toEqual([
    "/index",
    "/investment",
    "/quadrant",
    "/watchlist",
    "/risks"
  ]);
  expect(slides).toBeGreaterThanOrEqual(12);
  expect(slides).toBeLessThanOrEqual(20);
  await context.close();
});

test("every page opens presenting from a link, in both languages, with no console error", async () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(5);
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  for (const path of pages) {
    const {page, problems} = await open(context, site.origin, `${path}?present=1&lang=zh`);
    await expect.poll(async () => (await counter(page)).total, {message: path}).toBeGreaterThan(0);
    await page.evaluate(() => (document.querySelector('.deck-lang [data-lang="en"]') as HTMLElement).click());
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.lang), path).toBe("en");
    await expect.poll(async () => (await counter(page)).total, {message: path}).toBeGreaterThan(0);
    expect(problems.consoleErrors, path).toEqual([]);
    await page.close();
  }
  await context.close();
});
test("every page has the bootstrap's controls: theme switch, language switch and present mode", async () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(5);
  const context = await site.browser.newContext({locale: "zh-CN", viewport: {width: 1280, height: 800}});
  for (const path of pages) {
    const {page, problems} = await open(context, site.origin, `${path}?lang=zh`);
    const root = (attribute: string) => page.evaluate((name) => document.documentElement.getAttribute(name), attribute);
    await page.click('.deck-theme [data-theme-choice="dark"]');
    expect(await root("data-theme"), path).toBe("dark");
    await page.click('.deck-theme [data-theme-choice="auto"]');
    expect(await root("data-theme"), path).toBeNull();
    await page.click('.deck-lang [data-lang="en"]');
    await settle(page);
    expect(await root("lang"), path).toBe("en");
    expect(await page.locator('.deck-lang [data-lang="en"]').getAttribute("aria-pressed"), path).toBe("true");
    await page.locator("#observablehq-main").click({position: {x: 1, y: 1}}); // focus off the buttons, as a presenter's page is
    await page.keyboard.press("p");
    await expect.poll(() => presenting(page), {message: path}).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get("present"), {message: path}).toBe("1");
    await page.keyboard.press("Escape");
    expect(problems.consoleErrors, path).toEqual([]);
    await page.close();
  }
  await context.close();
});
