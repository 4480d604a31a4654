// Observable Framework configuration. The site must build and run with no internet, so
// nothing here may point at a CDN (see DESIGN.md, "Offline by construction").
import {builtChapters} from "./src/lib/chapters.js";

export default {
  title: "海外AI大模型 · AI Models Deck",
  root: "src",
  // DECK_OUTPUT_DIR lets tests build elsewhere without touching dist/.
  output: process.env.DECK_OUTPUT_DIR ?? "dist",
  // The report's chapters; a page is listed once its file exists (src/lib/chapters.ts).
  pages: builtChapters().map((chapter) => ({
    name: `${chapter.zh} · ${chapter.en.replace(/^\d+\. /, "")}`,
    open: true,
    pages: chapter.pages.map((page) => ({name: page.zh === page.en ? page.zh : `${page.zh} · ${page.en}`, path: page.path}))
  })),
  // Drops the default Google Fonts stylesheet: fonts come from the system (style.css).
  globalStylesheets: [],
  style: "style.css",
  search: false,
  toc: {show: true, label: "本页目录 · Contents"},
  pager: true,
  // Plain .html files and links, so any static host (or a sub-folder) serves the site.
  preserveExtension: true,
  // The inline script sets the document's language before the first paint, so an English
  // reader never sees the Chinese text flash; src/lib/state.ts owns the rule it mirrors.
  head: `<link rel="icon" href="data:,">
<script>(function(){try{var q=new URLSearchParams(location.search).get("lang"),s=localStorage.getItem("deck.lang"),n=(navigator.language||"").toLowerCase(),l=q==="zh"||q==="en"?q:s==="zh"||s==="en"?s:n.startsWith("zh")?"zh":n?"en":"zh";document.documentElement.lang=l==="zh"?"zh-CN":"en";}catch(e){document.documentElement.lang="zh-CN";}})();</script>`,
  header: `<div class="deck-header">
  <a class="deck-brand" href="./"><span lang="zh-CN">海外 AI 大模型 · 华创证券</span><span lang="en">Overseas AI models · Huachuang Securities</span></a>
  <span class="deck-header-controls"></span>
  <button type="button" class="deck-present-toggle" data-deck-present aria-pressed="false" title="P"><span lang="zh-CN">演示</span><span lang="en">Present</span></button>
  <div class="deck-lang" role="group" aria-label="语言 / Language"><button type="button" data-lang="zh" lang="zh-CN">中文</button><button type="button" data-lang="en" lang="en">EN</button></div>
</div>`,
  footer: `<span lang="zh-CN">资料来源：华创证券《海外科技行业深度研究报告》；外部数据均已注明。</span><span lang="en">Source: Huachuang Securities, "Overseas technology industry in-depth report"; outside data is labelled as such.</span>`
};
