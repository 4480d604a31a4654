// The shared state mechanism as a reader meets it: the language switch, remembered and in
// the URL, and a hostile link parameter that falls back to its default with a notice.
import {expect, test} from "vitest";
import {open, useSite, settle} from "./harness.js";

const site = useSite();

test("the default language follows the browser's: Chinese for zh, English otherwise", async () => {
  for (const [locale, expected] of [
    ["zh-CN", "zh-CN"],
    ["en-US", "en"],
    ["de-DE", "en"]
  ]) {
    const context = await site.browser.newContext({locale});
    const {page} = await open(context, site.origin, "/");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(expected);
    await context.close();
  }
});

test("the header switch changes the language at once, writes ?lang= and is remembered", async () => {
  const context = await site.browser.newContext({locale: "zh-CN"});
  const {page, problems} = await open(context, site.origin, "/");
  const heading = page.locator("#observablehq-main h1");
  const zhTitle = await heading.innerText();
  expect(zhTitle).toMatch(/[\u4e00-\u9fff]/);
  await page.evaluate(() => ((window as any).__samePage = true));
  await page.click('.deck-lang [data-lang="en"]');
  await settle(page);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
  expect(await heading.innerText()).not.toBe(zhTitle);
  expect(await heading.innerText()).toMatch(/[A-Za-z]/);
  expect(await page.evaluate(() => (window as any).__samePage)).toBe(true); // switched in place, no reload
  // Remembered: a later visit without ?lang= opens in English.
  const {page: later} = await open(context, site.origin, "/");
  expect(await later.evaluate(() => document.documentElement.lang)).toBe("en");
  expect(problems.consoleErrors).toEqual([]);
  await context.close();
});

test("a hostile ?lang= value falls back to the default with a visible notice and no injected markup", async () => {
  const context = await site.browser.newContext({locale: "zh-CN"});
  const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
  const {page, problems} = await open(context, site.origin, `/?lang=${hostile}`);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  const notice = page.locator("#deck-notices");
  await expect.poll(() => notice.isVisible()).toBe(true);
  expect(await notice.innerText()).toContain("lang");
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.locator("#deck-notices img").count()).toBe(0);
  expect(problems.consoleErrors).toEqual([]);
  await context.close();
});
