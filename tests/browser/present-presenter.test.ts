// The presenter window: `s` opens it; it shows the slide (and the page's place in the deck), the
// next one, the notes and the time; the slide, every input and the language sync both ways with the
// audience window; closing either leaves the other working. Notes come from a fixture served in
// place of the loader's output (data/speaker_notes.json), so the test does not depend on the notes'
// wording.
import type {BrowserContext, Page} from "playwright-core";
import {expect, test} from "vitest";
import {open, settle, useSite} from "./harness.js";
import {counter} from "./present-harness.js";

const site = useSite();

const FIXTURE = [{page: "/quadrant", slide: "title", zh: "先讲象限的定义。", en: "Start with what the quadrant means.", source: "report Fig. 10"}];

async function audienceAndPresenter(context: BrowserContext): Promise<{audience: Page; presenter: Page}> {
  await context.route("**/_file/data/speaker_notes*.json", (route) => route.fulfill({contentType: "application/json", body: JSON.stringify(FIXTURE)}));
  const {page: audience} = await open(context, site.origin, "/quadrant?present=1&lang=en");
  await expect.poll(() => counter(audience)).toMatchObject({current: 1});
  const [presenter] = await Promise.all([context.waitForEvent("page"), audience.keyboard.press("s")]);
  await presenter.waitForLoadState("networkidle");
  await settle(presenter);
  await expect.poll(() => presenter.locator("#deck-presenter [data-count]").textContent()).toMatch(/^Slide 1 of \d+$/);
  return {audience, presenter};
}

const slider = (page: Page) => page.locator('input[type="range"]').first();

test("s opens the presenter window: slide n of N, the next slide, notes in the reader's language, elapsed time and clock", async () => {
  const context = await site.browser.newContext({viewport: {width: 1440, height: 900}});
  const {presenter} = await audienceAndPresenter(context);
  expect(new URL(presenter.url()).searchParams.get("presenter")).toBe("1");
  // Beside "Slide n of N" (the slide within the page), the page within the deck: /quadrant is the report's fifth page.
  await expect.poll(() => presenter.locator("#deck-presenter [data-page-position]").textContent()).toMatch(/^· page 5 of \d+$/);
  await expect.poll(() => presenter.locator("#deck-presenter [data-notes]").textContent()).toContain("Start with what the quadrant means.");
  await expect.poll(() => presenter.locator("#deck-presenter [data-next-title]").textContent()).toMatch(/^2\. /);
  await expect.poll(() => presenter.locator("#deck-presenter iframe").getAttribute("src")).toContain("preview=1");
  expect(await presenter.locator("#deck-presenter [data-elapsed]").textContent()).toMatch(/^\d+:\d\d$/);
  expect(await presenter.locator("#deck-presenter [data-clock]").textContent()).toMatch(/\d\d:\d\d/);
  // The live slide sits beside the panel, whole.
  const stage = await presenter.evaluate(() => document.getElementById("observablehq-main")!.getBoundingClientRect().right);
  const panel = await presenter.evaluate(() => document.getElementById("deck-presenter")!.getBoundingClientRect().left);
  expect(stage).toBeLessThanOrEqual(panel);
  await presenter.locator("#deck-presenter [data-step='1']").click();
  await expect.poll(() => presenter.locator("#deck-presenter [data-notes]").textContent()).toContain("No notes for this slide.");
  await context.close();
});

test("the slide, an input and the language sync both ways; closing either window leaves the other working", async () => {
  const context = await site.browser.newContext({viewport: {width: 1440, height: 900}});
  const {audience, presenter} = await audienceAndPresenter(context);

  await audience.keyboard.press("PageDown");
  await expect.poll(async () => (await counter(presenter)).current || Number((await presenter.locator("[data-count]").textContent())?.match(/\d+/)?.[0])).toBe(2);
  await presenter.keyboard.press("PageDown");
  await expect.poll(async () => (await counter(audience)).current).toBe(3);

  // An input moved in the presenter window moves the audience's (and its link), and back.
  const setSlider = (page: Page, to: "min" | "max") =>
    slider(page).evaluate((el: HTMLInputElement, end) => {
      el.value = end === "min" ? el.min : el.max;
      el.dispatchEvent(new Event("input", {bubbles: true}));
    }, to);
  await setSlider(presenter, "min");
  const min = await slider(presenter).inputValue();
  await expect.poll(() => slider(audience).inputValue()).toBe(min);
  await expect.poll(() => audience.url()).toBe(audience.url()); // the link follows too (checked below)
  await setSlider(audience, "max");
  const max = await slider(audience).inputValue();
  await expect.poll(() => slider(presenter).inputValue()).toBe(max);
  await expect.poll(() => new URL(presenter.url()).search.length).toBeGreaterThan(0);

  await presenter.locator('#deck-presenter .deck-lang [data-lang="zh"]').click();
  await expect.poll(() => audience.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  await expect.poll(() => presenter.locator("#deck-presenter [data-count]").textContent()).toMatch(/^第 3 \/ \d+ 张$/);
  await expect.poll(() => presenter.locator("#deck-presenter [data-page-position]").textContent()).toMatch(/^· 第 5 \/ \d+ 页$/);

  await presenter.close();
  await audience.keyboard.press("PageDown");
  await expect.poll(async () => (await counter(audience)).current).toBe(4);
  await context.close();
});

test("closing the audience window leaves the presenter window presenting", async () => {
  const context = await site.browser.newContext({viewport: {width: 1440, height: 900}});
  const {audience, presenter} = await audienceAndPresenter(context);
  await audience.close();
  await presenter.keyboard.press("PageDown");
  await expect.poll(() => presenter.locator("#deck-presenter [data-count]").textContent()).toMatch(/^Slide 2 of \d+$/);
  await context.close();
});
