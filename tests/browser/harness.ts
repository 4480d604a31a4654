// The browser tests' harness: serves the built site on loopback and drives Debian's
// Chromium with playwright-core (no browser download). Every page opened through it records
// console errors, failed requests and any request that leaves the site's origin.
import {readFileSync} from "node:fs";
import type {Server} from "node:http";
import {join} from "node:path";
import type {Browser, BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll} from "vitest";
import {CHROMIUM, DIST, launch, serve, settle} from "../../scripts/chromium.js";

export {CHROMIUM, DIST, launch, serve, settle};

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

/** Opens `path` in a fresh page that records every problem; waits for the page to settle. */
export async function open(
  context: BrowserContext,
  origin: string,
  path: string,
  {waitFor = "#observablehq-main"}: {waitFor?: string} = {}
): Promise<{page: Page; problems: Problems}> {
  const page = await context.newPage();
  const problems: Problems = {consoleErrors: [], failedRequests: [], externalRequests: []};
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(String(error)));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) problems.externalRequests.push(url);
  });
  page.on("requestfailed", (request) => problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  await page.goto(`${origin}${path}`, {waitUntil: "networkidle"});
  await page.waitForSelector(waitFor);
  await settle(page);
  return {page, problems};
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
