// Scenarios as pure values: checked with each parameter's own parser, written as links and
// files, read back from hostile input, and compared (the quadrant's ghosts).
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {loadDataset, loadShippedScenarios} from "../../src/build/dataset.js";
import {DataError} from "../../src/lib/csv.js";
import {buildQuadrantView} from "../../src/lib/quadrant-view.js";
import {defaultQuadrantState} from "../../src/lib/quadrant-params.js";
import {
  checkValues,
  exportScenarios,
  parseScenarioFile,
  pointsDifference,
  scenarioFromLink,
  scenarioLinkSearch,
  scenarioPageOf,
  scenarioSearch,
  uniqueName,
  valuesFromSearch
} from "../../src/lib/scenario.js";
import {scenarioGhosts} from "../../src/lib/scenario-ghosts.js";
import {neutralizeFormula, toCsv} from "../../src/ui/figure.js";

describe("scenario values", () => {
  test("keep valid values in the URL's form, leave defaults out, and name what they drop", () => {
    const {values, problems} = checkValues({
      minIq: "60",
      maxPrice: "10",
      whatIf: "vendor:anthropic:0.5",
      conviction: "9",
      nope: "1"
    });
    expect({...values}).toEqual({minIq: "60", whatIf: "vendor:anthropic:0.5"});
    expect(problems.map((p) => p.en)).toEqual([
      'parameter "conviction": "9" is not a valid value; ignored',
      '"nope" is not a scenario parameter; ignored'
    ]);
  });

  test("ignore __proto__, constructor and prototype keys without touching any prototype", () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": "x", "prototype": "y", "minIq": "70"}'
    );
    const {values, problems} = checkValues(hostile);
    expect(Object.keys(values)).toEqual(["minIq"]);
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(problems).toHaveLength(3);
  });

  test("reject values that are not text, and a values field that is not a table", () => {
    expect(checkValues({minIq: {toString: () => "60"}}).problems).toHaveLength(1);
    expect(checkValues(["minIq=60"]).problems[0].en).toMatch(/should be a table/);
    expect(checkValues("minIq=60").problems).toHaveLength(1);
  });

  test("read a page's values from its query and exclude language, slide and present mode", () => {
    const {values} = valuesFromSearch("?lang=en&present=1&minIq=61&sector=all&conviction=333333333334", "watchlist");
    expect({...values}).toEqual({conviction: "333333333334"});
    expect(valuesFromSearch("?lang=en&present=1&slide=3").values).toEqual({});
  });
});

describe("scenario links", () => {
  test("carry the name and the values only, and read back as the same scenario", () => {
    const scenario = {
      name: "Bear case",
      values: checkValues({whatIf: "vendor:anthropic:0.5", conviction: "333333333335"}).values
    };
    const search = scenarioLinkSearch(scenario);
    expect(search).toBe("?scenario=Bear+case&whatIf=vendor:anthropic:0.5&conviction=333333333335");
    expect(search.length).toBeLessThan(120);
    const read = scenarioFromLink(search)!;
    expect(read.scenario.name).toBe("Bear case");
    expect({...read.scenario.values}).toEqual({...scenario.values});
    expect(scenarioFromLink("?minIq=60")).toBeNull();
  });

  test("a page's query keeps the language and sets only that page's values", () => {
    const values = checkValues({minIq: "60", conviction: "333333333335"}).values;
    expect(scenarioSearch(values, "?lang=en&maxPrice=5&scenario=x", {page: "quadrant"})).toBe("?lang=en&minIq=60");
  });

  test("pages are recognised with or without .html and under a sub-folder", () => {
    expect(scenarioPageOf("/quadrant")).toBe("quadrant");
    expect(scenarioPageOf("/deck/watchlist.html")).toBe("watchlist");
    expect(scenarioPageOf("/agi")).toBeNull();
  });

  test("names stay unique", () => {
    expect(uniqueName("A", ["A", "A (2)"])).toBe("A (3)");
    expect(uniqueName("  ", [])).toBe("Scenario");
  });
});

describe("scenario files", () => {
  test("round-trip through export and import", () => {
    const scenarios = [
      {name: "one", values: checkValues({minIq: "60"}).values},
      {name: "two", description: {zh: "说明", en: "why"}, values: checkValues({kinds: "model"}).values}
    ];
    const read = parseScenarioFile(exportScenarios(scenarios));
    expect(read.problems).toEqual([]);
    expect(read.scenarios.map((s) => [s.name, {...s.values}, s.description])).toEqual([
      ["one", {minIq: "60"}, undefined],
      ["two", {kinds: "model"}, {zh: "说明", en: "why"}]
    ]);
  });

  test("report each problem and keep the valid scenarios", () => {
    const text = JSON.stringify([
      {name: "good", values: {minIq: "60"}},
      {values: {minIq: "60"}},
      {name: "half", values: {minIq: "600", maxPrice: "5"}},
      {name: "good", values: {}},
      "junk",
      {name: "<img src=x onerror=alert(1)>", description: 42, values: {}}
    ]);
    const {scenarios, problems} = parseScenarioFile(text);
    expect(scenarios.map((s) => s.name)).toEqual(["good", "half", "<img src=x onerror=alert(1)>"]);
    expect({...scenarios[1].values}).toEqual({maxPrice: "5"});
    expect(problems.map((p) => p.en)).toEqual([
      "#2: it has no name; ignored",
      '#3 (“half”): parameter "minIq": "600" is not a valid value; ignored',
      '#4: the name "good" is taken twice; ignored',
      "#5: not a scenario; ignored",
      '#6 (“<img src=x onerror=alert(1)>”): "description" should be text; ignored'
    ]);
  });

  test("reject what is not a scenario file", () => {
    expect(parseScenarioFile("not json").problems[0].en).toMatch(/not JSON/);
    expect(parseScenarioFile("42").problems[0].en).toMatch(/no scenarios/);
    expect(parseScenarioFile("x".repeat(1_000_001)).problems[0].en).toMatch(/larger than 1 MB/);
    expect(parseScenarioFile('{"__proto__": {"name": "x"}}').scenarios).toEqual([]);
  });

  test("strip control characters and cap the length of names", () => {
    const {scenarios} = parseScenarioFile(JSON.stringify({name: `a\u0000b\u202e${"x".repeat(200)}`, values: {}}));
    expect(scenarios[0].name).toBe(`a b ${"x".repeat(76)}`);
  });
});

describe("shipped scenarios (data/scenarios.csv)", () => {
  test("load and validate: the report as published and at least two more, each with a description and its basis in both languages", () => {
    const shipped = loadShippedScenarios();
    expect(shipped.length).toBeGreaterThanOrEqual(3);
    expect(shipped[0].name).toBe("published");
    expect(shipped[0].values).toEqual({});
    for (const scenario of shipped) {
      for (const field of [scenario.title, scenario.description, scenario.source]) {
        expect(field?.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(field?.en).toMatch(/[A-Za-z]/);
      }
    }
    expect(shipped.slice(1).every((s) => Object.keys(s.values).length > 0)).toBe(true);
  });

  test("a bad value stops the build naming the file, line, column and parameter", () => {
    const dir = mkdtempSync(join(tmpdir(), "scenarios-"));
    writeFileSync(
      join(dir, "scenarios.csv"),
      "name,title_zh,title_en,description_zh,description_en,source_zh,source_en,values\n" +
        "ok,甲,A,说明,Why,依据,Basis,minIq=60\n" +
        "bad,乙,B,说明,Why,依据,Basis,minIq=abc&whatIf=vendor:x:0\n" +
        "bad2,丙,C,说明,Why,依据,Basis,color=red\n"
    );
    expect(() => loadShippedScenarios(dir)).toThrow(DataError);
    try {
      loadShippedScenarios(dir);
    } catch (error) {
      expect((error as DataError).problems).toEqual([
        expect.stringMatching(/scenarios\.csv:3: column "values": parameter "minIq": "abc" is not a valid value$/),
        expect.stringMatching(
          /scenarios\.csv:3: column "values": parameter "whatIf": "vendor:x:0" is not a valid value$/
        ),
        expect.stringMatching(/scenarios\.csv:4: column "values": "color" is not a scenario parameter$/)
      ]);
    }
  });

  test("each column is checked: a name that is not an id, an empty title, a repeated name", () => {
    const dir = mkdtempSync(join(tmpdir(), "scenarios-"));
    writeFileSync(
      join(dir, "scenarios.csv"),
      "name,title_zh,title_en,description_zh,description_en,source_zh,source_en,values\n" +
        "Bad Name,甲,A,说明,Why,依据,Basis,\n" +
        "ok,,A,说明,Why,依据,Basis,\n" +
        "twice,甲,A,说明,Why,依据,Basis,\n" +
        "twice,甲,A,说明,Why,依据,Basis,\n"
    );
    expect(() => loadShippedScenarios(dir)).toThrow(
      expect.objectContaining({
        problems: [
          expect.stringMatching(/scenarios\.csv:2: column "name": expected an id/),
          expect.stringMatching(/scenarios\.csv:3: column "title_zh": expected text/),
          expect.stringMatching(/scenarios\.csv:5: column "name": expected a unique value/)
        ]
      })
    );
  });

  test("the fitted-decline scenario's factor is the Fig. 12 fit's one-year factor", async () => {
    const {declineProjection} = await import("../../src/lib/quadrant-view.js");
    const dataset = loadDataset();
    const state = defaultQuadrantState();
    const view = buildQuadrantView(dataset.model_comparison, {
      mix: state.mix,
      thresholds: {minIntelligence: state.minIntelligence, maxPrice: state.maxPrice},
      hiddenVendors: [],
      reasoning: "all",
      snapshot: "report",
      changes: [],
      asOf: "2025-03"
    });
    const fit = declineProjection(dataset.openai_models, view, {
      mix: state.mix,
      declinePercent: 37,
      excluded: [],
      targetIntelligence: 66,
      targetPrice: 0.2
    }).fit!;
    const decline = loadShippedScenarios().find((s) => s.name === "decline-one-year")!;
    const factors = decline.values.whatIf.split(",").map((change) => Number(change.split(":")[2]));
    expect(factors.length).toBe(new Set(dataset.vendors.map((v) => v.id)).size);
    for (const factor of factors) expect(factor).toBeCloseTo(Math.exp(fit.slope), 3);
  });
});

describe("compare", () => {
  const dataset = loadDataset();
  const state = defaultQuadrantState();
  const view = buildQuadrantView(dataset.model_comparison, {
    mix: state.mix,
    thresholds: {minIntelligence: state.minIntelligence, maxPrice: state.maxPrice},
    hiddenVendors: [],
    reasoning: "all",
    snapshot: "report",
    changes: [],
    asOf: "2025-03"
  });

  test("ghosts place the current view's dots at the other scenario's prices", () => {
    const ghosts = scenarioGhosts(dataset.model_comparison, view, checkValues({whatIf: "vendor:anthropic:0.5"}).values);
    const anthropic = view.plotted.filter((m) => m.vendor === "anthropic");
    expect(anthropic.length).toBeGreaterThan(0);
    expect(ghosts.map((g) => g.id).sort()).toEqual(anthropic.map((m) => m.id).sort());
    for (const ghost of ghosts) {
      expect(ghost.ghostPrice).toBeCloseTo(ghost.price / 2);
      expect(ghost.change).toBeCloseTo(-0.5);
    }
    expect(scenarioGhosts(dataset.model_comparison, view, checkValues({}).values)).toEqual([]);
  });

  test("differences are named in points", () => {
    expect(pointsDifference(3.24, "en")).toBe("+3.2 pts");
    expect(pointsDifference(-0.96, "zh")).toBe("−1.0 个百分点");
    expect(pointsDifference(0.01, "en")).toBe("±0");
  });
});

describe("CSV exports neutralise formula injection", () => {
  test("text starting with = + - @ tab or CR is prefixed; numbers, negative ones included, stay numbers", () => {
    for (const hostile of ['=HYPERLINK("http://x")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutralizeFormula(hostile)).toBe(`'${hostile}`);
    }
    expect(neutralizeFormula(-12.5)).toBe("-12.5");
    expect(neutralizeFormula("-12.5")).toBe("-12.5");
    expect(neutralizeFormula("-3%")).toBe("-3%");
    expect(neutralizeFormula("Microsoft")).toBe("Microsoft");
    const csv = toCsv(
      [{name: "=1+1", change: -4.2}],
      [
        {key: "name", label: "Name"},
        {key: "change", label: "Change"}
      ],
      "@source"
    );
    expect(csv).toBe("name,change,source\n'=1+1,-4.2,'@source");
  });
});
