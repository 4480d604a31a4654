import {describe, expect, test} from "vitest";
import {
  equalConvictions,
  filterWatchlist,
  roundToTotal,
  sectorAllocation,
  sumPercent,
  watchlistSectors,
  watchlistTickers
} from "../../src/lib/allocation.js";
import {loadDataset} from "../../src/build/dataset.js";
import {readParam, writeParam} from "../../src/site/state.js";
import {convictionParam, overridesParam, searchParam, sectorFilterParam, sinceParam} from "../../src/lib/watchlist-params.js";

const {watchlist} = loadDataset();
const REPORT_LIST =
  "1)办公：MSFT；2)金融：AFRM、UPST、SOFI、LMND；3)工业：CDNS、SNPS；4)医疗：TEM、RXRX、DOCS、HIMS、VEEV；5)创意：ADOBE；6)教育：DUOL；7)电商：SHOP、SEA；8)企业服务软件：SAP、CRM、NOW、TEAM、ORCL、WDAY、HUBS、FRSH、CXM；9)安全：PANW、CRWD、NET、FTNT；10)数据基建：ESTC、SNOW、MDB；11)云服务提供商：AMZN、META、MSFT、GOOG、ORCL；12)广告：APP、U、ZETA";

describe("the watchlist as the report gives it", () => {
  test("every sector and ticker of the report's list, in its order, as reported", () => {
    const fromReport = REPORT_LIST.split("；").map((part) => {
      const [, order, name, tickers] = /^(\d+)\)(.+)：(.+)$/.exec(part)!;
      return {order: Number(order), name, tickers: tickers.split("、")};
    });
    const sectors = watchlistSectors(watchlist);
    expect(sectors.map((s) => s.order)).toEqual(fromReport.map((s) => s.order));
    expect(sectors.map((s) => s.sector_zh)).toEqual(["办公", "金融", "工业", "医疗", "创意", "教育", "电商", "企业服务软件", "安全", "数据基建", "云服务提供商", "广告"]);
    const asReported = sectors.map((s) => watchlist.filter((r) => r.sector === s.sector).map((r) => r.ticker_as_reported));
    expect(asReported).toEqual(fromReport.map((s) => s.tickers));
  });

  test("38 tickers held once; MSFT and ORCL in two sectors; ADOBE and SEA normalized", () => {
    const tickers = watchlistTickers(watchlist);
    expect(watchlist).toHaveLength(40);
    expect(tickers).toHaveLength(38);
    expect(tickers.filter((t) => t.sectors.length > 1).map((t) => [t.ticker, t.sectors])).toEqual([
      ["MSFT", ["office", "cloud"]],
      ["ORCL", ["enterprise-software", "cloud"]]
    ]);
    expect(tickers.filter((t) => t.asReported).map((t) => [t.asReported, t.ticker])).toEqual([
      ["ADOBE", "ADBE"],
      ["SEA", "SE"]
    ]);
  });

  test("search matches ticker, the report's spelling and company names; the filter keeps one sector", () => {
    expect(filterWatchlist(watchlist, {query: "adobe"}).map((r) => r.ticker)).toEqual(["ADBE"]);
    expect(filterWatchlist(watchlist, {query: "微软"}).map((r) => r.sector)).toEqual(["office", "cloud"]);
    expect(filterWatchlist(watchlist, {query: "snow"}).map((r) => r.ticker)).toEqual(["SNOW"]);
    expect(filterWatchlist(watchlist, {sector: "security"}).map((r) => r.ticker)).toEqual(["PANW", "CRWD", "NET", "FTNT"]);
    expect(filterWatchlist(watchlist, {query: "orcl", sector: "cloud"})).toHaveLength(1);
    expect(filterWatchlist(watchlist, {query: "  "})).toHaveLength(40);
  });
});

describe("sectorAllocation", () => {
  test("equal conviction: each sector 1/12, split equally; MSFT and ORCL add their two parts", () => {
    const allocation = sectorAllocation(watchlist, equalConvictions());
    const weight = (ticker: string) => allocation.tickers.find((t) => t.ticker === ticker)!.weight;
    expect(weight("ADBE")).toBeCloseTo(1 / 12);
    expect(weight("AFRM")).toBeCloseTo(1 / 48);
    expect(weight("MSFT")).toBeCloseTo(1 / 12 + 1 / 60);
    expect(weight("ORCL")).toBeCloseTo(1 / 108 + 1 / 60);
    expect(allocation.tickers.find((t) => t.ticker === "MSFT")!.parts.map((p) => p.sector)).toEqual(["office", "cloud"]);
    expect(allocation.tickers.reduce((a, t) => a + t.weight, 0)).toBeCloseTo(1, 12);
    expect(sumPercent(allocation.tickers.map((t) => t.weightPct))).toBe(100);
    expect(sumPercent(allocation.sectors.map((s) => s.weightPct))).toBe(100);
  });

  test("the conviction level alone does not matter, only the ratios", () => {
    const a = sectorAllocation(watchlist, equalConvictions(1));
    const b = sectorAllocation(watchlist, equalConvictions(5));
    expect(a.tickers.map((t) => t.weightPct)).toEqual(b.tickers.map((t) => t.weightPct));
  });

  test("raising one sector's conviction raises its share and keeps the sum at 100%", () => {
    const convictions = {...equalConvictions(), security: 5, advertising: 0};
    const allocation = sectorAllocation(watchlist, convictions);
    const sector = (id: string) => allocation.sectors.find((s) => s.sector === id)!;
    expect(sector("security").weight).toBeCloseTo(5 / (3 * 10 + 5));
    expect(sector("advertising").weight).toBe(0);
    expect(allocation.tickers.find((t) => t.ticker === "APP")!.weightPct).toBe(0);
    expect(sumPercent(allocation.tickers.map((t) => t.weightPct))).toBe(100);
  });

  test("an override shares the sector's weight differently; 0 excludes and the siblings take its share", () => {
    const base = sectorAllocation(watchlist, equalConvictions());
    const overridden = sectorAllocation(watchlist, equalConvictions(), {CRWD: 0, PANW: 2});
    const w = (a: typeof base, t: string) => a.tickers.find((x) => x.ticker === t)!.weight;
    const security = ["PANW", "CRWD", "NET", "FTNT"];
    expect(security.reduce((a, t) => a + w(overridden, t), 0)).toBeCloseTo(security.reduce((a, t) => a + w(base, t), 0));
    expect(w(overridden, "CRWD")).toBe(0);
    expect(w(overridden, "PANW")).toBeCloseTo((1 / 12) * (2 / 4));
    expect(w(overridden, "NET")).toBeCloseTo((1 / 12) * (1 / 4));
    expect(overridden.sectors.find((s) => s.sector === "security")!.activeTickers).toBe(3);
  });

  test("a dual-listed ticker's override applies in both of its sectors", () => {
    const allocation = sectorAllocation(watchlist, equalConvictions(), {MSFT: 0});
    expect(allocation.tickers.find((t) => t.ticker === "MSFT")!.weight).toBe(0);
    expect(allocation.tickers.find((t) => t.ticker === "AMZN")!.weight).toBeCloseTo(1 / 12 / 4 / (11 / 12));
    expect(allocation.emptiedSectors).toEqual(["office"]);
    expect(sumPercent(allocation.tickers.map((t) => t.weightPct))).toBe(100);
  });

  test("every sector at 0 allocates nothing and says so; unknown override tickers are reported, not applied", () => {
    const none = sectorAllocation(watchlist, equalConvictions(0));
    expect(none.empty).toBe(true);
    expect(none.tickers.length).toBeGreaterThan(0);
    expect(none.tickers.every((t) => t.weight === 0 && t.weightPct === 0)).toBe(true);
    const unknown = sectorAllocation(watchlist, equalConvictions(), {ZZZZ: 2});
    expect(unknown.ignoredOverrides).toEqual(["ZZZZ"]);
    expect(unknown.tickers.map((t) => t.weightPct)).toEqual(sectorAllocation(watchlist, equalConvictions()).tickers.map((t) => t.weightPct));
  });

  test("random convictions and overrides always give displayed weights that sum to exactly 100.0", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 200; ++run) {
      const convictions = Object.fromEntries(Object.keys(equalConvictions()).map((id) => [id, Math.floor(random() * 6)])) as ReturnType<
        typeof equalConvictions
      >;
      const overrides = Object.fromEntries(
        watchlistTickers(watchlist)
          .filter(() => random() < 0.2)
          .map((t) => [t.ticker, [0, 0.5, 1.5, 2, 3][Math.floor(random() * 5)]])
      );
      const allocation = sectorAllocation(watchlist, convictions, overrides);
      if (allocation.empty) continue;
      expect(sumPercent(allocation.tickers.map((t) => t.weightPct))).toBe(100);
      allocation.tickers.forEach((t) => expect(Math.abs(t.weightPct - t.weight * 100)).toBeLessThan(0.1 + 1e-9));
    }
  });
});

describe("roundToTotal (largest remainder)", () => {
  test("three thirds become 33.4 + 33.3 + 33.3", () => {
    expect(roundToTotal([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
  });
  test("the largest remainders get the leftover units", () => {
    expect(roundToTotal([0.1234, 0.4321, 0.4445])).toEqual([12.3, 43.2, 44.5]);
    expect(roundToTotal([2, 1], 100, 0)).toEqual([67, 33]);
    expect(sumPercent(roundToTotal([1, 1, 1, 1, 1, 1, 1]))).toBe(100);
  });
  test("nothing to share gives zeros", () => {
    expect(roundToTotal([0, 0])).toEqual([0, 0]);
  });
});

describe("the page's link parameters", () => {
  test("conviction: one digit per sector, in the report's order", () => {
    const {value} = readParam(convictionParam, "?conviction=503333333331");
    expect(value.office).toBe(5);
    expect(value.finance).toBe(0);
    expect(value.advertising).toBe(1);
    expect(writeParam(convictionParam, value, "")).toBe("?conviction=503333333331");
    expect(writeParam(convictionParam, equalConvictions(), "?conviction=503333333331")).toBe("");
  });

  test("overrides: ticker:multiplier pairs, written sorted and without the default 1", () => {
    expect(readParam(overridesParam, "?overrides=MSFT:0,ADBE:2,NET:1").value).toEqual({MSFT: 0, ADBE: 2});
    expect(writeParam(overridesParam, {MSFT: 0, ADBE: 2, NET: 1}, "")).toBe("?overrides=ADBE:2,MSFT:0");
  });

  test("hostile or malformed values fall back to the defaults with a notice", () => {
    for (const bad of ["<script>", "33333333333", "3333333333339", "33333333333a", ""]) {
      const result = readParam(convictionParam, `?conviction=${encodeURIComponent(bad)}`);
      expect(result.value).toEqual(equalConvictions());
      expect(result.notice).toBeDefined();
    }
    for (const bad of ["MSFT:7", "<img src=x>:0", "MSFT", "MSFT:0:1", "msft:0", "MSFT:NaN", "A".repeat(500)]) {
      const result = readParam(overridesParam, `?overrides=${encodeURIComponent(bad)}`);
      expect(result.value).toEqual({});
      expect(result.notice).toBeDefined();
    }
    expect(readParam(sinceParam, "?since=2025-02-30").notice).toBeDefined();
    expect(readParam(sinceParam, "?since=<b>").value).toBeNull();
    expect(readParam(sectorFilterParam, "?sector=crypto").value).toBe("all");
    expect(readParam(searchParam, `?q=${"x".repeat(41)}`).value).toBe("");
  });

  test("since: a real date, or 'report' for the report's earliest possible date", () => {
    expect(readParam(sinceParam, "?since=2025-04-01").value).toBe("2025-04-01");
    expect(readParam(sinceParam, "?since=report").value).toBeNull();
    expect(readParam(sinceParam, "").value).toBeNull();
  });
});
