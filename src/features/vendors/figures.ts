// The report's §3 tables (Fig. 12, 15, 17, 19, 21 and the vendor comparison) as sortable,
// downloadable figures, with the report's own column headings, and the vendor charts wrapped
// as figures (caption, source, table view, CSV).
import {figure, type Column} from "../../ui/figure.js";
import {
  contextWindowChart,
  llamaGenerationsChart,
  priceHistoryChart,
  priceSideLabel,
  xaiMilestonesChart
} from "./charts.js";
import {pick} from "../../lib/i18n.js";
import type {ClaudeGeneration, Dataset, LlamaGeneration, OpenaiModel, ReportEvent, Vendor} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";
import {
  contextWindowSeries,
  modelDisplayName,
  priceDecline,
  priceHistory,
  shortTokens,
  sortEvents,
  sourceSummary,
  vendorName,
  xaiMilestones,
  type ContextWindowPoint,
  type PricePoint,
  type XaiMilestone
} from "../../lib/vendors.js";
import {formatLargeNumber, formatPartialDate, formatSource, formatUsd} from "../../ui/format.js";
import {figureSource, figureTitle} from "../../lib/narrative.js";
import {xaiMeasureLabel} from "./labels.js";

const TEXT = {
  zh: {
    model: "模型名称",
    released: "发布时间",
    inputPricePer1m: "输入价格（每 100 万 tokens）",
    outputPricePer1m: "输出价格（每 100 万 tokens）",
    blankTheReportPrints: "空白：报告中为“-”，即未列价格。点击表头可排序。",
    listSeparator: "、",
    dashedTheCheapestPrice: "虚线：当时可用的最低价格。",
    notPricedInThe: (gaps: unknown) => `报告未列价格（“-”），不在图中：${gaps}。`,
    modelColumn: "模型",
    price: "价格类型",
    usdPer1mTokens: "美元 / 百万 tokens",
    priceChartTitle: "OpenAI 模型价格走势（据图表 12，对数坐标）",
    fractionOfPrice: (dFactor: unknown) => `降为 1/${dFactor}`,
    modelReleased: (pModel: unknown, pReleased: unknown) => `${pModel}（${pReleased}）`,
    colon: "：",
    clauseBreak: "，",
    percentFall: (dPercent: unknown) => `（−${dPercent}%）`,
    metricColumn: "指标",
    sizes: "规模",
    trainingData: "训练数据量",
    tTokens: (v: unknown) => `约 ${v}T tokens`,
    mainFeatures: "主要特点",
    performance: "性能表现",
    useCases: "适用场景",
    contextWindow: "上下文窗口",
    multimodal: "多模态支持",
    licence: "开源许可",
    deploymentCost: "部署成本",
    llamaSizesNote: "LLaMA 1 的规模：图表 15 写作 33B，正文写作 30B，此处从图表。",
    llamaGenerationsParameterSizes: "LLaMA 各代的参数规模与训练数据量（据图表 15）",
    sizesBillions: "参数规模（十亿）",
    trainingDataTrillionTokens: "训练数据量（万亿 tokens，约）",
    trainingDataAsThe: "训练数据量为报告所写的约数（LLaMA 3 正文：超过 15 万亿 tokens）。",
    specificUses: "特定用途可达",
    multimodalCapability: "多模态能力",
    performanceAndCapabilities: "性能与能力",
    useCasesColumn: "应用场景",
    safetyAndReliability: "安全与可靠性",
    generationsAsRows: "每代一行以便排序（点击表头）；页面放不下一行时，各代如报告一样列为表格的列。",
    modelVersion: "模型版本",
    event: "事件",
    keyElements: "关键要素",
    date: "时间",
    vendor: "厂商",
    positioningInvestmentLogic: "定位（投资逻辑）",
    strengths: "优势",
    outlook: "展望",
    comparisonTitle: "五家厂商对比：定位、优势与展望",
    longCellsShowTheir: "“……”表示此处省略了报告的部分段落，全文见各厂商页面。",
    dateColumn: "日期",
    contextWindowTokens: "上下文窗口（tokens）",
    specialUses: "特定用途",
    yes: "是",
    source: "来源",
    hollowDotIsFor: (special: unknown) => `空心圆：${special} 仅限特定用途（图表 17）。`,
    outsideDate: (outside: unknown, outside2: unknown) => `${outside} 的日期为外部数据（报告未注明），见表格来源。`,
    undatedNotDrawn: (uModel: unknown, uModel2: unknown) => `无日期、未绘出：${uModel}。`,
    contextWindowsAcrossVendors: "各厂商上下文窗口的增长（对数坐标）",
    measure: "指标",
    value: "数值",
    planned: "计划",
    whatTheReportSays: "报告原文",
    eachBandHasIts: "各带纵轴独立。空心圆：计划中的扩展，或估值（非融资额）。Grok-3 的 GPU 数出自报告投资建议（§4），置于 Grok-3 发布（图表 19）处。",
    missingFromData: (missing: unknown, missing2: unknown) => `缺少数据：${missing}`,
    xaiParametersComputeAnd: "xAI 的参数量、算力与融资（时间线）"
  },
  en: {
    model: "Model",
    released: "Released",
    inputPricePer1m: "Input price (per 1M tokens)",
    outputPricePer1m: "Output price (per 1M tokens)",
    blankTheReportPrints: "Blank: the report prints “-”, no price. Click a heading to sort.",
    listSeparator: ", ",
    dashedTheCheapestPrice: "Dashed: the cheapest price on offer at the time.",
    notPricedInThe: (gaps: unknown) => `Not priced in the report (“-”), so not plotted: ${gaps}.`,
    modelColumn: "Model",
    price: "Price",
    usdPer1mTokens: "USD per 1M tokens",
    priceChartTitle: "OpenAI's prices over time (from Fig. 12, log scale)",
    fractionOfPrice: (dFactor: unknown) => `1/${dFactor} of the price`,
    modelReleased: (pModel: unknown, pReleased: unknown) => `${pModel} (${pReleased}) `,
    colon: ": ",
    clauseBreak: ": ",
    percentFall: (dPercent: unknown) => ` (−${dPercent}%)`,
    metricColumn: "Model",
    sizes: "Sizes",
    trainingData: "Training data",
    tTokens: (v: unknown) => `≈${v}T tokens`,
    mainFeatures: "Main features",
    performance: "Performance",
    useCases: "Use cases",
    contextWindow: "Context window",
    multimodal: "Multimodal",
    licence: "Licence",
    deploymentCost: "Deployment cost",
    llamaSizesNote: "LLaMA 1's sizes: Fig. 15 says 33B where the text says 30B; the figure is followed.",
    llamaGenerationsParameterSizes: "LLaMA generations: parameter sizes and training data (from Fig. 15)",
    sizesBillions: "Sizes (billions)",
    trainingDataTrillionTokens: "Training data (trillion tokens, approx.)",
    trainingDataAsThe: "Training data as the report states it, approximate (LLaMA 3 in the text: more than 15 trillion tokens).",
    specificUses: "Specific uses",
    multimodalCapability: "Multimodal",
    performanceAndCapabilities: "Performance and capabilities",
    useCasesColumn: "Use cases",
    safetyAndReliability: "Safety and reliability",
    generationsAsRows: "Each generation is a row, so the table sorts (click a header); where a row does not fit the page, the generations stand as columns, as the report sets them.",
    modelVersion: "Model version",
    event: "Event",
    keyElements: "Key elements",
    date: "Date",
    vendor: "Vendor",
    positioningInvestmentLogic: "Positioning (investment logic)",
    strengths: "Strengths",
    outlook: "Outlook",
    comparisonTitle: "The five vendors compared: positioning, strengths and outlook",
    longCellsShowTheir: "“…” marks passages of the report left out here, which each vendor's page has in full.",
    dateColumn: "Date",
    contextWindowTokens: "Context window (tokens)",
    specialUses: "Special uses",
    yes: "yes",
    source: "Source",
    hollowDotIsFor: (special: unknown) => `Hollow dot: ${special} is for specific uses only (Fig. 17).`,
    outsideDate: (outside: unknown, outside2: unknown) => `The date of ${outside2} is outside data (the report does not give it); see the table's source.`,
    undatedNotDrawn: (uModel: unknown, uModel2: unknown) => `Undated, not drawn: ${uModel2}.`,
    contextWindowsAcrossVendors: "Context windows across vendors (log scale)",
    measure: "Measure",
    value: "Value",
    planned: "Planned",
    whatTheReportSays: "What the report says",
    eachBandHasIts: "Each band has its own scale. Hollow: the planned expansion, or the valuation (not money raised). Grok-3's GPU count comes from the report's investment view (§4), placed at Grok-3's release (Fig. 19).",
    missingFromData: (missing: unknown, missing2: unknown) => `Missing from data/: ${missing2}`,
    xaiParametersComputeAnd: "xAI: parameters, compute and funding on its timeline"
  }
} satisfies Record<Lang, unknown>;

type TableOptions = {lang: Lang};

/** A cell that must not wrap (dates, sizes). */
function nowrap(text: string): HTMLElement {
  const span = document.createElement("span");
  span.className = "deck-nowrap";
  span.textContent = text;
  return span;
}
type ChartFigureOptions = {width: number; lang: Lang; document?: Document; grow?: number};

/** Fig. 12 as the report prints it: model, release, input and output price per million tokens ("-" = not priced). */
export function openaiModelsTable(
  data: Pick<Dataset, "openai_models" | "report_meta">,
  {lang}: TableOptions
): HTMLElement {
  const columns: Column<OpenaiModel>[] = [
    {key: "name", label: TEXT[lang].model, value: (m) => modelDisplayName(m.name, lang)},
    {
      key: "released",
      label: TEXT[lang].released,
      format: (d: string) => nowrap(formatPartialDate(d, lang))
    },
    {
      key: "input_usd_per_mtok",
      label: TEXT[lang].inputPricePer1m,
      format: (v) => priceCell(v, lang)
    },
    {
      key: "output_usd_per_mtok",
      label: TEXT[lang].outputPricePer1m,
      format: (v) => priceCell(v, lang)
    }
  ];
  return figure({
    lang,
    title: figureTitle(data.report_meta, 12, lang),
    rows: data.openai_models,
    columns,
    source: figureSource(data.report_meta, 12, lang),
    fileName: "fig-12-openai-models-and-prices",
    tableRows: 20,
    note: TEXT[lang].blankTheReportPrints
  });
}

function priceCell(value: number | null, lang: Lang): string {
  return value == null ? "-" : formatUsd(value, lang);
}

/** OpenAI's prices over time (log scale): the decline from GPT-4 to GPT-4o mini, and the models the report does not price. */
export function priceHistoryFigure(
  data: Pick<Dataset, "openai_models" | "report_meta">,
  options: ChartFigureOptions
): HTMLElement {
  const {lang} = options;
  const {points, unpriced} = priceHistory(data.openai_models);
  const gaps = unpriced.map((m) => modelDisplayName(m.name, lang)).join(TEXT[lang].listSeparator);
  const note = [
    TEXT[lang].dashedTheCheapestPrice,
    gaps
      ? TEXT[lang].notPricedInThe(gaps)
      : ""
  ]
    .filter(Boolean)
    .join(" ");
  const columns: Column<PricePoint>[] = [
    {key: "model", label: TEXT[lang].modelColumn, format: (name: string) => modelDisplayName(name, lang)},
    {
      key: "released",
      label: TEXT[lang].released,
      format: (d: string) => nowrap(formatPartialDate(d, lang))
    },
    {key: "side", label: TEXT[lang].price, format: (side) => priceSideLabel(side, lang)},
    {
      key: "usdPerMtok",
      label: TEXT[lang].usdPer1mTokens,
      format: (v: number) => formatUsd(v, lang)
    }
  ];
  return figure({
    lang,
    title: TEXT[lang].priceChartTitle,
    chart: priceHistoryChart(data.openai_models, options),
    rows: points,
    columns,
    source: figureSource(data.report_meta, 12, lang),
    fileName: "openai-price-history",
    note
  });
}

/** The decline the thesis rests on, in one line per price: "输入价格：GPT-4（2023 年 3 月）$30.00 → GPT-4o mini（2024 年 7 月）$0.15，降为 1/200". */
export function priceDeclineCallout(models: OpenaiModel[], {lang}: TableOptions): HTMLElement {
  const {points} = priceHistory(models);
  const element = document.createElement("div");
  element.className = "deck-callout";
  for (const side of ["input", "output"] as const) {
    const d = priceDecline(points, side);
    if (!d || d.factor <= 1) continue;
    const line = document.createElement("p");
    const strong = document.createElement("strong");
    strong.textContent = TEXT[lang].fractionOfPrice(Math.round(d.factor));
    const model = (p: PricePoint) =>
      TEXT[lang].modelReleased(modelDisplayName(p.model, lang), formatPartialDate(p.released, lang)) + formatUsd(p.usdPerMtok, lang);
    line.append(
      `${priceSideLabel(side, lang)}${TEXT[lang].colon}${model(d.from)} → ${model(d.to)}${TEXT[lang].clauseBreak}`,
      strong,
      TEXT[lang].percentFall(d.percent.toFixed(1))
    );
    element.append(line);
  }
  return element;
}

/** Fig. 15 with a generation a row: sizes, training data, features, performance, uses, context, multimodality, licence, cost. */
export function llamaTable(
  data: Pick<Dataset, "llama_generations" | "report_meta">,
  {lang}: TableOptions
): HTMLElement {
  const columns: Column<LlamaGeneration>[] = [
    {key: "generation", label: TEXT[lang].metricColumn},
    {
      key: "parameter_sizes_b",
      label: TEXT[lang].sizes,
      value: (g) => g.parameter_sizes_b,
      format: (sizes: number[]) => sizes.map((s) => `${s}B`).join(TEXT[lang].listSeparator)
    },
    {
      key: "training_tokens_t",
      label: TEXT[lang].trainingData,
      format: (v: number) => TEXT[lang].tTokens(v.toFixed(1))
    },
    {key: "features", label: TEXT[lang].mainFeatures, value: (g) => pick(g, "features", lang)},
    {key: "performance", label: TEXT[lang].performance, value: (g) => pick(g, "performance", lang)},
    {key: "use_cases", label: TEXT[lang].useCases, value: (g) => pick(g, "use_cases", lang)},
    {
      key: "context_window_tokens",
      label: TEXT[lang].contextWindow,
      format: (v: number) => `${v >= 100_000 ? shortTokens(v) : v} tokens`
    },
    {
      key: "multimodal_support",
      label: TEXT[lang].multimodal,
      value: (g) => pick(g, "multimodal_support", lang)
    },
    {key: "licence", label: TEXT[lang].licence, value: (g) => pick(g, "licence", lang)},
    {
      key: "deployment_cost",
      label: TEXT[lang].deploymentCost,
      value: (g) => pick(g, "deployment_cost", lang)
    }
  ];
  return reportTable(
    figureTitle(data.report_meta, 15, lang),
    data.llama_generations,
    columns,
    figureSource(data.report_meta, 15, lang),
    "fig-15-llama-models",
    lang,
    {
      note: `${TEXT[lang].generationsAsRows}${lang === "zh" ? "" : " "}${TEXT[lang].llamaSizesNote}`
    }
  );
}

/** Fig. 15 drawn: parameter sizes and training tokens per generation. */
export function llamaFigure(
  data: Pick<Dataset, "llama_generations" | "report_meta">,
  options: ChartFigureOptions
): HTMLElement {
  const {lang} = options;
  const rows = data.llama_generations.map((g) => ({
    generation: g.generation,
    parameter_sizes_b: g.parameter_sizes_b,
    training_tokens_t: g.training_tokens_t
  }));
  return figure({
    lang,
    title: TEXT[lang].llamaGenerationsParameterSizes,
    chart: llamaGenerationsChart(data.llama_generations, options),
    rows,
    columns: [
      {key: "generation", label: TEXT[lang].modelColumn},
      {key: "parameter_sizes_b", label: TEXT[lang].sizesBillions},
      {
        key: "training_tokens_t",
        label: TEXT[lang].trainingDataTrillionTokens
      }
    ],
    source: figureSource(data.report_meta, 15, lang),
    fileName: "llama-generations",
    note: TEXT[lang].trainingDataAsThe
  });
}

/** Fig. 17 with a generation a row. */
export function claudeTable(
  data: Pick<Dataset, "claude_generations" | "report_meta">,
  {lang}: TableOptions
): HTMLElement {
  const columns: Column<ClaudeGeneration>[] = [
    {key: "generation", label: TEXT[lang].modelColumn},
    {
      key: "released",
      label: TEXT[lang].released,
      format: (d: string) => nowrap(formatPartialDate(d, lang))
    },
    {
      key: "context_window_tokens",
      label: TEXT[lang].contextWindow,
      format: (v: number) => nowrap(`${shortTokens(v)} token`)
    },
    {
      key: "context_window_max_tokens",
      label: TEXT[lang].specificUses,
      format: (v: number | null) => (v == null ? "" : nowrap(`${shortTokens(v)} token`))
    },
    {
      key: "multimodal_support",
      label: TEXT[lang].multimodalCapability,
      value: (g) => pick(g, "multimodal_support", lang)
    },
    {
      key: "capabilities",
      label: TEXT[lang].performanceAndCapabilities,
      value: (g) => pick(g, "capabilities", lang)
    },
    {key: "use_cases", label: TEXT[lang].useCasesColumn, value: (g) => pick(g, "use_cases", lang)},
    {key: "safety", label: TEXT[lang].safetyAndReliability, value: (g) => pick(g, "safety", lang)}
  ];
  return reportTable(
    figureTitle(data.report_meta, 17, lang),
    data.claude_generations,
    columns,
    figureSource(data.report_meta, 17, lang),
    "fig-17-anthropic-models",
    lang,
    {
      note: TEXT[lang].generationsAsRows
    }
  );
}

/** Fig. 19 / Fig. 21: a vendor's dated rows as the report's table (时间 / 模型版本 / 主要特点, or 时间 / 事件 / 关键要素). */
export function eventTable(
  data: Pick<Dataset, "events" | "report_meta">,
  figureNumber: 19 | 21,
  {lang}: TableOptions
): HTMLElement {
  const rows = sortEvents(data.events.filter((e) => e.figure === String(figureNumber)));
  const [what, detail] =
    figureNumber === 19
      ? [TEXT[lang].modelVersion, TEXT[lang].mainFeatures]
      : [TEXT[lang].event, TEXT[lang].keyElements];
  const columns: Column<ReportEvent>[] = [
    {key: "date", label: TEXT[lang].date, format: (d: string) => nowrap(formatPartialDate(d, lang))},
    {key: "title", label: what, value: (e) => pick(e, "title", lang)},
    {key: "detail", label: detail, value: (e) => pick(e, "detail", lang)}
  ];
  return reportTable(
    figureTitle(data.report_meta, figureNumber, lang),
    rows,
    columns,
    figureSource(data.report_meta, figureNumber, lang),
    `fig-${figureNumber}-${figureNumber === 19 ? "xai" : "gemini"}-timeline`,
    lang
  );
}

/** The five compared vendors side by side: positioning, strengths and outlook (vendors.csv). */
export function vendorComparisonTable(vendors: Vendor[], {lang}: TableOptions): HTMLElement {
  const rows = vendors.filter((v) => v.compared).sort((a, b) => a.order - b.order);
  const columns: Column<Vendor>[] = [
    {key: "order", label: "#"},
    {key: "name", label: TEXT[lang].vendor, value: (v) => pick(v, "name", lang)},
    {
      key: "positioning",
      label: TEXT[lang].positioningInvestmentLogic,
      value: (v) => pick(v, "positioning", lang),
      format: wideText
    },
    {key: "strengths", label: TEXT[lang].strengths, value: (v) => pick(v, "strengths", lang), format: wideText},
    {key: "outlook", label: TEXT[lang].outlook, value: (v) => pick(v, "outlook", lang), format: wideText}
  ];
  return reportTable(
    TEXT[lang].comparisonTitle,
    rows,
    columns,
    "report front matter (investment logic); report §3.2–§3.6",
    "vendor-comparison",
    lang,
    {
      note: TEXT[lang].longCellsShowTheir
    }
  );
}

/** A text cell given room enough to read (a table cell would otherwise shrink to a few words). */
function wideText(text: string): HTMLElement {
  const div = document.createElement("div");
  div.className = "deck-cell-text";
  div.textContent = text;
  return div;
}

function reportTable<R>(
  title: string,
  rows: R[],
  columns: Column<R>[],
  source: string,
  fileName: string,
  lang: Lang,
  {note}: {note?: string} = {}
): HTMLElement {
  const element = figure({lang, title, rows, columns, source, fileName, tableRows: 40, note});
  element.classList.add("deck-report-table");
  return element;
}

/** Context windows across vendors (log scale), as a figure; `highlight` brings one vendor forward. */
export function contextWindowFigure(
  data: Pick<Dataset, "llama_generations" | "claude_generations" | "facts" | "events" | "vendors">,
  options: ChartFigureOptions & {highlight?: string}
): HTMLElement {
  const {lang} = options;
  const {points, undated} = contextWindowSeries(data);
  const columns: Column<ContextWindowPoint>[] = [
    {key: "vendor", label: TEXT[lang].vendor, format: (id: string) => vendorName(data.vendors, id, lang)},
    {key: "model", label: TEXT[lang].modelColumn},
    {key: "date", label: TEXT[lang].dateColumn, format: (d: string) => nowrap(formatPartialDate(d, lang))},
    {
      key: "tokens",
      label: TEXT[lang].contextWindowTokens,
      format: (v: number) => shortTokens(v)
    },
    {
      key: "special",
      label: TEXT[lang].specialUses,
      format: (v: boolean) => (v ? TEXT[lang].yes : "")
    },
    {key: "source", label: TEXT[lang].source, format: (s: string) => formatSource(s, lang)}
  ];
  const outside = points.filter((p) => /outside:/.test(p.source)).map((p) => p.model);
  const special = points
    .filter((p) => p.special)
    .map((p) => `${p.model} ${shortTokens(p.tokens)}`)
    .join(TEXT[lang].listSeparator);
  const note = [
    special
      ? TEXT[lang].hollowDotIsFor(special)
      : "",
    outside.length
      ? TEXT[lang].outsideDate(outside.join("、"), outside.join(", "))
      : "",
    undated.length
      ? TEXT[lang].undatedNotDrawn(undated.map((u) => u.model).join("、"), undated.map((u) => u.model).join(", "))
      : ""
  ]
    .filter(Boolean)
    .join(" ");
  return figure({
    lang,
    title: TEXT[lang].contextWindowsAcrossVendors,
    chart: contextWindowChart(points, {...options, vendors: data.vendors}),
    rows: points,
    columns,
    source: sourceSummary(points.map((p) => p.source)),
    fileName: "context-windows",
    note
  });
}

/** xAI's parameters, compute and funding on its timeline, as a figure. */
export function xaiFigure(
  data: Pick<Dataset, "facts" | "events" | "report_meta">,
  options: ChartFigureOptions
): HTMLElement {
  const {lang} = options;
  const {points, missing} = xaiMilestones(data.facts, data.events);
  const columns: Column<XaiMilestone>[] = [
    {key: "measure", label: TEXT[lang].measure, format: (m) => xaiMeasureLabel(m, lang)},
    {key: "date", label: TEXT[lang].dateColumn, format: (d: string) => nowrap(formatPartialDate(d, lang))},
    {
      key: "value",
      label: TEXT[lang].value,
      format: (v: number, m: XaiMilestone) =>
        `${m.measure === "funding" ? (lang === "en" ? "$" : "") : ""}${formatLargeNumber(v, lang)}${m.measure === "funding" && lang === "zh" ? "美元" : ""}`
    },
    {key: "planned", label: TEXT[lang].planned, format: (v: boolean) => (v ? TEXT[lang].yes : "")},
    {key: "label", label: TEXT[lang].whatTheReportSays, value: (m) => pick(m, "label", lang)},
    {key: "source", label: TEXT[lang].source, format: (s: string) => formatSource(s, lang)}
  ];
  const note = [
    TEXT[lang].eachBandHasIts,
    missing.length ? TEXT[lang].missingFromData(missing.join("、"), missing.join(", ")) : ""
  ]
    .filter(Boolean)
    .join(" ");
  return figure({
    lang,
    title: TEXT[lang].xaiParametersComputeAnd,
    chart: xaiMilestonesChart(points, options),
    rows: points,
    columns,
    source: sourceSummary(points.map((p) => p.source)),
    fileName: "xai-parameters-compute-funding",
    note
  });
}
