// The quadrant's companion views, drawn with Plot: the Pareto frontier, intelligence per dollar,
// output speed with each figure's date, and the price-decline projection. Pure: the plots are
// (view, options) -> SVG, the figures (view, {width, lang, ...}) -> Element with caption,
// source, note, table view and CSV; the page renders them in cells once they are on screen.
import * as Plot from "../../vendor/plot.js";
import {max, min, range} from "../../vendor/plot.js";
import {dateOfDecimalYear, projectPrice} from "../../lib/economics.js";
import {t} from "../../lib/i18n.js";
import {formatPartialDate} from "../../ui/format.js";
import type {PriceScale} from "../../lib/quadrant-params.js";
import type {PlottedModel, Projection, QuadrantView, ReportFigures, SpeedModel, QuadrantPageView} from "../../lib/quadrant-view.js";
import type {Vendor} from "../../lib/schema.js";
import {vendorColor} from "../../ui/palette.js";
import type {Lang} from "../../lib/lang.js";
import {figure} from "../../ui/figure.js";
import {labelMargin} from "../../ui/plot.js";
import {BATCH_THRESHOLD} from "./chart.js";
import {comparisonSource, formatFactor, formatNumber, formatPrice, formatPriceShort, mixWords, openaiName} from "./format.js";
import {placeLabels, textWidth, type PlacedLabel} from "./labels.js";
import {monthOfYear, paretoColumns, projectionColumns, projectionRows, speedColumns, valueColumns} from "./tables.js";

type Common = {lang: Lang; width: number};
const color = vendorColor;

const ACCENT = "var(--deck-accent, #c8102e)";

function priceAxisLabel(lang: Lang): string {
  return t(lang, "混合价格（美元 / 百万 tokens）→", "Blended price (USD per 1M tokens) →");
}

/** The Pareto frontier: the most intelligence for the price, as a staircase through the models nothing beats. */
export function paretoPlot(view: QuadrantView, {lang, width, priceScale}: Common & {priceScale: PriceScale}) {
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

/**
 * A bar chart's model names: beside the bars where they fit in 40% of the width; on a narrow chart
 * (a phone) above each bar, from its start, so no name is cut and the bars keep the width.
 */
function barNames(names: string[], width: number) {
  const beside = labelMargin(names, 11);
  const above = beside > Math.round(width * 0.4);
  return {
    marginLeft: above ? 4 : beside,
    rowHeight: above ? 34 : 22,
    y: above ? {axis: null} : {tickSize: 0},
    /** The bar in the lower part of its row, under its name. */
    bar: above ? {insetTop: 16} : {},
    /** A value beside a bar, level with it. */
    dy: above ? 8 : 0,
    marks: <R>(rows: R[], name: (r: R) => string) =>
      above ? [Plot.text(rows, {x: () => 0, y: name, text: name, dy: -8, dx: 1, textAnchor: "start", fill: "currentColor"})] : []
  };
}

/** Intelligence per dollar, best first: the top `limit` models. */
export function valuePlot(view: QuadrantView, {lang, width, limit = 20}: Common & {limit?: number}) {
  const rows = [...view.plotted].sort((a, b) => b.perDollar - a.perDollar || a.price - b.price).slice(0, limit);
  const label = (m: PlottedModel) => m.model;
  // Measured in Plot's own font (the estimate ran short and cut long names at the left edge).
  const names = barNames(rows.map(label), width);
  return Plot.plot({
    width,
    height: rows.length * names.rowHeight + 60,
    // The axis title on its own line under the tick labels, not on the last tick.
    marginBottom: 44,
    marginLeft: names.marginLeft,
    marginRight: Math.min(96, Math.round(width * 0.2)),
    style: {fontSize: "11px"},
    x: {label: t(lang, "每美元智力：智力指数 ÷ 混合价格 →", "Intelligence per dollar: index ÷ blended price →"), labelOffset: 38, grid: true},
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
          `${formatNumber(m.perDollar, lang, {maximumFractionDigits: m.perDollar < 10 ? 1 : 0})}${m.scenario ? ` · ${t(lang, "情景", "scenario")}` : ""}`,
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
  {lang, width, report, limit = 20}: Common & {report: Map<string, ReportFigures>; limit?: number}
) {
  const rows = view.speeds.slice(0, limit);
  const names = barNames(rows.map((m) => m.model), width);
  const note = (s: SpeedModel) => {
    const parts = [formatNumber(s.speed, lang)];
    if (s.asOf) parts.push(formatPartialDate(s.asOf, lang));
    if (report.get(s.id)?.speed === s.speed) parts.push(t(lang, "报告数据", "the report's figure"));
    if (s.afterReport) parts.push(t(lang, "晚于报告", "after the report"));
    return parts.join(" · ");
  };
  // Measured in Plot's own font, as the names are: an estimate ran short and cut the longest note.
  const longestNote = labelMargin(rows.map(note), 11);
  return Plot.plot({
    width,
    height: Math.max(1, rows.length) * names.rowHeight + 60,
    marginBottom: 44,
    marginLeft: names.marginLeft,
    // With the names above the bars (a phone) the notes may take more of the width: the bars keep a third.
    marginRight: Math.min(longestNote, Math.round(width * (names.marginLeft < 10 ? 0.65 : 0.45))),
    style: {fontSize: "11px"},
    x: {label: t(lang, "输出速度，tokens / 秒 →", "Output speed, tokens per second →"), labelOffset: 38, grid: true},
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
export function projectionPlot(projection: Projection, {lang, width, priceRange}: Common & {priceRange: [number, number]}) {
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
    height: 380,
    marginLeft: 52,
    marginRight: 24,
    style: {fontSize: "11px"},
    x: {type: "utc", domain: xDomain.map(dateOfDecimalYear), label: null, grid: true},
    y: {
      type: "log",
      domain: yDomain,
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
        text: () => t(lang, `目标价格 ${formatPriceShort(targetPrice, lang)}`, `target ${formatPriceShort(targetPrice, lang)}`),
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
            text: () => `${start.model.model} ${formatPrice(start.model.price, lang)}${start.model.scenario ? ` (${t(lang, "情景", "scenario")})` : ""}`,
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
                : t(lang, `→ ${formatPartialDate(reach.month, lang)}（超出图示范围）`, `→ ${formatPartialDate(reach.month, lang)} (beyond the chart)`),
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

type FigureOptions = {lang: Lang; width: number; vendors: readonly Vendor[]};

/** Marks a figure for the page's layout and tests (data-view) and returns it. */
function named(element: HTMLElement, view: string): HTMLElement {
  element.dataset.view = view;
  // Plot names marks with aria-label but gives them no role, and a name needs one to be read (as ui/plot.ts does).
  for (const mark of element.querySelectorAll("svg [aria-label]:not([role])"))
    mark.setAttribute("role", mark.localName === "g" ? "group" : "img");
  return element;
}

export function paretoFigure(view: QuadrantPageView, {lang, width, vendors}: FigureOptions): HTMLElement {
  return named(
    figure({
      lang,
      title: t(lang, "帕累托前沿：同等价格下智力最高的模型", "Pareto frontier: the most intelligence for the price"),
      chart: paretoPlot(view, {lang, width, priceScale: view.state.priceScale}),
      rows: view.frontier,
      columns: paretoColumns(view, {lang, vendors}),
      source: comparisonSource(lang),
      fileName: "pareto-frontier",
      note: t(
        lang,
        `前沿上的 ${view.frontier.length} 个模型中，没有任何其他模型能以更低或相同的价格提供更高或相同的智力。其余 ${view.plotted.length - view.frontier.length} 个模型（灰色）都被至少一个前沿模型超越。`,
        `No other model offers as much intelligence or more at the same price or less than these ${view.frontier.length} frontier models; each of the other ${view.plotted.length - view.frontier.length} (grey) is beaten by at least one of them.`
      )
    }),
    "pareto"
  );
}

export function valueFigure(view: QuadrantPageView, {lang, width, vendors, limit = 20}: FigureOptions & {limit?: number}): HTMLElement {
  const ranked = [...view.plotted].sort((a, b) => b.perDollar - a.perDollar || a.price - b.price).map((m, i) => ({...m, rank: i + 1}));
  return named(
    figure({
      lang,
      title: t(lang, "每美元智力排名", "Intelligence per dollar, ranked"),
      chart: valuePlot(view, {lang, width, limit}),
      rows: ranked,
      columns: valueColumns({lang, vendors}),
      source: comparisonSource(lang),
      fileName: "intelligence-per-dollar",
      note:
        ranked.length > limit
          ? t(lang, `图中为前 ${limit} 名（共 ${ranked.length} 个有价格和智力分数的模型，表格中列出全部）。`, `The top ${limit} of ${ranked.length} models with a price and a score (all in the table view).`)
          : t(lang, "每美元智力 = 智力指数 ÷ 混合价格（美元 / 百万 tokens）。", "Intelligence per dollar = intelligence index ÷ blended price (USD per million tokens).")
    }),
    "value"
  );
}

export function speedFigure(
  view: QuadrantPageView,
  {lang, width, vendors, report, limit = 20}: FigureOptions & {report: Map<string, ReportFigures>; limit?: number}
): HTMLElement {
  const sep = t(lang, "、", ", ");
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
  if (view.speeds.length > limit) say(t(lang, `图中为最快的 ${limit} 个。`, `The fastest ${limit} are shown.`));
  say(t(lang, "条形旁为数值与测量月份；浅色为晚于报告的测量。", "Each bar gives the figure and the month it was measured; pale bars were measured after the report."));
  if (after.length)
    say(
      t(lang, `测于报告之后，“报告时点”中不显示（${after.length}）：`, `Measured after the report, not in the report snapshot (${after.length}): `),
      names(after),
      t(lang, "。", ".")
    );
  for (const s of namedSlow)
    say(names([s]), t(lang, "：报告称其速度第二，但未给数值。", ": the report names it second fastest but gives no figure."));
  if (none.length)
    say(
      t(lang, `无模型级速度数据（${none.length}）：`, `No model-level speed figure (${none.length}): `),
      names(none.slice(0, 25)),
      none.length > 25 ? " …" : t(lang, "。", ".")
    );
  return named(
    figure({
      lang,
      title: t(lang, "输出速度及其测量日期", "Output speed, with the date of each figure"),
      chart: speedPlot(view, {lang, width, report, limit}),
      rows: view.speeds,
      columns: speedColumns({lang, vendors, report}),
      source: comparisonSource(lang, {derived: false}),
      fileName: "output-speed",
      note
    }),
    "speed"
  );
}

/** The price-decline projection: the answer in words above the chart, the fit in the note. */
export function projectionFigure(
  view: QuadrantPageView,
  projection: Projection,
  {lang, width, declinePercent}: Omit<FigureOptions, "vendors"> & {declinePercent: number}
): HTMLElement {
  const prices = view.plotted.map((m) => m.price);
  const priceRange: [number, number] = prices.length ? [min(prices)!, max(prices)!] : [0.1, 100];
  const body = document.createElement("div");
  body.className = "qx-projection-chart";
  body.setAttribute("role", "group");
  body.append(projectionAnswer(projection, {lang}), projectionPlot(projection, {lang, width, priceRange}));
  const fit = projection.fit;
  const mix = view.state.mix;
  return named(
    figure({
      lang,
      title: t(lang, "价格下降推演：按 OpenAI 价格历史拟合", "Price-decline projection, fitted on OpenAI's price history"),
      chart: body,
      rows: projectionRows(projection, {lang, declinePercent}),
      columns: projectionColumns({lang}),
      source: t(
        lang,
        "report Fig. 12（OpenAI 官网标价，华创证券）；起点模型：外部数据 Artificial Analysis 与厂商标价；年降幅为演示者的假设",
        "report Fig. 12 (OpenAI list prices, Huachuang Securities); starting model: outside: Artificial Analysis and vendors' list prices; the yearly decline is the presenter's assumption"
      ),
      fileName: "price-decline-projection",
      note: fit
        ? t(
            lang,
            `拟合：对报告图表 12 中 ${fit.n} 个有价格的 OpenAI 模型（${mixWords(mix, lang)} 混合）按发布时间做对数线性回归，年降幅 ${formatNumber(fit.annualDecline * 100, lang, {maximumFractionDigits: 0})}%，R² = ${formatNumber(fit.r2, lang, {maximumFractionDigits: 2})}。${
              fit.r2 < 0.5 ? "拟合很弱：图表 12 混合了不同档次的模型（如 GPT-4.5），请把它当作粗略参照，并设定自己的假设。" : ""
            }`,
            `Fit: log-linear regression of ${fit.n} priced OpenAI models of the report's Fig. 12 (blended ${mixWords(mix, lang)}) on release date: ${formatNumber(fit.annualDecline * 100, lang, {maximumFractionDigits: 0})}% a year, R² = ${formatNumber(fit.r2, lang, {maximumFractionDigits: 2})}.${
              fit.r2 < 0.5 ? " A weak fit: Fig. 12 mixes tiers (GPT-4.5 is a premium model), so read it as a loose anchor and set your own assumption." : ""
            }`
          )
        : t(lang, "参与拟合的价格少于两个，无法拟合。", "Fewer than two prices in the fit: no trend.")
    }),
    "projection"
  );
}

/** The projection's answer in one sentence: when intelligence at the level reaches the target price. */
export function projectionAnswer(p: Projection, {lang}: {lang: Lang}): HTMLElement {
  const box = document.createElement("p");
  box.className = "qx-answer";
  box.setAttribute("aria-live", "polite");
  const level = p.targetIntelligence;
  const target = formatPriceShort(p.targetPrice, lang);
  const pct = formatNumber(p.decline * 100, lang, {maximumFractionDigits: 0});
  if (!p.start) {
    box.textContent = t(lang, `当前视图中没有智力指数 ≥ ${level} 且有价格的模型。`, `No model in the current view has an intelligence index ≥ ${level} and a price.`);
    return box;
  }
  const start = `${p.start.model.model}${t(lang, "，", ", ")}${formatPrice(p.start.model.price, lang)}${p.start.model.scenario ? t(lang, "（情景价格）", " (scenario price)") : ""}${t(lang, "，", ", ")}${formatPartialDate(p.start.date, lang)}`;
  if (p.years === 0) {
    box.textContent = t(lang, `智力 ≥ ${level} 已经达到 ${target} 以下：${start}。`, `Intelligence ≥ ${level} already costs ${target} or less: ${start}.`);
  } else if (p.years == null || p.reachYear == null) {
    box.textContent = t(lang, `年降幅为 0 时，智力 ≥ ${level}（目前最便宜：${start}）永远不会降到 ${target}。`, `At a 0% yearly decline, intelligence ≥ ${level} (cheapest now: ${start}) never reaches ${target}.`);
  } else {
    box.textContent = t(
      lang,
      `按每年降价 ${pct}% 推算，智力 ≥ ${level} 的最便宜模型（${start}）约 ${formatNumber(p.years, lang, {maximumFractionDigits: 1})} 年后降到 ${target}：约 ${formatPartialDate(monthOfYear(p.reachYear), lang)}。`,
      `At an assumed ${pct}% yearly decline, the cheapest model with intelligence ≥ ${level} (${start}) reaches ${target} in about ${formatNumber(p.years, lang, {maximumFractionDigits: 1})} years: around ${formatPartialDate(monthOfYear(p.reachYear), lang)}.`
    );
  }
  return box;
}
