// The report's rating system as tables: the rating definitions (industry and company) and the
// benchmark indices. Kept apart from the charts so a page of tables does not load Plot.
import {figure, type Column} from "../../ui/figure.js";
import {pick} from "../../lib/i18n.js";
import type {Benchmark, RatingDefinition} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";

const TEXT = {
  zh: {
    scope: "对象",
    industry: "行业",
    company: "公司",
    rating: "评级",
    horizonMonths: "期限（月）",
    from: "下限 %",
    to: "上限 %",
    definition: "定义",
    companyAndIndustryInvestment: "公司投资评级说明与行业投资评级说明",
    market: "市场",
    benchmarkIndex: "基准指数",
    benchmarkIndices: "基准指数说明"
  },
  en: {
    scope: "Scope",
    industry: "Industry",
    company: "Company",
    rating: "Rating",
    horizonMonths: "Horizon (months)",
    from: "From %",
    to: "To %",
    definition: "Definition",
    companyAndIndustryInvestment: "Company and industry investment ratings",
    market: "Market",
    benchmarkIndex: "Benchmark index",
    benchmarkIndices: "Benchmark indices"
  }
} satisfies Record<Lang, unknown>;

/** The columns of a rating-definitions table, in the reader's language. */
export function ratingColumns(lang: Lang): Column<RatingDefinition>[] {
  return [
    {key: "scope", label: TEXT[lang].scope, format: (v: string) => (v === "industry" ? TEXT[lang].industry : TEXT[lang].company)},
    {key: "rating", label: TEXT[lang].rating, value: (r) => pick(r, "rating", lang)},
    {key: "horizon_months", label: TEXT[lang].horizonMonths},
    {key: "min_excess_pct", label: TEXT[lang].from},
    {key: "max_excess_pct", label: TEXT[lang].to},
    {key: "definition", label: TEXT[lang].definition, value: (r) => pick(r, "definition", lang)}
  ];
}

/** The rating definitions, industry and company, as the sortable table the report prints as text. */
export function ratingTableFigure(rows: RatingDefinition[], {lang}: {lang: Lang}): HTMLElement {
  const columns = ratingColumns(lang);
  const element = figure({
    lang,
    title: TEXT[lang].companyAndIndustryInvestment,
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
    {key: "market", label: TEXT[lang].market, value: (r) => pick(r, "market", lang)},
    {key: "index", label: TEXT[lang].benchmarkIndex, value: (r) => pick(r, "index", lang)}
  ];
  return figure({lang, title: TEXT[lang].benchmarkIndices, rows, columns, source: rows[0]?.source ?? "report rating system", fileName: "benchmarks"});
}
