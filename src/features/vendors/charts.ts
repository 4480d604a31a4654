// The vendor pages' charts, each a pure (data, options) -> Element: OpenAI's prices on a log
// scale (Fig. 12), context windows across vendors, the LLaMA generations (Fig. 15) and xAI's
// parameters, compute and funding on its timeline (Fig. 19, §3.5, §4).
import * as Plot from "../../vendor/plot.js";
import {utcMonth, utcYear} from "../../vendor/plot.js";
import {partialDateToDate} from "../../lib/i18n.js";
import type {LlamaGeneration, OpenaiModel, Vendor} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";
import {PRICE_SIDE_COLORS, vendorColor} from "../../ui/palette.js";
import {FONT_SIZE, HALO, plot} from "../../ui/plot.js";
import {wrapText} from "../../ui/text.js";
import {
  cheapestOverTime,
  llamaSizes,
  modelDisplayName,
  priceHistory,
  shortTokens,
  vendorName,
  vendorShortName,
  type ContextWindowPoint,
  type PricePoint,
  type PriceSide,
  type XaiMeasure,
  type XaiMilestone
} from "../../lib/vendors.js";
import {formatLargeNumber, formatPartialDate, formatUsd} from "../../ui/format.js";
import {xaiMeasureLabel, xaiMilestoneLabel} from "./labels.js";

const TEXT = {
  zh: {
    inputPrice: "输入价格",
    outputPrice: "输出价格",
    usdPerMillionTokens: "美元 / 百万 tokens（对数坐标）",
    contextWindow: "上下文窗口",
    specialUses: "（特定用途）",
    contextWindowTokensLog: "上下文窗口（tokens，对数坐标）",
    specialUsesLabel: "特定用途",
    parameterSizesBillionsLog: "参数规模（十亿，对数坐标）",
    trainingDataTrillionTokens: "训练数据量（万亿 tokens）",
    trillionTokens: (dTokens: unknown) => `约 ${dTokens}T`
  },
  en: {
    inputPrice: "Input price",
    outputPrice: "Output price",
    usdPerMillionTokens: "USD per million tokens (log scale)",
    contextWindow: "Context window",
    specialUses: " (special uses)",
    contextWindowTokensLog: "Context window (tokens, log scale)",
    specialUsesLabel: "special uses",
    parameterSizesBillionsLog: "Parameter sizes (billions, log scale)",
    trainingDataTrillionTokens: "Training data (trillion tokens)",
    trillionTokens: (dTokens: unknown) => `≈${dTokens}T`
  }
} satisfies Record<Lang, unknown>;

/** grow: CSS px to add to the plot's height, the room a slide leaves (src/ui/stage.ts stageFigure). */
type ChartOptions = {width: number; lang: Lang; document?: Document; grow?: number};

export function priceSideLabel(side: PriceSide, lang: Lang): string {
  return side === "input" ? TEXT[lang].inputPrice : TEXT[lang].outputPrice;
}

// --- OpenAI's price history -------------------------------------------------------------------

/** Fig. 12's prices over time on a log scale, input and output, with the cheapest price on offer as a step line. */
export function priceHistoryChart(models: OpenaiModel[], {width, lang, document}: ChartOptions) {
  const {points} = priceHistory(models);
  const dates = points.map((p) => p.date.getTime());
  const domain: [Date, Date] = [
    utcMonth.offset(new Date(Math.min(...dates)), -3),
    utcMonth.offset(new Date(Math.max(...dates)), 4)
  ];
  // The cheapest on offer, held until the end of the axis.
  const cheapest = (["input", "output"] as const).flatMap((side) => {
    const steps = cheapestOverTime(points, side);
    return steps.length ? [...steps, {...steps[steps.length - 1], date: domain[1]}] : [];
  });
  const tip = (p: PricePoint) =>
    [
      modelDisplayName(p.model, lang),
      formatPartialDate(p.released, lang),
      `${priceSideLabel(p.side, lang)}: ${formatUsd(p.usdPerMtok, lang)}`
    ].join("\n");
  const outputs = points.filter((p) => p.side === "output");
  return plot({
    document,
    width,
    height: Math.round(Math.min(460, Math.max(320, width * 0.5))),
    marginLeft: 64,
    marginRight: 24,
    marginTop: 30,
    x: {
      type: "utc",
      domain,
      label: null,
      ticks: width < 600 ? utcYear : utcMonth.every(6)!,
      tickFormat: lang === "zh" ? "%Y.%m" : "%b %Y"
    },
    y: {
      type: "log",
      domain: [0.1, 200],
      grid: true,
      label: TEXT[lang].usdPerMillionTokens,
      tickFormat: (d: number) => (d >= 1 ? `$${d}` : `$${d.toFixed(2)}`),
      ticks: [0.1, 0.3, 1, 3, 10, 30, 100]
    },
    color: {
      domain: ["input", "output"],
      range: [PRICE_SIDE_COLORS.input, PRICE_SIDE_COLORS.output],
      legend: true,
      tickFormat: (s: PriceSide) => priceSideLabel(s, lang)
    },
    marks: [
      Plot.line(cheapest, {
        x: "date",
        y: "usdPerMtok",
        z: "side",
        stroke: "side",
        curve: "step-after",
        strokeDasharray: "5,4",
        strokeOpacity: 0.6
      }),
      Plot.dot(points, {
        x: "date",
        y: "usdPerMtok",
        fill: "side",
        r: 5.5,
        stroke: "var(--theme-background, white)",
        className: "deck-price-dot",
        ariaLabel: tip
      }),
      Plot.text(points, {
        ...HALO,
        x: "date",
        y: "usdPerMtok",
        text: (p: PricePoint) => formatUsd(p.usdPerMtok, lang),
        dx: 9,
        textAnchor: "start",
        fontSize: 11,
        fill: "side"
      }),
      Plot.text(outputs, {
        ...HALO,
        x: "date",
        y: "usdPerMtok",
        text: (p: PricePoint) => modelDisplayName(p.model, lang),
        dy: -13,
        fontSize: 12,
        fontWeight: 600,
        fill: "currentColor",
        className: "deck-price-label"
      }),
      Plot.tip(points, Plot.pointer({x: "date", y: "usdPerMtok", title: tip, lineWidth: Infinity, fontSize: 12}))
    ]
  });
}

// --- Context windows --------------------------------------------------------------------------

export type ContextWindowOptions = ChartOptions & {vendors: Vendor[]; highlight?: string};

/** Every dated context window on a log scale, one colour per vendor; Claude 3's 1M is marked as for special uses. */
export function contextWindowChart(
  points: ContextWindowPoint[],
  {width, lang, vendors, highlight, document}: ContextWindowOptions
) {
  const regular = points.filter((p) => !p.special);
  const special = points.filter((p) => p.special);
  const vendorIds = [...new Set(points.map((p) => p.vendor))];
  const opacity = (vendor: string) => (highlight && vendor !== highlight ? 0.3 : 1);
  const withDate = <P extends ContextWindowPoint>(p: P) => ({...p, at: partialDateToDate(p.date)});
  const regularDated = regular.map(withDate);
  const dates = regularDated.map((p) => p.at.getTime());
  const domain: [Date, Date] = [
    utcYear.floor(new Date(Math.min(...dates))),
    utcMonth.offset(new Date(Math.max(...dates)), width < 700 ? 5 : 4)
  ];
  // Each vendor's name at its last point.
  const lastPoints = vendorIds.map((id) => regularDated.filter((p) => p.vendor === id).at(-1)!).filter(Boolean);
  // Claude 3's special-use window: a dashed stem from its regular window up to 1M.
  const specialStems = special.map((s) => {
    const base = regular.find((r) => r.vendor === s.vendor && r.model === s.model);
    return {...withDate(s), from: base?.tokens ?? s.tokens};
  });
  const tip = (p: ContextWindowPoint) =>
    [
      `${vendorName(vendors, p.vendor, lang)} · ${p.model}`,
      formatPartialDate(p.date, lang),
      `${TEXT[lang].contextWindow}: ${shortTokens(p.tokens)} tokens${p.special ? TEXT[lang].specialUses : ""}`
    ].join("\n");
  const nameOf = (id: string) => vendorShortName(vendors.find((v) => v.id === id) ?? {id, name_en: id});
  return plot({
    document,
    width,
    height: Math.round(Math.min(440, Math.max(320, width * 0.45))),
    marginLeft: 56,
    marginRight: 110,
    marginTop: 30,
    x: {
      type: "utc",
      domain,
      label: null,
      ticks: utcMonth.every(width < 600 ? 12 : 6)!,
      tickFormat: lang === "zh" ? "%Y.%m" : "%b %Y"
    },
    y: {
      type: "log",
      domain: [1000, 2_000_000],
      grid: true,
      label: TEXT[lang].contextWindowTokensLog,
      ticks: [1000, 10_000, 100_000, 1_000_000],
      tickFormat: shortTokens
    },
    color: {
      domain: vendorIds,
      range: vendorIds.map(vendorColor),
      legend: true,
      tickFormat: (id: string) => vendorName(vendors, id, lang)
    },
    marks: [
      // A step line per vendor: one mark, a series per vendor; a page's own vendor stays bright.
      Plot.line(regularDated, {
        x: "at",
        y: "tokens",
        z: "vendor",
        stroke: "vendor",
        curve: "step-after",
        strokeWidth: 2,
        strokeOpacity: (p: ContextWindowPoint) => 0.7 * opacity(p.vendor),
        className: "deck-context-line"
      }),
      Plot.link(specialStems, {
        x1: "at",
        x2: "at",
        y1: "from",
        y2: "tokens",
        stroke: "vendor",
        strokeDasharray: "3,3",
        strokeOpacity: (p: ContextWindowPoint) => opacity(p.vendor)
      }),
      Plot.dot(regularDated, {
        x: "at",
        y: "tokens",
        fill: "vendor",
        r: 5.5,
        stroke: "var(--theme-background, white)",
        fillOpacity: (p: ContextWindowPoint) => opacity(p.vendor),
        className: "deck-context-dot",
        ariaLabel: tip
      }),
      Plot.dot(specialStems, {
        x: "at",
        y: "tokens",
        stroke: "vendor",
        fill: "var(--theme-background, white)",
        strokeWidth: 2,
        r: 6,
        strokeOpacity: (p: ContextWindowPoint) => opacity(p.vendor),
        className: "deck-context-dot deck-context-special",
        ariaLabel: tip
      }),
      // Values above-left of each dot (a step line arrives from the left, lower); the last one goes with the name.
      Plot.text(
        regularDated.filter((p) => !lastPoints.includes(p)),
        {
          ...HALO,
          x: "at",
          y: "tokens",
          text: (p: ContextWindowPoint) => shortTokens(p.tokens),
          dx: -3,
          dy: -10,
          textAnchor: "end",
          fontSize: 11,
          fill: "vendor",
          fillOpacity: (p: ContextWindowPoint) => opacity(p.vendor)
        }
      ),
      Plot.text(specialStems, {
        x: "at",
        y: (p: ContextWindowPoint & {from: number}) => Math.sqrt(p.tokens * p.from),
        text: (p: ContextWindowPoint) => `${p.model}: ${shortTokens(p.tokens)}\n${TEXT[lang].specialUsesLabel}`,
        dx: -8,
        textAnchor: "end",
        fontSize: 11,
        fill: "vendor",
        fillOpacity: (p: ContextWindowPoint) => opacity(p.vendor),
        className: "deck-context-special-label"
      }),
      Plot.text(lastPoints, {
        ...HALO,
        x: "at",
        y: "tokens",
        text: (p: ContextWindowPoint) => `${nameOf(p.vendor)} ${shortTokens(p.tokens)}`,
        dx: 9,
        textAnchor: "start",
        fontWeight: 600,
        fill: "vendor",
        fillOpacity: (p: ContextWindowPoint) => opacity(p.vendor)
      }),
      Plot.tip(
        [...regularDated, ...specialStems],
        Plot.pointer({x: "at", y: "tokens", title: tip, lineWidth: Infinity, fontSize: 12})
      )
    ]
  });
}

// --- LLaMA generations ------------------------------------------------------------------------

/** Fig. 15 drawn: each generation's parameter sizes (log scale) beside its training tokens. */
export function llamaGenerationsChart(
  generations: LlamaGeneration[],
  {width, lang, document, grow = 0}: ChartOptions
): HTMLElement {
  const color = vendorColor("meta");
  const sizes = llamaSizes(generations);
  const names = generations.map((g) => g.generation);
  const sideBySide = width >= 720;
  const gap = 32;
  const leftWidth = sideBySide ? Math.round((width - gap) * 0.58) : width;
  const rightWidth = sideBySide ? width - gap - leftWidth : width;
  const rowHeight = 46;
  // Side by side both plots take the growth; one above the other, half each (the figure grows by `grow` either way).
  const height = names.length * rowHeight + 70 + (sideBySide ? grow : Math.floor(grow / 2));
  const sizePlot = plot({
    document,
    width: leftWidth,
    height,
    marginLeft: 78,
    marginRight: 20,
    marginTop: 30,
    marginBottom: 46,
    x: {
      type: "log",
      domain: [0.7, 700],
      grid: true,
      label: TEXT[lang].parameterSizesBillionsLog,
      labelAnchor: "left",
      labelArrow: "none",
      ticks: [1, 10, 100],
      tickFormat: (d: number) => `${d}B`
    },
    y: {domain: names, label: null},
    marks: [
      Plot.ruleY(names, {stroke: "currentColor", strokeOpacity: 0.1}),
      Plot.dot(sizes, {
        x: "sizeB",
        y: "generation",
        r: 6,
        fill: color,
        className: "deck-llama-size",
        ariaLabel: (s) => `${s.generation} ${s.sizeB}B`
      }),
      Plot.text(sizes, {...HALO, x: "sizeB", y: "generation", text: (s) => `${s.sizeB}B`, dy: -13, fontSize: 11})
    ]
  });
  const tokens = generations.map((g) => ({generation: g.generation, tokens: g.training_tokens_t}));
  const tokenPlot = plot({
    document,
    width: rightWidth,
    height,
    marginLeft: sideBySide ? 12 : 78,
    marginRight: 72,
    marginTop: 30,
    marginBottom: 46,
    x: {
      domain: [0, 16],
      grid: true,
      label: TEXT[lang].trainingDataTrillionTokens,
      labelAnchor: "left",
      labelArrow: "none",
      ticks: 4
    },
    y: {domain: names, label: null, axis: sideBySide ? null : "left"},
    marks: [
      Plot.barX(tokens, {
        x: "tokens",
        y: "generation",
        fill: color,
        fillOpacity: 0.75,
        insetTop: 10,
        insetBottom: 10,
        className: "deck-llama-tokens"
      }),
      Plot.text(tokens, {
        ...HALO,
        x: "tokens",
        y: "generation",
        text: (d) => TEXT[lang].trillionTokens(d.tokens.toFixed(1)),
        dx: 6,
        textAnchor: "start",
        fontSize: 12
      }),
      Plot.ruleX([0])
    ]
  });
  const container = (document ?? globalThis.document).createElement("div");
  container.className = `deck-chart-pair${sideBySide ? " deck-chart-pair-row" : ""}`;
  container.append(sizePlot, tokenPlot);
  return container;
}

// --- xAI: parameters, compute and funding ----------------------------------------------------

const XAI_MEASURES: XaiMeasure[] = ["parameters", "compute", "funding"];

/** xAI's figures on one time axis, one band per measure (each its own scale): Grok-1's 314B, Colossus, Series B. */
export function xaiMilestonesChart(milestones: XaiMilestone[], {width, lang, document}: ChartOptions): HTMLElement {
  const color = vendorColor("xai");
  const dated = milestones.map((m) => ({...m, at: partialDateToDate(m.date)}));
  const dates = dated.map((m) => m.at.getTime());
  const domain: [Date, Date] = [
    utcMonth.offset(new Date(Math.min(...dates)), -4),
    utcMonth.offset(new Date(Math.max(...dates)), 3)
  ];
  const container = (document ?? globalThis.document).createElement("div");
  container.className = "deck-chart-stack";
  const marginLeft = 64;
  const marginRight = 20;
  const midpoint = (domain[0].getTime() + domain[1].getTime()) / 2;
  XAI_MEASURES.forEach((measure, i) => {
    const rows = dated.filter((m) => m.measure === measure);
    if (!rows.length) return;
    const last = i === XAI_MEASURES.length - 1;
    const max = Math.max(...rows.map((m) => m.value));
    // Labels go away from the axis' middle; a plan sits right of what it extends.
    const side = (m: (typeof rows)[number]) =>
      m.planned
        ? "right"
        : rows.some((o) => o.planned && o.date === m.date)
          ? "left"
          : m.at.getTime() > midpoint
            ? "left"
            : "right";
    const label = (m: (typeof rows)[number]) =>
      `${lang === "zh" ? m.subject_zh : m.subject_en}：${xaiMilestoneLabel(m, lang)}`.replace(
        "：",
        lang === "zh" ? "：" : ": "
      );
    const tip = (m: (typeof rows)[number]) =>
      [...wrapText(lang === "zh" ? m.label_zh : m.label_en, 28), formatPartialDate(m.date, lang)].join("\n");
    const panel = plot({
      document,
      width,
      height: last ? 150 : 120,
      marginLeft,
      marginRight,
      marginTop: 26,
      marginBottom: last ? 30 : 8,
      x: {
        type: "utc",
        domain,
        label: null,
        axis: last ? "bottom" : null,
        grid: true,
        ticks: utcMonth.every(width < 600 ? 6 : 3)!,
        tickFormat: lang === "zh" ? "%Y.%m" : "%b %Y"
      },
      y: {
        domain: [0, max * 1.35],
        label: xaiMeasureLabel(measure, lang),
        ticks: 2,
        tickFormat: (d: number) => (d === 0 ? "0" : formatLargeNumber(d, lang))
      },
      marks: [
        Plot.ruleY([0], {strokeOpacity: 0.3}),
        Plot.ruleX(
          rows.filter((m) => !m.planned),
          {x: "at", y1: 0, y2: "value", stroke: color, strokeWidth: 2}
        ),
        Plot.ruleX(
          rows.filter((m) => m.planned),
          {x: "at", y1: 0, y2: "value", stroke: color, strokeWidth: 2, strokeDasharray: "4,3"}
        ),
        Plot.dot(rows, {
          x: "at",
          y: "value",
          r: 6,
          fill: (m) => (m.planned || m.valuation ? "var(--theme-background, white)" : color),
          stroke: color,
          strokeWidth: 2,
          className: "deck-xai-point",
          ariaLabel: tip
        }),
        Plot.text(
          rows.filter((m) => side(m) === "right"),
          {...HALO, x: "at", y: "value", text: label, dx: 10, textAnchor: "start", fontSize: 12}
        ),
        Plot.text(
          rows.filter((m) => side(m) === "left"),
          {...HALO, x: "at", y: "value", text: label, dx: -10, textAnchor: "end", fontSize: 12}
        ),
        Plot.tip(rows, Plot.pointer({x: "at", y: "value", title: tip, lineWidth: Infinity, fontSize: 12}))
      ]
    });
    container.append(panel);
  });
  return container;
}
