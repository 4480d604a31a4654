// The rows behind each figure of the intelligence-vs-price page, as table-view and CSV
// columns: what a reader downloads is what the figure shows, with sources and dates.
import type {Column} from "../../ui/figure.js";
import {t} from "../../lib/i18n.js";
import type {Lang} from "../../lib/lang.js";
import type {AsideModel, PlottedModel, Projection, QuadrantPageView, ReportFigures, SpeedModel} from "../../lib/quadrant-view.js";
import type {Vendor} from "../../lib/schema.js";
import {asideReasons, formatFactor, formatPrice, openaiName, vendorName} from "./format.js";
import {modelNotes, sourceName} from "./sources.js";

type ColumnOptions = {lang: Lang; vendors: readonly Vendor[]};

/** Whether the plotted price is the sourced one or a what-if value, in words. */
function plottedPriceKind(lang: Lang) {
  return (m: PlottedModel) => (m.scenario ? t(lang, "情景（假设）", "scenario (what-if)") : t(lang, "来源数据", "sourced"));
}

export function mainColumns(view: QuadrantPageView, {lang, vendors, report}: ColumnOptions & {report: Map<string, ReportFigures>}): Column<PlottedModel>[] {
  const s = view.state;
  const vendorLabel = (id: string) => vendorName(vendors, id, lang);
  const valueKind = plottedPriceKind(lang);
  const figures = (m: PlottedModel) => {
    const f = report.get(m.id);
    if (!f) return "";
    const parts: string[] = [];
    if (f.intelligence != null) parts.push(t(lang, `智力 ${f.intelligence}`, `intelligence ${f.intelligence}`));
    if (f.speed != null) parts.push(t(lang, `速度 ${f.speed} tokens/秒`, `speed ${f.speed} tokens/s`));
    if (f.price != null) parts.push(t(lang, `价格约 $${f.price}`, `price ≈ $${f.price}`));
    return parts.join("; ");
  };
  const price = (v: unknown) => formatPrice(v as number | null, lang);
  return [
    {key: "model", label: t(lang, "模型", "Model")},
    {key: "vendor", label: t(lang, "厂商", "Vendor"), value: (m) => vendorLabel(m.vendor)},
    {key: "reasoning", label: t(lang, "推理", "Reasoning"), value: (m) => (m.reasoning ? t(lang, "是", "yes") : t(lang, "否", "no"))},
    {key: "intelligence_index", label: t(lang, "智力指数", "Intelligence"), value: (m) => m.intelligence},
    {key: "source_intelligence", label: t(lang, "智力来源", "Intelligence source"), value: (m) => sourceName(m.row.source_intelligence, lang)},
    {key: "input_usd_per_mtok", label: t(lang, "输入价", "Input $/M"), value: (m) => m.row.input_usd_per_mtok, format: price},
    {key: "output_usd_per_mtok", label: t(lang, "输出价", "Output $/M"), value: (m) => m.row.output_usd_per_mtok, format: price},
    {key: "price_as_of", label: t(lang, "价格日期", "Price as of"), value: (m) => m.row.price_as_of},
    {key: "source_price", label: t(lang, "价格来源", "Price source"), value: (m) => sourceName(m.row.source_price, lang)},
    {key: "mix", label: t(lang, "输入:输出", "Mix"), value: () => `${s.mix.input}:${s.mix.output}`},
    {key: "blended_usd_per_mtok", label: t(lang, "混合价（推算）", "Blended (derived)"), value: (m) => m.sourcedPrice, format: price},
    {key: "whatif_change", label: t(lang, "情景变动", "What-if change"), value: (m) => (m.scenario ? formatFactor(m.factor, "en") : "")},
    {key: "plotted_usd_per_mtok", label: t(lang, "图中价格", "Plotted price"), value: (m) => m.price, format: price},
    {key: "plotted_price_kind", label: t(lang, "图中价格性质", "Plotted price is"), value: valueKind},
    {key: "in_attractive_quadrant", label: t(lang, "在象限内", "In quadrant"), value: (m) => (m.inQuadrant ? t(lang, "是", "yes") : t(lang, "否", "no"))},
    {key: "on_pareto_frontier", label: t(lang, "帕累托前沿", "Pareto"), value: (m) => (m.onFrontier ? t(lang, "是", "yes") : t(lang, "否", "no"))},
    {key: "intelligence_per_dollar", label: t(lang, "每美元智力", "Per $"), value: (m) => Math.round(m.perDollar * 10) / 10},
    {key: "output_tokens_per_s", label: t(lang, "输出速度", "Speed t/s"), value: (m) => m.row.output_tokens_per_s},
    {key: "speed_as_of", label: t(lang, "速度日期", "Speed as of"), value: (m) => m.row.speed_as_of},
    {key: "source_speed", label: t(lang, "速度来源", "Speed source"), value: (m) => sourceName(m.row.source_speed, lang)},
    {key: "released", label: t(lang, "发布", "Released"), value: (m) => m.row.released},
    {
      key: "after_report",
      label: t(lang, "晚于报告", "After the report"),
      value: (m) =>
        [m.releasedAfter ? t(lang, "发布", "released") : "", m.priceAfter ? t(lang, "价格", "price") : ""].filter(Boolean).join(", ")
    },
    {key: "report_states", label: t(lang, "报告所述", "Report states"), value: figures},
    {key: "notes", label: t(lang, "备注", "Notes"), value: (m) => modelNotes(m.row, lang)}
  ];
}

export function asideColumns(view: QuadrantPageView, {lang, vendors}: ColumnOptions): Column<AsideModel>[] {
  return [
    {key: "model", label: t(lang, "模型", "Model")},
    {key: "vendor", label: t(lang, "厂商", "Vendor"), value: (r) => vendorName(vendors, r.vendor, lang)},
    {key: "reason", label: t(lang, "原因", "Why not plotted"), value: (r) => asideReasons(r, lang, view.asOf)},
    {key: "intelligence_index", label: t(lang, "智力指数", "Intelligence"), value: (r) => r.row.intelligence_index},
    {key: "input_usd_per_mtok", label: t(lang, "输入价", "Input $/M"), value: (r) => r.row.input_usd_per_mtok},
    {key: "output_usd_per_mtok", label: t(lang, "输出价", "Output $/M"), value: (r) => r.row.output_usd_per_mtok},
    {key: "price_as_of", label: t(lang, "价格日期", "Price as of"), value: (r) => r.row.price_as_of},
    {key: "released", label: t(lang, "发布", "Released"), value: (r) => r.row.released},
    {key: "source_price", label: t(lang, "价格来源", "Price source"), value: (r) => sourceName(r.row.source_price, lang)},
    {key: "notes", label: t(lang, "备注", "Notes"), value: (r) => modelNotes(r.row, lang)}
  ];
}

export function paretoColumns(view: QuadrantPageView, {lang, vendors}: ColumnOptions): Column<PlottedModel>[] {
  return [
    {key: "model", label: t(lang, "模型", "Model")},
    {key: "vendor", label: t(lang, "厂商", "Vendor"), value: (m) => vendorName(vendors, m.vendor, lang)},
    {key: "intelligence_index", label: t(lang, "智力指数", "Intelligence"), value: (m) => m.intelligence},
    {key: "plotted_usd_per_mtok", label: t(lang, "混合价格", "Blended price"), value: (m) => m.price, format: (v) => formatPrice(v, lang)},
    {key: "plotted_price_kind", label: t(lang, "价格性质", "Price is"), value: plottedPriceKind(lang)},
    {key: "mix", label: t(lang, "输入:输出", "Mix"), value: () => `${view.state.mix.input}:${view.state.mix.output}`}
  ];
}

export function valueColumns({lang, vendors}: ColumnOptions): Column<PlottedModel & {rank: number}>[] {
  return [
    {key: "rank", label: t(lang, "排名", "Rank")},
    {key: "model", label: t(lang, "模型", "Model")},
    {key: "vendor", label: t(lang, "厂商", "Vendor"), value: (m) => vendorName(vendors, m.vendor, lang)},
    {key: "intelligence_per_dollar", label: t(lang, "每美元智力", "Per $"), value: (m) => Math.round(m.perDollar * 10) / 10},
    {key: "intelligence_index", label: t(lang, "智力指数", "Intelligence"), value: (m) => m.intelligence},
    {key: "plotted_usd_per_mtok", label: t(lang, "混合价格", "Blended price"), value: (m) => m.price, format: (v) => formatPrice(v, lang)},
    {key: "plotted_price_kind", label: t(lang, "价格性质", "Price is"), value: plottedPriceKind(lang)}
  ];
}

export function speedColumns({lang, vendors, report}: ColumnOptions & {report: Map<string, ReportFigures>}): Column<SpeedModel>[] {
  return [
    {key: "model", label: t(lang, "模型", "Model")},
    {key: "vendor", label: t(lang, "厂商", "Vendor"), value: (r) => vendorName(vendors, r.vendor, lang)},
    {key: "output_tokens_per_s", label: t(lang, "输出速度", "Tokens/s"), value: (r) => r.speed},
    {key: "speed_as_of", label: t(lang, "测量日期", "Measured"), value: (r) => r.asOf},
    {key: "after_report", label: t(lang, "晚于报告", "After the report"), value: (r) => (r.afterReport ? t(lang, "是", "yes") : t(lang, "否", "no"))},
    {key: "report_states", label: t(lang, "报告所述", "Report states"), value: (r) => (report.get(r.id)?.speed != null ? `${report.get(r.id)!.speed}` : "")},
    {key: "source_speed", label: t(lang, "来源", "Source"), value: (r) => sourceName(r.row.source_speed, lang)}
  ];
}

export type ProjectionRow = {kind: string; model: string; date: string; blended_usd_per_mtok: number; in_fit: string};

/** The price history in the fit, the projection's start and when it reaches the target. */
export function projectionRows(projection: Projection, {lang, declinePercent}: {lang: Lang; declinePercent: number}): ProjectionRow[] {
  const rows: ProjectionRow[] = projection.history.map((h) => ({
    kind: t(lang, "价格历史（报告图表 12）", "price history (report Fig. 12)"),
    model: openaiName(h.name, lang),
    date: h.released,
    blended_usd_per_mtok: h.price,
    in_fit: h.inFit ? t(lang, "是", "yes") : t(lang, "否", "no")
  }));
  const start = projection.start;
  if (!start) return rows;
  rows.push({kind: t(lang, "推演起点", "projection start"), model: start.model.model, date: start.date, blended_usd_per_mtok: start.model.price, in_fit: ""});
  if (projection.reachYear != null)
    rows.push({
      kind: t(lang, `推演：达到目标价格（年降 ${declinePercent}%）`, `projection: reaches the target (${declinePercent}% a year)`),
      model: start.model.model,
      date: monthOfYear(projection.reachYear),
      blended_usd_per_mtok: projection.targetPrice,
      in_fit: ""
    });
  return rows;
}

export function projectionColumns({lang}: {lang: Lang}): Column<ProjectionRow>[] {
  return [
    {key: "kind", label: t(lang, "类型", "Row")},
    {key: "model", label: t(lang, "模型", "Model")},
    {key: "date", label: t(lang, "日期", "Date")},
    {key: "blended_usd_per_mtok", label: t(lang, "混合价格", "Blended price"), format: (v) => formatPrice(v, lang)},
    {key: "in_fit", label: t(lang, "参与拟合", "In the fit")}
  ];
}

/** A decimal year as YYYY-MM (2029.9 -> "2029-11"). */
export function monthOfYear(year: number): string {
  const whole = Math.floor(year);
  const month = Math.min(12, Math.floor((year - whole) * 12) + 1);
  return `${whole}-${String(month).padStart(2, "0")}`;
}
