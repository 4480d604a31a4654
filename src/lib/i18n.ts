// Words and number formats in the reader's language. Data rows carry both languages in
// `…_zh` / `…_en` columns; pages pick one with `pick(row, "name", lang)`.
import type {Lang} from "./lang.js";

/** The `field_zh` or `field_en` value of a row. */
export function pick<R extends object>(row: R, field: string, lang: Lang): string {
  const value = (row as Record<string, unknown>)[`${field}_${lang}`];
  return value == null ? "" : String(value);
}

/** One of two literal strings, for labels written in code. */
export function t(lang: Lang, zh: string, en: string): string {
  return lang === "zh" ? zh : en;
}

const LOCALES: Record<Lang, string> = {zh: "zh-CN", en: "en-US"};

export function formatNumber(value: number | null | undefined, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  if (value == null || Number.isNaN(value)) return t(lang, "不适用", "n/a");
  return new Intl.NumberFormat(LOCALES[lang], options).format(value);
}

export function formatUsd(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value == null) return t(lang, "暂无", "not available");
  return `$${formatNumber(value, lang, {minimumFractionDigits: digits, maximumFractionDigits: digits})}`;
}

export function formatPercent(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value == null) return t(lang, "暂无", "not available");
  return `${formatNumber(value, lang, {minimumFractionDigits: digits, maximumFractionDigits: digits})}%`;
}

/** A token count as the report writes it: 128K, 1M, 2048. */
export function formatTokens(value: number | null | undefined, lang: Lang): string {
  if (value == null) return t(lang, "暂无", "not available");
  if (value >= 1_000_000 && value % 1_000_000 < 100_000) return `${formatNumber(value / 1_000_000, lang, {maximumFractionDigits: 1})}M`;
  if (value >= 10_000) return `${formatNumber(value / 1000, lang, {maximumFractionDigits: 0})}K`;
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

/** The first instant of a partial date, for placing it on a time axis. */
export function partialDateToDate(date: string): Date {
  const [year, month = 1, day = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

// Sources are written once, in English, in data/ ("report Fig. 12", "report §3.5 (xAI)",
// "outside: …"); a Chinese reader sees them in the report's own terms.
const SOURCE_TERMS_ZH: [RegExp, string][] = [
  [/^outside: /, "外部数据："],
  [/report Fig\. (\d+(?:\/\d+)?)/g, "报告图表 $1"],
  [/report front matter/g, "报告首页"],
  [/report table of contents/g, "报告目录"],
  [/report rating system/g, "报告评级体系"],
  [/report disclaimer/g, "报告免责声明"],
  [/report analyst statement/g, "报告分析师声明"],
  [/report back matter/g, "报告封底"],
  [/report §/g, "报告 §"],
  [/; /g, "；"]
];

/** A data row's source in the reader's language. */
export function formatSource(source: string, lang: Lang): string {
  if (lang === "en") return source.replace(/^report\b/, "Report").replace(/^outside: /, "Outside data: ");
  return SOURCE_TERMS_ZH.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), source);
}

/** Splits "1. A … 2. B …" (an enumeration inside one cell) into its items; one item if none. */
export function splitEnumeration(text: string): string[] {
  const items = text.split(/\s+(?=\d+\.\s)/).map((s) => s.replace(/^\d+\.\s/, "").trim());
  return /^\s*1\.\s/.test(text) && items.length > 1 ? items : [text];
}
