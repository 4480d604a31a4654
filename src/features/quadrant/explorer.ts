// The intelligence-vs-price explorer: every view of the page (quadrant chart, members, the
// report's statements checked, models aside, Pareto frontier, intelligence per dollar, speed,
// price-decline projection), redrawn in place when the state changes. It never reads the URL:
// the page passes the state in (update) and gets the presenter's drags back (onChange).
// A view redraws only when an input it depends on changed, and only while it is on screen
// (an off-screen view redraws when it scrolls in), so an input costs one frame.
import type {Column} from "../../ui/figure.js";
import {asOfMonth, formatMix, thresholdsAround, type Thresholds} from "../../lib/economics.js";
import {t} from "../../lib/i18n.js";
import {formatPartialDate} from "../../ui/format.js";
import {QUADRANT_PARAMS, type QuadrantState} from "../../lib/quadrant-params.js";
import {
  buildQuadrantView,
  checkReport,
  declineProjection,
  modelExtent,
  REPORT_CLAIMS,
  reportFigures,
  type PlottedModel,
  type Projection,
  type QuadrantView
} from "../../lib/quadrant-view.js";
import type {Fact, ModelComparison, OpenaiModel, ReportMeta, Vendor} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";
import {quadrantChart, vendorColors} from "./chart.js";
import {openaiName, paretoPlot, projectionChart, speedPlot, valuePlot} from "./companions.js";
import {liveFigure, type LiveFigure} from "./figure.js";
import {comparisonSource, describeChange, formatFactor, formatNumber, formatPrice, formatPriceShort, mixWords, vendorName} from "./format.js";
import {asideList, asideReasons, morph, quadrantMembers, reportChecksPanel} from "./panels.js";

export type ExplorerData = {
  model_comparison: ModelComparison[];
  vendors: Vendor[];
  facts: Fact[];
  openai_models: OpenaiModel[];
  report_meta: ReportMeta[];
};

export type Explorer = {
  parts: {
    chart: HTMLElement;
    members: HTMLElement;
    checks: HTMLElement;
    aside: HTMLElement;
    pareto: HTMLElement;
    value: HTMLElement;
    speed: HTMLElement;
    projection: HTMLElement;
    banner: HTMLElement;
  };
  update(state: QuadrantState): void;
  /** Runs `change` (which may update many times) and redraws once at the end. */
  batch(change: () => void): void;
  /** Replaces the models (the bench's synthetic models); `synthetic` shows a banner saying so. */
  setModels(models: ModelComparison[], options: {synthetic: boolean}): void;
  /** The yearly decline the current price-decline fit gives (0–1), or null. */
  fittedDecline(): number | null;
  destroy(): void;
};

type Key = keyof QuadrantState;
const VIEW_KEYS: Key[] = ["mix", "hiddenVendors", "reasoning", "snapshot", "changes"];

export function quadrantExplorer(
  data: ExplorerData,
  {lang, width, onChange}: {lang: Lang; width: number; onChange: <K extends Key>(key: K, value: QuadrantState[K]) => void}
): Explorer {
  const caption = data.report_meta.find((r) => r.key === "figure.10.caption");
  const asOf = caption ? asOfMonth(caption.zh) : undefined;
  if (!asOf) throw new Error('report_meta.csv needs "figure.10.caption" with the report\'s as-of month');
  const report = reportFigures(data.facts);
  const named = new Set<string>([...REPORT_CLAIMS.attractive, ...REPORT_CLAIMS.leaders.map((l) => l.model), REPORT_CLAIMS.fastest.model]);
  const color = vendorColors(data.vendors);
  // Companions sit two abreast in Framework's grid (1rem gap) on a wide page.
  width = Math.max(320, width); // Framework's width can be 0 before the first layout
  const half = width >= 760 ? Math.floor((width - 16) / 2) : width;
  let models = data.model_comparison;
  let extent = modelExtent(models);
  let version = 0;
  let state: QuadrantState | null = null;
  let view: QuadrantView | null = null;
  let batching = 0;
  let pending = false;
  const keys = new Map<string, string>();

  const vendorLabel = (id: string) => vendorName(data.vendors, id, lang);
  const valueKind = (m: PlottedModel) => (m.scenario ? t(lang, "情景（假设）", "scenario (what-if)") : t(lang, "来源数据", "sourced"));

  // --- The quadrant ---------------------------------------------------------------------
  const fig11 = data.report_meta.find((r) => r.key === "figure.11.caption");
  const mainFigure = liveFigure<PlottedModel>({
    lang,
    title: t(lang, `图表 11（交互重建）${fig11?.zh ?? ""}`, `Fig. 11 (rebuilt, interactive): ${fig11?.en ?? ""}`),
    source: comparisonSource(lang),
    fileName: "intelligence-vs-price",
    view: "main",
    className: "qx-main-figure"
  });
  const chart = quadrantChart({
    lang,
    width,
    vendors: data.vendors,
    asOf,
    report,
    named,
    onThresholds: (next, final) => {
      if (final) {
        // One redraw at the end, even if the values did not change (it clears the drag preview).
        batch(() => {
          onChange("minIntelligence", next.minIntelligence);
          onChange("maxPrice", next.maxPrice);
          pending = true;
        });
      } else if (state) {
        render(state, next);
      }
    },
    onToggleVendor: (id) => {
      if (!state) return;
      const hidden = state.hiddenVendors.includes(id) ? state.hiddenVendors.filter((v) => v !== id) : [...state.hiddenVendors, id];
      onChange("hiddenVendors", hidden);
    },
    onResetScenario: () => onChange("changes", [])
  });
  mainFigure.body.append(chart.element);

  const banner = document.createElement("div");
  banner.className = "qx-synthetic";
  banner.hidden = true;
  banner.setAttribute("role", "status");

  const members = document.createElement("div");
  members.className = "qx-members-host";
  const membersList = document.createElement("div"); // redrawn; the defaults note after it stays put
  members.append(membersList);
  const checks = document.createElement("div");
  checks.className = "qx-checks-host";

  const asideFigure = liveFigure<{model: string; vendor: string; reasons: string; row: ModelComparison}>({
    lang,
    title: t(lang, "未绘出的模型及原因", "Models not on the chart, and why"),
    source: comparisonSource(lang, {derived: false}),
    fileName: "models-not-plotted",
    view: "aside",
    className: "qx-aside-figure"
  });

  // --- Companions -----------------------------------------------------------------------
  const paretoFigure = liveFigure<PlottedModel>({
    lang,
    title: t(lang, "帕累托前沿：同等价格下智力最高的模型", "Pareto frontier: the most intelligence for the price"),
    source: comparisonSource(lang),
    fileName: "pareto-frontier",
    view: "pareto"
  });
  const valueFigure = liveFigure<PlottedModel & {rank: number}>({
    lang,
    title: t(lang, "每美元智力排名", "Intelligence per dollar, ranked"),
    source: comparisonSource(lang),
    fileName: "intelligence-per-dollar",
    view: "value"
  });
  const speedFigure = liveFigure<{model: string; vendor: string; speed: number; asOf: string | null; afterReport: boolean; row: ModelComparison}>({
    lang,
    title: t(lang, "输出速度及其测量日期", "Output speed, with the date of each figure"),
    source: comparisonSource(lang, {derived: false}),
    fileName: "output-speed",
    view: "speed"
  });
  const projectionFigure = liveFigure<Record<string, unknown>>({
    lang,
    title: t(lang, "价格下降推演：按 OpenAI 价格历史拟合", "Price-decline projection, fitted on OpenAI's price history"),
    source: t(
      lang,
      "report Fig. 12（OpenAI 官网标价，华创证券）；起点模型：外部数据 Artificial Analysis 与厂商标价；年降幅为演示者的假设",
      "report Fig. 12 (OpenAI list prices, Huachuang Securities); starting model: outside: Artificial Analysis and vendors' list prices; the yearly decline is the presenter's assumption"
    ),
    fileName: "price-decline-projection",
    view: "projection"
  });

  const projectionView = projectionChart({lang, width: half});
  const projectionAnswerHost = document.createElement("div");
  projectionFigure.body.append(projectionAnswerHost, projectionView.element);

  type Companion = {figure: LiveFigure<any>; deps: Key[]; render: () => void; visible: boolean; key: string};
  const companions: Record<"aside" | "pareto" | "value" | "speed" | "projection", Companion> = {
    aside: {figure: asideFigure, deps: ["hiddenVendors", "reasoning", "snapshot"], render: renderAside, visible: false, key: ""},
    pareto: {figure: paretoFigure, deps: [...VIEW_KEYS, "priceScale"], render: renderPareto, visible: false, key: ""},
    value: {figure: valueFigure, deps: VIEW_KEYS, render: renderValue, visible: false, key: ""},
    speed: {figure: speedFigure, deps: ["hiddenVendors", "reasoning", "snapshot"], render: renderSpeed, visible: false, key: ""},
    projection: {
      figure: projectionFigure,
      deps: [...VIEW_KEYS, "decline", "fitExcluded", "targetIntelligence", "targetPrice"],
      render: renderProjection,
      visible: false,
      key: ""
    }
  };
  // On screen: redraw with the input. Off screen: redraw when idle (so print and CSV stay
  // current) or when it scrolls in, whichever comes first.
  const observer =
    typeof IntersectionObserver === "undefined"
      ? null
      : new IntersectionObserver((entries) => {
          for (const entry of entries) {
            const companion = Object.values(companions).find((c) => c.figure.element === entry.target);
            if (!companion) continue;
            companion.visible = entry.isIntersecting;
            if (companion.visible) refreshCompanion(companion, true);
          }
        }, {rootMargin: "100px 0px"});
  for (const companion of Object.values(companions)) {
    if (observer) observer.observe(companion.figure.element);
    else companion.visible = true; // no observer (tests): everything counts as on screen
  }
  let idle: ReturnType<typeof setTimeout> | null = null;
  function scheduleIdle() {
    // Once the presenter pauses: a drag or a slide in progress is not slowed by views off screen.
    if (idle != null) clearTimeout(idle);
    idle = setTimeout(() => {
      idle = null;
      for (const companion of Object.values(companions)) refreshCompanion(companion, true);
    }, 400);
  }
  const flushAll = () => {
    for (const companion of Object.values(companions)) refreshCompanion(companion, true);
  };
  if (typeof window !== "undefined") window.addEventListener("beforeprint", flushAll);

  function depKey(deps: Key[]): string {
    return `${version}|${deps.map((k) => QUADRANT_PARAMS[k].format(state![k] as never)).join("|")}`;
  }

  function refreshCompanion(companion: Companion, now = false) {
    if (!state || !view) return;
    const key = depKey(companion.deps);
    if (key === companion.key) return;
    if (!now && !companion.visible) return scheduleIdle();
    companion.key = key;
    companion.render();
  }

  // --- Drawing --------------------------------------------------------------------------
  function thresholdsOf(s: QuadrantState): Thresholds {
    return {minIntelligence: s.minIntelligence, maxPrice: s.maxPrice};
  }

  let first = true;
  function render(s: QuadrantState, preview: Thresholds | null) {
    // The chart and its panels redraw only when one of their inputs moved (not for the projection's).
    const mainKey = preview ? "" : depKey([...VIEW_KEYS, "minIntelligence", "maxPrice", "priceScale"]);
    if (preview || keys.get("main") !== mainKey) {
      keys.set("main", mainKey);
      renderMain(s, preview);
    }
    if (preview) return;
    for (const companion of Object.values(companions)) refreshCompanion(companion, first);
    first = false;
  }

  function renderMain(s: QuadrantState, preview: Thresholds | null) {
    const thresholds = preview ?? thresholdsOf(s);
    view = buildQuadrantView(models, {
      mix: s.mix,
      thresholds,
      hiddenVendors: s.hiddenVendors,
      reasoning: s.reasoning,
      snapshot: s.snapshot,
      changes: s.changes,
      asOf: asOf!
    });
    const scenarioText = s.changes.length ? s.changes.map((c) => describeChange(c, data.vendors, models, lang)).join(" · ") : null;
    chart.update(view, {priceScale: s.priceScale, thresholds, mix: s.mix, extent, scenarioText});
    // The panels are rebuilt only when what they say changes (a drag often moves no model across a line).
    const membersKey = `${preview != null}|${thresholds.minIntelligence}|${thresholds.maxPrice}|${formatMix(s.mix)}|${view.quadrant.map((m) => `${m.id}:${m.price}`).join()}`;
    if (keys.get("members") !== membersKey) {
      keys.set("members", membersKey);
      const next = document.createElement("div");
      next.append(quadrantMembers(view, {lang, thresholds, mix: s.mix, vendors: data.vendors, preview: preview != null}));
      morph(membersList, next);
    }
    const result = checkReport(view, data.facts, models);
    const checksKey = `${formatMix(s.mix)}|${JSON.stringify(result)}`;
    if (keys.get("checks") !== checksKey) {
      keys.set("checks", checksKey);
      const next = document.createElement("div");
      next.append(reportChecksPanel(result, {lang, mix: s.mix, asOf: asOf!, models, facts: data.facts}));
      morph(checks, next);
    }
    mainFigure.setRows(view.plotted, mainColumns(s));
  }

  members.append(defaultsNote());
  function defaultsNote(): HTMLElement {
    // The default lines, derived live from the data: the named models at the default mix.
    const mix = QUADRANT_PARAMS.mix.defaultValue;
    const namedView = buildQuadrantView(
      data.model_comparison.filter((m) => (REPORT_CLAIMS.attractive as readonly string[]).includes(m.id)),
      {mix, thresholds: {minIntelligence: 0, maxPrice: Infinity}, hiddenVendors: [], reasoning: "all", snapshot: "report", changes: [], asOf: asOf!}
    );
    const p = document.createElement("p");
    p.className = "qx-defaults";
    if (namedView.plotted.length === 0) return p;
    const derived = thresholdsAround(namedView.plotted.map((m) => ({intelligence: m.intelligence, price: m.sourcedPrice})));
    const list = namedView.plotted.map((m) => `${m.model} ${m.intelligence} · ${formatPrice(m.sourcedPrice, lang)}`).join(t(lang, "；", "; "));
    const defaults = {minIntelligence: QUADRANT_PARAMS.minIntelligence.defaultValue, maxPrice: QUADRANT_PARAMS.maxPrice.defaultValue};
    p.textContent = t(
      lang,
      `默认分界线（智力 ≥ ${derived.minIntelligence}，价格 ≤ $${derived.maxPrice}）由数据推出：恰好把报告点名的两个模型（${list}，${mixWords(mix, lang)}）框在内的最紧范围，再取到下一个整数值（智力取 5 的倍数，价格取 1、2、5 × 10 的幂）。`,
      `Default lines (intelligence ≥ ${derived.minIntelligence}, price ≤ $${derived.maxPrice}) are derived from the data: the tightest box around the two models the report names (${list}, ${mixWords(mix, lang)}), widened to the next round value (a multiple of 5 points; 1, 2 or 5 × a power of ten dollars).`
    );
    if (derived.minIntelligence !== defaults.minIntelligence || derived.maxPrice !== defaults.maxPrice) {
      p.textContent += t(lang, ` 注意：数据已变，页面默认值（${defaults.minIntelligence}，$${defaults.maxPrice}）需更新。`, ` Note: the data changed; the page's defaults (${defaults.minIntelligence}, $${defaults.maxPrice}) need updating.`);
    }
    return p;
  }

  function mainColumns(s: QuadrantState): Column<PlottedModel>[] {
    const figures = (m: PlottedModel) => {
      const f = report.get(m.id);
      if (!f) return "";
      const parts: string[] = [];
      if (f.intelligence != null) parts.push(t(lang, `智力 ${f.intelligence}`, `intelligence ${f.intelligence}`));
      if (f.speed != null) parts.push(t(lang, `速度 ${f.speed} tokens/秒`, `speed ${f.speed} tokens/s`));
      if (f.price != null) parts.push(t(lang, `价格约 $${f.price}`, `price ≈ $${f.price}`));
      return parts.join("; ");
    };
    const price = (v: unknown) => formatPrice(v as number | null, lang);
    return [
      {key: "model", label: t(lang, "模型", "Model")},
      {key: "vendor", label: t(lang, "厂商", "Vendor"), value: (m) => vendorLabel(m.vendor)},
      {key: "reasoning", label: t(lang, "推理", "Reasoning"), value: (m) => (m.reasoning ? t(lang, "是", "yes") : t(lang, "否", "no"))},
      {key: "intelligence_index", label: t(lang, "智力指数", "Intelligence"), value: (m) => m.intelligence},
      {key: "source_intelligence", label: t(lang, "智力来源", "Intelligence source"), value: (m) => m.row.source_intelligence},
      {key: "input_usd_per_mtok", label: t(lang, "输入价", "Input $/M"), value: (m) => m.row.input_usd_per_mtok, format: price},
      {key: "output_usd_per_mtok", label: t(lang, "输出价", "Output $/M"), value: (m) => m.row.output_usd_per_mtok, format: price},
      {key: "price_as_of", label: t(lang, "价格日期", "Price as of"), value: (m) => m.row.price_as_of},
      {key: "source_price", label: t(lang, "价格来源", "Price source"), value: (m) => m.row.source_price},
      {key: "mix", label: t(lang, "输入:输出", "Mix"), value: () => `${s.mix.input}:${s.mix.output}`},
      {key: "blended_usd_per_mtok", label: t(lang, "混合价（推算）", "Blended (derived)"), value: (m) => m.sourcedPrice, format: price},
      {key: "whatif_change", label: t(lang, "情景变动", "What-if change"), value: (m) => (m.scenario ? formatFactor(m.factor, "en") : "")},
      {key: "plotted_usd_per_mtok", label: t(lang, "图中价格", "Plotted price"), value: (m) => m.price, format: price},
      {key: "plotted_price_kind", label: t(lang, "图中价格性质", "Plotted price is"), value: valueKind},
      {key: "in_attractive_quadrant", label: t(lang, "在象限内", "In quadrant"), value: (m) => (m.inQuadrant ? t(lang, "是", "yes") : t(lang, "否", "no"))},
      {key: "on_pareto_frontier", label: t(lang, "帕累托前沿", "Pareto"), value: (m) => (m.onFrontier ? t(lang, "是", "yes") : t(lang, "否", "no"))},
      {key: "intelligence_per_dollar", label: t(lang, "每美元智力", "Per $"), value: (m) => Math.round(m.perDollar * 10) / 10},
      {key: "output_tokens_per_s", label: t(lang, "输出速度", "Speed t/s"), value: (m) => m.row.output_tokens_per_s},
      {key: "speed_as_of", label: t(lang, "速度日期", "Speed as of"), value: (m) => m.row.speed_as_of},
      {key: "source_speed", label: t(lang, "速度来源", "Speed source"), value: (m) => m.row.source_speed},
      {key: "released", label: t(lang, "发布", "Released"), value: (m) => m.row.released},
      {
        key: "after_report",
        label: t(lang, "晚于报告", "After the report"),
        value: (m) =>
          [m.releasedAfter ? t(lang, "发布", "released") : "", m.priceAfter ? t(lang, "价格", "price") : ""].filter(Boolean).join(", ")
      },
      {key: "report_states", label: t(lang, "报告所述", "Report states"), value: figures},
      {key: "notes", label: t(lang, "备注", "Notes"), value: (m) => m.row.notes}
    ];
  }

  function renderAside() {
    if (!view) return;
    asideFigure.body.replaceChildren(asideList(view, {lang, vendors: data.vendors, asOf: asOf!}));
    asideFigure.setRows(
      view.aside.map((m) => ({model: m.model, vendor: m.vendor, reasons: asideReasons(m, lang, asOf!), row: m.row})),
      [
        {key: "model", label: t(lang, "模型", "Model")},
        {key: "vendor", label: t(lang, "厂商", "Vendor"), value: (r) => vendorLabel(r.vendor)},
        {key: "reason", label: t(lang, "原因", "Why not plotted"), value: (r) => r.reasons},
        {key: "intelligence_index", label: t(lang, "智力指数", "Intelligence"), value: (r) => r.row.intelligence_index},
        {key: "input_usd_per_mtok", label: t(lang, "输入价", "Input $/M"), value: (r) => r.row.input_usd_per_mtok},
        {key: "output_usd_per_mtok", label: t(lang, "输出价", "Output $/M"), value: (r) => r.row.output_usd_per_mtok},
        {key: "price_as_of", label: t(lang, "价格日期", "Price as of"), value: (r) => r.row.price_as_of},
        {key: "released", label: t(lang, "发布", "Released"), value: (r) => r.row.released},
        {key: "source_price", label: t(lang, "价格来源", "Price source"), value: (r) => r.row.source_price},
        {key: "notes", label: t(lang, "备注", "Notes"), value: (r) => r.row.notes}
      ]
    );
  }

  function renderPareto() {
    if (!view || !state) return;
    paretoFigure.body.replaceChildren(paretoPlot(view, {lang, width: half, color, priceScale: state.priceScale}));
    paretoFigure.setNote(
      t(
        lang,
        `前沿上的 ${view.frontier.length} 个模型中，没有任何其他模型能以更低或相同的价格提供更高或相同的智力。其余 ${view.plotted.length - view.frontier.length} 个模型（灰色）都被至少一个前沿模型超越。`,
        `No other model offers as much intelligence or more at the same price or less than these ${view.frontier.length} frontier models; each of the other ${view.plotted.length - view.frontier.length} (grey) is beaten by at least one of them.`
      )
    );
    paretoFigure.setRows(view.frontier, [
      {key: "model", label: t(lang, "模型", "Model")},
      {key: "vendor", label: t(lang, "厂商", "Vendor"), value: (m) => vendorLabel(m.vendor)},
      {key: "intelligence_index", label: t(lang, "智力指数", "Intelligence"), value: (m) => m.intelligence},
      {key: "plotted_usd_per_mtok", label: t(lang, "混合价格", "Blended price"), value: (m) => m.price, format: (v) => formatPrice(v, lang)},
      {key: "plotted_price_kind", label: t(lang, "价格性质", "Price is"), value: valueKind},
      {key: "mix", label: t(lang, "输入:输出", "Mix"), value: () => `${state!.mix.input}:${state!.mix.output}`}
    ]);
  }

  function renderValue() {
    if (!view) return;
    const limit = 20;
    valueFigure.body.replaceChildren(valuePlot(view, {lang, width: half, color, limit}));
    const ranked = [...view.plotted].sort((a, b) => b.perDollar - a.perDollar || a.price - b.price).map((m, i) => ({...m, rank: i + 1}));
    valueFigure.setNote(
      ranked.length > limit
        ? t(lang, `图中为前 ${limit} 名（共 ${ranked.length} 个有价格和智力分数的模型，表格中列出全部）。`, `The top ${limit} of ${ranked.length} models with a price and a score (all in the table view).`)
        : t(lang, "每美元智力 = 智力指数 ÷ 混合价格（美元 / 百万 tokens）。", "Intelligence per dollar = intelligence index ÷ blended price (USD per million tokens).")
    );
    valueFigure.setRows(ranked, [
      {key: "rank", label: t(lang, "排名", "Rank")},
      {key: "model", label: t(lang, "模型", "Model")},
      {key: "vendor", label: t(lang, "厂商", "Vendor"), value: (m) => vendorLabel(m.vendor)},
      {key: "intelligence_per_dollar", label: t(lang, "每美元智力", "Per $"), value: (m) => Math.round(m.perDollar * 10) / 10},
      {key: "intelligence_index", label: t(lang, "智力指数", "Intelligence"), value: (m) => m.intelligence},
      {key: "plotted_usd_per_mtok", label: t(lang, "混合价格", "Blended price"), value: (m) => m.price, format: (v) => formatPrice(v, lang)},
      {key: "plotted_price_kind", label: t(lang, "价格性质", "Price is"), value: valueKind}
    ]);
  }

  function renderSpeed() {
    if (!view) return;
    const limit = 20;
    speedFigure.body.replaceChildren(speedPlot(view, {lang, width: half, color, report, limit}));
    const sep = t(lang, "、", ", ");
    const after = view.speedAside.filter((s) => s.reason === "speed-after-report");
    const named = view.speedAside.filter((s) => s.reason === "no-figure" && s.row.in_report && /fast/i.test(s.row.in_report));
    const none = view.speedAside.filter((s) => s.reason === "no-figure" && !named.includes(s));
    const note = document.createElement("span");
    note.textContent = [
      view.speeds.length > limit ? t(lang, `图中为最快的 ${limit} 个。`, `The fastest ${limit} are shown.`) : "",
      t(lang, "条形旁为数值与测量月份；浅色为晚于报告的测量。", "Each bar gives the figure and the month it was measured; pale bars were measured after the report."),
      after.length
        ? t(
            lang,
            `测于报告之后，“报告时点”中不显示（${after.length}）：${after.map((s) => s.model).join(sep)}。`,
            `Measured after the report, not in the report snapshot (${after.length}): ${after.map((s) => s.model).join(sep)}.`
          )
        : "",
      ...named.map((s) => t(lang, `${s.model}：报告称其速度第二，但未给数值。`, `${s.model}: the report names it second fastest but gives no figure.`)),
      none.length
        ? t(lang, `无模型级速度数据（${none.length}）：`, `No model-level speed figure (${none.length}): `) +
          none.slice(0, 25).map((s) => s.model).join(sep) +
          (none.length > 25 ? " …" : t(lang, "。", "."))
        : ""
    ]
      .filter(Boolean)
      .join(" ");
    speedFigure.setNote(note);
    speedFigure.setRows(
      view.speeds.map((s) => ({model: s.model, vendor: s.vendor, speed: s.speed, asOf: s.asOf, afterReport: s.afterReport, row: s.row})),
      [
        {key: "model", label: t(lang, "模型", "Model")},
        {key: "vendor", label: t(lang, "厂商", "Vendor"), value: (r) => vendorLabel(r.vendor)},
        {key: "output_tokens_per_s", label: t(lang, "输出速度", "Tokens/s"), value: (r) => r.speed},
        {key: "speed_as_of", label: t(lang, "测量日期", "Measured"), value: (r) => r.asOf},
        {key: "after_report", label: t(lang, "晚于报告", "After the report"), value: (r) => (r.afterReport ? t(lang, "是", "yes") : t(lang, "否", "no"))},
        {key: "report_states", label: t(lang, "报告所述", "Report states"), value: (r) => (report.get(r.row.id)?.speed != null ? `${report.get(r.row.id)!.speed}` : "")},
        {key: "source_speed", label: t(lang, "来源", "Source"), value: (r) => r.row.source_speed}
      ]
    );
  }

  function renderProjection() {
    if (!view || !state) return;
    const projection = declineProjection(data.openai_models, view, {
      mix: state.mix,
      declinePercent: state.decline,
      excluded: state.fitExcluded,
      targetIntelligence: state.targetIntelligence,
      targetPrice: state.targetPrice
    });
    const prices = view.plotted.map((m) => m.price);
    projectionView.update(projection, {priceRange: prices.length ? [Math.min(...prices), Math.max(...prices)] : [0.1, 100]});
    projectionAnswerHost.replaceChildren(projectionAnswer(projection));
    const fit = projection.fit;
    projectionFigure.setNote(
      fit
        ? t(
            lang,
            `拟合：对报告图表 12 中 ${fit.n} 个有价格的 OpenAI 模型（${mixWords(state.mix, lang)} 混合）按发布时间做对数线性回归，年降幅 ${formatNumber(fit.annualDecline * 100, lang, {maximumFractionDigits: 0})}%，R² = ${formatNumber(fit.r2, lang, {maximumFractionDigits: 2})}。${
              fit.r2 < 0.5 ? "拟合很弱：图表 12 混合了不同档次的模型（如 GPT-4.5），请把它当作粗略参照，并设定自己的假设。" : ""
            }`,
            `Fit: log-linear regression of ${fit.n} priced OpenAI models of the report's Fig. 12 (blended ${mixWords(state.mix, lang)}) on release date: ${formatNumber(fit.annualDecline * 100, lang, {maximumFractionDigits: 0})}% a year, R² = ${formatNumber(fit.r2, lang, {maximumFractionDigits: 2})}.${
              fit.r2 < 0.5 ? " A weak fit: Fig. 12 mixes tiers (GPT-4.5 is a premium model), so read it as a loose anchor and set your own assumption." : ""
            }`
          )
        : t(lang, "参与拟合的价格少于两个，无法拟合。", "Fewer than two prices in the fit: no trend.")
    );
    const rows: Record<string, unknown>[] = projection.history.map((h) => ({
      kind: t(lang, "价格历史（报告图表 12）", "price history (report Fig. 12)"),
      model: openaiName(h.name, lang),
      date: h.released,
      blended_usd_per_mtok: h.price,
      in_fit: h.inFit ? t(lang, "是", "yes") : t(lang, "否", "no")
    }));
    if (projection.start) {
      rows.push({
        kind: t(lang, "推演起点", "projection start"),
        model: projection.start.model.model,
        date: projection.start.date,
        blended_usd_per_mtok: projection.start.model.price,
        in_fit: ""
      });
      if (projection.reachYear != null)
        rows.push({
          kind: t(lang, `推演：达到目标价格（年降 ${state.decline}%）`, `projection: reaches the target (${state.decline}% a year)`),
          model: projection.start.model.model,
          date: dateText(projection.reachYear),
          blended_usd_per_mtok: state.targetPrice,
          in_fit: ""
        });
    }
    projectionFigure.setRows(rows, [
      {key: "kind", label: t(lang, "类型", "Row")},
      {key: "model", label: t(lang, "模型", "Model")},
      {key: "date", label: t(lang, "日期", "Date")},
      {key: "blended_usd_per_mtok", label: t(lang, "混合价格", "Blended price"), format: (v) => formatPrice(v, lang)},
      {key: "in_fit", label: t(lang, "参与拟合", "In the fit")}
    ]);
  }

  function dateText(year: number): string {
    const whole = Math.floor(year);
    const month = Math.min(12, Math.floor((year - whole) * 12) + 1);
    return `${whole}-${String(month).padStart(2, "0")}`;
  }

  function projectionAnswer(p: Projection): HTMLElement {
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
        `按每年降价 ${pct}% 推算，智力 ≥ ${level} 的最便宜模型（${start}）约 ${formatNumber(p.years, lang, {maximumFractionDigits: 1})} 年后降到 ${target}：约 ${formatPartialDate(dateText(p.reachYear), lang)}。`,
        `At an assumed ${pct}% yearly decline, the cheapest model with intelligence ≥ ${level} (${start}) reaches ${target} in about ${formatNumber(p.years, lang, {maximumFractionDigits: 1})} years: around ${formatPartialDate(dateText(p.reachYear), lang)}.`
      );
    }
    return box;
  }

  // --- State in, drags out ----------------------------------------------------------------
  function update(next: QuadrantState) {
    state = next;
    if (batching) {
      pending = true;
      return;
    }
    render(next, null);
  }

  function batch(change: () => void) {
    batching++;
    try {
      change();
    } finally {
      batching--;
    }
    if (!batching && pending && state) {
      pending = false;
      render(state, null);
    }
  }

  function setModels(next: ModelComparison[], {synthetic}: {synthetic: boolean}) {
    models = next;
    extent = modelExtent(models);
    version++;
    banner.hidden = !synthetic;
    banner.textContent = synthetic
      ? t(lang, `基准测试：正在显示 ${models.length} 个合成模型，不是报告数据。`, `Benchmark: showing ${models.length} synthetic models, not the report's data.`)
      : "";
    if (state) render(state, null);
  }

  return {
    parts: {
      chart: mainFigure.element,
      members,
      checks,
      aside: asideFigure.element,
      pareto: paretoFigure.element,
      value: valueFigure.element,
      speed: speedFigure.element,
      projection: projectionFigure.element,
      banner
    },
    update,
    batch,
    setModels,
    fittedDecline: () => {
      if (!state || !view) return null;
      return declineProjection(data.openai_models, view, {
        mix: state.mix,
        declinePercent: state.decline,
        excluded: state.fitExcluded,
        targetIntelligence: state.targetIntelligence,
        targetPrice: state.targetPrice
      }).fit?.annualDecline ?? null;
    },
    destroy: () => {
      observer?.disconnect();
      if (idle != null) clearTimeout(idle);
      if (typeof window !== "undefined") window.removeEventListener("beforeprint", flushAll);
    }
  };
}
