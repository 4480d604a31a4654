// One palette on every page: a vendor wears one colour on /quadrant, /vendors and /timeline,
// read from what is drawn (a lane or label with the vendor's name, or a legend swatch beside
// it), and the timeline's event kinds use colours no vendor has.
import type {BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {open, useSite} from "./harness.js";

const site = useSite();
let context: BrowserContext;
beforeAll(async () => {
  context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
});
afterAll(async () => context?.close());

/** The colours drawn for the element named `name`: SVG text of that name in a colour, or a swatch beside that name. */
function coloursNamed(page: Page, name: string): Promise<string[]> {
  return page.evaluate((name) => {
    const probe = document.createElement("span");
    document.body.append(probe);
    const rgb = (colour: string) => ((probe.style.color = ""), (probe.style.color = colour), getComputedStyle(probe).color);
    const found = new Set<string>();
    const main = document.querySelector("#observablehq-main")!;
    for (const text of main.querySelectorAll("svg text")) {
      const fill = text.getAttribute("fill") ?? text.parentElement?.closest("[fill]")?.getAttribute("fill");
      if (text.textContent?.trim() === name && fill && fill !== "currentColor" && !fill.startsWith("var(")) found.add(rgb(fill));
    }
    for (const swatch of main.querySelectorAll<HTMLElement>("[class*='swatch']:not([class*='swatches'])")) {
      const entry = swatch.innerText.trim() ? swatch : swatch.parentElement!;
      if (!new RegExp(`^${name}\\b`).test(entry.innerText.trim()) || entry.offsetParent === null) continue;
      const shape = swatch.querySelector("svg");
      const colour = shape
        ? (shape.getAttribute("fill") ?? shape.querySelector("[fill]")?.getAttribute("fill") ?? "")
        : getComputedStyle(swatch).backgroundColor;
      if (colour) found.add(rgb(colour));
    }
    probe.remove();
    return [...found];
  }, name);
}

describe("one palette", () => {
  test("OpenAI has one colour on /quadrant, /vendors and /timeline", async () => {
    const byPage: Record<string, string[]> = {};
    for (const path of ["/quadrant", "/vendors", "/timeline"]) {
      const {page} = await open(context, site.origin, `${path}?lang=en`);
      byPage[path] = await coloursNamed(page, "OpenAI");
      await page.close();
    }
    for (const colours of Object.values(byPage)) expect(colours.length).toBeGreaterThan(0);
    expect(new Set(Object.values(byPage).flat()).size, JSON.stringify(byPage)).toBe(1);
  });

  test("the timeline's event kinds share no colour with the vendors", async () => {
    const {page, problems} = await open(context, site.origin, "/timeline?lang=en");
    const vendors = (await Promise.all(["OpenAI", "Meta (LLaMA)", "Anthropic", "xAI", "Google (Gemini)"].map((n) => coloursNamed(page, n)))).flat();
    const kinds = await page.evaluate(() => {
      const probe = document.createElement("span");
      document.body.append(probe);
      const rgb = (colour: string) => ((probe.style.color = ""), (probe.style.color = colour), getComputedStyle(probe).color);
      const legend = [...document.querySelectorAll(".deck-timeline-legend-swatch svg, [class*='deck-timeline-legend'] [class*='swatch'] svg")];
      const dots = [...document.querySelectorAll(".deck-timeline-dot circle")];
      const colours = [...legend.map((svg) => svg.getAttribute("fill")), ...dots.map((c) => c.getAttribute("fill") ?? c.getAttribute("stroke"))];
      const drawn = colours.filter((c): c is string => Boolean(c) && !c!.startsWith("var("));
      const unique = [...new Set(drawn.map(rgb))];
      probe.remove();
      return unique;
    });
    expect(vendors.length).toBeGreaterThanOrEqual(5);
    expect(kinds.length).toBeGreaterThan(1);
    expect(kinds.filter((colour) => vendors.includes(colour))).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});
