// The conviction scratchpad's widgets: twelve sector sliders that act as one input, the
// allocation as charts, and the allocation table whose multipliers are editable. Pure: the
// page binds the inputs to the URL and passes callbacks; nothing here reads the URL.
import * as Plot from "../../vendor/plot.js";
import {inputLabel} from "../../ui/bilingual.js";
import {labelMargin, plot} from "../../ui/plot.js";
import {html} from "htl";
import {
  MAX_CONVICTION,
  MULTIPLIERS,
  type Allocation,
  type Convictions,
  type SectorInfo,
  type TickerAllocation
} from "../../lib/allocation.js";
import {pick} from "../../lib/i18n.js";
import type {Lang} from "../../lib/lang.js";
import {saveCsv, toCsv, type Column} from "../../ui/figure.js";
import {sectorColor} from "../../ui/palette.js";
import {formatPercent} from "../../ui/format.js";

const TEXT = {
  zh: {
    shareOfTheAllocation: "占组合 %",
    conviction: "信念",
    weight: "权重 %",
    excludeMultiplier: "×0 排除",
    ticker: "代码",
    companyOutside: "公司（外部）",
    sector: "行业",
    multiplier: "倍数",
    reportOrder: "报告顺序",
    multiplierLabel: "倍数",
    total: "合计",
    exportAllocationCsv: "导出配置 CSV"
  },
  en: {
    shareOfTheAllocation: "Share of the allocation %",
    conviction: "conviction",
    weight: "Weight %",
    excludeMultiplier: "×0 exclude",
    ticker: "Ticker",
    companyOutside: "Company (outside)",
    sector: "Sector",
    multiplier: "Multiplier",
    reportOrder: "Report order",
    multiplierLabel: "multiplier",
    total: "Total",
    exportAllocationCsv: "Export allocation CSV"
  }
} satisfies Record<Lang, unknown>;

// --- Conviction inputs ------------------------------------------------------------------

export type ConvictionInput = HTMLElement & {value: Convictions};

/**
 * Twelve sliders, one per sector in the report's order, that behave as one input: its value
 * is every sector's conviction, it fires "input" on any change, and setting it moves the
 * sliders. Labels exist in both languages, so a language switch keeps focus and position.
 */
export function convictionInputs(sectors: SectorInfo[], {value}: {value: Convictions}): ConvictionInput {
  const form = document.createElement("form");
  form.className = "deck-conviction";
  form.setAttribute("aria-label", "行业信念 · Sector conviction");
  form.addEventListener("submit", (event) => event.preventDefault());
  const sliders = new Map<string, {input: HTMLInputElement; output: HTMLOutputElement}>();
  for (const sector of sectors) {
    const row = document.createElement("div");
    row.className = "deck-conviction-row";
    row.style.setProperty("--sector-color", sectorColor(sector.order));
    const id = `deck-conviction-${sector.sector}`;
    const label = document.createElement("label");
    label.htmlFor = id;
    label.append(inputLabel(sector.sector_zh, sector.sector_en));
    const input = document.createElement("input");
    input.type = "range";
    input.id = id;
    input.name = sector.sector;
    input.min = "0";
    input.max = String(MAX_CONVICTION);
    input.step = "1";
    input.dataset.sector = sector.sector;
    const output = document.createElement("output");
    output.htmlFor.add(id);
    const describe = () => {
      const level = Number(input.value);
      output.replaceChildren(String(level), level === 0 ? inputLabel(" 排除", " excluded") : "");
      input.setAttribute("aria-valuetext", level === 0 ? `0 排除 · excluded` : String(level));
    };
    input.addEventListener("input", (event) => {
      describe();
      event.stopPropagation();
      form.dispatchEvent(new Event("input", {bubbles: true}));
    });
    sliders.set(sector.sector, {input, output});
    row.append(label, input, output);
    form.append(row);
    Object.assign(input, {describe});
  }
  const element = form as unknown as ConvictionInput;
  Object.defineProperty(element, "value", {
    get: () => Object.fromEntries([...sliders].map(([sector, {input}]) => [sector, Number(input.value)])) as Convictions,
    set: (convictions: Convictions) => {
      for (const [sector, {input}] of sliders) {
        input.value = String(convictions[sector as keyof Convictions] ?? 0);
        (input as HTMLInputElement & {describe: () => void}).describe();
      }
    }
  });
  element.value = value;
  return element;
}

// --- Charts -----------------------------------------------------------------------------

/** Each sector's share of the allocation, in the report's order, with its conviction. */
export function sectorWeightsChart(allocation: Allocation, {width, lang}: {width: number; lang: Lang}) {
  const rows = allocation.sectors.map((s, i) => ({...s, order: i + 1, name: pick(s, "sector", lang), label: formatPercent(s.weightPct, lang)}));
  const marginLeft = labelMargin(rows.map((r) => r.name));
  return plot({
    width: Math.max(width, marginLeft + 200),
    height: 26 * rows.length + 40,
    marginLeft,
    marginRight: 50,
    x: {label: TEXT[lang].shareOfTheAllocation, domain: [0, Math.max(20, ...rows.map((r) => r.weightPct))], grid: true},
    y: {label: null, domain: rows.map((r) => r.name)},
    marks: [
      Plot.barX(rows, {
        y: "name",
        x: "weightPct",
        fill: (d) => sectorColor(d.order),
        title: (d) => `${d.name}: ${d.label} · ${TEXT[lang].conviction} ${d.conviction}`
      }),
      Plot.text(rows, {y: "name", x: "weightPct", text: "label", textAnchor: "start", dx: 4, fill: "currentColor"}),
      Plot.ruleX([0])
    ]
  });
}

/** From this width the ticker chart draws its bars in two columns, each still wide enough for its labels. */
export const TWO_COLUMNS_FROM = 720;
const BAR_STEP = 17;

/**
 * Each ticker's weight, largest first, as one bar whose segments show which sector each part
 * comes from: a ticker listed in two sectors is one bar with two colours. From TWO_COLUMNS_FROM
 * wide the bars run in two columns (the largest half on the left) on one shared x scale under
 * one legend: 38 bars in one column are taller than a slide, which then had to be scaled down
 * until its labels were about 10 px on a projector; two columns fit a slide at full size, and
 * spare the reader half the scrolling.
 */
export function allocationChart(allocation: Allocation, {width, lang}: {width: number; lang: Lang}): Element {
  const held = allocation.tickers.filter((ticker) => ticker.weight > 0);
  const order = [...held].sort((a, b) => b.weight - a.weight).map((ticker) => ticker.ticker);
  const sectorOrder = new Map(allocation.sectors.map((s, i) => [s.sector, i + 1]));
  const sectorName = new Map(allocation.sectors.map((s) => [s.sector, pick(s, "sector", lang)]));
  const parts = held.flatMap((ticker) =>
    ticker.parts
      .filter((p) => p.weight > 0)
      .map((p) => ({ticker: ticker.ticker, sector: sectorName.get(p.sector)!, order: sectorOrder.get(p.sector)!, pct: p.weight * 100}))
  );
  const totals = held.map((ticker) => ({ticker: ticker.ticker, pct: ticker.weight * 100, label: formatPercent(ticker.weightPct, lang)}));
  const legend = allocation.sectors.map((s, i) => ({name: pick(s, "sector", lang), color: sectorColor(i + 1)}));
  const color = {domain: legend.map((l) => l.name), range: legend.map((l) => l.color)};
  const largest = Math.max(0, ...totals.map((t) => t.pct));

  const bars = (tickers: string[], columnWidth: number, withLegend: boolean) => {
    const shown = new Set(tickers);
    return plot({
      width: Math.max(columnWidth, 320),
      height: Math.max(120, BAR_STEP * tickers.length + 50),
      marginLeft: 56,
      marginRight: 56,
      x: {label: TEXT[lang].weight, grid: true, domain: [0, largest], nice: true},
      y: {label: null, domain: tickers},
      color: {...color, legend: withLegend},
      marks: [
        Plot.barX(
          parts.filter((p) => shown.has(p.ticker)),
          {y: "ticker", x: "pct", fill: "sector", order: "order", title: (d) => `${d.ticker} · ${d.sector}: ${formatPercent(d.pct, lang)}`}
        ),
        Plot.text(
          totals.filter((t) => shown.has(t.ticker)),
          {y: "ticker", x: "pct", text: "label", textAnchor: "start", dx: 4, fill: "currentColor"}
        ),
        Plot.ruleX([0])
      ]
    });
  };
  if (width < TWO_COLUMNS_FROM || order.length < 12) return bars(order, width, true);

  const gap = 24;
  const half = Math.ceil(order.length / 2);
  const columnWidth = Math.floor((width - gap) / 2);
  return html`<div class="deck-chart-columns">
    ${Plot.legend({color, className: "deck-chart-columns-legend"})}
    <div class="deck-chart-columns-row" style=${`gap: ${gap}px`}>
      ${bars(order.slice(0, half), columnWidth, false)}${bars(order.slice(half), columnWidth, false)}
    </div>
  </div>` as HTMLElement;
}

// --- The allocation table ------------------------------------------------------------------

export type AllocationSortKey = "report" | "ticker" | "weight";
export type AllocationSort = {key: AllocationSortKey; descending: boolean};

/** The rows in the table's order; the CSV export uses the same function, so its rows equal the table's. */
export function sortAllocationRows(rows: TickerAllocation[], {key, descending}: AllocationSort): TickerAllocation[] {
  const indexed = rows.map((row, i) => ({row, i}));
  const compare = {
    report: (a: (typeof indexed)[0], b: (typeof indexed)[0]) => a.i - b.i,
    ticker: (a: (typeof indexed)[0], b: (typeof indexed)[0]) => a.row.ticker.localeCompare(b.row.ticker),
    weight: (a: (typeof indexed)[0], b: (typeof indexed)[0]) => a.row.weight - b.row.weight || b.i - a.i
  }[key];
  return indexed.sort((a, b) => (descending ? -compare(a, b) : compare(a, b))).map(({row}) => row);
}

/** A multiplier as the table writes it: ×0 (exclude), ×1, ×1.5… */
export function multiplierLabel(multiplier: number, lang: Lang): string {
  return multiplier === 0 ? TEXT[lang].excludeMultiplier : `×${multiplier}`;
}

/** The allocation table's columns; the CSV export writes exactly these. */
export function allocationColumns(lang: Lang, sectorNames: Map<string, string>): Column<TickerAllocation>[] {
  return [
    {key: "ticker", label: TEXT[lang].ticker},
    {key: "company", label: TEXT[lang].companyOutside, value: (r) => (lang === "zh" && r.company_zh ? r.company_zh : r.company_en)},
    {key: "sectors", label: TEXT[lang].sector, value: (r) => r.sectors.map((s) => sectorNames.get(s) ?? s).join("; ")},
    {key: "multiplier", label: TEXT[lang].multiplier, value: (r) => r.multiplier},
    {key: "weight_pct", label: TEXT[lang].weight, value: (r) => r.weightPct.toFixed(1)}
  ];
}

/**
 * The allocation as an editable table: a multiplier per ticker (0 excludes it), the weight
 * with one decimal, and a total row of exactly 100.0%. Headers sort; `onOverride` and
 * `onSort` tell the page; `focusTicker` puts the focus back after the page redraws it.
 */
export function allocationTable(
  allocation: Allocation,
  {
    lang,
    sort,
    onSort,
    onOverride,
    focusTicker = null,
    source,
    fileName = "allocation"
  }: {
    lang: Lang;
    /** Written into every CSV row: where the tickers and the weights come from. */
    source: string;
    fileName?: string;
    sort: AllocationSort;
    onSort: (sort: AllocationSort) => void;
    onOverride: (ticker: string, multiplier: number) => void;
    focusTicker?: string | null;
  }
): HTMLElement {
  const sectorNames = new Map(allocation.sectors.map((s) => [s.sector, pick(s, "sector", lang)]));
  const columns = allocationColumns(lang, sectorNames);
  const table = document.createElement("table");
  table.className = "deck-allocation-table";
  const head = document.createElement("thead");
  const body = document.createElement("tbody");
  const foot = document.createElement("tfoot");
  const sortable: Partial<Record<string, AllocationSortKey>> = {ticker: "ticker", weight_pct: "weight"};

  const renderHead = () => {
    const row = document.createElement("tr");
    for (const column of columns) {
      const th = document.createElement("th");
      th.scope = "col";
      if (column.key === "weight_pct" || column.key === "multiplier") th.className = "deck-num";
      const key = sortable[column.key];
      if (key) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "deck-sort";
        button.dataset.sort = key;
        button.textContent = column.label;
        if (sort.key === key) {
          th.setAttribute("aria-sort", sort.descending ? "descending" : "ascending");
          button.textContent += sort.descending ? " ▾" : " ▴";
        }
        button.addEventListener("click", () => {
          sort = sort.key === key ? {key, descending: !sort.descending} : {key, descending: key === "weight"};
          onSort(sort);
          renderHead();
          renderBody();
        });
        th.append(button);
      } else th.textContent = column.label;
      row.append(th);
    }
    const orderCell = document.createElement("th");
    orderCell.scope = "col";
    const reportOrder = document.createElement("button");
    reportOrder.type = "button";
    reportOrder.className = "deck-sort";
    reportOrder.dataset.sort = "report";
    reportOrder.textContent = TEXT[lang].reportOrder;
    if (sort.key === "report") orderCell.setAttribute("aria-sort", "ascending");
    reportOrder.addEventListener("click", () => {
      sort = {key: "report", descending: false};
      onSort(sort);
      renderHead();
      renderBody();
    });
    orderCell.append(reportOrder);
    row.prepend(orderCell);
    head.replaceChildren(row);
  };

  const renderBody = () => {
    body.replaceChildren(
      ...sortAllocationRows(allocation.tickers, sort).map((ticker) => {
        const row = document.createElement("tr");
        row.dataset.ticker = ticker.ticker;
        if (ticker.weight === 0) row.className = "deck-excluded";
        const index = document.createElement("td");
        index.className = "deck-num deck-muted";
        index.textContent = String(allocation.tickers.indexOf(ticker) + 1);
        row.append(index);
        for (const column of columns) {
          const cell = document.createElement(column.key === "ticker" ? "th" : "td");
          if (column.key === "ticker") cell.setAttribute("scope", "row");
          const value = column.value ? column.value(ticker) : (ticker as unknown as Record<string, unknown>)[column.key];
          if (column.key === "multiplier") {
            cell.className = "deck-num";
            const select = document.createElement("select");
            select.dataset.ticker = ticker.ticker;
            select.setAttribute("aria-label", `${ticker.ticker} ${TEXT[lang].multiplierLabel}`);
            for (const multiplier of MULTIPLIERS) {
              const option = document.createElement("option");
              option.value = String(multiplier);
              option.textContent = multiplierLabel(multiplier, lang);
              option.selected = multiplier === ticker.multiplier;
              select.append(option);
            }
            select.addEventListener("change", () => onOverride(ticker.ticker, Number(select.value)));
            cell.append(select);
          } else if (column.key === "weight_pct") {
            cell.className = "deck-num";
            cell.textContent = `${value}%`;
          } else cell.textContent = String(value ?? "");
          row.append(cell);
        }
        return row;
      })
    );
    // The page redraws the table after an edit; give the edited ticker's select its focus back once shown.
    const target = focusTicker ? [...body.querySelectorAll<HTMLSelectElement>("select")].find((s) => s.dataset.ticker === focusTicker) : null;
    focusTicker = null;
    if (target) setTimeout(() => target.isConnected && target.focus(), 0);
  };

  const total = allocation.tickers.reduce((a, ticker) => a + Math.round(ticker.weightPct * 10), 0) / 10;
  const totalRow = document.createElement("tr");
  const label = document.createElement("th");
  label.scope = "row";
  label.colSpan = columns.length;
  label.textContent = TEXT[lang].total;
  const sum = document.createElement("td");
  sum.className = "deck-num deck-allocation-total";
  sum.textContent = allocation.empty ? "—" : `${total.toFixed(1)}%`;
  totalRow.append(label, sum);
  foot.append(totalRow);

  // The export writes the rows as the table shows them now, in its current order.
  const download = document.createElement("button");
  download.type = "button";
  download.className = "deck-csv";
  download.textContent = TEXT[lang].exportAllocationCsv;
  download.dataset.fileName = `${fileName}.csv`;
  download.addEventListener("click", () => saveCsv(toCsv(sortAllocationRows(allocation.tickers, sort), columns, source), fileName));

  renderHead();
  renderBody();
  table.append(head, body, foot);
  return html`<div class="deck-allocation-table-wrap"><div class="deck-figure-tools">${download}</div>${table}</div>` as HTMLElement;
}
