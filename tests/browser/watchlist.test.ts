// The watchlist page as a committee member uses it: every ticker of the report under its
// sector, search and filter, conviction sliders and multipliers that redraw the allocation
// at 100%, the CSV export equal to the table, and performance from a price file picked on
// the page (generated in a temp dir, never in data/), in both languages.
import {readFileSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";
import type {BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {csvParse} from "d3-dsv";
import {watchlistTickers} from "../../src/lib/allocation.js";
import {loadDataset} from "../../src/build/dataset.js";
import {fixtureClose, writeFixture, type FixtureSpec} from "../fixtures/prices.js";
import {open, settle, useSite} from "./harness.js";

const {watchlist} = loadDataset();
const tickers = watchlistTickers(watchlist).map((t) => t.ticker);

const site = useSite();
let context: BrowserContext;
const fixtures: string[] = [];

beforeAll(async () => {
  context = await site.browser.newContext({viewport: {width: 1280, height: 800}, acceptDownloads: true});
});

afterAll(() => {
  for (const path of fixtures) rmSync(dirname(path), {recursive: true, force: true});
});

async function openWatchlist(query: string, waitFor = ".deck-sector-card") {
  return open(context, site.origin, `/watchlist${query}`, {waitFor});
}

async function svgTexts(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} svg text`).evaluateAll((texts) => texts.map((text) => text.textContent ?? ""));
}

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

async function tableRows(page: Page) {
  return page.$$eval(".deck-allocation-table tbody tr", (rows) =>
    rows.map((row) => ({
      ticker: (row as HTMLElement).dataset.ticker!,
      multiplier: row.querySelector("select")!.value,
      weight: row.lastElementChild!.textContent!.replace("%", "")
    }))
  );
}

function sum(values: string[]): number {
  return values.reduce((a, v) => a + Math.round(Number(v) * 10), 0) / 10;
}

async function setSlider(page: Page, sector: string, target: number) {
  const slider = page.locator(`input[data-sector="${sector}"]`);
  await slider.focus();
  const current = Number(await slider.inputValue());
  for (let i = current; i !== target; i += target > current ? 1 : -1) await page.keyboard.press(target > current ? "ArrowRight" : "ArrowLeft");
  await settle(page);
}

describe.each(["zh", "en"] as const)("in %s", (lang) => {
  test("every ticker of the report is on the page, under its sector, in the report's order", async () => {
    const {page, problems} = await openWatchlist(`?lang=${lang}`);
    const cards = await page.$$eval(".deck-sector-card", (sections) =>
      sections.map((s) => ({sector: (s as HTMLElement).dataset.sector, tickers: [...s.querySelectorAll("li")].map((li) => (li as HTMLElement).dataset.ticker)}))
    );
    const expected = [...new Set(watchlist.map((r) => r.sector))].map((sector) => ({
      sector,
      tickers: watchlist.filter((r) => r.sector === sector).map((r) => r.ticker)
    }));
    expect(cards).toEqual(expected);
    // Normalized spellings and dual listings are marked where they occur.
    expect(await page.locator('li[data-ticker="ADBE"] .deck-badge-spelling').innerText()).toContain("ADOBE");
    expect(await page.locator('li[data-ticker="SE"] .deck-badge-spelling').innerText()).toContain("SEA");
    expect(await page.locator(".deck-badge-dual").count()).toBe(4);
    const marker = lang === "zh" ? "亦列于" : "also in";
    expect(await page.locator('[data-sector="office"] li[data-ticker="MSFT"] .deck-badge-dual').innerText()).toContain(marker);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test("every name and badge stays inside its sector card, at 1280×800 and 1920×1080", async () => {
    const {page} = await openWatchlist(`?lang=${lang}`);
    for (const [width, height] of [[1280, 800], [1920, 1080]]) {
      await page.setViewportSize({width, height});
      await settle(page);
      // Each item's boxes against its card's inner edge: a badge that cannot wrap ran into the next card.
      const outside = await page.$$eval(".deck-sector-card", (cards) =>
        cards.flatMap((card) => {
          const inner = card.getBoundingClientRect().right - parseFloat(getComputedStyle(card).paddingRight) - parseFloat(getComputedStyle(card).borderRightWidth);
          return [...card.querySelectorAll("li > *")]
            .filter((item) => item.getBoundingClientRect().right > inner + 0.5)
            .map((item) => `${(card as HTMLElement).dataset.sector}: ${item.textContent}`);
        })
      );
      expect(await page.locator(".deck-sector-card li").count()).toBe(watchlist.length);
      expect(outside, `${width}×${height}`).toEqual([]);
    }
    await page.close();
  });

  test("search by ticker or company name, filter by sector, both in the link", async () => {
    const {page} = await openWatchlist(`?lang=${lang}`);
    const search = page.getByPlaceholder("MSFT, Adobe, 微软…");
    await search.fill("adobe");
    await settle(page);
    expect(await page.$$eval(".deck-sector-card li", (items) => items.map((li) => (li as HTMLElement).dataset.ticker))).toEqual(["ADBE"]);
    await expect.poll(() => param(page, "q")).toBe("adobe");
    await search.fill(lang === "zh" ? "微软" : "microsoft");
    await settle(page);
    expect(await page.$$eval(".deck-sector-card", (cards) => cards.map((c) => (c as HTMLElement).dataset.sector))).toEqual(["office", "cloud"]);
    await search.fill("");
    await settle(page);
    await page.locator(".deck-controls select").selectOption({label: lang === "zh" ? "安全" : "Security"});
    await settle(page);
    expect(await page.$$eval(".deck-sector-card li", (items) => items.map((li) => (li as HTMLElement).dataset.ticker))).toEqual(["PANW", "CRWD", "NET", "FTNT"]);
    await expect.poll(() => param(page, "sector")).toBe("security");
    // The table view holds the same rows and sorts by a header click.
    const figure = page.locator(".deck-figure").first();
    await figure.locator("summary").click();
    const table = figure.locator("table");
    // The table view is built when it is opened.
    await expect.poll(() => table.locator("tbody tr").count()).toBe(4);
    await table.locator("thead th", {hasText: lang === "zh" ? "代码" : "Ticker"}).click();
    const sorted = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.children[3]?.textContent));
    expect([...sorted].sort()).toEqual(sorted);
    // Nothing matches: the page says so.
    await search.fill("zzzz");
    await settle(page);
    expect(await page.locator(".deck-sector-card").count()).toBe(0);
    expect(await page.locator(".deck-watchlist-count").innerText()).toMatch(lang === "zh" ? /没有匹配/ : /No ticker matches/);
    await page.close();
  });
});

describe("the conviction scratchpad", () => {
  test("moving a slider redraws the chart and the table, keeps 100.0%, and writes the link", async () => {
    const {page, problems} = await openWatchlist("?lang=en");
    const before = await tableRows(page);
    expect(before).toHaveLength(tickers.length);
    expect(sum(before.map((r) => r.weight))).toBe(100);
    const barsBefore = await svgTexts(page, ".deck-scratchpad");
    await setSlider(page, "security", 5);
    await expect.poll(() => param(page, "conviction")).toBe("333333335333");
    const after = await tableRows(page);
    expect(sum(after.map((r) => r.weight))).toBe(100);
    expect(await page.locator("[data-sum]").innerText()).toBe("100.0%");
    const weight = (rows: typeof after, ticker: string) => Number(rows.find((r) => r.ticker === ticker)!.weight);
    expect(weight(after, "PANW")).toBe(3.3); // 5 / (11 × 3 + 5) / 4 tickers
    expect(weight(after, "PANW")).toBeGreaterThan(weight(before, "PANW"));
    expect(weight(after, "ADBE")).toBeLessThan(weight(before, "ADBE"));
    const barsAfter = await svgTexts(page, ".deck-scratchpad");
    expect(barsAfter).not.toEqual(barsBefore);
    // The sector chart: security 5/38 = 13.16%, the others 3/38 = 7.89%; largest remainder gives 13.1 + 11 × 7.9 = 100.
    expect(barsAfter).toContain("13.1%");
    expect(barsAfter.filter((text) => text === "7.9%")).toHaveLength(11);
    await setSlider(page, "advertising", 0);
    const zeroed = await tableRows(page);
    expect(zeroed.filter((r) => ["APP", "U", "ZETA"].includes(r.ticker)).map((r) => r.weight)).toEqual(["0.0", "0.0", "0.0"]);
    expect(sum(zeroed.map((r) => r.weight))).toBe(100);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  // The sector-weights chart is the page's first chart, in one cell of a two-column grid: drawn at
  // the column's width it was drawn again at its cell's once the page was laid out, a second
  // chart's work and a second layout before the page's first frame (src/ui/resize.ts gridCellWidth).
  test.each([
    [1280, 800],
    [1920, 1080],
    [390, 844]
  ])("at %i×%i the sector-weights chart is drawn once, at its cell's width", async (width, height) => {
    const page = await context.newPage();
    await page.setViewportSize({width, height});
    await page.addInitScript(`(() => {
      window.__sectorChartsDrawn = 0;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node.nodeType === 1 && node.closest(".deck-stage-chart") && (node.matches("svg") || node.querySelector("svg"))) window.__sectorChartsDrawn++;
      }).observe(document, {childList: true, subtree: true});
    })()`);
    await page.goto(`${site.origin}/watchlist?lang=en`, {waitUntil: "networkidle"});
    const chart = page.locator(".deck-stage-chart svg").first();
    await chart.waitFor();
    await settle(page);
    expect(await page.evaluate(() => (window as unknown as {__sectorChartsDrawn: number}).__sectorChartsDrawn)).toBe(1);
    // Drawn for its cell, not the column: as wide as the cell, or the chart's own minimum where the
    // cell is narrower (its labels and 200px of bars).
    const cellWidth = await page.locator(".deck-stage-chart").evaluate((cell) => cell.getBoundingClientRect().width);
    const drawnWidth = Number(await chart.getAttribute("width"));
    if (width >= 1920) expect(drawnWidth).toBeCloseTo(cellWidth, 0);
    else expect(drawnWidth).toBeLessThan(cellWidth + 100);
    await page.close();
  });

  test("every sector at 0 says there is nothing to allocate", async () => {
    const {page} = await openWatchlist("?lang=zh&conviction=000000000001");
    expect(await page.locator("[data-sum]").innerText()).toBe("100.0%");
    expect((await tableRows(page)).find((r) => r.ticker === "APP")!.weight).toBe("33.4");
    await setSlider(page, "advertising", 0);
    expect(await page.locator(".deck-allocation-sum").innerText()).toContain("所有行业均为 0");
    await page.close();
  });

  test("a multiplier edited in the table excludes or re-weights a ticker, keeps the focus, and a reset clears it all", async () => {
    const {page} = await openWatchlist("?lang=en&conviction=333333353333");
    const select = page.locator('.deck-allocation-table select[data-ticker="CRWD"]');
    await select.selectOption("0");
    await settle(page);
    await expect.poll(() => param(page, "overrides")).toBe("CRWD:0");
    let rows = await tableRows(page);
    expect(rows.find((r) => r.ticker === "CRWD")!.weight).toBe("0.0");
    expect(await page.locator('tr[data-ticker="CRWD"]').getAttribute("class")).toBe("deck-excluded");
    expect(sum(rows.map((r) => r.weight))).toBe(100);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.ticker)).toBe("CRWD");
    // MSFT ×2 shifts weight from the other cloud names to it, in both its sectors.
    await page.locator('.deck-allocation-table select[data-ticker="MSFT"]').selectOption("2");
    await settle(page);
    rows = await tableRows(page);
    await expect.poll(() => param(page, "overrides")).toBe("CRWD:0,MSFT:2");
    expect(sum(rows.map((r) => r.weight))).toBe(100);
    await page.getByRole("button", {name: "Reset to equal weights"}).click();
    await settle(page);
    await expect.poll(() => param(page, "overrides")).toBeNull();
    await expect.poll(() => param(page, "conviction")).toBeNull();
    expect(await page.locator('input[data-sector="security"]').inputValue()).toBe("3");
    expect((await tableRows(page)).find((r) => r.ticker === "CRWD")!.weight).toBe("2.1");
    await page.close();
  });

  test("the CSV export has exactly the table's rows, in the table's order", async () => {
    const {page} = await openWatchlist("?lang=en&conviction=503333333331&overrides=NET:0,SNOW:3");
    await page.locator(".deck-allocation-table .deck-sort[data-sort=weight]").click();
    const table = await tableRows(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Export allocation CSV"}).click()]);
    expect(download.suggestedFilename()).toBe("allocation.csv");
    const csv = csvParse(readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, ""));
    expect(csv.map((r) => ({ticker: r.ticker, multiplier: r.multiplier, weight: r.weight_pct}))).toEqual(table);
    expect(table.map((r) => Number(r.weight))).toEqual([...table.map((r) => Number(r.weight))].sort((a, b) => b - a));
    expect(csv[0].source).toContain("conviction=503333333331");
    expect(sum(csv.map((r) => r.weight_pct!))).toBe(100);
    await page.close();
  });

  test("a link sets the sliders; hostile values fall back to equal weights with a notice and no injected markup", async () => {
    const {page} = await openWatchlist("?lang=en&conviction=503333333331");
    expect(await page.locator('input[data-sector="office"]').inputValue()).toBe("5");
    expect(await page.locator('input[data-sector="finance"]').inputValue()).toBe("0");
    await page.close();
    const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
    const {page: bad, problems} = await openWatchlist(
      `?lang=en&conviction=${hostile}&overrides=${hostile}&since=${hostile}&q=${encodeURIComponent("<b>x</b>")}`,
      ".deck-watchlist"
    );
    await expect.poll(() => bad.locator("#deck-notices").isVisible()).toBe(true);
    const notices = await bad.locator("#deck-notices").innerText();
    for (const name of ["conviction", "overrides", "since"]) expect(notices).toContain(name);
    expect(await bad.locator("#deck-notices img, .deck-watchlist b").count()).toBe(0);
    expect(await bad.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(sum((await tableRows(bad)).map((r) => r.weight))).toBe(100);
    expect(problems.consoleErrors).toEqual([]);
    await bad.close();
  });
});

describe("performance since the report", () => {
  const priced = tickers.filter((t) => t !== "LMND");
  const spec = (to: string): FixtureSpec => ({
    from: "2025-03-03",
    to,
    tickers: {
      ...Object.fromEntries(priced.map((t, i) => [t, [100, 100 + ((i * 13) % 70) - 20] as [number, number]])),
      "^GSPC": [5000, 5500],
      "^IXIC": [18000, 19500]
    }
  });
  const fixture = (to: string) => {
    const path = writeFixture(spec(to));
    fixtures.push(path);
    return path;
  };

  test("without a price file the page explains how to add one", async () => {
    for (const lang of ["zh", "en"] as const) {
      const {page} = await openWatchlist(`?lang=${lang}`);
      expect(await page.locator(".deck-empty-state").isVisible()).toBe(true);
      const howto = page.locator(".deck-howto");
      expect(await howto.getAttribute("open")).toBeNull();
      await howto.locator("summary").click();
      const text = await howto.innerText();
      expect(text).toContain("date,ticker,close");
      expect(text).toContain("^GSPC");
      expect(text).toContain("^IXIC");
      expect(text).toContain("data/prices.csv");
      expect(await page.locator(".deck-judgement").count()).toBe(0);
      await page.close();
    }
  });

  test("a price file picked on the page shows returns, the no-price tickers and the 推荐 judgement, in both languages", async () => {
    const path = fixture("2025-10-31");
    const {page, problems} = await openWatchlist("?lang=en");
    await page.setInputFiles('input[type="file"]', path);
    await settle(page);
    await page.locator(".deck-judgement").waitFor();
    expect(await page.locator(".deck-judgement").getAttribute("data-status")).toBe("final");
    expect(await page.locator(".deck-judgement-status").innerText()).toContain("10 Sep 2025");
    expect(await page.locator("[data-missing]").innerText()).toBe("LMND");
    // MSFT's return in the table equals the fixture's closes.
    const expected = (fixtureClose(spec("2025-10-31"), "MSFT", "2025-10-31") / fixtureClose(spec("2025-10-31"), "MSFT", "2025-03-10") - 1) * 100;
    const tickerFigure = page.locator(".deck-figure", {hasText: "Each ticker's return since the report"});
    await tickerFigure.locator("summary").click();
    const msftRow = tickerFigure.locator("tbody tr", {hasText: "MSFT"}).first();
    expect(await msftRow.innerText()).toContain("2025-03-10");
    expect(await msftRow.innerText()).toContain(`${expected >= 0 ? "+" : "−"}${Math.abs(expected).toFixed(1)}`);
    expect(await tickerFigure.locator("tbody tr", {hasText: "LMND"}).innerText()).toContain("no price");
    // A later start date moves every start.
    await page.locator("#deck-since-date").fill("2025-04-01");
    await settle(page);
    await expect.poll(() => param(page, "since")).toBe("2025-04-01");
    await tickerFigure.locator("summary").click(); // the figure was redrawn for the new start
    expect(await msftRow.innerText()).toContain("2025-04-01");
    await page.click('.deck-lang [data-lang="zh"]');
    await settle(page);
    expect(await page.locator(".deck-judgement").innerText()).toContain("推荐");
    expect(await page.locator(".deck-judgement-definition").innerText()).toContain("3-6 个月");
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test("the start date is set in the page's type, as large as the button beside it", async () => {
    for (const lang of ["zh", "en"]) {
      const {page} = await openWatchlist(`?lang=${lang}`);
      const field = page.locator("#deck-since-date");
      await field.waitFor();
      const style = (selector: string) =>
        page.locator(selector).evaluate((element) => {
          const {fontFamily, fontSize} = getComputedStyle(element);
          return {fontFamily, fontSize: parseFloat(fontSize), height: element.getBoundingClientRect().height};
        });
      const [date, button, label] = await Promise.all([style("#deck-since-date"), style(".deck-since .deck-button"), style(".deck-since label")]);
      expect(date.fontFamily, lang).toBe(label.fontFamily);
      expect(date.fontSize, lang).toBe(button.fontSize);
      expect(Math.abs(date.height - button.height), lang).toBeLessThanOrEqual(4);
      await page.close();
    }
  });

  test("less than three months of prices is too early to judge", async () => {
    const {page} = await openWatchlist("?lang=zh");
    await page.setInputFiles('input[type="file"]', fixture("2025-05-30"));
    await settle(page);
    expect(await page.locator(".deck-judgement").getAttribute("data-status")).toBe("too-early");
    expect(await page.locator(".deck-judgement").innerText()).toContain("尚早，无法判断");
    await page.close();
  });

  test("a bad price file is refused with file, line and column, and nothing is shown from it", async () => {
    const path = fixture("2025-10-31");
    const bad = join(dirname(path), "bad.csv");
    writeFileSync(bad, "date,ticker,close\n2025-03-10,MSFT,380\n2025-03-11,MSFT,n/a\n2025/03/12,MSFT,381\n");
    const {page} = await openWatchlist("?lang=en");
    await page.setInputFiles('input[type="file"]', bad);
    await settle(page);
    const errors = await page.locator(".deck-errors").innerText();
    expect(errors).toContain('bad.csv:3: column "close": expected a number ≥ 0, got "n/a"');
    expect(errors).toContain('bad.csv:4: column "date": expected a date written YYYY-MM-DD, got "2025/03/12"');
    expect(await page.locator(".deck-judgement").count()).toBe(0);
    await page.close();
  });
});
