// The quadrant's companion views, drawn with Plot: the Pareto frontier, intelligence per dollar,
// output speed with each figure's date, and the price-decline projection. Pure: the plots are
// (view, options) -> SVG, the figures (view, {width, lang, ...}) -> Element with caption,
// source, note, table view and CSV; the page renders them in cells once they are on screen.
import * as Plot from "../../vendor/plot.js";
import {max, min, range} from "../../vendor/plot.js";
import {dateOfDecimalYear, projectPrice} from "../../lib/economics.js";
import {formatPartialDate} from "../../ui/format.js";
import type {PriceScale} from "../../lib/quadrant-params.js";
import type {PlottedModel, Projection, QuadrantView, ReportFigures, SpeedModel, QuadrantPageView} from "../../lib/quadrant-view.js";
import type {Vendor} from "../../lib/schema.js";
import {vendorColor} from "../../ui/palette.js";
import type {Lang} from "../../lib/lang.js";
import {figure} from "../../ui/figure.js";
import {setText} from "../../ui/slot.js";
import {labelMargin} from "../../ui/plot.js";
import {BATCH_THRESHOLD} from "./chart.js";
import {comparisonSource, formatFactor, formatNumber, formatPrice, formatPriceShort, mixWords, openaiName} from "./format.js";
import {placeLabels, textWidth, type PlacedLabel} from "./labels.js";
import {monthOfYear, paretoColumns, projectionColumns, projectionRows, speedColumns, valueColumns} from "./tables.js";

const TEXT = {
  zh: {
    // Shared by the plots and the figures
    scenario: "情景",
    scenarioPrice: "（情景价格）",
    // The plots' axes and labels
    priceAxis: "混合价格（美元 / 百万 tokens）→",
    intelligenceAxis: "↑ 智力指数",
    perDollarAxis: "每美元智力：智力指数 ÷ 混合价格 →",
    reportFigure: "报告数据",
    afterReport: "晚于报告",
    speedAxis: "输出速度，tokens / 秒 →",
    projectionPriceAxis: "↑ 混合价格（美元 / 百万 tokens，对数）",
    targetPrice: (price: string) => `目标价格 ${price}`,
    fitLabel: (decline: string) => `拟合 −${decline}%/年`,
    beyondChart: (month: string) => `→ ${month}（超出图示范围）`,
    // paretoFigure
    paretoTitle: "帕累托前沿：同等价格下智力最高的模型",
    paretoNote: (frontier: number, others: number) =>
      `前沿上的 ${frontier} 个模型中，没有任何其他模型能以更低或相同的价格提供更高或相同的智力。其余 ${others} 个模型（灰色）都被至少一个前沿模型超越。`,
    // valueFigure
    valueTitle: "每美元智力排名",
    valueTop: (limit: number, total: number) => `图中为前 ${limit} 名（共 ${total} 个有价格和智力分数的模型，表格中列出全部）。`,
    valueDefinition: "每美元智力 = 智力指数 ÷ 混合价格（美元 / 百万 tokens）。",
    // speedFigure
    nameSeparator: "、",
    fullStop: "。",
    fastestShown: (limit: number) => `图中为最快的 ${limit} 个。`,
    speedBars: "条形旁为数值与测量月份；浅色为晚于报告的测量。",
    measuredAfter: (count: number) => `测于报告之后，“报告时点”中不显示（${count}）：`,
    namedNoFigure: "：报告称其速度第二，但未给数值。",
    noSpeedFigure: (count: number) => `无模型级速度数据（${count}）：`,
    speedTitle: "输出速度及其测量日期",
    // projectionFigure
    projectionTitle: "价格下降推演：按 OpenAI 价格历史拟合",
    projectionSource:
      "report Fig. 12（OpenAI 官网标价，华创证券）；起点模型：外部数据 Artificial Analysis 与厂商标价；年降幅为演示者的假设",
    fitNote: (n: number, mix: string, decline: string, r2: string, weak: boolean) =>
      `拟合：对报告图表 12 中 ${n} 个有价格的 OpenAI 模型（${mix} 混合）按发布时间做对数线性回归，年降幅 ${decline}%，R² = ${r2}。${
        weak ? "拟合很弱：图表 12 混合了不同档次的模型（如 GPT-4.5），请把它当作粗略参照，并设定自己的假设。" : ""
      }`,
    noFit: "参与拟合的价格少于两个，无法拟合。",
    // projectionAnswerText
    comma: "，",
    noStart: (level: number) => `当前视图中没有智力指数 ≥ ${level} 且有价格的模型。`,
    alreadyThere: (level: number, target: string, start: string) => `智力 ≥ ${level} 已经达到 ${target} 以下：${start}。`,
    neverThere: (level: number, start: string, target: string) => `年降幅为 0 时，智力 ≥ ${level}（目前最便宜：${start}）永远不会降到 ${target}。`,
    reachesTarget: (pct: string, level: number, start: string, years: string, target: string, month: string) =>
      `按每年降价 ${pct}% 推算，智力 ≥ ${level} 的最便宜模型（${start}）约 ${years} 年后降到 ${target}：约 ${month}。`
  },
  en: {
    // Shared by the plots and the figures
    scenario: "scenario",
    scenarioPrice: " (scenario price)",
    // The plots' axes and labels
    priceAxis: "Blended price (USD per 1M tokens) →",
    intelligenceAxis: "↑ Intelligence index",
    perDollarAxis: "Intelligence per dollar: index ÷ blended price →",
    reportFigure: "the report's figure",
    afterReport: "after the report",
    speedAxis: "Output speed, tokens per second →",
    projectionPriceAxis: "↑ Blended price (USD per 1M tokens, log)",
    targetPrice: (price: string) => `target ${price}`,
    fitLabel: (decline: string) => `fit −${decline}%/yr`,
    beyondChart: (month: string) => `→ ${month} (beyond the chart)`,
    // paretoFigure
    paretoTitle: "Pareto frontier: the most intelligence for the price",
    paretoNote: (frontier: number, others: number) =>
      `No other model offers as much intelligence or more at the same price or less than these ${frontier} frontier models; each of the other ${others} (grey) is beaten by at least one of them.`,
    // valueFigure
    valueTitle: "Intelligence per dollar, ranked",
    valueTop: (limit: number, total: number) => `The top ${limit} of ${total} models with a price and a score (all in the table view).`,
    valueDefinition: "Intelligence per dollar = intelligence index ÷ blended price (USD per million tokens).",
    // speedFigure
    nameSeparator: ", ",
    fullStop: ".",
    fastestShown: (limit: number) => `The fastest ${limit} are shown.`,
    speedBars: "Each bar gives the figure and the month it was measured; pale bars were measured after the report.",
    measuredAfter: (count: number) => `Measured after the report, not in the report snapshot (${count}): `,
    namedNoFigure: ": the report names it second fastest but gives no figure.",
    noSpeedFigure: (count: number) => `No model-level speed figure (${count}): `,
    speedTitle: "Output speed, with the date of each figure",
    // projectionFigure
    projectionTitle: "Price-decline projection, fitted on OpenAI's price history",
    projectionSource:
      "report Fig. 12 (OpenAI list prices, Huachuang Securities); starting model: outside: Artificial Analysis and vendors' list prices; the yearly decline is the presenter's assumption",
    fitNote: (n: number, mix: string, decline: string, r2: string, weak: boolean) =>
      `Fit: log-linear regression of ${n} priced OpenAI models of the report's Fig. 12 (blended ${mix}) on release date: ${decline}% a year, R² = ${r2}.${
        weak ? " A weak fit: Fig. 12 mixes tiers (GPT-4.5 is a premium model), so read it as a loose anchor and set your own assumption." : ""
      }`,
    noFit: "Fewer than two prices in the fit: no trend.",
    // projectionAnswerText
    comma: ", ",
    noStart: (level: number) => `No model in the current view has an intelligence index ≥ ${level} and a price.`,
    alreadyThere: (level: number, target: string, start: string) => `Intelligence ≥ ${level} already costs ${target} or less: ${start}.`,
    neverThere: (level: number, start: string, target: string) =>
      `At a 0% yearly decline, intelligence ≥ ${level} (cheapest now: ${start}) never reaches ${target}.`,
    reachesTarget: (pct: string, level: number, start: string, years: string, target: string, month: string) =>
      `At an assumed ${pct}% yearly decline, the cheapest model with intelligence ≥ ${level} (${start}) reaches ${target} in about ${years} years: around ${month}.`
  }
} satisfies Record<Lang, unknown>;

/** height: the plot's, for the charts drawn at a fixed height (the Pareto frontier, the projection); a slide's is lower. */
type Common = {lang: Lang; width: number; height?: number};
const color = vendorColor;

const ACCENT = "var(--deck-accent, #c8102e)";

function priceAxisLabel(lang: Lang): string {
  return TEXT[lang].priceAxis;
}

/** The Pareto frontier: the most intelligence for the price, as a staircase through the models nothing beats. */
export function paretoPlot(view: QuadrantView, {lang, width, height = 360, priceScale}: Common & {priceScale: PriceScale}) {
  const frontier = view.frontier;
  const others = view.plotted.filter((m) => !m.onFrontier);
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
  const label = (m: PlottedModel) => `${m.model}${m.scenario ? ` (${TEXT[lang].scenario} ${formatFactor(m.factor, lang)})` : ""}`;
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
    y: {domain: yDomain, label: TEXT[lang].intelligenceAxis, grid: true},
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

/**
 * A bar chart's model names: beside the bars where they fit in 40% of the width; on a narrow chart
 * (a phone) above each bar, from its start, so no name is cut and the bars keep the width.
 */
function barNames(names: string[], width: number, besideRow = 22) {
  const beside = labelMargin(names, 11);
  const above = beside > Math.round(width * 0.4);
  return {
    marginLeft: above ? 4 : beside,
    rowHeight: above ? 34 : besideRow,
    y: above ? {axis: null} : {tickSize: 0},
    /** The bar in the lower part of its row, under its name. */
    bar: above ? {insetTop: 16} : {},
    /** A value beside a bar, level with it. */
    dy: above ? 8 : 0,
    marks: <R>(rows: R[], name: (r: R) => string) =>
      above ? [Plot.text(rows, {x: () => 0, y: name, text: name, dy: -8, dx: 1, textAnchor: "start", fill: "currentColor"})] : []
  };
}

/** Intelligence per dollar, best first: the top `limit` models, a bar each `rowHeight` apart (a slide's are closer). */
export function valuePlot(view: QuadrantView, {lang, width, limit = 20, rowHeight}: Common & {limit?: number; rowHeight?: number}) {
  const rows = [...view.plotted].sort((a, b) => b.perDollar - a.perDollar || a.price - b.price).slice(0, limit);
  const label = (m: PlottedModel) => m.model;
  // Measured in Plot's own font (the estimate ran short and cut long names at the left edge).
  const names = barNames(rows.map(label), width, rowHeight);
  return Plot.plot({
    width,
    height: rows.length * names.rowHeight + 60,
    // The axis title on its own line under the tick labels, not on the last tick.
    marginBottom: 44,
    marginLeft: names.marginLeft,
    marginRight: Math.min(96, Math.round(width * 0.2)),
    style: {fontSize: "11px"},
    x: {label: TEXT[lang].perDollarAxis, labelOffset: 38, grid: true},
    y: {domain: rows.map(label), label: null, ...names.y},
    marks: [
      Plot.barX(
        rows.filter((m) => !m.scenario),
        {x: "perDollar", y: label, fill: (m: PlottedModel) => color(m.vendor), ...names.bar}
      ),
      // What-if values: pale with a dashed outline, never mistaken for sourced ones.
      Plot.barX(
        rows.filter((m) => m.scenario),
        {x: "perDollar", y: label, fill: (m: PlottedModel) => color(m.vendor), fillOpacity: 0.4, stroke: "currentColor", strokeDasharray: "3,2", ...names.bar}
      ),
      Plot.text(rows, {
        x: "perDollar",
        y: label,
        text: (m: PlottedModel) =>
          `${formatNumber(m.perDollar, lang, {maximumFractionDigits: m.perDollar < 10 ? 1 : 0})}${m.scenario ? ` · ${TEXT[lang].scenario}` : ""}`,
        dx: 4,
        dy: names.dy,
        textAnchor: "start",
        fill: "currentColor"
      }),
      ...names.marks(rows, label),
      Plot.ruleX([0])
    ]
  });
}

/** Output speed, fastest first, each bar with the month its figure was measured and whether the report states it. */
export function speedPlot(
  view: QuadrantView,
  {lang, width, report, limit = 20, grow = 0}: Common & {report: Map<string, ReportFigures>; limit?: number; grow?: number}
) {
  const rows = view.speeds.slice(0, limit);
  const names = barNames(rows.map((m) => m.model), width);
  const note = (s: SpeedModel) => {
    const parts = [formatNumber(s.speed, lang)];
    if (s.asOf) parts.push(formatPartialDate(s.asOf, lang));
    if (report.get(s.id)?.speed === s.speed) parts.push(TEXT[lang].reportFigure);
    if (s.afterReport) parts.push(TEXT[lang].afterReport);
    return parts.join(" · ");
  };
  // Measured in Plot's own font, as the names are: an estimate ran short and cut the longest note.
  const longestNote = labelMargin(rows.map(note), 11);
  return Plot.plot({
    width,
    height: Math.max(1, rows.length) * names.rowHeight + 60 + grow, // grow: the room a slide leaves (stageFigure)
    marginBottom: 44,
    marginLeft: names.marginLeft,
    // With the names above the bars (a phone) the notes may take more of the width: the bars keep a third.
    marginRight: Math.min(longestNote, Math.round(width * (names.marginLeft < 10 ? 0.65 : 0.45))),
    style: {fontSize: "11px"},
    x: {label: TEXT[lang].speedAxis, labelOffset: 38, grid: true},
    y: {domain: rows.map((s) => s.model), label: null, ...names.y},
    marks: [
      Plot.barX(
        rows.filter((s) => !s.afterReport),
        {x: "speed", y: "model", fill: (s: SpeedModel) => color(s.vendor), ...names.bar}
      ),
      Plot.barX(
        rows.filter((s) => s.afterReport),
        {x: "speed", y: "model", fill: (s: SpeedModel) => color(s.vendor), fillOpacity: 0.4, ...names.bar}
      ),
      Plot.text(rows, {x: "speed", y: "model", text: note, dx: 4, dy: names.dy, textAnchor: "start", fill: "currentColor"}),
      ...names.marks(rows, (s) => s.model),
      Plot.ruleX([0])
    ]
  });
}

/**
 * OpenAI's price history with its trend, and over it the presenter's assumption: the decline
 * from today's cheapest qualifying model to the target price, and when it gets there.
 */
export function projectionPlot(projection: Projection, {lang, width, height = 380, priceRange}: Common & {priceRange: [number, number]}) {
  const {history, fit, start, targetPrice, reachYear, years, decline} = projection;
  // Every plotted price is in priceRange, so whichever model starts the projection is inside.
  const prices = [...history.map((h) => h.price), priceRange[0], priceRange[1], targetPrice];
  const historyYears = history.map((h) => h.year);
  const first = historyYears.length ? Math.min(...historyYears) : (start?.year ?? 2024);
  const last = historyYears.length ? Math.max(...historyYears) : first;
  const xDomain: [number, number] = [first - 0.3, Math.floor(last) + 11];
  const yDomain: [number, number] = [Math.min(...prices) / 1.8, Math.max(...prices) * 1.8];
  const fitLine = fit ? [fit.from, fit.to].map((year) => ({date: dateOfDecimalYear(year), price: Math.exp(fit.intercept + fit.slope * year)})) : [];
  const reached = start != null && years != null && years > 0 && reachYear != null;
  const inside = reached && reachYear! <= xDomain[1];
  const end = start ? (inside ? reachYear! : xDomain[1]) : 0;
  const projected = start
    ? range(0, 25).map((i) => {
        const year = start.year + ((end - start.year) * i) / 24;
        return {date: dateOfDecimalYear(year), price: projectPrice(start.model.price, decline, year - start.year)};
      })
    : [];
  const reach = reached
    ? {
        date: dateOfDecimalYear(Math.min(reachYear!, xDomain[1])),
        price: inside ? targetPrice : projectPrice(start!.model.price, decline, xDomain[1] - start!.year),
        month: dateOfDecimalYear(reachYear!).toISOString().slice(0, 7)
      }
    : null;
  type H = Projection["history"][number];
  // The start is labelled by its own mark; a Fig. 12 point on the same spot (o3-mini) keeps its dot, not a second label.
  const startsHere = (h: H) => start != null && Math.abs(h.year - start.year) < 0.15 && Math.abs(h.price / start.model.price - 1) < 0.05;
  // Labels sit inside the frame: the start's and the reached date's to the right of their dots, the target's at the right end under its rule.
  return Plot.plot({
    width,
    height,
    marginLeft: 52,
    marginRight: 24,
    style: {fontSize: "11px"},
    x: {type: "utc", domain: xDomain.map(dateOfDecimalYear), label: null, grid: true},
    y: {
      type: "log",
      domain: yDomain,
      label: TEXT[lang].projectionPriceAxis,
      grid: true,
      tickFormat: (d: number) => formatPriceShort(d, lang)
    },
    marks: [
      Plot.line(fitLine, {x: "date", y: "price", stroke: "var(--theme-foreground-muted, #666)", strokeWidth: 1.5}),
      // The grey line named where it starts, above it (the figure's note gives the regression in full).
      fit
        ? Plot.text(fitLine.slice(0, 1), {
            x: "date",
            y: "price",
            text: () => TEXT[lang].fitLabel(formatNumber(fit.annualDecline * 100, lang, {maximumFractionDigits: 0})),
            textAnchor: "start",
            dy: -9,
            fill: "var(--theme-foreground-muted, #666)",
            stroke: "var(--theme-background, white)",
            strokeWidth: 3,
            className: "qx-fit-label"
          })
        : null,
      Plot.dot(history, {
        x: (h: H) => dateOfDecimalYear(h.year),
        y: "price",
        r: 4.5,
        fill: (h: H) => (h.inFit ? "var(--theme-foreground, #222)" : "none"),
        stroke: "var(--theme-foreground, #222)"
      }),
      Plot.text(
        history.filter((h) => !startsHere(h)),
        {
        x: (h: H) => dateOfDecimalYear(h.year),
        y: "price",
        text: (h: H) => openaiName(h.name, lang),
        dx: 7,
        textAnchor: "start",
        stroke: "var(--theme-background, white)",
        strokeWidth: 3,
        fill: "currentColor"
      }
      ),
      // The presenter's assumption, in the accent colour: the target, the projected decline, when it is reached.
      Plot.ruleY([targetPrice], {stroke: ACCENT, strokeDasharray: "4,3", className: "qx-target-rule"}),
      Plot.text([targetPrice], {
        x: dateOfDecimalYear(xDomain[1]),
        y: (d: number) => d,
        text: () => TEXT[lang].targetPrice(formatPriceShort(targetPrice, lang)),
        textAnchor: "end",
        dx: -4,
        dy: 10,
        className: "qx-target-label"
      }),
      Plot.line(projected, {x: "date", y: "price", stroke: ACCENT, strokeWidth: 2, strokeDasharray: "6,3", className: "qx-projection-line"}),
      start
        ? Plot.dot([start], {x: () => dateOfDecimalYear(start.year), y: () => start.model.price, r: 6, fill: ACCENT, className: "qx-start-dot"})
        : null,
      start
        ? Plot.text([start], {
            x: () => dateOfDecimalYear(start.year),
            y: () => start.model.price,
            text: () => `${start.model.model} ${formatPrice(start.model.price, lang)}${start.model.scenario ? ` (${TEXT[lang].scenario})` : ""}`,
            textAnchor: "start",
            dx: 10,
            dy: -10,
            className: "qx-start-label"
          })
        : null,
      reach ? Plot.ruleX([reach.date], {stroke: ACCENT, strokeOpacity: 0.5, className: "qx-reach-rule"}) : null,
      reach ? Plot.dot([reach], {x: "date", y: "price", r: 6, stroke: ACCENT, fill: "var(--theme-background, white)", className: "qx-reach-dot"}) : null,
      reach
        ? Plot.text([reach], {
            x: "date",
            y: "price",
            text: () =>
              inside
                ? `≈ ${formatPartialDate(reach.month, lang)}`
                : TEXT[lang].beyondChart(formatPartialDate(reach.month, lang)),
            textAnchor: inside ? "start" : "end",
            dx: inside ? 10 : -10,
            dy: -12,
            className: "qx-reach-label"
          })
        : null
    ]
  });
}

// --- The figures -----------------------------------------------------------------------

type FigureOptions = {lang: Lang; width: number; height?: number; vendors: readonly Vendor[]};

/** Marks a figure for the page's layout and tests (data-view) and returns it. */
function named(element: HTMLElement, view: string): HTMLElement {
  element.dataset.view = view;
  // Plot names marks with aria-label but gives them no role, and a name needs one to be read (as ui/plot.ts does).
  for (const mark of element.querySelectorAll("svg [aria-label]:not([role])"))
    mark.setAttribute("role", mark.localName === "g" ? "group" : "img");
  return element;
}

export function paretoFigure(view: QuadrantPageView, {lang, width, height, vendors}: FigureOptions): HTMLElement {
  return named(
    figure({
      lang,
      title: TEXT[lang].paretoTitle,
      chart: paretoPlot(view, {lang, width, height, priceScale: view.state.priceScale}),
      rows: view.frontier,
      columns: paretoColumns(view, {lang, vendors}),
      source: comparisonSource(lang),
      fileName: "pareto-frontier",
      note: TEXT[lang].paretoNote(view.frontier.length, view.plotted.length - view.frontier.length)
    }),
    "pareto"
  );
}

export function valueFigure(
  view: QuadrantPageView,
  {lang, width, vendors, limit = 20, rowHeight}: FigureOptions & {limit?: number; rowHeight?: number}
): HTMLElement {
  const ranked = [...view.plotted].sort((a, b) => b.perDollar - a.perDollar || a.price - b.price).map((m, i) => ({...m, rank: i + 1}));
  return named(
    figure({
      lang,
      title: TEXT[lang].valueTitle,
      chart: valuePlot(view, {lang, width, limit, rowHeight}),
      rows: ranked,
      columns: valueColumns({lang, vendors}),
      source: comparisonSource(lang),
      fileName: "intelligence-per-dollar",
      note:
        ranked.length > limit
          ? TEXT[lang].valueTop(limit, ranked.length)
          : TEXT[lang].valueDefinition
    }),
    "value"
  );
}

export function speedFigure(
  view: QuadrantPageView,
  {lang, width, vendors, report, limit = 20, grow}: FigureOptions & {report: Map<string, ReportFigures>; limit?: number; grow?: number}
): HTMLElement {
  const sep = TEXT[lang].nameSeparator;
  const after = view.speedAside.filter((s) => s.reason === "speed-after-report");
  const namedSlow = view.speedAside.filter((s) => s.reason === "no-figure" && s.row.in_report && /fast/i.test(s.row.in_report));
  const none = view.speedAside.filter((s) => s.reason === "no-figure" && !namedSlow.includes(s));
  // Model names are names, not sentences in either language (translate="no").
  const names = (list: readonly {model: string}[]) => {
    const span = document.createElement("span");
    span.translate = false;
    span.textContent = list.map((s) => s.model).join(sep);
    return span;
  };
  const note = document.createDocumentFragment();
  const say = (...parts: (string | Node)[]) => note.append(...(note.childNodes.length ? [" "] : []), ...parts);
  if (view.speeds.length > limit) say(TEXT[lang].fastestShown(limit));
  say(TEXT[lang].speedBars);
  if (after.length)
    say(
      TEXT[lang].measuredAfter(after.length),
      names(after),
      TEXT[lang].fullStop
    );
  for (const s of namedSlow)
    say(names([s]), TEXT[lang].namedNoFigure);
  if (none.length)
    say(
      TEXT[lang].noSpeedFigure(none.length),
      names(none.slice(0, 25)),
      none.length > 25 ? " …" : TEXT[lang].fullStop
    );
  return named(
    figure({
      lang,
      title: TEXT[lang].speedTitle,
      chart: speedPlot(view, {lang, width, report, limit, grow}),
      rows: view.speeds,
      columns: speedColumns({lang, vendors, report}),
      source: comparisonSource(lang, {derived: false}),
      fileName: "output-speed",
      note
    }),
    "speed"
  );
}

type ProjectionOptions = Omit<FigureOptions, "vendors"> & {declinePercent: number};

/** What a projection figure shows that moves with its inputs: the answer, the chart, the table's rows, the note. */
function projectionParts(view: QuadrantPageView, projection: Projection, {lang, width, height, declinePercent}: ProjectionOptions) {
  const prices = view.plotted.map((m) => m.price);
  const priceRange: [number, number] = prices.length ? [min(prices)!, max(prices)!] : [0.1, 100];
  const fit = projection.fit;
  return {
    answer: projectionAnswerText(projection, {lang}),
    plot: projectionPlot(projection, {lang, width, height, priceRange}),
    rows: projectionRows(projection, {lang, declinePercent}),
    note: fit
      ? TEXT[lang].fitNote(
          fit.n,
          mixWords(view.state.mix, lang),
          formatNumber(fit.annualDecline * 100, lang, {maximumFractionDigits: 0}),
          formatNumber(fit.r2, lang, {maximumFractionDigits: 2}),
          fit.r2 < 0.5
        )
      : TEXT[lang].noFit
  };
}

/** The price-decline projection's figure (the answer in words above the chart, the fit in the note), and how to redraw it in place. */
type ProjectionFigure = {element: HTMLElement; redraw(view: QuadrantPageView, projection: Projection, options: ProjectionOptions): void};

function makeProjectionFigure(view: QuadrantPageView, projection: Projection, options: ProjectionOptions): ProjectionFigure {
  const {lang} = options;
  const parts = projectionParts(view, projection, options);
  const answer = document.createElement("p");
  answer.className = "qx-answer";
  answer.setAttribute("aria-live", "polite");
  answer.textContent = parts.answer;
  let plot: Element = parts.plot;
  const body = document.createElement("div");
  body.className = "qx-projection-chart";
  body.setAttribute("role", "group");
  body.append(answer, plot);
  const element = figure({
    lang,
    title: TEXT[lang].projectionTitle,
    chart: body,
    rows: parts.rows,
    columns: projectionColumns({lang}),
    source: TEXT[lang].projectionSource,
    fileName: "price-decline-projection",
    note: parts.note
  });
  named(element, "projection");
  return {
    element,
    redraw(view, projection, options) {
      const next = projectionParts(view, projection, options);
      setText(answer, next.answer);
      plot.replaceWith(next.plot);
      plot = next.plot;
      element.update({rows: next.rows, note: next.note});
      named(element, "projection");
    }
  };
}

const drawnProjections = new WeakMap<Element, {key: string; figure: ProjectionFigure}>();

/**
 * Draws the projection into `slot`, in place when the slot already holds one in the same language
 * and size: a move of its sliders changes the answer, the chart, the table's rows and the note, and
 * the figure around them (caption, source, buttons, an open table view) stays, so the browser lays
 * out and paints what changed, not a whole new figure. The slot outlives the page's cell that calls
 * this (Framework replaces a cell's output on every run, so the figure cannot be that output); the
 * cell shows the "" this returns.
 */
export function drawProjection(slot: Element, view: QuadrantPageView, projection: Projection, options: ProjectionOptions): string {
  const key = `${options.lang} ${options.width} ${options.height ?? ""}`;
  const drawn = drawnProjections.get(slot);
  if (drawn?.key === key && drawn.figure.element.parentNode === slot) drawn.figure.redraw(view, projection, options);
  else {
    const made = makeProjectionFigure(view, projection, options);
    slot.replaceChildren(made.element);
    drawnProjections.set(slot, {key, figure: made});
  }
  return "";
}

/** The projection's answer in one sentence: when intelligence at the level reaches the target price. */
function projectionAnswerText(p: Projection, {lang}: {lang: Lang}): string {
  const level = p.targetIntelligence;
  const target = formatPriceShort(p.targetPrice, lang);
  const pct = formatNumber(p.decline * 100, lang, {maximumFractionDigits: 0});
  if (!p.start) return TEXT[lang].noStart(level);
  const start = `${p.start.model.model}${TEXT[lang].comma}${formatPrice(p.start.model.price, lang)}${p.start.model.scenario ? TEXT[lang].scenarioPrice : ""}${TEXT[lang].comma}${formatPartialDate(p.start.date, lang)}`;
  if (p.years === 0) return TEXT[lang].alreadyThere(level, target, start);
  if (p.years == null || p.reachYear == null) return TEXT[lang].neverThere(level, start, target);
  return TEXT[lang].reachesTarget(
    pct,
    level,
    start,
    formatNumber(p.years, lang, {maximumFractionDigits: 1}),
    target,
    formatPartialDate(monthOfYear(p.reachYear), lang)
  );
}
