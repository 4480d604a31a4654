// The built site ships the report's data a table a file, and a page fetches only the tables it
// shows: /openai never downloads the watchlist. Each page still gets every table it needs: no
// cell fails and no "missing from data/" notice shows, even in views drawn on scrolling.
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {BrowserContext, Page} from "playwright-core";
import {beforeAll, describe, expect, test} from "vitest";
import {DIST, builtPages, settle, useSite} from "../browser/harness.js";

const site = useSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
});

/** The tables a page fetched while it loaded and was scrolled to its end (and what the browser said of its preloads). */
async function visit(path: string): Promise<{page: Page; tables: string[]; files: string[]; errors: string[]; preloadWarnings: string[]}> {
  const files: string[] = [];
  const errors: string[] = [];
  const preloadWarnings: string[] = [];
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
    if (message.type() === "warning" && /preload/i.test(message.text())) preloadWarnings.push(message.text());
  });
  page.on("request", (request) => {
    const {pathname} = new URL(request.url());
    if (pathname.startsWith("/_file/")) files.push(pathname);
  });
  await page.goto(`${site.origin}${path}?lang=en`, {waitUntil: "networkidle"});
  await settle(page);
  // Views below the fold draw when they come into view: bring each into view, then wait.
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
  }
  await settle(page);
  const tables = files
    .map((file) => /\/_file\/data\/tables\/(\w+)\.\w+\.json$/.exec(file)?.[1])
    .filter((t) => t != null);
  return {page, tables, files, errors, preloadWarnings};
}

/** The files a built page's head preloads for its first cells (scripts/preload-data.ts), as paths from the site's root. */
const preloadedFiles = (path: string) =>
  [...readFileSync(join(DIST, `${path === "/" ? "index" : path.slice(1)}.html`), "utf8").matchAll(/<link rel="preload" as="fetch" crossorigin href="\.(\/_file\/[^"]+)">/g)].map(
    (match) => match[1]
  );

const PAGES: Record<string, {needs: string[]; never: string[]}> = {
  // A vendor's page shows its own passages and events, not the whole chapter's nor all events.
  "/openai": {
    needs: ["openai_models", "events_openai", "report_meta_openai"],
    never: ["report_meta", "report_meta_vendors", "events", "watchlist", "model_comparison"]
  },
  // The quadrant shows figure captions only: the figures' rows, not all of report_meta.
  "/quadrant": {
    needs: ["model_comparison", "vendors", "report_meta_figures"],
    never: ["report_meta", "watchlist", "events"]
  },
  "/watchlist": {needs: ["watchlist", "report_meta_front"], never: ["report_meta", "model_comparison", "events"]},
  "/timeline": {needs: ["events", "vendors"], never: ["report_meta", "watchlist", "model_comparison"]},
  // The investment chapter shows the front matter's words and its chart's labels, not the chapters' prose.
  "/investment": {needs: ["report_meta_investment", "watchlist"], never: ["report_meta", "model_comparison", "events"]},
  "/risks": {needs: ["report_meta_risks", "risks"], never: ["report_meta", "model_comparison", "events"]}
};

describe.each(Object.entries(PAGES))("page %s", (path, {needs, never}) => {
  test("fetches the tables it shows and none of those it does not", async () => {
    const {page, tables} = await visit(path);
    for (const table of needs) expect(tables).toContain(table);
    for (const table of never) expect(tables).not.toContain(table);
    await page.close();
  });
});

test("every page gets each table it needs: no failed cell, no missing-data notice", async () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(1);
  for (const path of pages) {
    const {page, files, tables, errors, preloadWarnings} = await visit(path);
    expect(errors, path).toEqual([]);
    // Its first tables are preloaded from its head, and each preload is the file its cell fetches:
    // fetched once, and no warning of a preload unused or made in another mode than fetch()'s.
    const preloaded = preloadedFiles(path);
    if (path !== "/committee") expect(preloaded.length, path).toBeGreaterThan(0);
    for (const file of preloaded) expect(files, path).toContain(file);
    expect(files.filter((file, i) => files.indexOf(file) !== i), path).toEqual([]);
    expect(preloadWarnings, path).toEqual([]);
    // The whole report as one file is gone; a page that shows the report's data fetches tables.
    expect(files.filter((file) => file.includes("/report."))).toEqual([]);
    // /committee lists the committee deck's slides: it shows no table of the report.
    if (path === "/committee") expect(tables, path).toEqual([]);
    else expect(tables.length, path).toBeGreaterThan(0);
    const failed = await page.locator(".observablehq--error").allInnerTexts();
    expect(failed, path).toEqual([]);
    expect(await page.locator("#observablehq-main").innerText(), path).not.toContain("missing from data/");
    await page.close();
  }
});

test("the watchlist fetches the price-file validator (and zod with it) only once a file is picked", async () => {
  const modules: string[] = [];
  const page = await context.newPage();
  page.on("request", (request) => modules.push(new URL(request.url()).pathname));
  await page.goto(`${site.origin}/watchlist?lang=en`, {waitUntil: "networkidle"});
  await settle(page);
  expect(modules.filter((path) => path.startsWith("/_file/data/tables/")).length).toBeGreaterThan(0);
  expect(modules.filter((path) => path.includes("/price-file."))).toEqual([]);
  const file = join(mkdtempSync(join(tmpdir(), "deck-prices-")), "prices.csv");
  writeFileSync(file, "date,ticker,close\n2025-03-10,MSFT,n/a\n");
  await page.setInputFiles('input[type="file"]', file);
  // The same messages as the build's: file, line and column.
  await expect.poll(() => page.locator("#observablehq-main").innerText()).toContain('prices.csv:2: column "close"');
  expect(modules.filter((path) => path.includes("/price-file.")).length).toBe(1);
  await page.close();
});
