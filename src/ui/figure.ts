// A chart or table as the report would print it, and better: a numbered caption, the chart,
// its source underneath, a table view of the same rows, and the rows as CSV with the source
// in the file. Pure: (data, options) -> Element; pages own FileAttachment and resize.
// A chart redrawn in place gets `update(...)`: the frame stays (focus and a drag inside it
// survive), and the table view is built only while it is open (2,000 rows per input cost frames).
import * as Inputs from "@observablehq/inputs";
import {csvFormat} from "d3-dsv";
import type {Lang} from "../lib/lang.js";
import {formatSource} from "./format.js";
import {setText} from "./slot.js";

const TEXT = {
  zh: {
    missing: "—",
    download: "下载 CSV",
    source: "资料来源：",
    tableView: (rows: number) => `表格视图（${rows} 行）`,
    scrolls: (rows: number) => `共 ${rows} 行：在表格内滚动查看其余各行`
  },
  en: {
    missing: "—",
    download: "Download CSV",
    source: "Source: ",
    tableView: (rows: number) => `Table view (${rows} rows)`,
    scrolls: (rows: number) => `${rows} rows: scroll inside the table for the rest`
  }
};

export type Column<R> = {
  key: string;
  label: string;
  /** The cell's value for display and CSV; defaults to row[key]. */
  value?: (row: R) => unknown;
  format?: (value: any, row: R) => string | Node;
  width?: number;
};

export type FigureOptions<R> = {
  lang: Lang;
  /** The accessible name and visible caption, e.g. "图表 12 OpenAI 模型系列与价格". */
  title: string;
  /** The chart; omit for a table-only figure (then the table is shown, not folded). */
  chart?: Element | null;
  /** The chart's data, for the table view and the CSV; omit when the data is shown elsewhere. */
  rows?: R[];
  columns?: Column<R>[];
  /** Where the rows come from; shown under the figure and written into every CSV row. */
  source: string;
  /** The CSV file's name, without extension. */
  fileName: string;
  /** Rows per table page before it scrolls. */
  tableRows?: number;
  /** A note under the source (caveats, derived values). */
  note?: string | Node | null;
  className?: string;
  /** A name for tests and the bench (data-view). */
  view?: string;
  /** The chart holds its own controls (legend buttons, drag handles): it keeps their roles instead of being named as one image. */
  interactive?: boolean;
};

/** What an update may replace; what it leaves out stays as it is. */
export type FigureUpdate<R> = {chart?: Element; rows?: R[]; columns?: Column<R>[]; note?: string | Node | null};

export type Figure<R> = HTMLElement & {update(next: FigureUpdate<R>): void};

/** Rows as CSV text: the given columns, then a `source` column naming where each row comes from. */
export function toCsv<R>(rows: R[], columns: Column<R>[], source: string): string {
  const hasOwnSource = columns.some((c) => c.key === "source");
  return csvFormat(
    rows.map((row) => {
      const record: Record<string, unknown> = {};
      for (const column of columns) record[column.key] = neutralizeFormula(cellValue(row, column));
      if (!hasOwnSource) record.source = neutralizeFormula(source);
      return record;
    }),
    [...columns.map((c) => c.key), ...(hasOwnSource ? [] : ["source"])]
  );
}

function cellValue<R>(row: R, column: Column<R>): unknown {
  return column.value ? column.value(row) : (row as Record<string, unknown>)[column.key];
}

function csvValue(value: unknown): string {
  if (value == null) return "";
  if (Array.isArray(value)) return value.join(";");
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * A CSV cell a spreadsheet shows as written: text starting with = + - @, a tab or a carriage
 * return would run as a formula (CSV injection), so it gets a leading apostrophe; numbers,
 * negative ones included, stay numbers.
 */
export function neutralizeFormula(value: unknown): string {
  const text = csvValue(value);
  if (typeof value === "number" || /^-?\d+(\.\d+)?(e[+-]?\d+)?%?$/i.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Rows a screen shows: a table up to this long shows whole, with no inner scroll box. */
export const SCREEN_ROWS = 24;

/** A screen this narrow shows a table that does not fit its box as cards (style.css, "Tables on narrow screens"). */
const NARROW = "(max-width: 600px)";

/** A table this short that does not fit its box even wrapped stands its rows as columns instead. */
const TRANSPOSE_ROWS = 5;

/**
 * Gives each cell its column's label (data-label), on the rows Inputs draws now and on those it
 * draws later (it adds rows as the reader scrolls and redraws them on a sort); then a table wider
 * than its box is shown as cards of "label: value" on a narrow screen (data-reflow="cards"), so
 * no header squeezes to a character a line, and on a wider one with its text wrapping in its
 * cells (data-reflow="wrap") when that makes it fit, so a long label in a narrow column does not
 * push the last column out of sight behind a sideways scroll. A table too wide even so stands
 * its rows as columns when it has a few (data-reflow="columns": a label a line, as the report sets
 * Fig. 15, the LLaMA generations), or else scrolls, its rows one line high. Measured again whenever
 * the box's width changes (a phone turned, a table view opened, a slide shown).
 */
function reflowWhenWide(table: HTMLElement, labels: string[]): void {
  // The column count: the transposed grid's row count (style.css, "A short wide table").
  table.style.setProperty("--deck-columns", String(labels.length));
  const tbody = table.querySelector("tbody");
  const inner = table.querySelector("table");
  if (!tbody || !inner || labels.length < 2) return;
  const label = (row: Element) => {
    // The first cell is Inputs' row-selection column; the columns follow it ("No results." has fewer).
    if (row.children.length === labels.length + 1) labels.forEach((text, i) => row.children[i + 1].setAttribute("data-label", text));
  };
  for (const row of tbody.children) label(row);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) label(node);
  }).observe(tbody, {childList: true});
  if (typeof ResizeObserver === "undefined" || typeof matchMedia === "undefined") return;
  let measured = -1;
  new ResizeObserver(() => {
    const width = table.clientWidth;
    // Cards change the box's height, not its width: only a new width is measured again.
    if (width === measured || width === 0) return;
    measured = width;
    const fits = (reflow: string) => {
      table.dataset.reflow = reflow;
      return inner.getBoundingClientRect().width <= width + 1;
    };
    // Wrapped only when that makes it fit: a table that would scroll anyway keeps its rows one line high.
    if (fits("table")) return;
    if (matchMedia(NARROW).matches) table.dataset.reflow = "cards";
    else if (fits("wrap")) return;
    else if (tbody.children.length > TRANSPOSE_ROWS || !fits("columns")) table.dataset.reflow = "table";
  }).observe(table);
}

/**
 * A sortable table of the rows (Observable Inputs: click a header to sort). It shows whole when it
 * fits a screen; a longer one scrolls inside its box and says so. Its box is a named, focusable
 * region, so a keyboard can scroll it too. On a narrow screen a table wider than its box shows
 * each row as a card of "label: value" pairs, so nothing squeezes or scrolls sideways.
 */
export function sortableTable<R>(rows: R[], columns: Column<R>[], {lang, maxRows = 12}: {lang: Lang; maxRows?: number}) {
  const keyed = rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, cellValue(row, c)])) as Record<string, unknown>);
  const whole = rows.length <= Math.max(maxRows, SCREEN_ROWS);
  const table = Inputs.table(keyed, {
    columns: columns.map((c) => c.key),
    header: Object.fromEntries(columns.map((c) => [c.key, c.label])),
    format: Object.fromEntries(
      columns.map((c) => [
        c.key,
        (value: unknown, i: number) =>
          c.format ? c.format(value, rows[i]) : value == null || value === "" ? TEXT[lang].missing : csvValue(value)
      ])
    ),
    width: Object.fromEntries(columns.filter((c) => c.width).map((c) => [c.key, c.width!])),
    select: false,
    rows: whole ? rows.length : maxRows + 0.5,
    layout: "auto",
    locale: lang === "zh" ? "zh-CN" : "en-US"
  }) as HTMLElement;
  reflowWhenWide(table, columns.map((c) => c.label));
  table.tabIndex = 0;
  table.setAttribute("role", "region");
  table.setAttribute("aria-label", whole ? TEXT[lang].tableView(rows.length) : TEXT[lang].scrolls(rows.length));
  if (whole) {
    table.dataset.fit = "whole";
    return table;
  }
  table.dataset.fit = "scrolls";
  const hint = document.createElement("p");
  hint.className = "deck-table-hint deck-note";
  hint.textContent = TEXT[lang].scrolls(rows.length);
  // Inputs reads the table's value off the element; the wrapper passes it through.
  const wrapper = document.createElement("div");
  wrapper.className = "deck-table-wrap";
  wrapper.append(hint, table);
  Object.defineProperty(wrapper, "value", {get: () => (table as unknown as {value: unknown}).value});
  return wrapper;
}

/** Saves CSV text as a file (with a byte-order mark, so spreadsheets read the Chinese right). */
export function saveCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(["\uFEFF" + text], {type: "text/csv;charset=utf-8"}));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${fileName}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Source line in the report's style: "资料来源：…" / "Source: …". Text only, never markup. */
export function sourceLine(source: string, lang: Lang): HTMLElement {
  const p = document.createElement("p");
  p.className = "deck-source";
  p.textContent = `${TEXT[lang].source}${formatSource(source, lang)}`;
  return p;
}

type Live<T> = T | (() => T);

/** A button that saves the rows as CSV, the source included; given as functions, they are read at click time. */
export function csvButton<R>(rows: Live<R[]>, columns: Live<Column<R>[]>, {lang, source, fileName}: {lang: Lang; source: string; fileName: string}) {
  const now = <T>(value: Live<T>): T => (typeof value === "function" ? (value as () => T)() : value);
  const button = document.createElement("button");
  button.type = "button";
  button.className = "deck-csv";
  button.textContent = TEXT[lang].download;
  button.dataset.fileName = `${fileName}.csv`;
  button.addEventListener("click", () => saveCsv(toCsv(now(rows), now(columns), source), fileName));
  return button;
}

export function figure<R>(options: FigureOptions<R>): Figure<R> {
  const {lang, title, source, fileName, tableRows = 12, className = "", view, interactive = false} = options;
  let {chart = null, rows = [], columns = []} = options;
  const hasTable = Boolean(options.rows && options.columns);
  const element = document.createElement("figure") as Figure<R>;
  element.className = `deck-figure ${className}`.trim();
  if (view) element.dataset.view = view;
  element.setAttribute("aria-label", title);
  const caption = document.createElement("figcaption");
  caption.textContent = title;
  const note = document.createElement("p");
  note.className = "deck-note";
  const tools = document.createElement("div");
  tools.className = "deck-figure-tools";
  element.append(caption, sourceLine(source, lang), note, tools);

  const setChart = (next: Element | null) => {
    // A chart is an image named by the caption; a text stand-in (e.g. "nothing allocated") is read as text.
    if (next && !interactive && (next.localName === "svg" || next.querySelector("svg"))) {
      next.setAttribute("role", next.getAttribute("role") ?? "img");
      if (!next.getAttribute("aria-label")) next.setAttribute("aria-label", title);
    }
    if (chart?.parentNode === element) {
      if (next) chart.replaceWith(next);
      else chart.remove();
    } else if (next) element.insertBefore(next, element.querySelector(".deck-source"));
    chart = next;
  };
  const setNote = (text: string | Node | null | undefined) => {
    note.hidden = text == null || text === "";
    if (typeof text === "string") setText(note, text); // the same words again are left as they are
    else note.replaceChildren(...(text == null ? [] : [text]));
  };

  // The table: shown in place for a table-only figure, else folded and built only while open.
  let table: Element | null = null;
  let dirty = true;
  const details = document.createElement("details");
  const summary = document.createElement("summary");
  const renderTable = () => {
    if (!hasTable || !dirty || (chart && !details.open)) return;
    dirty = false;
    const next = sortableTable(rows, columns, {lang, maxRows: tableRows});
    if (table) table.replaceWith(next);
    else if (chart) details.append(next);
    else element.insertBefore(next, element.querySelector(".deck-source"));
    table = next;
  };
  if (hasTable) {
    if (chart) {
      details.className = "deck-table-view";
      details.append(summary);
      details.addEventListener("toggle", renderTable);
      tools.append(details);
    }
    tools.append(csvButton(() => rows, () => columns, {lang, source, fileName}));
  }

  element.update = (next) => {
    element.dataset.render = String(Number(element.dataset.render ?? 0) + 1); // for tests and the bench
    if (next.chart !== undefined) setChart(next.chart);
    if (next.note !== undefined) setNote(next.note);
    if (next.rows || next.columns) {
      rows = next.rows ?? rows;
      columns = next.columns ?? columns;
      dirty = true;
    }
    setText(summary, TEXT[lang].tableView(rows.length));
    renderTable();
  };
  setChart(chart);
  setNote(options.note);
  element.update({});
  delete element.dataset.render;
  return element;
}
