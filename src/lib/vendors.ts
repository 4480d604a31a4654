// The vendor landscape (report §3): the five compared vendors, the kinds of dated events, and the series the vendor charts draw, all derived from data/.
// Links between tables (a fact and the event that dates it) are declared here, once.
import {partialDateToDate, splitEnumeration} from "./i18n.js";
import type {
  ClaudeGeneration,
  Fact,
  LlamaGeneration,
  OpenaiModel,
  ReportEvent,
  Takeaway,
  Vendor
} from "./schema.js";
import type {Lang} from "./lang.js";
import {EVENT_KINDS} from "./vocabulary.js";

// --- Vendors and kinds -----------------------------------------------------------------

/** The five vendors the report compares (vendors.csv `compared` = yes), in its order. */
export const COMPARED_VENDORS = ["openai", "meta", "anthropic", "xai", "google"] as const;
export type ComparedVendor = (typeof COMPARED_VENDORS)[number];

/** The vendor's short name as the report heads its section: OpenAI, LLaMA, Anthropic, xAI, Gemini. */
export function vendorShortName(vendor: Pick<Vendor, "id" | "name_en">): string {
  const inParentheses = /\(([^)]+)\)/.exec(vendor.name_en);
  return inParentheses ? inParentheses[1] : vendor.name_en;
}

/** The vendor's name in the reader's language. */
export function vendorName(vendors: readonly Vendor[], id: string, lang: Lang): string {
  const vendor = vendors.find((v) => v.id === id);
  return vendor ? (lang === "zh" ? vendor.name_zh : vendor.name_en) : id;
}

export type EventKind = (typeof EVENT_KINDS)[number];

// --- Dates as precise as their source ----------------------------------------------------

export type DatePrecision = "year" | "month" | "day";

export function datePrecision(date: string): DatePrecision {
  const parts = date.split("-").length;
  return parts === 1 ? "year" : parts === 2 ? "month" : "day";
}

/** The period a partial date names: [start, end) — a year, a month or a day. */
export function datePeriod(date: string): {start: Date; end: Date} {
  const start = partialDateToDate(date);
  const end = new Date(start);
  const precision = datePrecision(date);
  if (precision === "year") end.setUTCFullYear(end.getUTCFullYear() + 1);
  else if (precision === "month") end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCDate(end.getUTCDate() + 1);
  return {start, end};
}

export function isOutsideSource(source: string): boolean {
  return /^outside:/.test(source);
}

// --- Events ------------------------------------------------------------------------------

/** Events in date order (by the start of their period); events on the same date keep the data's order. */
export function sortEvents<E extends Pick<ReportEvent, "date">>(events: E[]): E[] {
  return events
    .map((event, index) => ({event, index, start: partialDateToDate(event.date).getTime()}))
    .sort((a, b) => a.start - b.start || a.index - b.index)
    .map(({event}) => event);
}

export function eventsForVendor(events: ReportEvent[], vendor: string): ReportEvent[] {
  return sortEvents(events.filter((e) => e.vendor === vendor));
}

/** The events of the chosen vendors and kinds, in date order. */
export function filterEvents(
  events: ReportEvent[],
  {vendors, kinds}: {vendors: readonly string[]; kinds: readonly string[]}
) {
  return sortEvents(events.filter((e) => vendors.includes(e.vendor) && kinds.includes(e.kind)));
}

/** The years the events span, e.g. "2015–2025". */
export function yearSpan(events: Pick<ReportEvent, "date">[]): string {
  if (!events.length) return "";
  const years = events.map((e) => Number(e.date.slice(0, 4)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? String(first) : `${first}–${last}`;
}

/** The kinds that occur in `events`, in the schema's order. */
export function kindsPresent(events: ReportEvent[]): EventKind[] {
  const present = new Set(events.map((e) => e.kind));
  return EVENT_KINDS.filter((kind) => present.has(kind));
}

/** How many events each value of `key` has, e.g. per vendor or per kind. */
export function countBy(events: ReportEvent[], key: "vendor" | "kind"): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event[key], (counts.get(event[key]) ?? 0) + 1);
  return counts;
}

/**
 * Stacks intervals (sorted by start) into slots 0, 1, -1, 2, -2, … so that no two within
 * `minGap` of each other share a slot: the dots of one timeline lane never overlap.
 */
export function stackSlots(intervals: {start: number; end: number}[], minGap: number): number[] {
  const lastEnd = new Map<number, number>();
  return intervals.map(({start, end}) => {
    for (let i = 0; ; ++i) {
      const slot = i === 0 ? 0 : i % 2 ? (i + 1) / 2 : -i / 2;
      const previous = lastEnd.get(slot);
      if (previous === undefined || start - previous >= minGap) {
        lastEnd.set(slot, Math.max(start, end));
        return slot;
      }
    }
  });
}

/** The distinct sources of some rows, joined: "report Fig. 19; report §3.5 (xAI)". */
export function joinSources(...sources: string[]): string {
  return [...new Set(sources.flatMap((s) => s.split("; ")))].join("; ");
}

/**
 * A short statement of where a set of rows comes from, for a figure's source line:
 * "report §3.2, §3.5; report Fig. 12, 19; outside: 1 row (see its source)". Each row keeps its full source in the table and CSV.
 */
export function sourceSummary(sources: string[], extraFigures: number[] = []): string {
  const sections = new Set<string>();
  const figures = new Set<number>(extraFigures);
  let outside = 0;
  for (const source of sources) {
    for (const part of source.split("; ")) {
      if (isOutsideSource(part)) {
        ++outside;
        continue;
      }
      for (const match of part.matchAll(/§(\d+(?:\.\d+)*)/g)) sections.add(match[1]);
      for (const match of part.matchAll(/Fig\. (\d+)/g)) figures.add(Number(match[1]));
    }
  }
  const parts: string[] = [];
  const bySection = [...sections].sort(bySectionNumber);
  if (bySection.length) parts.push(`report ${bySection.map((s) => `§${s}`).join(", ")}`);
  if (figures.size) parts.push(`report Fig. ${[...figures].sort((a, b) => a - b).join(", ")}`);
  if (outside) parts.push(`outside: ${outside} ${outside === 1 ? "row" : "rows"} (see the row's source)`);
  return parts.join("; ");
}

/**
 * Report sections in the report's order: "3.2" before "3.10", number by number. (Not
 * localeCompare's numeric collation: its first use costs a page the set-up of its locale
 * services before the first chart, src/ui/format.ts.)
 */
function bySectionNumber(a: string, b: string): number {
  const [first, second] = [a, b].map((section) => section.split(".").map(Number));
  for (let i = 0; i < Math.max(first.length, second.length); ++i) {
    if (first[i] === undefined || second[i] === undefined) return first.length - second.length;
    if (first[i] !== second[i]) return first[i] - second[i];
  }
  return 0;
}

/** Where a set of events comes from (their sources and the report figures they belong to). */
export function eventsSource(events: ReportEvent[]): string {
  return sourceSummary(
    events.map((e) => e.source),
    events.flatMap((e) => (e.figure ? [Number(e.figure)] : []))
  );
}

// --- Report front matter and figures ----------------------------------------------------

/** The vendor's item of the report's key takeaway "对比海外各家大模型厂商…" (front matter), both languages. */
export function vendorTakeaway(
  takeaways: Takeaway[],
  vendor: Vendor
): {zh: string; en: string; source: string} | undefined {
  const short = vendorShortName(vendor).toLowerCase();
  for (const row of takeaways) {
    const zh = splitEnumeration(row.text_zh);
    const en = splitEnumeration(row.text_en);
    if (zh.length < 2 || zh.length !== en.length) continue;
    const index = en.findIndex((item) => item.split(":")[0].trim().toLowerCase() === short);
    if (index >= 0) return {zh: dropLead(zh[index]), en: dropLead(en[index]), source: row.source};
  }
  return undefined;
}

function dropLead(item: string): string {
  const text = item.replace(/^[^:：]+[:：]\s*/, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// --- Quantities as the report writes them --------------------------------------------------

/** A token count as a short label: 2048 → "2K", 128000 → "128K", 1000000 → "1M". */
export function shortTokens(tokens: number): string {
  if (tokens >= 1_000_000) return `${Number((tokens / 1_000_000).toFixed(1))}M`;
  if (tokens >= 1000) return `${Math.round(tokens / 1000)}K`;
  return String(tokens);
}

// --- OpenAI's price history (Fig. 12) -----------------------------------------------------

export type PriceSide = "input" | "output";

export type PricePoint = {
  id: string;
  model: string;
  released: string;
  date: Date;
  side: PriceSide;
  usdPerMtok: number;
  source: string;
};

/** Fig. 12's priced rows as points (input and output separately); the rows the report prices "-" are gaps. */
export function priceHistory(models: OpenaiModel[]): {points: PricePoint[]; unpriced: OpenaiModel[]} {
  const points: PricePoint[] = [];
  for (const model of sortByRelease(models)) {
    for (const side of ["input", "output"] as const) {
      const usdPerMtok = side === "input" ? model.input_usd_per_mtok : model.output_usd_per_mtok;
      if (usdPerMtok == null) continue;
      points.push({
        id: model.id,
        model: model.name,
        released: model.released,
        date: partialDateToDate(model.released),
        side,
        usdPerMtok,
        source: model.source
      });
    }
  }
  const unpriced = sortByRelease(models).filter((m) => m.input_usd_per_mtok == null && m.output_usd_per_mtok == null);
  return {points, unpriced};
}

function sortByRelease(models: OpenaiModel[]): OpenaiModel[] {
  const start = (m: OpenaiModel) => partialDateToDate(m.released).getTime();
  return [...models].sort((a, b) => start(a) - start(b)); // stable: same-month models keep the table's order
}

/** The cheapest price on offer over time (running minimum): one step each time a cheaper model arrives. */
export function cheapestOverTime(points: PricePoint[], side: PriceSide): PricePoint[] {
  const steps: PricePoint[] = [];
  for (const point of points.filter((p) => p.side === side).sort((a, b) => a.date.getTime() - b.date.getTime())) {
    if (!steps.length || point.usdPerMtok < steps[steps.length - 1].usdPerMtok) steps.push(point);
  }
  return steps;
}

/** From the first priced model to the cheapest one: how many times cheaper, and the fall in percent. */
export function priceDecline(points: PricePoint[], side: PriceSide) {
  const steps = cheapestOverTime(points, side);
  if (steps.length === 0) return undefined;
  const from = steps[0];
  const to = steps[steps.length - 1];
  return {from, to, factor: from.usdPerMtok / to.usdPerMtok, percent: (1 - to.usdPerMtok / from.usdPerMtok) * 100};
}

/** A Fig. 12 model name in the reader's language: "o1 系列 (o1、o1-mini)" reads "o1 series (o1, o1-mini)" in English. */
export function modelDisplayName(name: string, lang: Lang): string {
  return lang === "zh"
    ? name
    : name
        .replace(/\s*系列\s*/g, " series ")
        .replace(/、/g, ", ")
        .replace(/\s+/g, " ")
        .trim();
}

// --- Context windows across vendors -------------------------------------------------------

export type ContextWindowPoint = {
  vendor: string;
  model: string;
  date: string;
  tokens: number;
  /** Reached only for special uses (Claude 3's 1M: "特定用途可达 1M token"). */
  special: boolean;
  source: string;
};

// Context windows the report states outside Fig. 15 / 17, each dated by the event it belongs to.
const CONTEXT_WINDOW_FACTS: {fact: string; event: string; model: string}[] = [
  {fact: "grok-1-5-context-tokens", event: "grok-1-5-release", model: "Grok-1.5"},
  {fact: "gemini-1-5-context-tokens", event: "gemini-1-5-release", model: "Gemini 1.5"},
  {fact: "gemini-pro-1-5-context-tokens", event: "gemini-pro-1-5-release", model: "Gemini Pro 1.5"}
];

/**
 * Every dated context window: LLaMA generations (Fig. 15, dated by their `<id>-release`
 * event), Claude generations (Fig. 17, with Claude 3's 1M for special uses) and the windows
 * the narrative states (Grok-1.5, Gemini 1.5). A window with no date is returned as undated.
 */
export function contextWindowSeries(data: {
  llama_generations: LlamaGeneration[];
  claude_generations: ClaudeGeneration[];
  facts: Fact[];
  events: ReportEvent[];
}): {points: ContextWindowPoint[]; undated: {vendor: string; model: string; tokens: number; source: string}[]} {
  const events = new Map(data.events.map((e) => [e.id, e]));
  const points: ContextWindowPoint[] = [];
  const undated: {vendor: string; model: string; tokens: number; source: string}[] = [];
  for (const generation of data.llama_generations) {
    const release = events.get(`${generation.id}-release`);
    const entry = {
      vendor: "meta",
      model: generation.generation,
      tokens: generation.context_window_tokens,
      special: false
    };
    if (release) points.push({...entry, date: release.date, source: joinSources(generation.source, release.source)});
    else undated.push({...entry, source: generation.source});
  }
  for (const generation of data.claude_generations) {
    const entry = {
      vendor: "anthropic",
      model: generation.generation,
      date: generation.released,
      source: generation.source
    };
    points.push({...entry, tokens: generation.context_window_tokens, special: false});
    if (generation.context_window_max_tokens != null)
      points.push({...entry, tokens: generation.context_window_max_tokens, special: true});
  }
  for (const link of CONTEXT_WINDOW_FACTS) {
    const fact = data.facts.find((f) => f.id === link.fact);
    const event = events.get(link.event);
    if (!fact) continue;
    if (event)
      points.push({
        vendor: event.vendor,
        model: link.model,
        date: event.date,
        tokens: fact.value,
        special: false,
        source: joinSources(fact.source, event.source)
      });
    else undated.push({vendor: "", model: link.model, tokens: fact.value, source: fact.source});
  }
  const order = (vendor: string) => COMPARED_VENDORS.indexOf(vendor as ComparedVendor);
  const sorted = points
    .map((p, index) => ({p, index, start: partialDateToDate(p.date).getTime()}))
    .sort((a, b) => order(a.p.vendor) - order(b.p.vendor) || a.start - b.start || a.index - b.index)
    .map(({p}) => p);
  return {points: sorted, undated};
}

/** Each vendor's smallest and largest stated window (Llama 2K → 128K, Claude 9K → 1M). */
export function contextWindowRange(points: ContextWindowPoint[]): Map<string, {min: number; max: number}> {
  const ranges = new Map<string, {min: number; max: number}>();
  for (const {vendor, tokens} of points) {
    const range = ranges.get(vendor);
    ranges.set(
      vendor,
      range ? {min: Math.min(range.min, tokens), max: Math.max(range.max, tokens)} : {min: tokens, max: tokens}
    );
  }
  return ranges;
}

// --- LLaMA generations (Fig. 15) ------------------------------------------------------------

export type LlamaSize = {generation: string; id: string; order: number; sizeB: number};

/** One point per parameter size of each generation (LLaMA 1: 7B, 13B, 33B, 65B …). */
export function llamaSizes(generations: LlamaGeneration[]): LlamaSize[] {
  return generations.flatMap((g, order) =>
    g.parameter_sizes_b.map((sizeB) => ({generation: g.generation, id: g.id, order, sizeB}))
  );
}

// --- xAI: parameters, compute and funding on its timeline (Fig. 19, §3.5, §4) ------------------

export type XaiMeasure = "parameters" | "compute" | "funding";

// Each figure the report gives for xAI, with the event that dates it and the unit it is in.
// The 200k GPUs of Grok-3 (§4) are placed at Grok-3's release (Fig. 19); the 150k plan at Colossus.
// `subject` names what the figure is about (a model, a computer, a round) for its label.
export const XAI_MILESTONES: {
  measure: XaiMeasure;
  fact: string;
  event: string;
  scale: number;
  subject: [zh: string, en: string];
  planned?: boolean;
  valuation?: boolean;
}[] = [
  {
    measure: "parameters",
    fact: "grok-1-parameters-b",
    event: "grok-1-release",
    scale: 1e9,
    subject: ["Grok-1", "Grok-1"]
  },
  {measure: "compute", fact: "colossus-h100-gpus", event: "xai-colossus", scale: 1, subject: ["Colossus", "Colossus"]},
  {
    measure: "compute",
    fact: "colossus-planned-gpus",
    event: "xai-colossus",
    scale: 1,
    subject: ["Colossus", "Colossus"],
    planned: true
  },
  {measure: "compute", fact: "grok-3-training-gpus", event: "grok-3-release", scale: 1, subject: ["Grok-3", "Grok-3"]},
  {measure: "funding", fact: "xai-series-b-usd-b", event: "xai-series-b", scale: 1e9, subject: ["B 轮", "Series B"]},
  {
    measure: "funding",
    fact: "xai-post-money-valuation-usd-b",
    event: "xai-series-b",
    scale: 1e9,
    subject: ["B 轮", "Series B"],
    valuation: true
  }
];

export type XaiMilestone = {
  measure: XaiMeasure;
  fact: string;
  event: string;
  date: string;
  value: number;
  planned: boolean;
  valuation: boolean;
  subject_zh: string;
  subject_en: string;
  label_zh: string;
  label_en: string;
  source: string;
};

/** xAI's stated figures on its timeline; a link whose fact or event is missing from data/ is named in `missing`. */
export function xaiMilestones(facts: Fact[], events: ReportEvent[]): {points: XaiMilestone[]; missing: string[]} {
  const points: XaiMilestone[] = [];
  const missing: string[] = [];
  for (const link of XAI_MILESTONES) {
    const fact = facts.find((f) => f.id === link.fact);
    const event = events.find((e) => e.id === link.event);
    if (!fact || !event) {
      missing.push(!fact ? `facts.csv: ${link.fact}` : `events.csv: ${link.event}`);
      continue;
    }
    points.push({
      measure: link.measure,
      fact: link.fact,
      event: link.event,
      date: event.date,
      value: fact.value * link.scale,
      planned: link.planned ?? false,
      valuation: link.valuation ?? false,
      subject_zh: link.subject[0],
      subject_en: link.subject[1],
      label_zh: fact.label_zh,
      label_en: fact.label_en,
      source: joinSources(fact.source, event.source)
    });
  }
  return {points, missing};
}
