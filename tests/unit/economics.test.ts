import {describe, expect, test} from "vitest";
import {
  asOfMonth,
  blendedPrice,
  dateOfDecimalYear,
  decimalYear,
  fitDecline,
  fittedPrice,
  formatChanges,
  formatMix,
  inAttractiveQuadrant,
  intelligencePerDollar,
  isAfterMonth,
  niceCeil,
  paretoFrontier,
  parseChanges,
  parseMix,
  projectPrice,
  scenarioFactor,
  setChange,
  thresholdsAround,
  valueRanking,
  yearsToReach
} from "../../src/lib/economics.js";

describe("blended price", () => {
  test("3:1 is Artificial Analysis's blend: o1 at $15/$60 is $26.25, Gemini 2.0 Flash at $0.10/$0.40 is $0.175", () => {
    expect(blendedPrice(15, 60, {input: 3, output: 1})).toBe(26.25);
    expect(blendedPrice(0.1, 0.4, {input: 3, output: 1})).toBeCloseTo(0.175, 12);
  });

  test("the mix weighs input and output tokens", () => {
    expect(blendedPrice(3, 15, {input: 1, output: 1})).toBe(9);
    expect(blendedPrice(3, 15, {input: 1, output: 0})).toBe(3);
    expect(blendedPrice(3, 15, {input: 0, output: 1})).toBe(15);
    expect(blendedPrice(3, 15, {input: 1, output: 3})).toBe(12);
  });

  test("no price without both prices, and no price for an empty mix", () => {
    expect(blendedPrice(null, 4, {input: 3, output: 1})).toBeNull();
    expect(blendedPrice(1, null, {input: 3, output: 1})).toBeNull();
    expect(blendedPrice(1, 4, {input: 0, output: 0})).toBeNull();
  });

  test("a mix reads and writes as input:output", () => {
    expect(parseMix("3:1")).toEqual({input: 3, output: 1});
    expect(parseMix("1.5:2")).toEqual({input: 1.5, output: 2});
    expect(formatMix({input: 3, output: 1})).toBe("3:1");
    for (const bad of ["", "3", "3:", "-1:1", "0:0", "1e3:1", "101:1", "3:1<script>"]) expect(parseMix(bad), bad).toBeUndefined();
  });
});

describe("what-if price changes", () => {
  const claude = {id: "claude-3-7-sonnet-thinking", vendor: "anthropic"};
  test("a vendor change applies to its models only; vendor and model changes multiply", () => {
    expect(scenarioFactor(claude, [{kind: "vendor", id: "anthropic", factor: 0.5}])).toBe(0.5);
    expect(scenarioFactor(claude, [{kind: "vendor", id: "openai", factor: 0.5}])).toBe(1);
    expect(
      scenarioFactor(claude, [
        {kind: "vendor", id: "anthropic", factor: 0.5},
        {kind: "model", id: "claude-3-7-sonnet-thinking", factor: 0.8}
      ])
    ).toBeCloseTo(0.4, 12);
    expect(scenarioFactor(claude, [])).toBe(1);
  });

  test("changes read and write as kind:id:factor, and hostile text is refused", () => {
    const changes = parseChanges("vendor:anthropic:0.5,model:o1:1.2");
    expect(changes).toEqual([
      {kind: "vendor", id: "anthropic", factor: 0.5},
      {kind: "model", id: "o1", factor: 1.2}
    ]);
    expect(formatChanges(changes!)).toBe("vendor:anthropic:0.5,model:o1:1.2");
    expect(parseChanges("")).toEqual([]);
    for (const bad of ["vendor:anthropic", "team:x:0.5", "vendor:anthropic:0", "vendor:<b>:0.5", "model:o1:-1"]) expect(parseChanges(bad), bad).toBeUndefined();
  });

  test("setting a change replaces the one for the same target; a factor of 1 removes it", () => {
    const one = setChange([], {kind: "vendor", id: "anthropic", factor: 0.5});
    expect(setChange(one, {kind: "vendor", id: "anthropic", factor: 0.7})).toEqual([{kind: "vendor", id: "anthropic", factor: 0.7}]);
    expect(setChange(one, {kind: "vendor", id: "anthropic", factor: 1})).toEqual([]);
    expect(setChange(one, {kind: "model", id: "o1", factor: 2})).toHaveLength(2);
  });
});

describe("dates", () => {
  test("after the report means a later month than its as-of month", () => {
    expect(isAfterMonth("2025-04-04", "2025-03")).toBe(true);
    expect(isAfterMonth("2025-04", "2025-03")).toBe(true);
    expect(isAfterMonth("2025-03-24", "2025-03")).toBe(false);
    expect(isAfterMonth("2024-12-17", "2025-03")).toBe(false);
    expect(isAfterMonth("2026", "2025-03")).toBe(true);
    expect(isAfterMonth(null, "2025-03")).toBe(false);
  });

  test("the as-of month is read from the report's caption in either language", () => {
    expect(asOfMonth("各模型当前智力、速度、价格对比（截至 2025 年 3 月）")).toBe("2025-03");
    expect(asOfMonth("Current intelligence, speed and price of each model (as of March 2025)")).toBe("2025-03");
    expect(asOfMonth("no date here")).toBeUndefined();
  });

  test("decimal years go both ways", () => {
    expect(decimalYear("2024")).toBe(2024);
    expect(decimalYear("2023-07")).toBeCloseTo(2023 + 181 / 365, 6);
    expect(dateOfDecimalYear(decimalYear("2025-03-01")).toISOString().slice(0, 10)).toBe("2025-03-01");
  });
});

describe("the attractive quadrant", () => {
  test("high intelligence at a low price, lines included", () => {
    const lines = {minIntelligence: 55, maxPrice: 10};
    expect(inAttractiveQuadrant({intelligence: 57, price: 6}, lines)).toBe(true);
    expect(inAttractiveQuadrant({intelligence: 55, price: 10}, lines)).toBe(true);
    expect(inAttractiveQuadrant({intelligence: 54, price: 1}, lines)).toBe(false);
    expect(inAttractiveQuadrant({intelligence: 62, price: 26.25}, lines)).toBe(false);
  });

  test("thresholds around named models: the next multiple of 5 below, the next 1-2-5 price above", () => {
    expect(
      thresholdsAround([
        {intelligence: 57, price: 6},
        {intelligence: 66, price: 1.925}
      ])
    ).toEqual({minIntelligence: 55, maxPrice: 10});
    expect(thresholdsAround([{intelligence: 55, price: 2}])).toEqual({minIntelligence: 50, maxPrice: 5});
    expect(() => thresholdsAround([])).toThrow();
  });

  test("round prices: 1, 2 or 5 times a power of ten, strictly above", () => {
    expect([0.13, 0.2, 1.925, 6, 9.99, 10, 26.25].map(niceCeil)).toEqual([0.2, 0.5, 2, 10, 10, 20, 50]);
  });
});

describe("frontier and value", () => {
  const points = [
    {id: "a", intelligence: 41, price: 0.13},
    {id: "b", intelligence: 48, price: 0.175},
    {id: "c", intelligence: 46, price: 0.48},
    {id: "d", intelligence: 60, price: 0.96},
    {id: "e", intelligence: 66, price: 1.925},
    {id: "f", intelligence: 63, price: 1.925},
    {id: "g", intelligence: 62, price: 26.25}
  ];

  test("the Pareto frontier keeps the models nothing beats, cheapest first", () => {
    expect(paretoFrontier(points).map((p) => p.id)).toEqual(["a", "b", "d", "e"]);
  });

  test("an exact tie stays on the frontier; an empty list gives an empty frontier", () => {
    const tie = [
      {id: "x", intelligence: 50, price: 1},
      {id: "y", intelligence: 50, price: 1}
    ];
    expect(paretoFrontier(tie).map((p) => p.id)).toEqual(["x", "y"]);
    expect(paretoFrontier([])).toEqual([]);
  });

  test("intelligence per dollar ranks cheap capable models first", () => {
    expect(intelligencePerDollar({intelligence: 48, price: 0.175})).toBeCloseTo(274.2857, 3);
    expect(valueRanking(points).map((p) => p.id)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
  });
});

describe("price decline", () => {
  test("an exact exponential decline is fitted exactly", () => {
    const points = [0, 1, 2, 3].map((t) => ({year: 2022 + t, price: 40 * 0.5 ** t}));
    const fit = fitDecline(points)!;
    expect(fit.annualDecline).toBeCloseTo(0.5, 12);
    expect(fit.r2).toBeCloseTo(1, 12);
    expect(fit.n).toBe(4);
    expect(fittedPrice(fit, 2024)).toBeCloseTo(10, 9);
  });

  test("noisy points give the least-squares slope and an R² below 1", () => {
    const fit = fitDecline([
      {year: 0, price: Math.exp(0)},
      {year: 1, price: Math.exp(-1)},
      {year: 2, price: Math.exp(-1)}
    ])!;
    expect(fit.slope).toBeCloseTo(-0.5, 12);
    expect(fit.r2).toBeCloseTo(0.75, 12);
  });

  test("fewer than two usable points, or one date only, fit nothing", () => {
    expect(fitDecline([{year: 2024, price: 1}])).toBeNull();
    expect(fitDecline([{year: 2024, price: 1}, {year: 2024, price: 2}])).toBeNull();
    expect(fitDecline([{year: 2024, price: 0}, {year: 2025, price: 2}])).toBeNull();
  });

  test("projection and time to reach a price", () => {
    expect(projectPrice(8, 0.5, 3)).toBe(1);
    expect(yearsToReach(8, 1, 0.5)).toBeCloseTo(3, 12);
    expect(yearsToReach(1.925, 0.2, 0.5)).toBeCloseTo(Math.log(0.2 / 1.925) / Math.log(0.5), 12);
    expect(yearsToReach(0.1, 0.2, 0.5)).toBe(0);
    expect(yearsToReach(1, 0.2, 0)).toBeNull();
  });
});
