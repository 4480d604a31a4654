// One language at a time: a Chinese page shows no English sentence and an English page no Chinese,
// outside the names and quotations of the report. The rule, on the visible text of the page:
// - zh: no text node holds three English words in a row (letters only, two or more each, one space apart);
// - en: no text node holds a Chinese character;
// - exempt: text inside an element marked as another language's on purpose (lang=…), a quotation
//   (blockquote, q, cite), code (code, pre, kbd), a name (translate="no"), the language switch
//   itself; and a title in 《…》 (the name of a work).
import type {BrowserContext} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {builtPages, open, revealAll, useSite} from "./harness.js";

const site = useSite();
let context: BrowserContext;
beforeAll(async () => {
  context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
});
afterAll(async () => context?.close());

/** The visible text of the page in the wrong language, one line per text node. */
async function leaks(path: string, lang: "zh" | "en"): Promise<{checked: number; leaks: string[]}> {
  const {page} = await open(context, site.origin, `${path}?lang=${lang}`);
  await revealAll(page);
  const found = await page.evaluate((lang) => {
    const exempt = `blockquote, q, cite, code, pre, kbd, [translate="no"], .deck-lang, script, style, [lang]:not(html)${
      lang === "zh" ? ':not([lang|="zh"])' : ':not([lang="en"])'
    }`;
    const wrong = lang === "zh" ? /[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/ : /[\u4e00-\u9fff]/;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const result = {checked: 0, leaks: [] as string[]};
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      const shown = (parent.closest("svg") ?? parent) as Element;
      if (!shown.checkVisibility({visibilityProperty: true})) continue;
      result.checked++;
      if (parent.closest(exempt)) continue;
      const text = node.textContent.replace(/《[^》]*》/g, "").replace(/\s+/g, " ");
      if (wrong.test(text))
        result.leaks.push(`${parent.localName}.${parent.getAttribute("class") ?? ""}: ${text.trim().slice(0, 120)}`);
    }
    return result;
  }, lang);
  await page.close();
  return found;
}

describe("every word in the reader's language", () => {
  const pages = builtPages();
  test("the site has pages", () => expect(pages.length).toBeGreaterThan(10));
  for (const lang of ["zh", "en"] as const)
    test(
      `${lang === "zh" ? "no English sentence on a Chinese page" : "no Chinese on an English page"}`,
      async () => {
        const faults: string[] = [];
        for (const path of pages) {
          const {checked, leaks: found} = await leaks(path, lang);
          expect(checked, `${path} shows text`).toBeGreaterThan(20);
          faults.push(...found.map((leak) => `${path} ${leak}`));
        }
        expect(faults).toEqual([]);
      }
    );

  // A hover card shows on demand, so the page's walk does not see it: every dot's card, one by one.
  for (const lang of ["zh", "en"] as const)
    test(`every hover card on /quadrant in the reader's language (${lang})`, async () => {
      const {page} = await open(context, site.origin, `/quadrant?lang=${lang}`);
      const dots = await page.locator(".qx-svg path.qx-dot").all();
      expect(dots.length).toBeGreaterThan(10);
      const faults: string[] = [];
      for (const dot of dots) {
        await dot.hover({force: true});
        const card = page.locator(".qx-tooltip");
        await expect.poll(() => card.isVisible()).toBe(true);
        const found = await card.evaluate((card, lang) => {
          const wrong = lang === "zh" ? /[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/ : /[\u4e00-\u9fff]/;
          const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
          const leaks: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode())
            if (!node.parentElement?.closest('[translate="no"]') && wrong.test(node.textContent!.replace(/\s+/g, " ")))
              leaks.push(node.textContent!.trim().slice(0, 100));
          return {title: card.querySelector(".qx-details-title")?.textContent ?? "", leaks};
        }, lang);
        faults.push(...found.leaks.map((leak) => `${found.title}: ${leak}`));
      }
      expect(faults).toEqual([]);
      await page.close();
    });
});

// English set in the CJK face (a machine with none of the Latin faces the stylesheet names) took
// that face's full-width symbols: “ since the report ” and “report § 4” with a gap each side, on a
// projector too. Full-width is 1 em; the Latin faces' quotes, §, · are about 0.3–0.5 em, × 0.6–0.85.
describe("English symbols are Latin-width", () => {
  test("every quote, apostrophe, §, · and × in the English text of /watchlist and /vendors is narrower than full-width", async () => {
    const widths: {text: string; em: number; limit: number}[] = [];
    for (const path of ["/watchlist", "/vendors"]) {
      const {page} = await open(context, site.origin, `${path}?lang=en`);
      await revealAll(page);
      widths.push(
        ...(await page.evaluate(() => {
          const found: {text: string; em: number; limit: number}[] = [];
          const walker = document.createTreeWalker(document.querySelector("#observablehq-main")!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement!;
            if (parent.closest('[lang|="zh"], svg') || !parent.checkVisibility()) continue;
            for (const match of node.textContent!.matchAll(/[“”‘’§·×]/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + 1);
              const fontSize = parseFloat(getComputedStyle(parent).fontSize);
              const around = node.textContent!.slice(Math.max(0, match.index - 12), match.index + 12);
              found.push({text: around, em: range.getBoundingClientRect().width / fontSize, limit: match[0] === "×" ? 0.9 : 0.6});
            }
          }
          return found;
        }))
      );
      await page.close();
    }
    for (const symbol of ["“", "§", "×"]) expect(widths.some((w) => w.text.includes(symbol)), `the pages' English holds ${symbol}`).toBe(true);
    expect(widths.filter((w) => w.em >= w.limit)).toEqual([]);
  });
});

// At 1280 px beside the sidebar the English brand takes two lines; it broke inside "Huachuang
// Securities". It breaks between the title and the firm only, in either language.
describe("the header's brand", () => {
  for (const lang of ["zh", "en"] as const)
    test(`breaks only between its title and its firm at 1280×800 (${lang})`, async () => {
      const {page} = await open(context, site.origin, `/watchlist?lang=${lang}`);
      const lines = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".deck-brand-part")]
          .filter((part) => part.checkVisibility())
          .map((part) => ({text: part.textContent, lines: part.getClientRects().length}))
      );
      await page.close();
      expect(lines).toHaveLength(2);
      expect(lines.filter((part) => part.lines !== 1)).toEqual([]);
    });
});
