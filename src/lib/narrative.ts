// The report's own words, read from data/report_meta.csv by key in the reader's language, so
// pages never retype prose; and the list of the report's 22 figures with their sources.
import type {Lang} from "./lang.js";

export type MetaRow = {key: string; zh: string; en: string; source: string};
export type FactRow = {id: string; value: number; unit_zh: string; unit_en: string; source: string};

/** The row of `key`, or undefined where the data may lack it (a gap the page shows as such). */
export function findMetaRow(rows: MetaRow[], key: string): MetaRow | undefined {
  return rows.find((r) => r.key === key);
}

/** The row of `key`; a missing key is a defect of the page or the data, so it says which. */
export function metaRow(rows: MetaRow[], key: string): MetaRow {
  const row = findMetaRow(rows, key);
  if (!row) throw new Error(`data/report_meta.csv has no row with key "${key}"`);
  return row;
}

/** The text of `key` in `lang`. */
export function reportText(rows: MetaRow[], key: string, lang: Lang): string {
  return metaRow(rows, key)[lang];
}

/** The text of `key` in `lang`, or null when the report says nothing there (a gap, not an error). */
export function optionalReportText(rows: MetaRow[], key: string, lang: Lang): string | null {
  return findMetaRow(rows, key)?.[lang] ?? null;
}

/** A `;`-separated list cell (data/README.md's convention) as its items. */
export function reportList(rows: MetaRow[], key: string, lang: Lang): string[] {
  return reportText(rows, key, lang)
    .split(";")
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A lead-in the report sets in bold ("数据飞轮:", "如何理解大模型？"), split from the rest of the paragraph. */
export function splitLeadIn(text: string): {lead: string | null; rest: string} {
  const match = /^(.{2,40}?(?:：|: |？|\? ))\s*(.+)$/s.exec(text);
  if (!match || /[。.!！]/.test(match[1].slice(0, -2))) return {lead: null, rest: text};
  return {lead: match[1].trim(), rest: match[2]};
}

export type FigureEntry = {
  number: number;
  caption_zh: string;
  caption_en: string;
  source_zh: string;
  source_en: string;
  /** The site page where the figure has its place. */
  page: string;
};

// Where each of the report's figures has its place on the site, in the report's order.
const FIGURE_PAGES: [last: number, page: string][] = [
  [3, "/agi"],
  [9, "/trends"],
  [10, "/vendors"],
  [11, "/quadrant"],
  [14, "/openai"],
  [16, "/llama"],
  [18, "/anthropic"],
  [20, "/xai"],
  [22, "/gemini"]
];

export function figurePage(number: number): string {
  const entry = FIGURE_PAGES.find(([last]) => number <= last);
  if (!entry || number < 1) throw new Error(`the report has no figure ${number}`);
  return entry[1];
}

/** Every figure of the report (keys figure.N.caption and figure.N.source), in order. */
export function figureEntries(rows: MetaRow[]): FigureEntry[] {
  const numbers = rows
    .map((r) => /^figure\.(\d+)\.caption$/.exec(r.key))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
  return numbers.map((number) => {
    const caption = metaRow(rows, `figure.${number}.caption`);
    const source = metaRow(rows, `figure.${number}.source`);
    return {
      number,
      caption_zh: caption.zh,
      caption_en: caption.en,
      source_zh: source.zh,
      source_en: source.en,
      page: figurePage(number)
    };
  });
}

/** "图表 6 AI 大模型的技术架构" / "Fig. 6 The technical architecture of AI large models". */
export function figureTitle(rows: MetaRow[], number: number, lang: Lang): string {
  const caption = reportText(rows, `figure.${number}.caption`, lang);
  return lang === "zh" ? `图表 ${number} ${caption}` : `Fig. ${number} ${caption}`;
}

/** The figure's source line as the report prints it, naming the report's figure first. */
export function figureSource(rows: MetaRow[], number: number, lang: Lang): string {
  const source = findMetaRow(rows, `figure.${number}.source`);
  return source ? `report Fig. ${number} — ${source[lang]}` : `report Fig. ${number}`;
}

/**
 * The source line of a figure the site draws from the report's text because the report's
 * image is lost: the section the text comes from, then the original figure's own source.
 */
export function drawnFigureSource(rows: MetaRow[], number: number, section: string, lang: Lang): string {
  const original = reportText(rows, `figure.${number}.source`, lang);
  return lang === "zh"
    ? `据报告 ${section} 正文绘制；报告原图（图片缺失）资料来源：${original}`
    : `Drawn from the text of report ${section}; the report's original image (lost) cites: ${original}`;
}
