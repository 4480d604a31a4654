// Every input of the intelligence-vs-price page (src/quadrant.md), declared once and mirrored
// in the URL, so a tweaked view is a link. Defaults that are figures come from data/ and a unit
// test (tests/unit/quadrant-params.test.ts) checks them against it.
import {formatChanges, formatMix, parseChanges, parseMix, type Mix, type PriceChange} from "./economics.js";
import {decimal, defineParam, idList, oneOf, type Param} from "./params.js";

/** Artificial Analysis blends 3 input tokens to 1 output token (see data/README.md, model_comparison.csv). */
export const mixParam = defineParam<Mix>("mix", parseMix, {input: 3, output: 1}, {format: formatMix});

/**
 * The attractive quadrant's lines. Derived defaults: the round values just outside the two models
 * the report names in the quadrant (Claude 3.7 Sonnet Thinking 57 at $6.00, o3-mini (high) 66 at
 * $1.93, blended 3:1): intelligence ≥ 55 and blended price ≤ $10. See economics.thresholdsAround.
 */
export const minIntelligenceParam = defineParam("minIq", decimal({min: 0, max: 100}), 55);
export const maxPriceParam = defineParam("maxPrice", decimal({min: 0, max: 1000, above: true}), 10);

export const PRICE_SCALES = ["log", "linear"] as const;
export type PriceScale = (typeof PRICE_SCALES)[number];
export const priceScaleParam = defineParam<PriceScale>("priceScale", oneOf(PRICE_SCALES), "log");

/** Vendors left out of the view (so the default, all of them, needs no list of ids). */
export const hiddenVendorsParam = defineParam<string[]>("hideVendors", idList, []);

export const REASONING_FILTERS = ["all", "reasoning", "standard"] as const;
export type ReasoningFilter = (typeof REASONING_FILTERS)[number];
export const reasoningParam = defineParam<ReasoningFilter>("reasoning", oneOf(REASONING_FILTERS), "all");

/** "report": the report's date alone; "after": plus the models and prices that came right after it. */
export const SNAPSHOTS = ["report", "after"] as const;
export type Snapshot = (typeof SNAPSHOTS)[number];
export const snapshotParam = defineParam<Snapshot>("snapshot", oneOf(SNAPSHOTS), "report");

/** What-if price changes, e.g. "vendor:anthropic:0.5" (Anthropic halves its prices). */
export const changesParam = defineParam<PriceChange[]>("whatIf", parseChanges, [], {
  format: formatChanges
});

/**
 * The presenter's assumed yearly price decline, in percent. Default: the exponential fit on all
 * of OpenAI's priced Fig. 12 rows, blended 3:1, rounded (36.8% -> 37).
 */
export const declineParam = defineParam("decline", decimal({min: 0, max: 99}), 37);
/** Fig. 12 rows left out of the fit (ids of openai_models), e.g. a premium preview the presenter calls an outlier. */
export const fitExcludedParam = defineParam<string[]>("fitExclude", idList, []);
/** Defaults from the report: its top intelligence score (o3-mini (high), 66) and its cheapest price (Gemini 2.0, $0.2). */
export const targetIntelligenceParam = defineParam("targetIq", decimal({min: 0, max: 100}), 66);
export const targetPriceParam = defineParam("targetPrice", decimal({min: 0, max: 1000, above: true}), 0.2);

export type QuadrantState = {
  mix: Mix;
  minIntelligence: number;
  maxPrice: number;
  priceScale: PriceScale;
  hiddenVendors: string[];
  reasoning: ReasoningFilter;
  snapshot: Snapshot;
  changes: PriceChange[];
  decline: number;
  fitExcluded: string[];
  targetIntelligence: number;
  targetPrice: number;
};

/** The page's parameters by the state key each one fills. */
export const QUADRANT_PARAMS: {[K in keyof QuadrantState]: Param<QuadrantState[K]>} = {
  mix: mixParam,
  minIntelligence: minIntelligenceParam,
  maxPrice: maxPriceParam,
  priceScale: priceScaleParam,
  hiddenVendors: hiddenVendorsParam,
  reasoning: reasoningParam,
  snapshot: snapshotParam,
  changes: changesParam,
  decline: declineParam,
  fitExcluded: fitExcludedParam,
  targetIntelligence: targetIntelligenceParam,
  targetPrice: targetPriceParam
};

export const QUADRANT_KEYS = Object.keys(QUADRANT_PARAMS) as (keyof QuadrantState)[];

/** Every parameter at its default. */
export function defaultQuadrantState(): QuadrantState {
  return Object.fromEntries(QUADRANT_KEYS.map((key) => [key, QUADRANT_PARAMS[key].defaultValue])) as QuadrantState;
}

/** The state read through `get` (state.getParam in the browser). */
export function readQuadrantState(get: <T>(param: Param<T>) => T): QuadrantState {
  return Object.fromEntries(QUADRANT_KEYS.map((key) => [key, get(QUADRANT_PARAMS[key] as Param<unknown>)])) as QuadrantState;
}
