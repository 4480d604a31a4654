// A price file (date,ticker,close), the user's own closing prices: read and validated with the
// same FILE:LINE: column … messages as data/. It needs zod (schema.ts), so the watchlist page
// imports this module only when a file is picked, and ships no zod up front.
import {priceRow, type PriceRow} from "./schema.js";
import {DataError, parseTableWithLines} from "./csv.js";

/** Validates a price file (date,ticker,close); throws a DataError with FILE:LINE: column … messages. */
export function parsePriceFile(fileName: string, text: string): PriceRow[] {
  const {rows, lines} = parseTableWithLines(fileName, text, priceRow);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const output: PriceRow[] = [];
  rows.forEach((row, i) => {
    const line = lines[i];
    const ticker = row.ticker.trim().toUpperCase();
    if (row.close <= 0) {
      problems.push(`${fileName}:${line}: column "close": expected a closing price above 0, got "${row.close}"`);
      return;
    }
    const key = `${ticker} ${row.date}`;
    const previous = seen.get(key);
    if (previous !== undefined) {
      problems.push(
        `${fileName}:${line}: column "date": expected one close per ticker and date, got a second ${JSON.stringify(row.date)} for ${JSON.stringify(ticker)} (already on line ${previous})`
      );
      return;
    }
    seen.set(key, line);
    output.push({date: row.date, ticker, close: row.close});
  });
  if (!problems.length && !output.length)
    problems.push(`${fileName}:2: the file has a header but no prices; expected rows of date,ticker,close`);
  if (problems.length) throw new DataError(problems);
  return output;
}

export type PriceFileResult =
  {ok: true; fileName: string; rows: PriceRow[]} | {ok: false; fileName: string; problems: string[]};

/** As parsePriceFile, for a file a user drops on the page: the problems as a value, never a throw. */
export function readPriceFile(fileName: string, text: string): PriceFileResult {
  try {
    return {ok: true, fileName, rows: parsePriceFile(fileName, text)};
  } catch (error) {
    if (error instanceof DataError) return {ok: false, fileName, problems: error.problems};
    return {ok: false, fileName, problems: [`${fileName}: could not be read (${String(error)})`]};
  }
}
