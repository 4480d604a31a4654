// The report's rating system as tables: the rating definitions (industry and company) and the
// benchmark indices. Kept apart from the charts so a page of tables does not load Plot.
import {figure, type Column} from "../../ui/figure.js";
import {pick, t} from "../../lib/i18n.js";
import type {Benchmark, RatingDefinition} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";

/** The columns of a rating-definitions table, in the reader's language. */
export function ratingColumns(lang: Lang): Column<RatingDefinition>[] {
  return [
    {key: "scope", label: t(lang, "对象", "Scope"), format: (v: string) => (v === "industry" ? t(lang, "行业", "Industry") : t(lang, "公司", "Company"))},
    {key: "rating", label: t(lang, "评级", "Rating"), value: (r) => pick(r, "rating", lang)},
    {key: "horizon_months", label: t(lang, "期限（月）", "Horizon (months)")},
    {key: "min_excess_pct", label: t(lang, "下限 %", "From %")},
    {key: "max_excess_pct", label: t(lang, "上限 %", "To %")},
    {key: "definition", label: t(lang, "定义", "Definition"), value: (r) => pick(r, "definition", lang)}
  ];
}

/** The rating definitions, industry and company, as the sortable table the report prints as text. */
export function ratingTableFigure(rows: RatingDefinition[], {lang}: {lang: Lang}): HTMLElement {
  const columns = ratingColumns(lang);
  const element = figure({
    lang,
    title: t(lang, "公司投资评级说明与行业投资评级说明", "Company and industry investment ratings"),
    rows,
    columns,
    source: "report rating system",
    fileName: "rating-definitions"
  });
  element.classList.add("deck-wrap-cells");
  return element;
}

export function benchmarkFigure(rows: Benchmark[], {lang}: {lang: Lang}): HTMLElement {
  const columns: Column<Benchmark>[] = [
    {key: "market", label: t(lang, "市场", "Market"), value: (r) => pick(r, "market", lang)},
    {key: "index", label: t(lang, "基准指数", "Benchmark index"), value: (r) => pick(r, "index", lang)}
  ];
  return figure({lang, title: t(lang, "基准指数说明", "Benchmark indices"), rows, columns, source: rows[0]?.source ?? "report rating system", fileName: "benchmarks"});
}
