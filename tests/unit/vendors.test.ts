// The vendor landscape's helpers against the shipped data: the report's numbers must come out
// of them unchanged (Fig. 12's prices, Fig. 15/17's windows, Fig. 19's xAI figures), and the
// derived ones (the price decline, stacking, sources) must be right.
import {describe, expect, test} from "vitest";
import {loadDataset} from "../../src/build/dataset.js";
import {readParam, writeParam} from "../../src/site/state.js";
import {clipText, textWidthEm, wrapText} from "../../src/ui/text.js";
import {kindsParam, vendorsParam} from "../../src/lib/timeline-params.js";
import {commaList} from "../../src/lib/params.js";
import {
  COMPARED_VENDORS,
  cheapestOverTime,
  contextWindowRange,
  contextWindowSeries,
  datePeriod,
  datePrecision,
  eventsForVendor,
  eventsSource,
  filterEvents,
  kindsPresent,
  llamaSizes,
  modelDisplayName,
  priceDecline,
  priceHistory,
  shortTokens,
  sortEvents,
  sourceSummary,
  stackSlots,
  vendorTakeaway,
  xaiMilestones,
  yearSpan,
  type EventKind
} from "../../src/lib/vendors.js";
import {figureSource, figureTitle} from "../../src/lib/narrative.js";
import {formatEventDate, xaiMilestoneLabel} from "../../src/features/vendors/labels.js";
import {formatLargeNumber} from "../../src/ui/format.js";

const data = loadDataset();

describe("the compared vendors", () => {
  test("the compared vendors are vendors.csv's, in the report's order", () => {
    const compared = data.vendors.filter((v) => v.compared).sort((a, b) => a.order - b.order);
    expect(compared.map((v) => v.id)).toEqual([...COMPARED_VENDORS]);
  });

  test("every event belongs to a compared vendor, so the timeline's vendor filter can show it", () => {
    expect(data.events.length).toBeGreaterThan(0);
    expect(data.events.every((e) => (COMPARED_VENDORS as readonly string[]).includes(e.vendor))).toBe(true);
  });

  test("each vendor's item of the report's key takeaway, in both languages", () => {
    const byId = (id: string) =>
      vendorTakeaway(
        data.takeaways,
        data.vendors.find((v) => v.id === id)!
      );
    expect(byId("openai")?.zh).toMatch(/^使命是确保通用人工智能/);
    expect(byId("meta")?.zh).toContain("一模多能");
    expect(byId("anthropic")?.en).toMatch(/^Committed to making Claude/);
    expect(byId("xai")?.zh).toMatch(/^Grok系列模型/);
    expect(byId("google")?.zh).toContain("代理时代");
    expect(byId("deepseek")).toBeUndefined();
  });
});

describe("dates as precise as their source", () => {
  test("precision and the period a partial date names", () => {
    expect(["2015", "2023-03", "2024-09-25"].map(datePrecision)).toEqual(["year", "month", "day"]);
    expect(datePeriod("2015")).toEqual({start: new Date("2015-01-01T00:00Z"), end: new Date("2016-01-01T00:00Z")});
    expect(datePeriod("2024-12")).toEqual({start: new Date("2024-12-01T00:00Z"), end: new Date("2025-01-01T00:00Z")});
    expect(datePeriod("2024-02-29").end).toEqual(new Date("2024-03-01T00:00Z"));
  });

  test("a date is labelled with its precision in both languages", () => {
    expect(formatEventDate("2015", "zh")).toBe("2015 年（精确到年）");
    expect(formatEventDate("2018-06", "en")).toBe("Jun 2018 (to the month)");
    expect(formatEventDate("2024-09-25", "en")).toBe("25 Sep 2024 (to the day)");
  });

  test("events sort by the start of their period, same dates keeping the data's order", () => {
    const sorted = sortEvents(data.events);
    expect(sorted[0].id).toBe("openai-founded");
    const december = sorted.filter((e) => e.date === "2024-12").map((e) => e.id);
    expect(december).toEqual(["openai-12-days", "sora-release", "chatgpt-search-all-users"]);
    expect(yearSpan(data.events)).toBe("2015–2025");
  });
});

describe("filtering events", () => {
  test("a vendor's slice is its events only, in date order", () => {
    const xai = eventsForVendor(data.events, "xai");
    expect(xai).toHaveLength(9);
    expect(xai.every((e) => e.vendor === "xai")).toBe(true);
    expect(xai.map((e) => e.date)).toEqual([...xai.map((e) => e.date)].sort());
  });

  test("vendors and kinds combine", () => {
    const shown = filterEvents(data.events, {vendors: ["xai", "google"], kinds: ["model", "funding"]});
    expect(shown.map((e) => e.id)).toEqual([
      "grok-1-release",
      "gemini-1-0-release",
      "gemini-1-5-release",
      "grok-1-5-release",
      "xai-series-b",
      "gemini-pro-1-5-release",
      "grok-2-release",
      "grok-3-release"
    ]);
    expect(filterEvents(data.events, {vendors: [], kinds: ["model"]})).toEqual([]);
  });

  test("the kinds present are those the data has, in the schema's order", () => {
    expect(kindsPresent(data.events)).toEqual([
      "founding",
      "model",
      "open-source",
      "product",
      "funding",
      "compute",
      "benchmark",
      "plan"
    ]);
  });
});

describe("stacking dots that would overlap", () => {
  test("close dots take slots 0, 1, -1; a dot far enough away goes back to 0", () => {
    const points = [0, 5, 8, 100].map((x) => ({start: x, end: x}));
    expect(stackSlots(points, 13)).toEqual([0, 1, -1, 0]);
  });

  test("a year-long interval keeps its slot busy until its end", () => {
    expect(
      stackSlots(
        [
          {start: 0, end: 100},
          {start: 50, end: 50},
          {start: 120, end: 120}
        ],
        13
      )
    ).toEqual([0, 1, 0]);
  });
});

describe("sources", () => {
  test("a figure's source line names the report's sections and figures, and counts outside rows", () => {
    expect(eventsSource(eventsForVendor(data.events, "xai"))).toBe("report §3.5; report Fig. 19");
    expect(eventsSource(eventsForVendor(data.events, "meta"))).toBe(
      "report §3.3; report Fig. 15; outside: 1 row (see the row's source)"
    );
    expect(sourceSummary(["report Fig. 17", "report §3.4 (Anthropic); report Fig. 17"])).toBe(
      "report §3.4; report Fig. 17"
    );
  });

  test("sections are listed in the report's order, number by number", () => {
    expect(sourceSummary(["report §3.10", "report §3.2.1; report §4", "report §3.2", "report §3"])).toBe(
      "report §3, §3.2, §3.2.1, §3.10, §4"
    );
  });

  test("figure titles and sources come from report_meta", () => {
    expect(figureTitle(data.report_meta, 12, "zh")).toBe("图表 12 Open AI 模型系列与价格");
    expect(figureTitle(data.report_meta, 19, "en")).toBe("Fig. 19 xAI development timeline");
    expect(figureSource(data.report_meta, 15, "zh")).toBe("report Fig. 15 — CSDN, 华创证券整理");
  });
});

describe("quantities as the report writes them", () => {
  test("token counts", () => {
    expect([2048, 4096, 8192, 9000, 128000, 200000, 1000000].map(shortTokens)).toEqual([
      "2K",
      "4K",
      "8K",
      "9K",
      "128K",
      "200K",
      "1M"
    ]);
  });

  test("large numbers in 万 / 亿 and K / B, without thousands separators in Chinese", () => {
    expect(formatLargeNumber(314e9, "zh")).toBe("3140 亿");
    expect(formatLargeNumber(314e9, "en")).toBe("314B");
    expect(formatLargeNumber(150000, "zh")).toBe("15 万");
    expect(formatLargeNumber(150000, "en")).toBe("150K");
  });

  test("Fig. 12's Chinese model name reads in English", () => {
    expect(modelDisplayName("o1 系列 (o1、o1-mini)", "en")).toBe("o1 series (o1, o1-mini)");
    expect(modelDisplayName("o1 系列 (o1、o1-mini)", "zh")).toBe("o1 系列 (o1、o1-mini)");
  });
});

describe("OpenAI's price history (Fig. 12)", () => {
  const {points, unpriced} = priceHistory(data.openai_models);

  test("priced rows become input and output points; '-' rows are listed as gaps, not plotted", () => {
    expect(points).toHaveLength(12);
    expect(points.filter((p) => p.model === "GPT-4.5").map((p) => [p.side, p.usdPerMtok])).toEqual([
      ["input", 75],
      ["output", 150]
    ]);
    expect(unpriced.map((m) => m.name)).toEqual(["GPT-1", "GPT-2", "GPT-3", "GPT-3.5", "GPT-4 Turbo"]);
  });

  test("the cheapest price on offer steps down GPT-4 → GPT-4o → GPT-4o mini", () => {
    expect(cheapestOverTime(points, "input").map((p) => [p.model, p.usdPerMtok])).toEqual([
      ["GPT-4", 30],
      ["GPT-4o", 2.5],
      ["GPT-4o mini", 0.15]
    ]);
  });

  test("the decline: input 1/200 (−99.5%), output 1/100 (−99.0%)", () => {
    const input = priceDecline(points, "input")!;
    const output = priceDecline(points, "output")!;
    expect([input.from.model, input.to.model, input.factor]).toEqual(["GPT-4", "GPT-4o mini", 200]);
    expect(input.percent).toBeCloseTo(99.5, 6);
    expect(output.factor).toBeCloseTo(100, 6);
    expect(output.percent).toBeCloseTo(99, 6);
  });
});

describe("context windows across vendors", () => {
  const {points, undated} = contextWindowSeries(data);
  const series = (vendor: string) =>
    points.filter((p) => p.vendor === vendor).map((p) => [p.model, p.date, p.tokens, p.special]);

  test("LLaMA 2K → 128K, dated by each generation's release event (LLaMA 3.2's date is outside, and says so)", () => {
    expect(series("meta")).toEqual([
      ["LLaMA 1", "2023-02", 2048, false],
      ["LLaMA 2", "2023-07", 4096, false],
      ["LLaMA 3", "2024-04", 8192, false],
      ["LLaMA 3.2", "2024-09-25", 128000, false]
    ]);
    expect(points.find((p) => p.model === "LLaMA 3.2")?.source).toMatch(/outside:/);
    expect(undated).toEqual([]);
  });

  test("Claude 9K → 200K, with Claude 3's 1M marked for special uses", () => {
    expect(series("anthropic")).toEqual([
      ["Claude 1", "2023-03", 9000, false],
      ["Claude 2", "2023-07", 100000, false],
      ["Claude 2.1", "2023-11", 200000, false],
      ["Claude 3", "2024-03", 200000, false],
      ["Claude 3", "2024-03", 1000000, true],
      ["Claude 3.5", "2024-10", 200000, false]
    ]);
  });

  test("Gemini 1M and Grok-1.5 128K from the narrative's facts", () => {
    expect(series("google")).toEqual([
      ["Gemini 1.5", "2024-02", 1000000, false],
      ["Gemini Pro 1.5", "2024-05", 1000000, false]
    ]);
    expect(series("xai")).toEqual([["Grok-1.5", "2024-03", 128000, false]]);
  });

  test("each vendor's range", () => {
    const ranges = contextWindowRange(points.filter((p) => !p.special));
    expect(ranges.get("meta")).toEqual({min: 2048, max: 128000});
    expect(ranges.get("anthropic")).toEqual({min: 9000, max: 200000});
    expect(ranges.has("openai")).toBe(false);
  });

  test("a generation whose release event is missing is undated, not guessed", () => {
    const events = data.events.filter((e) => e.id !== "llama-3-2-release");
    const result = contextWindowSeries({...data, events});
    expect(result.undated.map((u) => u.model)).toEqual(["LLaMA 3.2"]);
    expect(result.points.some((p) => p.model === "LLaMA 3.2")).toBe(false);
  });
});

describe("LLaMA generations (Fig. 15)", () => {
  test("one point per parameter size", () => {
    const sizes = llamaSizes(data.llama_generations);
    expect(sizes).toHaveLength(14);
    expect(sizes.filter((s) => s.generation === "LLaMA 3").map((s) => s.sizeB)).toEqual([8, 70, 405]);
  });
});

describe("xAI's parameters, compute and funding", () => {
  const {points, missing} = xaiMilestones(data.facts, data.events);

  test("the report's figures, each on the date of its event", () => {
    expect(points.map((p) => [p.measure, p.date, p.value, p.planned, p.valuation])).toEqual([
      ["parameters", "2023-11", 314e9, false, false],
      ["compute", "2024-06", 100000, false, false],
      ["compute", "2024-06", 150000, true, false],
      ["compute", "2025-02", 200000, false, false],
      ["funding", "2024-05", 6e9, false, false],
      ["funding", "2024-05", 24e9, false, true]
    ]);
    expect(missing).toEqual([]);
  });

  test("labels in the report's units", () => {
    expect(points.map((p) => xaiMilestoneLabel(p, "zh"))).toEqual([
      "3140 亿参数",
      "10 万块 GPU",
      "计划 15 万块 GPU",
      "20 万块 GPU",
      "融资 60 亿美元",
      "估值 240 亿美元"
    ]);
    expect(points.map((p) => xaiMilestoneLabel(p, "en"))).toEqual([
      "314B parameters",
      "100K GPUs",
      "150K GPUs planned",
      "200K GPUs",
      "$6B raised",
      "$24B valuation"
    ]);
  });

  test("a missing fact is named, not drawn", () => {
    const result = xaiMilestones(
      data.facts.filter((f) => f.id !== "grok-3-training-gpus"),
      data.events
    );
    expect(result.points).toHaveLength(5);
    expect(result.missing).toEqual(["facts.csv: grok-3-training-gpus"]);
  });
});

describe("the timeline's link parameters", () => {
  test("a comma list reads in canonical order, without repeats; empty means none", () => {
    const parse = commaList(["a", "b", "c"] as const);
    expect(parse("c,a,c")).toEqual(["a", "c"]);
    expect(parse("")).toEqual([]);
    expect(parse("a,z")).toBeUndefined();
  });

  test("vendors: valid, default, and a bad value falling back with a notice", () => {
    expect(readParam(vendorsParam, "?vendors=xai,openai")).toEqual({value: ["openai", "xai"]});
    expect(readParam(vendorsParam, "").value).toEqual([...COMPARED_VENDORS]);
    const bad = readParam(vendorsParam, "?vendors=openia");
    expect(bad.value).toEqual([...COMPARED_VENDORS]);
    expect(bad.notice).toMatchObject({param: "vendors", given: "openia"});
  });

  test("kinds: a hostile value falls back; the default is not written to the link", () => {
    const bad = readParam(kindsParam, `?kinds=${encodeURIComponent("<script>")}`);
    expect(bad.notice?.param).toBe("kinds");
    expect(writeParam(kindsParam, [...kindsParam.defaultValue], "?lang=en")).toBe("?lang=en");
    const chosen: EventKind[] = ["model", "funding"];
    expect(writeParam(kindsParam, chosen, "")).toBe("?kinds=model,funding");
  });
});

describe("text measured for chart labels", () => {
  test("a CJK character is one em, Latin narrower", () => {
    expect(textWidthEm("图表")).toBe(2);
    expect(textWidthEm("GPT")).toBeLessThan(2.5);
  });

  test("Chinese wraps between characters, never starting a line with punctuation", () => {
    const lines = wrapText("性能显著提升，推理能力增强；目标是成为“地球上最聪明的人工智能”。", 8);
    expect(lines.every((line) => textWidthEm(line) <= 8)).toBe(true);
    expect(lines.join("")).toBe("性能显著提升，推理能力增强；目标是成为“地球上最聪明的人工智能”。");
    expect(lines.some((line) => /^[，；。”]/.test(line))).toBe(false);
  });

  test("English wraps at spaces; a clipped text ends with an ellipsis and fits", () => {
    const lines = wrapText("Released Grok-2 and its lightweight version", 8);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => textWidthEm(line) <= 8 && !line.startsWith(" ") && !line.endsWith(" "))).toBe(true);
    expect(lines.join(" ")).toBe("Released Grok-2 and its lightweight version");
    const clipped = clipText("Closed a USD 6 billion Series B round at a post-money valuation", 10);
    expect(clipped.endsWith("…")).toBe(true);
    expect(textWidthEm(clipped)).toBeLessThanOrEqual(10);
    expect(clipText("short", 10)).toBe("short");
  });
});
