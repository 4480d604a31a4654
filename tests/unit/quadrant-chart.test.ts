// @vitest-environment jsdom
// The quadrant chart and its companions render what the view says: one dot a model at its
// price and score, the quadrant and its lines, scenario marks, labels that do not overlap.
import {afterEach, describe, expect, test, vi} from "vitest";

import {loadDataset} from "../../src/build/dataset.js";
import {defaultQuadrantState, type QuadrantState} from "../../src/lib/quadrant-params.js";
import {declineProjection, quadrantView, REPORT_CLAIMS, reportFigures} from "../../src/lib/quadrant-view.js";
import {vendorColor} from "../../src/ui/palette.js";
import {quadrantChart} from "../../src/features/quadrant/chart.js";
import {paretoPlot, projectionPlot, speedPlot, valuePlot} from "../../src/features/quadrant/companions.js";
import {boxesOverlap, placeLabels, textWidth} from "../../src/features/quadrant/labels.js";
import type {ModelComparison} from "../../src/lib/schema.js";

const data = loadDataset();

function setup(change: Partial<QuadrantState> = {}, models: ModelComparison[] = data.model_comparison) {
  return {view: quadrantView({...data, model_comparison: models}, {...defaultQuadrantState(), ...change})};
}

function chart(options: Partial<Parameters<typeof quadrantChart>[0]> = {}) {
  return quadrantChart({lang: "en", width: 960, vendors: data.vendors, facts: data.facts, ...options});
}

const dots = (el: Element) => [...el.querySelectorAll<SVGPathElement>(".qx-dot")];

afterEach(() => vi.restoreAllMocks());

describe("the quadrant chart", () => {
  test("one dot per plotted model, coloured by vendor, shaped by reasoning", () => {
    const {view} = setup();
    const c = chart();
    c.update(view);
    const all = dots(c.element);
    expect(all.map((d) => d.dataset.id).sort()).toEqual(view.plotted.map((m) => m.id).sort());
    // The site's one palette: OpenAI has the colour it has on every page.
    const o1 = c.element.querySelector<SVGPathElement>('.qx-dot[data-id="o1"]')!;
    expect(o1.getAttribute("fill")).toBe(vendorColor("openai"));
    const swatch = c.element.querySelector<HTMLElement>('.qx-legend-vendor[data-vendor="openai"] .qx-swatch')!;
    expect(swatch.style.background).toBe("rgb(0, 158, 115)"); // #009e73
    expect(o1.getAttribute("d")).toMatch(/L/); // a diamond: reasoning
    expect(c.element.querySelector('.qx-dot[data-id="gpt-4o-mini"]')!.getAttribute("d")).toMatch(/A/); // a circle
  });

  test("higher intelligence sits higher, a higher price further right (log scale)", () => {
    const {view} = setup();
    const c = chart();
    c.update(view);
    const at = Object.fromEntries(c.positions().map((p) => [p.id, p]));
    expect(at["o3-mini-high"].y).toBeLessThan(at["o1"].y);
    expect(at["o1"].x).toBeGreaterThan(at["o3-mini-high"].x);
    // o3-mini (high) $1.925 and (medium) share a price, so an x.
    expect(at["o3-mini-high"].x).toBe(at["o3-mini-medium"].x);
    // Equal price ratios are equal distances: $0.175 -> $1.925 (×11) vs $6 -> $66 would be; use $0.96 -> $6 vs $0.175 -> $1.094.
    const step = (a: number, b: number) => Math.log(b / a);
    const px = (id: string) => at[id].x;
    const ratio = (px("claude-3-7-sonnet-thinking") - px("deepseek-r1")) / (px("o3-mini-high") - px("gemini-2-0-flash"));
    expect(ratio).toBeCloseTo(step(0.96, 6) / step(0.175, 1.925), 2);
  });

  test("the quadrant and its lines sit at the thresholds; the handles say their values", () => {
    const {view} = setup();
    const c = chart();
    c.update(view);
    const at = Object.fromEntries(c.positions().map((p) => [p.id, p]));
    const rect = c.element.querySelector(".qx-quadrant")!;
    const right = Number(rect.getAttribute("x")) + Number(rect.getAttribute("width"));
    const bottom = Number(rect.getAttribute("y")) + Number(rect.getAttribute("height"));
    expect(right).toBeGreaterThan(at["claude-3-7-sonnet-thinking"].x);
    expect(right).toBeLessThan(at["o1"].x);
    expect(bottom).toBeGreaterThan(at["claude-3-7-sonnet-thinking"].y);
    expect(bottom).toBeLessThan(at["o1-mini"].y);
    const [price, iq] = [...c.element.querySelectorAll(".qx-handle")];
    expect(price.getAttribute("aria-valuenow")).toBe("10");
    expect(price.textContent).toContain("$10");
    expect(iq.getAttribute("aria-valuenow")).toBe("55");
  });

  test("labels: the named models first and in bold, the report's $0.2 beside Flash, none overlapping", () => {
    const {view} = setup();
    const c = chart();
    c.update(view);
    const labels = [...c.element.querySelectorAll<SVGTextElement>(".qx-label")];
    expect(labels.length).toBeGreaterThanOrEqual(15);
    const named = labels.filter((l) => l.classList.contains("qx-label-named")).map((l) => l.dataset.id);
    // Every model the report names: the two in the quadrant, the leaders, the fastest.
    const report = [...REPORT_CLAIMS.attractive, ...REPORT_CLAIMS.leaders.map((l) => l.model), REPORT_CLAIMS.fastest.model];
    expect(named.sort()).toEqual([...new Set(report)].sort());
    expect(labels.find((l) => l.dataset.id === "gemini-2-0-flash")!.textContent).toBe("Gemini 2.0 Flash · report: ≈ $0.2");
  });

  test("a what-if price is marked: ghost at the sourced price, arrow, dashed ring, badge", () => {
    const {view} = setup({changes: [{kind: "vendor", id: "anthropic", factor: 0.5}]});
    const c = chart();
    c.update(view);
    expect([...c.element.querySelectorAll<SVGElement>(".qx-ghost")].map((g) => g.dataset.id).sort()).toEqual([
      "claude-3-5-haiku",
      "claude-3-5-sonnet-oct-24",
      "claude-3-7-sonnet-standard",
      "claude-3-7-sonnet-thinking"
    ]);
    expect(c.element.querySelectorAll(".qx-arrow")).toHaveLength(4);
    expect(c.element.querySelectorAll(".qx-ring-scenario")).toHaveLength(4);
    const badge = c.element.querySelector<HTMLElement>(".qx-badge")!;
    expect(badge.hidden).toBe(false);
    expect(badge.textContent).toContain("Anthropic −50%");
    const {view: sourced} = setup();
    c.update(sourced);
    expect(c.element.querySelectorAll(".qx-ghost")).toHaveLength(0);
    expect(badge.hidden).toBe(true);
  });

  test("models after the report get a dotted ring in the 'report + after' snapshot", () => {
    const {view} = setup({snapshot: "after"});
    const c = chart();
    c.update(view);
    expect([...c.element.querySelectorAll<SVGElement>(".qx-ring-after")].map((r) => r.dataset.id).sort()).toEqual([
      "deepseek-v3-0324-mar-25",
      "gemini-2-5-pro-experimental-mar-25",
      "grok-3",
      "qwq-32b"
    ]);
  });

  test("arrow keys on a handle move its line; the legend toggles a vendor", () => {
    const onThresholds = vi.fn();
    const onToggleVendor = vi.fn();
    const {view} = setup();
    const c = chart({onThresholds, onToggleVendor});
    c.update(view);
    const iq = c.element.querySelectorAll(".qx-handle")[1];
    iq.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowUp"}));
    expect(onThresholds).toHaveBeenLastCalledWith({minIntelligence: 56, maxPrice: 10});
    const price = c.element.querySelectorAll(".qx-handle")[0];
    price.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowLeft"}));
    expect(onThresholds).toHaveBeenLastCalledWith({minIntelligence: 56, maxPrice: 9.1});
    c.element.querySelector<HTMLButtonElement>('.qx-legend-vendor[data-vendor="google"]')!.click();
    expect(onToggleVendor).toHaveBeenCalledWith("google");
  });

  test("thousands of models are painted on a canvas, not one element each", () => {
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    const many = Array.from({length: 1000}, (_, i) => ({...data.model_comparison[i % 20], id: `m-${i}`, model: `M ${i}`}));
    const {view} = setup({}, many);
    const c = chart();
    c.update(view);
    expect(c.element.querySelectorAll(".qx-dot")).toHaveLength(0);
    expect(c.element.querySelector<HTMLCanvasElement>(".qx-canvas")!.hidden).toBe(false);
    expect(c.positions()).toHaveLength(view.plotted.length);
    expect(c.element.querySelectorAll(".qx-label").length).toBeLessThanOrEqual(40);
  });
});

describe("label placement", () => {
  test("labels never overlap one another, stay in bounds, and skip rather than collide", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const points = Array.from({length: 300}, (_, i) => ({id: `p${i}`, x: 40 + random() * 500, y: 20 + random() * 300}));
    const requests = points.map((p) => ({...p, text: `Model ${p.id}`, width: textWidth(`Model ${p.id}`, 11), height: 13}));
    const bounds = {x0: 0, y0: 0, x1: 600, y1: 360};
    const placed = placeLabels(requests, {obstacles: points.map((p) => ({...p, r: 6})), bounds, radius: 8});
    expect(placed.length).toBeGreaterThan(10);
    expect(placed.length).toBeLessThan(points.length);
    for (let i = 0; i < placed.length; ++i) {
      const b = placed[i].box;
      expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= 600 && b.y1 <= 360).toBe(true);
      for (let j = i + 1; j < placed.length; ++j) expect(boxesOverlap(b, placed[j].box)).toBe(false);
    }
  });

  test("a label keeps clear of the other dots and honours a limit", () => {
    const requests = [{id: "a", x: 100, y: 100, text: "A label", width: 40, height: 12}];
    const placed = placeLabels(requests, {obstacles: [{x: 100, y: 100, r: 6}, {x: 130, y: 100, r: 6}], bounds: {x0: 0, y0: 0, x1: 300, y1: 300}, radius: 8});
    expect(placed[0].anchor).toBe("end"); // the right side is taken by the other dot
    expect(placeLabels(requests, {obstacles: [], bounds: {x0: 0, y0: 0, x1: 300, y1: 300}, radius: 8, limit: 0})).toEqual([]);
  });

  test("Chinese text is wider than Latin text of the same length", () => {
    expect(textWidth("强吸引力象限", 12)).toBeGreaterThan(textWidth("abcdef", 12));
  });
});

describe("companion views", () => {
  test("the Pareto frontier draws a staircase through its four models", () => {
    const {view} = setup();
    const svg = paretoPlot(view, {lang: "en", width: 480, priceScale: "log"});
    expect(svg.querySelectorAll('g[aria-label="line"] path')).toHaveLength(1);
    const texts = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    expect(texts.sort()).toEqual(["DeepSeek R1", "Gemini 2.0 Flash", "Gemini 2.0 Flash-Lite (Feb '25)", "o3-mini (high)"]);
  });

  test("intelligence per dollar: one bar per plotted model, best first; scenario bars apart", () => {
    const {view} = setup({changes: [{kind: "vendor", id: "anthropic", factor: 0.5}]});
    const svg = valuePlot(view, {lang: "en", width: 480, limit: 20});
    const bars = svg.querySelectorAll('g[aria-label="bar"] rect');
    expect(bars).toHaveLength(20);
    expect(svg.querySelectorAll('g[aria-label="bar"]')[1].querySelectorAll("rect").length).toBeGreaterThan(0);
    expect(svg.querySelector('g[aria-label="y-axis tick label"] text')!.textContent).toBe("Gemini 2.0 Flash-Lite (Feb '25)");
  });

  test("speed: each bar says its month, and the report's figure", () => {
    const {view} = setup();
    const svg = speedPlot(view, {lang: "en", width: 480, report: reportFigures(data.facts)});
    const texts = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    expect(texts[0]).toBe("176 · Mar 2025 · the report's figure");
    expect(texts).toHaveLength(7);
  });

  test("the projection marks when the target price is reached; a slower decline reaches it later", () => {
    const {view} = setup();
    const s = defaultQuadrantState();
    const options = {mix: s.mix, excluded: [], targetIntelligence: 66, targetPrice: 0.2};
    const draw = (declinePercent: number) =>
      projectionPlot(declineProjection(data.openai_models, view, {...options, declinePercent}), {lang: "en", width: 480, priceRange: [0.13, 94]});
    const svg = draw(50);
    const text = (selector: string) => svg.querySelector(`${selector} text`)!.textContent;
    expect(text(".qx-reach-label")).toMatch(/^≈ (Jun|Jul) 2028$/);
    expect(text(".qx-start-label")).toBe("o3-mini (high) $1.93");
    expect(text(".qx-target-label")).toBe("target $0.2");
    const reachX = (plot: Element) => Number(plot.querySelector(".qx-reach-dot circle")!.getAttribute("cx"));
    expect(reachX(draw(30))).toBeGreaterThan(reachX(svg));
  });
});
