// A first visit loads a page's own code as one bundle (scripts/bundle-pages.ts), not the site's
// modules one by one: /vendors fetched 37 modules before, each a request, a compile and a link
// before its first chart. What loads on demand (present mode) still loads when asked, from the
// bundles' folder. Every script a page loads begins with the compile hint
// (scripts/compile-hints.ts), so the browser compiles it whole while it streams in.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {BrowserContext} from "playwright-core";
import {beforeAll, expect, test} from "vitest";
import {COMPILE_HINT} from "../../scripts/compile-hints.js";
import {DIST, builtPages, open, useSite} from "../browser/harness.js";

const site = useSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
});

/** The JavaScript files a visit requested (paths), and the errors it logged. */
async function visit(path: string): Promise<{scripts: string[]; errors: string[]}> {
  const {page, problems, requested} = await open(context, site.origin, path);
  await page.close();
  return {scripts: requested.filter((each) => each.endsWith(".js")), errors: [...problems.consoleErrors, ...problems.failedRequests]};
}

test("every page loads its own code as a bundle of a few files, and none of the site's modules one by one; every script it loads is marked to be compiled as it streams in", async () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    const {scripts, errors} = await visit(path);
    const own = scripts.filter((script) => !script.startsWith("/_observablehq/") && !script.startsWith("/_import/vendor/"));
    expect(own.filter((script) => !script.startsWith("/_import/pages/")), path).toEqual([]);
    // The page's bundle and the chunks it shares with what loads on demand (present mode; on
    // /quadrant its Plot companions): 2 files, 4 on /quadrant and /watchlist (/vendors had 37, /quadrant 49).
    expect(own.length, path).toBeGreaterThan(0);
    expect(own.length, `${path}: ${own.join(", ")}`).toBeLessThanOrEqual(4);
    expect(errors, path).toEqual([]);
    expect(scripts.length, path).toBeGreaterThan(own.length);
    expect(scripts.filter((script) => !readFileSync(join(DIST, script), "utf8").startsWith(`${COMPILE_HINT}\n`)), path).toEqual([]);
  }
});

test("present mode, loaded on demand, comes from the bundles' folder and presents", async () => {
  const {page, problems, requested} = await open(context, site.origin, "/vendors?present=1");
  expect(requested.some((path) => /^\/_import\/pages\/present\.[\w.]+\.js$/.test(path))).toBe(true);
  await expect.poll(() => page.locator("#deck-slide-counter").innerText()).toMatch(/^1 \/ \d+/);
  expect(problems.consoleErrors).toEqual([]);
  await page.close();
});
