// The quadrant chart: intelligence against blended price, one dot a model, the attractive
// quadrant drawn with draggable lines, in the site's figure frame (caption, source, table
// view, CSV). The page's one stateful view: created once, then update(view) redraws it in
// place, because a presenter drags its lines live and a full Plot render costs more than a
// frame (docs/quadrant.md). It holds no state of the page's: a drag or a legend click is
// handed to the page (onThresholds, onToggleVendor), which sets the input, and Framework
// brings the new view back through update.
// The d3 modules the chart uses, not all of d3: this page draws its first chart without Plot (the
// companions below load it when seen), and so without the whole of d3 that Plot imports.
import {extent, group as groupBy} from "d3-array";
import {scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic} from "d3-scale";
import {select} from "d3-selection";
import type {Thresholds} from "../../lib/economics.js";
import {REPORT_CLAIMS, reportFigures, type PlottedModel, type QuadrantPageView} from "../../lib/quadrant-view.js";
import type {Ghost} from "../../lib/scenario-ghosts.js";
import type {Fact, Vendor} from "../../lib/schema.js";
import {vendorColor} from "../../ui/palette.js";
import {sansSerif} from "../../ui/fonts.js";
import type {Lang} from "../../lib/lang.js";
import {figure as siteFigure} from "../../ui/figure.js";
import {setAttributes, setText} from "../../ui/slot.js";
import {modelDetails} from "./details.js";
import {comparisonSource, describeChange, formatFactor, formatPriceShort, mixWords, vendorName} from "./format.js";
import {measureText, placeLabels, textWidth, type Box, type LabelRequest} from "./labels.js";
import {mainColumns} from "./tables.js";

const TEXT = {
  zh: {
    // The dividing lines' handles
    priceLineLabel: "价格分界线（拖动或用方向键调整）",
    intelligenceLineLabel: "智力分界线（拖动或用方向键调整）",
    priceAtMost: (price: string) => `价格 ≤ ${price}`,
    intelligenceAtLeast: (score: number) => `智力 ≥ ${score}`,
    // The axes and the quadrant
    priceAxis: (mix: string, log: boolean) => `混合价格，美元 / 百万 tokens（${mix}；${log ? "对数坐标" : "线性坐标"}）→`,
    priceAxisShort: (log: boolean) => `混合价格，美元 / 百万 tokens（${log ? "对数" : "线性"}）→`,
    intelligenceAxis: "智力指数（Artificial Analysis）→",
    quadrantName: "强吸引力象限：高智力、低价格",
    quadrantNameShort: "强吸引力象限",
    // The dots' labels
    reportPrice: (price: number) => `报告：约 $${price}`,
    scenario: "情景",
    // The legend
    toggleVendor: "点击显示或隐藏该厂商",
    keyStandard: "● 非推理模型",
    keyReasoning: "◆ 推理模型",
    keyAfter: "◌ 报告之后发布或定价",
    keyScenario: "◌→ 情景价格（假设，非来源数据）",
    // The scenario badge and the comparison line
    scenarioBadge: "情景模拟",
    resetScenario: "重置情景",
    comparedAt: (scenario: string) => `“${scenario}”下的价格：`,
    sameAsView: "与当前视图相同",
    separator: "；"
  },
  en: {
    // The dividing lines' handles
    priceLineLabel: "Price line (drag, or use the arrow keys)",
    intelligenceLineLabel: "Intelligence line (drag, or use the arrow keys)",
    priceAtMost: (price: string) => `price ≤ ${price}`,
    intelligenceAtLeast: (score: number) => `intelligence ≥ ${score}`,
    // The axes and the quadrant
    priceAxis: (mix: string, log: boolean) => `Blended price, USD per million tokens (${mix}; ${log ? "log" : "linear"} scale) →`,
    priceAxisShort: (log: boolean) => `Blended price, $ per M tokens (${log ? "log" : "linear"}) →`,
    intelligenceAxis: "Intelligence Index (Artificial Analysis) →",
    quadrantName: "Attractive quadrant: high intelligence, low price",
    quadrantNameShort: "Attractive quadrant",
    // The dots' labels
    reportPrice: (price: number) => `report: ≈ $${price}`,
    scenario: "scenario",
    // The legend
    toggleVendor: "Click to show or hide this vendor",
    keyStandard: "● non-reasoning",
    keyReasoning: "◆ reasoning",
    keyAfter: "◌ released or priced after the report",
    keyScenario: "◌→ scenario price (what-if, not sourced)",
    // The scenario badge and the comparison line
    scenarioBadge: "Scenario",
    resetScenario: "Reset scenario",
    comparedAt: (scenario: string) => `at “${scenario}”: `,
    sameAsView: "the same prices as this view",
    separator: "; "
  }
} satisfies Record<Lang, unknown>;

export type QuadrantChartOptions = {
  lang: Lang;
  width: number;
  height?: number;
  vendors: readonly Vendor[];
  /** The report's facts: its own figures are shown beside the derived values, the models it names labelled first. */
  facts: readonly Fact[];
  /** The figure's caption. */
  title?: string;
  /** A line was dragged or moved with the keyboard. */
  onThresholds?: (thresholds: Thresholds) => void;
  onToggleVendor?: (id: string) => void;
  onResetScenario?: () => void;
};

export type QuadrantChart = {
  /** The figure: caption, chart, source, table view and CSV. */
  element: HTMLElement;
  update(view: QuadrantPageView): void;
  /** Another scenario's prices beside the current view: hollow dashed ghosts, and a line naming the difference ([] clears). */
  compare(ghosts: readonly Ghost[], scenarioName: string): void;
  /** Pixel positions of the plotted models. */
  positions(): {id: string; x: number; y: number}[];
};

const DOT_RADIUS = 6;
const FONT_SIZE = 11;
/** Above this many models the dots are painted on a canvas under the chart (fast), not one element each. */
export const BATCH_THRESHOLD = 400;
const MAX_LABELS_BATCHED = 40;

const SVG = "http://www.w3.org/2000/svg";

const round1 = (v: number) => Math.round(v * 10) / 10;

/** A dot's outline: a circle for a standard model, a diamond for a reasoning model, centred on x, y. */
export function symbolPath(x: number, y: number, reasoning: boolean, r = DOT_RADIUS): string {
  if (reasoning) {
    const s = r * 1.25;
    return `M${round1(x)},${round1(y - s)}L${round1(x + s)},${round1(y)}L${round1(x)},${round1(y + s)}L${round1(x - s)},${round1(y)}Z`;
  }
  return `M${round1(x + r)},${round1(y)}A${r},${r},0,1,1,${round1(x - r)},${round1(y)}A${r},${r},0,1,1,${round1(x + r)},${round1(y)}Z`;
}

/**
 * The same shapes on a canvas, for thousands of dots (no element, no layout per dot): a circle is
 * an arc; a diamond is a square drawn in a frame turned 45°, the same outline as the SVG's
 * diamond. Traced corner by corner, a diamond needs `closePath()`, which Chromium makes costly in
 * a path of many shapes: 1,000 diamonds took 6.6–8.3 ms against 0.5 ms as squares, which match
 * them to a few levels of antialiasing (docs/quadrant.md, "Speed").
 */
function traceSymbols(context: CanvasRenderingContext2D, dots: readonly {x: number; y: number; model: {reasoning: boolean}}[], r = DOT_RADIUS) {
  for (const {x, y, model} of dots) {
    if (model.reasoning) continue;
    context.moveTo(x + r, y);
    context.arc(x, y, r, 0, 2 * Math.PI);
  }
  const side = r * 1.25 * Math.SQRT2; // the diamond's half-diagonal is 1.25 r, as in symbolPath
  context.save();
  context.rotate(Math.PI / 4);
  for (const {x, y, model} of dots) {
    if (!model.reasoning) continue;
    // (x, y) in the turned frame: rotating it back by 45°.
    context.rect((x + y) / Math.SQRT2 - side / 2, (y - x) / Math.SQRT2 - side / 2, side, side);
  }
  context.restore();
}

/**
 * An axis as d3-axis draws one (a domain line, then a `g.tick` holding a line and a text per
 * tick, the same attributes), but its ticks kept by value and written only where something
 * changed: a tick that stays only moves, and its label is not set again. d3-axis sets every
 * label on each call, and a new text node is shaped and laid out anew, so every redraw that
 * moved the frame laid out all the labels of both axes (docs/quadrant.md, "Speed").
 */
function drawAxis(
  g: SVGGElement,
  orient: "bottom" | "left",
  ticks: readonly number[],
  position: (value: number) => number,
  format: (value: number) => string,
  [start, end]: [number, number]
) {
  const vertical = orient === "left";
  const k = vertical ? -1 : 1;
  const offset = typeof devicePixelRatio === "number" && devicePixelRatio > 1 ? 0 : 0.5; // crisp 1px lines, as d3-axis
  const axis = select(g);
  if (!g.hasAttribute("fill")) {
    axis.attr("fill", "none").attr("font-size", 10).attr("font-family", "sans-serif").attr("text-anchor", vertical ? "end" : "middle");
    axis.append("path").attr("class", "domain").attr("stroke", "currentColor");
  }
  setAttributes(g.querySelector("path.domain")!, {
    d: vertical ? `M${offset},${start + offset}V${end + offset}` : `M${start + offset},${offset}H${end + offset}`
  });
  axis
    .selectAll<SVGGElement, number>("g.tick")
    .data(ticks, (value) => String(value))
    .join((enter) => {
      const tick = enter.append("g").attr("class", "tick");
      tick.append("line").attr("stroke", "currentColor").attr(vertical ? "x2" : "y2", k * 6);
      tick.append("text").attr("fill", "currentColor").attr(vertical ? "x" : "y", k * 9).attr("dy", vertical ? "0.32em" : "0.71em");
      return tick;
    })
    .each(function (value) {
      const at = position(value) + offset;
      setAttributes(this, {opacity: "1", transform: vertical ? `translate(0,${at})` : `translate(${at},0)`});
      const text = this.lastElementChild!;
      const label = format(value);
      setText(text, label);
    });
}

/**
 * The ticks whose labels do not run into each other: on a narrow chart every other (or third…) of
 * the candidates, the same step throughout so the axis stays regular.
 */
export function spacedTicks(candidates: readonly number[], scale: (v: number) => number, labelWidth: (v: number) => number, gap = 8): number[] {
  for (let step = 1; step <= candidates.length; ++step) {
    const kept = candidates.filter((_, i) => i % step === 0);
    if (kept.every((v, i) => i === 0 || scale(v) - scale(kept[i - 1]) >= (labelWidth(v) + labelWidth(kept[i - 1])) / 2 + gap)) return kept;
  }
  return candidates.slice(0, 1);
}

const LOG_TICKS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

function roundPrice(value: number): number {
  return Number(value.toPrecision(value < 1 ? 2 : 2));
}

export function quadrantChart({
  lang,
  width,
  // A phone held upright has height to spare and too little width for the labels: a taller chart keeps them.
  height = width < 560 ? 600 : Math.round(Math.max(360, Math.min(580, width * 0.5))),
  vendors,
  facts,
  title = "",
  onThresholds,
  onToggleVendor,
  onResetScenario
}: QuadrantChartOptions): QuadrantChart {
  // A phone keeps room for the intelligence handle on the right, not more: the plot needs the width.
  const narrow = width < 560;
  const margin = {top: 44, right: narrow ? 70 : 104, bottom: 50, left: 54};
  const color = vendorColor;
  const report = reportFigures(facts);
  const named = new Set<string>([...REPORT_CLAIMS.attractive, ...REPORT_CLAIMS.leaders.map((l) => l.model), REPORT_CLAIMS.fastest.model]);
  const host = document.createElement("div");
  host.className = "qx-chart";

  const legend = document.createElement("div");
  legend.className = "qx-legend";
  // The what-if badge: made once, its words set on each change (a slider's drag changes them at
  // every step; the label and the button stay the same nodes).
  const badge = document.createElement("div");
  badge.className = "qx-badge";
  badge.hidden = true;
  badge.setAttribute("role", "status");
  const badgeLabel = document.createElement("strong");
  badgeLabel.textContent = TEXT[lang].scenarioBadge;
  const badgeText = document.createElement("span");
  const badgeReset = document.createElement("button");
  badgeReset.type = "button";
  badgeReset.className = "qx-badge-reset";
  badgeReset.textContent = TEXT[lang].resetScenario;
  badgeReset.addEventListener("click", () => onResetScenario?.());
  badge.append(badgeLabel, badgeText, badgeReset);
  const stage = document.createElement("div");
  stage.className = "qx-stage";
  const tooltip = document.createElement("div");
  tooltip.className = "qx-tooltip";
  tooltip.hidden = true;
  const compareNote = document.createElement("div");
  compareNote.className = "qx-compare-note";
  compareNote.hidden = true;
  // The banners sit in a slot of reserved height, so the chart does not jump when one appears.
  const status = document.createElement("div");
  status.className = "qx-status";
  status.append(badge, compareNote);
  host.append(legend, status, stage);
  stage.append(tooltip);

  const canvas = document.createElement("canvas");
  canvas.className = "qx-canvas";
  canvas.hidden = true;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  stage.prepend(canvas);
  const svg = select(stage)
    .insert("svg", ".qx-tooltip")
    .attr("class", "qx-svg")
    .attr("width", width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("font-size", FONT_SIZE);
  const gGrid = svg.append("g").attr("class", "qx-grid");
  const quadrantRect = svg.append("rect").attr("class", "qx-quadrant");
  const quadrantName = svg.append("text").attr("class", "qx-quadrant-name");
  const gAxisX = svg.append("g").attr("class", "qx-axis qx-axis-x").attr("transform", `translate(0,${height - margin.bottom})`);
  const gAxisY = svg.append("g").attr("class", "qx-axis qx-axis-y").attr("transform", `translate(${margin.left},0)`);
  const xTitle = svg.append("text").attr("class", "qx-axis-title").attr("x", width - margin.right).attr("y", height - 10).attr("text-anchor", "end");
  // Along the axis, so the price line's handle above the frame never sits on it.
  const yTitle = svg
    .append("text")
    .attr("class", "qx-axis-title")
    .attr("transform", `translate(14,${(margin.top + height - margin.bottom) / 2}) rotate(-90)`)
    .attr("text-anchor", "middle");
  const gArrows = svg.append("g").attr("class", "qx-arrows");
  const gGhosts = svg.append("g").attr("class", "qx-ghosts");
  const gCompare = svg.append("g").attr("class", "qx-compare");
  const gDots = svg.append("g").attr("class", "qx-dots");
  const gRings = svg.append("g").attr("class", "qx-rings");
  const gLabels = svg.append("g").attr("class", "qx-labels");
  const gLines = svg.append("g").attr("class", "qx-thresholds");
  const hoverRing = svg.append("circle").attr("class", "qx-hover").attr("r", DOT_RADIUS + 5).attr("display", "none");
  svg
    .append("defs")
    .append("marker")
    .attr("id", "qx-arrowhead")
    .attr("viewBox", "0 0 10 10")
    .attr("refX", 9)
    .attr("refY", 5)
    .attr("markerWidth", 7)
    .attr("markerHeight", 7)
    .attr("orient", "auto-start-reverse")
    .append("path")
    .attr("d", "M0,0L10,5L0,10Z")
    .attr("fill", "currentColor");

  // The dividing lines: a wide invisible hit line plus a visible line and a labelled handle each.
  const dividingLine = (kind: "price" | "iq", orientation: "horizontal" | "vertical", label: string) => {
    const line = gLines.append("g").attr("class", `qx-line qx-line-${kind}`);
    line.append("line").attr("class", "qx-line-hit");
    line.append("line").attr("class", "qx-line-visible");
    const handle = line
      .append("g")
      .attr("class", "qx-handle")
      .attr("tabindex", 0)
      .attr("role", "slider")
      .attr("aria-orientation", orientation)
      .attr("aria-label", label);
    handle.append("rect").attr("rx", 10).attr("height", 22);
    handle.append("text").attr("dy", "0.35em");
    return [line, handle] as const;
  };
  const [priceLine, priceHandle] = dividingLine("price", "horizontal", TEXT[lang].priceLineLabel);
  const [iqLine, iqHandle] = dividingLine("iq", "vertical", TEXT[lang].intelligenceLineLabel);

  let x: ScaleLogarithmic<number, number> | ScaleLinear<number, number> = scaleLog();
  let y = scaleLinear();
  let frameKey = "";
  let current: QuadrantPageView | null = null;
  let thresholds: Thresholds = {minIntelligence: 0, maxPrice: 1};
  let points: {model: PlottedModel; x: number; y: number}[] = [];
  let pinned: string | null = null;
  let legendKey = "";
  let compared: readonly Ghost[] = [];

  function update(view: QuadrantPageView) {
    current = view;
    thresholds = view.thresholds;
    drawFrame(view);
    drawModels(view);
    drawCompare();
    drawThresholds();
    drawLabels();
    drawLegend(view);
    drawBadge(view);
    refreshTooltip();
    figure.update({rows: view.plotted, columns: mainColumns(view, {lang, vendors, report})});
  }

  function drawFrame(view: QuadrantPageView) {
    const state = {...view.state, thresholds: view.thresholds, extent: view.extent};
    const prices = view.plotted.map((m) => m.price);
    const lowPrice = Math.min(state.extent.price[0], state.thresholds.maxPrice, ...prices);
    const highPrice = Math.max(state.extent.price[1], state.thresholds.maxPrice, ...prices);
    const xRange: [number, number] = [margin.left, width - margin.right];
    const yLow = Math.max(0, Math.floor((Math.min(state.extent.intelligence[0], state.thresholds.minIntelligence) - 3) / 5) * 5);
    let yHigh = Math.min(100, Math.ceil((Math.max(state.extent.intelligence[1], state.thresholds.minIntelligence) + 2) / 5) * 5);
    // The quadrant's name has the plot's top row to itself: the highest dot drawn stays below it.
    const topDot = Math.max(0, ...view.plotted.map((m) => m.intelligence));
    const plotHeight = height - margin.top - margin.bottom;
    while (yHigh < 100 && ((yHigh - topDot) / (yHigh - yLow)) * plotHeight < 26) yHigh += 5;
    const logScale = state.priceScale === "log";
    const xDomain: [number, number] = logScale ? [lowPrice / 1.5, highPrice * 1.5] : [0, highPrice * 1.06];
    const longTitle = TEXT[lang].priceAxis(mixWords(state.mix, lang), logScale);
    // On a phone the long title would run off the left edge: the short one says the same, the mix is in the toolbar.
    const title =
      textWidth(longTitle, 12) <= width - margin.right - 4
        ? longTitle
        : TEXT[lang].priceAxisShort(logScale);
    if (title !== xTitle.text()) xTitle.text(title);
    const key = `${state.priceScale}|${xDomain.join()}|${yLow}|${yHigh}`;
    if (key === frameKey) return;
    frameKey = key;
    x = logScale ? scaleLog(xDomain, xRange) : scaleLinear(xDomain, xRange);
    y = scaleLinear([yLow, yHigh], [height - margin.bottom, margin.top]);
    const candidates = logScale ? LOG_TICKS.filter((v) => v >= xDomain[0] && v <= xDomain[1]) : (x as ScaleLinear<number, number>).ticks(8);
    // A tick label centred near the frame's left edge would run into the intelligence ticks' labels,
    // which end 9 px left of it (the tick and its padding).
    const clearOfY = candidates.filter((v) => x(v) - textWidth(formatPriceShort(v, lang), 11) / 2 >= margin.left - 8);
    const xTicks = spacedTicks(clearOfY, x, (v) => textWidth(formatPriceShort(v, lang), 11));
    const yTicks = y.ticks(8);
    // Written only where a value changed, as the axes are: most redraws move a few lines, not all.
    gGrid
      .selectAll<SVGLineElement, number>("line.qx-grid-x")
      .data(xTicks)
      .join((enter) => enter.append("line").attr("class", "qx-grid-x"))
      .each(function (d) {
        setAttributes(this, {x1: String(x(d)), x2: String(x(d)), y1: String(margin.top), y2: String(height - margin.bottom)});
      });
    gGrid
      .selectAll<SVGLineElement, number>("line.qx-grid-y")
      .data(yTicks)
      .join((enter) => enter.append("line").attr("class", "qx-grid-y"))
      .each(function (d) {
        setAttributes(this, {x1: String(margin.left), x2: String(width - margin.right), y1: String(y(d)), y2: String(y(d))});
      });
    drawAxis(gAxisX.node()!, "bottom", xTicks, x, (d) => formatPriceShort(d, lang), xRange);
    drawAxis(gAxisY.node()!, "left", yTicks, y, y.tickFormat(), [height - margin.bottom, margin.top]); // d3-axis's default format
    if (yTitle.text() !== TEXT[lang].intelligenceAxis) yTitle.text(TEXT[lang].intelligenceAxis);
  }

  function drawModels(view: QuadrantPageView) {
    points = view.plotted.map((model) => ({model, x: x(model.price), y: y(model.intelligence)}));
    const batched = points.length > BATCH_THRESHOLD;
    setAttributes(gDots.node()!, {"data-mode": batched ? "canvas" : "each"});
    canvas.hidden = !batched;
    if (batched) {
      gDots.selectAll("path.qx-dot").remove();
      paintDots();
    } else {
      gDots
        .selectAll<SVGPathElement, (typeof points)[number]>("path.qx-dot")
        .data(points, (p) => p.model.id)
        .join("path")
        .each(function (p) {
          setAttributes(this, {
            class: `qx-dot${p.model.scenario ? " qx-scenario" : ""}${p.model.inQuadrant ? " qx-in" : ""}`,
            "data-id": p.model.id,
            "data-x": p.x.toFixed(1),
            "data-y": p.y.toFixed(1),
            fill: color(p.model.vendor),
            d: symbolPath(p.x, p.y, p.model.reasoning)
          });
        });
    }
    // What-if prices: the sourced position as a hollow ghost, an arrow to the scenario dot, a dashed
    // ring (on the canvas too when the dots are there).
    const moved = batched ? [] : points.filter((p) => p.model.scenario);
    gGhosts
      .selectAll<SVGPathElement, (typeof points)[number]>("path")
      .data(moved, (p) => p.model.id)
      .join("path")
      .attr("class", "qx-ghost")
      .attr("data-id", (p) => p.model.id)
      .attr("d", (p) => symbolPath(x(p.model.sourcedPrice), p.y, p.model.reasoning));
    gArrows
      .selectAll<SVGLineElement, (typeof points)[number]>("line")
      .data(moved, (p) => p.model.id)
      .join("line")
      .attr("class", "qx-arrow")
      .attr("marker-end", "url(#qx-arrowhead)")
      .attr("x1", (p) => x(p.model.sourcedPrice) + Math.sign(p.x - x(p.model.sourcedPrice)) * (DOT_RADIUS + 2))
      .attr("x2", (p) => p.x - Math.sign(p.x - x(p.model.sourcedPrice)) * (DOT_RADIUS + 4))
      .attr("y1", (p) => p.y)
      .attr("y2", (p) => p.y);
    const ringed = batched ? [] : points.filter((p) => p.model.scenario || p.model.releasedAfter || p.model.priceAfter);
    gRings
      .selectAll<SVGCircleElement, (typeof points)[number]>("circle")
      .data(ringed, (p) => p.model.id)
      .join("circle")
      .attr("class", (p) => (p.model.scenario ? "qx-ring qx-ring-scenario" : "qx-ring qx-ring-after"))
      .attr("data-id", (p) => p.model.id)
      .attr("cx", (p) => p.x)
      .attr("cy", (p) => p.y)
      .attr("r", (p) => DOT_RADIUS + (p.model.scenario ? 4 : 4.5));
  }

  /** The other scenario's ghosts, at its price and this view's score, each tied to its dot by a thin line. */
  function drawCompare() {
    const dotAt = new Map(points.map((p) => [p.model.id, p]));
    const shown = compared.flatMap((ghost) => {
      const dot = dotAt.get(ghost.id);
      return dot ? [{ghost, dot, gx: x(ghost.ghostPrice)}] : [];
    });
    gCompare
      .selectAll<SVGGElement, (typeof shown)[number]>("g")
      .data(shown, (d) => d.ghost.id)
      .join((enter) => {
        const g = enter.append("g");
        g.append("line").attr("class", "qx-compare-link");
        g.append("path").attr("class", "qx-compare-ghost");
        return g;
      })
      .attr("data-id", (d) => d.ghost.id)
      .each(function (d) {
        const direction = Math.sign(d.dot.x - d.gx);
        const link = this.querySelector("line")!;
        const path = this.querySelector("path")!;
        setAttributes(link, {
          x1: (d.gx + direction * (DOT_RADIUS + 1)).toFixed(1),
          x2: (d.dot.x - direction * (DOT_RADIUS + 1)).toFixed(1),
          y1: d.dot.y.toFixed(1),
          y2: d.dot.y.toFixed(1),
          stroke: color(d.ghost.vendor)
        });
        setAttributes(path, {
          d: symbolPath(d.gx, d.dot.y, d.dot.model.reasoning),
          stroke: color(d.ghost.vendor),
          "data-id": d.ghost.id,
          "data-x": d.gx.toFixed(1),
          "data-price": String(d.ghost.ghostPrice),
          "data-dot-price": String(d.ghost.price)
        });
      });
  }

  function compare(ghosts: readonly Ghost[], scenarioName: string) {
    // With "(none)" the page calls this on every input: nothing to draw, no second label pass.
    if (!ghosts.length && !compared.length && !scenarioName && compareNote.hidden) return;
    compared = ghosts;
    drawCompare();
    if (current) drawLabels();
    compareNote.hidden = !scenarioName;
    if (!scenarioName) return;
    compareNote.textContent = `◌ ${TEXT[lang].comparedAt(scenarioName)}${
      ghosts.length ? ghostDifference(ghosts, vendors, lang) : TEXT[lang].sameAsView
    }`;
  }

  let ink: string | null = null;
  function paintDots() {
    const ratio = typeof devicePixelRatio === "number" ? devicePixelRatio : 1;
    if (canvas.width !== Math.round(width * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const context = canvas.getContext("2d");
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    context.globalAlpha = 0.85;
    context.strokeStyle = "rgba(255,255,255,0.8)";
    context.lineWidth = 0.5;
    for (const [vendor, group] of groupBy(points, (p) => p.model.vendor)) {
      context.beginPath();
      traceSymbols(context, group);
      context.fillStyle = color(vendor);
      context.fill();
      context.stroke();
    }
    context.globalAlpha = 1;
    const moved = points.filter((p) => p.model.scenario);
    if (!moved.length) return;
    ink ??= (host.isConnected && getComputedStyle(host).color) || "#444"; // read once: it forces a style pass
    context.strokeStyle = ink;
    context.lineWidth = 1;
    context.setLineDash([3, 2]);
    context.beginPath();
    for (const p of moved) {
      const from = x(p.model.sourcedPrice);
      context.moveTo(from + DOT_RADIUS, p.y);
      context.arc(from, p.y, DOT_RADIUS, 0, 2 * Math.PI); // the ghost at the sourced price
      context.moveTo(p.x + DOT_RADIUS + 4, p.y);
      context.arc(p.x, p.y, DOT_RADIUS + 4, 0, 2 * Math.PI); // the scenario ring
    }
    context.stroke();
    context.setLineDash([]);
    context.beginPath();
    for (const p of moved) {
      const from = x(p.model.sourcedPrice);
      const direction = Math.sign(p.x - from);
      context.moveTo(from + direction * (DOT_RADIUS + 2), p.y);
      context.lineTo(p.x - direction * (DOT_RADIUS + 4), p.y);
    }
    context.stroke();
  }

  /** Where the dividing lines are drawn: at the thresholds, kept inside the plot. */
  function lineAt() {
    const [x0, x1] = x.range();
    const [y0, y1] = y.range();
    return {px: Math.max(x0, Math.min(x1, x(thresholds.maxPrice))), py: Math.max(y1, Math.min(y0, y(thresholds.minIntelligence)))};
  }

  function drawThresholds() {
    const [x0, x1] = x.range();
    const [y0, y1] = y.range();
    const {px, py} = lineAt();
    // Written only where a value changed: an attribute set again, even to the same value, has the
    // browser lay its element out again (docs/quadrant.md, "Speed").
    setAttributes(quadrantRect.node()!, {x: String(x0), y: String(y1), width: String(Math.max(0, px - x0)), height: String(Math.max(0, py - y1))});
    const fullName = TEXT[lang].quadrantName;
    setAttributes(quadrantName.node()!, {x: String(x0 + 8), y: String(y1 + 16)});
    setText(quadrantName.node()!, textWidth(fullName, 12, true) <= x1 - x0 - 12 ? fullName : TEXT[lang].quadrantNameShort);
    priceLine.selectAll<SVGLineElement, unknown>("line").each(function () {
      setAttributes(this, {x1: String(px), x2: String(px), y1: String(y1 - 6), y2: String(y0)});
    });
    iqLine.selectAll<SVGLineElement, unknown>("line").each(function () {
      setAttributes(this, {x1: String(x0), x2: String(x1 + 6), y1: String(py), y2: String(py)});
    });
    const priceText = `⇔ ≤ ${formatPriceShort(thresholds.maxPrice, lang)}`;
    const priceWidth = textWidth(priceText, FONT_SIZE, true) + 18;
    setAttributes(priceHandle.node()!, {
      transform: `translate(${px},${y1 - 24})`,
      "aria-valuenow": String(thresholds.maxPrice),
      "aria-valuetext": TEXT[lang].priceAtMost(formatPriceShort(thresholds.maxPrice, lang))
    });
    setAttributes(priceHandle.select("rect").node() as Element, {x: String(-priceWidth / 2), y: "-11", width: String(priceWidth)});
    const priceLabel = priceHandle.select("text").node() as Element;
    setAttributes(priceLabel, {"text-anchor": "middle"});
    setText(priceLabel, priceText);
    const iqText = `⇕ ≥ ${thresholds.minIntelligence}`;
    const iqWidth = textWidth(iqText, FONT_SIZE, true) + 18;
    setAttributes(iqHandle.node()!, {
      transform: `translate(${x1 + 10},${py})`,
      "aria-valuenow": String(thresholds.minIntelligence),
      "aria-valuetext": TEXT[lang].intelligenceAtLeast(thresholds.minIntelligence)
    });
    setAttributes(iqHandle.select("rect").node() as Element, {x: "0", y: "-11", width: String(iqWidth)});
    const iqLabel = iqHandle.select("text").node() as Element;
    setAttributes(iqLabel, {x: "9", "text-anchor": "start"});
    setText(iqLabel, iqText);
  }

  function labelText(model: PlottedModel): string {
    const parts = [model.model];
    const figures = report.get(model.id);
    if (figures?.price != null) parts.push(TEXT[lang].reportPrice(figures.price));
    if (model.scenario) parts.push(`${TEXT[lang].scenario} ${formatFactor(model.factor, lang)}`);
    return parts.join(" · ");
  }

  function drawLabels() {
    const priority = (p: (typeof points)[number]) =>
      // In-quadrant models first (the chart's point), then those the report names, then the rest.
      (p.model.inQuadrant ? 0 : named.has(p.model.id) ? 10 : 20) + (p.model.scenario ? 0 : 4) + (named.has(p.model.id) ? 0 : 2) + (p.model.onFrontier ? 0 : 1);
    // Each point's rank computed once, not at each of the sort's comparisons (2,000 dots: ~40,000),
    // and the points' indices sorted (plain numbers: no object per point to collect afterwards).
    const ranks = points.map(priority);
    const ordered = points
      .map((_, i) => i)
      .sort((a, b) => ranks[a] - ranks[b] || points[b].model.intelligence - points[a].model.intelligence)
      .map((i) => points[i]);
    const limit = points.length > BATCH_THRESHOLD ? MAX_LABELS_BATCHED : Infinity;
    const requests: LabelRequest[] = ordered.slice(0, limit === Infinity ? ordered.length : limit * 3).map((p) => {
      const text = labelText(p.model);
      const bold = named.has(p.model.id);
      return {id: p.model.id, x: p.x, y: p.y, text, width: measureText(text, FONT_SIZE, bold, sansSerif(lang)), height: Math.ceil(FONT_SIZE * 1.3), bold};
    });
    // Dots, and for what-if prices the ghost (a dot) and the arrow to it (a thin box along it), keep
    // labels off; a compared scenario's ghosts and their links too. One box per arrow, not points
    // sampled along it: no gap for a label to cross it through, and at 2,000 dots with a vendor's
    // what-if, a few hundred boxes instead of thousands of circles.
    const obstacles = points.map((p) => ({x: p.x, y: p.y, r: DOT_RADIUS + 1}));
    const arrows: Box[] = [];
    const keepOffArrow = (from: number, to: {x: number; y: number}) => {
      obstacles.push({x: from, y: to.y, r: DOT_RADIUS + 1});
      arrows.push({x0: Math.min(from, to.x), y0: to.y - 2, x1: Math.max(from, to.x), y1: to.y + 2});
    };
    for (const p of points) if (p.model.scenario) keepOffArrow(x(p.model.sourcedPrice), p);
    if (compared.length) {
      const dotAt = new Map(points.map((p) => [p.model.id, p]));
      for (const ghost of compared) {
        const p = dotAt.get(ghost.id);
        if (p) keepOffArrow(x(ghost.ghostPrice), p);
      }
    }
    const [x0, x1] = x.range();
    const [y0, y1] = y.range();
    const title = quadrantName.text();
    const {px, py} = lineAt();
    const placed = placeLabels(requests, {
      obstacles,
      bounds: {x0: margin.left + 2, y0: margin.top, x1: width - margin.right - 2, y1: height - margin.bottom - 2},
      radius: DOT_RADIUS + 2,
      limit,
      reserved: [{x0: x0 + 6, y0: y1 + 4, x1: x0 + 10 + textWidth(title, 12, true), y1: y1 + 22}, ...arrows],
      // The two dividing lines, red and dashed, are hard to read through from across a room.
      avoid: [
        {x0: px - 1, y0: y1, x1: px + 1, y1: y0},
        {x0, y0: py - 1, x1, y1: py + 1}
      ]
    });
    const scenario = new Set(points.filter((p) => p.model.scenario).map((p) => p.model.id));
    gLabels
      .selectAll<SVGTextElement, (typeof placed)[number]>("text")
      .data(placed, (d) => d.id)
      .join("text")
      .each(function (d) {
        setAttributes(this, {
          class: `qx-label${d.bold ? " qx-label-named" : ""}${scenario.has(d.id) ? " qx-label-scenario" : ""}`,
          "data-id": d.id,
          x: d.x.toFixed(1),
          y: d.y.toFixed(1),
          "text-anchor": d.anchor,
          dy: "0.35em"
        });
        setText(this, d.text);
      });
  }

  function drawLegend(view: QuadrantPageView) {
    const present = new Set(view.inView.map((m) => m.vendor));
    const hiddenVendors = new Set(view.options.hiddenVendors);
    const shown = [...vendors].sort((a, b) => a.order - b.order).filter((v) => present.has(v.id) || hiddenVendors.has(v.id));
    const anyAfter = view.plotted.some((m) => m.releasedAfter || m.priceAfter);
    // Built again only when its items change; hiding a vendor or applying a what-if only sets a
    // button's state or shows the what-if key, so the legend's text is not laid out again.
    const key = [...shown.map((v) => v.id), anyAfter, lang].join();
    if (key !== legendKey) {
      legendKey = key;
      legend.replaceChildren();
      for (const vendor of shown) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "qx-legend-vendor";
        button.dataset.vendor = vendor.id;
        button.title = TEXT[lang].toggleVendor;
        const swatch = document.createElement("span");
        swatch.className = "qx-swatch";
        swatch.style.background = color(vendor.id);
        button.append(swatch, vendorName(vendors, vendor.id, lang));
        button.addEventListener("click", () => onToggleVendor?.(vendor.id));
        legend.append(button);
      }
      const keyItem = (className: string, text: string) => {
        const span = document.createElement("span");
        span.className = `qx-legend-key ${className}`;
        span.textContent = text;
        legend.append(span);
      };
      keyItem("qx-key-standard", TEXT[lang].keyStandard);
      keyItem("qx-key-reasoning", TEXT[lang].keyReasoning);
      if (anyAfter) keyItem("qx-key-after", TEXT[lang].keyAfter);
      // The what-if key is always laid out and only shown with a scenario: applying one never
      // adds a legend row, so the plot below does not move (on a slide it has no room to).
      keyItem("qx-key-scenario", TEXT[lang].keyScenario);
    }
    for (const button of legend.querySelectorAll<HTMLButtonElement>(".qx-legend-vendor")) {
      setAttributes(button, {"aria-pressed": hiddenVendors.has(button.dataset.vendor!) ? "false" : "true"});
    }
    const scenarioKey = legend.querySelector(".qx-key-scenario")!;
    scenarioKey.classList.toggle("qx-key-off", !view.scenarioActive);
    if (view.scenarioActive) scenarioKey.removeAttribute("aria-hidden");
    else setAttributes(scenarioKey, {"aria-hidden": "true"});
  }

  function drawBadge(view: QuadrantPageView) {
    const scenarioText = view.state.changes.map((c) => describeChange(c, vendors, view.models, lang)).join(" · ");
    if (badge.hidden !== !scenarioText) badge.hidden = !scenarioText; // set only on a change, as setText does
    setText(badgeText, scenarioText);
  }

  // --- Hover and pin ----------------------------------------------------------------------
  function nearest(mx: number, my: number): (typeof points)[number] | null {
    let best: (typeof points)[number] | null = null;
    let bestDistance = 14 * 14;
    for (const p of points) {
      const d = (p.x - mx) ** 2 + (p.y - my) ** 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = p;
      }
    }
    return best;
  }

  function showTooltip(point: (typeof points)[number] | null) {
    if (!point || !current) {
      tooltip.hidden = true;
      hoverRing.attr("display", "none");
      return;
    }
    hoverRing.attr("display", null).attr("cx", point.x).attr("cy", point.y);
    tooltip.replaceChildren(
      modelDetails(point.model, {lang, mix: current.state.mix, vendors, asOf: current.asOf, report: report.get(point.model.id)})
    );
    tooltip.hidden = false;
    tooltip.dataset.id = point.model.id;
    const box = {w: tooltip.offsetWidth || 320, h: tooltip.offsetHeight || 200};
    const left = point.x + 16 + box.w > width ? point.x - 16 - box.w : point.x + 16;
    const top = Math.max(0, Math.min(height - box.h, point.y - box.h / 2));
    tooltip.style.left = `${Math.max(0, left)}px`;
    tooltip.style.top = `${top}px`;
  }

  function refreshTooltip() {
    if (tooltip.hidden) return;
    const id = pinned ?? tooltip.dataset.id;
    showTooltip(points.find((p) => p.model.id === id) ?? null);
  }

  function localPoint(event: PointerEvent | MouseEvent): [number, number] {
    const box = (svg.node() as SVGSVGElement).getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  }

  // --- Dragging the lines -----------------------------------------------------------------
  let dragging: "price" | "iq" | null = null;
  const svgNode = svg.node() as SVGSVGElement;

  function valueAt(kind: "price" | "iq", [mx, my]: [number, number]): Thresholds {
    const [x0, x1] = x.range();
    const [y0, y1] = y.range();
    if (kind === "price") {
      const price = roundPrice(x.invert(Math.max(x0, Math.min(x1, mx))) as number);
      return {...thresholds, maxPrice: Math.max(price, 0.001)};
    }
    return {...thresholds, minIntelligence: Math.round(y.invert(Math.max(y1, Math.min(y0, my))))};
  }

  function startDrag(kind: "price" | "iq") {
    return (event: PointerEvent) => {
      event.preventDefault();
      dragging = kind;
      pinned = null;
      showTooltip(null);
      host.classList.add("qx-dragging");
      try {
        svgNode.setPointerCapture(event.pointerId);
      } catch {
        // a synthetic pointer (tests, bench) has nothing to capture; the drag still works
      }
    };
  }
  priceLine.on("pointerdown", startDrag("price"));
  iqLine.on("pointerdown", startDrag("iq"));

  svgNode.addEventListener("pointermove", (event) => {
    const local = localPoint(event);
    if (dragging) {
      const next = valueAt(dragging, local);
      if (next.maxPrice !== thresholds.maxPrice || next.minIntelligence !== thresholds.minIntelligence) {
        thresholds = next;
        onThresholds?.(next);
      }
      return;
    }
    if (pinned) return;
    showTooltip(nearest(...local));
  });
  const endDrag = (event: PointerEvent) => {
    if (!dragging) return;
    dragging = null;
    host.classList.remove("qx-dragging");
    if (svgNode.hasPointerCapture?.(event.pointerId)) svgNode.releasePointerCapture(event.pointerId);
  };
  svgNode.addEventListener("pointerup", endDrag);
  svgNode.addEventListener("pointercancel", endDrag);
  svgNode.addEventListener("pointerleave", () => {
    if (!dragging && !pinned) showTooltip(null);
  });
  svgNode.addEventListener("click", (event) => {
    if ((event.target as Element).closest?.(".qx-line")) return;
    const point = nearest(...localPoint(event));
    pinned = point && pinned !== point.model.id ? point.model.id : null;
    showTooltip(point);
  });

  function keyStep(kind: "price" | "iq") {
    return (event: KeyboardEvent) => {
      const up = event.key === "ArrowUp" || event.key === "ArrowRight";
      const down = event.key === "ArrowDown" || event.key === "ArrowLeft";
      if (!up && !down) return;
      event.preventDefault();
      event.stopPropagation(); // the arrow moves the line, not the presentation's slide
      const big = event.shiftKey;
      if (kind === "iq") {
        const step = big ? 5 : 1;
        thresholds = {...thresholds, minIntelligence: Math.max(0, Math.min(100, thresholds.minIntelligence + (up ? step : -step)))};
      } else if (current?.state.priceScale === "linear") {
        const [d0, d1] = x.domain();
        const step = ((d1 - d0) / 100) * (big ? 5 : 1);
        thresholds = {...thresholds, maxPrice: Math.max(0.01, roundPrice(thresholds.maxPrice + (up ? step : -step)))};
      } else {
        const factor = big ? 1.5 : 1.1;
        thresholds = {...thresholds, maxPrice: Math.max(0.001, roundPrice(up ? thresholds.maxPrice * factor : thresholds.maxPrice / factor))};
      }
      onThresholds?.(thresholds);
    };
  }
  (priceHandle.node() as SVGGElement).addEventListener("keydown", keyStep("price"));
  (iqHandle.node() as SVGGElement).addEventListener("keydown", keyStep("iq"));

  // The site's figure, made once: a drag or a focused handle inside it survives an update; the
  // table view is built when opened and the CSV written at the click, from the rows shown then.
  const figure = siteFigure<PlottedModel>({
    lang,
    title,
    chart: host,
    rows: [],
    columns: [],
    source: comparisonSource(lang),
    fileName: "intelligence-vs-price",
    className: "qx-main-figure",
    view: "main",
    interactive: true
  });

  return {
    element: figure,
    update,
    compare,
    positions: () => points.map((p) => ({id: p.model.id, x: p.x, y: p.y}))
  };
}

/** The difference a compared scenario makes, by vendor: "Anthropic −50%", or a range when its models move unequally. */
export function ghostDifference(ghosts: readonly Ghost[], vendors: readonly Vendor[], lang: Lang): string {
  const byVendor = groupBy(ghosts, (g) => g.vendor);
  const order = (id: string) => vendors.find((v) => v.id === id)?.order ?? Infinity;
  return [...byVendor]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([vendor, group]) => {
      const [low, high] = extent(group, (g) => g.change) as [number, number];
      const change =
        high - low < 0.005 ? formatFactor(1 + low, lang) : `${formatFactor(1 + low, lang)} … ${formatFactor(1 + high, lang)}`;
      return `${vendorName(vendors, vendor, lang)} ${change}`;
    })
    .join(TEXT[lang].separator);
}
