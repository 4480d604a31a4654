// Words and formats shared by the intelligence-vs-price views (src/quadrant.md): prices at
// the precision they need, what-if changes, reasons a model is listed aside, the source line.
import type {Mix, PriceChange} from "../../lib/economics.js";
import {formatMix} from "../../lib/economics.js";
import {pick, t} from "../../lib/i18n.js";
import {formatNumber, formatPartialDate} from "../../ui/format.js";
import {vendorName} from "../../lib/vendors.js";
import type {AsideModel, AsideReason} from "../../lib/quadrant-view.js";
import type {ModelComparison, Vendor} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";
import {sourceName} from "./sources.js";

// The site's one number formatter (ui/format.ts) and vendor naming (lib/vendors.ts), re-exported
// for the quadrant's views.
export {formatNumber, vendorName};

/** USD per million tokens: three decimals under $1 ($0.175), two above ($26.25). */
export function formatPrice(value: number | null | undefined, lang: Lang): string {
  if (value == null || !Number.isFinite(value)) return t(lang, "暂无", "not available");
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
  return t(lang, `输入:输出 = ${formatMix(mix)}`, `input:output ${formatMix(mix)}`);
}

export function reasonText(reason: AsideReason, row: ModelComparison, lang: Lang, asOf: string): string {
  const date = (d: string | null) => (d ? formatPartialDate(d, lang) : "");
  switch (reason) {
    case "released-after-report":
      return t(
        lang,
        `报告之后发布（${date(row.released)}）；“报告时点”视图不显示`,
        `released after the report (${date(row.released)}); not in the report snapshot`
      );
    case "hidden-vendor":
      return t(lang, "已按厂商筛除", "hidden by the vendor filter");
    case "hidden-reasoning":
      return t(lang, "已按推理/非推理筛除", "hidden by the reasoning filter");
    case "no-score":
      return t(lang, "无智力指数，无法放上纵轴", "no intelligence score: cannot sit on the intelligence axis");
    case "no-price":
      return row.source_price
        ? t(lang, `无价格，无法放上价格轴（${sourceName(row.source_price, lang)}）`, `no price: cannot sit on the price axis (${sourceName(row.source_price, lang)})`)
        : t(lang, "无价格，无法放上价格轴（数据中未找到标价）", "no price: cannot sit on the price axis (no list price in the data)");
    case "price-after-report":
      return t(
        lang,
        `价格日期 ${date(row.price_as_of)} 晚于报告（${date(asOf)}），“报告时点”视图视为暂无`,
        `price dated ${date(row.price_as_of)}, after the report (${date(asOf)}): unavailable in the report snapshot`
      );
  }
}

/** The source line of every view that uses the comparison's figures: Artificial Analysis, cited, not ours. */
export function comparisonSource(lang: Lang, {derived = true}: {derived?: boolean} = {}): string {
  return t(
    lang,
    `外部数据：Artificial Analysis（智力指数、输出速度；报告图表 10/11 引用的来源，第三方数据，非本站测量）；各厂商官方标价${
      derived ? "；混合价格由本站按所选输入:输出比例计算" : ""
    }；各项来源与日期见表格视图`,
    `outside: Artificial Analysis (Intelligence Index, output speed; the source the report cites for Fig. 10/11; a third party's figures, not our measurements); vendors' list prices${
      derived ? "; blended price derived here at the chosen input:output mix" : ""
    }; each value's source and date in the table view`
  );
}

/** Why a model is not on the chart, every reason in words. */
export function asideReasons(model: AsideModel, lang: Lang, asOf: string): string {
  return model.reasons.map((r) => reasonText(r, model.row, lang, asOf)).join(t(lang, "；", "; "));
}

/** Fig. 12's row names in the reader's language ("o1 系列 (o1、o1-mini)" reads "o1 series (o1, o1-mini)"). */
export function openaiName(name: string, lang: Lang): string {
  return lang === "zh" ? name : name.replace(/\s*系列\s*/, " series ").replace(/、/g, ", ").replace(/\s+/g, " ").trim();
}
