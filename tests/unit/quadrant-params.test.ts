// The page's parameters: their defaults are the figures the data gives (checked here against
// data/, so an edit that moves them is caught), and the URL reads and writes them safely.
import {describe, expect, test} from "vitest";
import {blendedPrice, decimalYear, fitDecline, thresholdsAround} from "../../src/lib/economics.js";
import {loadDataset} from "../../src/build/dataset.js";
import {
  QUADRANT_KEYS,
  QUADRANT_PARAMS,
  changesParam,
  declineParam,
  defaultQuadrantState,
  hiddenVendorsParam,
  maxPriceParam,
  minIntelligenceParam,
  mixParam,
  readQuadrantState,
  targetIntelligenceParam,
  targetPriceParam
} from "../../src/lib/quadrant-params.js";
import {REPORT_CLAIMS} from "../../src/lib/quadrant-view.js";
import {readParam, writeParam, type Param} from "../../src/lib/params.js";

const data = loadDataset();

describe("defaults come from the data", () => {
  test("the quadrant's lines: the round values just outside the report's two named models at 3:1", () => {
    const named = data.model_comparison.filter((m) => (REPORT_CLAIMS.attractive as readonly string[]).includes(m.id));
    expect(named.map((m) => m.model).sort()).toEqual(["Claude 3.7 Sonnet Thinking", "o3-mini (high)"]);
    const points = named.map((m) => ({
      intelligence: m.intelligence_index!,
      price: blendedPrice(m.input_usd_per_mtok, m.output_usd_per_mtok, mixParam.defaultValue)!
    }));
    expect(thresholdsAround(points)).toEqual({minIntelligence: minIntelligenceParam.defaultValue, maxPrice: maxPriceParam.defaultValue});
    expect({min: minIntelligenceParam.defaultValue, max: maxPriceParam.defaultValue}).toEqual({min: 55, max: 10});
  });

  test("the assumed decline: the fit on every priced Fig. 12 row at 3:1, in whole percent", () => {
    const points = data.openai_models
      .map((r) => ({year: decimalYear(r.released), price: blendedPrice(r.input_usd_per_mtok, r.output_usd_per_mtok, mixParam.defaultValue)}))
      .filter((p): p is {year: number; price: number} => p.price != null);
    expect(points).toHaveLength(6);
    expect(Math.round(fitDecline(points)!.annualDecline * 100)).toBe(declineParam.defaultValue);
  });

  test("the projection's target: the report's top score and its cheapest price", () => {
    const fact = (id: string) => data.facts.find((f) => f.id === id)!.value;
    expect(targetIntelligenceParam.defaultValue).toBe(fact(REPORT_CLAIMS.leaders[0].fact));
    expect(targetPriceParam.defaultValue).toBe(fact(REPORT_CLAIMS.cheapest.fact));
  });
});

describe("the URL", () => {
  test("a tweaked state writes a short link and reads back the same", () => {
    let search = "?lang=en";
    search = writeParam(mixParam, {input: 1, output: 3}, search);
    search = writeParam(changesParam, [{kind: "vendor" as const, id: "anthropic", factor: 0.5}], search);
    search = writeParam(hiddenVendorsParam, ["openai", "meta"], search);
    search = writeParam(maxPriceParam, 2.5, search);
    expect(decodeURIComponent(search)).toBe("?lang=en&mix=1:3&whatIf=vendor:anthropic:0.5&hideVendors=openai,meta&maxPrice=2.5");
    const state = readQuadrantState((param) => readParam(param, search).value);
    expect(state).toEqual({
      ...defaultQuadrantState(),
      mix: {input: 1, output: 3},
      changes: [{kind: "vendor", id: "anthropic", factor: 0.5}],
      hiddenVendors: ["openai", "meta"],
      maxPrice: 2.5
    });
  });

  test("defaults leave the link empty", () => {
    let search = "";
    for (const key of QUADRANT_KEYS) {
      const param = QUADRANT_PARAMS[key] as Param<unknown>;
      search = writeParam(param, param.defaultValue, search);
    }
    expect(search).toBe("");
  });

  test.each([
    ["mix", "3:"],
    ["mix", "0:0"],
    ["minIq", "101"],
    ["minIq", ""],
    ["maxPrice", "0"],
    ["maxPrice", "-1"],
    ["priceScale", "sqrt"],
    ["hideVendors", "<img src=x>"],
    ["whatIf", "vendor:anthropic:0"],
    ["whatIf", "javascript:alert(1)"],
    ["decline", "100"],
    ["snapshot", "later"],
    ["fitExclude", "a,,b"],
    // Hostile or odd values: prototype names, huge and non-finite numbers, empty, unicode.
    ["mix", "__proto__"],
    ["mix", "1e400:1"],
    ["mix", "１:１"],
    ["minIq", "NaN"],
    ["minIq", "9".repeat(400)],
    ["maxPrice", "Infinity"],
    ["maxPrice", "1e-3"],
    ["priceScale", "__proto__"],
    ["priceScale", "constructor"],
    ["reasoning", ""],
    ["hideVendors", "__proto__,"],
    ["hideVendors", "开放"],
    ["whatIf", "vendor:__proto__:0.5"],
    ["whatIf", `vendor:openai:${"9".repeat(400)}`],
    ["targetIq", "-0"],
    ["targetPrice", "NaN"],
    ["snapshot", "toString"]
  ])("a bad %s (%s) falls back to the default with a notice", (name, raw) => {
    const key = QUADRANT_KEYS.find((k) => QUADRANT_PARAMS[k].name === name)!;
    const param = QUADRANT_PARAMS[key] as Param<unknown>;
    const result = readParam(param, `?${name}=${encodeURIComponent(raw)}`);
    expect(result.value).toEqual(param.defaultValue);
    expect(result.notice?.param).toBe(name);
  });
});
