// The one definition of every data table: which columns a file of data/ has, what each
// accepts, and the type the pages get. Loaders, pages (for user-supplied files) and tests
// all validate through these schemas.
import {z} from "zod";
import {EVENT_KINDS, SECTOR_IDS, isPartialDate} from "./vocabulary.js";

export {EVENT_KINDS, SECTOR_IDS, isPartialDate};

// --- Cells ---------------------------------------------------------------------------
// Every cell arrives as a string. Each parser states what it expects in words a
// spreadsheet user understands; parseTable() adds the file, line, column and the raw value.

function cell<T>(expected: string, parse: (raw: string) => T | undefined) {
  return z.string().transform((raw, ctx) => {
    const value = parse(raw.trim());
    if (value === undefined) {
      ctx.addIssue({code: "custom", message: expected});
      return z.NEVER;
    }
    return value;
  });
}

function toNumber(raw: string): number | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return undefined;
  return Number(raw);
}

export const cells = {
  text: () => cell("text (this cell may not be empty)", (s) => (s === "" ? undefined : s)),
  optionalText: () => cell("text", (s) => (s === "" ? null : s)),
  source: () =>
    cell("a source (the report's figure or section, or `outside: …`)", (s) => (s === "" ? undefined : s)),
  number: ({min = -Infinity, max = Infinity}: {min?: number; max?: number} = {}) =>
    cell(rangeWords("a number", min, max), (s) => inRange(toNumber(s), min, max)),
  optionalNumber: ({min = -Infinity, max = Infinity}: {min?: number; max?: number} = {}) =>
    cell(rangeWords("a number", min, max) + " or an empty cell", (s) =>
      s === "" ? null : inRange(toNumber(s), min, max)
    ),
  integer: ({min = -Infinity}: {min?: number} = {}) =>
    cell(rangeWords("a whole number", min, Infinity), (s) => {
      const n = inRange(toNumber(s), min, Infinity);
      return n !== undefined && Number.isInteger(n) ? n : undefined;
    }),
  yesNo: () => cell('"yes" or "no"', (s) => (s === "yes" ? true : s === "no" ? false : undefined)),
  optionalYesNo: () =>
    cell('"yes", "no" or an empty cell', (s) => (s === "yes" ? true : s === "no" ? false : s === "" ? null : undefined)),
  date: () => cell("a date written YYYY, YYYY-MM or YYYY-MM-DD", (s) => (isPartialDate(s) ? s : undefined)),
  optionalDate: () =>
    cell("a date written YYYY, YYYY-MM or YYYY-MM-DD, or an empty cell", (s) =>
      s === "" ? null : isPartialDate(s) ? s : undefined
    ),
  fullDate: () =>
    cell("a date written YYYY-MM-DD", (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) && isPartialDate(s) ? s : undefined)),
  oneOf: <const T extends string>(values: readonly T[]) =>
    cell(`one of ${values.join(", ")}`, (s) => ((values as readonly string[]).includes(s) ? (s as T) : undefined)),
  id: () =>
    cell("an id of lower-case letters, digits and dashes", (s) => (/^[a-z0-9][a-z0-9.-]*$/.test(s) ? s : undefined)),
  numberList: ({min = 0}: {min?: number} = {}) =>
    cell(rangeWords("numbers separated by ;", min, Infinity), (s) => {
      const parts = s.split(";").map((p) => inRange(toNumber(p.trim()), min, Infinity));
      return s !== "" && parts.every((p) => p !== undefined) ? (parts as number[]) : undefined;
    })
};

function inRange(n: number | undefined, min: number, max: number): number | undefined {
  return n !== undefined && n >= min && n <= max ? n : undefined;
}

function rangeWords(what: string, min: number, max: number): string {
  if (min > -Infinity && max < Infinity) return `${what} from ${min} to ${max}`;
  if (min > -Infinity) return min === 0 ? `${what} ≥ 0` : `${what} ≥ ${min}`;
  if (max < Infinity) return `${what} ≤ ${max}`;
  return what;
}

const bilingual = <const K extends string>(name: K) =>
  ({[`${name}_zh`]: cells.text(), [`${name}_en`]: cells.text()}) as {
    [P in `${K}_zh` | `${K}_en`]: ReturnType<typeof cells.text>;
  };
const optionalBilingual = <const K extends string>(name: K) =>
  ({[`${name}_zh`]: cells.optionalText(), [`${name}_en`]: cells.optionalText()}) as {
    [P in `${K}_zh` | `${K}_en`]: ReturnType<typeof cells.optionalText>;
  };

// --- Tables --------------------------------------------------------------------------

export const reportMetaRow = z.object({key: cells.id(), zh: cells.text(), en: cells.text(), source: cells.source()});

export const takeawayRow = z.object({
  order: cells.integer({min: 1}),
  ...bilingual("heading"),
  ...bilingual("text"),
  source: cells.source()
});

export const analystRow = z.object({
  order: cells.integer({min: 1}),
  ...bilingual("name"),
  ...bilingual("role"),
  licence: cells.optionalText(),
  email: cells.optionalText(),
  ...optionalBilingual("bio"),
  source: cells.source()
});

export const industryDataRow = z.object({
  metric: cells.id(),
  ...bilingual("label"),
  value: cells.number({min: 0}),
  ...bilingual("unit"),
  share_pct: cells.optionalNumber({min: 0, max: 100}),
  source: cells.source()
});

export const relativePerformanceRow = z.object({
  series: cells.oneOf(["absolute", "relative"]),
  horizon: cells.oneOf(["1M", "6M", "12M"]),
  value_pct: cells.optionalNumber(),
  source: cells.source()
});

export const relatedReportRow = z.object({date: cells.fullDate(), ...bilingual("title"), source: cells.source()});

export const ratingDefinitionRow = z.object({
  scope: cells.oneOf(["company", "industry"]),
  ...bilingual("rating"),
  horizon_months: cells.text(),
  min_excess_pct: cells.optionalNumber(),
  max_excess_pct: cells.optionalNumber(),
  ...bilingual("definition"),
  source: cells.source()
});

export const benchmarkRow = z.object({
  market: cells.oneOf(["cn-a", "hk", "us"]),
  ...bilingual("market"),
  ...bilingual("index"),
  source: cells.source()
});

export const riskRow = z.object({order: cells.integer({min: 1}), ...bilingual("risk"), source: cells.source()});

export const vendorRow = z.object({
  id: cells.id(),
  ...bilingual("name"),
  compared: cells.yesNo(),
  order: cells.integer({min: 1}),
  ...optionalBilingual("positioning"),
  ...optionalBilingual("strengths"),
  ...optionalBilingual("outlook"),
  source: cells.source()
});

export const openaiModelRow = z.object({
  id: cells.id(),
  name: cells.text(),
  released: cells.date(),
  input_usd_per_mtok: cells.optionalNumber({min: 0}),
  output_usd_per_mtok: cells.optionalNumber({min: 0}),
  source: cells.source()
});

export const llamaGenerationRow = z.object({
  id: cells.id(),
  generation: cells.text(),
  parameter_sizes_b: cells.numberList(),
  training_tokens_t: cells.number({min: 0}),
  context_window_tokens: cells.integer({min: 1}),
  multimodal: cells.yesNo(),
  ...bilingual("features"),
  ...bilingual("performance"),
  ...bilingual("use_cases"),
  ...bilingual("multimodal_support"),
  ...bilingual("licence"),
  ...bilingual("deployment_cost"),
  source: cells.source()
});

export const claudeGenerationRow = z.object({
  id: cells.id(),
  generation: cells.text(),
  released: cells.date(),
  context_window_tokens: cells.integer({min: 1}),
  context_window_max_tokens: cells.optionalNumber({min: 1}),
  multimodal: cells.yesNo(),
  ...bilingual("multimodal_support"),
  ...bilingual("capabilities"),
  ...bilingual("use_cases"),
  ...bilingual("safety"),
  source: cells.source()
});

export const eventRow = z.object({
  id: cells.id(),
  date: cells.date(),
  vendor: cells.id(),
  kind: cells.oneOf(EVENT_KINDS),
  ...bilingual("title"),
  ...optionalBilingual("detail"),
  figure: cells.optionalText(),
  source: cells.source()
});

export const factRow = z.object({
  id: cells.id(),
  value: cells.number(),
  ...bilingual("unit"),
  ...bilingual("label"),
  source: cells.source()
});

export const modelComparisonRow = z.object({
  id: cells.id(),
  model: cells.text(),
  vendor: cells.id(),
  released: cells.optionalDate(),
  released_after_report: cells.yesNo(),
  reasoning: cells.yesNo(),
  intelligence_index: cells.optionalNumber({min: 0, max: 100}),
  output_tokens_per_s: cells.optionalNumber({min: 0}),
  speed_as_of: cells.optionalDate(),
  input_usd_per_mtok: cells.optionalNumber({min: 0}),
  output_usd_per_mtok: cells.optionalNumber({min: 0}),
  price_as_of: cells.optionalDate(),
  context_window_tokens: cells.optionalNumber({min: 1}),
  in_report: cells.optionalText(),
  source_intelligence: cells.optionalText(),
  source_speed: cells.optionalText(),
  source_price: cells.optionalText(),
  notes: cells.optionalText(),
  /** The notes in Chinese, for Chinese pages: the same facts (tests/unit/quadrant-sources.test.ts checks every note has one). */
  notes_zh: cells.optionalText().optional()
});

export const watchlistRow = z.object({
  sector_order: cells.integer({min: 1}),
  sector: cells.oneOf(SECTOR_IDS),
  ...bilingual("sector"),
  ticker_as_reported: cells.text(),
  ticker: cells.text(),
  exchange: cells.text(),
  company_en: cells.text(),
  company_zh: cells.optionalText(),
  company_source: cells.source(),
  ...optionalBilingual("note"),
  source: cells.source()
});

/** The user's own closing prices (issue: performance since the report); never shipped. */
export const priceRow = z.object({
  date: cells.fullDate(),
  ticker: cells.text(),
  close: cells.number({min: 0})
});

/** Every shipped file of data/, its schema and (where rows have one) its unique key. */
export const TABLES = {
  report_meta: {schema: reportMetaRow, key: "key"},
  takeaways: {schema: takeawayRow, key: "order"},
  analysts: {schema: analystRow, key: "order"},
  industry_data: {schema: industryDataRow, key: "metric"},
  relative_performance: {schema: relativePerformanceRow, key: null},
  related_reports: {schema: relatedReportRow, key: null},
  rating_definitions: {schema: ratingDefinitionRow, key: null},
  benchmarks: {schema: benchmarkRow, key: "market"},
  risks: {schema: riskRow, key: "order"},
  vendors: {schema: vendorRow, key: "id"},
  openai_models: {schema: openaiModelRow, key: "id"},
  llama_generations: {schema: llamaGenerationRow, key: "id"},
  claude_generations: {schema: claudeGenerationRow, key: "id"},
  events: {schema: eventRow, key: "id"},
  facts: {schema: factRow, key: "id"},
  model_comparison: {schema: modelComparisonRow, key: "id"},
  watchlist: {schema: watchlistRow, key: null}
} as const;

export type TableName = keyof typeof TABLES;

/** Columns that must name a row of another table: [table, column, target table]. */
export const REFERENCES: readonly [TableName, string, TableName][] = [
  ["events", "vendor", "vendors"],
  ["model_comparison", "vendor", "vendors"]
];

// --- Speaker notes (data/speaker_notes.csv) -------------------------------------------
// Not one of TABLES: pages never load the notes with the report; their own loader emits them,
// and the build checks them against the pages' slides (src/build/speaker-notes.ts).

/** What a presenter says on one slide: `slide` is `title` or the id of the slide's h2. */
export const speakerNoteRow = z.object({
  page: cell("a page path: / for the cover, else / and the page's name (/agi)", (s) =>
    /^\/([a-z0-9][a-z0-9-]*)?$/.test(s) ? s : undefined
  ),
  slide: cells.id(),
  zh: cells.text(),
  en: cells.text(),
  source: cells.source()
});

export type SpeakerNote = z.output<typeof speakerNoteRow>;

export type ReportMeta = z.output<typeof reportMetaRow>;
export type Takeaway = z.output<typeof takeawayRow>;
export type Analyst = z.output<typeof analystRow>;
export type IndustryData = z.output<typeof industryDataRow>;
export type RelativePerformance = z.output<typeof relativePerformanceRow>;
export type RelatedReport = z.output<typeof relatedReportRow>;
export type RatingDefinition = z.output<typeof ratingDefinitionRow>;
export type Benchmark = z.output<typeof benchmarkRow>;
export type Risk = z.output<typeof riskRow>;
export type Vendor = z.output<typeof vendorRow>;
export type OpenaiModel = z.output<typeof openaiModelRow>;
export type LlamaGeneration = z.output<typeof llamaGenerationRow>;
export type ClaudeGeneration = z.output<typeof claudeGenerationRow>;
export type ReportEvent = z.output<typeof eventRow>;
export type Fact = z.output<typeof factRow>;
export type ModelComparison = z.output<typeof modelComparisonRow>;
export type WatchlistEntry = z.output<typeof watchlistRow>;
export type PriceRow = z.output<typeof priceRow>;

export type Dataset = {[K in TableName]: z.output<(typeof TABLES)[K]["schema"]>[]};

// --- Shipped scenarios (data/scenarios.csv) --------------------------------------------
// Not one of TABLES: the header's scenario switcher gets them on every page (the build puts them
// in the page), and src/build/dataset.ts checks each value with its parameter's own parser.

/** A named set of inputs across pages: `values` is a query string, e.g. `whatIf=vendor:anthropic:0.5&minIq=60`. */
export const scenarioRow = z.object({
  name: cells.id(),
  ...bilingual("title"),
  ...bilingual("description"),
  ...bilingual("source"),
  values: cells.optionalText()
});

export type ScenarioRow = z.output<typeof scenarioRow>;
