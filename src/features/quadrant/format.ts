// Words and formats shared by the intelligence-vs-price views (src/quadrant.md): prices at
// the precision they need, what-if changes, reasons a model is listed aside, the source line.
import type {Mix, PriceChange} from "../../lib/economics.js";
import {formatMix} from "../../lib/economics.js";
import {formatNumber, formatPartialDate} from "../../ui/format.js";
import {vendorName} from "../../lib/vendors.js";
import type {AsideModel, AsideReason} from "../../lib/quadrant-view.js";
import type {ModelComparison, Vendor} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";
import {sourceName} from "./sources.js";

const TEXT = {
  zh: {
    // formatPrice
    notAvailable: "暂无",
    // mixWords
    mix: (mix: string) => `输入:输出 = ${mix}`,
    // reasonText: why a model is listed aside
    releasedAfterReport: (released: string) => `报告之后发布（${released}）；“报告时点”视图不显示`,
    hiddenVendor: "已按厂商筛除",
    hiddenReasoning: "已按推理/非推理筛除",
    noScore: "无智力指数，无法放上纵轴",
    noPriceSourced: (source: string | null) => `无价格，无法放上价格轴（${source}）`,
    noPriceUnsourced: "无价格，无法放上价格轴（数据中未找到标价）",
    priceAfterReport: (priceDate: string, asOf: string) => `价格日期 ${priceDate} 晚于报告（${asOf}），“报告时点”视图视为暂无`,
    // comparisonSource
    comparisonSource: (derived: boolean) =>
      `外部数据：Artificial Analysis（智力指数、输出速度；报告图表 10/11 引用的来源，第三方数据，非本站测量）；各厂商官方标价${
        derived ? "；混合价格由本站按所选输入:输出比例计算" : ""
      }；各项来源与日期见表格视图`,
    // asideReasons
    reasonSeparator: "；"
  },
  en: {
    // formatPrice
    notAvailable: "not available",
    // mixWords
    mix: (mix: string) => `input:output ${mix}`,
    // reasonText: why a model is listed aside
    releasedAfterReport: (released: string) => `released after the report (${released}); not in the report snapshot`,
    hiddenVendor: "hidden by the vendor filter",
    hiddenReasoning: "hidden by the reasoning filter",
    noScore: "no intelligence score: cannot sit on the intelligence axis",
    noPriceSourced: (source: string | null) => `no price: cannot sit on the price axis (${source})`,
    noPriceUnsourced: "no price: cannot sit on the price axis (no list price in the data)",
    priceAfterReport: (priceDate: string, asOf: string) =>
      `price dated ${priceDate}, after the report (${asOf}): unavailable in the report snapshot`,
    // comparisonSource
    comparisonSource: (derived: boolean) =>
      `outside: Artificial Analysis (Intelligence Index, output speed; the source the report cites for Fig. 10/11; a third party's figures, not our measurements); vendors' list prices${
        derived ? "; blended price derived here at the chosen input:output mix" : ""
      }; each value's source and date in the table view`,
    // asideReasons
    reasonSeparator: "; "
  }
} satisfies Record<Lang, unknown>;

// The site's one number formatter (ui/format.ts) and vendor naming (lib/vendors.ts), re-exported
// for the quadrant's views.
export {formatNumber, vendorName};

/** USD per million tokens: three decimals under $1 ($0.175), two above ($26.25). */
export function formatPrice(value: number | null | undefined, lang: Lang): string {
  if (value == null || !Number.isFinite(value)) return TEXT[lang].notAvailable;
  const digits = value < 1 ? 3 : 2;
  return `$${formatNumber(value, lang, {minimumFractionDigits: digits, maximumFractionDigits: digits})}`;
}

/** A price for an axis or a line: as few digits as it needs ($0.05, $2, $10). */
export function formatPriceShort(value: number, lang: Lang): string {
  return `$${formatNumber(value, lang, {maximumSignificantDigits: 3})}`;
}

/** A what-if factor as a change: 0.5 -> "−50%", 1.2 -> "+20%". */
export function formatFactor(factor: number, lang: Lang): string {
  const pct = Math.round((factor - 1) * 1000) / 10;
  return `${pct > 0 ? "+" : pct < 0 ? "−" : "±"}${formatNumber(Math.abs(pct), lang, {maximumFractionDigits: 1})}%`;
}


/** "Anthropic −50%", "o1 +20%". */
export function describeChange(change: PriceChange, vendors: readonly Vendor[], models: readonly ModelComparison[], lang: Lang): string {
  const name =
    change.kind === "vendor" ? vendorName(vendors, change.id, lang) : (models.find((m) => m.id === change.id)?.model ?? change.id);
  return `${name} ${formatFactor(change.factor, lang)}`;
}

export function mixWords(mix: Mix, lang: Lang): string {
  return TEXT[lang].mix(formatMix(mix));
}

export function reasonText(reason: AsideReason, row: ModelComparison, lang: Lang, asOf: string): string {
  const date = (d: string | null) => (d ? formatPartialDate(d, lang) : "");
  switch (reason) {
    case "released-after-report":
      return TEXT[lang].releasedAfterReport(date(row.released));
    case "hidden-vendor":
      return TEXT[lang].hiddenVendor;
    case "hidden-reasoning":
      return TEXT[lang].hiddenReasoning;
    case "no-score":
      return TEXT[lang].noScore;
    case "no-price":
      return row.source_price
        ? TEXT[lang].noPriceSourced(sourceName(row.source_price, lang))
        : TEXT[lang].noPriceUnsourced;
    case "price-after-report":
      return TEXT[lang].priceAfterReport(date(row.price_as_of), date(asOf));
  }
}

/** The source line of every view that uses the comparison's figures: Artificial Analysis, cited, not ours. */
export function comparisonSource(lang: Lang, {derived = true}: {derived?: boolean} = {}): string {
  return TEXT[lang].comparisonSource(derived);
}

/** Why a model is not on the chart, every reason in words. */
export function asideReasons(model: AsideModel, lang: Lang, asOf: string): string {
  return model.reasons.map((r) => reasonText(r, model.row, lang, asOf)).join(TEXT[lang].reasonSeparator);
}

/** Fig. 12's row names in the reader's language ("o1 系列 (o1、o1-mini)" reads "o1 series (o1, o1-mini)"). */
export function openaiName(name: string, lang: Lang): string {
  return lang === "zh" ? name : name.replace(/\s*系列\s*/, " series ").replace(/、/g, ", ").replace(/\s+/g, " ").trim();
}
