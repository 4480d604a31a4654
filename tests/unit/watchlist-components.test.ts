// @vitest-environment jsdom
// The watchlist page's components render what the numbers say (jsdom; Plot draws into it).
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {TWO_COLUMNS_FROM, allocationChart, allocationTable, convictionInputs, sectorWeightsChart, sortAllocationRows} from "../../src/features/watchlist/scratchpad.js";
import {judgementPanel, tickerReturnsChart} from "../../src/features/watchlist/performance.js";
import {formatSignedPercent} from "../../src/ui/format.js";
import {sectorCards} from "../../src/features/watchlist/sectors.js";
import {equalConvictions, sectorAllocation, watchlistSectors} from "../../src/lib/allocation.js";
import {benchmarkNames, performanceSince, recommendDefinition} from "../../src/lib/performance.js";
import {benchmarkRow, ratingDefinitionRow, watchlistRow} from "../../src/lib/schema.js";
import {parseTable} from "../../src/lib/csv.js";

// Read directly (not through dataset.ts, whose file URLs jsdom's URL does not accept).
const read = (name: string) => readFileSync(join(process.cwd(), "data", `${name}.csv`), "utf8");
const watchlist = parseTable("watchlist.csv", read("watchlist"), watchlistRow);
const ratings = parseTable("rating_definitions.csv", read("rating_definitions"), ratingDefinitionRow);
const names = benchmarkNames(parseTable("benchmarks.csv", read("benchmarks"), benchmarkRow));

describe("the watchlist and scratchpad components (jsdom)", () => {
  test("sector cards: twelve in the report's order; the filter and search hide the rest; no markup from the query", () => {
    const all = sectorCards(watchlist, {lang: "en"});
    expect([...all.querySelectorAll(".deck-sector-card")].map((c) => (c as HTMLElement).dataset.sector)).toEqual([...new Set(watchlist.map((r) => r.sector))]);
    expect(all.querySelectorAll("li")).toHaveLength(40);
    const cloud = sectorCards(watchlist, {lang: "zh", sector: "cloud"});
    expect([...cloud.querySelectorAll("li")].map((li) => (li as HTMLElement).dataset.ticker)).toEqual(["AMZN", "META", "MSFT", "GOOG", "ORCL"]);
    expect(cloud.querySelector('li[data-ticker="MSFT"] .deck-badge-dual')!.textContent).toBe("亦列于办公");
    const hostile = sectorCards(watchlist, {lang: "en", query: "<img src=x>"});
    expect(hostile.querySelector("img")).toBeNull();
    expect(hostile.querySelectorAll("li")).toHaveLength(0);
    const marked = sectorCards(watchlist, {lang: "en", query: "ado"});
    expect(marked.querySelector('li[data-ticker="ADBE"] mark')!.textContent).toBe("Ado");
  });

  test("conviction inputs: one slider per sector acting as one value, set from outside and firing input", () => {
    const sectors = watchlistSectors(watchlist);
    const input = convictionInputs(sectors, {value: equalConvictions()});
    const sliders = input.querySelectorAll<HTMLInputElement>("input[type=range]");
    expect(sliders).toHaveLength(12);
    expect(input.value).toEqual(equalConvictions());
    let fired = 0;
    input.addEventListener("input", () => ++fired);
    sliders[8].value = "5";
    sliders[8].dispatchEvent(new Event("input", {bubbles: true}));
    expect(fired).toBe(1);
    expect(input.value.security).toBe(5);
    input.value = {...equalConvictions(), office: 0};
    expect(sliders[0].value).toBe("0");
    expect(sliders[0].getAttribute("aria-valuetext")).toContain("excluded");
  });

  test("charts: a bar per sector, and per ticker a segment per sector it draws weight from", () => {
    const allocation = sectorAllocation(watchlist, equalConvictions(), {CRWD: 0});
    const sectorsChart = sectorWeightsChart(allocation, {width: 640, lang: "en"});
    expect(sectorsChart.querySelectorAll("g[aria-label=bar] rect")).toHaveLength(12);
    const tickersChart = allocationChart(allocation, {width: 640, lang: "en"});
    // 37 tickers held (CRWD excluded); MSFT and ORCL have two segments each.
    expect(tickersChart.querySelectorAll("g[aria-label=bar] rect")).toHaveLength(39);
    const labels = [...tickersChart.querySelectorAll("g[aria-label=text] text")].map((t) => t.textContent);
    expect(labels[0]).toBe("10.0%"); // MSFT, the largest: 1/12 + 1/60
  });

  test("the ticker chart runs in two columns when wide: one legend, the largest half first, one x scale", () => {
    const allocation = sectorAllocation(watchlist, equalConvictions(), {CRWD: 0});
    const narrow = allocationChart(allocation, {width: TWO_COLUMNS_FROM - 1, lang: "en"});
    expect(narrow.querySelectorAll("svg[class^=plot-]")).toHaveLength(1);
    const wide = allocationChart(allocation, {width: 1000, lang: "en"});
    const plots = [...wide.querySelectorAll(".deck-chart-columns-row > svg")];
    expect(plots).toHaveLength(2);
    expect(wide.querySelectorAll(":scope > .deck-chart-columns-legend-swatches")).toHaveLength(1);
    // Still every held ticker once, MSFT and ORCL two segments each; 19 bars left, 18 right.
    expect(wide.querySelectorAll("g[aria-label=bar] rect")).toHaveLength(39);
    const tickers = plots.map((svg) => [...svg.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((t) => t.textContent));
    expect(tickers.map((column) => column.length)).toEqual([19, 18]);
    expect(tickers[0][0]).toBe("MSFT");
    // The same tick values on both x axes: bars compare across the columns.
    const xTicks = plots.map((svg) => [...svg.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((t) => t.textContent).join());
    expect(xTicks[0]).toBe(xTicks[1]);
    expect(xTicks[0].length).toBeGreaterThan(0);
  });

  test("the allocation table: every ticker, a total of 100.0%, sortable, multipliers reported to the page", () => {
    const allocation = sectorAllocation(watchlist, {...equalConvictions(), security: 5});
    const edits: [string, number][] = [];
    const sorts: unknown[] = [];
    const element = allocationTable(allocation, {
      lang: "en",
      sort: {key: "report", descending: false},
      onSort: (sort) => sorts.push(sort),
      onOverride: (ticker, multiplier) => edits.push([ticker, multiplier]),
      source: "test"
    });
    const rows = () => [...element.querySelectorAll("tbody tr")].map((r) => (r as HTMLElement).dataset.ticker);
    expect(rows()).toEqual(allocation.tickers.map((t) => t.ticker));
    expect(element.querySelector(".deck-allocation-total")!.textContent).toBe("100.0%");
    (element.querySelector("button[data-sort=weight]") as HTMLButtonElement).click();
    expect(sorts).toEqual([{key: "weight", descending: true}]);
    expect(rows()).toEqual(sortAllocationRows(allocation.tickers, {key: "weight", descending: true}).map((t) => t.ticker));
    expect(rows().slice(0, 1)).toEqual(["MSFT"]);
    const select = element.querySelector<HTMLSelectElement>('select[data-ticker="NET"]')!;
    select.value = "0";
    select.dispatchEvent(new Event("change"));
    expect(edits).toEqual([["NET", 0]]);
  });
});

describe("the performance components (jsdom)", () => {
  const allocation = sectorAllocation(watchlist, equalConvictions());
  const holdings = allocation.tickers.map((t) => ({ticker: t.ticker, sectors: t.sectors, weight: t.weight}));
  const sectors = watchlistSectors(watchlist);
  const sectorNames = new Map(sectors.map((s) => [s.sector as string, {name: s.sector_en, order: s.order}]));
  const rows = (end: string, closes: Record<string, [number, number]>) =>
    Object.entries(closes).flatMap(([ticker, [a, b]]) => [
      {date: "2025-03-10", ticker, close: a},
      {date: end, ticker, close: b}
    ]);

  test("signed percents: a sign on both sides, 'not available' for a gap", () => {
    expect(formatSignedPercent(12.345, "en")).toBe("+12.3%");
    expect(formatSignedPercent(-4, "zh")).toBe("−4.0%");
    expect(formatSignedPercent(null, "en")).toBe("not available");
  });

  test("the ticker chart has a bar per priced ticker and a rule per benchmark", () => {
    const perf = performanceSince({rows: rows("2025-09-30", {MSFT: [100, 120], SNOW: [100, 90], "^GSPC": [100, 105]}), holdings, sectors, since: "2025-03-10", ratings});
    const chart = tickerReturnsChart(perf, {width: 640, lang: "en", names, sectors: sectorNames});
    expect(chart.querySelectorAll("g[aria-label=bar] rect")).toHaveLength(2);
    expect([...chart.querySelectorAll("text")].map((t) => t.textContent)).toEqual(expect.arrayContaining(["+20.0%", "−10.0%", "S&P 500 +5.0%"]));
  });

  test("the judgement: too early, then met or not against each benchmark, with the rating's own words", () => {
    const recommend = recommendDefinition(ratings).row;
    const early = performanceSince({rows: rows("2025-05-30", {MSFT: [100, 120], "^GSPC": [100, 100]}), holdings, sectors, since: "2025-03-10", ratings});
    const earlyPanel = judgementPanel(early.judgement, {lang: "en", names, recommend, benchmarks: early.benchmarks});
    expect(earlyPanel.dataset.status).toBe("too-early");
    expect(earlyPanel.textContent).toContain("Too early to judge");
    expect(earlyPanel.textContent).toContain(recommend.definition_en);
    const late = performanceSince({rows: rows("2025-09-10", {MSFT: [100, 120], "^GSPC": [100, 110], "^IXIC": [100, 118]}), holdings, sectors, since: "2025-03-10", ratings});
    const panel = judgementPanel(late.judgement, {lang: "zh", names, recommend, benchmarks: late.benchmarks});
    expect(panel.dataset.status).toBe("final");
    const basket = panel.querySelector('tr[data-subject="basket"]')!;
    expect(basket.querySelector('[data-benchmark="sp500"]')!.getAttribute("data-meets")).toBe("true");
    expect(basket.querySelector('[data-benchmark="nasdaq"]')!.getAttribute("data-meets")).toBe("false");
    expect(panel.querySelector(".deck-judgement-verdict")!.getAttribute("data-verdict")).toBe("partly");
    expect(basket.textContent).toContain("+10.0 个百分点");
  });
});
