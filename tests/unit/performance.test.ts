import {spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {equalConvictions, sectorAllocation, watchlistSectors} from "../../src/lib/allocation.js";
import {DATA_DIR, loadDataset} from "../../src/build/dataset.js";
import {
  addMonths,
  benchmarkNames,
  cumulativeReturns,
  industryBand,
  parseHorizon,
  performanceSince,
  periodReturn,
  priceSeries,
  recommendDefinition,
  resolveBenchmark,
  weightedReturn
} from "../../src/lib/performance.js";
import {parsePriceFile, readPriceFile} from "../../src/lib/price-file.js";
import {fixtureClose, fixtureCsv, type FixtureSpec} from "../fixtures/prices.js";

const data = loadDataset();
const ratings = data.rating_definitions;

function csv(lines: string[]): string {
  return `date,ticker,close\n${lines.join("\n")}\n`;
}

describe("reading a price file", () => {
  test("good rows become typed prices; tickers are trimmed and upper-cased", () => {
    expect(parsePriceFile("p.csv", csv(["2025-03-10,msft ,380.5", "2025-03-11,MSFT,381"]))).toEqual([
      {date: "2025-03-10", ticker: "MSFT", close: 380.5},
      {date: "2025-03-11", ticker: "MSFT", close: 381}
    ]);
  });

  test("every problem is named by file, line and column", () => {
    const result = readPriceFile("prices.csv", csv(["2025-03-10,MSFT,n/a", "2025-3-11,MSFT,1", "2025-03-12,MSFT,0", "2025-03-13,MSFT,2", "2025-03-13,MSFT,3", "2025-03-14,,4"]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      'prices.csv:2: column "close": expected a number ≥ 0, got "n/a"',
      'prices.csv:3: column "date": expected a date written YYYY-MM-DD, got "2025-3-11"',
      'prices.csv:7: column "ticker": expected text (this cell may not be empty), got ""'
    ]);
    const second = readPriceFile("prices.csv", csv(["2025-03-12,MSFT,0", "2025-03-13,MSFT,2", "2025-03-13,msft,3"]));
    expect(!second.ok && second.problems).toEqual([
      'prices.csv:2: column "close": expected a closing price above 0, got "0"',
      'prices.csv:4: column "date": expected one close per ticker and date, got a second "2025-03-13" for "MSFT" (already on line 3)'
    ]);
  });

  test("a wrong header, an empty file and a header alone are refused with a clear message", () => {
    const wide = readPriceFile("wide.csv", "Date,MSFT,AMZN\n2025-03-10,1,2\n");
    expect(!wide.ok && wide.problems[0]).toBe('wide.csv:1: column "date": missing from the header row');
    expect(readPriceFile("e.csv", "").ok).toBe(false);
    const header = readPriceFile("h.csv", "date,ticker,close\n");
    expect(!header.ok && header.problems).toEqual(["h.csv:2: the file has a header but no prices; expected rows of date,ticker,close"]);
  });
});

describe("returns", () => {
  const points = [
    {date: "2025-03-07", close: 90},
    {date: "2025-03-11", close: 100},
    {date: "2025-04-01", close: 110},
    {date: "2025-06-10", close: 125}
  ];

  test("from the first close on or after the start to the latest close", () => {
    expect(periodReturn(points, "2025-03-10")).toEqual({startDate: "2025-03-11", startClose: 100, endDate: "2025-06-10", endClose: 125, returnPct: 25});
    expect(periodReturn(points, "2025-03-10", "2025-05-01")!.returnPct).toBeCloseTo(10);
    expect(periodReturn(points, "2025-07-01")).toBeNull();
    expect(periodReturn([], "2025-03-10")).toBeNull();
  });

  test("weighted return re-weights over the priced entries and reports their coverage", () => {
    expect(weightedReturn([{weight: 1, returnPct: 10}, {weight: 3, returnPct: 20}])).toEqual({returnPct: 17.5, coverage: 1});
    expect(weightedReturn([{weight: 1, returnPct: 10}, {weight: 1, returnPct: null}])).toEqual({returnPct: 10, coverage: 0.5});
    expect(weightedReturn([{weight: 1, returnPct: null}])).toEqual({returnPct: null, coverage: 0});
  });

  test("benchmarks: the index first, then an ETF, then (Nasdaq only) the Nasdaq-100, labelled", () => {
    const series = priceSeries([
      {date: "2025-03-10", ticker: "SPY", close: 1},
      {date: "2025-03-10", ticker: "^GSPC", close: 1},
      {date: "2025-03-10", ticker: "QQQ", close: 1}
    ]);
    expect(resolveBenchmark(series, "sp500")).toEqual({ticker: "^GSPC", kind: "index"});
    expect(resolveBenchmark(series, "nasdaq")).toEqual({ticker: "QQQ", kind: "nasdaq-100"});
    expect(resolveBenchmark(priceSeries([]), "nasdaq")).toBeNull();
    expect(benchmarkNames(data.benchmarks)).toEqual({sp500: {zh: "标普 500", en: "S&P 500"}, nasdaq: {zh: "纳斯达克指数", en: "Nasdaq Index"}});
  });

  test("buy-and-hold cumulative return carries the last close forward", () => {
    const series = priceSeries([
      {date: "2025-03-10", ticker: "A", close: 100},
      {date: "2025-03-11", ticker: "A", close: 110},
      {date: "2025-03-10", ticker: "B", close: 50},
      {date: "2025-03-12", ticker: "B", close: 40}
    ]);
    const path = cumulativeReturns(series, [{ticker: "A", weight: 1}, {ticker: "B", weight: 1}, {ticker: "C", weight: 1}], "2025-03-10");
    expect(path.map((p) => p.date)).toEqual(["2025-03-10", "2025-03-11", "2025-03-12"]);
    expect(path.map((p) => Math.round(p.returnPct * 1000) / 1000)).toEqual([0, 5, -5]);
  });
});

describe("the rating's definition, from data/rating_definitions.csv", () => {
  test("推荐 (industry): more than 5 points over 3-6 months", () => {
    const {horizon, minExcessPct} = recommendDefinition(ratings);
    expect(horizon).toEqual({min: 3, max: 6});
    expect(minExcessPct).toBe(5);
    expect(parseHorizon("6")).toEqual({min: 6, max: 6});
  });

  test("the bands: above 5 is 推荐, -5 to 5 is 中性, below -5 is 回避", () => {
    expect(industryBand(5.01, ratings)?.rating_zh).toBe("推荐");
    expect(industryBand(5, ratings)?.rating_zh).toBe("中性");
    expect(industryBand(-5, ratings)?.rating_zh).toBe("中性");
    expect(industryBand(-5.01, ratings)?.rating_zh).toBe("回避");
  });

  test("months are calendar months, clamped to the month's end", () => {
    expect(addMonths("2025-03-10", 3)).toBe("2025-06-10");
    expect(addMonths("2025-08-31", 6)).toBe("2026-02-28");
    expect(addMonths("2025-11-30", 3)).toBe("2026-02-28");
  });
});

describe("performanceSince with a generated fixture", () => {
  const allocation = sectorAllocation(data.watchlist, equalConvictions());
  const holdings = allocation.tickers.map((t) => ({ticker: t.ticker, sectors: t.sectors, weight: t.weight, asReported: t.asReported}));
  const sectors = watchlistSectors(data.watchlist);
  // Every ticker but SE (which the file spells as reported, SEA) and LMND (no rows at all).
  const priced = holdings.map((h) => h.ticker).filter((t) => t !== "SE" && t !== "LMND");
  const levels = (i: number): [number, number] => [100, 100 + ((i * 7) % 40) - 10];
  const spec = (to: string): FixtureSpec => ({
    from: "2025-03-03",
    to,
    tickers: {
      ...Object.fromEntries(priced.map((t, i) => [t, levels(i)])),
      SEA: [10, 12],
      "^GSPC": [5000, 5250],
      QQQ: [400, 440]
    }
  });

  function view(to: string, since = "2025-03-10") {
    const rows = parsePriceFile("fixture.csv", fixtureCsv(spec(to)));
    return {rows, result: performanceSince({rows, holdings, sectors, since, ratings}), fixture: spec(to)};
  }

  test("each ticker's return runs from its first close on or after the start to the latest close", () => {
    const {result, fixture} = view("2025-09-30");
    const msft = result.tickers.find((t) => t.ticker === "MSFT")!;
    const start = fixtureClose(fixture, "MSFT", "2025-03-10");
    const end = fixtureClose(fixture, "MSFT", "2025-09-30");
    expect(msft.ret!.startDate).toBe("2025-03-10");
    expect(msft.ret!.returnPct).toBeCloseTo((end / start - 1) * 100, 10);
    const sp = (fixtureClose(fixture, "^GSPC", "2025-09-30") / fixtureClose(fixture, "^GSPC", "2025-03-10") - 1) * 100;
    expect(result.benchmarks.find((b) => b.id === "sp500")!.ret!.returnPct).toBeCloseTo(sp, 10);
    expect(msft.excess.sp500).toBeCloseTo((end / start - 1) * 100 - sp, 10);
    expect(result.asOf).toBe("2025-09-30");
  });

  test("tickers without prices are listed as such, never dropped; the report's spelling is pointed out", () => {
    const {result} = view("2025-09-30");
    expect(result.tickers).toHaveLength(38);
    const lmnd = result.tickers.find((t) => t.ticker === "LMND")!;
    expect([lmnd.ret, lmnd.missing, lmnd.reportedSpellingInFile]).toEqual([null, "no-price", null]);
    const se = result.tickers.find((t) => t.ticker === "SE")!;
    expect([se.missing, se.reportedSpellingInFile]).toEqual(["no-price", "SEA"]);
    expect(result.basket.priced).toBe(36);
    expect(result.basket.total).toBe(38);
  });

  test("sector returns are equal-weight averages; the allocation's is weighted and re-weighted over priced tickers", () => {
    const {result} = view("2025-09-30");
    const r = (t: string) => result.tickers.find((x) => x.ticker === t)!.ret!.returnPct;
    const security = result.sectors.find((s) => s.sector === "security")!;
    expect(security.returnPct).toBeCloseTo((r("PANW") + r("CRWD") + r("NET") + r("FTNT")) / 4, 10);
    const ecommerce = result.sectors.find((s) => s.sector === "ecommerce")!;
    expect([ecommerce.returnPct, ecommerce.priced, ecommerce.total]).toEqual([r("SHOP"), 1, 2]);
    const pricedTickers = result.tickers.filter((t) => t.ret);
    const weight = pricedTickers.reduce((a, t) => a + t.weight, 0);
    expect(result.allocation.returnPct).toBeCloseTo(pricedTickers.reduce((a, t) => a + t.weight * t.ret!.returnPct, 0) / weight, 10);
    expect(result.allocation.coverage).toBeCloseTo(weight, 10);
    expect(result.basket.returnPct).toBeCloseTo(pricedTickers.reduce((a, t) => a + t.ret!.returnPct, 0) / pricedTickers.length, 10);
    expect(result.basket.excess.nasdaq).toBeCloseTo(result.basket.returnPct! - result.benchmarks[1].ret!.returnPct, 10);
  });

  test("before three months it is too early to judge 推荐", () => {
    const {result} = view("2025-06-06");
    expect(result.judgement).toMatchObject({status: "too-early", judgeableFrom: "2025-06-10", asOf: "2025-06-06", elapsedDays: 88});
  });

  test("between three and six months the judgement is provisional, at the latest close", () => {
    const {result} = view("2025-07-15");
    const judgement = result.judgement;
    expect(judgement.status).toBe("provisional");
    if (judgement.status !== "provisional") return;
    expect([judgement.windowEnd, judgement.finalOn]).toEqual(["2025-07-15", "2025-09-10"]);
    const basket = judgement.subjects.find((s) => s.id === "basket")!;
    const vsSp = basket.vsBenchmarks.find((b) => b.id === "sp500")!;
    expect(vsSp.excessPct).toBeCloseTo(result.basket.returnPct! - result.benchmarks[0].ret!.returnPct, 10);
    expect(vsSp.meets).toBe(vsSp.excessPct! > 5);
    expect(vsSp.band?.rating_zh).toBe(vsSp.excessPct! > 5 ? "推荐" : vsSp.excessPct! < -5 ? "回避" : "中性");
  });

  test("after six months the judgement is final and measured at the six-month mark, not the latest close", () => {
    const {result, rows} = view("2025-12-31");
    const judgement = result.judgement;
    expect(judgement.status).toBe("final");
    if (judgement.status !== "final") return;
    expect(judgement.windowEnd).toBe("2025-09-10");
    const series = priceSeries(rows);
    const windowed = (t: string) => periodReturn(series.get(t), "2025-03-10", "2025-09-10")!.returnPct;
    const basket = judgement.subjects.find((s) => s.id === "basket")!;
    const expected = priced.reduce((a, t) => a + windowed(t), 0) / priced.length;
    expect(basket.returnPct).toBeCloseTo(expected, 10);
    expect(basket.vsBenchmarks[0].excessPct).toBeCloseTo(expected - windowed("^GSPC"), 10);
    expect(basket.vsBenchmarks[1].excessPct).toBeCloseTo(expected - windowed("QQQ"), 10);
    expect(result.basket.returnPct).not.toBeCloseTo(expected, 3); // the since-the-report figure runs to Dec 31
  });

  test("a later start date moves every return's start", () => {
    const {result} = view("2025-09-30", "2025-04-01");
    expect(result.tickers.find((t) => t.ticker === "MSFT")!.ret!.startDate).toBe("2025-04-01");
    expect(result.judgement).toMatchObject({status: "provisional", finalOn: "2025-10-01"});
  });

  test("a start date after the file's last close leaves nothing to judge, and says why", () => {
    const {result} = view("2025-09-30", "2025-12-01");
    expect(result.judgement).toEqual({status: "no-price-since-start", since: "2025-12-01"});
    expect(result.tickers.length).toBeGreaterThan(0);
    expect(result.tickers.every((t) => t.ret === null)).toBe(true);
    expect(result.tickers.find((t) => t.ticker === "MSFT")!.missing).toBe("no-price-since-start");
  });

  test("without a benchmark in the file there is nothing to judge against", () => {
    const rows = parsePriceFile("p.csv", csv(["2025-03-10,MSFT,1", "2025-09-30,MSFT,2"]));
    const result = performanceSince({rows, holdings, sectors, since: "2025-03-10", ratings});
    expect(result.judgement).toEqual({status: "no-benchmark"});
    expect(result.tickers.find((t) => t.ticker === "MSFT")!.excess).toEqual({sp500: null, nasdaq: null});
  });
});

// Each test runs the loader as the build does, in a child process: allow for a busy machine.
describe("the data/prices.json loader", {timeout: 30_000}, () => {
  function runLoader(prices: string | null) {
    const dir = mkdtempSync(join(tmpdir(), "deck-data-"));
    try {
      cpSync(DATA_DIR, dir, {recursive: true});
      rmSync(join(dir, "prices.csv"), {force: true});
      if (prices !== null) writeFileSync(join(dir, "prices.csv"), prices);
      return spawnSync(process.execPath, ["--import", "tsx", "src/data/prices.json.ts"], {env: {...process.env, DECK_DATA_DIR: dir}, encoding: "utf8"});
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  }

  test("without data/prices.csv it says so", () => {
    const result = runLoader(null);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({available: false});
  });

  test("with a good file it emits the validated rows", () => {
    const result = runLoader(csv(["2025-03-10,MSFT,380", "2025-03-10,^GSPC,5600"]));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      available: true,
      file: "data/prices.csv",
      rows: [
        {date: "2025-03-10", ticker: "MSFT", close: 380},
        {date: "2025-03-10", ticker: "^GSPC", close: 5600}
      ]
    });
  });

  test("with a bad file it fails, naming the line and column", () => {
    const result = runLoader(csv(["2025-03-10,MSFT,380", "2025-03-11,MSFT,abc"]));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('prices.csv:3: column "close": expected a number ≥ 0, got "abc"');
  });
});
