// Performance since the report, from the user's own closing prices (the product ships none):
// simple returns (the file itself is read by price-file.ts), equal-weight sector and basket returns,
// the allocation's return, excess over the report's US benchmarks, and the industry rating
// 推荐 judged against its own definition. Pure functions: the loader, the page and the tests.
import type {Benchmark, PriceRow, RatingDefinition} from "./schema.js";

export type Point = {date: string; close: number};
export type PriceSeries = Map<string, Point[]>;

/** Closes per ticker, oldest first. */
export function priceSeries(rows: PriceRow[]): PriceSeries {
  const series: PriceSeries = new Map();
  for (const row of rows) {
    let points = series.get(row.ticker);
    if (!points) series.set(row.ticker, (points = []));
    points.push({date: row.date, close: row.close});
  }
  for (const points of series.values()) points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return series;
}

// --- Benchmarks ----------------------------------------------------------------------

export type BenchmarkId = "sp500" | "nasdaq";
export type BenchmarkKind = "index" | "etf" | "nasdaq-100";

/**
 * The tickers a price file may use for the report's US benchmarks (标普 500 / 纳斯达克指数),
 * in order of preference: the index itself under its common spellings, then an ETF that
 * tracks it, and for the Nasdaq last the Nasdaq-100 (a different index, labelled as such).
 */
export const BENCHMARK_TICKERS: Record<BenchmarkId, {ticker: string; kind: BenchmarkKind}[]> = {
  sp500: [
    ...["^GSPC", "SPX", "^SPX", ".SPX", "$SPX", "GSPC", ".INX", "INX", "SPX.INDX"].map((ticker) => ({ticker, kind: "index" as const})),
    ...["SPY", "IVV", "VOO"].map((ticker) => ({ticker, kind: "etf" as const}))
  ],
  nasdaq: [
    ...["^IXIC", "IXIC", ".IXIC", "COMP", "$COMPX", "COMPX", "IXIC.INDX"].map((ticker) => ({ticker, kind: "index" as const})),
    {ticker: "ONEQ", kind: "etf"},
    ...["^NDX", "NDX", ".NDX", "QQQ"].map((ticker) => ({ticker, kind: "nasdaq-100" as const}))
  ]
};
export const BENCHMARK_IDS = Object.keys(BENCHMARK_TICKERS) as BenchmarkId[];

/** Every ticker a price file may use for a benchmark, for the page's instructions. */
export function benchmarkAliases(id: BenchmarkId, kind?: BenchmarkKind): string[] {
  return BENCHMARK_TICKERS[id].filter((t) => !kind || t.kind === kind).map((t) => t.ticker);
}

/** The benchmark's name in the report's words: data/benchmarks.csv's US row, "标普 500/纳斯达克指数". */
export function benchmarkNames(benchmarks: Benchmark[]): Record<BenchmarkId, {zh: string; en: string}> {
  const us = benchmarks.find((b) => b.market === "us");
  const zh = (us?.index_zh ?? "标普 500/纳斯达克指数").split("/").map((s) => s.trim());
  const en = (us?.index_en ?? "S&P 500 / Nasdaq Index").split("/").map((s) => s.trim());
  return {sp500: {zh: zh[0], en: en[0]}, nasdaq: {zh: zh[1] ?? zh[0], en: en[1] ?? en[0]}};
}

/** The series the file has for a benchmark, by preference; null when it has none. */
export function resolveBenchmark(series: PriceSeries, id: BenchmarkId): {ticker: string; kind: BenchmarkKind} | null {
  return BENCHMARK_TICKERS[id].find((t) => series.get(t.ticker)?.length) ?? null;
}

// --- Returns -------------------------------------------------------------------------

export type PeriodReturn = {startDate: string; startClose: number; endDate: string; endClose: number; returnPct: number};

/** Simple price return from the first close on or after `start` to the last close on or before `end` (default: the latest). */
export function periodReturn(points: Point[] | undefined, start: string, end?: string): PeriodReturn | null {
  if (!points?.length) return null;
  const first = points.find((p) => p.date >= start);
  const last = [...points].reverse().find((p) => end === undefined || p.date <= end);
  if (!first || !last || last.date < first.date) return null;
  return {
    startDate: first.date,
    startClose: first.close,
    endDate: last.date,
    endClose: last.close,
    returnPct: (last.close / first.close - 1) * 100
  };
}

/** Weighted average of returns over the entries that have one; coverage is the weight share that had one. */
export function weightedReturn(entries: {weight: number; returnPct: number | null}[]): {returnPct: number | null; coverage: number} {
  const total = entries.reduce((a, e) => a + Math.max(0, e.weight), 0);
  const priced = entries.filter((e) => e.returnPct !== null && e.weight > 0);
  const pricedWeight = priced.reduce((a, e) => a + e.weight, 0);
  if (pricedWeight === 0) return {returnPct: null, coverage: 0};
  return {
    returnPct: priced.reduce((a, e) => a + e.weight * e.returnPct!, 0) / pricedWeight,
    coverage: total > 0 ? pricedWeight / total : 0
  };
}

/** Excess return in percentage points: the asset's return minus the benchmark's. */
export function excessReturn(returnPct: number | null, benchmarkPct: number | null): number | null {
  return returnPct === null || benchmarkPct === null ? null : returnPct - benchmarkPct;
}

// --- Dates and the rating's horizon -----------------------------------------------------

/** YYYY-MM-DD plus n calendar months, clamped to the month's last day (Jan 31 + 1 = Feb 28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "3-6" → {min: 3, max: 6}; "6" → {min: 6, max: 6} (rating_definitions.csv's horizon_months). */
export function parseHorizon(text: string): {min: number; max: number} {
  const [min, max = min] = text.split(/\s*[-–]\s*/).map(Number);
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new Error(`not a horizon in months: ${text}`);
  return {min, max};
}

/** The industry rating whose band holds this excess (推荐 above its min, 回避 below its max, 中性 between). */
export function industryBand(excessPct: number, ratings: RatingDefinition[]): RatingDefinition | null {
  return (
    ratings
      .filter((r) => r.scope === "industry")
      .find((r) => {
        const {min_excess_pct: min, max_excess_pct: max} = r;
        if (min !== null && max === null) return excessPct > min;
        if (min === null && max !== null) return excessPct < max;
        if (min !== null && max !== null) return excessPct >= min && excessPct <= max;
        return false;
      }) ?? null
  );
}

/** The industry rating 推荐 (Recommend) of the report's rating system: its horizon and threshold. */
export function recommendDefinition(ratings: RatingDefinition[]): {row: RatingDefinition; horizon: {min: number; max: number}; minExcessPct: number} {
  const row = ratings.find((r) => r.scope === "industry" && r.rating_zh === "推荐");
  if (!row || row.min_excess_pct === null) throw new Error("rating_definitions.csv has no industry 推荐 row with a min_excess_pct");
  return {row, horizon: parseHorizon(row.horizon_months), minExcessPct: row.min_excess_pct};
}

// --- The whole view --------------------------------------------------------------------

export type Holding = {ticker: string; sectors: string[]; weight: number; asReported?: string | null};

export type TickerPerformance = {
  ticker: string;
  sectors: string[];
  weight: number;
  ret: PeriodReturn | null;
  /** Why there is no return: no row at all in the file, or none on or after the start date. */
  missing: "no-price" | "no-price-since-start" | null;
  /** The file has prices under the report's spelling (SEA) but not the exchange ticker (SE): never merged, only pointed out. */
  reportedSpellingInFile: string | null;
  excess: Record<BenchmarkId, number | null>;
};

export type BenchmarkPerformance = {id: BenchmarkId; ticker: string | null; kind: BenchmarkKind | null; ret: PeriodReturn | null};

export type GroupPerformance = {returnPct: number | null; priced: number; total: number; coverage: number; excess: Record<BenchmarkId, number | null>};

export type Judgement =
  | {status: "no-benchmark"}
  | {status: "no-price-since-start"; since: string}
  | {status: "too-early"; since: string; asOf: string; judgeableFrom: string; elapsedDays: number}
  | {
      status: "provisional" | "final";
      since: string;
      asOf: string;
      windowEnd: string;
      finalOn: string;
      minExcessPct: number;
      horizon: {min: number; max: number};
      subjects: {
        id: "basket" | "allocation";
        returnPct: number | null;
        coverage: number;
        vsBenchmarks: {id: BenchmarkId; returnPct: number | null; excessPct: number | null; meets: boolean | null; band: RatingDefinition | null}[];
      }[];
    };

export type Performance = {
  since: string;
  /** The latest close in the file. */
  asOf: string | null;
  benchmarks: BenchmarkPerformance[];
  tickers: TickerPerformance[];
  sectors: (GroupPerformance & {sector: string})[];
  /** The report's list held in equal weights (each ticker once): the industry call as a basket. */
  basket: GroupPerformance;
  /** The committee's allocation, weighted as the scratchpad sets it. */
  allocation: GroupPerformance;
  judgement: Judgement;
};

function excessAgainst(returnPct: number | null, benchmarks: BenchmarkPerformance[]): Record<BenchmarkId, number | null> {
  return Object.fromEntries(benchmarks.map((b) => [b.id, excessReturn(returnPct, b.ret?.returnPct ?? null)])) as Record<
    BenchmarkId,
    number | null
  >;
}

/**
 * Everything the performance views show. `holdings` are the watchlist's tickers (each once)
 * with the allocation's weights; `sectors` lists each sector's tickers. Sector and basket
 * returns are equal-weight averages; the allocation's is weighted by the allocation.
 */
export function performanceSince({
  rows,
  holdings,
  sectors,
  since,
  ratings
}: {
  rows: PriceRow[];
  holdings: Holding[];
  sectors: {sector: string; tickers: string[]}[];
  since: string;
  ratings: RatingDefinition[];
}): Performance {
  const series = priceSeries(rows);
  const asOf = rows.reduce<string | null>((latest, r) => (latest === null || r.date > latest ? r.date : latest), null);
  const benchmarks: BenchmarkPerformance[] = BENCHMARK_IDS.map((id) => {
    const resolved = resolveBenchmark(series, id);
    return {id, ticker: resolved?.ticker ?? null, kind: resolved?.kind ?? null, ret: resolved ? periodReturn(series.get(resolved.ticker), since) : null};
  });

  const tickers: TickerPerformance[] = holdings.map((h) => {
    const points = series.get(h.ticker);
    const ret = periodReturn(points, since);
    return {
      ticker: h.ticker,
      sectors: h.sectors,
      weight: h.weight,
      ret,
      missing: ret ? null : points?.length ? "no-price-since-start" : "no-price",
      reportedSpellingInFile: !points?.length && h.asReported && series.get(h.asReported)?.length ? h.asReported : null,
      excess: excessAgainst(ret?.returnPct ?? null, benchmarks)
    };
  });
  const byTicker = new Map(tickers.map((t) => [t.ticker, t]));

  const group = (entries: {weight: number; returnPct: number | null}[]): GroupPerformance => {
    const {returnPct, coverage} = weightedReturn(entries);
    return {
      returnPct,
      coverage,
      priced: entries.filter((e) => e.returnPct !== null).length,
      total: entries.length,
      excess: excessAgainst(returnPct, benchmarks)
    };
  };
  const equal = (list: string[]) => list.map((ticker) => ({weight: 1, returnPct: byTicker.get(ticker)?.ret?.returnPct ?? null}));

  return {
    since,
    asOf,
    benchmarks,
    tickers,
    sectors: sectors.map((s) => ({sector: s.sector, ...group(equal(s.tickers))})),
    basket: group(equal(holdings.map((h) => h.ticker))),
    allocation: group(tickers.map((t) => ({weight: t.weight, returnPct: t.ret?.returnPct ?? null}))),
    judgement: judgeRecommend({series, holdings, since, benchmarks, ratings})
  };
}

/**
 * The industry rating 推荐 judged by its own definition: the basket beats the benchmark by
 * more than min_excess_pct percentage points within the horizon (3–6 months). Before the
 * horizon's start it is too early; inside it the judgement is provisional, at the latest
 * close; from its end it is final, measured at the window's end.
 */
export function judgeRecommend({
  series,
  holdings,
  since,
  benchmarks,
  ratings
}: {
  series: PriceSeries;
  holdings: Holding[];
  since: string;
  benchmarks: BenchmarkPerformance[];
  ratings: RatingDefinition[];
}): Judgement {
  const {horizon, minExcessPct} = recommendDefinition(ratings);
  const available = benchmarks.filter((b) => b.ticker && b.ret);
  if (!available.length) return benchmarks.some((b) => b.ticker) ? {status: "no-price-since-start", since} : {status: "no-benchmark"};
  const asOf = available.map((b) => series.get(b.ticker!)!.at(-1)!.date).reduce((a, b) => (a > b ? a : b));
  const judgeableFrom = addMonths(since, horizon.min);
  if (asOf < judgeableFrom) return {status: "too-early", since, asOf, judgeableFrom, elapsedDays: daysBetween(since, asOf)};
  const finalOn = addMonths(since, horizon.max);
  const windowEnd = asOf < finalOn ? asOf : finalOn;
  const windowReturn = (ticker: string) => periodReturn(series.get(ticker), since, windowEnd)?.returnPct ?? null;
  const subject = (id: "basket" | "allocation", weightOf: (h: Holding) => number) => {
    const {returnPct, coverage} = weightedReturn(holdings.map((h) => ({weight: weightOf(h), returnPct: windowReturn(h.ticker)})));
    return {
      id,
      returnPct,
      coverage,
      vsBenchmarks: benchmarks.map((b) => {
        const benchmarkPct = b.ticker ? windowReturn(b.ticker) : null;
        const excessPct = excessReturn(returnPct, benchmarkPct);
        return {
          id: b.id,
          returnPct: benchmarkPct,
          excessPct,
          meets: excessPct === null ? null : excessPct > minExcessPct,
          band: excessPct === null ? null : industryBand(excessPct, ratings)
        };
      })
    };
  };
  return {
    status: asOf >= finalOn ? "final" : "provisional",
    since,
    asOf,
    windowEnd,
    finalOn,
    minExcessPct,
    horizon,
    subjects: [subject("basket", () => 1), subject("allocation", (h) => h.weight)]
  };
}

/**
 * Buy-and-hold value since the start, as a return in percent on each date: a basket's
 * holdings each start at the first close on or after `since` and carry their last close
 * forward; a holding without prices is left out and the rest re-weighted.
 */
export function cumulativeReturns(series: PriceSeries, holdings: {ticker: string; weight: number}[], since: string): {date: string; returnPct: number}[] {
  const held = holdings
    .filter((h) => h.weight > 0)
    .map((h) => ({weight: h.weight, points: (series.get(h.ticker) ?? []).filter((p) => p.date >= since)}))
    .filter((h) => h.points.length);
  const total = held.reduce((a, h) => a + h.weight, 0);
  if (!held.length || total === 0) return [];
  const dates = [...new Set(held.flatMap((h) => h.points.map((p) => p.date)))].sort();
  const cursors = held.map(() => -1);
  return dates.map((date) => {
    let value = 0;
    held.forEach((h, i) => {
      while (cursors[i] + 1 < h.points.length && h.points[cursors[i] + 1].date <= date) cursors[i] += 1;
      const ratio = cursors[i] < 0 ? 1 : h.points[cursors[i]].close / h.points[0].close;
      value += (h.weight / total) * ratio;
    });
    return {date, returnPct: (value - 1) * 100};
  });
}

/** The start date in use: the reader's, unless it is before the report could have been published. */
export function resolveSince(chosen: string | null, earliest: string): {date: string; clamped: boolean} {
  if (chosen === null || chosen === earliest) return {date: earliest, clamped: false};
  return chosen < earliest ? {date: earliest, clamped: true} : {date: chosen, clamped: false};
}

/** The day-by-day return paths the page draws: the report's list, the allocation, each benchmark found. */
export function performancePaths(rows: PriceRow[], holdings: Holding[], since: string): {id: "basket" | "allocation" | BenchmarkId; points: {date: string; returnPct: number}[]}[] {
  const series = priceSeries(rows);
  const paths: {id: "basket" | "allocation" | BenchmarkId; points: {date: string; returnPct: number}[]}[] = [
    {id: "basket", points: cumulativeReturns(series, holdings.map((h) => ({ticker: h.ticker, weight: 1})), since)},
    {id: "allocation", points: cumulativeReturns(series, holdings, since)}
  ];
  for (const id of BENCHMARK_IDS) {
    const resolved = resolveBenchmark(series, id);
    if (resolved) paths.push({id, points: cumulativeReturns(series, [{ticker: resolved.ticker, weight: 1}], since)});
  }
  return paths;
}
