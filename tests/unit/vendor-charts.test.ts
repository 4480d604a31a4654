// @vitest-environment jsdom
// The vendor charts in a DOM: each draws exactly the report's points, in the reader's language,
// and leaves the report's gaps out (Fig. 12's "-" prices, undated windows).
import {describe, expect, test} from "vitest";
import {openTableView} from "../fixtures/table-view.js";
import {
  contextWindowChart,
  llamaGenerationsChart,
  priceHistoryChart,
  xaiMilestonesChart
} from "../../src/features/vendors/charts.js";
import {
  contextWindowFigure,
  openaiModelsTable,
  priceDeclineCallout,
  xaiFigure
} from "../../src/features/vendors/figures.js";
import {loadDataset} from "../../src/build/dataset.js";
import {contextWindowSeries, xaiMilestones} from "../../src/lib/vendors.js";

const data = loadDataset();

const texts = (element: Element, selector = "text") =>
  [...element.querySelectorAll(selector)].map((t) => t.textContent ?? "");

describe("OpenAI's price history", () => {
  test("a dot per priced input and output, none for the '-' rows, on a log axis", () => {
    const chart = priceHistoryChart(data.openai_models, {width: 900, lang: "en", document});
    expect(chart.querySelectorAll(".deck-price-dot circle")).toHaveLength(12);
    const names = texts(chart, ".deck-price-label text");
    expect(names).toEqual(["GPT-4", "GPT-4o", "GPT-4o mini", "o1 series (o1, o1-mini)", "o3-mini", "GPT-4.5"]);
    expect(names.some((n) => /GPT-3|Turbo/.test(n))).toBe(false);
    expect(texts(chart)).toEqual(expect.arrayContaining(["$0.10", "$1", "$100"]));
  });

  test("labels in Chinese", () => {
    const chart = priceHistoryChart(data.openai_models, {width: 900, lang: "zh", document});
    expect(chart.textContent).toContain("输入价格");
    expect(texts(chart, ".deck-price-label text")).toContain("o1 系列 (o1、o1-mini)");
  });

  test("the decline the thesis rests on, in words", () => {
    expect(priceDeclineCallout(data.openai_models, {lang: "zh"}).textContent).toContain(
      "GPT-4（2023 年 3 月）$30.00 → GPT-4o mini（2024 年 7 月）$0.15，降为 1/200"
    );
    expect(priceDeclineCallout(data.openai_models, {lang: "en"}).textContent).toContain("1/100 of the price");
  });

  test("Fig. 12's table keeps every row, the unpriced ones included", () => {
    const table = openaiModelsTable(data, {lang: "en"});
    expect(table.querySelector("figcaption")?.textContent).toBe("Fig. 12 OpenAI model series and prices");
    expect(table.querySelectorAll("tbody tr")).toHaveLength(11);
  });
});

describe("context windows", () => {
  const {points} = contextWindowSeries(data);

  test("a dot per stated window; Claude 3's 1M hollow and labelled as for special uses", () => {
    for (const lang of ["zh", "en"] as const) {
      const chart = contextWindowChart(points, {width: 900, lang, vendors: data.vendors, document});
      expect(chart.querySelectorAll(".deck-context-dot circle")).toHaveLength(points.length);
      expect(chart.querySelectorAll(".deck-context-special circle")).toHaveLength(1);
      expect(texts(chart, ".deck-context-special-label text").join(" ")).toContain(
        lang === "zh" ? "特定用途" : "special uses"
      );
    }
  });

  test("a step line per vendor; on a vendor's own page the others' lines are dimmed", () => {
    const vendorsWithWindows = new Set(points.filter((p) => !p.special).map((p) => p.vendor));
    const lines = (highlight?: string) =>
      [...contextWindowChart(points, {width: 900, lang: "en", vendors: data.vendors, highlight, document}).querySelectorAll(".deck-context-line path")];
    expect(lines()).toHaveLength(vendorsWithWindows.size);
    expect(lines().map((path) => path.getAttribute("stroke-opacity"))).toEqual(lines().map(() => "0.7"));
    const dimmed = lines("anthropic").map((path) => Number(path.getAttribute("stroke-opacity")));
    expect(dimmed.filter((opacity) => opacity === 0.7)).toHaveLength(1);
    expect(dimmed.filter((opacity) => Math.abs(opacity - 0.21) < 1e-9)).toHaveLength(vendorsWithWindows.size - 1);
  });

  test("vendors named at their last window, the legend in the reader's language", () => {
    const chart = contextWindowChart(points, {width: 900, lang: "zh", vendors: data.vendors, document});
    const all = texts(chart);
    expect(all).toEqual(expect.arrayContaining(["LLaMA 128K", "Anthropic 200K", "Gemini 1M", "xAI 128K"]));
    expect(chart.textContent).toContain("谷歌（Gemini）");
  });

  test("the figure's table lists every window with its source, the outside date flagged", () => {
    const figure = contextWindowFigure(data, {width: 900, lang: "en", document});
    expect(openTableView(figure).querySelectorAll("tbody tr")).toHaveLength(points.length);
    expect(figure.querySelector(".deck-note")?.textContent).toContain("LLaMA 3.2 is outside data");
  });
});

describe("LLaMA generations", () => {
  test("a dot per parameter size and a bar per generation's training data", () => {
    const chart = llamaGenerationsChart(data.llama_generations, {width: 900, lang: "en", document});
    expect(chart.querySelectorAll(".deck-llama-size circle")).toHaveLength(14);
    expect(chart.querySelectorAll(".deck-llama-tokens rect")).toHaveLength(4);
    expect(texts(chart)).toEqual(expect.arrayContaining(["405B", "≈15.0T", "≈1.0T"]));
    expect(chart.classList.contains("deck-chart-pair-row")).toBe(true);
    const narrow = llamaGenerationsChart(data.llama_generations, {width: 400, lang: "zh", document});
    expect(narrow.classList.contains("deck-chart-pair-row")).toBe(false);
    expect(texts(narrow)).toContain("约 15.0T");
  });
});

describe("xAI's parameters, compute and funding", () => {
  const {points} = xaiMilestones(data.facts, data.events);

  test("three bands on one time axis, a point per figure, labelled in the report's units", () => {
    const zh = xaiMilestonesChart(points, {width: 900, lang: "zh", document});
    expect(zh.querySelectorAll("svg")).toHaveLength(3);
    expect(zh.querySelectorAll(".deck-xai-point circle")).toHaveLength(6);
    expect(zh.textContent).toContain("Grok-1：3140 亿参数");
    expect(zh.textContent).toContain("Colossus：计划 15 万块 GPU");
    expect(zh.textContent).toContain("Grok-3：20 万块 GPU");
    expect(zh.textContent).toContain("B 轮：估值 240 亿美元");
    const en = xaiMilestonesChart(points, {width: 900, lang: "en", document});
    expect(en.textContent).toContain("Series B: $6B raised");
  });

  test("the figure names its sources, §4 for Grok-3's GPUs included", () => {
    const figure = xaiFigure(data, {width: 900, lang: "en", document});
    expect(figure.querySelector(".deck-source")?.textContent).toBe("Source: Report §3.5, §4; report Fig. 19");
  });
});
