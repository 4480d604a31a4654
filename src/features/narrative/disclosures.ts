// The report's back matter: the list of its 22 figures with their sources and where each has
// its place on the site, the team, and the related reports. Pure: (data, options) -> Element.
import {html} from "htl";
import {figure, type Column} from "../../ui/figure.js";
import {pick, t} from "../../lib/i18n.js";
import {figureEntries, type FigureEntry, type MetaRow} from "../../lib/narrative.js";
import type {Analyst, RelatedReport} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";

/** Every figure of the report: number, caption, 资料来源, and a link to its page here. */
export function figureSourcesFigure(meta: MetaRow[], {lang}: {lang: Lang}): HTMLElement {
  const rows = figureEntries(meta);
  const columns: Column<FigureEntry>[] = [
    {key: "number", label: t(lang, "图表", "Fig.")},
    {key: "caption", label: t(lang, "图题", "Caption"), value: (r) => pick(r, "caption", lang)},
    {key: "source", label: t(lang, "资料来源", "Source"), value: (r) => pick(r, "source", lang)},
    {
      key: "page",
      label: t(lang, "本站位置", "On this site"),
      value: (r) => `.${r.page}.html`,
      format: (_: string, r: FigureEntry) => html`<a href=${`.${r.page}.html`}>${r.page.slice(1)}</a>` as Node
    }
  ];
  const element = figure({
    lang,
    title: t(lang, `图表目录与资料来源（共 ${rows.length} 个图表）`, `List of figures and their sources (${rows.length} figures)`),
    rows,
    columns,
    source: "report table of contents (图表目录); report figures (资料来源)",
    fileName: "figure-sources",
    tableRows: 22
  });
  element.id = "figure-sources";
  element.classList.add("deck-wrap-cells");
  return element;
}

/** The research team as the report introduces it, the lead analyst first. */
export function teamCards(analysts: Analyst[], {lang}: {lang: Lang}): HTMLElement {
  const sorted = [...analysts].sort((a, b) => a.order - b.order);
  return html`<div class="deck-team">${sorted.map(
    (a) => html`<div class="deck-card">
  <h3>${pick(a, "name", lang)}</h3>
  <p><strong>${pick(a, "role", lang)}</strong>${a.licence ? html`<br>${t(lang, "执业编号：", "Licence: ")}${a.licence}` : null}${a.email ? html`<br>${a.email}` : null}</p>
  ${pick(a, "bio", lang) ? html`<p>${pick(a, "bio", lang)}</p>` : null}
</div>`
  )}</div>` as HTMLElement;
}

export function relatedReportsFigure(rows: RelatedReport[], {lang}: {lang: Lang}): HTMLElement {
  const columns: Column<RelatedReport>[] = [
    {key: "date", label: t(lang, "日期", "Date")},
    {key: "title", label: t(lang, "标题", "Title"), value: (r) => pick(r, "title", lang)}
  ];
  const element = figure({lang, title: t(lang, "相关研究报告", "Related research reports"), rows, columns, source: rows[0]?.source ?? "report front matter", fileName: "related-reports"});
  element.classList.add("deck-wrap-cells");
  return element;
}
