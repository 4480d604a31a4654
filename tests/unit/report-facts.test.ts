// The report's statements, checked against data/: if an edit loses or changes one of the
// report's facts, this names it. The expected values are copied from the report's text.
import {describe, expect, test} from "vitest";
import {loadDataset} from "../../src/build/dataset.js";

const data = loadDataset();

// 模型不断迭代，有望利好应用侧快速发展，建议关注以下标的 (report §4), verbatim.
const RECOMMENDATION =
  "1)办公：MSFT；2)金融：AFRM、UPST、SOFI、LMND；3)工业：CDNS、SNPS；4)医疗：TEM、RXRX、DOCS、HIMS、VEEV；5)创意：ADOBE；6)教育：DUOL；7)电商：SHOP、SEA；8)企业服务软件：SAP、CRM、NOW、TEAM、ORCL、WDAY、HUBS、FRSH、CXM；9)安全：PANW、CRWD、NET、FTNT；10)数据基建：ESTC、SNOW、MDB；11)云服务提供商：AMZN、META、MSFT、GOOG、ORCL；12)广告：APP、U、ZETA";

describe("the watchlist is the report's, sector by sector, in order", () => {
  const sectors = RECOMMENDATION.split("；").map((part) => {
    const [, order, name, tickers] = /^(\d+)\)(.+)：(.+)$/.exec(part)!;
    return {order: Number(order), name, tickers: tickers.split("、")};
  });

  test("12 sectors with the report's names", () => {
    expect(sectors).toHaveLength(12);
    const names = [...new Map(data.watchlist.map((r) => [r.sector_order, r.sector_zh])).entries()].sort((a, b) => a[0] - b[0]);
    expect(names.map(([, name]) => name)).toEqual(sectors.map((s) => s.name));
  });

  test.each(sectors.map((s) => [s.name, s] as const))("%s: every ticker as reported, in the report's order", (_name, sector) => {
    const rows = data.watchlist.filter((r) => r.sector_order === sector.order);
    expect(rows.map((r) => r.ticker_as_reported)).toEqual(sector.tickers);
  });

  test("tickers the report spells differently are normalized, with a note", () => {
    const adobe = data.watchlist.find((r) => r.ticker_as_reported === "ADOBE")!;
    const sea = data.watchlist.find((r) => r.ticker_as_reported === "SEA")!;
    expect([adobe.ticker, sea.ticker]).toEqual(["ADBE", "SE"]);
    expect(adobe.note_en).toMatch(/ADBE/);
    expect(sea.note_en).toMatch(/SE\b/);
  });

  test("each sector's English name is the one the key takeaways use (工业 is Industrial, not a narrower 'Industrial software')", () => {
    const english = data.takeaways.find((r) => r.text_zh.includes("3)工业"))!.text_en;
    const names = [...new Map(data.watchlist.map((r) => [r.sector_order, r.sector_en])).values()];
    expect(names).toHaveLength(12);
    for (const name of names) expect(english, name).toContain(`) ${name}:`);
  });

  test("MSFT and ORCL stay in both of their sectors", () => {
    expect(data.watchlist.filter((r) => r.ticker === "MSFT").map((r) => r.sector)).toEqual(["office", "cloud"]);
    expect(data.watchlist.filter((r) => r.ticker === "ORCL").map((r) => r.sector)).toEqual(["enterprise-software", "cloud"]);
  });
});

describe("Fig. 12: OpenAI's series and prices", () => {
  test("eleven rows, with the report's prices and '-' kept as a gap", () => {
    const rows = data.openai_models.map((r) => [r.name, r.released, r.input_usd_per_mtok, r.output_usd_per_mtok]);
    expect(rows).toHaveLength(11);
    expect(rows).toContainEqual(["GPT-4", "2023-03", 30, 60]);
    expect(rows).toContainEqual(["GPT-4o", "2024-05", 2.5, 10]);
    expect(rows).toContainEqual(["GPT-4o mini", "2024-07", 0.15, 0.6]);
    expect(rows).toContainEqual(["o3-mini", "2025-02", 1.1, 4.4]);
    expect(rows).toContainEqual(["GPT-4.5", "2025-02", 75, 150]);
    expect(data.openai_models.find((r) => r.name === "GPT-3")).toMatchObject({input_usd_per_mtok: null, output_usd_per_mtok: null});
  });
});

describe("Fig. 15 and Fig. 17: generations", () => {
  test("Llama: sizes, training tokens and context windows", () => {
    expect(data.llama_generations.map((r) => [r.parameter_sizes_b, r.training_tokens_t, r.context_window_tokens])).toEqual([
      [[7, 13, 33, 65], 1, 2048],
      [[7, 13, 70], 2, 4096],
      [[8, 70, 405], 15, 8192],
      [[1, 3, 11, 90], 15, 128000]
    ]);
  });

  test("Claude: release months and context windows, 1M for special uses of Claude 3", () => {
    expect(data.claude_generations.map((r) => [r.released, r.context_window_tokens, r.context_window_max_tokens])).toEqual([
      ["2023-03", 9000, null],
      ["2023-07", 100000, null],
      ["2023-11", 200000, null],
      ["2024-03", 200000, 1000000],
      ["2024-10", 200000, null]
    ]);
  });
});

describe("Fig. 19 and Fig. 21: timelines", () => {
  test("xAI's eight dated rows", () => {
    const rows = data.events.filter((e) => e.figure === "19");
    expect(rows.map((e) => e.date)).toEqual(["2023-07", "2023-11", "2024-03", "2024-03", "2024-05", "2024-06", "2024-08", "2025-02"]);
    expect(rows.every((e) => e.vendor === "xai")).toBe(true);
  });

  test("Gemini's five dated rows", () => {
    const rows = data.events.filter((e) => e.figure === "21");
    expect(rows.map((e) => e.date)).toEqual(["2023-12", "2024-02", "2024-05", "2024-08", "2024-09"]);
    expect(rows.every((e) => e.vendor === "google")).toBe(true);
  });

  test("the narrative's milestones are dated events", () => {
    const dated = (vendor: string, date: string) => data.events.some((e) => e.vendor === vendor && e.date.startsWith(date));
    expect(dated("openai", "2015")).toBe(true); // founded
    expect(dated("openai", "2024-12")).toBe(true); // 12 Days: Sora
    expect(dated("anthropic", "2021")).toBe(true); // founded
    expect(dated("meta", "2023-02")).toBe(true); // LLaMA 1
  });
});

describe("Fig. 10 / 11 and the report's statements about them", () => {
  const byModel = new Map(data.model_comparison.map((m) => [m.model, m]));

  test("the report's values win: 66, 62, 176 tokens/s", () => {
    expect(byModel.get("o3-mini (high)")?.intelligence_index).toBe(66);
    expect(byModel.get("o1")?.intelligence_index).toBe(62);
    expect(byModel.get("Gemini 2.0 Flash")?.output_tokens_per_s).toBe(176);
  });

  test("all 28 reference models are kept, with per-value sources", () => {
    expect(data.model_comparison).toHaveLength(28);
    for (const m of data.model_comparison) {
      if (m.intelligence_index != null) expect(m.source_intelligence).toBeTruthy();
      if (m.input_usd_per_mtok != null) expect(m.source_price).toBeTruthy();
      if (m.output_tokens_per_s != null) expect(m.source_speed).toBeTruthy();
    }
  });

  test("gaps stay gaps: free experimental models have no price", () => {
    expect(byModel.get("Gemini 2.0 Pro Experimental (Feb '25)")?.input_usd_per_mtok).toBeNull();
  });
});

describe("front matter", () => {
  const meta = new Map(data.report_meta.map((r) => [r.key, r]));

  test("title, rating and publisher", () => {
    expect(meta.get("title")?.zh).toContain("海外科技行业深度研究报告");
    expect(meta.get("rating")?.zh).toBe("推荐（维持）");
    expect(meta.get("publisher")?.zh).toContain("华创证券");
  });

  test("industry data and relative performance as the report prints them", () => {
    expect(data.industry_data.map((r) => [r.value, r.share_pct])).toEqual([
      [336, 0.04],
      [49060.09, 4.91],
      [41734.84, 5.24]
    ]);
    const cell = (series: string, horizon: string) =>
      data.relative_performance.find((r) => r.series === series && r.horizon === horizon)?.value_pct;
    expect([cell("absolute", "1M"), cell("absolute", "6M"), cell("absolute", "12M")]).toEqual([2.1, 84.8, 35.6]);
    expect([cell("relative", "1M"), cell("relative", "6M"), cell("relative", "12M")]).toEqual([1.9, 61, 26.1]);
  });

  test("the industry rating 推荐 means beating the benchmark by more than 5% over 3 to 6 months", () => {
    const rating = data.rating_definitions.find((r) => r.scope === "industry" && r.rating_zh === "推荐");
    expect(rating).toMatchObject({min_excess_pct: 5, horizon_months: "3-6"});
  });

  test("three risks, seven team members, three related reports", () => {
    expect(data.risks.map((r) => r.risk_zh)).toEqual(["竞争加剧", "商业化不及预期", "技术更新较快"]);
    expect(data.analysts).toHaveLength(7);
    expect(data.related_reports.map((r) => r.date)).toEqual(["2025-03-10", "2025-03-09", "2025-03-02"]);
  });
});

describe("words presented as the report's are the report's", () => {
  const meta = (key: string) => data.report_meta.find((r) => r.key === key)!;

  test("Fig. 20's example quotes the report's sentences and adds nothing in brackets", () => {
    const row = meta("figure.20.text");
    expect(row.zh).not.toMatch(/（[^）]*）/);
    expect(row.en).not.toMatch(/\(guess/);
  });

  test("the Shenzhen office is in the Zhongtou International Business Center (中投国际商务中心)", () => {
    expect(meta("office.guangzhou-shenzhen").zh).toContain("中投国际商务中心");
    expect(meta("office.guangzhou-shenzhen").en).toContain("Zhongtou International Business Center");
  });

  test("the comparison's summary calls the quadrant strongly attractive, as the report's 具有强吸引力象限", () => {
    expect(meta("model-comparison-summary").zh).toContain("具有强吸引力象限");
    expect(meta("model-comparison-summary").en).toContain("strongly attractive quadrant");
  });
});
