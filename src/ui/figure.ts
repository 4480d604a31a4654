// A chart or table as the report would print it, and better: a numbered caption, the chart,
// its source underneath, a table view of the same rows, and the rows as CSV with the source
// in the file. Pure: (data, options) -> Element; pages own FileAttachment and resize.
import * as Inputs from "@observablehq/inputs";
import {csvFormat} from "d3-dsv";
import {t} from "../lib/i18n.js";
import type {Lang} from "../lib/lang.js";
import {formatSource} from "./format.js";

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
  rows: R[];
  columns: Column<R>[];
  /** Where the rows come from; shown under the figure and written into every CSV row. */
  source: string;
  /** The CSV file's name, without extension. */
  fileName: string;
  /** Rows per table page before it scrolls. */
  tableRows?: number;
  /** A note under the source (caveats, derived values). */
  note?: string | Node;
};

/** Rows as CSV text: the given columns, then a `source` column naming where each row comes from. */
export function toCsv<R>(rows: R[], columns: Column<R>[], source: string): string {
  const hasOwnSource = columns.some((c) => c.key === "source");
  return csvFormat(
    rows.map((row) => {
      const record: Record<string, unknown> = {};
      for (const column of columns) record[column.key] = csvValue(cellValue(row, column));
      if (!hasOwnSource) record.source = source;
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

/** A sortable table of the rows (Observable Inputs: click a header to sort). */
export function sortableTable<R>(rows: R[], columns: Column<R>[], {lang, maxRows = 12}: {lang: Lang; maxRows?: number}) {
  const keyed = rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, cellValue(row, c)])) as Record<string, unknown>);
  return Inputs.table(keyed, {
    columns: columns.map((c) => c.key),
    header: Object.fromEntries(columns.map((c) => [c.key, c.label])),
    format: Object.fromEntries(
      columns.map((c) => [
        c.key,
        (value: unknown, i: number) =>
          c.format ? c.format(value, rows[i]) : value == null || value === "" ? t(lang, "—", "—") : csvValue(value)
      ])
    ),
    width: Object.fromEntries(columns.filter((c) => c.width).map((c) => [c.key, c.width!])),
    select: false,
    rows: Math.min(maxRows, rows.length) + 0.5,
    layout: "auto",
    locale: lang === "zh" ? "zh-CN" : "en-US"
  });
}

/** A button that saves the rows as a CSV file, the source included. */
export function csvButton<R>(rows: R[], columns: Column<R>[], {lang, source, fileName}: {lang: Lang; source: string; fileName: string}) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "deck-csv";
  button.textContent = t(lang, "下载 CSV", "Download CSV");
  button.dataset.fileName = `${fileName}.csv`;
  button.addEventListener("click", () => saveCsv(toCsv(rows, columns, source), fileName));
  return button;
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
  p.textContent = `${t(lang, "资料来源：", "Source: ")}${formatSource(source, lang)}`;
  return p;
}

export function figure<R>({lang, title, chart, rows, columns, source, fileName, tableRows = 12, note}: FigureOptions<R>) {
  const element = document.createElement("figure");
  element.className = "deck-figure";
  element.setAttribute("aria-label", title);
  const caption = document.createElement("figcaption");
  caption.textContent = title;
  element.append(caption);
  const table = sortableTable(rows, columns, {lang, maxRows: tableRows});
  if (chart) {
    chart.setAttribute("role", chart.getAttribute("role") ?? "img");
    if (!chart.getAttribute("aria-label")) chart.setAttribute("aria-label", title);
    element.append(chart);
  }
  element.append(sourceLine(source, lang));
  if (note) {
    const p = document.createElement("p");
    p.className = "deck-note";
    p.append(note);
    element.append(p);
  }
  const tools = document.createElement("div");
  tools.className = "deck-figure-tools";
  if (chart) {
    const details = document.createElement("details");
    details.className = "deck-table-view";
    const summary = document.createElement("summary");
    summary.textContent = t(lang, `表格视图（${rows.length} 行）`, `Table view (${rows.length} rows)`);
    details.append(summary, table);
    tools.append(details);
  } else {
    element.insertBefore(table, element.querySelector(".deck-source"));
  }
  tools.append(csvButton(rows, columns, {lang, source, fileName}));
  element.append(tools);
  return element;
}
