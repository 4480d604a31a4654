// Every page of the built site, in both languages: it renders, logs no error, and makes no
// request that fails or leaves its own origin.
import {csvParseRows} from "d3-dsv";
import type {BrowserContext} from "playwright-core";
import {beforeAll, describe, expect, test} from "vitest";
import {builtPages, open, openTableViews, settle, useSite} from "./harness.js";

const site = useSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({viewport: {width: 1280, height: 800}, acceptDownloads: true});
});

describe.each(builtPages())("page %s", (path) => {
  for (const lang of ["zh", "en"] as const) {
    test(`renders in ${lang} with no console error, no failed or outside request`, async () => {
      const {page, problems} = await open(context, site.origin, `${path}?lang=${lang}`);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
      expect(problems.externalRequests).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === "zh" ? "zh-CN" : "en");
      // The main column shows text in the chosen language and none of the other's blocks.
      const hiddenOther = await page.evaluate((other) => {
        const blocks = [...document.querySelectorAll(`#observablehq-main [lang|="${other}"]`)];
        return blocks.every((el) => (el as HTMLElement).offsetParent === null);
      }, lang === "zh" ? "en" : "zh");
      expect(hiddenOther).toBe(true);
      const text = await page.locator("#observablehq-main").innerText();
      expect(text.length).toBeGreaterThan(100);
      if (lang === "zh") expect(text).toMatch(/[\u4e00-\u9fff]/);
      // The header's switches each keep their label on one line (中文 once stacked into two at 1280 in English).
      const wrapped = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".deck-header button")]
          .filter((button) => button.offsetParent && button.innerText.trim())
          .filter((button) => {
            const lineHeight = parseFloat(getComputedStyle(button).lineHeight) || 20;
            const range = document.createRange();
            range.selectNodeContents(button);
            return range.getBoundingClientRect().height > lineHeight * 1.5;
          })
          .map((button) => button.innerText)
      );
      expect(wrapped).toEqual([]);
      await page.close();
    });
  }
});

describe.each(builtPages())("page %s as a presenter uses it", (path) => {
  test("the header switch flips the page's language in place", async () => {
    const {page, problems} = await open(context, site.origin, `${path}?lang=zh`);
    const visibleText = () => page.locator("#observablehq-main").innerText();
    const before = await visibleText();
    await page.click('.deck-lang [data-lang="en"]');
    await settle(page);
    const after = await visibleText();
    expect(after).not.toBe(before);
    // English mode shows far less Han script than Chinese mode (names such as 推荐 may remain).
    const han = (text: string) => (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
    expect(han(after)).toBeLessThan(han(before) / 3);
    await page.click('.deck-lang [data-lang="zh"]');
    await settle(page);
    expect(han(await visibleText())).toBeGreaterThan(han(after));
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test("every CSV button downloads its rows with a source column", async () => {
    const {page} = await open(context, site.origin, `${path}?lang=en`);
    // A button folded away (the watchlist's how-to) is one click from the reader: unfold it as they would.
    await page.evaluate(() => {
      for (const details of document.querySelectorAll("details")) if (details.querySelector("button.deck-csv")) details.open = true;
    });
    const buttons = page.locator("button.deck-csv");
    const count = await buttons.count();
    // Every page of the report has at least one figure, and every figure downloads its rows;
    // /committee lists the committee deck's slides and has none.
    if (path === "/committee") expect(count).toBe(0);
    else expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; ++i) {
      const [download] = await Promise.all([page.waitForEvent("download"), buttons.nth(i).click()]);
      const name = download.suggestedFilename();
      expect(name).toMatch(/\.csv$/);
      const text = (await streamToString(await download.createReadStream())).replace(/^\uFEFF/, "");
      const [header, ...rows] = csvParseRows(text);
      expect(header, name).toContain("source");
      expect(rows.length, name).toBeGreaterThan(0);
      const sourceColumn = header.indexOf("source");
      expect(rows.every((row) => row[sourceColumn]?.trim()), `${name}: every row names its source`).toBe(true);
    }
    await page.close();
  });
});

async function streamToString(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

describe("tables on a laptop or projector screen (1280×800)", () => {
  /** The table under the figure caption that starts with `caption`: its box, its width and its rows' heights. */
  const measureTable = (caption: string) => {
    const figure = [...document.querySelectorAll("figure")].find((f) => f.querySelector("figcaption")?.textContent?.trim().startsWith(caption));
    const form = figure?.querySelector<HTMLElement>("form[data-reflow]");
    const table = form?.querySelector("table");
    if (!form || !table) return null;
    return {
      reflow: form.dataset.reflow,
      box: form.clientWidth,
      width: table.getBoundingClientRect().width,
      headers: [...table.querySelectorAll("thead th")].map((th) => th.textContent!.trim()).filter(Boolean),
      rowHeights: [...table.querySelectorAll("tbody tr")].map((tr) => tr.getBoundingClientRect().height)
    };
  };

  test("a table a little wider than its column wraps its text and shows every column (the cover's industry data, in English)", async () => {
    const {page} = await open(context, site.origin, "/?lang=en");
    const table = await page.evaluate(measureTable, "Industry data");
    expect(table?.headers).toEqual(["Metric", "Value", "Share %"]);
    // Its longest label is wider than the half-width column leaves it: unwrapped, "Share %" was cut off behind a scroll.
    expect(table?.reflow).toBe("wrap");
    expect(table!.width).toBeLessThanOrEqual(table!.box + 1);
    // The number and its unit stay on one line ("41,734.84 100m CNY").
    const lines = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('td[data-label="Value"]')].map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      })
    );
    expect(lines).toEqual([1, 1, 1]);
    await page.close();
  });

  test("a table view's headers wrap with its cells (the sector weights on /watchlist, in English, in a half-width column)", async () => {
    const {page} = await open(context, site.origin, "/watchlist?lang=en");
    await openTableViews(page);
    const table = await page.evaluate(measureTable, "Each sector's share");
    expect(table?.headers).toEqual(["Sector", "Conviction", "Tickers held", "Weight %"]);
    // With only the cells wrapping, "Tickers held" kept this table 85 px wider than its column.
    expect(table?.reflow).toBe("wrap");
    expect(table!.width).toBeLessThanOrEqual(table!.box + 1);
    await page.close();
  });

  test("a short table too wide even wrapped stands its rows as columns, each label in line with its values (/llama's Fig. 15, in English)", async () => {
    const {page} = await open(context, site.origin, "/llama?lang=en");
    const read = () =>
      page.evaluate(() => {
        const figure = [...document.querySelectorAll("figure")].find((f) => f.querySelector("figcaption")?.textContent?.startsWith("Fig. 15"));
        const form = figure!.querySelector<HTMLElement>("form[data-reflow]")!;
        const table = form.querySelector("table")!;
        const visible = (row: HTMLTableRowElement) => [...row.cells].filter((cell) => cell.checkVisibility());
        const box = (cell: Element) => cell.getBoundingClientRect();
        const labels = visible(table.tHead!.rows[0]);
        const rows = [...table.tBodies[0].rows].map(visible);
        return {
          reflow: form.dataset.reflow,
          fits: table.getBoundingClientRect().width <= form.clientWidth + 1 && form.scrollWidth <= form.clientWidth + 1,
          labels: labels.map((cell) => cell.textContent!.trim()),
          // Each label's top against the tops of the values beside it, and each generation's cells' left edges.
          misaligned: labels.filter((label, i) => rows.some((row) => Math.abs(box(row[i]).top - box(label).top) > 1)).length,
          columnLefts: rows.map((row) => new Set(row.map((cell) => Math.round(box(cell).left))).size),
          names: rows.map((row) => row[0].textContent!.trim()),
          order: rows.map((row) => Math.round(box(row[0]).left))
        };
      });
    const before = await read();
    // Ten columns in a 704 px column: 116 px too wide even with their text wrapped.
    expect(before.reflow).toBe("columns");
    expect(before.fits).toBe(true);
    expect(before.labels).toHaveLength(10);
    expect(before.misaligned).toBe(0);
    expect(before.columnLefts).toEqual([1, 1, 1, 1]);
    expect(before.order).toEqual([...before.order].sort((a, b) => a - b));
    expect(before.names).toEqual(["LLaMA 1", "LLaMA 2", "LLaMA 3", "LLaMA 3.2"]);
    // The labels still sort: the context window, largest first, puts the generations in reverse.
    const header = page.locator("figure", {hasText: "Fig. 15"}).locator("thead th", {hasText: "Context window"});
    await header.click();
    if ((await read()).names[0] === "LLaMA 1") await header.click();
    const sorted = await read();
    expect(sorted.names).toEqual(["LLaMA 3.2", "LLaMA 3", "LLaMA 2", "LLaMA 1"]);
    expect(sorted.misaligned).toBe(0);
    await page.close();
  });

  test("a table too wide even wrapped keeps its rows one line high and scrolls in its box (/quadrant's table view)", async () => {
    const {page} = await open(context, site.origin, "/quadrant?lang=en");
    await openTableViews(page);
    const table = await page.evaluate(measureTable, "Fig. 11");
    expect(table?.reflow).toBe("table");
    expect(table!.width).toBeGreaterThan(table!.box);
    expect(table!.rowHeights.length).toBeGreaterThan(10);
    expect(Math.max(...table!.rowHeights)).toBeLessThan(2 * Math.min(...table!.rowHeights));
    await page.close();
  });
});

test("a link to a section opens at its heading, focused for a screen reader but drawn without a focus ring", async () => {
  // The ring drew a box around the heading and another around its anchor link: on a shared link it looked like a glitch.
  const {page} = await open(context, site.origin, "/gemini?lang=en#gemini-the-gemini-models-compared");
  const heading = await page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    return {id: focused.id, tag: focused.tagName, outline: getComputedStyle(focused).outlineStyle, top: focused.getBoundingClientRect().top};
  });
  expect(heading.tag).toBe("H2");
  expect(heading.id).toBe("gemini-the-gemini-models-compared");
  expect(heading.outline).toBe("none");
  expect(heading.top).toBeLessThan(800);
  await page.close();
});
