// Derived views of the report's rating system and recommendation (report §4 and its rating
// system): the rating bands on a scale of performance relative to the benchmark, the ranges no
// rating covers, and the recommended sectors with their tickers.
import type {RatingDefinition, WatchlistEntry} from "./schema.js";

export type RatingBand = {
  scope: RatingDefinition["scope"];
  rating_zh: string;
  rating_en: string;
  /** The band's ends on the scale; an open end is drawn to the scale's edge. */
  x1: number;
  x2: number;
  openLow: boolean;
  openHigh: boolean;
  definition: RatingDefinition;
};

/** Each rating as a band of relative performance (%), open ends clipped to `domain`. */
export function ratingBands(rows: RatingDefinition[], domain: [number, number]): RatingBand[] {
  const [lo, hi] = domain;
  return rows.map((row) => ({
    scope: row.scope,
    rating_zh: row.rating_zh,
    rating_en: row.rating_en,
    x1: Math.max(lo, row.min_excess_pct ?? lo),
    x2: Math.min(hi, row.max_excess_pct ?? hi),
    openLow: row.min_excess_pct == null,
    openHigh: row.max_excess_pct == null,
    definition: row
  }));
}

/** Parts of `domain` that no rating of `scope` covers (the report defines nothing there). */
export function uncoveredRanges(rows: RatingDefinition[], scope: RatingDefinition["scope"], domain: [number, number]): [number, number][] {
  const bands = ratingBands(
    rows.filter((r) => r.scope === scope),
    domain
  ).sort((a, b) => a.x1 - b.x1);
  const gaps: [number, number][] = [];
  let covered = domain[0];
  for (const band of bands) {
    if (band.x1 > covered) gaps.push([covered, band.x1]);
    covered = Math.max(covered, band.x2);
  }
  if (covered < domain[1]) gaps.push([covered, domain[1]]);
  return gaps;
}

/** The definition of one rating, e.g. the industry's 推荐; a missing one is a data defect. */
export function ratingDefinition(rows: RatingDefinition[], scope: RatingDefinition["scope"], ratingZh: string): RatingDefinition {
  const row = rows.find((r) => r.scope === scope && r.rating_zh === ratingZh);
  if (!row) throw new Error(`data/rating_definitions.csv has no ${scope} rating "${ratingZh}"`);
  return row;
}

/** The rating word of a rating as the report prints it: "推荐（维持）" -> "推荐". */
export function ratingWord(rating: string): string {
  return rating.replace(/[（(].*$/, "").trim();
}

export type SectorSummary = {order: number; sector_zh: string; sector_en: string; tickers: string[]};

/** The recommended sectors in the report's order, each with its tickers as the report writes them. */
export function sectorSummary(rows: WatchlistEntry[]): SectorSummary[] {
  const sectors = new Map<number, SectorSummary>();
  for (const row of rows) {
    let sector = sectors.get(row.sector_order);
    if (!sector) sectors.set(row.sector_order, (sector = {order: row.sector_order, sector_zh: row.sector_zh, sector_en: row.sector_en, tickers: []}));
    sector.tickers.push(row.ticker_as_reported);
  }
  return [...sectors.values()].sort((a, b) => a.order - b.order);
}
