// The quadrant's companion views, drawn with Plot: the Pareto frontier, intelligence per dollar,
// output speed with each figure's date, and the price-decline projection. Pure: (view, options)
// -> SVG; src/features/quadrant/explorer.ts wraps them in figures and redraws them.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {dateOfDecimalYear, projectPrice} from "../../lib/economics.js";
import {t} from "../../lib/i18n.js";
import {formatPartialDate} from "../../ui/format.js";
import type {PriceScale} from "../../lib/quadrant-params.js";
import type {PlottedModel, Projection, QuadrantView, ReportFigures, SpeedModel} from "../../lib/quadrant-view.js";
import type {Lang} from "../../lib/lang.js";
import {BATCH_THRESHOLD} from "./chart.js";
import {formatFactor, formatNumber, formatPrice, formatPriceShort} from "./format.js";
import {placeLabels, textWidth, type PlacedLabel} from "./labels.js";

type Common = {lang: Lang; width: number; color: (vendor: string) => string};

const ACCENT = "var(--deck-accent, #c8102e)";

function priceAxisLabel(lang: Lang): string {
  return t(lang, "混合价格（美元 / 百万 tokens）→", "Blended price (USD per 1M tokens) →");
}

/** The Pareto frontier: the most intelligence for the price, as a staircase through the models nothing beats. */
export function paretoPlot(view: QuadrantView, {lang, width, color, priceScale}: Common & {priceScale: PriceScale}) {
  const frontier = view.frontier;
  const others = view.plotted.filter((m) => !m.onFrontier);
  const height = 360;
  const margin = {top: 24, right: 16, bottom: 36, left: 44};
  const prices = view.plotted.map((m) => m.price);
  const scores = view.plotted.map((m) => m.intelligence);
  const log = priceScale === "log";
  const xDomain: [number, number] = prices.length
    ? log
      ? [Math.min(...prices) / 1.4, Math.max(...prices) * 1.4]
      : [0, Math.max(...prices) * 1.05]
    : [0.1, 100];
  const yDomain: [number, number] = scores.length ? [Math.min(...scores) - 2, Math.max(...scores) + 3] : [0, 100];
  const x = Plot.scale({x: {type: priceScale, domain: xDomain, range: [margin.left, width - margin.right]}});
  const y = Plot.scale({y: {type: "linear", domain: yDomain, range: [height - margin.bottom, margin.top]}});
  const label = (m: PlottedModel) => `${m.model}${m.scenario ? ` (${t(lang, "情景", "scenario")} ${formatFactor(m.factor, lang)})` : ""}`;
  const points = view.plotted.map((m) => ({m, px: x.apply(m.price) as number, py: y.apply(m.intelligence) as number}));
  const placed = placeLabels(
    frontier.slice(0, 40).map((m) => {
      const p = points.find((q) => q.m === m)!;
      const text = label(m);
      return {id: m.id, x: p.px, y: p.py, text, width: textWidth(text, 11), height: 13};
    }),
    {
      obstacles: points.length <= BATCH_THRESHOLD ? points.map((p) => ({x: p.px, y: p.py, r: 5})) : [],
      bounds: {x0: margin.left, y0: margin.top - 10, x1: width - margin.right, y1: height - margin.bottom},
      radius: 6,
      // The staircase runs right of and below each step: labels go left and above first.
      directions: ["left", "top-left", "top", "bottom-left", "top-right", "bottom", "right", "bottom-right"]
    }
  );
  return Plot.plot({
    width,
    height,
    marginLeft: margin.left,
    marginRight: margin.right,
    marginTop: margin.top,
    marginBottom: margin.bottom,
    style: {fontSize: "11px"},
    x: {type: priceScale, domain: xDomain, label: priceAxisLabel(lang), tickFormat: (d: number) => formatPriceShort(d, lang), ticks: log ? 5 : 6},
    y: {domain: yDomain, label: t(lang, "↑ 智力指数", "↑ Intelligence index"), grid: true},
    marks: [
      others.length <= BATCH_THRESHOLD
        ? Plot.dot(others, {x: "price", y: "intelligence", r: 3, fill: "var(--theme-foreground-faint, #bbb)"})
        : null,
      Plot.line(frontier, {x: "price", y: "intelligence", curve: "step-after", stroke: ACCENT, strokeWidth: 2}),
      Plot.dot(frontier, {
        x: "price",
        y: "intelligence",
        r: 5,
        fill: (m: PlottedModel) => color(m.vendor),
        symbol: (m: PlottedModel) => (m.reasoning ? "diamond" : "circle"),
        stroke: "white"
      }),
      Plot.dot(
        frontier.filter((m) => m.scenario),
        {x: "price", y: "intelligence", r: 9, stroke: "currentColor", strokeDasharray: "2,2", fill: "none"}
      ),
      ...(["start", "middle", "end"] as const).map((anchor) =>
        Plot.text(
          placed.filter((l) => l.anchor === anchor),
          {
            x: (l: PlacedLabel) => x.invert!(l.x),
            y: (l: PlacedLabel) => y.invert!(l.y),
            text: "text",
            textAnchor: anchor,
            stroke: "var(--theme-background, white)",
            strokeWidth: 3,
            fill: "currentColor"
          }
        )
      )
    ]
  });
}

/** Intelligence per dollar, best first: the top `limit` models. */
export function valuePlot(view: QuadrantView, {lang, width, color, limit = 20}: Common & {limit?: number}) {
  const rows = [...view.plotted].sort((a, b) => b.perDollar - a.perDollar || a.price - b.price).slice(0, limit);
  const label = (m: PlottedModel) => m.model;
  const longest = Math.max(60, ...rows.map((m) => textWidth(label(m), 11)));
  const marginLeft = Math.min(Math.round(longest) + 12, Math.round(width * 0.4));
  return Plot.plot({
    width,
    height: rows.length * 22 + 48,
    marginLeft,
    marginRight: Math.min(96, Math.round(width * 0.2)),
    style: {fontSize: "11px"},
    x: {label: t(lang, "每美元智力：智力指数 ÷ 混合价格 →", "Intelligence per dollar: index ÷ blended price →"), grid: true},
    y: {domain: rows.map(label), label: null, tickSize: 0},
    marks: [
      Plot.barX(
        rows.filter((m) => !m.scenario),
        {x: "perDollar", y: label, fill: (m: PlottedModel) => color(m.vendor)}
      ),
      // What-if values: pale with a dashed outline, never mistaken for sourced ones.
      Plot.barX(
        rows.filter((m) => m.scenario),
        {x: "perDollar", y: label, fill: (m: PlottedModel) => color(m.vendor), fillOpacity: 0.4, stroke: "currentColor", strokeDasharray: "3,2"}
      ),
      Plot.text(rows, {
        x: "perDollar",
        y: label,
        text: (m: PlottedModel) =>
          `${formatNumber(m.perDollar, lang, {maximumFractionDigits: m.perDollar < 10 ? 1 : 0})}${m.scenario ? ` · ${t(lang, "情景", "scenario")}` : ""}`,
        dx: 4,
        textAnchor: "start",
        fill: "currentColor"
      }),
      Plot.ruleX([0])
    ]
  });
}

/** Output speed, fastest first, each bar with the month its figure was measured and whether the report states it. */
export function speedPlot(
  view: QuadrantView,
  {lang, width, color, report, limit = 20}: Common & {report: Map<string, ReportFigures>; limit?: number}
) {
  const rows = view.speeds.slice(0, limit);
  const longest = Math.max(60, ...rows.map((m) => textWidth(m.model, 11)));
  const marginLeft = Math.min(Math.round(longest) + 12, Math.round(width * 0.4));
  const note = (s: SpeedModel) => {
    const parts = [formatNumber(s.speed, lang)];
    if (s.asOf) parts.push(formatPartialDate(s.asOf, lang));
    if (report.get(s.id)?.speed === s.speed) parts.push(t(lang, "报告数据", "the report's figure"));
    if (s.afterReport) parts.push(t(lang, "晚于报告", "after the report"));
    return parts.join(" · ");
  };
  const longestNote = Math.max(40, ...rows.map((r) => textWidth(note(r), 11)));
  return Plot.plot({
    width,
    height: Math.max(1, rows.length) * 22 + 48,
    marginLeft,
    marginRight: Math.min(Math.round(longestNote) + 12, Math.round(width * 0.45)),
    style: {fontSize: "11px"},
    x: {label: t(lang, "输出速度，tokens / 秒 →", "Output speed, tokens per second →"), grid: true},
    y: {domain: rows.map((s) => s.model), label: null, tickSize: 0},
    marks: [
      Plot.barX(
        rows.filter((s) => !s.afterReport),
        {x: "speed", y: "model", fill: (s: SpeedModel) => color(s.vendor)}
      ),
      Plot.barX(
        rows.filter((s) => s.afterReport),
        {x: "speed", y: "model", fill: (s: SpeedModel) => color(s.vendor), fillOpacity: 0.4}
      ),
      Plot.text(rows, {x: "speed", y: "model", text: note, dx: 4, textAnchor: "start", fill: "currentColor"}),
      Plot.ruleX([0])
    ]
  });
}

export type ProjectionChart = {element: HTMLElement; update(projection: Projection, options: {priceRange: [number, number]}): void};

/**
 * OpenAI's price history with its trend (Plot), and over it the presenter's assumption: the
 * decline from today's cheapest qualifying model to the target price (drawn with d3 in place,
 * so moving the decline or the target redraws a few marks, not the chart).
 */
export function projectionChart({lang, width}: {lang: Lang; width: number}): ProjectionChart {
  const height = 380;
  const element = document.createElement("div");
  element.className = "qx-projection-chart";
  let baseKey = "";
  let svg: (SVGSVGElement & {scale(name: string): {apply(v: unknown): number; invert?(v: number): unknown}}) | null = null;
  let domain = {x: [0, 0] as [number, number], y: [0, 0] as [number, number]};

  function drawBase(projection: Projection, priceRange: [number, number]) {
    const {history, fit, start, targetPrice} = projection;
    // Every plotted price is in priceRange, so whichever model starts the projection is inside.
    const prices = [...history.map((h) => h.price), priceRange[0], priceRange[1], targetPrice];
    const years = history.map((h) => h.year);
    const first = years.length ? Math.min(...years) : (start?.year ?? 2024);
    const last = years.length ? Math.max(...years) : first;
    domain = {x: [first - 0.3, Math.floor(last) + 11], y: [Math.min(...prices) / 1.8, Math.max(...prices) * 1.8]};
    const fitLine = fit ? [fit.from, fit.to].map((year) => ({date: dateOfDecimalYear(year), price: Math.exp(fit.intercept + fit.slope * year)})) : [];
    type H = Projection["history"][number];
    svg = Plot.plot({
      width,
      height,
      marginLeft: 52,
      marginRight: 24,
      style: {fontSize: "11px"},
      x: {type: "utc", domain: domain.x.map(dateOfDecimalYear), label: null, grid: true},
      y: {
        type: "log",
        domain: domain.y,
        label: t(lang, "↑ 混合价格（美元 / 百万 tokens，对数）", "↑ Blended price (USD per 1M tokens, log)"),
        grid: true,
        tickFormat: (d: number) => formatPriceShort(d, lang)
      },
      marks: [
        Plot.line(fitLine, {x: "date", y: "price", stroke: "var(--theme-foreground-muted, #666)", strokeWidth: 1.5}),
        Plot.dot(history, {
          x: (h: H) => dateOfDecimalYear(h.year),
          y: "price",
          r: 4.5,
          fill: (h: H) => (h.inFit ? "var(--theme-foreground, #222)" : "none"),
          stroke: "var(--theme-foreground, #222)"
        }),
        Plot.text(history, {
          x: (h: H) => dateOfDecimalYear(h.year),
          y: "price",
          text: (h: H) => openaiName(h.name, lang),
          dx: 7,
          textAnchor: "start",
          stroke: "var(--theme-background, white)",
          strokeWidth: 3,
          fill: "currentColor"
        })
      ]
    }) as never;
    const overlay = d3.select(svg as SVGSVGElement).append("g").attr("class", "qx-projection-overlay");
    overlay.append("line").attr("class", "qx-target-rule");
    overlay.append("text").attr("class", "qx-target-label").attr("dy", "-0.5em");
    overlay.append("path").attr("class", "qx-projection-line");
    overlay.append("line").attr("class", "qx-reach-rule");
    overlay.append("circle").attr("class", "qx-reach-dot").attr("r", 6);
    overlay.append("text").attr("class", "qx-reach-label").attr("text-anchor", "end").attr("dx", -10).attr("dy", -12);
    overlay.append("circle").attr("class", "qx-start-dot").attr("r", 6);
    overlay.append("text").attr("class", "qx-start-label").attr("text-anchor", "end").attr("dx", -10).attr("dy", 16);
    element.replaceChildren(svg as SVGSVGElement);
  }

  function update(projection: Projection, {priceRange}: {priceRange: [number, number]}) {
    const {start, reachYear, years, decline, targetPrice} = projection;
    const key = JSON.stringify([projection.history, projection.fit, priceRange, lang]);
    if (key !== baseKey || !svg || targetPrice < domain.y[0] || targetPrice > domain.y[1]) {
      baseKey = key;
      drawBase(projection, priceRange);
    }
    const x = (year: number) => svg!.scale("x").apply(dateOfDecimalYear(year));
    const y = (price: number) => svg!.scale("y").apply(price);
    const overlay = d3.select(svg as SVGSVGElement).select(".qx-projection-overlay");
    const [x0, x1] = [x(domain.x[0]), x(domain.x[1])];
    overlay.select(".qx-target-rule").attr("x1", x0).attr("x2", x1).attr("y1", y(targetPrice)).attr("y2", y(targetPrice));
    overlay
      .select(".qx-target-label")
      .attr("x", x0 + 4)
      .attr("y", y(targetPrice))
      .text(t(lang, `目标价格 ${formatPriceShort(targetPrice, lang)}`, `target ${formatPriceShort(targetPrice, lang)}`));
    overlay.selectAll(".qx-start-dot, .qx-start-label, .qx-projection-line").attr("display", start ? null : "none");
    const reached = start && years != null && years > 0 && reachYear != null;
    const inside = reached && reachYear! <= domain.x[1];
    overlay.selectAll(".qx-reach-rule, .qx-reach-dot, .qx-reach-label").attr("display", reached ? null : "none");
    if (!start) return;
    const end = inside ? reachYear! : domain.x[1];
    const samples = d3.range(0, 25).map((i) => start.year + ((end - start.year) * i) / 24);
    overlay.select(".qx-projection-line").attr("d", d3.line<number>((year) => x(year), (year) => y(projectPrice(start.model.price, decline, year - start.year)))(samples));
    overlay.select(".qx-start-dot").attr("cx", x(start.year)).attr("cy", y(start.model.price));
    overlay
      .select(".qx-start-label")
      .attr("x", x(start.year))
      .attr("y", y(start.model.price))
      .text(`${start.model.model} ${formatPrice(start.model.price, lang)}${start.model.scenario ? ` (${t(lang, "情景", "scenario")})` : ""}`);
    if (!reached) return;
    const reachX = x(Math.min(reachYear!, domain.x[1]));
    const reachY = inside ? y(targetPrice) : y(projectPrice(start.model.price, decline, domain.x[1] - start.year));
    overlay.select(".qx-reach-rule").attr("x1", reachX).attr("x2", reachX).attr("y1", y(domain.y[1])).attr("y2", y(domain.y[0]));
    overlay.select(".qx-reach-dot").attr("cx", reachX).attr("cy", reachY);
    const month = dateOfDecimalYear(reachYear!).toISOString().slice(0, 7);
    overlay
      .select(".qx-reach-label")
      .attr("x", reachX)
      .attr("y", reachY)
      .text(inside ? `≈ ${formatPartialDate(month, lang)}` : t(lang, `→ ${formatPartialDate(month, lang)}（超出图示范围）`, `→ ${formatPartialDate(month, lang)} (beyond the chart)`));
  }

  return {element, update};
}

/** Fig. 12's row names in the reader's language ("o1 系列 (o1、o1-mini)" reads "o1 series (o1, o1-mini)"). */
export function openaiName(name: string, lang: Lang): string {
  return lang === "zh" ? name : name.replace(/\s*系列\s*/, " series ").replace(/、/g, ", ").replace(/\s+/g, " ").trim();
}
