// The watchlist page's inputs, declared once and mirrored in the URL so the committee's view
// is a link: ?conviction=335300000000&overrides=MSFT:0,ADBE:2&since=2025-04-01&q=…&sector=…
// Every parser reads the URL's string; anything else falls back to the default with a notice.
import {
  DEFAULT_CONVICTION,
  MAX_CONVICTION,
  MULTIPLIERS,
  equalConvictions,
  type Convictions,
  type Overrides
} from "./allocation.js";
import {defineParam, matching, oneOf} from "./params.js";
import {SECTOR_IDS, isPartialDate} from "./vocabulary.js";

const SECTOR_FILTERS = ["all", ...SECTOR_IDS] as const;
export type SectorFilter = (typeof SECTOR_FILTERS)[number];

/** One digit per sector, in the report's order (SECTOR_IDS): "333333333333" is equal conviction. */
export function formatConvictions(convictions: Convictions): string {
  return SECTOR_IDS.map((id) => String(convictions[id] ?? DEFAULT_CONVICTION)).join("");
}

const convictionDigits = new RegExp(`^[0-${MAX_CONVICTION}]{${SECTOR_IDS.length}}$`);

export const convictionParam = defineParam<Convictions>(
  "conviction",
  matching(convictionDigits, (s) => Object.fromEntries(SECTOR_IDS.map((id, i) => [id, Number(s[i])])) as Convictions),
  equalConvictions(),
  {format: formatConvictions}
);

const TICKER = /^[A-Z][A-Z0-9.-]{0,9}$/;

/** "MSFT:0,ADBE:2": ticker and multiplier pairs, sorted by ticker; the default multiplier 1 is left out. */
export function formatOverrides(overrides: Overrides): string {
  return Object.keys(overrides)
    .filter((ticker) => overrides[ticker] !== 1)
    .sort()
    .map((ticker) => `${ticker}:${overrides[ticker]}`)
    .join(",");
}

/** "MSFT:0,ADBE:2" -> {MSFT: 0, ADBE: 2}; undefined unless every pair is a ticker and an allowed multiplier. */
export function parseOverrides(text: string): Overrides | undefined {
  if (text.length > 400) return undefined;
  const overrides: Overrides = {};
  for (const pair of text.split(",").filter(Boolean)) {
    const [ticker, value, extra] = pair.split(":");
    const multiplier = Number(value);
    if (extra !== undefined || !TICKER.test(ticker ?? "") || !(MULTIPLIERS as readonly number[]).includes(multiplier)) return undefined;
    if (multiplier !== 1) overrides[ticker] = multiplier;
  }
  return overrides;
}

export const overridesParam = defineParam<Overrides>("overrides", parseOverrides, {}, {format: formatOverrides});

/** "report" (or no parameter) means the report's earliest possible publication date, from data/. */
export const sinceParam = defineParam<string | null>(
  "since",
  (s) =>
    s === "report" ? null : /^\d{4}-\d{2}-\d{2}$/.test(s) && isPartialDate(s) && s >= "2000-01-01" && s <= "2100-12-31" ? s : undefined,
  null,
  {format: (value) => value ?? "report"}
);

/** The watchlist's search box: text matched against tickers and company names. */
export const searchParam = defineParam<string>("q", (s) => (s.length <= 40 ? s : undefined), "");

/** The watchlist's sector filter. */
export const sectorFilterParam = defineParam<SectorFilter>("sector", oneOf(SECTOR_FILTERS), "all");

/** Everything the committee sets on this page, for the reset button. */
export const scratchpadParams = [convictionParam, overridesParam];
