// Model economics, derived from the comparison table's sourced values: blended price at a
// token mix, what-if price changes, the attractive quadrant, the Pareto frontier,
// intelligence per dollar and a price-decline fit and projection. Pure arithmetic, no DOM.

/** Input and output tokens in the blended price, e.g. 3:1 (Artificial Analysis's convention). */
export type Mix = {input: number; output: number};

/** Blended USD per million tokens: (input × in-price + output × out-price) / (input + output); null without both prices. */
export function blendedPrice(inputUsd: number | null, outputUsd: number | null, mix: Mix): number | null {
  if (inputUsd == null || outputUsd == null) return null;
  const total = mix.input + mix.output;
  if (!(total > 0)) return null;
  return (mix.input * inputUsd + mix.output * outputUsd) / total;
}

/** "3:1" -> {input: 3, output: 1}; undefined unless both are numbers ≥ 0, at most 100, not both 0. */
export function parseMix(text: string): Mix | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return undefined;
  const [input, output] = [Number(match[1]), Number(match[2])];
  if (input > 100 || output > 100 || input + output === 0) return undefined;
  return {input, output};
}

export function formatMix(mix: Mix): string {
  return `${trimNumber(mix.input)}:${trimNumber(mix.output)}`;
}

function trimNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

// --- What-if price changes -------------------------------------------------------------

/** A presenter's price change: every price of a vendor or of one model multiplied by `factor`. */
export type PriceChange = {kind: "vendor" | "model"; id: string; factor: number};

/** The multiplier a model's prices get from the changes; changes that match multiply (vendor × model). */
export function scenarioFactor(model: {id: string; vendor: string}, changes: readonly PriceChange[]): number {
  let factor = 1;
  for (const change of changes) {
    if ((change.kind === "vendor" && change.id === model.vendor) || (change.kind === "model" && change.id === model.id)) {
      factor *= change.factor;
    }
  }
  return factor;
}

/** "vendor:anthropic:0.5,model:o1:0.8" <-> changes. Undefined for anything else. */
export function parseChanges(text: string): PriceChange[] | undefined {
  if (text.trim() === "") return [];
  const changes: PriceChange[] = [];
  for (const part of text.split(",")) {
    const match = /^(vendor|model):([a-z0-9][a-z0-9.-]*):(\d+(?:\.\d+)?)$/.exec(part.trim());
    if (!match) return undefined;
    const factor = Number(match[3]);
    if (!(factor > 0) || factor > 100) return undefined;
    changes.push({kind: match[1] as PriceChange["kind"], id: match[2], factor});
  }
  return changes.length > 20 ? undefined : changes;
}

export function formatChanges(changes: readonly PriceChange[]): string {
  return changes.map((c) => `${c.kind}:${c.id}:${Math.round(c.factor * 1000) / 1000}`).join(",");
}

/** Adds or replaces the change for one target; a factor of 1 removes it. */
export function setChange(changes: readonly PriceChange[], next: PriceChange): PriceChange[] {
  const others = changes.filter((c) => !(c.kind === next.kind && c.id === next.id));
  return next.factor === 1 ? others : [...others, next];
}

// --- Dates: the report's snapshot --------------------------------------------------------

/** True when a partial date (YYYY, YYYY-MM, YYYY-MM-DD) falls in a later month than `asOf` (YYYY-MM). */
export function isAfterMonth(date: string | null, asOf: string): boolean {
  if (!date) return false;
  const month = date.length === 4 ? `${date}-01` : date.slice(0, 7);
  return month > asOf;
}

/** The month a caption such as "…（截至 2025 年 3 月）" or "(as of March 2025)" names, as YYYY-MM. */
export function asOfMonth(caption: string): string | undefined {
  const zh = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(caption);
  if (zh) return `${zh[1]}-${zh[2].padStart(2, "0")}`;
  const months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
  const en = /([A-Za-z]+)\s+(\d{4})/.exec(caption);
  const index = en ? months.indexOf(en[1].toLowerCase()) : -1;
  return en && index >= 0 ? `${en[2]}-${String(index + 1).padStart(2, "0")}` : undefined;
}

/** A partial date as a decimal year (the first instant it names): "2024-07" -> 2024.5. */
export function decimalYear(date: string): number {
  const [year, month = 1, day = 1] = date.split("-").map(Number);
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return year + (Date.UTC(year, month - 1, day) - start) / (end - start);
}

/** A decimal year back to a Date (UTC). */
export function dateOfDecimalYear(value: number): Date {
  const year = Math.floor(value);
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return new Date(Math.round(start + (value - year) * (end - start)));
}

// --- The attractive quadrant -------------------------------------------------------------

export type Thresholds = {minIntelligence: number; maxPrice: number};
export type Point = {intelligence: number; price: number};

/** High intelligence at a low price: intelligence ≥ the floor and blended price ≤ the ceiling. */
export function inAttractiveQuadrant(point: Point, {minIntelligence, maxPrice}: Thresholds): boolean {
  return point.intelligence >= minIntelligence && point.price <= maxPrice;
}

/**
 * The default thresholds, derived from the models the report names in the quadrant: the tightest
 * box that holds them (lowest score, highest price), widened to the next round value (a multiple
 * of 5 points below; 1, 2 or 5 × a power of ten dollars above) so none sits on a line.
 */
export function thresholdsAround(named: readonly Point[]): Thresholds {
  if (named.length === 0) throw new Error("thresholdsAround needs at least one model");
  const lowest = Math.min(...named.map((p) => p.intelligence));
  const highest = Math.max(...named.map((p) => p.price));
  return {minIntelligence: Math.ceil(lowest / 5) * 5 - 5, maxPrice: niceCeil(highest)};
}

/** The smallest of 1, 2 or 5 × 10^k strictly above value. */
export function niceCeil(value: number): number {
  if (!(value > 0)) throw new Error(`niceCeil needs a positive number, got ${value}`);
  let power = 10 ** Math.floor(Math.log10(value));
  for (;;) {
    for (const step of [1, 2, 5]) {
      const candidate = round(step * power);
      if (candidate > value) return candidate;
    }
    power *= 10;
  }
}

function round(value: number): number {
  return Number(value.toPrecision(12));
}

// --- Frontier and value ------------------------------------------------------------------

/**
 * The Pareto frontier: the points no other point beats, that is, none has at least the same
 * intelligence at no higher price and is better in one. Returned cheapest first.
 */
export function paretoFrontier<P extends Point>(points: readonly P[]): P[] {
  const sorted = [...points].sort((a, b) => a.price - b.price || b.intelligence - a.intelligence);
  const frontier: P[] = [];
  let best = -Infinity;
  let bestPrice = NaN;
  for (const point of sorted) {
    if (point.intelligence > best) {
      frontier.push(point);
      best = point.intelligence;
      bestPrice = point.price;
    } else if (point.intelligence === best && point.price === bestPrice) {
      frontier.push(point); // an exact tie: neither beats the other
    }
  }
  return frontier;
}

/** Intelligence points per dollar of blended price per million tokens. */
export function intelligencePerDollar(point: Point): number {
  return point.intelligence / point.price;
}

/** The points ranked by intelligence per dollar, best first (ties: cheaper first). */
export function valueRanking<P extends Point>(points: readonly P[]): (P & {perDollar: number})[] {
  return points
    .map((p) => ({...p, perDollar: intelligencePerDollar(p)}))
    .sort((a, b) => b.perDollar - a.perDollar || a.price - b.price);
}

// --- Price decline ----------------------------------------------------------------------

export type DeclineFit = {
  /** Change of ln(price) per year (negative when prices fall). */
  slope: number;
  intercept: number;
  /** The yearly decline the slope means: 1 − e^slope (0.37 = prices fall 37% a year). */
  annualDecline: number;
  r2: number;
  n: number;
  from: number;
  to: number;
};

/** Least squares of ln(price) on the decimal year: an exponential price trend. */
export function fitDecline(points: readonly {year: number; price: number}[]): DeclineFit | null {
  const usable = points.filter((p) => p.price > 0 && Number.isFinite(p.year));
  const n = usable.length;
  if (n < 2) return null;
  const xs = usable.map((p) => p.year);
  const ys = usable.map((p) => Math.log(p.price));
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; ++i) {
    sxx += (xs[i] - meanX) ** 2;
    sxy += (xs[i] - meanX) * (ys[i] - meanY);
    syy += (ys[i] - meanY) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return {slope, intercept, annualDecline: 1 - Math.exp(slope), r2, n, from: Math.min(...xs), to: Math.max(...xs)};
}

/** The fitted price at a decimal year. */
export function fittedPrice(fit: DeclineFit, year: number): number {
  return Math.exp(fit.intercept + fit.slope * year);
}

/** A price after `years` at a yearly decline (0.5 = halves every year). */
export function projectPrice(price: number, annualDecline: number, years: number): number {
  return price * (1 - annualDecline) ** years;
}

/** Years until `price` falls to `target` at a yearly decline; 0 if already there; null if never. */
export function yearsToReach(price: number, target: number, annualDecline: number): number | null {
  if (price <= target) return 0;
  if (!(annualDecline > 0) || annualDecline >= 1 || !(target > 0)) return null;
  return Math.log(target / price) / Math.log(1 - annualDecline);
}
