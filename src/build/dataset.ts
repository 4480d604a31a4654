// Reads every table of data/ at build time, validates it, and checks the references
// between tables. Node only: loaders, scripts and tests use it, pages never do.
import {existsSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import {parsePriceFile} from "../lib/price-file.js";
import {REFERENCES, TABLES, scenarioRow, type Dataset, type PriceRow, type TableName} from "../lib/schema.js";
import {checkValues, emptyValues, type Scenario} from "../lib/scenario.js";
import {DataError, parseTableWithLines} from "../lib/csv.js";
import {loadSpeakerNotes} from "./speaker-notes.js";

/** The project's data/ folder; DECK_DATA_DIR points elsewhere (tests build from fixtures). */
export const DATA_DIR = process.env.DECK_DATA_DIR ?? fileURLToPath(new URL("../../data", import.meta.url));

function displayName(dir: string, table: string): string {
  const path = join(dir, `${table}.csv`);
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

/** Loads and validates every table; throws one DataError listing every problem in every file. */
export function loadDataset(dir: string = DATA_DIR): Dataset {
  const problems: string[] = [];
  const dataset: Partial<Dataset> = {};
  const lines: Partial<Record<TableName, number[]>> = {};
  for (const [name, {schema, key}] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
    const file = displayName(dir, name);
    const path = join(dir, `${name}.csv`);
    if (!existsSync(path)) {
      problems.push(`${file}: the file is missing; every one of ${Object.keys(TABLES).length} tables must be in data/`);
      continue;
    }
    const text = readFileSync(path, "utf8");
    try {
      const parsed = parseTableWithLines(file, text, schema, {key});
      (dataset as Record<string, unknown>)[name] = parsed.rows;
      lines[name] = parsed.lines;
    } catch (error) {
      if (error instanceof DataError) problems.push(...error.problems);
      else throw error;
    }
  }
  for (const [table, column, target] of REFERENCES) {
    const rows = dataset[table] as Record<string, unknown>[] | undefined;
    const targets = dataset[target] as Record<string, unknown>[] | undefined;
    if (!rows || !targets) continue;
    const ids = new Set(targets.map((row) => row[TABLES[target].key as string]));
    rows.forEach((row, i) => {
      if (!ids.has(row[column])) {
        problems.push(
          `${displayName(dir, table)}:${lines[table]![i]}: column "${column}": expected an id from ${target}.csv (${[...ids].join(", ")}), got ${JSON.stringify(row[column])}`
        );
      }
    });
  }
  if (problems.length) throw new DataError(problems);
  return dataset as Dataset;
}

/** The user's own closing prices (data/prices.csv), validated; null when there is no such file. */
export const PRICE_FILE = "prices.csv";
export function loadUserPrices(dir: string = DATA_DIR): PriceRow[] | null {
  const path = join(dir, PRICE_FILE);
  if (!existsSync(path)) return null;
  return parsePriceFile(displayName(dir, "prices"), readFileSync(path, "utf8"));
}

/** Everything a build reads from data/: the shipped tables, the speaker notes and, if present, the user's prices. */
export function validateData(dir: string = DATA_DIR): void {
  const problems: string[] = [];
  for (const load of [loadDataset, loadUserPrices, loadSpeakerNotes, loadShippedScenarios]) {
    try {
      load(dir);
    } catch (error) {
      if (error instanceof DataError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length) throw new DataError(problems);
}

// --- Shipped scenarios -------------------------------------------------------------------

export const SCENARIOS_FILE = "scenarios.csv";

/** The scenarios shipped with the site (data/scenarios.csv): each value read by its parameter's own parser. */
export function loadShippedScenarios(dir: string = DATA_DIR): Scenario[] {
  const path = join(dir, SCENARIOS_FILE);
  if (!existsSync(path)) return []; // a site may ship none (test fixtures hold only the tables)
  const file = displayName(dir, "scenarios");
  const {rows, lines} = parseTableWithLines(file, readFileSync(path, "utf8"), scenarioRow, {key: "name"});
  const problems: string[] = [];
  const scenarios = rows.map((row, i): Scenario => {
    const given = emptyValues();
    for (const [name, value] of new URLSearchParams(row.values ?? "")) {
      if (Object.hasOwn(given, name)) problems.push(`${file}:${lines[i]}: column "values": parameter "${name}" is given twice`);
      given[name] = value;
    }
    const {values, problems: invalid} = checkValues(given);
    for (const problem of invalid) problems.push(`${file}:${lines[i]}: column "values": ${problem.en.replace(/; ignored$/, "")}`);
    return {
      name: row.name,
      title: {zh: row.title_zh, en: row.title_en},
      description: {zh: row.description_zh, en: row.description_en},
      source: {zh: row.source_zh, en: row.source_en},
      values,
      shipped: true
    };
  });
  if (problems.length) throw new DataError(problems);
  return scenarios;
}
