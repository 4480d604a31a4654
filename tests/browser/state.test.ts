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

test("a 10-second continuous drag leaves the link holding the last value, in fewer than 200 history writes", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page, problems} = await open(context, site.origin, "/quadrant?lang=en");
  const slider = page.locator('input[name="mix-share"]');
  expect(await slider.count()).toBe(1);
  const {writes, events} = await page.evaluate(async () => {
    let writes = 0;
    const replaceState = history.replaceState.bind(history);
    history.replaceState = (...args: Parameters<History["replaceState"]>) => (writes++, replaceState(...args));
    const range = document.querySelector<HTMLInputElement>('input[name="mix-share"]')!;
    // A 10-second drag back and forth: an input event every 10 ms, each in its own task.
    const started = performance.now();
    const shares: number[] = [];
    for (let i = 0; performance.now() - started < 10_000; i++) {
      const share = (i * 5) % 105;
      shares.push(share);
      range.value = String(share);
      range.dispatchEvent(new Event("input", {bubbles: true}));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // It ends on 25% input: the mix 1:3.
    range.value = "25";
    range.dispatchEvent(new Event("input", {bubbles: true}));
    return {writes, events: shares.length + 1};
  });
  expect(events).toBeGreaterThan(100);
  await expect.poll(() => new URL(page.url()).searchParams.get("mix")).toBe("1:3");
  expect(writes).toBeGreaterThan(0);
  expect(writes).toBeLessThan(200); // coalesced: Chromium ignores history updates past 200 in 10 s
  // A reload of the link shows what the drag left.
  const {page: reloaded} = await open(context, site.origin, new URL(page.url()).pathname + new URL(page.url()).search);
  expect(await reloaded.locator('input[name="mix-share"]').inputValue()).toBe("25");
  expect(problems.consoleErrors).toEqual([]);
  await context.close();
});

test("inputs rebuilt by a language switch stop listening: a change reaches only the live inputs", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page, problems} = await open(context, site.origin, "/quadrant?lang=en");
  // The page's own state module (the same instance: its bundle, imported again by its URL, holds
  // the namespace of every module the page imports), to count a parameter's watchers.
  const watchers = () =>
    page.evaluate(
      // As text: the test runner would rewrite a dynamic import() in a function it compiles.
      `Promise.all([...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => import(link.href))).then((modules) =>
        modules.flatMap((module) => [module, ...Object.values(module)]).find((each) => typeof each?.watcherCount === "function").watcherCount({name: "minIq"}))`
    ) as Promise<number>;
  const live = await watchers();
  expect(live).toBeGreaterThan(0);
  await page.evaluate(() => ((window as any).__firstControl = document.querySelector('[data-control="minIq"]')));
  for (const lang of ["zh", "en"]) {
    await page.click(`.deck-lang [data-lang="${lang}"]`);
    await settle(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang === "zh" ? "zh-CN" : "en");
  }
  const controls = page.locator('[data-control="minIq"]');
  expect(await controls.count()).toBe(1);
  expect(await page.evaluate(() => (window as any).__firstControl.isConnected)).toBe(false); // rebuilt, not reused
  await page.evaluate(() => {
    const control = document.querySelector('[data-control="minIq"]') as HTMLElement & {value: number};
    control.value = 70;
    control.dispatchEvent(new Event("input", {bubbles: true}));
  });
  await expect.poll(() => new URL(page.url()).searchParams.get("minIq")).toBe("70");
  expect(await watchers()).toBe(live);
  expect(await page.evaluate(() => (window as any).__firstControl.value)).toBe(55); // the gone input was not updated
  expect(problems.consoleErrors).toEqual([]);
  await context.close();
});
