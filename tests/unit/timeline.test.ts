// @vitest-environment jsdom
// The timeline component in a DOM: one dot per event shown, in either layout and language,
// lanes and labels in the reader's language, hover text with date precision and source,
// and the figure's table and CSV holding exactly the events shown.
import {describe, expect, test} from "vitest";
import {toCsv} from "../../src/ui/figure.js";
import {TIP_FONT_SIZE, eventColumns, eventTipText, timelineChart, timelineFigure} from "../../src/features/vendors/timeline.js";
import {csvParse} from "d3-dsv";
import {loadDataset} from "../../src/build/dataset.js";
import type {Lang} from "../../src/site/state.js";
import {vendorColor} from "../../src/ui/palette.js";
import {textWidthEm} from "../../src/ui/text.js";
import {eventsForVendor, filterEvents} from "../../src/lib/vendors.js";

const data = loadDataset();
const LANGS: Lang[] = ["zh", "en"];

function dots(element: Element) {
  return [...element.querySelectorAll(".deck-timeline-dot circle")];
}

describe.each(LANGS)("the cross-vendor timeline in %s", (lang) => {
  test("one dot per event, every event of the data", () => {
    const chart = timelineChart(data.events, {width: 1000, lang, vendors: data.vendors, document});
    expect(dots(chart)).toHaveLength(data.events.length);
  });

  test("a filter shows one dot per event it keeps, in lanes for the chosen vendors only", () => {
    const shown = filterEvents(data.events, {vendors: ["xai", "google"], kinds: ["model", "funding"]});
    const chart = timelineChart(shown, {width: 1000, lang, vendors: data.vendors, lanes: ["xai", "google"], document});
    expect(dots(chart)).toHaveLength(shown.length);
    const laneNames = [...chart.querySelectorAll("[aria-label='y-axis tick label'] text")].map((t) => t.textContent);
    expect(laneNames).toEqual(lang === "zh" ? ["xAI", "谷歌（Gemini）"] : ["xAI", "Google (Gemini)"]);
    const labels = dots(chart).map((c) => c.getAttribute("aria-label") ?? "");
    expect(labels.some((l) => l.includes(lang === "zh" ? "发布 Grok-3" : "Released Grok-3"))).toBe(true);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((l) => !l.includes("OpenAI ·") && !l.includes("Anthropic ·"))).toBe(true);
  });

  test("lane names wear their vendor's colour, dots their kind's: the two share no colour", () => {
    const chart = timelineChart(data.events, {width: 1000, lang, vendors: data.vendors, document});
    const lanes = [...chart.querySelectorAll("[aria-label='y-axis tick label'] text")];
    expect(lanes.length).toBeGreaterThan(0);
    const openai = lanes.find((t) => t.textContent === "OpenAI");
    expect(openai?.getAttribute("fill")).toBe(vendorColor("openai"));
    const laneColours = new Set(lanes.map((t) => t.getAttribute("fill")));
    const dotColours = dots(chart).map((c) => c.getAttribute("fill") ?? c.getAttribute("stroke"));
    expect(dotColours.length).toBeGreaterThan(0);
    expect(dotColours.filter((c) => laneColours.has(c))).toEqual([]);
  });

  test("the legend names the kinds in the reader's language", () => {
    const chart = timelineChart(data.events, {width: 1000, lang, vendors: data.vendors, document});
    const legend = chart.querySelector("[class*='swatches']")?.textContent ?? "";
    expect(legend).toContain(lang === "zh" ? "模型发布" : "Model release");
    expect(legend).toContain(lang === "zh" ? "融资" : "Funding");
  });

  test("a vendor's slice in rows: one dot and one title per event, in the reader's language", () => {
    const events = eventsForVendor(data.events, "xai");
    const chart = timelineChart(events, {width: 900, lang, vendors: data.vendors, layout: "rows", document});
    expect(dots(chart)).toHaveLength(events.length);
    const titles = [...chart.querySelectorAll(".deck-timeline-label text")].map((t) => t.textContent ?? "");
    expect(titles).toHaveLength(events.length);
    expect(titles[0]).toBe(
      lang === "zh"
        ? "xAI 成立，目标是打造高质量的大语言模型。"
        : "xAI founded, aiming to build high-quality large language models."
    );
  });

  test("on a phone the years on the time axis stand apart (once 2015, 2020 and 2025 ran together)", () => {
    const events = eventsForVendor(data.events, "openai");
    for (const width of [360, 390, 600, 900]) {
      const chart = timelineChart(events, {width, lang, vendors: data.vendors, layout: "rows", document});
      // Plot draws the x axis at the top and the bottom: one of them is enough to compare positions.
      const axis = chart.querySelector('[aria-label="x-axis tick label"]');
      const xs = [...(axis?.querySelectorAll("text") ?? [])].map((text) => {
        const transform = text.getAttribute("transform") ?? text.parentElement?.getAttribute("transform") ?? "";
        return Number(/translate\(([-\d.]+)/.exec(transform)?.[1] ?? text.getAttribute("x") ?? NaN);
      });
      expect(xs.length, `${width}`).toBeGreaterThan(0);
      for (let i = 1; i < xs.length; ++i) expect(xs[i] - xs[i - 1], `${width}`).toBeGreaterThanOrEqual(40);
    }
  });

  test("narrow screens get the rows layout", () => {
    const chart = timelineChart(data.events, {width: 360, lang, vendors: data.vendors, document});
    expect(chart.querySelectorAll(".deck-timeline-label text")).toHaveLength(data.events.length);
  });
});

describe("details on hover", () => {
  const founded = data.events.find((e) => e.id === "openai-founded")!;

  test("title, date as precise as its source, detail, vendor and kind, source", () => {
    const zh = eventTipText(founded, {lang: "zh", vendors: data.vendors});
    expect(zh).toContain("2015 年（精确到年）");
    expect(zh).toContain("OpenAI · 成立");
    expect(zh).toContain("来源：报告 §3.2 (OpenAI)");
    const en = eventTipText(
      data.events.find((e) => e.id === "llama-3-2-release")!,
      {lang: "en", vendors: data.vendors}
    );
    expect(en).toContain("25 Sep 2024 (to the day)");
    expect(en).toMatch(/Source: Outside data: Meta AI blog/);
  });

  test("the card is legible (body size) and on a narrow chart its lines are shorter, so it fits", () => {
    expect(TIP_FONT_SIZE).toBeGreaterThanOrEqual(14);
    const event = data.events.find((e) => e.id === "claude-3-release")!;
    const narrow = eventTipText(event, {lang: "zh", vendors: data.vendors, ems: 16});
    expect(narrow.split("\n").every((line) => textWidthEm(line) <= 16)).toBe(true);
  });

  test("lines stay short enough for a tip, in Chinese too", () => {
    const tip = eventTipText(
      data.events.find((e) => e.id === "claude-3-release")!,
      {lang: "zh", vendors: data.vendors}
    );
    expect(tip.split("\n").every((line) => textWidthEm(line) <= 30)).toBe(true);
    expect(tip.split("\n").length).toBeGreaterThan(4);
  });

  test("a date known only to the year is a hollow dot with a bar over the year", () => {
    const chart = timelineChart([founded], {width: 1000, lang: "en", vendors: data.vendors, document});
    expect(dots(chart)).toHaveLength(1);
    expect(chart.querySelector(".deck-timeline-dot")?.getAttribute("fill")).toMatch(/theme-background/);
    expect(chart.querySelectorAll("line").length).toBeGreaterThan(0);
  });
});

describe("the timeline figure", () => {
  test("its table and CSV hold the events shown, each with its own source", () => {
    const shown = filterEvents(data.events, {vendors: ["anthropic"], kinds: ["model"]});
    const figure = timelineFigure(shown, {
      width: 1000,
      lang: "en",
      vendors: data.vendors,
      title: "Anthropic's models",
      source: "report §3.4",
      fileName: "test",
      document
    });
    expect(figure.getAttribute("aria-label")).toBe("Anthropic's models");
    expect(dots(figure)).toHaveLength(shown.length);
    const rows = csvParse(toCsv(shown, eventColumns("en", data.vendors), "report §3.4"));
    expect(rows.columns).toEqual(["date", "precision", "vendor", "kind", "title", "detail", "source"]);
    expect(rows.map((r) => r.title)).toEqual(shown.map((e) => e.title_en));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.source.startsWith("report"))).toBe(true);
  });

  test("an empty filter says so instead of drawing an empty chart", () => {
    const figure = timelineFigure([], {
      width: 1000,
      lang: "zh",
      vendors: data.vendors,
      title: "x",
      source: "report",
      fileName: "x",
      document
    });
    expect(figure.textContent).toContain("没有符合所选条件的事件");
    expect(dots(figure)).toHaveLength(0);
  });
});
