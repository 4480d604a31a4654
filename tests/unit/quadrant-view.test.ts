// The quadrant's view on the real data: what is plotted and where, what is listed aside and
// why, and the report's statements checked — the figures the report states, reproduced.
import {describe, expect, test} from "vitest";
import {asOfMonth, type PriceChange} from "../../src/lib/economics.js";
import {loadDataset} from "../../src/build/dataset.js";
import {defaultQuadrantState, type QuadrantState} from "../../src/lib/quadrant-params.js";
import {
  REPORT_CLAIMS,
  baseModelName,
  buildQuadrantView,
  checkReport,
  declineProjection,
  hiddenByFilter,
  modelExtent,
  openaiPriceTrend,
  quadrantView,
  reportFigures
} from "../../src/lib/quadrant-view.js";

const data = loadDataset();
const asOf = asOfMonth(data.report_meta.find((r) => r.key === "figure.10.caption")!.zh)!;

function view(change: Partial<QuadrantState> = {}) {
  const s = {...defaultQuadrantState(), ...change};
  return buildQuadrantView(data.model_comparison, {
    mix: s.mix,
    thresholds: {minIntelligence: s.minIntelligence, maxPrice: s.maxPrice},
    hiddenVendors: s.hiddenVendors,
    reasoning: s.reasoning,
    snapshot: s.snapshot,
    changes: s.changes,
    asOf
  });
}
const ids = (rows: {id: string}[]) => rows.map((r) => r.id);

describe("the report's snapshot (the default)", () => {
  const v = view();

  test("the report's date is read from its own caption", () => {
    expect(asOf).toBe("2025-03");
  });

  test("20 of 28 models are plotted; the other 8 are listed aside, each with its reason", () => {
    expect(v.plotted).toHaveLength(20);
    expect(Object.fromEntries(v.aside.map((m) => [m.id, m.reasons]))).toEqual({
      "gpt-4-0613": ["no-score"],
      "deepseek-v3-0324-mar-25": ["released-after-report"],
      "gemini-2-0-pro-experimental-feb-25": ["no-price"],
      "gemini-2-0-flash-thinking-exp-jan-25": ["no-price"],
      "gemini-2-5-pro-experimental-mar-25": ["released-after-report", "price-after-report"],
      "grok-3": ["price-after-report"],
      "qwen2-5-max": ["no-price"],
      "qwq-32b": ["price-after-report"]
    });
    expect(v.plotted.length + v.aside.length).toBe(data.model_comparison.length);
  });

  test("the report's two named models sit in the quadrant, with two more", () => {
    expect(ids(v.quadrant)).toEqual(["o3-mini-high", "o3-mini-medium", "deepseek-r1", "claude-3-7-sonnet-thinking"]);
  });

  test("blended prices at 3:1: o3-mini (high) $1.925, Claude 3.7 Sonnet Thinking $6, Gemini 2.0 Flash $0.175", () => {
    const price = (id: string) => v.plotted.find((m) => m.id === id)!.price;
    expect(price("o3-mini-high")).toBeCloseTo(1.925, 10);
    expect(price("claude-3-7-sonnet-thinking")).toBe(6);
    expect(price("gemini-2-0-flash")).toBeCloseTo(0.175, 10);
  });

  test("the frontier runs from Flash-Lite to o3-mini (high); speeds after the report are not shown", () => {
    expect(ids(v.frontier)).toEqual(["gemini-2-0-flash-lite-feb-25", "gemini-2-0-flash", "deepseek-r1", "o3-mini-high"]);
    expect(v.speeds[0]).toMatchObject({id: "gemini-2-0-flash", speed: 176, asOf: "2025-03"});
    expect(v.speedAside.filter((s) => s.reason === "speed-after-report").map((s) => s.id)).toEqual(["o3-mini-high", "o3-mini-medium", "o1"]);
  });

  test("the report's statements hold, and the two exceptions are found in the data", () => {
    const checks = checkReport(v, data.facts, data.model_comparison);
    expect(checks.leaders.status).toBe("exceptions");
    expect(checks.leaders.reportValues.map((r) => [r.id, r.value, r.dataValue])).toEqual([
      ["o3-mini-high", 66, 66],
      ["o1", 62, 62]
    ]);
    expect(checks.leaders.exceptions).toEqual([{id: "o3-mini-medium", model: "o3-mini (medium)", value: 63, reasons: ["variant"], variantOf: "o3-mini (high)"}]);
    expect(checks.fastest).toMatchObject({status: "holds", exceptions: []});
    expect(checks.fastest.reportValues[0]).toMatchObject({value: 176, dataValue: 176});
    expect(checks.cheapest.status).toBe("exceptions");
    expect(checks.cheapest.reportValues[0].value).toBe(0.2);
    expect(checks.cheapest.reportValues[0].dataValue).toBeCloseTo(0.175, 10);
    expect(checks.cheapest.exceptions.map((e) => [e.id, e.reasons])).toEqual([["gemini-2-0-flash-lite-feb-25", []]]);
    expect(checks.quadrant.status).toBe("holds");
  });
});

describe("the inputs change the view", () => {
  test("report + after: the later models and prices are plotted and flagged", () => {
    const v = view({snapshot: "after"});
    expect(v.plotted).toHaveLength(24);
    const gemini25 = v.plotted.find((m) => m.id === "gemini-2-5-pro-experimental-mar-25")!;
    expect([gemini25.releasedAfter, gemini25.priceAfter]).toEqual([true, true]);
    expect(v.plotted.find((m) => m.id === "grok-3")).toMatchObject({releasedAfter: false, priceAfter: true});
    const checks = checkReport(v, data.facts, data.model_comparison);
    expect(checks.leaders.status).toBe("fails");
    expect(checks.leaders.exceptions[0]).toMatchObject({id: "gemini-2-5-pro-experimental-mar-25", value: 68, reasons: ["after-report"]});
    expect(checks.fastest.status).toBe("fails");
    expect(checks.fastest.exceptions.map((e) => [e.id, e.reasons])).toEqual([
      ["o3-mini-high", ["after-report"]],
      ["gemini-2-5-pro-experimental-mar-25", ["after-report"]],
      ["o3-mini-medium", ["after-report"]]
    ]);
  });

  test("a price mix of 1:3 takes Claude 3.7 Sonnet Thinking out ($12 > $10)", () => {
    const v = view({mix: {input: 1, output: 3}});
    expect(v.plotted.find((m) => m.id === "claude-3-7-sonnet-thinking")!.price).toBe(12);
    expect(checkReport(v, data.facts, data.model_comparison).quadrant.status).toBe("fails");
  });

  test("Anthropic halves its prices: its models move, marked as scenario, sourced prices kept", () => {
    const changes: PriceChange[] = [{kind: "vendor", id: "anthropic", factor: 0.5}];
    const v = view({changes});
    const claude = v.plotted.find((m) => m.id === "claude-3-7-sonnet-thinking")!;
    expect(claude).toMatchObject({sourcedPrice: 6, price: 3, factor: 0.5, scenario: true});
    expect(v.plotted.filter((m) => m.scenario).map((m) => m.vendor)).toEqual(["anthropic", "anthropic", "anthropic", "anthropic"]);
    expect(v.scenarioActive).toBe(true);
    expect(v.plotted.find((m) => m.id === "o1")!.scenario).toBe(false);
  });

  test("filters list the hidden models aside as hidden, not as gaps", () => {
    const v = view({hiddenVendors: ["openai"], reasoning: "reasoning"});
    expect(v.plotted.length).toBeGreaterThan(0);
    expect(v.plotted.every((m) => m.vendor !== "openai" && m.reasoning)).toBe(true);
    expect(ids(v.plotted)).toEqual(["deepseek-r1", "claude-3-7-sonnet-thinking"]);
    const hidden = v.aside.filter(hiddenByFilter);
    expect(hidden.some((m) => m.id === "o1" && m.reasons.includes("hidden-vendor"))).toBe(true);
    expect(hidden.some((m) => m.id === "gemini-2-0-flash" && m.reasons.includes("hidden-reasoning"))).toBe(true);
    expect(checkReport(v, data.facts, data.model_comparison).leaders.status).toBe("unverifiable");
  });
});

describe("the report's claims are tied to the data", () => {
  test("the claimed models exist, and in_report says the report names them", () => {
    const row = (id: string) => data.model_comparison.find((m) => m.id === id)!;
    for (const id of REPORT_CLAIMS.attractive) expect(row(id).in_report).toMatch(/named in the attractive quadrant/);
    for (const {model} of REPORT_CLAIMS.leaders) expect(row(model).in_report).toMatch(/intelligence_index/);
    expect(row(REPORT_CLAIMS.fastest.model).in_report).toMatch(/output_tokens_per_s/);
    expect(row(REPORT_CLAIMS.cheapest.model).in_report).toMatch(/blended price/);
  });

  test("the report's figures by model", () => {
    const figures = reportFigures(data.facts);
    expect(figures.get("o3-mini-high")).toEqual({intelligence: 66});
    expect(figures.get("o1")).toEqual({intelligence: 62});
    expect(figures.get("gemini-2-0-flash")).toEqual({speed: 176, price: 0.2});
  });

  test("settings of one model share a base name", () => {
    expect(baseModelName("o3-mini (high)")).toBe("o3-mini");
    expect(baseModelName("Gemini 2.0 Flash-Lite (Feb '25)")).toBe("Gemini 2.0 Flash-Lite");
    expect(baseModelName("o1")).toBe("o1");
  });

  test("the axes' extent covers any mix", () => {
    expect(modelExtent(data.model_comparison)).toEqual({price: [0.075, 150], intelligence: [35, 68]});
  });
});

describe("price-decline projection", () => {
  test("from the cheapest model at intelligence 66, at the default 37% a year, $0.2 is about 4.9 years away", () => {
    const s = defaultQuadrantState();
    const p = declineProjection(data.openai_models, view(), {
      mix: s.mix,
      declinePercent: s.decline,
      excluded: s.fitExcluded,
      targetIntelligence: s.targetIntelligence,
      targetPrice: s.targetPrice
    });
    expect(p.history.map((h) => h.id)).toEqual(["gpt-4", "gpt-4o", "gpt-4o-mini", "o1-series", "o3-mini", "gpt-4-5"]);
    expect(p.fit!.n).toBe(6);
    expect(p.start).toMatchObject({date: "2025-03", model: {id: "o3-mini-high"}});
    expect(p.years).toBeCloseTo(Math.log(0.2 / 1.925) / Math.log(0.63), 10);
    expect(p.reachYear! - 2025).toBeGreaterThan(5);
  });

  test("leaving GPT-4.5 out of the fit changes the trend; an unreachable level has no start", () => {
    const s = defaultQuadrantState();
    const base = {mix: s.mix, declinePercent: 50, targetIntelligence: 66, targetPrice: 0.2};
    const all = declineProjection(data.openai_models, view(), {...base, excluded: []});
    const without = declineProjection(data.openai_models, view(), {...base, excluded: ["gpt-4-5"]});
    expect(without.fit!.n).toBe(5);
    expect(without.fit!.annualDecline).toBeGreaterThan(all.fit!.annualDecline);
    expect(declineProjection(data.openai_models, view(), {...base, excluded: [], targetIntelligence: 90}).start).toBeNull();
  });
});

describe("the page's view model", () => {
  test("quadrantView is the view for a state, with the lines, the full extent and the report checked", () => {
    const state = {...defaultQuadrantState(), hiddenVendors: ["openai"]};
    const page = quadrantView(data, state);
    expect(page.asOf).toBe("2025-03");
    expect(page.thresholds).toEqual({minIntelligence: 55, maxPrice: 10});
    expect(ids(page.quadrant)).toEqual(["deepseek-r1", "claude-3-7-sonnet-thinking"]);
    // Filters do not rescale the axes: the extent covers every model, OpenAI's too.
    expect(page.extent).toEqual(modelExtent(data.model_comparison));
    expect(page.checks.leaders.status).toBe("unverifiable");
    expect(page.state).toBe(state);
  });

  test("the decline fit the page's button adopts is the projection's own", () => {
    const mix = defaultQuadrantState().mix;
    const {fit} = openaiPriceTrend(data.openai_models, {mix, excluded: []});
    const projection = declineProjection(data.openai_models, view(), {mix, declinePercent: 37, excluded: [], targetIntelligence: 66, targetPrice: 0.2});
    expect(fit).toEqual(projection.fit);
    expect(Math.round(fit!.annualDecline * 100)).toBe(37);
  });
});
