// Present mode as a presenter uses it: P to start, arrow keys from slide to slide, the view
// in the link, Escape to leave.
import {expect, test} from "vitest";
import {open, useSite} from "./harness.js";

const site = useSite();

test("P presents the page; arrows step through its sections; Escape returns to reading", async () => {
  const context = await site.browser.newContext({viewport: {width: 1920, height: 1080}});
  const {page, problems} = await open(context, site.origin, "/?lang=en");
  const presenting = () => page.evaluate(() => document.documentElement.classList.contains("deck-present"));
  expect(await presenting()).toBe(false);
  await page.keyboard.press("p");
  expect(await presenting()).toBe(true);
  expect(new URL(page.url()).searchParams.get("present")).toBe("1");
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
  expect(new URL(page.url()).searchParams.has("present")).toBe(false);
  expect(problems.consoleErrors).toEqual([]);
  await context.close();
});

test("a presenting link opens in present mode", async () => {
  const context = await site.browser.newContext();
  const {page} = await open(context, site.origin, "/?present=1&lang=zh");
  expect(await page.evaluate(() => document.documentElement.classList.contains("deck-present"))).toBe(true);
  await context.close();
});
