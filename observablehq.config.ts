// Observable Framework configuration. The site must build and run with no internet, so
// nothing here may point at a CDN (see docs/architecture.md, "Offline by construction").
import {builtChapters} from "./src/build/chapters.js";
import {loadDataset, loadShippedScenarios} from "./src/build/dataset.js";
import {exportScenarios} from "./src/lib/scenario.js";
import {presentParam} from "./src/lib/deck.js";
import {LANG_STORAGE_KEY, documentLang, initialLang} from "./src/lib/lang.js";
import {THEME_STORAGE_KEY, parseTheme} from "./src/site/theme.js";
import {fontStacksCss} from "./src/ui/fonts.js";

// The scripts that set the document's language and theme before the first paint, so an English
// reader never sees the Chinese text flash, nor a dark-theme reader a white page; and for a link
// made for presenting, that hide the reading page until present mode (loaded by the bootstrap)
// has built its stage. They run the very functions the site's modules use (their source,
// inlined), so the rules exist once.
const PRE_PAINT_SCRIPTS = `<script>(function(){var s=null;try{s=localStorage.getItem(${JSON.stringify(LANG_STORAGE_KEY)})}catch(e){}
try{document.documentElement.lang=(${documentLang})((${initialLang})(location.search,s,navigator.language))}catch(e){document.documentElement.lang="zh-CN"}})();</script>
<script>(function(){try{var t=(${parseTheme})(localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)}));if(t!=="auto")document.documentElement.setAttribute("data-theme",t)}catch(e){}})();</script>
<script>(function(){try{var p=new URLSearchParams(location.search).get("present");if(p!==null&&(${presentParam.parse})(p)===true)document.documentElement.classList.add("deck-present-loading")}catch(e){}})();</script>`;

// The theme switch (src/site/theme.ts): auto (the system's), light, dark; icons with a name in each language.
const THEME_ICONS = {
  auto: '<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/>',
  light:
    '<circle cx="8" cy="8" r="3" fill="currentColor"/><path d="M8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.4 1.4M11.6 11.6L13 13M3 13l1.4-1.4M11.6 4.4L13 3" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/>',
  dark: '<path d="M13.5 10.2A6 6 0 0 1 5.8 2.5a6 6 0 1 0 7.7 7.7z" fill="currentColor"/>'
};
const THEME_NAMES = {auto: ["跟随系统配色", "System theme"], light: ["浅色", "Light theme"], dark: ["深色", "Dark theme"]};
const THEME_BUTTONS = (["auto", "light", "dark"] as const)
  .map(
    (theme) =>
      `<button type="button" data-theme-choice="${theme}" aria-pressed="false" title="${THEME_NAMES[theme].join(" · ")}"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">${THEME_ICONS[theme]}</svg><span class="deck-sr-only" lang="zh-CN">${THEME_NAMES[theme][0]}</span><span class="deck-sr-only" lang="en">${THEME_NAMES[theme][1]}</span></button>`
  )
  .join("");

// The scenario switcher's slot (src/site/scenarios.ts), with the shipped scenarios (data/scenarios.csv,
// validated here, so a bad value stops the build) as JSON every page carries; "<" is escaped so no text ends the script.
const SCENARIO_SLOT = `<div class="deck-scenarios" data-deck-scenarios></div><script type="application/json" id="deck-shipped-scenarios">${exportScenarios(loadShippedScenarios()).replace(/</g, "\\u003c")}</script>`;

const DATA_AS_OF = (loadDataset().report_meta.find((row) => row.key === "as-of")?.en ?? "not stated").replace(/^As of /, "");
const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export default {
  title: "海外AI大模型 · AI Models Deck",
  root: "src",
  // DECK_OUTPUT_DIR lets tests build elsewhere without touching dist/.
  output: process.env.DECK_OUTPUT_DIR ?? "dist",
  // The report's chapters; a page is listed once its file exists (src/build/chapters.ts).
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
  // The data's as-of date, for the footer a print of the slides is stamped with (src/site/present.ts).
  // The font stacks after the stylesheet (which Framework links first), so they win over its defaults.
  head: `<link rel="icon" href="data:,">\n<meta name="deck-data-as-of" content="${escapeAttribute(DATA_AS_OF)}">\n<style>${fontStacksCss()}</style>\n${PRE_PAINT_SCRIPTS}`,
  header: `<div class="deck-header">
  <a class="deck-brand" href="./"><span lang="zh-CN"><span class="deck-brand-part">海外 AI 大模型 ·</span> <span class="deck-brand-part">华创证券</span></span><span lang="en"><span class="deck-brand-part">Overseas AI models ·</span> <span class="deck-brand-part">Huachuang Securities</span></span></a>
  <span class="deck-header-controls"></span>
  ${SCENARIO_SLOT}
  <button type="button" class="deck-present-toggle" data-deck-present aria-pressed="false" title="P"><span lang="zh-CN">演示</span><span lang="en">Present</span></button>
  <div class="deck-theme" role="group" aria-label="配色 / Theme">${THEME_BUTTONS}</div>
  <div class="deck-lang" role="group" aria-label="语言 / Language"><button type="button" data-lang="zh" lang="zh-CN">中文</button><button type="button" data-lang="en" lang="en">EN</button></div>
</div>`,
  footer: `<span lang="zh-CN">资料来源：华创证券《海外科技行业深度研究报告》；外部数据均已注明。</span><span lang="en">Source: Huachuang Securities, "Overseas technology industry in-depth report"; outside data is labelled as such.</span>`
};
