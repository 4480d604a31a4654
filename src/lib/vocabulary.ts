// The report's fixed vocabularies and the date rule, without zod: the schemas (schema.ts) build
// on them at build time, and URL parameters check against them in the browser.

/** The kinds of dated events (events.csv `kind`). */
export const EVENT_KINDS = [
  "founding",
  "model",
  "open-source",
  "product",
  "funding",
  "compute",
  "benchmark",
  "research",
  "plan"
] as const;

/** The watchlist's sectors, in the report's order (watchlist.csv `sector`). */
export const SECTOR_IDS = [
  "office",
  "finance",
  "industrial",
  "healthcare",
  "creative",
  "education",
  "ecommerce",
  "enterprise-software",
  "security",
  "data-infrastructure",
  "cloud",
  "advertising"
] as const;

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD, and a real one. */
export function isPartialDate(raw: string): boolean {
  const m = DATE.exec(raw);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo !== undefined && (+mo < 1 || +mo > 12)) return false;
  if (d !== undefined) {
    const date = new Date(Date.UTC(+y, +mo - 1, +d));
    if (date.getUTCMonth() !== +mo - 1 || date.getUTCDate() !== +d) return false;
  }
  return true;
}
