// What the intelligence-vs-price page shows for a given state: which models are plotted where
// (sourced and what-if prices), which are listed aside and why, the quadrant, the frontier,
// speeds, and the report's statements checked against the view. Pure: data + state -> view.
import {
  asOfMonth,
  blendedPrice,
  decimalYear,
  fitDecline,
  inAttractiveQuadrant,
  intelligencePerDollar,
  isAfterMonth,
  paretoFrontier,
  scenarioFactor,
  yearsToReach,
  type DeclineFit,
  type Mix,
  type PriceChange,
  type Thresholds
} from "./economics.js";
import type {QuadrantState, ReasoningFilter, Snapshot} from "./quadrant-params.js";
import type {Fact, ModelComparison, OpenaiModel, ReportMeta, Vendor} from "./schema.js";

export type ViewOptions = {
  mix: Mix;
  thresholds: Thresholds;
  hiddenVendors: readonly string[];
  reasoning: ReasoningFilter;
  snapshot: Snapshot;
  changes: readonly PriceChange[];
  /** The report's date (YYYY-MM): later releases, prices and speeds are "after the report". */
  asOf: string;
};

export type PlottedModel = {
  id: string;
  model: string;
  vendor: string;
  reasoning: boolean;
  row: ModelComparison;
  intelligence: number;
  /** Blended from the sourced list prices at the mix. */
  sourcedPrice: number;
  /** What the chart plots: the sourced price times the what-if factor. */
  price: number;
  factor: number;
  scenario: boolean;
  releasedAfter: boolean;
  priceAfter: boolean;
  inQuadrant: boolean;
  onFrontier: boolean;
  perDollar: number;
};

export type AsideReason =
  | "released-after-report"
  | "hidden-vendor"
  | "hidden-reasoning"
  | "no-score"
  | "no-price"
  | "price-after-report";

export type AsideModel = {id: string; model: string; vendor: string; row: ModelComparison; reasons: AsideReason[]};

export type SpeedModel = {id: string; model: string; vendor: string; row: ModelComparison; speed: number; asOf: string | null; afterReport: boolean};
export type SpeedAside = {id: string; model: string; vendor: string; row: ModelComparison; reason: "no-figure" | "speed-after-report"};

export type QuadrantView = {
  options: ViewOptions;
  /** Models in the view (snapshot and filters passed), with or without a price or score. */
  inView: ModelComparison[];
  plotted: PlottedModel[];
  aside: AsideModel[];
  quadrant: PlottedModel[];
  frontier: PlottedModel[];
  speeds: SpeedModel[];
  speedAside: SpeedAside[];
  scenarioActive: boolean;
};

const FILTER_REASONS: AsideReason[] = ["released-after-report", "hidden-vendor", "hidden-reasoning"];

export function buildQuadrantView(models: readonly ModelComparison[], options: ViewOptions): QuadrantView {
  const {mix, thresholds, hiddenVendors, reasoning, snapshot, changes, asOf} = options;
  const hidden = new Set(hiddenVendors);
  const inView: ModelComparison[] = [];
  const plotted: PlottedModel[] = [];
  const aside: AsideModel[] = [];
  for (const row of models) {
    const reasons: AsideReason[] = [];
    if (snapshot === "report" && row.released_after_report) reasons.push("released-after-report");
    if (hidden.has(row.vendor)) reasons.push("hidden-vendor");
    if ((reasoning === "reasoning" && !row.reasoning) || (reasoning === "standard" && row.reasoning)) reasons.push("hidden-reasoning");
    const filtered = reasons.length > 0;
    if (!filtered) inView.push(row);
    const priceAfter = isAfterMonth(row.price_as_of, asOf);
    const sourcedPrice = blendedPrice(row.input_usd_per_mtok, row.output_usd_per_mtok, mix);
    if (row.intelligence_index == null) reasons.push("no-score");
    if (sourcedPrice == null) reasons.push("no-price");
    else if (snapshot === "report" && priceAfter) reasons.push("price-after-report");
    if (reasons.length) {
      aside.push({id: row.id, model: row.model, vendor: row.vendor, row, reasons});
      continue;
    }
    const factor = scenarioFactor(row, changes);
    const price = sourcedPrice! * factor;
    const intelligence = row.intelligence_index!;
    plotted.push({
      id: row.id,
      model: row.model,
      vendor: row.vendor,
      reasoning: row.reasoning,
      row,
      intelligence,
      sourcedPrice: sourcedPrice!,
      price,
      factor,
      scenario: factor !== 1,
      releasedAfter: row.released_after_report,
      priceAfter,
      inQuadrant: inAttractiveQuadrant({intelligence, price}, thresholds),
      onFrontier: false,
      perDollar: intelligencePerDollar({intelligence, price})
    });
  }
  const frontier = paretoFrontier(plotted);
  for (const model of frontier) model.onFrontier = true;
  const speeds: SpeedModel[] = [];
  const speedAside: SpeedAside[] = [];
  // Object literals, not spreads of a shared base: at 2,000 models the spreads took two thirds of
  // this function's time (V8 copies a spread property by property), on every input's frame.
  for (const row of inView) {
    const {id, model, vendor} = row;
    const afterReport = isAfterMonth(row.speed_as_of, asOf);
    if (row.output_tokens_per_s == null) speedAside.push({id, model, vendor, row, reason: "no-figure"});
    else if (snapshot === "report" && afterReport) speedAside.push({id, model, vendor, row, reason: "speed-after-report"});
    else speeds.push({id, model, vendor, row, speed: row.output_tokens_per_s, asOf: row.speed_as_of, afterReport});
  }
  speeds.sort((a, b) => b.speed - a.speed);
  return {
    options,
    inView,
    plotted,
    aside,
    quadrant: plotted.filter((m) => m.inQuadrant).sort((a, b) => b.intelligence - a.intelligence || a.price - b.price),
    frontier,
    speeds,
    speedAside,
    scenarioActive: plotted.some((m) => m.scenario)
  };
}

/** Whether a model is listed aside only because of the presenter's filters (not a data gap). */
export function hiddenByFilter(model: AsideModel): boolean {
  return model.reasons.some((r) => FILTER_REASONS.includes(r));
}

// --- The report's statements, checked against the view -----------------------------------

/** Which models and facts the report's §3.1 statements name (ids of model_comparison and facts). */
export const REPORT_CLAIMS = {
  /** "O3mini (high) 和 o1 表现最佳，得分分别为 66 和 62" */
  leaders: [
    {model: "o3-mini-high", fact: "o3-mini-high-intelligence"},
    {model: "o1", fact: "o1-intelligence"}
  ],
  /** "Gemini 2.0 Flash 速度最快，每秒输出令牌数达到 176" */
  fastest: {model: "gemini-2-0-flash", fact: "gemini-2-0-flash-speed"},
  /** "Gemini 2.0 最具成本效益，每 100 万代币价格为 0.2 美元" */
  cheapest: {model: "gemini-2-0-flash", fact: "gemini-2-0-price-usd-per-mtok"},
  /** "claude3.7 Sonnet Thinking, O3mini (high) 等模型位于具有强吸引力象限中" */
  attractive: ["claude-3-7-sonnet-thinking", "o3-mini-high"]
} as const;

export type ExceptionReason = "after-report" | "scenario" | "variant";

export type ClaimException = {id: string; model: string; value: number; reasons: ExceptionReason[]; variantOf?: string};

/** Exceptions kept per statement (the count says how many there are in all). */
const MAX_EXCEPTIONS = 20;

export type ClaimCheck = {
  /** holds: as the report says; exceptions: holds but for the listed models; fails: the named model is beaten or out; unverifiable: a named model is not in the view. */
  status: "holds" | "exceptions" | "fails" | "unverifiable";
  /** The report's figures for the named models (facts.csv), by model id. */
  reportValues: {id: string; model: string; value: number | null; dataValue: number | null}[];
  /** The first exceptions, most striking first. */
  exceptions: ClaimException[];
  exceptionCount: number;
  missing: string[];
};

export type QuadrantCheck = {
  status: "holds" | "fails" | "unverifiable";
  named: {id: string; model: string; inside: boolean; intelligence: number | null; price: number | null; scenario: boolean}[];
  missing: string[];
};

export type ReportChecks = {leaders: ClaimCheck; fastest: ClaimCheck; cheapest: ClaimCheck; quadrant: QuadrantCheck};

/** "o3-mini (high)" -> "o3-mini": two settings of one model share it. */
export function baseModelName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, "").trim();
}

export function checkReport(view: QuadrantView, facts: readonly Fact[], models: readonly ModelComparison[]): ReportChecks {
  const factValue = (id: string) => facts.find((f) => f.id === id)?.value ?? null;
  const name = (id: string) => models.find((m) => m.id === id)?.model ?? id;

  // Intelligence: every model in the view with a score counts, priced or not.
  const scored = view.inView.filter((m) => m.intelligence_index != null);
  const leaders = REPORT_CLAIMS.leaders.map((c) => ({id: c.model, model: name(c.model), value: factValue(c.fact), row: scored.find((m) => m.id === c.model)}));
  const leaderIds = new Set<string>(leaders.map((l) => l.id));
  const leaderFloor = Math.min(...leaders.map((l) => l.row?.intelligence_index ?? Infinity));
  const leaderTop = Math.max(...leaders.map((l) => l.row?.intelligence_index ?? -Infinity));
  const above = scored
    .filter((m) => !leaderIds.has(m.id) && m.intelligence_index! > leaderFloor)
    .sort((a, b) => b.intelligence_index! - a.intelligence_index!);
  const leadersCheck: ClaimCheck = {
    status: status(
      leaders.filter((l) => !l.row).map((l) => l.id),
      above.length,
      above.length > 0 && above[0].intelligence_index! > leaderTop
    ),
    reportValues: leaders.map((l) => ({id: l.id, model: l.model, value: l.value, dataValue: l.row?.intelligence_index ?? null})),
    exceptions: above
      .slice(0, MAX_EXCEPTIONS)
      .map((m) => exception(m, m.intelligence_index!, leaders, {afterReport: m.released_after_report, scenario: false})),
    exceptionCount: above.length,
    missing: leaders.filter((l) => !l.row).map((l) => l.id)
  };

  // Speed: the speeds the view may show (a speed measured after the report is not, in the report's snapshot).
  const fastestId = REPORT_CLAIMS.fastest.model;
  const fastest = view.speeds.find((s) => s.id === fastestId);
  const faster = fastest ? view.speeds.filter((s) => s.id !== fastestId && s.speed > fastest.speed) : []; // speeds: fastest first
  const fastestCheck: ClaimCheck = {
    status: status(fastest ? [] : [fastestId], faster.length, faster.length > 0),
    reportValues: [{id: fastestId, model: name(fastestId), value: factValue(REPORT_CLAIMS.fastest.fact), dataValue: fastest?.speed ?? null}],
    exceptions: faster
      .slice(0, MAX_EXCEPTIONS)
      .map((s) => exception(s.row, s.speed, [{id: fastestId, model: name(fastestId)}], {afterReport: s.afterReport || s.row.released_after_report, scenario: false})),
    exceptionCount: faster.length,
    missing: fastest ? [] : [fastestId]
  };

  // Price: the plotted (priced) models at the current mix and what-if prices.
  const cheapestId = REPORT_CLAIMS.cheapest.model;
  const cheapest = view.plotted.find((m) => m.id === cheapestId);
  const cheaper = cheapest
    ? view.plotted.filter((m) => m.id !== cheapestId && m.price < cheapest.price).sort((a, b) => a.price - b.price)
    : [];
  const cheapestCheck: ClaimCheck = {
    status: status(cheapest ? [] : [cheapestId], cheaper.length, false),
    reportValues: [{id: cheapestId, model: name(cheapestId), value: factValue(REPORT_CLAIMS.cheapest.fact), dataValue: cheapest?.price ?? null}],
    exceptions: cheaper
      .slice(0, MAX_EXCEPTIONS)
      .map((m) => exception(m.row, m.price, [{id: cheapestId, model: name(cheapestId)}], {afterReport: m.releasedAfter || m.priceAfter, scenario: m.scenario})),
    exceptionCount: cheaper.length,
    missing: cheapest ? [] : [cheapestId]
  };

  // The quadrant: the named models inside the current lines.
  const named = REPORT_CLAIMS.attractive.map((id) => {
    const plotted = view.plotted.find((m) => m.id === id);
    return {
      id,
      model: name(id),
      inside: plotted?.inQuadrant ?? false,
      intelligence: plotted?.intelligence ?? null,
      price: plotted?.price ?? null,
      scenario: plotted?.scenario ?? false
    };
  });
  const missing = named.filter((n) => n.price == null).map((n) => n.id);
  const quadrantCheck: QuadrantCheck = {
    status: missing.length ? "unverifiable" : named.every((n) => n.inside) ? "holds" : "fails",
    named,
    missing
  };
  return {leaders: leadersCheck, fastest: fastestCheck, cheapest: cheapestCheck, quadrant: quadrantCheck};
}

function status(missing: string[], exceptions: number, beaten: boolean): ClaimCheck["status"] {
  if (missing.length) return "unverifiable";
  if (beaten) return "fails";
  return exceptions ? "exceptions" : "holds";
}

/** A model that contradicts a statement, with what explains it: dated after the report, a what-if price, or another setting of a named model. */
function exception(
  row: ModelComparison,
  value: number,
  claimed: readonly {id: string; model: string}[],
  {afterReport, scenario}: {afterReport: boolean; scenario: boolean}
): ClaimException {
  const reasons: ExceptionReason[] = [];
  if (afterReport) reasons.push("after-report");
  if (scenario) reasons.push("scenario");
  const variantOf = claimed.find((c) => c.id !== row.id && baseModelName(c.model) === baseModelName(row.model));
  if (variantOf) reasons.push("variant");
  return {id: row.id, model: row.model, value, reasons, ...(variantOf ? {variantOf: variantOf.model} : {})};
}

export type ReportFigures = {intelligence?: number; speed?: number; price?: number};

/** The report's own figures for the models it names (facts.csv), by model id. */
export function reportFigures(facts: readonly Fact[]): Map<string, ReportFigures> {
  const value = (id: string) => facts.find((f) => f.id === id)?.value;
  const figures = new Map<string, ReportFigures>();
  const add = (model: string, figure: ReportFigures) => figures.set(model, {...figures.get(model), ...figure});
  for (const leader of REPORT_CLAIMS.leaders) {
    const v = value(leader.fact);
    if (v != null) add(leader.model, {intelligence: v});
  }
  const speed = value(REPORT_CLAIMS.fastest.fact);
  if (speed != null) add(REPORT_CLAIMS.fastest.model, {speed});
  const price = value(REPORT_CLAIMS.cheapest.fact);
  if (price != null) add(REPORT_CLAIMS.cheapest.model, {price});
  return figures;
}

/** The axes' extent over every model given (not just the filtered view), so filtering does not rescale. */
export function modelExtent(models: readonly ModelComparison[]): {price: [number, number]; intelligence: [number, number]} {
  let priceLow = Infinity;
  let priceHigh = -Infinity;
  let iqLow = Infinity;
  let iqHigh = -Infinity;
  for (const m of models) {
    if (m.input_usd_per_mtok != null && m.output_usd_per_mtok != null) {
      // Any mix blends between the two prices, so this extent holds whatever the mix.
      priceLow = Math.min(priceLow, m.input_usd_per_mtok, m.output_usd_per_mtok);
      priceHigh = Math.max(priceHigh, m.input_usd_per_mtok, m.output_usd_per_mtok);
    }
    if (m.intelligence_index != null) {
      iqLow = Math.min(iqLow, m.intelligence_index);
      iqHigh = Math.max(iqHigh, m.intelligence_index);
    }
  }
  return {
    price: Number.isFinite(priceLow) ? [Math.max(priceLow, 1e-4), Math.max(priceHigh, 1e-4)] : [0.1, 100],
    intelligence: Number.isFinite(iqLow) ? [iqLow, iqHigh] : [0, 100]
  };
}

// --- Price-decline projection ------------------------------------------------------------

export type HistoryPoint = {id: string; name: string; released: string; year: number; price: number; inFit: boolean};

export type Projection = {
  /** OpenAI's priced Fig. 12 rows, blended at the mix. */
  history: HistoryPoint[];
  /** The exponential trend of the rows in the fit; null with fewer than two. */
  fit: DeclineFit | null;
  /** The presenter's assumed decline (0–1). */
  decline: number;
  targetIntelligence: number;
  targetPrice: number;
  /** The cheapest model in the view at or above the target intelligence, and when its price is dated. */
  start: {model: PlottedModel; date: string; year: number} | null;
  /** Years from the start until the target price; 0 if already there; null if never (no decline) or no start. */
  years: number | null;
  reachYear: number | null;
};

/** OpenAI's priced Fig. 12 rows blended at the mix, and the exponential trend of those left in the fit. */
export function openaiPriceTrend(
  openai: readonly OpenaiModel[],
  {mix, excluded}: {mix: Mix; excluded: readonly string[]}
): {history: HistoryPoint[]; fit: DeclineFit | null} {
  const out = new Set(excluded);
  const history: HistoryPoint[] = [];
  for (const row of openai) {
    const price = blendedPrice(row.input_usd_per_mtok, row.output_usd_per_mtok, mix);
    if (price == null) continue;
    history.push({id: row.id, name: row.name, released: row.released, year: decimalYear(row.released), price, inFit: !out.has(row.id)});
  }
  return {history, fit: fitDecline(history.filter((h) => h.inFit))};
}

export function declineProjection(
  openai: readonly OpenaiModel[],
  view: QuadrantView,
  {
    mix,
    declinePercent,
    excluded,
    targetIntelligence,
    targetPrice
  }: {mix: Mix; declinePercent: number; excluded: readonly string[]; targetIntelligence: number; targetPrice: number}
): Projection {
  const {history, fit} = openaiPriceTrend(openai, {mix, excluded});
  const decline = declinePercent / 100;
  const candidate = view.plotted
    .filter((m) => m.intelligence >= targetIntelligence)
    .sort((a, b) => a.price - b.price || b.intelligence - a.intelligence)[0];
  const date = candidate ? (candidate.row.price_as_of ?? view.options.asOf) : null;
  const start = candidate && date ? {model: candidate, date, year: decimalYear(date)} : null;
  const years = start ? yearsToReach(start.model.price, targetPrice, decline) : null;
  return {
    history,
    fit,
    decline,
    targetIntelligence,
    targetPrice,
    start,
    years,
    reachYear: start && years != null ? start.year + years : null
  };
}

// --- The page's view model ----------------------------------------------------------------

/** The tables the intelligence-vs-price page reads (a slice of data/report.json). */
export type QuadrantData = {
  model_comparison: ModelComparison[];
  vendors: Vendor[];
  facts: Fact[];
  openai_models: OpenaiModel[];
  report_meta: ReportMeta[];
};

/** The inputs the quadrant chart and its panels follow (the projection's own inputs are apart). */
export type QuadrantInputs = Pick<
  QuadrantState,
  "mix" | "minIntelligence" | "maxPrice" | "priceScale" | "hiddenVendors" | "reasoning" | "snapshot" | "changes"
>;

/** Everything the chart, its panels and the companions draw for one state. */
export type QuadrantPageView = QuadrantView & {
  state: QuadrantInputs;
  thresholds: Thresholds;
  /** Every model in the data (the extent and the names of what-if targets come from all of them). */
  models: readonly ModelComparison[];
  extent: {price: [number, number]; intelligence: [number, number]};
  asOf: string;
  checks: ReportChecks;
};

/** The report's as-of month (YYYY-MM), from Fig. 10's caption in report_meta. */
export function reportAsOf(reportMeta: readonly ReportMeta[]): string {
  const caption = reportMeta.find((r) => r.key === "figure.10.caption");
  const asOf = caption ? asOfMonth(caption.zh) : undefined;
  if (!asOf) throw new Error('report_meta.csv needs "figure.10.caption" with the report\'s as-of month');
  return asOf;
}

/** The view model of the page for a state: pure, so Framework's cells can recompute it on any input. */
export function quadrantView(data: QuadrantData, state: QuadrantInputs): QuadrantPageView {
  const asOf = reportAsOf(data.report_meta);
  const thresholds = {minIntelligence: state.minIntelligence, maxPrice: state.maxPrice};
  const models = data.model_comparison;
  const view = buildQuadrantView(models, {
    mix: state.mix,
    thresholds,
    hiddenVendors: state.hiddenVendors,
    reasoning: state.reasoning,
    snapshot: state.snapshot,
    changes: state.changes,
    asOf
  });
  return {...view, state, thresholds, models, extent: modelExtent(models), asOf, checks: checkReport(view, data.facts, models)};
}
