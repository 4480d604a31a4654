// The report's watchlist as sectors and tickers, and the committee's allocation across it:
// each sector's conviction sets its share, its tickers split that share equally unless a
// multiplier overrides one, and a ticker listed under two sectors is held once with its two
// parts added. Pure functions, shared by the page and the tests.
import type {WatchlistEntry} from "./schema.js";
import {SECTOR_IDS} from "./vocabulary.js";

export type SectorId = (typeof SECTOR_IDS)[number];

/** Conviction per sector, 0 (exclude) to MAX_CONVICTION. */
export type Convictions = Record<SectorId, number>;
/** Per-ticker multipliers; a ticker not listed has the default multiplier 1. */
export type Overrides = Record<string, number>;

export const MAX_CONVICTION = 5;
export const DEFAULT_CONVICTION = 3;
/** The multipliers a ticker may be given: 0 excludes it, 1 is the equal share. */
export const MULTIPLIERS = [0, 0.5, 1, 1.5, 2, 3] as const;

export function equalConvictions(level = DEFAULT_CONVICTION): Convictions {
  return Object.fromEntries(SECTOR_IDS.map((id) => [id, level])) as Convictions;
}

export type SectorInfo = {
  sector: SectorId;
  order: number;
  sector_zh: string;
  sector_en: string;
  tickers: string[];
};

export type TickerInfo = {
  ticker: string;
  /** How the report spells it, when that differs from the exchange ticker (ADOBE → ADBE). */
  asReported: string | null;
  exchange: string;
  company_en: string;
  company_zh: string | null;
  companySource: string;
  /** Every sector the report lists it under, in the report's order. */
  sectors: SectorId[];
};

/** The report's sectors in its order, each with its tickers in the report's order. */
export function watchlistSectors(rows: WatchlistEntry[]): SectorInfo[] {
  const sectors = new Map<SectorId, SectorInfo>();
  for (const row of [...rows].sort((a, b) => a.sector_order - b.sector_order)) {
    let info = sectors.get(row.sector);
    if (!info) {
      info = {sector: row.sector, order: row.sector_order, sector_zh: row.sector_zh, sector_en: row.sector_en, tickers: []};
      sectors.set(row.sector, info);
    }
    info.tickers.push(row.ticker);
  }
  return [...sectors.values()];
}

/** Each ticker once, in the order of its first appearance in the report. */
export function watchlistTickers(rows: WatchlistEntry[]): TickerInfo[] {
  const tickers = new Map<string, TickerInfo>();
  for (const row of [...rows].sort((a, b) => a.sector_order - b.sector_order)) {
    const existing = tickers.get(row.ticker);
    if (existing) {
      if (!existing.sectors.includes(row.sector)) existing.sectors.push(row.sector);
      continue;
    }
    tickers.set(row.ticker, {
      ticker: row.ticker,
      asReported: row.ticker_as_reported !== row.ticker ? row.ticker_as_reported : null,
      exchange: row.exchange,
      company_en: row.company_en,
      company_zh: row.company_zh,
      companySource: row.company_source,
      sectors: [row.sector]
    });
  }
  return [...tickers.values()];
}

/** Tickers the report lists under more than one sector (MSFT, ORCL). */
export function multiSectorTickers(rows: WatchlistEntry[]): Set<string> {
  return new Set(watchlistTickers(rows).filter((t) => t.sectors.length > 1).map((t) => t.ticker));
}

/** Rows matching a search (ticker, the report's spelling, or company name, either language) and a sector. */
export function filterWatchlist(rows: WatchlistEntry[], {query = "", sector = "all"}: {query?: string; sector?: string}) {
  const needle = query.trim().toLowerCase();
  return rows.filter((row) => {
    if (sector !== "all" && row.sector !== sector) return false;
    if (!needle) return true;
    return [row.ticker, row.ticker_as_reported, row.company_en, row.company_zh ?? ""].some((text) =>
      text.toLowerCase().includes(needle)
    );
  });
}

export type AllocationPart = {sector: SectorId; weight: number};

export type TickerAllocation = TickerInfo & {
  multiplier: number;
  /** Exact weight, a fraction of 1. */
  weight: number;
  /** Percent with one decimal; the column of all tickers sums to exactly 100.0. */
  weightPct: number;
  /** Where the weight comes from, one part per sector the ticker is listed under. */
  parts: AllocationPart[];
};

export type SectorAllocation = {
  sector: SectorId;
  sector_zh: string;
  sector_en: string;
  conviction: number;
  weight: number;
  weightPct: number;
  /** Tickers of the sector still in the allocation (multiplier above 0). */
  activeTickers: number;
};

export type Allocation = {
  tickers: TickerAllocation[];
  sectors: SectorAllocation[];
  /** True when nothing is allocated: every sector at 0, or every ticker excluded. */
  empty: boolean;
  /** Sectors with conviction above 0 whose tickers are all excluded: their share went to the others. */
  emptiedSectors: SectorId[];
  /** Override entries naming no ticker of the watchlist (from an edited link); not applied. */
  ignoredOverrides: string[];
};

/**
 * The allocation across tickers. A sector's share is its conviction over the sum of
 * convictions; within a sector, each ticker gets multiplier / (sum of the sector's
 * multipliers) of that share; a ticker in two sectors adds its two parts. Shares of sectors
 * whose tickers are all excluded go to the others in proportion, so the total is 100%.
 */
export function sectorAllocation(rows: WatchlistEntry[], convictions: Convictions, overrides: Overrides = {}): Allocation {
  const sectors = watchlistSectors(rows);
  const tickers = watchlistTickers(rows);
  const known = new Set(tickers.map((t) => t.ticker));
  const multiplierOf = (ticker: string) => {
    const value = overrides[ticker];
    return value === undefined || !Number.isFinite(value) || value < 0 ? 1 : value;
  };

  const raw = new Map<string, AllocationPart[]>(tickers.map((t) => [t.ticker, []]));
  const sectorRaw = new Map<SectorId, number>();
  const emptiedSectors: SectorId[] = [];
  for (const sector of sectors) {
    const conviction = Math.max(0, convictions[sector.sector] ?? 0);
    const multipliers = sector.tickers.map(multiplierOf);
    const total = multipliers.reduce((a, b) => a + b, 0);
    if (conviction > 0 && total === 0) emptiedSectors.push(sector.sector);
    sectorRaw.set(sector.sector, conviction > 0 && total > 0 ? conviction : 0);
    sector.tickers.forEach((ticker, i) => {
      const weight = conviction > 0 && total > 0 ? (conviction * multipliers[i]) / total : 0;
      raw.get(ticker)!.push({sector: sector.sector, weight});
    });
  }

  const sum = [...sectorRaw.values()].reduce((a, b) => a + b, 0);
  const empty = sum === 0;
  const tickerWeights = tickers.map((t) => {
    const parts = raw.get(t.ticker)!.map((p) => ({sector: p.sector, weight: empty ? 0 : p.weight / sum}));
    return {parts, weight: parts.reduce((a, p) => a + p.weight, 0)};
  });
  const tickerPct = empty ? tickers.map(() => 0) : roundToTotal(tickerWeights.map((w) => w.weight));
  const sectorWeights = sectors.map((s) => (empty ? 0 : sectorRaw.get(s.sector)! / sum));
  const sectorPct = empty ? sectors.map(() => 0) : roundToTotal(sectorWeights);

  return {
    tickers: tickers.map((t, i) => ({
      ...t,
      multiplier: multiplierOf(t.ticker),
      weight: tickerWeights[i].weight,
      weightPct: tickerPct[i],
      parts: tickerWeights[i].parts
    })),
    sectors: sectors.map((s, i) => ({
      sector: s.sector,
      sector_zh: s.sector_zh,
      sector_en: s.sector_en,
      conviction: Math.max(0, convictions[s.sector] ?? 0),
      weight: sectorWeights[i],
      weightPct: sectorPct[i],
      activeTickers: s.tickers.filter((ticker) => multiplierOf(ticker) > 0).length
    })),
    empty,
    emptiedSectors,
    ignoredOverrides: Object.keys(overrides).filter((ticker) => !known.has(ticker))
  };
}

/**
 * Rounds shares to `decimals` so that they add up to exactly `total` (largest remainder):
 * each share is floored to the unit, and the units left over go to the largest remainders,
 * the earlier share first on a tie. The shares need not sum to 1; they are scaled.
 */
export function roundToTotal(shares: number[], total = 100, decimals = 1): number[] {
  const sum = shares.reduce((a, b) => a + Math.max(0, b), 0);
  if (sum <= 0) return shares.map(() => 0);
  const scale = 10 ** decimals;
  const units = Math.round(total * scale);
  const exact = shares.map((s) => (Math.max(0, s) / sum) * units);
  const floors = exact.map((e) => Math.floor(e + 1e-9));
  let left = units - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({i, remainder: e - floors[i]})).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const {i} of order) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return floors.map((f) => f / scale);
}

/** The sum of rounded percents as the page shows it (integer units, so no float drift). */
export function sumPercent(values: number[], decimals = 1): number {
  const scale = 10 ** decimals;
  return values.reduce((a, v) => a + Math.round(v * scale), 0) / scale;
}
