// What a page does before its first chart shows (the chart `npm run bench:load` times). A page's
// first use of the locale services (an Intl formatter or collator, toLocaleString, localeCompare)
// costs V8 their set-up, 70-120 ms with the CPU throttled 4×: no page may pay it before its first
// chart. Numbers are formatted with d3-format (src/ui/format.ts) and Plot builds its default
// label format on first use (src/build/plot-bundle.ts); this is the test that keeps it so.
// Nor may a page read the computed style of an element in its main column before then: Framework
// makes that column a size container, so such a read lays out the whole page at once, mid-script,
// before the chart (the quadrant's label font did: its first dots were painted ~100 ms later at 4×).
import {describe, expect, test} from "vitest";
import {FIRST_CHART, builtPages, useSite} from "./harness.js";

const site = useSite();

/** Records, until the first chart is in the page, each call into the locale services and where it came from. */
const RECORD_LOCALE_CALLS = `(() => {
  const calls = (globalThis.__localeCallsBeforeChart = []);
  let charted = false;
  const watch = new MutationObserver(() => {
    if (document.querySelector(${JSON.stringify(FIRST_CHART)})) (charted = true), watch.disconnect();
  });
  watch.observe(document, {childList: true, subtree: true});
  const note = (what) => {
    if (charted) return;
    const caller = (new Error().stack ?? "").split("\\n").slice(3, 5).map((line) => line.trim().replace(/https?:\\/\\/[^/]+/g, ""));
    calls.push(what + " " + caller.join(" < "));
  };
  for (const name of ["NumberFormat", "DateTimeFormat", "Collator", "PluralRules", "Segmenter", "RelativeTimeFormat", "ListFormat", "DisplayNames"]) {
    const original = Intl[name];
    if (!original) continue;
    Intl[name] = new Proxy(original, {
      construct: (target, args, newTarget) => (note("Intl." + name), Reflect.construct(target, args, newTarget)),
      apply: (target, self, args) => (note("Intl." + name), Reflect.apply(target, self, args))
    });
  }
  for (const [type, method] of [[Number, "toLocaleString"], [Date, "toLocaleString"], [Date, "toLocaleDateString"], [Date, "toLocaleTimeString"], [String, "localeCompare"], [Array, "toLocaleString"]]) {
    const original = type.prototype[method];
    type.prototype[method] = function (...args) {
      note(type.name + "." + method);
      return original.apply(this, args);
    };
  }
})();`;

/** Records, until the first chart is in the page, each computed-style read of an element inside the main column. */
const RECORD_LAYOUT_READS = `(() => {
  const reads = (globalThis.__layoutReadsBeforeChart = []);
  let charted = false;
  const watch = new MutationObserver(() => {
    if (document.querySelector(${JSON.stringify(FIRST_CHART)})) (charted = true), watch.disconnect();
  });
  watch.observe(document, {childList: true, subtree: true});
  const original = window.getComputedStyle;
  window.getComputedStyle = function (element, pseudo) {
    if (!charted && element instanceof Element && element.closest("#observablehq-main")) {
      const caller = (new Error().stack ?? "").split("\\n").slice(2, 4).map((line) => line.trim().replace(/https?:\\/\\/[^/]+/g, ""));
      reads.push((element.getAttribute("class") || element.tagName) + " " + caller.join(" < "));
    }
    return original.call(this, element, pseudo);
  };
})();`;

describe("before a page's first chart", () => {
  const pages = builtPages();

  test("the site has chart pages to check", () => {
    expect(pages).toEqual(expect.arrayContaining(["/watchlist", "/quadrant", "/vendors", "/timeline"]));
  });

  for (const locale of ["zh-CN", "en-US"]) {
    test(`no page uses the locale services (${locale})`, async () => {
      const context = await site.browser.newContext({locale, viewport: {width: 1280, height: 800}});
      await context.addInitScript({content: RECORD_LOCALE_CALLS});
      const charted: string[] = [];
      const calls: string[] = [];
      try {
        for (const path of pages) {
          const page = await context.newPage();
          await page.goto(`${site.origin}${path}`, {waitUntil: "networkidle"});
          if (await page.locator(FIRST_CHART).count()) {
            charted.push(path);
            calls.push(...(await page.evaluate(() => (globalThis as {__localeCallsBeforeChart?: string[]}).__localeCallsBeforeChart ?? ["not recorded"])).map((call) => `${path}: ${call}`));
          }
          await page.close();
        }
      } finally {
        await context.close();
      }
      // Every page that draws a chart was checked (the cover and the prose pages draw none).
      expect(charted).toEqual(expect.arrayContaining(["/watchlist", "/quadrant", "/vendors", "/timeline", "/investment"]));
      expect(calls).toEqual([]);
    });
  }

  test("no page reads the computed style of an element in its main column (a forced layout of the page)", async () => {
    const context = await site.browser.newContext({locale: "zh-CN", viewport: {width: 1280, height: 800}});
    await context.addInitScript({content: RECORD_LAYOUT_READS});
    const charted: string[] = [];
    const reads: string[] = [];
    try {
      for (const path of pages) {
        const page = await context.newPage();
        await page.goto(`${site.origin}${path}`, {waitUntil: "networkidle"});
        if (await page.locator(FIRST_CHART).count()) {
          charted.push(path);
          reads.push(...(await page.evaluate(() => (globalThis as {__layoutReadsBeforeChart?: string[]}).__layoutReadsBeforeChart ?? ["not recorded"])).map((read) => `${path}: ${read}`));
        }
        await page.close();
      }
    } finally {
      await context.close();
    }
    expect(charted).toEqual(expect.arrayContaining(["/watchlist", "/quadrant", "/vendors", "/timeline", "/investment"]));
    expect(reads).toEqual([]);
  });
});
