// The words the vendor charts and tables put beside the data: kinds of events, date
// precision, xAI's measures. One {zh, en} table; lib/vendors stays free of display text.
import type {Lang} from "../../lib/lang.js";
import {datePrecision, type DatePrecision, type EventKind, type PriceSide, type XaiMeasure, type XaiMilestone} from "../../lib/vendors.js";
import {formatLargeNumber, formatPartialDate} from "../../ui/format.js";

const TEXT = {
  zh: {
    kinds: {
      founding: "成立",
      model: "模型发布",
      "open-source": "开源",
      product: "产品",
      funding: "融资",
      compute: "算力",
      benchmark: "评测",
      research: "研究",
      plan: "计划"
    },
    precision: {year: "精确到年", month: "精确到月", day: "精确到日"},
    eventDate: (date: string, precision: string) => `${date}（${precision}）`,
    measures: {parameters: "参数量", compute: "算力（GPU 数）", funding: "融资（美元）"},
    parameters: (amount: string) => `${amount}参数`,
    gpus: (amount: string) => `${amount}块 GPU`,
    gpusPlanned: (amount: string) => `计划 ${amount}块 GPU`,
    valuation: (amount: string) => `估值 ${amount}美元`,
    raised: (amount: string) => `融资 ${amount}美元`,
    priceSides: {input: "输入价格", output: "输出价格"}
  },
  en: {
    kinds: {
      founding: "Founding",
      model: "Model release",
      "open-source": "Open source",
      product: "Product",
      funding: "Funding",
      compute: "Compute",
      benchmark: "Benchmark",
      research: "Research",
      plan: "Plan"
    },
    precision: {year: "to the year", month: "to the month", day: "to the day"},
    eventDate: (date: string, precision: string) => `${date} (${precision})`,
    measures: {parameters: "Parameters", compute: "Compute (GPUs)", funding: "Funding (USD)"},
    parameters: (amount: string) => `${amount} parameters`,
    gpus: (amount: string) => `${amount} GPUs`,
    gpusPlanned: (amount: string) => `${amount} GPUs planned`,
    valuation: (amount: string) => `$${amount} valuation`,
    raised: (amount: string) => `$${amount} raised`,
    priceSides: {input: "Input price", output: "Output price"}
  }
} satisfies Record<Lang, unknown>;

export function kindLabel(kind: EventKind, lang: Lang): string {
  return TEXT[lang].kinds[kind];
}

export function precisionLabel(precision: DatePrecision, lang: Lang): string {
  return TEXT[lang].precision[precision];
}

/** "2015 年（精确到年）" / "2015 (to the year)": the date as the source gives it, and how precise that is. */
export function formatEventDate(date: string, lang: Lang): string {
  return TEXT[lang].eventDate(formatPartialDate(date, lang), precisionLabel(datePrecision(date), lang));
}

export function priceSideLabel(side: PriceSide, lang: Lang): string {
  return TEXT[lang].priceSides[side];
}

export function xaiMeasureLabel(measure: XaiMeasure, lang: Lang): string {
  return TEXT[lang].measures[measure];
}

/** A figure of xAI's as a short label: "3140 亿参数" / "314B parameters", "计划 15 万块 GPU" / "150K GPUs planned". */
export function xaiMilestoneLabel(
  m: Pick<XaiMilestone, "measure" | "value" | "planned" | "valuation">,
  lang: Lang
): string {
  const text = TEXT[lang];
  const amount = formatLargeNumber(m.value, lang);
  if (m.measure === "parameters") return text.parameters(amount);
  if (m.measure === "compute") return m.planned ? text.gpusPlanned(amount) : text.gpus(amount);
  return m.valuation ? text.valuation(amount) : text.raised(amount);
}
