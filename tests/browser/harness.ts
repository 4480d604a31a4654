// The browser tests' harness: serves the built site on loopback and drives Debian's
// Chromium with playwright-core (no browser download). Every page opened through it records
// console errors, failed requests and any request that leaves the site's origin.
import {readFileSync} from "node:fs";
import type {Server} from "node:http";
import {join} from "node:path";
import type {Browser, BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll} from "vitest";
import {CHROMIUM, DIST, FIRST_CHART, launch, serve, settle} from "../../scripts/chromium.js";

export {CHROMIUM, DIST, FIRST_CHART, launch, serve, settle};

/** For a test file: serves dist/ and starts Chromium before its tests, stops both after. */
export function useSite(): {readonly origin: string; readonly browser: Browser} {
  const site = {} as {origin: string; browser: Browser; server: Server};
  beforeAll(async () => {
    Object.assign(site, await serve());
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}

export type Problems = {consoleErrors: string[]; failedRequests: string[]; externalRequests: string[]};

/** Opens `path` in a fresh page that records every problem and the paths it requested from the site; waits for the page to settle. */
export async function open(
  context: BrowserContext,
  origin: string,
  path: string,
  {waitFor = "#observablehq-main"}: {waitFor?: string} = {}
): Promise<{page: Page; problems: Problems; requested: string[]}> {
  const page = await context.newPage();
  const problems: Problems = {consoleErrors: [], failedRequests: [], externalRequests: []};
  const requested: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(String(error)));
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith(origin)) requested.push(new URL(url).pathname);
    else if (!url.startsWith("data:") && !url.startsWith("blob:")) problems.externalRequests.push(url);
  });
  page.on("requestfailed", (request) => problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  await page.goto(`${origin}${path}`, {waitUntil: "networkidle"});
  await page.waitForSelector(waitFor);
  await settle(page);
  return {page, problems, requested};
}

/** The site's pages: the cover plus every page the sidebar lists. */
export function builtPages(): string[] {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const paths = [...html.matchAll(/<a href="\.\/([\w-]+)(?:\.html)?"/g)].map((m) => `/${m[1]}`);
  const pages = ["/", ...new Set(paths.filter((p) => p !== "/index"))];
  // A loop over no pages would pass without testing anything: the sidebar lists the report's chapters.
  if (pages.length < 10) throw new Error(`${DIST}/index.html lists ${pages.length} pages; expected the report's chapters`);
  return pages;
}

/** The report's pages in the sidebar's order (the pager's order): the cover, then the chapters; not /committee. */
export function sidebarPages(): string[] {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const start = html.indexOf('id="observablehq-sidebar"');
  const sidebar = html.slice(start, html.indexOf("</nav>", start));
  const paths = [...sidebar.matchAll(/<a href="\.\/([\w-]+)(?:\.html)?"/g)].map((m) => `/${m[1]}`);
  const pages = ["/", ...new Set(paths.filter((p) => p !== "/index"))];
  if (pages.length < 10) throw new Error(`${DIST}/index.html's sidebar lists ${pages.length} pages; expected the report's chapters`);
  return pages;
}

/**
 * Scrolls through the page as a reader would, so every figure that waits for visibility() draws,
 * then back to the top and settles: a check of "every chart" or "every text" then sees them all.
 */
export async function revealAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 || box.height > 0;
    };
    // Each pending figure in turn: scroll it into view and wait (in frames) until it has drawn.
    for (let pending = [...document.querySelectorAll("observablehq-loading")].find(shown); pending; ) {
      pending.scrollIntoView({block: "center"});
      for (let i = 0; i < 600 && pending.isConnected; i++) await frame();
      if (pending.isConnected) throw new Error("a figure did not draw when scrolled into view");
      pending = [...document.querySelectorAll("observablehq-loading")].find(shown);
    }
    scrollTo(0, 0);
  });
  await settle(page);
}

/** Opens every figure's folded table view (each is built when opened) and settles. */
export async function openTableViews(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const view of document.querySelectorAll<HTMLDetailsElement>("#observablehq-main details.deck-table-view")) view.open = true;
  });
  await settle(page);
}

export type ChartTextFaults = {charts: number; texts: number; faults: string[]};

/**
 * The charts on the open page (outermost svgs of some size, on screen): their count, their texts'
 * count, and each text clipped by its chart's bounds or overlapping another text (their boxes
 * cross by more than 2 px each way). Hover cards are not labels: they show on demand, over the chart.
 */
export async function chartTextFaults(page: Page): Promise<ChartTextFaults> {
  return page.evaluate(() => {
    const result = {charts: 0, texts: 0, faults: [] as string[]};
    const quote = (text: Element) => JSON.stringify(text.textContent!.trim().slice(0, 40));
    for (const svg of document.querySelectorAll<SVGSVGElement>("#observablehq-main svg")) {
      const frame = svg.getBoundingClientRect();
      // A chart, not an icon or a legend swatch: an outermost svg of some size, on screen.
      if (svg.parentElement?.closest("svg") || frame.width < 60 || frame.height < 60 || !svg.checkVisibility())
        continue;
      result.charts++;
      const chart = svg.closest("figure")?.querySelector("figcaption")?.textContent?.trim().slice(0, 40) ?? "chart";
      const boxes = [...svg.querySelectorAll("text")]
        .filter((text) => text.textContent!.trim() && !text.closest('[aria-label="tip"]'))
        .filter((text) => text.checkVisibility({opacityProperty: true, visibilityProperty: true}))
        .map((text) => ({text, box: text.getBoundingClientRect()}))
        .filter(({box}) => box.width > 0);
      result.texts += boxes.length;
      for (const {text, box} of boxes)
        if (
          box.left < frame.left - 1 ||
          box.right > frame.right + 1 ||
          box.top < frame.top - 1 ||
          box.bottom > frame.bottom + 1
        )
          result.faults.push(`[${chart}] clipped ${quote(text)}`);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i].box, boxes[j].box];
          const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (across > 2 && down > 2)
            result.faults.push(`[${chart}] overlap ${quote(boxes[i].text)} ${quote(boxes[j].text)}`);
        }
    }
    return result;
  });
}
