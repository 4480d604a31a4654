// The site's figure (caption, chart, source, table view, CSV with sources) for views that
// redraw in place: the frame stays, so a drag or focus inside it survives an update, and the
// table view is built only while it is open (a table of 2,000 rows on every input costs frames).
import {saveCsv, sortableTable, sourceLine, toCsv, type Column} from "../../ui/figure.js";
import {t} from "../../lib/i18n.js";
import type {Lang} from "../../lib/lang.js";

export type LiveFigure<R> = {
  element: HTMLElement;
  /** Where the chart goes; the caller fills it. */
  body: HTMLElement;
  setRows(rows: R[], columns: Column<R>[]): void;
  setNote(note: string | Node | null): void;
};

export function liveFigure<R>({
  lang,
  title,
  source,
  fileName,
  className = "",
  view,
  tableRows = 12
}: {
  lang: Lang;
  title: string;
  source: string;
  fileName: string;
  className?: string;
  /** A name for tests and the bench (data-view). */
  view?: string;
  tableRows?: number;
}): LiveFigure<R> {
  const element = document.createElement("figure");
  element.className = `deck-figure ${className}`.trim();
  if (view) element.dataset.view = view;
  element.setAttribute("aria-label", title);
  const caption = document.createElement("figcaption");
  caption.textContent = title;
  const body = document.createElement("div");
  body.className = "qx-figure-body";
  const note = document.createElement("p");
  note.className = "deck-note";
  note.hidden = true;
  const tools = document.createElement("div");
  tools.className = "deck-figure-tools";
  const details = document.createElement("details");
  details.className = "deck-table-view";
  const summary = document.createElement("summary");
  details.append(summary);
  tools.append(details);
  element.append(caption, body, sourceLine(source, lang), note, tools);

  let rows: R[] = [];
  let columns: Column<R>[] = [];
  let dirty = true;
  let table: Element | null = null;
  const renderTable = () => {
    if (!details.open || !dirty) return;
    dirty = false;
    const next = sortableTable(rows, columns, {lang, maxRows: tableRows});
    if (table) table.replaceWith(next);
    else details.append(next);
    table = next;
  };
  details.addEventListener("toggle", renderTable);
  // The site's CSV button (figure.csvButton), made once: a click writes the rows shown at that
  // moment, so an update does not rebuild it.
  const button = document.createElement("button");
  button.type = "button";
  button.className = "deck-csv";
  button.textContent = t(lang, "下载 CSV", "Download CSV");
  button.dataset.fileName = `${fileName}.csv`;
  // Written at click time from the rows shown then (setRows replaces them as inputs move).
  button.addEventListener("click", () => saveCsv(toCsv(rows, columns, source), fileName));
  tools.append(button);

  return {
    element,
    body,
    setRows(nextRows, nextColumns) {
      element.dataset.render = String(Number(element.dataset.render ?? 0) + 1); // for tests and the bench
      rows = nextRows;
      columns = nextColumns;
      dirty = true;
      const label = t(lang, `表格视图（${rows.length} 行）`, `Table view (${rows.length} rows)`);
      if (summary.textContent !== label) summary.textContent = label;
      renderTable();
    },
    setNote(text) {
      note.hidden = text == null || text === "";
      note.replaceChildren(...(text == null ? [] : [text]));
    }
  };
}
