// @vitest-environment jsdom
// The chapters' helpers: the report's words by key, facts filled in, the 22 figures and their
// pages, the rating bands, the sectors; the theme rule; the table of contents in one language;
// and every heading of the chapter pages is a row of report_meta.csv (so none is retyped wrongly).
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {ratingBands, ratingDefinition, ratingWord, sectorSummary, uncoveredRanges} from "../../src/lib/investment.js";
import {
  figureEntries,
  figurePage,
  figureTitle,
  metaRow,
  reportList,
  reportText,
  splitLeadIn
} from "../../src/lib/narrative.js";
import {applyTheme, parseTheme} from "../../src/site/theme.js";
import {loadDataset} from "../../src/build/dataset.js";
import {localizeNavigation, localizeToc} from "../../src/site/toc.js";
import {textWidth, wrapText} from "../../src/ui/text.js";
import {fillFacts} from "../../src/features/narrative/prose.js";
import {formatCount} from "../../src/ui/format.js";

const data = loadDataset();
const meta = data.report_meta;

describe("the report's words by key", () => {
  test("a key in each language; a missing key names the file and the key", () => {
    expect(reportText(meta, "rating", "zh")).toBe("推荐（维持）");
    expect(reportText(meta, "rating", "en")).toBe("Recommend (maintained)");
    expect(() => metaRow(meta, "no.such-key")).toThrow('data/report_meta.csv has no row with key "no.such-key"');
  });

  test("list cells split on ';' with the same number of items in both languages", () => {
    const lists = meta.filter((r) => /\.(items|detail|steps|elements|wheels|traits)$/.test(r.key));
    expect(lists.length).toBeGreaterThan(0);
    for (const row of lists) {
      expect(reportList(meta, row.key, "zh").length, row.key).toBe(reportList(meta, row.key, "en").length);
    }
    expect(reportList(meta, "diagram.architecture.base.items", "zh")).toEqual(["硬件基础设施", "数据", "算力", "算法模型"]);
  });

  test("{fact-id} takes the value from facts.csv; an unknown fact is an error", () => {
    expect(fillFacts("约 {wisdom-flywheel-cost-pct}%", data.facts, "zh")).toBe("约 1%");
    expect(fillFacts("{grok-3-training-gpus} GPUs", data.facts, "en")).toBe("200,000 GPUs");
    expect(() => fillFacts("{nope}", data.facts, "en")).toThrow(/facts.csv has no fact with id "nope"/);
  });

  test("the report's bold lead-ins are split off, other paragraphs left whole", () => {
    expect(splitLeadIn("数据飞轮: 现有 AI 体系主要通过前端获取大量数据")).toEqual({lead: "数据飞轮:", rest: "现有 AI 体系主要通过前端获取大量数据"});
    expect(splitLeadIn("如何理解大模型？ AI 大模型是……")).toEqual({lead: "如何理解大模型？", rest: "AI 大模型是……"});
    expect(splitLeadIn("海外 AI 巨头如 OpenAI、Meta 等在模型进化中普遍依赖“算力堆叠”策略，即通过扩大模型参数量").lead).toBeNull();
    expect(splitLeadIn("本报告。其后：内容").lead).toBeNull();
  });

  test("counts as each language says them", () => {
    expect(formatCount(200000, "zh")).toBe("20 万");
    expect(formatCount(150000, "zh")).toBe("15 万");
    expect(formatCount(200000, "en")).toBe("200,000");
    expect(formatCount(12, "zh")).toBe("12");
  });
});

describe("the report's 22 figures", () => {
  const figures = figureEntries(meta);

  test("all 22, in order, each with a caption and a source in both languages", () => {
    expect(figures.map((f) => f.number)).toEqual(Array.from({length: 22}, (_, i) => i + 1));
    for (const f of figures) for (const value of [f.caption_zh, f.caption_en, f.source_zh, f.source_en]) expect(value.length).toBeGreaterThan(1);
    expect(figures[5]).toMatchObject({number: 6, source_zh: "Menlo Ventures", page: "/trends"});
  });

  test("each figure has its place in a chapter, in the report's order", () => {
    expect([1, 3, 4, 9, 10, 11, 12, 16, 17, 19, 22].map(figurePage)).toEqual(["/agi", "/agi", "/trends", "/trends", "/vendors", "/quadrant", "/openai", "/llama", "/anthropic", "/xai", "/gemini"]);
    expect(() => figurePage(23)).toThrow();
    expect(figureTitle(meta, 9, "zh")).toBe("图表 9 MaaS 产业一体化架构");
    expect(figureTitle(meta, 9, "en")).toBe("Fig. 9 The integrated MaaS industry architecture");
  });
});

describe("the rating system", () => {
  const rows = data.rating_definitions;

  test("the report's rating is the industry 推荐: outperform the benchmark by more than 5% in 3-6 months", () => {
    const rating = ratingDefinition(rows, "industry", ratingWord(reportText(meta, "rating", "zh")));
    expect(rating).toMatchObject({rating_zh: "推荐", horizon_months: "3-6", min_excess_pct: 5, max_excess_pct: null});
  });

  test("bands clip open ends to the scale and remember they are open", () => {
    const bands = ratingBands(rows, [-30, 30]);
    expect(bands.find((b) => b.scope === "industry" && b.rating_zh === "推荐")).toMatchObject({x1: 5, x2: 30, openHigh: true, openLow: false});
    expect(bands.find((b) => b.scope === "industry" && b.rating_zh === "回避")).toMatchObject({x1: -30, x2: -5, openLow: true});
    expect(bands.find((b) => b.scope === "company" && b.rating_zh === "推荐")).toMatchObject({x1: 10, x2: 20, openLow: false, openHigh: false});
  });

  test("a range no rating covers is found: the company scale says nothing below -20%", () => {
    expect(uncoveredRanges(rows, "company", [-30, 30])).toEqual([[-30, -20]]);
    expect(uncoveredRanges(rows, "industry", [-30, 30])).toEqual([]);
  });

  test("the twelve sectors in order with their tickers as reported", () => {
    const sectors = sectorSummary(data.watchlist);
    expect(sectors).toHaveLength(12);
    expect(sectors[0]).toMatchObject({order: 1, sector_zh: "办公", tickers: ["MSFT"]});
    expect(sectors[11]).toMatchObject({order: 12, sector_zh: "广告", tickers: ["APP", "U", "ZETA"]});
  });
});

describe("text layout", () => {
  test("lines fit the width; Chinese breaks between characters but never before closing punctuation", () => {
    const lines = wrapText("数据快速迭代与优化，输出更高质量的内容", 14 * 6, 14);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(14 * 6 + 14);
    expect(lines.some((line) => /^[，。、]/.test(line))).toBe(false);
    expect(lines.join("")).toBe("数据快速迭代与优化，输出更高质量的内容");
  });

  test("no lone Chinese character on a last line", () => {
    const lines = wrapText("人与模型的互动", 14 * 6, 14);
    expect(lines).toEqual(["人与模型的", "互动"]);
  });

  test("English breaks at spaces and after hyphens, never inside a word", () => {
    const lines = wrapText("Feed back to the front end for higher-quality data", 60, 13);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.reduce((text, line) => (text.endsWith("-") ? text + line : `${text} ${line}`))).toBe("Feed back to the front end for higher-quality data");
    expect(lines).toContain("higher-");
  });
});

describe("the theme switch", () => {
  test("only light and dark are remembered; anything else is auto", () => {
    expect(["light", "dark", "auto", null, "<script>", "DARK"].map((v) => parseTheme(v))).toEqual(["light", "dark", "auto", "auto", "auto", "auto"]);
  });

  test("applying a theme sets <html data-theme> (none for auto) and which button is pressed", () => {
    document.body.innerHTML = `<div class="deck-theme"><button data-theme-choice="auto"></button><button data-theme-choice="light"></button><button data-theme-choice="dark"></button></div>`;
    applyTheme("dark");
    expect(document.documentElement.getAttribute("data-theme")).toBe("dark");
    expect([...document.querySelectorAll("button")].map((b) => b.getAttribute("aria-pressed"))).toEqual(["false", "false", "true"]);
    applyTheme("auto");
    expect(document.documentElement.hasAttribute("data-theme")).toBe(false);
    expect(document.querySelector("[data-theme-choice=auto]")!.getAttribute("aria-pressed")).toBe("true");
  });
});

describe("the table of contents in one language", () => {
  test("an entry built from a bilingual heading gets the heading's language spans back, as text", () => {
    document.body.innerHTML = `<aside id="observablehq-toc"><nav><div>本页目录 · Contents</div><ol>
<li class="observablehq-secondary-link"><a href="#a">甲<b>x</b>Alpha</a></li>
<li class="observablehq-secondary-link"><a href="#plain">Plain</a></li></ol></nav></aside>
<main><h2 id="a"><a href="#a"><span lang="zh-CN">甲<img src=x onerror="window.bad=1"></span><span lang="en">Alpha</span></a></h2><h2 id="plain">Plain</h2></main>`;
    expect(localizeToc(document)).toBe(1);
    const link = document.querySelector<HTMLAnchorElement>("#observablehq-toc a[href='#a']")!;
    expect([...link.children].map((c) => [c.getAttribute("lang"), c.textContent])).toEqual([
      ["zh-CN", "甲"],
      ["en", "Alpha"]
    ]);
    expect(link.querySelector("img")).toBeNull();
    expect(document.querySelector("#observablehq-toc a[href='#plain']")!.textContent).toBe("Plain");
    expect([...document.querySelectorAll("#observablehq-toc nav > div > span")].map((s) => s.getAttribute("lang"))).toEqual(["zh-CN", "en"]);
  });
});

describe("the chapter pages' headings are the report's", () => {
  test.each(["agi", "trends", "investment", "risks"])("src/%s.md: every h1/h2 is a row of report_meta.csv, in both languages", (page) => {
    const source = readFileSync(join(process.cwd(), "src", `${page}.md`), "utf8");
    const headings = [...source.matchAll(/^#{1,2} <span lang="zh-CN">(.+?)<\/span><span lang="en">(.+?)<\/span>\s*$/gm)];
    const all = [...source.matchAll(/^#{1,2} .+$/gm)];
    expect(headings.length).toBeGreaterThan(1);
    expect(headings.length, "every heading uses the bilingual pattern").toBe(all.length);
    for (const [, zh, en] of headings) {
      const row = meta.find((r) => r.zh.replace(/\s+/g, " ") === zh && r.en === en);
      expect(row, `${zh} / ${en}`).toBeDefined();
    }
  });
});

describe("the sidebar and pager in one language", () => {
  test("a bilingual label becomes two language spans; one-language labels and markup are left alone", () => {
    document.body.innerHTML = `<nav id="observablehq-sidebar"><ol><li><a href="./">海外AI大模型 · AI Models Deck</a></li>
<section><summary><span>二、产业趋势 · Industry trends</span></summary><ol><li><a href="./trends.html">产业趋势 · Industry trends</a></li>
<li><a href="./openai.html">OpenAI</a></li></ol></section></ol></nav>
<footer id="observablehq-footer"><nav><a rel="next" href="./agi.html"><span>大模型与 AGI · Large models &amp; AGI</span></a></nav></footer>`;
    expect(localizeNavigation(document)).toBe(4);
    const trends = document.querySelector("a[href='./trends.html']")!;
    expect([...trends.children].map((c) => [c.getAttribute("lang"), c.textContent])).toEqual([
      ["zh-CN", "产业趋势"],
      ["en", "Industry trends"]
    ]);
    expect(document.querySelector("a[href='./openai.html']")!.innerHTML).toBe("OpenAI");
    expect(document.querySelector("#observablehq-footer [lang=en]")!.textContent).toBe("Large models & AGI");
    expect(localizeNavigation(document)).toBe(0); // idempotent
  });
});
