// The investment view's charts and tables (report §4 and its rating system): compute stacking
// in GPUs, the rating scale with the report's rating on it, the rating definitions, the
// benchmarks, and the recommended sectors. Pure: (data, options) -> Element.
import * as Plot from "../../vendor/plot.js";
import {labelMargin, plot} from "../../ui/plot.js";
import {figure, type Column} from "../../ui/figure.js";
import {ratingColumns} from "./ratings.js";
import {pick} from "../../lib/i18n.js";
import {ratingBands, sectorSummary, uncoveredRanges, type RatingBand} from "../../lib/investment.js";
import {reportText, type MetaRow} from "../../lib/narrative.js";
import type {Fact, RatingDefinition, WatchlistEntry} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";
import {formatCount, formatSource} from "../../ui/format.js";

const TEXT = {
  zh: {
    gpus: "GPU 数量（张）",
    item: "项目",
    gpusColumn: "GPU 数量",
    theReportSays: "报告原文",
    source: "来源",
    computeStackingXaiS: "算力堆叠：报告给出的 xAI GPU 集群规模",
    drawnFromTheReport: "据报告数字绘制，非报告原有图表。",
    industryMo: (horizon: unknown) => `行业（${horizon} 个月）`,
    companyMo: (horizon: unknown) => `公司（${horizon} 个月）`,
    performanceRelativeToThe: "相对基准指数表现（%）",
    notDefined: "未定义",
    ratingScaleTitle: "华创行业与公司投资评级：相对基准指数的表现区间",
    redIsThisReport: "红色为本报告的行业评级；空白表示报告未定义（公司评级未覆盖跌幅超过 20% 的情形）。区间端点按报告原文，开放的一端画到图边。",
    no: "序号",
    sector: "领域",
    names: "标的数",
    tickersAsTheReport: "标的（报告原文）",
    sectorsTitle: (sectors: unknown) => `建议关注的 ${sectors} 个领域`
  },
  en: {
    gpus: "GPUs",
    item: "Item",
    gpusColumn: "GPUs",
    theReportSays: "The report says",
    source: "Source",
    computeStackingXaiS: "Compute stacking: xAI's GPU clusters as the report gives them",
    drawnFromTheReport: "Drawn from the report's numbers; not one of the report's figures.",
    industryMo: (horizon: unknown) => `Industry (${horizon} mo.)`,
    companyMo: (horizon: unknown) => `Company (${horizon} mo.)`,
    performanceRelativeToThe: "Performance relative to the benchmark index (%)",
    notDefined: "not defined",
    ratingScaleTitle: "Huachuang's industry and company ratings: ranges of performance relative to the benchmark",
    redIsThisReport: "Red is this report's industry rating; dashed means the report defines no rating there (the company ratings do not cover a fall of more than 20%). Ends are as the report states them; an open end runs to the edge.",
    no: "No.",
    sector: "Sector",
    names: "Names",
    tickersAsTheReport: "Tickers (as the report writes them)",
    sectorsTitle: (sectors: unknown) => `The ${sectors} sectors to follow`
  }
} satisfies Record<Lang, unknown>;

/** grow: CSS px to add to the plot's height, the room a slide leaves (src/ui/stage.ts stageFigure). */
type ChartOptions = {lang: Lang; width: number; document?: Document; grow?: number};

// The report's GPU counts behind "compute stacking": Colossus (Fig. 19) and Grok-3 (§4).
const GPU_FACTS: [factId: string, labelKey: string][] = [
  ["colossus-h100-gpus", "chart.gpus.colossus"],
  ["colossus-planned-gpus", "chart.gpus.colossus-planned"],
  ["grok-3-training-gpus", "chart.gpus.grok-3"]
];

export type GpuRow = {label: string; gpus: number; fact: string; source: string};

export function gpuRows(facts: Fact[], meta: MetaRow[], lang: Lang): GpuRow[] {
  return GPU_FACTS.map(([id, labelKey]) => {
    const fact = facts.find((f) => f.id === id);
    if (!fact) throw new Error(`data/facts.csv has no fact with id "${id}"`);
    return {label: reportText(meta, labelKey, lang), gpus: fact.value, fact: pick(fact, "label", lang), source: fact.source};
  });
}

/** xAI's GPU clusters as the report gives them: the scale that "compute stacking" means. */
export function gpuFigure(facts: Fact[], meta: MetaRow[], {lang, width, document, grow = 0}: ChartOptions): HTMLElement {
  const rows = gpuRows(facts, meta, lang);
  const chart = plot({
    document,
    width,
    height: 60 + rows.length * 48 + grow,
    marginLeft: Math.min(width * 0.4, labelMargin(rows.map((r) => r.label))),
    marginRight: 70,
    x: {label: TEXT[lang].gpus, grid: true, tickFormat: (d: number) => formatCount(d, lang)},
    y: {label: null, domain: rows.map((r) => r.label)},
    marks: [
      Plot.barX(rows, {x: "gpus", y: "label", fill: "var(--deck-accent)", fillOpacity: 0.85}),
      Plot.text(rows, {x: "gpus", y: "label", text: (d: GpuRow) => formatCount(d.gpus, lang), dx: 6, textAnchor: "start", fill: "currentColor", fontWeight: 600}),
      Plot.ruleX([0])
    ]
  });
  const columns: Column<GpuRow>[] = [
    {key: "label", label: TEXT[lang].item},
    {key: "gpus", label: TEXT[lang].gpusColumn, format: (v: number) => formatCount(v, lang)},
    {key: "fact", label: TEXT[lang].theReportSays},
    {key: "source", label: TEXT[lang].source, format: (v: string) => formatSource(v, lang)}
  ];
  return figure({
    lang,
    title: TEXT[lang].computeStackingXaiS,
    chart,
    rows,
    columns,
    source: "report Fig. 19; report §4 (investment view)",
    fileName: "compute-stacking-gpus",
    note: TEXT[lang].drawnFromTheReport
  });
}

const SCALE: [number, number] = [-30, 30];

function scopeLabel(scope: RatingDefinition["scope"], rows: RatingDefinition[], lang: Lang): string {
  const horizon = rows.find((r) => r.scope === scope)?.horizon_months ?? "";
  return scope === "industry" ? TEXT[lang].industryMo(horizon) : TEXT[lang].companyMo(horizon);
}

function bandLabel(band: RatingBand, lang: Lang): string {
  const name = lang === "zh" ? band.rating_zh : band.rating_en.replace(/ /g, "\n"); // "Strongly\nrecommend" fits a 10% band
  const range = band.openHigh ? `> ${band.x1}%` : band.openLow ? `< ${band.x2}%` : `${band.x1}%…${band.x2}%`;
  return `${name}\n${range}`;
}

/** The rating scales as bands of performance relative to the benchmark; `current` marked. */
export function ratingScaleFigure(
  rows: RatingDefinition[],
  {lang, width, document, current, grow = 0}: ChartOptions & {current: {scope: RatingDefinition["scope"]; rating_zh: string}}
): HTMLElement {
  const bands = ratingBands(rows, SCALE).map((band) => ({...band, y: scopeLabel(band.scope, rows, lang), current: band.scope === current.scope && band.rating_zh === current.rating_zh}));
  const gaps = (["industry", "company"] as const).flatMap((scope) =>
    uncoveredRanges(rows, scope, SCALE).map(([x1, x2]) => ({x1, x2, y: scopeLabel(scope, rows, lang)}))
  );
  // Wide: scopes as rows along a horizontal scale; narrow (a phone): scopes as columns, scale upright.
  const narrow = width < 560;
  const along = narrow ? {v1: "y1", v2: "y2", v: "y", band: "x"} : {v1: "x1", v2: "x2", v: "x", band: "y"};
  const mid = (d: {x1: number; x2: number}) => (d.x1 + d.x2) / 2;
  const scale = {
    domain: SCALE,
    label: TEXT[lang].performanceRelativeToThe,
    labelArrow: "none" as const,
    tickFormat: (d: number) => `${d}%`,
    ...(narrow ? {} : {labelAnchor: "center" as const})
  };
  const scopes = {label: null, domain: [scopeLabel("industry", rows, lang), scopeLabel("company", rows, lang)], padding: 0.12, tickSize: 0};
  const chart = plot({
    document,
    width,
    height: (narrow ? 420 : 200) + grow,
    marginLeft: narrow ? 44 : labelMargin(scopes.domain),
    marginTop: narrow ? 34 : 20,
    marginBottom: narrow ? 30 : 44,
    x: narrow ? {...scopes, axis: "top"} : scale,
    y: narrow ? {...scale, label: null} : scopes,
    marks: [
      Plot.rect(gaps, {[along.v1]: "x1", [along.v2]: "x2", [along.band]: "y", fill: "none", stroke: "var(--theme-foreground-fainter)", strokeDasharray: "3,3", inset: 2}),
      Plot.text(gaps, {[along.v]: mid, [along.band]: "y", text: () => TEXT[lang].notDefined, fill: "var(--theme-foreground-muted)", fontSize: 11}),
      Plot.rect(bands, {
        [along.v1]: "x1",
        [along.v2]: "x2",
        [along.band]: "y",
        fill: (d: {current: boolean}) => (d.current ? "var(--deck-accent)" : "var(--theme-foreground-faintest)"),
        stroke: "var(--theme-background)",
        strokeWidth: 2,
        title: (d: RatingBand) => pick(d.definition, "definition", lang)
      }),
      Plot.text(bands, {
        [along.v]: mid,
        [along.band]: "y",
        text: (d: RatingBand) => bandLabel(d, lang),
        fill: (d: {current: boolean}) => (d.current ? "white" : "currentColor"),
        fontWeight: 600,
        fontSize: 12,
        lineHeight: 1.15
      })
    ]
  });
  const columns: Column<RatingDefinition>[] = [
    ...ratingColumns(lang),
    {key: "source", label: TEXT[lang].source, format: (v: string) => formatSource(v, lang)}
  ];
  return figure({
    lang,
    title: TEXT[lang].ratingScaleTitle,
    chart,
    rows,
    columns,
    source: "report rating system",
    fileName: "rating-scale",
    note: TEXT[lang].redIsThisReport
  });
}

/** The twelve sectors of the recommendation, each with its tickers as the report writes them. */
export function sectorsFigure(rows: WatchlistEntry[], {lang}: {lang: Lang}): HTMLElement {
  const sectors = sectorSummary(rows);
  const columns: Column<(typeof sectors)[number]>[] = [
    {key: "order", label: TEXT[lang].no},
    {key: "sector", label: TEXT[lang].sector, value: (r) => pick(r, "sector", lang)},
    {key: "count", label: TEXT[lang].names, value: (r) => r.tickers.length},
    {key: "tickers", label: TEXT[lang].tickersAsTheReport, value: (r) => r.tickers.join(lang === "zh" ? "、" : ", ")}
  ];
  const element = figure({
    lang,
    title: TEXT[lang].sectorsTitle(sectors.length),
    rows: sectors,
    columns,
    source: rows[0]?.source ?? "report §4 (investment view)",
    fileName: "recommended-sectors",
    tableRows: 12
  });
  element.id = "sectors";
  element.classList.add("deck-wrap-cells");
  return element;
}
