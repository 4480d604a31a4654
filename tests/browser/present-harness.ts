// What the present-mode tests read from a page as a presenter sees it: the slide counter
// ("n / N · page p of P" under the stage), whether the page is presenting, and the stage's rectangle.
import type {Page} from "playwright-core";
import {expect} from "vitest";

/** The slide shown and the page's slides, from the counter's "n / N" (its page part is read by deckPosition). */
export async function counter(page: Page): Promise<{current: number; total: number}> {
  const text = (await page.locator("#deck-slide-counter").textContent().catch(() => null)) ?? "";
  const [, current, total] = /^\s*(\d+) \/ (\d+)/.exec(text) ?? [];
  return {current: Number(current) || 0, total: Number(total) || 0};
}

/** The page's place in the deck from the counter's page part ("page 4 of 14", "第 4 / 14 页"), or null when it shows none. */
export async function deckPosition(page: Page): Promise<{page: number; pages: number} | null> {
  const text = (await page.locator("#deck-slide-counter").textContent().catch(() => null)) ?? "";
  const [, at, of] = /· (?:page (\d+) of (\d+)|第 (\d+) \/ (\d+) 页)$/.exec(text.trim())?.filter((part) => part !== undefined) ?? [];
  return at ? {page: Number(at), pages: Number(of)} : null;
}

export function presenting(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.classList.contains("deck-present"));
}

export function stageFacts(page: Page): Promise<{left: number; top: number; width: number; height: number}> {
  return page.evaluate(() => {
    const {left, top, width, height} = document.getElementById("observablehq-main")!.getBoundingClientRect();
    return {left, top, width, height};
  });
}

/** Steps forward (PageDown) until `shown` holds on the slide shown; fails past the page's last slide. */
export async function slideTo(page: Page, shown: () => Promise<boolean>): Promise<void> {
  await expect.poll(async () => (await counter(page)).total).toBeGreaterThan(0);
  const {total} = await counter(page);
  for (let slide = (await counter(page)).current; slide <= total; slide++) {
    if (await shown()) return;
    if (slide === total) break;
    await page.keyboard.press("PageDown");
    await expect.poll(async () => (await counter(page)).current).toBe(slide + 1);
  }
  throw new Error("no slide of the page shows what was asked for");
}

/** The elements of the slide shown that lie outside the stage (screen px, 1 px of tolerance), described. */
export function outsideStage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.getElementById("observablehq-main")!;
    const stage = main.getBoundingClientRect();
    const found: string[] = [];
    for (const element of main.querySelectorAll("*")) {
      // Hidden blocks, and the containers opened into blocks (they paint nothing of their own), are not the slide's.
      if (element.closest(".deck-off") || element.classList.contains("deck-opened")) continue;
      if (element.closest("details:not([open]) > :not(summary)")) continue; // a closed disclosure's content is not shown
      const style = getComputedStyle(element);
      if (style.visibility !== "visible" || style.display === "none") continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 0 || box.height <= 0) continue;
      if (box.left < stage.left - 1 || box.top < stage.top - 1 || box.right > stage.right + 1 || box.bottom > stage.bottom + 1) {
        found.push(`${element.tagName.toLowerCase()}.${element.getAttribute("class") ?? ""} "${(element.textContent ?? "").slice(0, 40)}"`);
      }
    }
    return found;
  });
}

/** The blocks the slide shown is made of (main's children, and opened containers' children), as tag names. */
export function slideBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.getElementById("observablehq-main")!;
    return [...main.querySelectorAll<HTMLElement>(":scope > *, :scope .deck-opened > *")]
      .filter((block) => !block.classList.contains("deck-off") && !block.classList.contains("deck-opened"))
      .filter((block) => block.getBoundingClientRect().height > 0 && getComputedStyle(block).visibility !== "hidden")
      .map((block) => block.tagName);
  });
}

/**
 * The share of the stage's height the slide shown leaves empty below its lowest visible element
 * (or below the element `under` selects), and whether the slide shows a chart (a Plot svg over
 * 40 px tall) on a flow slide (not a stage slide, which lays its chart out itself) drawn at full
 * size (not scaled to fit).
 */
export function emptyBelow(page: Page, under?: string): Promise<{empty: number; flowChart: boolean}> {
  return page.evaluate((under) => {
    const main = document.getElementById("observablehq-main")!;
    const stage = main.getBoundingClientRect();
    const scale = stage.width / main.offsetWidth;
    const bottom = stage.bottom - parseFloat(getComputedStyle(main).paddingBottom) * scale;
    let lowest = stage.top;
    for (const element of under ? [main.querySelector<HTMLElement>(under)!] : main.querySelectorAll<HTMLElement>("*")) {
      if (element.closest(".deck-off") || element.classList.contains("deck-opened")) continue;
      const style = getComputedStyle(element);
      if (style.display === "none" || style.visibility !== "visible") continue;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) lowest = Math.max(lowest, box.bottom);
    }
    const chart = [...main.querySelectorAll('svg[class^="plot"]')].some((svg) => !svg.closest(".deck-off") && svg.getBoundingClientRect().height > 40);
    const stageSlide = main.querySelector('[data-slide="stage"]:not(.deck-off)') !== null;
    const scaled = main.querySelector('[style*="--deck-fit"]:not(.deck-off)') !== null;
    return {empty: (bottom - lowest) / stage.height, flowChart: chart && !stageSlide && !scaled};
  }, under);
}
