// The outside sources of data/model_comparison.csv by name, in the reader's language, and the
// rows where the data and the report's Fig. 12 disagree. The CSV keeps each source as written
// (repository paths and all, for whoever checks it); a reader gets its name. A unit test fails
// if a source in the data has no name here, or if a disagreement here no longer matches the data.
import {formatPartialDate} from "../../ui/format.js";
import type {Lang} from "../../lib/lang.js";
import type {ModelComparison} from "../../lib/schema.js";

type Bilingual = {zh: string; en: string};

const TEXT = {
  zh: {
    // A conflicting value as shown
    inputOutputPrice: (input: string, output: string) => `$${input} / $${output}（输入 / 输出）`,
    // The disagreements with Fig. 12
    releaseDiffers: (report: string, outside: string, source: string) =>
      `与报告图表 12 不同：报告记发布于 ${report}（此处采用，以报告为准）；外部来源：${outside}，依据${source}。`,
    priceDiffers: (report: string, outside: string, source: string) =>
      `与报告图表 12 不同：报告标价 ${report}（o1 系列，此处采用，以报告为准）；外部来源：${outside}，依据${source}。`,
    // What the report says of a model
    listSeparator: "；"
  },
  en: {
    // A conflicting value as shown
    inputOutputPrice: (input: string, output: string) => `$${input} / $${output} (input / output)`,
    // The disagreements with Fig. 12
    releaseDiffers: (report: string, outside: string, source: string) =>
      `Fig. 12 differs: the report gives release ${report} (used here: the report wins); outside: ${outside}, from ${source}.`,
    priceDiffers: (report: string, outside: string, source: string) =>
      `Fig. 12 differs: the report's list price is ${report} (the o1 series; used here: the report wins); outside: ${outside}, from ${source}.`,
    // What the report says of a model
    listSeparator: "; "
  }
} satisfies Record<Lang, unknown>;

const AA_INDEX_BLOG =
  "Artificial Analysis Intelligence Index (Feb-2025 methodology); leaderboard values as copied on 2025-04-13 in github.com/wszqkzqk/wszqkzqk.github.io (_posts/2025-03-30-config-and-use-aichat.md)";
const OFFICIAL_PRICE =
  "Official list price, Mar 2025; corroborated by github.com/simonw/llm-prices (2025-03-19) and litellm-derived price map in github.com/AgentOps-AI/tokencost (2025-03-24)";

/** Each source text of the data, named. */
export const SOURCE_NAMES: Readonly<Record<string, Bilingual>> = {
  [AA_INDEX_BLOG]: {
    zh: "Artificial Analysis 智力指数（2025 年 2 月方法；据 wszqkzqk 博客 2025-04-13 转录的排行榜）",
    en: "Artificial Analysis Intelligence Index (Feb 2025 method; leaderboard as copied in wszqkzqk's blog, 2025-04-13)"
  },
  "Artificial Analysis Intelligence Index as quoted in github.com/DatoBHJ/chatflix (lib/models/config.ts, late Mar 2025); single third-party source":
    {
      zh: "Artificial Analysis 智力指数（据 Chatflix 项目 2025 年 3 月下旬的引用；仅此一个第三方来源）",
      en: "Artificial Analysis Intelligence Index (as quoted by the Chatflix project, late Mar 2025; a single third-party source)"
    },
  "Artificial Analysis model-level median speed as published at tamasj.com/examples/ai-model-comparison (2025-04-14)": {
    zh: "Artificial Analysis 模型输出速度中位数（据 Tamás J. 的 AI 模型对比页，2025-04-14）",
    en: "Artificial Analysis median output speed (as published in Tamás J.'s AI model comparison, 2025-04-14)"
  },
  "Artificial Analysis speed for the first-party API as quoted in github.com/DatoBHJ/chatflix (lib/models/config.ts, late Mar 2025)":
    {
      zh: "Artificial Analysis 官方 API 输出速度（据 Chatflix 项目 2025 年 3 月下旬的引用）",
      en: "Artificial Analysis speed on the vendor's own API (as quoted by the Chatflix project, late Mar 2025)"
    },
  "The report (text of Fig. 10, Artificial Analysis, Mar 2025); a third-party copy of AA data from late Mar 2025 lists 258 t/s for the Google API - conflict, the report wins":
    {
      zh: "报告（图表 10 正文，Artificial Analysis，2025 年 3 月）；第三方 2025 年 3 月下旬的 Artificial Analysis 数据为 258 tokens/秒（Google API），与报告不符，以报告为准",
      en: "The report (Fig. 10's text, Artificial Analysis, Mar 2025); a third party's copy of late-Mar 2025 Artificial Analysis data gives 258 tokens/s (Google's API): it conflicts, and the report's figure is used"
    },
  "artificialanalysis.ai/models/gpt-4-5/providers (launch-period snapshot, Feb/Mar 2025)": {
    zh: "Artificial Analysis 的 GPT-4.5 服务商页面（发布期，2025 年 2–3 月）",
    en: "Artificial Analysis, GPT-4.5 providers page (launch period, Feb/Mar 2025)"
  },
  "Free experimental model in Mar 2025 - no paid list price": {
    zh: "2025 年 3 月为免费实验模型，没有付费标价",
    en: "A free experimental model in Mar 2025: no paid list price"
  },
  "No first-party API; Groq host list price (litellm-derived map in github.com/AgentOps-AI/tokencost, 2025-03-24); Together charged 0.88/0.88":
    {
      zh: "无官方 API；Groq 托管标价（tokencost 价格表，2025-03-24）；Together 收费 0.88 / 0.88 美元",
      en: "No first-party API; Groq's hosted list price (tokencost price map, 2025-03-24); Together charged $0.88 / $0.88"
    },
  "No first-party API; Together host list price (github.com/AgentOps-AI/tokencost, 2025-03-24)": {
    zh: "无官方 API；Together 托管标价（tokencost 价格表，2025-03-24）",
    en: "No first-party API; Together's hosted list price (tokencost price map, 2025-03-24)"
  },
  [OFFICIAL_PRICE]: {
    zh: "厂商官方标价，2025 年 3 月（经 Simon Willison 的 llm-prices（2025-03-19）与 tokencost 价格表（2025-03-24）核对）",
    en: "The vendor's official list price, Mar 2025 (checked against Simon Willison's llm-prices, 2025-03-19, and the tokencost price map, 2025-03-24)"
  },
  "Paid preview price from Apr 2025 (github.com/simonw/llm-prices 2025-04-04); free experimental in Mar 2025": {
    zh: "2025 年 4 月起的付费预览价（Simon Willison 的 llm-prices，2025-04-04）；2025 年 3 月为免费实验模型",
    en: "Paid preview price from Apr 2025 (Simon Willison's llm-prices, 2025-04-04); free and experimental in Mar 2025"
  },
  "Third-party host list price from a later snapshot (github.com/AgentOps-AI/tokencost, 2025-06-01) - no Mar 2025 price found":
    {
      zh: "第三方托管标价，取自较晚的快照（tokencost 价格表，2025-06-01）；未找到 2025 年 3 月的价格",
      en: "A third-party host's list price from a later snapshot (tokencost price map, 2025-06-01); no Mar 2025 price found"
    },
  "xAI API launch price 2025-04-09 (github.com/simonw/llm-prices) - after the report; no API existed in Mar 2025": {
    zh: "xAI API 上线价，2025-04-09（Simon Willison 的 llm-prices）：晚于报告；2025 年 3 月尚无 API",
    en: "xAI API launch price, 2025-04-09 (Simon Willison's llm-prices): after the report; there was no API in Mar 2025"
  },
  "report Fig. 12 (o1 series: o1, o1-mini)": {
    zh: "报告图表 12（o1 系列：o1、o1-mini）",
    en: "The report's Fig. 12 (o1 series: o1, o1-mini)"
  }
};

/** A source as the reader sees it: its name in the reader's language; null when the data gives none. */
export function sourceName(source: string | null | undefined, lang: Lang): string | null {
  if (!source) return null;
  const named = SOURCE_NAMES[source];
  // An unnamed source (a new row not yet named here) is shown as written rather than hidden.
  return named ? named[lang] : source;
}

/** Where the data and the report's Fig. 12 disagree: the report's value is the one used, the outside one named beside it. */
export type ReportConflict = {
  field: "released" | "price";
  /** The value used (the report's), as the data holds it: a date, or "input/output" in USD per million tokens. */
  report: string;
  outside: string;
  outsideSource: Bilingual;
};

export const REPORT_CONFLICTS: Readonly<Record<string, readonly ReportConflict[]>> = {
  "o3-mini-high": [
    {field: "released", report: "2025-02", outside: "2025-01-31", outsideSource: {zh: "模型编号 o3-mini-2025-01-31", en: "the model ID o3-mini-2025-01-31"}}
  ],
  "o3-mini-medium": [
    {field: "released", report: "2025-02", outside: "2025-01-31", outsideSource: {zh: "模型编号 o3-mini-2025-01-31", en: "the model ID o3-mini-2025-01-31"}}
  ],
  o1: [
    {
      field: "released",
      report: "2024-09",
      outside: "2024-12-17",
      outsideSource: {zh: "模型编号 o1-2024-12-17（2024 年 9 月发布的是 o1-preview）", en: "the model ID o1-2024-12-17 (2024-09 was o1-preview)"}
    }
  ],
  "o1-mini": [
    {
      field: "price",
      report: "15/60",
      outside: "1.1/4.4",
      outsideSource: {zh: "OpenAI 2025 年 3 月标价（Simon Willison 的 llm-prices）", en: "OpenAI's list price in Mar 2025 (Simon Willison's llm-prices)"}
    }
  ]
};

/** The row's value of a conflict's field, in the conflict's own notation. */
export function conflictValue(row: ModelComparison, field: ReportConflict["field"]): string | null {
  if (field === "released") return row.released ?? null;
  return row.input_usd_per_mtok == null || row.output_usd_per_mtok == null ? null : `${row.input_usd_per_mtok}/${row.output_usd_per_mtok}`;
}

function shown(conflict: ReportConflict, value: string, lang: Lang): string {
  if (conflict.field === "released") return formatPartialDate(value, lang);
  const [input, output] = value.split("/");
  return TEXT[lang].inputOutputPrice(input, output);
}

/** The disagreements of one model with Fig. 12, as sentences: "Fig. 12 differs: …". */
export function conflictNotes(id: string, lang: Lang): string[] {
  return (REPORT_CONFLICTS[id] ?? []).map((c) =>
    c.field === "released"
      ? TEXT[lang].releaseDiffers(shown(c, c.report, lang), shown(c, c.outside, lang), c.outsideSource[lang])
      : TEXT[lang].priceDiffers(shown(c, c.report, lang), shown(c, c.outside, lang), c.outsideSource[lang])
  );
}

/**
 * A row's notes in the reader's language: the data's `notes` or `notes_zh` (the same facts in
 * Chinese; a unit test fails if a note has no Chinese version). A Chinese page never shows the
 * English note: without `notes_zh` it shows only the disagreements with the report, in Chinese.
 */
export function modelNotes(row: ModelComparison, lang: Lang): string {
  if (lang === "en") return row.notes ?? "";
  return row.notes_zh ?? conflictNotes(row.id, lang).join(" ");
}

/** What the report says of a model (the data's in_report, in column names and English), in the reader's words. */
const IN_REPORT_WORDS: Readonly<Record<string, Bilingual>> = {
  intelligence_index: {zh: "智力指数", en: "intelligence index"},
  output_tokens_per_s: {zh: "输出速度", en: "output speed"},
  "named in the attractive quadrant": {zh: "列为强吸引力象限内的模型", en: "named in the attractive quadrant"},
  "list price (Fig. 12)": {zh: "标价（图表 12）", en: "list price (Fig. 12)"},
  "list price (Fig. 12: o1 series)": {zh: "标价（图表 12：o1 系列）", en: "list price (Fig. 12: o1 series)"},
  "blended price ~0.2": {zh: "混合价格约 0.2 美元", en: "blended price about $0.2"},
  "named second fastest (no figure)": {zh: "列为第二快（未给数值）", en: "named second fastest (no figure)"}
};

export function inReportWords(inReport: string, lang: Lang): string {
  return inReport
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => IN_REPORT_WORDS[part]?.[lang] ?? part)
    .join(TEXT[lang].listSeparator);
}
