// One model's every value with its source and date: the chart's hover card. Text only
// (textContent), never markup from data.
import type {Mix} from "../../lib/economics.js";
import {t} from "../../lib/i18n.js";
import {formatPartialDate} from "../../ui/format.js";
import type {PlottedModel, ReportFigures} from "../../lib/quadrant-view.js";
import type {Vendor} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";
import {formatFactor, formatNumber, formatPrice, mixWords, vendorName} from "./format.js";
import {conflictNotes, inReportWords, modelNotes, sourceName} from "./sources.js";

export type DetailsOptions = {lang: Lang; mix: Mix; vendors: readonly Vendor[]; asOf: string; report?: ReportFigures};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, ...children: (Node | string)[]) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

export function modelDetails(model: PlottedModel, {lang, mix, vendors, asOf, report}: DetailsOptions): HTMLElement {
  const row = model.row;
  const date = (d: string | null) => (d ? formatPartialDate(d, lang) : t(lang, "日期不详", "date not given"));
  const after = (d: string | null) =>
    d && d.slice(0, 7) > asOf ? t(lang, "（晚于报告）", " (after the report)") : "";
  const card = el("div", "qx-details");
  const title = el("div", "qx-details-title", model.model);
  title.translate = false; // a name, in either language
  const subtitle = el(
    "div",
    "qx-details-sub",
    `${vendorName(vendors, model.vendor, lang)} · ${model.reasoning ? t(lang, "推理模型", "reasoning model") : t(lang, "非推理模型", "non-reasoning model")}${
      row.released ? ` · ${t(lang, "发布", "released")} ${date(row.released)}${row.released_after_report ? t(lang, "（晚于报告）", " (after the report)") : ""}` : ""
    }`
  );
  card.append(title, subtitle);
  const list = el("dl", "qx-details-list");
  const item = (label: string, value: string, source?: string | null, flag?: string) => {
    const dd = el("dd", null, value);
    if (flag) dd.append(el("span", "qx-flag", flag));
    if (source) dd.append(el("span", "qx-details-source", source));
    list.append(el("dt", null, label), dd);
  };
  item(
    t(lang, "智力指数", "Intelligence index"),
    `${formatNumber(model.intelligence, lang)}${report?.intelligence != null ? t(lang, `（报告：${report.intelligence}）`, ` (report: ${report.intelligence})`) : ""}`,
    sourceName(row.source_intelligence, lang)
  );
  item(
    t(lang, "标价（输入 / 输出）", "List price (input / output)"),
    `${formatPrice(row.input_usd_per_mtok, lang)} / ${formatPrice(row.output_usd_per_mtok, lang)} · ${date(row.price_as_of)}${after(row.price_as_of)}`,
    sourceName(row.source_price, lang)
  );
  item(
    t(lang, "混合价格（推算）", "Blended price (derived)"),
    `${formatPrice(model.sourcedPrice, lang)} · ${mixWords(mix, lang)}${report?.price != null ? t(lang, `；报告：约 $${report.price}`, `; report: ≈ $${report.price}`) : ""}`
  );
  if (model.scenario) {
    item(
      t(lang, "情景价格（假设）", "Scenario price (what-if)"),
      `${formatPrice(model.price, lang)} (${formatFactor(model.factor, lang)})`,
      t(lang, "演示者设定的假设，不是来源数据", "set by the presenter; not a sourced value"),
      t(lang, "情景", "scenario")
    );
  }
  item(
    t(lang, "每美元智力", "Intelligence per dollar"),
    `${formatNumber(model.perDollar, lang, {maximumFractionDigits: 1})}${t(lang, " 分 / 美元", " points per $")}${model.scenario ? t(lang, "（情景）", " (scenario)") : ""}`
  );
  item(
    t(lang, "输出速度", "Output speed"),
    row.output_tokens_per_s != null
      ? `${formatNumber(row.output_tokens_per_s, lang)} ${t(lang, "tokens/秒", "tokens/s")} · ${date(row.speed_as_of)}${after(row.speed_as_of)}`
      : t(lang, "暂无", "not available"),
    sourceName(row.source_speed, lang)
  );
  card.append(list);
  const flags: string[] = [];
  if (model.inQuadrant) flags.push(t(lang, "位于强吸引力象限", "in the attractive quadrant"));
  if (model.onFrontier) flags.push(t(lang, "位于帕累托前沿", "on the Pareto frontier"));
  if (row.in_report) {
    // in_report names columns; a reader gets words.
    const said = inReportWords(row.in_report, lang);
    flags.push(t(lang, `报告提及：${said}`, `in the report: ${said}`));
  }
  if (flags.length) card.append(el("div", "qx-details-flags", flags.join(" · ")));
  // In the reader's language; where the data and Fig. 12 disagree the notes say so (the report's value is the one shown).
  const notes = modelNotes(row, lang);
  if (notes) card.append(el("div", `qx-details-notes${conflictNotes(row.id, lang).length ? " qx-details-conflict" : ""}`, notes));
  return card;
}
