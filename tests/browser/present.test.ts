// Present mode as a presenter uses it: P to start, arrow keys from slide to slide, the view
// in the link, Escape to leave.
import {expect, test} from "vitest";
import {builtPages, open, settle, useSite} from "./harness.js";

const site = useSite();

test("P presents the page; arrows step through its sections; Escape returns to reading", async () => {
  const context = await site.browser.newContext({viewport: {width: 1920, height: 1080}});
  const {page, problems} = await open(context, site.origin, "/?lang=en");
  const presenting = () => page.evaluate(() => document.documentElement.classList.contains("deck-present"));
  expect(await presenting()).toBe(false);
  await page.keyboard.press("p");
  expect(await presenting()).toBe(true);
  await expect.poll(() => new URL(page.url()).searchParams.get("present")).toBe("1");
  expect(await page.locator("#observablehq-footer").isVisible()).toBe(false);

  const topHeading = () =>
    page.evaluate(() => {
      const header = document.getElementById("observablehq-header")!.getBoundingClientRect().bottom;
      const visible = [...document.querySelectorAll("#observablehq-main h2")].filter((h) => (h as HTMLElement).offsetParent);
      const near = visible.find((h) => Math.abs(h.getBoundingClientRect().top - header - 8) < 4);
      return near?.textContent ?? null;
    });
  await page.keyboard.press("ArrowRight");
  await expect.poll(topHeading).toBe("Key takeaways");
  await page.keyboard.press("ArrowRight");
  const second = await topHeading();
  expect(second).not.toBeNull();
  expect(second).not.toBe("Key takeaways");
  await page.keyboard.press("ArrowLeft");
  await expect.poll(topHeading).toBe("Key takeaways");

  await page.keyboard.press("Escape");
  expect(await presenting()).toBe(false);
  await expect.poll(() => new URL(page.url()).searchParams.has("present")).toBe(false);
  expect(problems.consoleErrors).toEqual([]);
  await context.close();
});

test("a presenting link opens in present mode", async () => {
  const context = await site.browser.newContext();
  const {page} = await open(context, site.origin, "/?present=1&lang=zh");
  expect(await page.evaluate(() => document.documentElement.classList.contains("deck-present"))).toBe(true);
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
    expect(await page.evaluate(() => document.documentElement.classList.contains("deck-present")), path).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get("present"), {message: path}).toBe("1");
    await page.keyboard.press("Escape");
    expect(problems.consoleErrors, path).toEqual([]);
    await page.close();
  }
  await context.close();
});
