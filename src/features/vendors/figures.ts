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
import {pick, t} from "../../lib/i18n.js";
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

type TableOptions = {lang: Lang};

/** A cell that must not wrap (dates, sizes). */
function nowrap(text: string): HTMLElement {
  const span = document.createElement("span");
  span.className = "deck-nowrap";
  span.textContent = text;
  return span;
}
type ChartFigureOptions = {width: number; lang: Lang; document?: Document};

/** Fig. 12 as the report prints it: model, release, input and output price per million tokens ("-" = not priced). */
export function openaiModelsTable(
  data: Pick<Dataset, "openai_models" | "report_meta">,
  {lang}: TableOptions
): HTMLElement {
  const columns: Column<OpenaiModel>[] = [
    {key: "name", label: t(lang, "模型名称", "Model"), value: (m) => modelDisplayName(m.name, lang)},
    {
      key: "released",
      label: t(lang, "发布时间", "Released"),
      format: (d: string) => nowrap(formatPartialDate(d, lang))
    },
    {
      key: "input_usd_per_mtok",
      label: t(lang, "输入价格（每 100 万 tokens）", "Input price (per 1M tokens)"),
      format: (v) => priceCell(v, lang)
    },
    {
      key: "output_usd_per_mtok",
      label: t(lang, "输出价格（每 100 万 tokens）", "Output price (per 1M tokens)"),
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
    note: t(
      lang,
      "空白：报告中为“-”，即未列价格。点击表头可排序。",
      "Blank: the report prints “-”, no price. Click a heading to sort."
    )
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
  const gaps = unpriced.map((m) => modelDisplayName(m.name, lang)).join(t(lang, "、", ", "));
  const note = [
    t(lang, "虚线：当时可用的最低价格。", "Dashed: the cheapest price on offer at the time."),
    gaps
      ? t(lang, `报告未列价格（“-”），不在图中：${gaps}。`, `Not priced in the report (“-”), so not plotted: ${gaps}.`)
      : ""
  ]
    .filter(Boolean)
    .join(" ");
  const columns: Column<PricePoint>[] = [
    {key: "model", label: t(lang, "模型", "Model"), format: (name: string) => modelDisplayName(name, lang)},
    {
      key: "released",
      label: t(lang, "发布时间", "Released"),
      format: (d: string) => nowrap(formatPartialDate(d, lang))
    },
    {key: "side", label: t(lang, "价格类型", "Price"), format: (side) => priceSideLabel(side, lang)},
    {
      key: "usdPerMtok",
      label: t(lang, "美元 / 百万 tokens", "USD per 1M tokens"),
      format: (v: number) => formatUsd(v, lang)
    }
  ];
  return figure({
    lang,
    title: t(lang, "OpenAI 模型价格走势（据图表 12，对数坐标）", "OpenAI's prices over time (from Fig. 12, log scale)"),
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
    strong.textContent = t(lang, `降为 1/${Math.round(d.factor)}`, `1/${Math.round(d.factor)} of the price`);
    const model = (p: PricePoint) =>
      t(
        lang,
        `${modelDisplayName(p.model, lang)}（${formatPartialDate(p.released, lang)}）`,
        `${modelDisplayName(p.model, lang)} (${formatPartialDate(p.released, lang)}) `
      ) + formatUsd(p.usdPerMtok, lang);
    line.append(
      `${priceSideLabel(side, lang)}${t(lang, "：", ": ")}${model(d.from)} → ${model(d.to)}${t(lang, "，", ": ")}`,
      strong,
      t(lang, `（−${d.percent.toFixed(1)}%）`, ` (−${d.percent.toFixed(1)}%)`)
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
    {key: "generation", label: t(lang, "指标", "Model")},
    {
      key: "parameter_sizes_b",
      label: t(lang, "规模", "Sizes"),
      value: (g) => g.parameter_sizes_b,
      format: (sizes: number[]) => sizes.map((s) => `${s}B`).join(t(lang, "、", ", "))
    },
    {
      key: "training_tokens_t",
      label: t(lang, "训练数据量", "Training data"),
      format: (v: number) => t(lang, `约 ${v.toFixed(1)}T tokens`, `≈${v.toFixed(1)}T tokens`)
    },
    {key: "features", label: t(lang, "主要特点", "Main features"), value: (g) => pick(g, "features", lang)},
    {key: "performance", label: t(lang, "性能表现", "Performance"), value: (g) => pick(g, "performance", lang)},
    {key: "use_cases", label: t(lang, "适用场景", "Use cases"), value: (g) => pick(g, "use_cases", lang)},
    {
      key: "context_window_tokens",
      label: t(lang, "上下文窗口", "Context window"),
      format: (v: number) => `${v >= 100_000 ? shortTokens(v) : v} tokens`
    },
    {
      key: "multimodal_support",
      label: t(lang, "多模态支持", "Multimodal"),
      value: (g) => pick(g, "multimodal_support", lang)
    },
    {key: "licence", label: t(lang, "开源许可", "Licence"), value: (g) => pick(g, "licence", lang)},
    {
      key: "deployment_cost",
      label: t(lang, "部署成本", "Deployment cost"),
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
      note: t(
        lang,
        "报告将各代列为表格的列，此处每代一行以便排序。LLaMA 1 的规模：图表 15 写作 33B，正文写作 30B，此处从图表。",
        "The report sets the generations as columns; here each is a row so the table sorts. LLaMA 1's sizes: Fig. 15 says 33B where the text says 30B; the figure is followed."
      )
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
    title: t(
      lang,
      "LLaMA 各代的参数规模与训练数据量（据图表 15）",
      "LLaMA generations: parameter sizes and training data (from Fig. 15)"
    ),
    chart: llamaGenerationsChart(data.llama_generations, options),
    rows,
    columns: [
      {key: "generation", label: t(lang, "模型", "Model")},
      {key: "parameter_sizes_b", label: t(lang, "参数规模（十亿）", "Sizes (billions)")},
      {
        key: "training_tokens_t",
        label: t(lang, "训练数据量（万亿 tokens，约）", "Training data (trillion tokens, approx.)")
      }
    ],
    source: figureSource(data.report_meta, 15, lang),
    fileName: "llama-generations",
    note: t(
      lang,
      "训练数据量为报告所写的约数（LLaMA 3 正文：超过 15 万亿 tokens）。",
      "Training data as the report states it, approximate (LLaMA 3 in the text: more than 15 trillion tokens)."
    )
  });
}

/** Fig. 17 with a generation a row. */
export function claudeTable(
  data: Pick<Dataset, "claude_generations" | "report_meta">,
  {lang}: TableOptions
): HTMLElement {
  const columns: Column<ClaudeGeneration>[] = [
    {key: "generation", label: t(lang, "模型", "Model")},
    {
      key: "released",
      label: t(lang, "发布时间", "Released"),
      format: (d: string) => nowrap(formatPartialDate(d, lang))
    },
    {
      key: "context_window_tokens",
      label: t(lang, "上下文窗口", "Context window"),
      format: (v: number) => nowrap(`${shortTokens(v)} token`)
    },
    {
      key: "context_window_max_tokens",
      label: t(lang, "特定用途可达", "Specific uses"),
      format: (v: number | null) => (v == null ? "" : nowrap(`${shortTokens(v)} token`))
    },
    {
      key: "multimodal_support",
      label: t(lang, "多模态能力", "Multimodal"),
      value: (g) => pick(g, "multimodal_support", lang)
    },
    {
      key: "capabilities",
      label: t(lang, "性能与能力", "Performance and capabilities"),
      value: (g) => pick(g, "capabilities", lang)
    },
    {key: "use_cases", label: t(lang, "应用场景", "Use cases"), value: (g) => pick(g, "use_cases", lang)},
    {key: "safety", label: t(lang, "安全与可靠性", "Safety and reliability"), value: (g) => pick(g, "safety", lang)}
  ];
  return reportTable(
    figureTitle(data.report_meta, 17, lang),
    data.claude_generations,
    columns,
    figureSource(data.report_meta, 17, lang),
    "fig-17-anthropic-models",
    lang,
    {
      note: t(
        lang,
        "报告将各代列为表格的列，此处每代一行以便排序。",
        "The report sets the generations as columns; here each is a row so the table sorts."
      )
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
      ? [t(lang, "模型版本", "Model version"), t(lang, "主要特点", "Main features")]
      : [t(lang, "事件", "Event"), t(lang, "关键要素", "Key elements")];
  const columns: Column<ReportEvent>[] = [
    {key: "date", label: t(lang, "时间", "Date"), format: (d: string) => nowrap(formatPartialDate(d, lang))},
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
    {key: "name", label: t(lang, "厂商", "Vendor"), value: (v) => pick(v, "name", lang)},
    {
      key: "positioning",
      label: t(lang, "定位（投资逻辑）", "Positioning (investment logic)"),
      value: (v) => pick(v, "positioning", lang),
      format: wideText
    },
    {key: "strengths", label: t(lang, "优势", "Strengths"), value: (v) => pick(v, "strengths", lang), format: clamped},
    {key: "outlook", label: t(lang, "展望", "Outlook"), value: (v) => pick(v, "outlook", lang), format: clamped}
  ];
  return reportTable(
    t(lang, "五家厂商对比：定位、优势与展望", "The five vendors compared: positioning, strengths and outlook"),
    rows,
    columns,
    "report front matter (investment logic); report §3.2–§3.6",
    "vendor-comparison",
    lang,
    {
      note: t(
        lang,
        "长文本只显示开头几行（悬停看全文，CSV 含全文）；“……”表示此处省略了报告的部分段落，全文见各厂商页面。",
        "Long cells show their first lines (hover for the whole text; the CSV has it all); “…” marks passages of the report left out here, which each vendor's page has in full."
      )
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

/** A long cell shown as its first lines; the full text is its tooltip, and in the CSV. */
function clamped(text: string): HTMLElement {
  const div = document.createElement("div");
  div.className = "deck-clamp";
  div.title = text;
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
    {key: "vendor", label: t(lang, "厂商", "Vendor"), format: (id: string) => vendorName(data.vendors, id, lang)},
    {key: "model", label: t(lang, "模型", "Model")},
    {key: "date", label: t(lang, "日期", "Date"), format: (d: string) => nowrap(formatPartialDate(d, lang))},
    {
      key: "tokens",
      label: t(lang, "上下文窗口（tokens）", "Context window (tokens)"),
      format: (v: number) => shortTokens(v)
    },
    {
      key: "special",
      label: t(lang, "特定用途", "Special uses"),
      format: (v: boolean) => (v ? t(lang, "是", "yes") : "")
    },
    {key: "source", label: t(lang, "来源", "Source"), format: (s: string) => formatSource(s, lang)}
  ];
  const outside = points.filter((p) => /outside:/.test(p.source)).map((p) => p.model);
  const special = points
    .filter((p) => p.special)
    .map((p) => `${p.model} ${shortTokens(p.tokens)}`)
    .join(t(lang, "、", ", "));
  const note = [
    special
      ? t(
          lang,
          `空心圆：${special} 仅限特定用途（图表 17）。`,
          `Hollow dot: ${special} is for specific uses only (Fig. 17).`
        )
      : "",
    outside.length
      ? t(
          lang,
          `${outside.join("、")} 的日期为外部数据（报告未注明），见表格来源。`,
          `The date of ${outside.join(", ")} is outside data (the report does not give it); see the table's source.`
        )
      : "",
    undated.length
      ? t(
          lang,
          `无日期、未绘出：${undated.map((u) => u.model).join("、")}。`,
          `Undated, not drawn: ${undated.map((u) => u.model).join(", ")}.`
        )
      : ""
  ]
    .filter(Boolean)
    .join(" ");
  return figure({
    lang,
    title: t(lang, "各厂商上下文窗口的增长（对数坐标）", "Context windows across vendors (log scale)"),
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
    {key: "measure", label: t(lang, "指标", "Measure"), format: (m) => xaiMeasureLabel(m, lang)},
    {key: "date", label: t(lang, "日期", "Date"), format: (d: string) => nowrap(formatPartialDate(d, lang))},
    {
      key: "value",
      label: t(lang, "数值", "Value"),
      format: (v: number, m: XaiMilestone) =>
        `${m.measure === "funding" ? (lang === "en" ? "$" : "") : ""}${formatLargeNumber(v, lang)}${m.measure === "funding" && lang === "zh" ? "美元" : ""}`
    },
    {key: "planned", label: t(lang, "计划", "Planned"), format: (v: boolean) => (v ? t(lang, "是", "yes") : "")},
    {key: "label", label: t(lang, "报告原文", "What the report says"), value: (m) => pick(m, "label", lang)},
    {key: "source", label: t(lang, "来源", "Source"), format: (s: string) => formatSource(s, lang)}
  ];
  const note = [
    t(
      lang,
      "各带纵轴独立。空心圆：计划中的扩展，或估值（非融资额）。Grok-3 的 GPU 数出自报告投资建议（§4），置于 Grok-3 发布（图表 19）处。",
      "Each band has its own scale. Hollow: the planned expansion, or the valuation (not money raised). Grok-3's GPU count comes from the report's investment view (§4), placed at Grok-3's release (Fig. 19)."
    ),
    missing.length ? t(lang, `缺少数据：${missing.join("、")}`, `Missing from data/: ${missing.join(", ")}`) : ""
  ]
    .filter(Boolean)
    .join(" ");
  return figure({
    lang,
    title: t(lang, "xAI 的参数量、算力与融资（时间线）", "xAI: parameters, compute and funding on its timeline"),
    chart: xaiMilestonesChart(points, options),
    rows: points,
    columns,
    source: sourceSummary(points.map((p) => p.source)),
    fileName: "xai-parameters-compute-funding",
    note
  });
}
