// Turns the text of a CSV file into typed rows, or into messages a spreadsheet user can act
// on: `data/FILE:LINE: column "NAME": expected …, got "…"`. Used by the build (loaders) and
// in the browser (files a user drops in), so it never touches the file system.
import {csvParseRows} from "d3-dsv";
import type {z} from "zod";

export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "DataError";
  }
}

export type TableOptions = {
  /** The column whose values must be unique within the file, if any. */
  key?: string | null;
};

/** Parses `text` (the contents of `fileName`) against `schema`; throws a DataError listing every problem. */
export function parseTable<S extends z.ZodObject>(
  fileName: string,
  text: string,
  schema: S,
  options: TableOptions = {}
): z.output<S>[] {
  return parseTableWithLines(fileName, text, schema, options).rows;
}

/** As parseTable, and also the line each row starts on, for checks that span tables. */
export function parseTableWithLines<S extends z.ZodObject>(
  fileName: string,
  text: string,
  schema: S,
  {key = null}: TableOptions = {}
): {rows: z.output<S>[]; lines: number[]} {
  const problems: string[] = [];
  const {rows, lines} = splitRows(text.replace(/^\uFEFF/, ""));
  const columns = Object.keys(schema.shape);
  if (rows.length === 0) throw new DataError([`${fileName}:1: the file is empty; expected a header row: ${columns.join(",")}`]);

  const header = rows[0].map((name) => name.trim());
  for (const column of columns) {
    if (!header.includes(column)) problems.push(`${fileName}:1: column "${column}": missing from the header row`);
  }
  header.forEach((name, i) => {
    if (!columns.includes(name)) {
      problems.push(`${fileName}:1: column "${name || `#${i + 1}`}": not a column of this file (expected ${columns.join(", ")})`);
    }
  });
  if (problems.length) throw new DataError(problems);

  const output: z.output<S>[] = [];
  const outputLines: number[] = [];
  const seen = new Map<string, number>();
  for (let r = 1; r < rows.length; ++r) {
    const cells = rows[r];
    const line = lines[r];
    if (cells.length === 1 && cells[0].trim() === "") continue; // a blank line
    if (cells.length !== header.length) {
      problems.push(
        `${fileName}:${line}: expected ${header.length} cells (one per column), got ${cells.length}; check for a missing or extra comma`
      );
      continue;
    }
    const record = Object.fromEntries(header.map((name, i) => [name, cells[i]]));
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0]);
        problems.push(`${fileName}:${line}: column "${column}": expected ${issue.message}, got ${JSON.stringify(record[column] ?? "")}`);
      }
      continue;
    }
    if (key) {
      const id = String(record[key]).trim();
      const previous = seen.get(id);
      if (previous !== undefined) {
        problems.push(`${fileName}:${line}: column "${key}": expected a unique value, got ${JSON.stringify(id)} (already on line ${previous})`);
        continue;
      }
      seen.set(id, line);
    }
    output.push(result.data as z.output<S>);
    outputLines.push(line);
  }
  if (problems.length) throw new DataError(problems);
  return {rows: output, lines: outputLines};
}

/** Splits CSV text into rows, remembering the line each row starts on (quoted cells may span lines). */
export function splitRows(text: string): {rows: string[][]; lines: number[]} {
  const rows = csvParseRows(text);
  const lines: number[] = [];
  let line = 1;
  let quoted = false;
  let rowStart = true;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (rowStart) {
      lines.push(line);
      rowStart = false;
    }
    if (c === '"') quoted = !quoted;
    else if (c === "\n") {
      ++line;
      if (!quoted) rowStart = true;
    } else if (c === "\r" && text[i + 1] !== "\n") {
      ++line;
      if (!quoted) rowStart = true;
    }
  }
  return {rows, lines: lines.slice(0, rows.length)};
}
