// The site's pages in the report's order (its 目录). The sidebar and the cover's navigation
// both come from here; a page is listed once its file exists, never as an empty placeholder.
import {existsSync} from "node:fs";
import {fileURLToPath} from "node:url";

export type PageEntry = {path: string; zh: string; en: string};
export type Chapter = {zh: string; en: string; pages: PageEntry[]};

export const CHAPTERS: Chapter[] = [
  {zh: "一、大模型与 AGI", en: "1. Large models & AGI", pages: [{path: "/agi", zh: "大模型与 AGI", en: "Large models & AGI"}]},
  {zh: "二、产业趋势", en: "2. Industry trends", pages: [{path: "/trends", zh: "产业趋势", en: "Industry trends"}]},
  {
    zh: "三、海外厂商盘点",
    en: "3. The overseas vendors",
    pages: [
      {path: "/vendors", zh: "总结对比", en: "Comparison summary"},
      {path: "/quadrant", zh: "智力与价格", en: "Intelligence vs price"},
      {path: "/timeline", zh: "发展时间线", en: "Timeline"},
      {path: "/openai", zh: "OpenAI", en: "OpenAI"},
      {path: "/llama", zh: "LLaMA", en: "LLaMA"},
      {path: "/anthropic", zh: "Anthropic", en: "Anthropic"},
      {path: "/xai", zh: "xAI", en: "xAI"},
      {path: "/gemini", zh: "Gemini", en: "Gemini"}
    ]
  },
  {
    zh: "四、投资建议",
    en: "4. Investment view",
    pages: [
      {path: "/investment", zh: "投资建议", en: "Investment view"},
      {path: "/watchlist", zh: "标的观察", en: "Watchlist"}
    ]
  },
  {zh: "五、风险提示", en: "5. Risks", pages: [{path: "/risks", zh: "风险提示与声明", en: "Risks & disclosures"}]}
];

const SRC = fileURLToPath(new URL("../", import.meta.url));

/** The chapters with only the pages whose file exists in src/ (Node only). */
export function builtChapters(): Chapter[] {
  return CHAPTERS.map((chapter) => ({...chapter, pages: chapter.pages.filter((page) => existsSync(`${SRC}${page.path.slice(1)}.md`))})).filter(
    (chapter) => chapter.pages.length > 0
  );
}

/** The report deck's pages in order, as the sidebar and the pager run: the cover, then every built chapter page (Node only). */
export function reportPages(): string[] {
  return ["/", ...builtChapters().flatMap((chapter) => chapter.pages.map((page) => page.path))];
}
