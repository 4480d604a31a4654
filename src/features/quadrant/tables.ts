// The rows behind each figure of the intelligence-vs-price page, as table-view and CSV
// columns: what a reader downloads is what the figure shows, with sources and dates.
import type {Column} from "../../ui/figure.js";
import type {Lang} from "../../lib/lang.js";
import type {AsideModel, PlottedModel, Projection, QuadrantPageView, ReportFigures, SpeedModel} from "../../lib/quadrant-view.js";
import type {Vendor} from "../../lib/schema.js";
import {asideReasons, formatFactor, formatPrice, openaiName, vendorName} from "./format.js";
import {modelNotes, sourceName} from "./sources.js";

const TEXT = {
  zh: {
    // Answers in the cells
    yes: "是",
    no: "否",
    // plottedPriceKind
    scenarioKind: "情景（假设）",
    sourcedKind: "来源数据",
    // mainColumns: what the report states, what came after it
    reportIntelligence: (intelligence: number) => `智力 ${intelligence}`,
    reportSpeed: (speed: number) => `速度 ${speed} tokens/秒`,
    reportPrice: (price: number) => `价格约 $${price}`,
    releasedAfter: "发布",
    pricedAfter: "价格",
    // projectionRows: what each row is
    historyRow: "价格历史（报告图表 12）",
    startRow: "推演起点",
    reachRow: (declinePercent: number) => `推演：达到目标价格（年降 ${declinePercent}%）`,
    // The column labels of the table views, shared where a column is the same
    columns: {
      // mainColumns
      model: "模型",
      vendor: "厂商",
      reasoning: "推理",
      intelligence: "智力指数",
      intelligenceSource: "智力来源",
      inputPrice: "输入价",
      outputPrice: "输出价",
      priceAsOf: "价格日期",
      priceSource: "价格来源",
      mix: "输入:输出",
      blendedDerived: "混合价（推算）",
      whatIfChange: "情景变动",
      plottedPrice: "图中价格",
      plottedPriceKind: "图中价格性质",
      inQuadrant: "在象限内",
      pareto: "帕累托前沿",
      perDollar: "每美元智力",
      speed: "输出速度",
      speedAsOf: "速度日期",
      speedSource: "速度来源",
      released: "发布",
      afterReport: "晚于报告",
      reportStates: "报告所述",
      notes: "备注",
      // asideColumns
      reason: "原因",
      // paretoColumns, valueColumns
      blendedPrice: "混合价格",
      priceKind: "价格性质",
      // valueColumns
      rank: "排名",
      // speedColumns
      tokensPerSecond: "输出速度",
      measured: "测量日期",
      source: "来源",
      // projectionColumns
      kind: "类型",
      date: "日期",
      inFit: "参与拟合"
    }
  },
  en: {
    // Answers in the cells
    yes: "yes",
    no: "no",
    // plottedPriceKind
    scenarioKind: "scenario (what-if)",
    sourcedKind: "sourced",
    // mainColumns: what the report states, what came after it
    reportIntelligence: (intelligence: number) => `intelligence ${intelligence}`,
    reportSpeed: (speed: number) => `speed ${speed} tokens/s`,
    reportPrice: (price: number) => `price ≈ $${price}`,
    releasedAfter: "released",
    pricedAfter: "price",
    // projectionRows: what each row is
    historyRow: "price history (report Fig. 12)",
    startRow: "projection start",
    reachRow: (declinePercent: number) => `projection: reaches the target (${declinePercent}% a year)`,
    // The column labels of the table views, shared where a column is the same
    columns: {
      // mainColumns
      model: "Model",
      vendor: "Vendor",
      reasoning: "Reasoning",
      intelligence: "Intelligence",
      intelligenceSource: "Intelligence source",
      inputPrice: "Input $/M",
      outputPrice: "Output $/M",
      priceAsOf: "Price as of",
      priceSource: "Price source",
      mix: "Mix",
      blendedDerived: "Blended (derived)",
      whatIfChange: "What-if change",
      plottedPrice: "Plotted price",
      plottedPriceKind: "Plotted price is",
      inQuadrant: "In quadrant",
      pareto: "Pareto",
      perDollar: "Per $",
      speed: "Speed t/s",
      speedAsOf: "Speed as of",
      speedSource: "Speed source",
      released: "Released",
      afterReport: "After the report",
      reportStates: "Report states",
      notes: "Notes",
      // asideColumns
      reason: "Why not plotted",
      // paretoColumns, valueColumns
      blendedPrice: "Blended price",
      priceKind: "Price is",
      // valueColumns
      rank: "Rank",
      // speedColumns
      tokensPerSecond: "Tokens/s",
      measured: "Measured",
      source: "Source",
      // projectionColumns
      kind: "Row",
      date: "Date",
      inFit: "In the fit"
    }
  }
} satisfies Record<Lang, unknown>;

type ColumnOptions = {lang: Lang; vendors: readonly Vendor[]};

/** Whether the plotted price is the sourced one or a what-if value, in words. */
function plottedPriceKind(lang: Lang) {
  return (m: PlottedModel) => (m.scenario ? TEXT[lang].scenarioKind : TEXT[lang].sourcedKind);
}

export function mainColumns(view: QuadrantPageView, {lang, vendors, report}: ColumnOptions & {report: Map<string, ReportFigures>}): Column<PlottedModel>[] {
  const s = view.state;
  const vendorLabel = (id: string) => vendorName(vendors, id, lang);
  const valueKind = plottedPriceKind(lang);
  const figures = (m: PlottedModel) => {
    const f = report.get(m.id);
    if (!f) return "";
    const parts: string[] = [];
    if (f.intelligence != null) parts.push(TEXT[lang].reportIntelligence(f.intelligence));
    if (f.speed != null) parts.push(TEXT[lang].reportSpeed(f.speed));
    if (f.price != null) parts.push(TEXT[lang].reportPrice(f.price));
    return parts.join("; ");
  };
  const price = (v: unknown) => formatPrice(v as number | null, lang);
  return [
    {key: "model", label: TEXT[lang].columns.model},
    {key: "vendor", label: TEXT[lang].columns.vendor, value: (m) => vendorLabel(m.vendor)},
    {key: "reasoning", label: TEXT[lang].columns.reasoning, value: (m) => (m.reasoning ? TEXT[lang].yes : TEXT[lang].no)},
    {key: "intelligence_index", label: TEXT[lang].columns.intelligence, value: (m) => m.intelligence},
    {key: "source_intelligence", label: TEXT[lang].columns.intelligenceSource, value: (m) => sourceName(m.row.source_intelligence, lang)},
    {key: "input_usd_per_mtok", label: TEXT[lang].columns.inputPrice, value: (m) => m.row.input_usd_per_mtok, format: price},
    {key: "output_usd_per_mtok", label: TEXT[lang].columns.outputPrice, value: (m) => m.row.output_usd_per_mtok, format: price},
    {key: "price_as_of", label: TEXT[lang].columns.priceAsOf, value: (m) => m.row.price_as_of},
    {key: "source_price", label: TEXT[lang].columns.priceSource, value: (m) => sourceName(m.row.source_price, lang)},
    {key: "mix", label: TEXT[lang].columns.mix, value: () => `${s.mix.input}:${s.mix.output}`},
    {key: "blended_usd_per_mtok", label: TEXT[lang].columns.blendedDerived, value: (m) => m.sourcedPrice, format: price},
    {key: "whatif_change", label: TEXT[lang].columns.whatIfChange, value: (m) => (m.scenario ? formatFactor(m.factor, "en") : "")},
    {key: "plotted_usd_per_mtok", label: TEXT[lang].columns.plottedPrice, value: (m) => m.price, format: price},
    {key: "plotted_price_kind", label: TEXT[lang].columns.plottedPriceKind, value: valueKind},
    {key: "in_attractive_quadrant", label: TEXT[lang].columns.inQuadrant, value: (m) => (m.inQuadrant ? TEXT[lang].yes : TEXT[lang].no)},
    {key: "on_pareto_frontier", label: TEXT[lang].columns.pareto, value: (m) => (m.onFrontier ? TEXT[lang].yes : TEXT[lang].no)},
    {key: "intelligence_per_dollar", label: TEXT[lang].columns.perDollar, value: (m) => Math.round(m.perDollar * 10) / 10},
    {key: "output_tokens_per_s", label: TEXT[lang].columns.speed, value: (m) => m.row.output_tokens_per_s},
    {key: "speed_as_of", label: TEXT[lang].columns.speedAsOf, value: (m) => m.row.speed_as_of},
    {key: "source_speed", label: TEXT[lang].columns.speedSource, value: (m) => sourceName(m.row.source_speed, lang)},
    {key: "released", label: TEXT[lang].columns.released, value: (m) => m.row.released},
    {
      key: "after_report",
      label: TEXT[lang].columns.afterReport,
      value: (m) =>
        [m.releasedAfter ? TEXT[lang].releasedAfter : "", m.priceAfter ? TEXT[lang].pricedAfter : ""].filter(Boolean).join(", ")
    },
    {key: "report_states", label: TEXT[lang].columns.reportStates, value: figures},
    {key: "notes", label: TEXT[lang].columns.notes, value: (m) => modelNotes(m.row, lang)}
  ];
}

export function asideColumns(view: QuadrantPageView, {lang, vendors}: ColumnOptions): Column<AsideModel>[] {
  return [
    {key: "model", label: TEXT[lang].columns.model},
    {key: "vendor", label: TEXT[lang].columns.vendor, value: (r) => vendorName(vendors, r.vendor, lang)},
    {key: "reason", label: TEXT[lang].columns.reason, value: (r) => asideReasons(r, lang, view.asOf)},
    {key: "intelligence_index", label: TEXT[lang].columns.intelligence, value: (r) => r.row.intelligence_index},
    {key: "input_usd_per_mtok", label: TEXT[lang].columns.inputPrice, value: (r) => r.row.input_usd_per_mtok},
    {key: "output_usd_per_mtok", label: TEXT[lang].columns.outputPrice, value: (r) => r.row.output_usd_per_mtok},
    {key: "price_as_of", label: TEXT[lang].columns.priceAsOf, value: (r) => r.row.price_as_of},
    {key: "released", label: TEXT[lang].columns.released, value: (r) => r.row.released},
    {key: "source_price", label: TEXT[lang].columns.priceSource, value: (r) => sourceName(r.row.source_price, lang)},
    {key: "notes", label: TEXT[lang].columns.notes, value: (r) => modelNotes(r.row, lang)}
  ];
}

export function paretoColumns(view: QuadrantPageView, {lang, vendors}: ColumnOptions): Column<PlottedModel>[] {
  return [
    {key: "model", label: TEXT[lang].columns.model},
    {key: "vendor", label: TEXT[lang].columns.vendor, value: (m) => vendorName(vendors, m.vendor, lang)},
    {key: "intelligence_index", label: TEXT[lang].columns.intelligence, value: (m) => m.intelligence},
    {key: "plotted_usd_per_mtok", label: TEXT[lang].columns.blendedPrice, value: (m) => m.price, format: (v) => formatPrice(v, lang)},
    {key: "plotted_price_kind", label: TEXT[lang].columns.priceKind, value: plottedPriceKind(lang)},
    {key: "mix", label: TEXT[lang].columns.mix, value: () => `${view.state.mix.input}:${view.state.mix.output}`}
  ];
}

export function valueColumns({lang, vendors}: ColumnOptions): Column<PlottedModel & {rank: number}>[] {
  return [
    {key: "rank", label: TEXT[lang].columns.rank},
    {key: "model", label: TEXT[lang].columns.model},
    {key: "vendor", label: TEXT[lang].columns.vendor, value: (m) => vendorName(vendors, m.vendor, lang)},
    {key: "intelligence_per_dollar", label: TEXT[lang].columns.perDollar, value: (m) => Math.round(m.perDollar * 10) / 10},
    {key: "intelligence_index", label: TEXT[lang].columns.intelligence, value: (m) => m.intelligence},
    {key: "plotted_usd_per_mtok", label: TEXT[lang].columns.blendedPrice, value: (m) => m.price, format: (v) => formatPrice(v, lang)},
    {key: "plotted_price_kind", label: TEXT[lang].columns.priceKind, value: plottedPriceKind(lang)}
  ];
}

export function speedColumns({lang, vendors, report}: ColumnOptions & {report: Map<string, ReportFigures>}): Column<SpeedModel>[] {
  return [
    {key: "model", label: TEXT[lang].columns.model},
    {key: "vendor", label: TEXT[lang].columns.vendor, value: (r) => vendorName(vendors, r.vendor, lang)},
    {key: "output_tokens_per_s", label: TEXT[lang].columns.tokensPerSecond, value: (r) => r.speed},
    {key: "speed_as_of", label: TEXT[lang].columns.measured, value: (r) => r.asOf},
    {key: "after_report", label: TEXT[lang].columns.afterReport, value: (r) => (r.afterReport ? TEXT[lang].yes : TEXT[lang].no)},
    {key: "report_states", label: TEXT[lang].columns.reportStates, value: (r) => (report.get(r.id)?.speed != null ? `${report.get(r.id)!.speed}` : "")},
    {key: "source_speed", label: TEXT[lang].columns.source, value: (r) => sourceName(r.row.source_speed, lang)}
  ];
}

export type ProjectionRow = {kind: string; model: string; date: string; blended_usd_per_mtok: number; in_fit: string};

/** The price history in the fit, the projection's start and when it reaches the target. */
export function projectionRows(projection: Projection, {lang, declinePercent}: {lang: Lang; declinePercent: number}): ProjectionRow[] {
  const rows: ProjectionRow[] = projection.history.map((h) => ({
    kind: TEXT[lang].historyRow,
    model: openaiName(h.name, lang),
    date: h.released,
    blended_usd_per_mtok: h.price,
    in_fit: h.inFit ? TEXT[lang].yes : TEXT[lang].no
  }));
  const start = projection.start;
  if (!start) return rows;
  rows.push({kind: TEXT[lang].startRow, model: start.model.model, date: start.date, blended_usd_per_mtok: start.model.price, in_fit: ""});
  if (projection.reachYear != null)
    rows.push({
      kind: TEXT[lang].reachRow(declinePercent),
      model: start.model.model,
      date: monthOfYear(projection.reachYear),
      blended_usd_per_mtok: projection.targetPrice,
      in_fit: ""
    });
  return rows;
}

export function projectionColumns({lang}: {lang: Lang}): Column<ProjectionRow>[] {
  return [
    {key: "kind", label: TEXT[lang].columns.kind},
    {key: "model", label: TEXT[lang].columns.model},
    {key: "date", label: TEXT[lang].columns.date},
    {key: "blended_usd_per_mtok", label: TEXT[lang].columns.blendedPrice, format: (v) => formatPrice(v, lang)},
    {key: "in_fit", label: TEXT[lang].columns.inFit}
  ];
}

/** A decimal year as YYYY-MM (2029.9 -> "2029-11"). */
export function monthOfYear(year: number): string {
  const whole = Math.floor(year);
  const month = Math.min(12, Math.floor((year - whole) * 12) + 1);
  return `${whole}-${String(month).padStart(2, "0")}`;
}
