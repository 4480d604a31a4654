// The report's watchlist as it prints it: twelve sectors in its order, each with its tickers,
// the exchange spelling where the report's differs, and the two tickers listed twice marked.
// Pure: (rows, options) -> Element; the page owns the search and filter inputs.
import {html} from "htl";
import {filterWatchlist, watchlistTickers} from "../../lib/allocation.js";
import {pick} from "../../lib/i18n.js";
import type {WatchlistEntry} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";
import type {Column} from "../../ui/figure.js";
import {sectorColor} from "../../ui/palette.js";

const TEXT = {
  zh: {
    report: "报告写作",
    alsoIn: "亦列于",
    listSeparator: "、",
    all12SectorsTickers: (tickerCount: unknown, count: unknown) => `全部 12 个行业、${tickerCount} 只标的（${count} 个列示，MSFT 与 ORCL 各列两次）`,
    listingMatchTicker: (count: unknown, tickerCount: unknown, countS: unknown, tickerCountS: unknown) => `匹配 ${count} 个列示（${tickerCount} 只标的）`,
    noTickerMatchesTry: "没有匹配的标的：换个代码或公司名，或选择“全部行业”。",
    sector: "行业",
    ticker: "代码",
    asReported: "报告写法",
    companyOutside: "公司（外部）",
    exchangeOutside: "交易所（外部）",
    note: "说明",
    listedInTwoSectors: "列于两个行业"
  },
  en: {
    report: "report: ",
    alsoIn: "also in ",
    listSeparator: ", ",
    all12SectorsTickers: (tickerCount: unknown, count: unknown) => `All 12 sectors, ${tickerCount} tickers (${count} listings: MSFT and ORCL are listed twice)`,
    listingMatchTicker: (count: unknown, tickerCount: unknown, countS: unknown, tickerCountS: unknown) => `${count} listing${countS} match (${tickerCount} ticker${tickerCountS})`,
    noTickerMatchesTry: "No ticker matches: try another ticker or company name, or choose “All sectors”.",
    sector: "Sector",
    ticker: "Ticker",
    asReported: "As reported",
    companyOutside: "Company (outside)",
    exchangeOutside: "Exchange (outside)",
    note: "Note",
    listedInTwoSectors: "Listed in two sectors"
  }
} satisfies Record<Lang, unknown>;

/** The other sectors a ticker is listed under, in the reader's language. */
function otherSectors(rows: WatchlistEntry[], row: WatchlistEntry, lang: Lang): string[] {
  return rows.filter((r) => r.ticker === row.ticker && r.sector !== row.sector).map((r) => pick(r, "sector", lang));
}

/** Wraps the matches of `query` in <mark>, as text nodes (never markup from the query). */
function highlight(text: string, query: string): Node {
  const fragment = document.createDocumentFragment();
  const needle = query.trim().toLowerCase();
  if (!needle) {
    fragment.append(text);
    return fragment;
  }
  let rest = text;
  for (let i = rest.toLowerCase().indexOf(needle); i >= 0; i = rest.toLowerCase().indexOf(needle)) {
    const mark = document.createElement("mark");
    mark.textContent = rest.slice(i, i + needle.length);
    fragment.append(rest.slice(0, i), mark);
    rest = rest.slice(i + needle.length);
  }
  fragment.append(rest);
  return fragment;
}

/**
 * Twelve cards in the report's order, each a sector with its tickers and company names. The
 * search and sector filter hide what does not match; a note says when nothing does.
 */
export function sectorCards(
  rows: WatchlistEntry[],
  {lang, query = "", sector = "all"}: {lang: Lang; query?: string; sector?: string}
): HTMLElement {
  const shown = new Set(filterWatchlist(rows, {query, sector}));
  const orders = [...new Set(rows.map((r) => r.sector_order))].sort((a, b) => a - b);
  const cards = orders
    .map((order) => rows.filter((r) => r.sector_order === order))
    .filter((sectorRows) => sectorRows.some((r) => shown.has(r)))
    .map((sectorRows) => {
      const first = sectorRows[0];
      const items = sectorRows.filter((r) => shown.has(r));
      return html`<section class="deck-sector-card" data-sector=${first.sector} style=${`--sector-color: ${sectorColor(first.sector_order)}`}>
        <h3><span class="deck-sector-order">${first.sector_order}</span> ${pick(first, "sector", lang)}</h3>
        <ul>${items.map((row) => {
          const others = otherSectors(rows, row, lang);
          return html`<li data-ticker=${row.ticker}>
            <strong class="deck-ticker">${highlight(row.ticker, query)}</strong>
            <span class="deck-company">${highlight(lang === "zh" && row.company_zh ? row.company_zh : row.company_en, query)}${
              lang === "zh" && row.company_zh ? html` <span class="deck-company-alt" translate="no">${highlight(row.company_en, query)}</span>` : ""
            }</span>
            ${
              row.ticker_as_reported !== row.ticker
                ? html`<span class="deck-badge deck-badge-spelling" title=${pick(row, "note", lang)}>${TEXT[lang].report}${highlight(row.ticker_as_reported, query)}</span>`
                : ""
            }
            ${
              others.length
                ? html`<span class="deck-badge deck-badge-dual" title=${pick(row, "note", lang)}>${TEXT[lang].alsoIn}${others.join(TEXT[lang].listSeparator)}</span>`
                : ""
            }
          </li>`;
        })}</ul>
      </section>`;
    });
  const count = shown.size;
  const tickerCount = new Set([...shown].map((r) => r.ticker)).size;
  return html`<div class="deck-watchlist" role="group">
    <p class="deck-watchlist-count" role="status">${
      count === rows.length
        ? TEXT[lang].all12SectorsTickers(tickerCount, count)
        : count
          ? TEXT[lang].listingMatchTicker(count, tickerCount, count === 1 ? "" : "s", tickerCount === 1 ? "" : "s")
          : TEXT[lang].noTickerMatchesTry
    }</p>
    <div class="deck-sector-cards" data-deck-rows>${cards}</div>
  </div>` as HTMLElement;
}

/** The watchlist's table columns (one row per listing, as the report lists them). */
export function watchlistColumns(rows: WatchlistEntry[], lang: Lang): Column<WatchlistEntry>[] {
  return [
    {key: "sector_order", label: "#"},
    {key: "sector", label: TEXT[lang].sector, value: (r) => pick(r, "sector", lang)},
    {key: "ticker", label: TEXT[lang].ticker},
    {key: "ticker_as_reported", label: TEXT[lang].asReported},
    {key: "company", label: TEXT[lang].companyOutside, value: (r) => (lang === "zh" && r.company_zh ? `${r.company_zh} ${r.company_en}` : r.company_en)},
    {key: "exchange", label: TEXT[lang].exchangeOutside},
    {
      key: "note",
      label: TEXT[lang].note,
      value: (r) => pick(r, "note", lang) || (otherSectors(rows, r, lang).length ? TEXT[lang].listedInTwoSectors : "")
    }
  ];
}

/** How many distinct tickers the rows hold. */
export function tickerCount(rows: WatchlistEntry[]): number {
  return watchlistTickers(rows).length;
}
