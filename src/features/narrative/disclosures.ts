// The report's back matter: the list of its 22 figures with their sources and where each has
// its place on the site, the team, and the related reports. Pure: (data, options) -> Element.
import {html} from "htl";
import {figure, type Column} from "../../ui/figure.js";
import {formatSource} from "../../ui/format.js";
import {pick} from "../../lib/i18n.js";
import {figureEntries, type FigureEntry, type MetaRow} from "../../lib/narrative.js";
import type {Analyst, RelatedReport} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";

const TEXT = {
  zh: {
    fig: "图表",
    caption: "图题",
    source: "资料来源",
    onThisSite: "本站位置",
    listOfFiguresAnd: (rows: unknown) => `图表目录与资料来源（共 ${rows} 个图表）`,
    licence: "执业编号：",
    date: "日期",
    title: "标题",
    relatedResearchReports: "相关研究报告"
  },
  en: {
    fig: "Fig.",
    caption: "Caption",
    source: "Source",
    onThisSite: "On this site",
    listOfFiguresAnd: (rows: unknown) => `List of figures and their sources (${rows} figures)`,
    licence: "Licence: ",
    date: "Date",
    title: "Title",
    relatedResearchReports: "Related research reports"
  }
} satisfies Record<Lang, unknown>;

export type PageName = {path: string; zh: string; en: string};

/** Every figure of the report: number, caption, 资料来源, and a link to its page here named by its title. */
export function figureSourcesFigure(meta: MetaRow[], {lang, pages = []}: {lang: Lang; pages?: PageName[]}): HTMLElement {
  const pageName = (path: string) => pages.find((p) => p.path === path)?.[lang] ?? path.slice(1);
  const rows = figureEntries(meta);
  const columns: Column<FigureEntry>[] = [
    {key: "number", label: TEXT[lang].fig},
    {key: "caption", label: TEXT[lang].caption, value: (r) => pick(r, "caption", lang)},
    {key: "source", label: TEXT[lang].source, value: (r) => formatSource(pick(r, "source", lang), lang)},
    {
      key: "page",
      label: TEXT[lang].onThisSite,
      value: (r) => pageName(r.page),
      format: (_: string, r: FigureEntry) => html`<a href=${`.${r.page}.html`}>${pageName(r.page)}</a>` as Node
    }
  ];
  const element = figure({
    lang,
    title: TEXT[lang].listOfFiguresAnd(rows.length),
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
  <p><strong>${pick(a, "role", lang)}</strong>${a.licence ? html`<br>${TEXT[lang].licence}${a.licence}` : null}${a.email ? html`<br>${a.email}` : null}</p>
  ${pick(a, "bio", lang) ? html`<p>${pick(a, "bio", lang)}</p>` : null}
</div>`
  )}</div>` as HTMLElement;
}

export function relatedReportsFigure(rows: RelatedReport[], {lang}: {lang: Lang}): HTMLElement {
  const columns: Column<RelatedReport>[] = [
    {key: "date", label: TEXT[lang].date},
    {key: "title", label: TEXT[lang].title, value: (r) => pick(r, "title", lang)}
  ];
  const element = figure({lang, title: TEXT[lang].relatedResearchReports, rows, columns, source: rows[0]?.source ?? "report front matter", fileName: "related-reports"});
  element.classList.add("deck-wrap-cells");
  return element;
}
