// One model's every value with its source and date: the chart's hover card. Text only
// (textContent), never markup from data.
import type {Mix} from "../../lib/economics.js";
import {formatPartialDate} from "../../ui/format.js";
import type {PlottedModel, ReportFigures} from "../../lib/quadrant-view.js";
import type {Vendor} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";
import {formatFactor, formatNumber, formatPrice, mixWords, vendorName} from "./format.js";
import {conflictNotes, inReportWords, modelNotes, sourceName} from "./sources.js";

const TEXT = {
  zh: {
    // Dates
    dateNotGiven: "日期不详",
    afterReport: "（晚于报告）",
    // The subtitle
    reasoningModel: "推理模型",
    nonReasoningModel: "非推理模型",
    released: "发布",
    // The values
    intelligenceIndex: "智力指数",
    reportIntelligence: (intelligence: number) => `（报告：${intelligence}）`,
    listPrice: "标价（输入 / 输出）",
    blendedPrice: "混合价格（推算）",
    reportPrice: (price: number) => `；报告：约 $${price}`,
    scenarioPrice: "情景价格（假设）",
    scenarioSource: "演示者设定的假设，不是来源数据",
    scenarioFlag: "情景",
    perDollar: "每美元智力",
    pointsPerDollar: " 分 / 美元",
    scenarioSuffix: "（情景）",
    outputSpeed: "输出速度",
    tokensPerSecond: "tokens/秒",
    notAvailable: "暂无",
    // The flags
    inQuadrant: "位于强吸引力象限",
    onFrontier: "位于帕累托前沿",
    inReport: (said: string) => `报告提及：${said}`
  },
  en: {
    // Dates
    dateNotGiven: "date not given",
    afterReport: " (after the report)",
    // The subtitle
    reasoningModel: "reasoning model",
    nonReasoningModel: "non-reasoning model",
    released: "released",
    // The values
    intelligenceIndex: "Intelligence index",
    reportIntelligence: (intelligence: number) => ` (report: ${intelligence})`,
    listPrice: "List price (input / output)",
    blendedPrice: "Blended price (derived)",
    reportPrice: (price: number) => `; report: ≈ $${price}`,
    scenarioPrice: "Scenario price (what-if)",
    scenarioSource: "set by the presenter; not a sourced value",
    scenarioFlag: "scenario",
    perDollar: "Intelligence per dollar",
    pointsPerDollar: " points per $",
    scenarioSuffix: " (scenario)",
    outputSpeed: "Output speed",
    tokensPerSecond: "tokens/s",
    notAvailable: "not available",
    // The flags
    inQuadrant: "in the attractive quadrant",
    onFrontier: "on the Pareto frontier",
    inReport: (said: string) => `in the report: ${said}`
  }
} satisfies Record<Lang, unknown>;

export type DetailsOptions = {lang: Lang; mix: Mix; vendors: readonly Vendor[]; asOf: string; report?: ReportFigures};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, ...children: (Node | string)[]) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

export function modelDetails(model: PlottedModel, {lang, mix, vendors, asOf, report}: DetailsOptions): HTMLElement {
  const row = model.row;
  const date = (d: string | null) => (d ? formatPartialDate(d, lang) : TEXT[lang].dateNotGiven);
  const after = (d: string | null) => (d && d.slice(0, 7) > asOf ? TEXT[lang].afterReport : "");
  const card = el("div", "qx-details");
  const title = el("div", "qx-details-title", model.model);
  title.translate = false; // a name, in either language
  const subtitle = el(
    "div",
    "qx-details-sub",
    `${vendorName(vendors, model.vendor, lang)} · ${model.reasoning ? TEXT[lang].reasoningModel : TEXT[lang].nonReasoningModel}${
      row.released ? ` · ${TEXT[lang].released} ${date(row.released)}${row.released_after_report ? TEXT[lang].afterReport : ""}` : ""
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
    TEXT[lang].intelligenceIndex,
    `${formatNumber(model.intelligence, lang)}${report?.intelligence != null ? TEXT[lang].reportIntelligence(report.intelligence) : ""}`,
    sourceName(row.source_intelligence, lang)
  );
  item(
    TEXT[lang].listPrice,
    `${formatPrice(row.input_usd_per_mtok, lang)} / ${formatPrice(row.output_usd_per_mtok, lang)} · ${date(row.price_as_of)}${after(row.price_as_of)}`,
    sourceName(row.source_price, lang)
  );
  item(
    TEXT[lang].blendedPrice,
    `${formatPrice(model.sourcedPrice, lang)} · ${mixWords(mix, lang)}${report?.price != null ? TEXT[lang].reportPrice(report.price) : ""}`
  );
  if (model.scenario) {
    item(
      TEXT[lang].scenarioPrice,
      `${formatPrice(model.price, lang)} (${formatFactor(model.factor, lang)})`,
      TEXT[lang].scenarioSource,
      TEXT[lang].scenarioFlag
    );
  }
  item(
    TEXT[lang].perDollar,
    `${formatNumber(model.perDollar, lang, {maximumFractionDigits: 1})}${TEXT[lang].pointsPerDollar}${model.scenario ? TEXT[lang].scenarioSuffix : ""}`
  );
  item(
    TEXT[lang].outputSpeed,
    row.output_tokens_per_s != null
      ? `${formatNumber(row.output_tokens_per_s, lang)} ${TEXT[lang].tokensPerSecond} · ${date(row.speed_as_of)}${after(row.speed_as_of)}`
      : TEXT[lang].notAvailable,
    sourceName(row.source_speed, lang)
  );
  card.append(list);
  const flags: string[] = [];
  if (model.inQuadrant) flags.push(TEXT[lang].inQuadrant);
  if (model.onFrontier) flags.push(TEXT[lang].onFrontier);
  if (row.in_report) {
    // in_report names columns; a reader gets words.
    const said = inReportWords(row.in_report, lang);
    flags.push(TEXT[lang].inReport(said));
  }
  if (flags.length) card.append(el("div", "qx-details-flags", flags.join(" · ")));
  // In the reader's language; where the data and Fig. 12 disagree the notes say so (the report's value is the one shown).
  const notes = modelNotes(row, lang);
  if (notes) card.append(el("div", `qx-details-notes${conflictNotes(row.id, lang).length ? " qx-details-conflict" : ""}`, notes));
  return card;
}
