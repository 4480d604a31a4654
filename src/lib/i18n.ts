// The reader's language in pure code. Data rows carry both languages in `…_zh` / `…_en`
// columns; pages pick one with `pick(row, "name", lang)`. Display formats live in ui/format.
import type {Lang} from "./lang.js";

/** The `field_zh` or `field_en` value of a row. */
export function pick<R extends object>(row: R, field: string, lang: Lang): string {
  const value = (row as Record<string, unknown>)[`${field}_${lang}`];
  return value == null ? "" : String(value);
}

/** The first instant of a partial date, for placing it on a time axis. */
export function partialDateToDate(date: string): Date {
  const [year, month = 1, day = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Splits "1. A … 2. B …" (an enumeration inside one cell) into its items; one item if none. */
export function splitEnumeration(text: string): string[] {
  const items = text.split(/\s+(?=\d+\.\s)/).map((s) => s.replace(/^\d+\.\s/, "").trim());
  return /^\s*1\.\s/.test(text) && items.length > 1 ? items : [text];
}
