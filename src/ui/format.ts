// Numbers, prices, dates and sources as a reader of each language reads them. One formatter:
// each number format is built once per language and options, then reused (charts format
// thousands of ticks and labels per redraw).
//
// Built on d3-format, not Intl.NumberFormat: a page's first Intl object costs V8 the set-up of
// its locale services (ICU), 70-120 ms with the CPU throttled 4x, paid before the first chart on
// every page that formats a number above it (docs/performance.md, "locale services"). Both
// languages write numbers alike (grouping by thousands with ",", a "." before the decimals: the
// same as Intl's zh-CN and en-US), so one d3 locale serves both; tests/unit/format.test.ts checks
// every option below against Intl.
import {formatLocale} from "d3-format";
import type {Lang} from "../lib/lang.js";

const TEXT = {
  zh: {notApplicable: "不适用", notAvailable: "暂无", hundredMillion: "亿", tenThousand: "万"},
  en: {notApplicable: "n/a", notAvailable: "not available", hundredMillion: "", tenThousand: ""}
};

/** The options of Intl.NumberFormat this formatter supports, with Intl's meaning and defaults. */
export type NumberOptions = Pick<
  Intl.NumberFormatOptions,
  "minimumFractionDigits" | "maximumFractionDigits" | "maximumSignificantDigits" | "useGrouping"
>;
export type NumberFormat = {format(value: number): string};

// Intl writes a negative number with a hyphen-minus; d3 would use "−".
const NUMBERS = formatLocale({decimal: ".", thousands: ",", grouping: [3], currency: ["$", ""], minus: "-"});
const numberFormats = new Map<string, NumberFormat>();

/** The cached format of `lang` with `options` (the languages agree on numbers; `lang` keeps call sites honest). */
export function numberFormat(lang: Lang, options: NumberOptions = {}): NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = buildNumberFormat(options)));
  return format;
}

function buildNumberFormat({minimumFractionDigits, maximumFractionDigits, maximumSignificantDigits, useGrouping}: NumberOptions): NumberFormat {
  const comma = useGrouping === false ? "" : ",";
  // "~" drops the zeros at the end of the decimals, as Intl does beyond its minimum digits.
  if (maximumSignificantDigits != null) {
    const significant = NUMBERS.format(`${comma}.${maximumSignificantDigits}~r`);
    return {format: (value) => significant(roundDecimal(value, maximumSignificantDigits - 1 - decimalExponent(value)))};
  }
  const least = minimumFractionDigits ?? 0;
  const most = Math.max(least, maximumFractionDigits ?? Math.max(least, 3));
  const fixed = NUMBERS.format(`${comma}.${most}${least === most ? "" : "~"}f`);
  if (least === 0 || least === most) return {format: (value) => fixed(roundDecimal(value, most))};
  // Between the two: trimmed, then padded back to the minimum.
  return {
    format(value) {
      const text = fixed(roundDecimal(value, most));
      const decimals = text.includes(".") ? text.length - text.indexOf(".") - 1 : -1;
      return decimals >= least ? text : `${decimals < 0 ? `${text}.` : text}${"0".repeat(least - Math.max(decimals, 0))}`;
    }
  };
}

/**
 * `value` rounded half away from zero at `digits` decimals (negative: tens, hundreds…) of its
 * shortest decimal form, as Intl rounds: 1.005 is 1.01, where toFixed, on the binary value
 * 1.00499…, would give 1.00. Scaling by a power of ten is exact enough unless the scaled value
 * lies near a half; only then is the decimal form read from the number's string.
 */
function roundDecimal(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = Math.abs(value);
  // 10 ** n is exact for 0 <= n <= 22; a negative `digits` divides instead of multiplying by an inexact 10 ** -n.
  const power = 10 ** Math.abs(digits);
  const scaled = digits >= 0 ? magnitude * power : magnitude / power;
  // "Near": within what the scaling's rounding error could move it (a few units in the last place).
  if (power <= 1e22 && scaled < 2 ** 52 && Math.abs((scaled % 1) - 0.5) > scaled * 1e-14 + 1e-9) {
    const whole = Math.round(scaled);
    return Math.sign(value) * (digits >= 0 ? whole / power : whole * power);
  }
  const shift = (number: number, by: number) => {
    const [mantissa, exponent = "0"] = String(number).split("e");
    return Number(`${mantissa}e${Number(exponent) + by}`);
  };
  return Math.sign(value) * shift(Math.round(shift(magnitude, digits)), -digits);
}

/** The power of ten of a number's first digit: 2 for 123.4, -3 for 0.00123. */
function decimalExponent(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0 || !Number.isFinite(magnitude)) return 0;
  const exponent = Math.floor(Math.log10(magnitude));
  // log10 can land a hair off at an exact power of ten.
  return 10 ** exponent > magnitude ? exponent - 1 : 10 ** (exponent + 1) <= magnitude ? exponent + 1 : exponent;
}

export function formatNumber(value: number | null | undefined, lang: Lang, options: NumberOptions = {}): string {
  if (value == null || Number.isNaN(value)) return TEXT[lang].notApplicable;
  return numberFormat(lang, options).format(value);
}

/** A number with exactly `digits` decimals. */
export function formatFixed(value: number | null | undefined, lang: Lang, digits: number): string {
  return formatNumber(value, lang, {minimumFractionDigits: digits, maximumFractionDigits: digits});
}

export function formatUsd(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value == null) return TEXT[lang].notAvailable;
  return `$${formatFixed(value, lang, digits)}`;
}

export function formatPercent(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value == null) return TEXT[lang].notAvailable;
  return `${formatFixed(value, lang, digits)}%`;
}

/** A return or an excess in percent with a sign: +12.3% / −4.0%; "not available" when missing. */
export function formatSignedPercent(value: number | null | undefined, lang: Lang, unit = "%"): string {
  if (value == null || Number.isNaN(value)) return TEXT[lang].notAvailable;
  return `${value > 0.05 ? "+" : value < -0.05 ? "−" : ""}${formatFixed(Math.abs(value), lang, 1)}${unit}`;
}

/** A token count as the report writes it: 128K, 1M, 2048. */
export function formatTokens(value: number | null | undefined, lang: Lang): string {
  if (value == null) return TEXT[lang].notAvailable;
  if (value >= 1_000_000 && value % 1_000_000 < 100_000) return `${formatNumber(value / 1_000_000, lang, {maximumFractionDigits: 1})}M`;
  if (value >= 10_000) return `${formatNumber(value / 1000, lang, {maximumFractionDigits: 0})}K`;
  return formatNumber(value, lang);
}

/** A large count in the reader's units: 万 / 亿 in Chinese, K / M / B in English ("3140 亿", "314B"). */
export function formatLargeNumber(value: number, lang: Lang): string {
  // The report writes "3140 亿", not "3,140 亿".
  const format = (n: number) => formatNumber(n, lang, {maximumFractionDigits: 1, useGrouping: lang !== "zh"});
  if (lang === "zh") {
    if (value >= 1e8) return `${format(value / 1e8)} ${TEXT.zh.hundredMillion}`;
    if (value >= 1e4) return `${format(value / 1e4)} ${TEXT.zh.tenThousand}`;
    return format(value);
  }
  if (value >= 1e9) return `${format(value / 1e9)}B`;
  if (value >= 1e6) return `${format(value / 1e6)}M`;
  if (value >= 1e3) return `${format(value / 1e3)}K`;
  return format(value);
}

/** A count as a reader of each language says it in prose: 200000 -> "20 万" / "200,000". */
export function formatCount(value: number, lang: Lang): string {
  const format = (n: number) => formatNumber(n, lang, {maximumFractionDigits: 2});
  if (lang === "zh" && Math.abs(value) >= 1e8) return `${format(value / 1e8)} ${TEXT.zh.hundredMillion}`;
  if (lang === "zh" && Math.abs(value) >= 1e4) return `${format(value / 1e4)} ${TEXT.zh.tenThousand}`;
  return formatNumber(value, lang);
}

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date as precise as its source (YYYY, YYYY-MM or YYYY-MM-DD), in the reader's language. */
export function formatPartialDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split("-").map(Number);
  if (lang === "zh") return `${year} 年${month ? ` ${month} 月` : ""}${day ? ` ${day} 日` : ""}`;
  if (!month) return String(year);
  return `${day ? `${day} ` : ""}${MONTHS_EN[month - 1]} ${year}`;
}

// Sources are written once in data/, mostly in English ("report Fig. 12", "report §3.5 (xAI)",
// "outside: …"), naming the report's sections in its own Chinese where it has no English
// ("report front matter (相关研究报告)"). Each term below has a name in both languages, so a
// reader sees a source wholly in their own; outside sources keep their proper names.
const SOURCE_TERMS: [en: string, zh: string][] = [
  ["report table of contents", "报告目录"],
  ["report figures", "报告图表"],
  ["Synced (机器之心)", "机器之心"],
  ["Zhidx (智东西)", "智东西"],
  ["Anthropic official website", "Anthropic 官网"],
  ["xAI official website", "xAI 官网"],
  ["Huachuang Securities Research Institute", "华创证券研究所"],
  ["Huachuang Securities", "华创证券"],
  ["industry rating definitions", "行业投资评级说明"],
  ["company rating definitions", "公司投资评级说明"],
  ["benchmark indices", "基准指数说明"],
  ["relative index performance", "相对指数表现"],
  ["related research reports", "相关研究报告"],
  ["key industry data", "行业基本数据"],
  ["list of figures", "图表目录"],
  ["figure sources", "资料来源"],
  ["analyst statement", "分析师声明"],
  ["disclaimer", "免责声明"],
  ["team", "团队介绍"],
  ["contents", "目录"],
  ["investment logic", "投资逻辑"],
  ["investment view", "投资观点"],
  ["key takeaways", "核心观点"],
  ["risk warning", "风险提示"],
  ["model comparison", "模型对比"],
  ["text of Fig. 10/11", "图表 10/11 正文"],
  ["Fig. 10/11 text", "图表 10/11 正文"],
  ["company names are not in the report", "报告未列公司名称"],
  ["company names and exchanges", "公司名称与交易所"],
  ["exchange listings", "交易所上市资料"],
  ["exchange listing", "交易所上市资料"],
  ["the report gives tickers only", "报告只给出交易代码"],
  ["benchmark tickers", "基准代码"],
  ["this product's choice", "本产品选定"],
  ["the report does not give it", "报告未给出"],
  ["row label summarises the text", "行名概括正文"],
  ["see the row's source", "见该行来源"],
  ["see its source", "见该行来源"],
  ["the user's own prices", "用户自己的价格"]
];
// Longest first, so a term inside a longer one ("Huachuang Securities" in "… Research Institute") waits its turn.
const BY_LENGTH = (side: 0 | 1) => [...SOURCE_TERMS].sort((a, b) => b[side].length - a[side].length);
const EN_TO_ZH = BY_LENGTH(0);
const ZH_TO_EN = BY_LENGTH(1);

const SOURCE_PATTERNS_ZH: [RegExp, string][] = [
  [/^outside: /, "外部数据："],
  [/outside: (\d+) rows? \(/g, "外部数据：$1 行（"],
  [/outside: /g, "外部数据："],
  [/report Fig\. (\d+(?:\/\d+)?)/g, "报告图表 $1"],
  [/report Fig\. /g, "报告图表 "],
  [/, Fig\. (\d+)/g, "、图表 $1"],
  [/report front matter/g, "报告首页"],
  [/report table of contents/g, "报告目录"],
  [/report rating system/g, "报告评级体系"],
  [/report disclaimer/g, "报告免责声明"],
  [/report analyst statement/g, "报告分析师声明"],
  [/report back matter/g, "报告封底"],
  [/report figures/g, "报告图表"],
  [/report §/g, "报告 §"],
  [/, etc\./g, "等"],
  [/（见该行来源\)/g, "（见该行来源）"],
  [/([\u4e00-\u9fff]): /g, "$1："],
  [/; /g, "；"]
];

const replaceAll = (text: string, from: string, to: string) => text.split(from).join(to);

/** A data row's source in the reader's language. */
export function formatSource(source: string, lang: Lang): string {
  if (lang === "en") {
    // "Synced (机器之心)" is an outlet's English name with its Chinese one: the English reader gets the first.
    const text = ZH_TO_EN.reduce(
      (t, [en, zh]) => (en.includes("(") ? replaceAll(t, en, en.replace(/ \(.*\)$/, "")) : replaceAll(t, zh, en)),
      source
    );
    return text.replace(/^report\b/, "Report").replace(/^outside: /, "Outside data: ");
  }
  const terms = EN_TO_ZH.reduce((t, [en, zh]) => replaceAll(t, en, zh), source);
  return SOURCE_PATTERNS_ZH.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), terms);
}
