// What a page does before its first chart shows (the chart `npm run bench:load` times). A page's
// first use of the locale services (an Intl formatter or collator, toLocaleString, localeCompare)
// costs V8 their set-up, 70-120 ms with the CPU throttled 4×: no page may pay it before its first
// chart. Numbers are formatted with d3-format (src/ui/format.ts) and Plot builds its default
// label format on first use (src/build/plot-bundle.ts); this is the test that keeps it so.
// Nor may a page read any element's computed style before then: Framework makes its main column a
// size container, so such a read, even of the root's variables, lays out the whole page at once,
// mid-script, before the chart (the quadrant's label font did: its first dot was in the DOM
// 100-200 ms later at 4×; its font stack now comes from src/ui/fonts.ts, as the head's does).
import {describe, expect, test} from "vitest";
import {FIRST_CHART, builtPages, useSite} from "./harness.js";

const site = useSite();

/**
 * An init script: `record(what)` keeps `what` and where it came from in `globalThis.__beforeChart`,
 * until the first chart is in the page; `install` sets up the recording with it.
 */
const recordBeforeChart = (install: string) => `(() => {
  const records = (globalThis.__beforeChart = []);
  let charted = false;
  const watch = new MutationObserver(() => {
    if (document.querySelector(${JSON.stringify(FIRST_CHART)})) (charted = true), watch.disconnect();
  });
  watch.observe(document, {childList: true, subtree: true});
  const record = (what) => {
    if (charted) return;
    const caller = (new Error().stack ?? "").split("\\n").slice(3, 5).map((line) => line.trim().replace(/https?:\\/\\/[^/]+/g, ""));
    records.push(what + " " + caller.join(" < "));
  };
  ${install}
})();`;

/** Each call into the locale services. */
const RECORD_LOCALE_CALLS = recordBeforeChart(`
  for (const name of ["NumberFormat", "DateTimeFormat", "Collator", "PluralRules", "Segmenter", "RelativeTimeFormat", "ListFormat", "DisplayNames"]) {
    const original = Intl[name];
    if (!original) continue;
    Intl[name] = new Proxy(original, {
      construct: (target, args, newTarget) => (record("Intl." + name), Reflect.construct(target, args, newTarget)),
      apply: (target, self, args) => (record("Intl." + name), Reflect.apply(target, self, args))
    });
  }
  for (const [type, method] of [[Number, "toLocaleString"], [Date, "toLocaleString"], [Date, "toLocaleDateString"], [Date, "toLocaleTimeString"], [String, "localeCompare"], [Array, "toLocaleString"]]) {
    const original = type.prototype[method];
    type.prototype[method] = function (...args) {
      record(type.name + "." + method);
      return original.apply(this, args);
    };
  }`);

/** Each computed-style read, of any element (the root's included). */
const RECORD_LAYOUT_READS = recordBeforeChart(`
  const original = window.getComputedStyle;
  window.getComputedStyle = function (element, pseudo) {
    if (element instanceof Element) record(element.getAttribute("class") || element.id || element.tagName);
    return original.call(this, element, pseudo);
  };`);

describe("before a page's first chart", () => {
  const pages = builtPages();

  /** Visits every page with `script` installed: the pages that drew a chart, and what each recorded before it. */
  async function recordedOnEveryPage(locale: string, script: string): Promise<{charted: string[]; records: string[]}> {
    const context = await site.browser.newContext({locale, viewport: {width: 1280, height: 800}});
    await context.addInitScript({content: script});
    const charted: string[] = [];
    const records: string[] = [];
    try {
      for (const path of pages) {
        const page = await context.newPage();
        await page.goto(`${site.origin}${path}`, {waitUntil: "networkidle"});
        if (await page.locator(FIRST_CHART).count()) {
          charted.push(path);
          records.push(...(await page.evaluate(() => (globalThis as {__beforeChart?: string[]}).__beforeChart ?? ["not recorded"])).map((record) => `${path}: ${record}`));
        }
        await page.close();
      }
    } finally {
      await context.close();
    }
    return {charted, records};
  }

  test("the site has chart pages to check", () => {
    expect(pages).toEqual(expect.arrayContaining(["/watchlist", "/quadrant", "/vendors", "/timeline"]));
  });

  for (const locale of ["zh-CN", "en-US"]) {
    test(`no page uses the locale services (${locale})`, async () => {
      const {charted, records: calls} = await recordedOnEveryPage(locale, RECORD_LOCALE_CALLS);
      // Every page that draws a chart was checked (the cover and the prose pages draw none).
      expect(charted).toEqual(expect.arrayContaining(["/watchlist", "/quadrant", "/vendors", "/timeline", "/investment"]));
      expect(calls).toEqual([]);
    });
  }

  test("no page reads any element's computed style (a forced layout of the page)", async () => {
    const {charted, records: reads} = await recordedOnEveryPage("zh-CN", RECORD_LAYOUT_READS);
    expect(charted).toEqual(expect.arrayContaining(["/watchlist", "/quadrant", "/vendors", "/timeline", "/investment"]));
    expect(reads).toEqual([]);
  });
});
