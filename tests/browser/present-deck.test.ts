// The whole deck while presenting: the overview (O) lists every page of the deck being presented,
// each under its title, this page's slides as laid out and the other pages' sections from the
// build's outline, and a card of another page opens it at that section; the counter and the
// presenter window say which page of the deck is shown; a link names a slide by its key as well as
// by its number, and a slide the page does not have falls back to the first with a notice.
import type {Page} from "playwright-core";
import {expect, test} from "vitest";
import {open, settle, sidebarPages, useSite} from "./harness.js";
import {counter, deckPosition, slideTo} from "./present-harness.js";

const site = useSite();

/** The overview as listed: each page group's path, its title, whether it is this page, and its cards' texts. */
function overviewGroups(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("#deck-overview .deck-overview-page")].map((group) => ({
      page: group.dataset.page ?? "",
      title: group.querySelector(".deck-overview-heading")?.textContent ?? "",
      current: group.getAttribute("aria-current") === "page",
      cards: [...group.querySelectorAll<HTMLElement>(".deck-overview-card")].map((card) => ({
        text: card.querySelector(".deck-overview-title")?.textContent ?? "",
        section: card.dataset.section ?? null
      }))
    }))
  );
}

/** The text of the visible h2 on the slide shown (the reader's language only). */
function shownHeading(page: Page): Promise<string> {
  return page.locator("#observablehq-main h2:visible").first().innerText();
}

test("the report's overview lists every page in the report's order, each with its sections; a card opens that page at its section", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page, problems} = await open(context, site.origin, "/quadrant?present=1&lang=en");
  await expect.poll(() => deckPosition(page)).not.toBeNull();
  const {total} = await counter(page);
  await page.keyboard.press("o");
  await expect.poll(async () => (await overviewGroups(page)).length).toBeGreaterThan(1);
  const groups = await overviewGroups(page);
  // Every page of the report, in the sidebar's (the pager's) order.
  expect(groups.map((group) => group.page)).toEqual(sidebarPages());
  for (const group of groups) {
    expect(group.cards.length, group.page).toBeGreaterThan(0);
    expect(group.title.trim(), group.page).not.toBe("");
    for (const card of group.cards) expect(card.text.trim(), group.page).not.toBe("");
  }
  // This page: its slides as laid out (continuations too), numbered; the others: their sections by key, in English.
  const here = groups.find((group) => group.current)!;
  expect(here.page).toBe("/quadrant");
  expect(here.cards).toHaveLength(total);
  expect(groups.filter((group) => group.current)).toHaveLength(1);
  const investment = groups.find((group) => group.page === "/investment")!;
  expect(investment.title).toContain("Investment view");
  expect(investment.cards.map((card) => card.section)).toEqual(["title", "models-are-iterating-faster-which-is-expected-to-drive-rapid-development-of-applications", "investment-logic", "industry-investment-rating", "names-we-suggest-following"]);
  expect(investment.cards.map((card) => card.text)).toContain("Investment logic");

  await Promise.all([page.waitForURL(/\/investment/), page.locator('#deck-overview [data-page="/investment"] [data-section="investment-logic"]').click()]);
  await settle(page);
  const url = new URL(page.url());
  expect(url.searchParams.get("present")).toBe("1");
  expect(url.searchParams.get("lang")).toBe("en");
  await expect.poll(() => shownHeading(page)).toBe("Investment logic");
  await expect.poll(() => deckPosition(page)).toEqual({page: sidebarPages().indexOf("/investment") + 1, pages: sidebarPages().length});
  expect(problems.consoleErrors).toEqual([]);
  await context.close();
});

test("the committee deck's overview lists its five pages and only its sections, in Chinese; arrows move between cards, Enter opens one, Esc closes", async () => {
  const context = await site.browser.newContext({viewport: {width: 1920, height: 1080}});
  const {page} = await open(context, site.origin, "/quadrant?present=1&deck=committee&lang=zh");
  await expect.poll(() => deckPosition(page)).toEqual({page: 3, pages: 5});
  await page.keyboard.press("o");
  await expect.poll(async () => (await overviewGroups(page)).length).toBe(5);
  const groups = await overviewGroups(page);
  expect(groups.map((group) => group.page)).toEqual(["/", "/investment", "/quadrant", "/watchlist", "/risks"]);
  expect(groups[1].cards.map((card) => card.section)).toEqual(["investment-logic", "names-we-suggest-following"]);
  expect(groups[1].cards.map((card) => card.text)).toEqual(["投资逻辑", "建议关注以下标的"]);
  expect(groups[3].cards.map((card) => card.text)).toEqual(["委员会信念草稿"]);
  expect(groups[4].cards.map((card) => card.section)).toEqual(["title", "disclaimer"]);

  // The current slide's card has the focus; → moves to the next card (on to the next page's), ← back, ↓ to the row below.
  const focused = () => page.evaluate(() => {
    const card = document.activeElement as HTMLElement;
    return {page: (card.closest(".deck-overview-page") as HTMLElement | null)?.dataset.page, text: card.querySelector(".deck-overview-title")?.textContent, section: card.dataset.section};
  });
  expect(await focused()).toMatchObject({page: "/quadrant", text: "智力与价格"});
  await page.keyboard.press("ArrowRight");
  expect(await focused()).toMatchObject({page: "/quadrant", text: "强吸引力象限"});
  await page.keyboard.press("ArrowRight");
  expect(await focused()).toMatchObject({page: "/watchlist", section: "the-committees-conviction-scratchpad"});
  await page.keyboard.press("ArrowLeft");
  expect(await focused()).toMatchObject({page: "/quadrant", text: "强吸引力象限"});
  await page.keyboard.press("ArrowDown");
  expect(await focused()).toMatchObject({page: "/watchlist"});
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  expect(await focused()).toMatchObject({page: "/investment"});
  expect(await counter(page)).toMatchObject({current: 1}); // arrows in the overview move the focus, not the slide
  await page.keyboard.press("Escape");
  await expect.poll(() => page.locator("#deck-overview").count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.classList.contains("deck-present"))).toBe(true);

  await page.keyboard.press("o");
  await page.keyboard.press("End"); // the disclaimer
  expect(await focused()).toMatchObject({page: "/risks", section: "disclaimer"});
  await Promise.all([page.waitForURL(/\/risks/), page.keyboard.press("Enter")]);
  await settle(page);
  const url = new URL(page.url());
  expect(url.searchParams.get("deck")).toBe("committee");
  await expect.poll(() => shownHeading(page)).toBe("免责声明");
  await expect.poll(() => deckPosition(page)).toEqual({page: 5, pages: 5});
  await expect.poll(() => page.locator("#deck-slide-counter").textContent()).toMatch(/^2 \/ 2 · 第 5 \/ 5 页$/);
  await context.close();
});

test("the counter says the slide within the page and the page within the deck, in the reader's language", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const pages = sidebarPages();
  const {page} = await open(context, site.origin, "/quadrant?present=1&lang=en");
  await expect.poll(() => page.locator("#deck-slide-counter").textContent()).toMatch(new RegExp(`^1 / \\d+ · page ${pages.indexOf("/quadrant") + 1} of ${pages.length}$`));
  await page.keyboard.press("PageDown");
  await expect.poll(() => page.locator("#deck-slide-counter").textContent()).toMatch(new RegExp(`^2 / \\d+ · page ${pages.indexOf("/quadrant") + 1} of ${pages.length}$`));
  await page.evaluate(() => (document.querySelector('.deck-lang [data-lang="zh"]') as HTMLElement).click());
  await expect.poll(() => page.locator("#deck-slide-counter").textContent()).toMatch(new RegExp(`^2 / \\d+ · 第 ${pages.indexOf("/quadrant") + 1} / ${pages.length} 页$`));
  // The cover is the report's first page; /committee is in no deck, so its counter counts its slides only.
  // (One presenting window at a time: presenting windows of a browser keep each other in step.)
  await page.close();
  const {page: cover} = await open(context, site.origin, "/?present=1&lang=en");
  await expect.poll(() => deckPosition(cover)).toEqual({page: 1, pages: pages.length});
  await cover.close();
  const {page: committee} = await open(context, site.origin, "/committee?present=1&lang=en");
  await expect.poll(async () => (await counter(committee)).total).toBeGreaterThan(0);
  expect(await committee.locator("#deck-slide-counter").textContent()).toMatch(/^\d+ \/ \d+$/);
  await context.close();
});

test("a slide that continues its section names the section under the stage, in the reader's language; a section's first slide, its heading shown, does not", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page} = await open(context, site.origin, "/vendors?present=1&lang=en");
  // The label's text, or null when there is none (read at once: a locator would wait for it).
  const sectionLabel = () => page.evaluate(() => document.getElementById("deck-slide-context")?.textContent ?? null);
  await expect.poll(async () => (await counter(page)).total).toBeGreaterThan(3);
  expect(await sectionLabel()).toBeNull(); // the page's first slide
  // At 1280×800 in English the five vendors' cards share the slide of their heading and its one line
  // (keepOpeningsWithNext), and the comparison table below them continues on the next slides: there,
  // without the heading, the section's title is under the stage.
  await page.keyboard.press("Home");
  let headingSlide = 0;
  const {total} = await counter(page);
  for (let slide = 1; slide <= total && !headingSlide; slide++) {
    if (await page.locator("#observablehq-main h2.deck-first").filter({hasText: "Five vendors, five paths"}).count()) headingSlide = slide;
    else {
      await page.keyboard.press("PageDown");
      await expect.poll(async () => (await counter(page)).current).toBe(slide + 1);
    }
  }
  expect(headingSlide).toBeGreaterThan(0);
  expect(await sectionLabel()).toBeNull();
  expect(await page.locator("#observablehq-main .deck-vendor-cards:not(.deck-off)").count()).toBe(1);
  await page.keyboard.press("PageDown");
  await expect.poll(async () => (await counter(page)).current).toBe(headingSlide + 1);
  expect(await page.locator("#observablehq-main .deck-first figcaption").filter({hasText: "The five vendors compared"}).count()).toBe(1);
  await expect.poll(sectionLabel).toBe("Five vendors, five paths");
  expect(await page.locator("#deck-slide-context *").count()).toBe(0); // text, never markup
  // In Chinese, on the cards' slide again (the packing may differ): the title in Chinese, unless the
  // heading shares the cards' slide.
  await page.evaluate(() => (document.querySelector('.deck-lang [data-lang="zh"]') as HTMLElement).click());
  await page.keyboard.press("Home");
  await slideTo(page, () =>
    page.evaluate(() => {
      const cards = document.querySelector("#observablehq-main .deck-vendor-cards");
      return !!cards && !cards.closest(".deck-off") && cards.getClientRects().length > 0;
    })
  );
  const headingShown = (await page.locator("#observablehq-main h2.deck-first").count()) > 0;
  await expect.poll(sectionLabel).toBe(headingShown ? null : "五家厂商的进化重点与路径");
  // Leaving present mode takes it away.
  await page.keyboard.press("Escape");
  await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains("deck-present"))).toBe(false);
  expect(await page.locator("#deck-slide-context").count()).toBe(0);
  await context.close();
});

test("a link names a slide by its key: it opens that section; old numeric and `last` links still work; a slide the page lacks falls back with a notice", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page} = await open(context, site.origin, "/quadrant?present=1&lang=en&slide=the-pareto-frontier-and-intelligence-per-dollar");
  await expect.poll(() => shownHeading(page)).toBe("The Pareto frontier and intelligence per dollar");
  const atKey = (await counter(page)).current;
  expect(atKey).toBeGreaterThan(1);
  // Once settled the link names the slide by number, as before.
  await expect.poll(() => new URL(page.url()).searchParams.get("slide")).toBe(String(atKey));
  expect(await page.locator(".deck-notice").count()).toBe(0);

  await page.goto(`${site.origin}/quadrant?present=1&lang=en&slide=${atKey}`, {waitUntil: "networkidle"});
  await settle(page);
  await expect.poll(() => shownHeading(page)).toBe("The Pareto frontier and intelligence per dollar");
  await page.goto(`${site.origin}/quadrant?present=1&lang=en&slide=last`, {waitUntil: "networkidle"});
  await settle(page);
  await expect.poll(async () => {
    const {current, total} = await counter(page);
    return current === total && total > 1;
  }).toBe(true);
  // A continuation slide by its key (`key#2`): the section's second slide.
  await page.goto(`${site.origin}/quadrant?present=1&lang=en&slide=the-reports-statements-checked`, {waitUntil: "networkidle"});
  await settle(page);
  await expect.poll(() => shownHeading(page)).toBe("The report's statements, checked");
  const section = (await counter(page)).current;
  await page.goto(`${site.origin}/quadrant?present=1&lang=en&slide=the-reports-statements-checked%232`, {waitUntil: "networkidle"});
  await settle(page);
  await expect.poll(async () => (await counter(page)).current).toBe(section + 1);

  for (const bad of ["no-such-section", "constructor", "%3Cimg%20src%3Dx%3E", "0", "999"]) {
    await page.goto(`${site.origin}/quadrant?present=1&lang=en&slide=${bad}`, {waitUntil: "networkidle"});
    await expect.poll(() => page.locator(".deck-notice").filter({hasText: "slide"}).count(), {message: bad}).toBeGreaterThan(0);
    expect((await counter(page)).current, bad).toBe(1);
    expect(await page.locator("#observablehq-main img").count()).toBe(0);
  }
  // A section the committee deck leaves out of the page is not one of its slides: the deck's first slide, with a notice.
  await page.goto(`${site.origin}/quadrant?present=1&deck=committee&lang=en&slide=about-the-data`, {waitUntil: "networkidle"});
  await expect.poll(() => page.locator(".deck-notice").filter({hasText: "slide"}).count()).toBeGreaterThan(0);
  expect((await counter(page)).current).toBe(1);
  await context.close();
});

test("/committee says how to print the deck, and its print button presents the deck's first page, where Ctrl+P prints that page's slides", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page} = await open(context, site.origin, "/committee?lang=en");
  const help = page.locator(".deck-committee-print");
  expect(await help.innerText()).toContain("npm run pdf -- --deck committee");
  expect(await help.innerText()).toMatch(/prints one page at a time/);
  // Ctrl+P while reading: the printout opens on how to get the deck's PDF; the buttons and the keys are left out.
  await page.emulateMedia({media: "print"});
  const printed = await page.evaluate(() => {
    const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top;
    const shown = (selector: string) => getComputedStyle(document.querySelector(selector)!.closest("p") ?? document.querySelector(selector)!).display !== "none";
    return {helpFirst: top(".deck-committee-print") < top(".deck-committee-list"), start: shown(".deck-committee-start"), printStart: shown(".deck-committee-print-start"), keys: shown(".deck-note")};
  });
  expect(printed).toEqual({helpFirst: true, start: false, printStart: false, keys: false});
  await page.emulateMedia({media: "screen"});
  await Promise.all([page.waitForURL(/present=1/), page.click(".deck-committee-print-start")]);
  await settle(page);
  const url = new URL(page.url());
  expect(url.searchParams.get("deck")).toBe("committee");
  await expect.poll(() => page.locator("#deck-slide-counter").textContent()).toMatch(/^1 \/ \d+ · page 1 of 5$/);
  // There, the print is the page's slides, one a page.
  expect(await page.evaluate(() => document.getElementById("deck-print-page")?.textContent ?? "")).toContain("@page");
  await context.close();
});
