// The shipped data passes its schemas, and each kind of bad edit a presenter might make to
// a copy of it stops with a message naming file, line and column.
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvFormat, csvParse} from "d3-dsv";
import JSZip from "jszip";
import {afterEach, describe, expect, test} from "vitest";
import {DATA_DIR, loadDataset} from "../../src/build/dataset.js";
import {tableArchive} from "../../src/build/loader.js";
import {DataError} from "../../src/lib/csv.js";

const copies: string[] = [];
afterEach(() => copies.splice(0).forEach((dir) => rmSync(dir, {recursive: true, force: true})));

/** A copy of data/ with one cell of one row of one file changed (or a column dropped). */
function editedCopy(file: string, edit: (rows: Record<string, string>[], columns: string[]) => string[] | void): string {
  const dir = mkdtempSync(join(tmpdir(), "deck-data-"));
  copies.push(dir);
  cpSync(DATA_DIR, dir, {recursive: true});
  const rows = csvParse(readFileSync(join(dir, file), "utf8"));
  const columns = edit(rows, rows.columns) ?? rows.columns;
  writeFileSync(join(dir, file), csvFormat(rows, columns));
  return dir;
}

function problemsIn(dir: string): string[] {
  try {
    loadDataset(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems.map((p) => p.replace(dir, "data"));
  }
  throw new Error("expected the data to be rejected");
}

describe("the shipped data", () => {
  test("passes every schema and reference check", () => {
    expect(() => loadDataset()).not.toThrow();
  });
});

describe("a bad edit stops with file, line and column", () => {
  test("a price that is not a number", () => {
    const dir = editedCopy("openai_models.csv", (rows) => void (rows[4].input_usd_per_mtok = "n/a"));
    expect(problemsIn(dir)).toEqual([
      `data/openai_models.csv:6: column "input_usd_per_mtok": expected a number ≥ 0 or an empty cell, got "n/a"`
    ]);
  });

  test("a negative price", () => {
    const dir = editedCopy("model_comparison.csv", (rows) => void (rows[0].output_usd_per_mtok = "-4.4"));
    expect(problemsIn(dir)).toEqual([
      `data/model_comparison.csv:2: column "output_usd_per_mtok": expected a number ≥ 0 or an empty cell, got "-4.4"`
    ]);
  });

  test("a bad date", () => {
    const dir = editedCopy("events.csv", (rows) => void (rows[2].date = "2023-02-30"));
    expect(problemsIn(dir)[0]).toBe(
      `data/events.csv:4: column "date": expected a date written YYYY, YYYY-MM or YYYY-MM-DD, got "2023-02-30"`
    );
  });

  test("an unknown vendor", () => {
    const dir = editedCopy("events.csv", (rows) => void (rows[0].vendor = "openia"));
    expect(problemsIn(dir)[0]).toMatch(/^data\/events\.csv:2: column "vendor": expected an id from vendors\.csv \(openai, .*\), got "openia"$/);
  });

  test("a duplicate id", () => {
    const dir = editedCopy("openai_models.csv", (rows) => void (rows[1].id = rows[0].id));
    expect(problemsIn(dir)).toEqual([
      `data/openai_models.csv:3: column "id": expected a unique value, got "${csvParse(readFileSync(join(DATA_DIR, "openai_models.csv"), "utf8"))[0].id}" (already on line 2)`
    ]);
  });

  test("a missing column", () => {
    const dir = editedCopy("watchlist.csv", (_rows, columns) => columns.filter((c) => c !== "ticker"));
    expect(problemsIn(dir)).toEqual([`data/watchlist.csv:1: column "ticker": missing from the header row`]);
  });

  test("a wrong type in a yes/no column", () => {
    const dir = editedCopy("model_comparison.csv", (rows) => void (rows[3].reasoning = "true"));
    expect(problemsIn(dir)).toEqual([`data/model_comparison.csv:5: column "reasoning": expected "yes" or "no", got "true"`]);
  });

  test("an empty required cell", () => {
    const dir = editedCopy("vendors.csv", (rows) => void (rows[0].name_en = ""));
    expect(problemsIn(dir)).toEqual([`data/vendors.csv:2: column "name_en": expected text (this cell may not be empty), got ""`]);
  });

  test("a missing file", () => {
    const dir = editedCopy("risks.csv", () => undefined);
    rmSync(join(dir, "risks.csv"));
    expect(problemsIn(dir)[0]).toMatch(/risks\.csv: the file is missing/);
  });
});

describe("the tables a page can fetch (src/data/tables.zip.ts)", () => {
  test("one JSON file a table, the validated rows, slices of report_meta, and each vendor's own passages and events", async () => {
    const dataset = loadDataset();
    const archive = await JSZip.loadAsync(await tableArchive(dataset));
    const read = async (name: string) => JSON.parse(await archive.file(name)!.async("string"));
    const tables = Object.keys(dataset);
    expect(tables.length).toBeGreaterThan(0);
    const vendorIds = ["openai", "meta", "anthropic", "xai", "google"];
    const slices = [
      "report_meta_front.json",
      "report_meta_figures.json",
      "report_meta_vendors.json",
      "report_meta_investment.json",
      "report_meta_risks.json",
      ...vendorIds.flatMap((id) => [`report_meta_${id}.json`, `events_${id}.json`])
    ];
    expect(Object.keys(archive.files).sort()).toEqual([...tables.map((t) => `${t}.json`), ...slices].sort());
    for (const table of tables) expect(await read(`${table}.json`)).toEqual(dataset[table as keyof typeof dataset]);
    const keys = async (name: string) => ((await read(name)) as {key: string}[]).map((row) => row.key);
    // The quadrant page reads its as-of month from figure 10's caption.
    expect(await keys("report_meta_figures.json")).toEqual(
      dataset.report_meta.filter((row) => row.key.startsWith("figure.")).map((row) => row.key)
    );
    expect(await keys("report_meta_figures.json")).toContain("figure.10.caption");
    const vendorKeys = await keys("report_meta_vendors.json");
    for (const key of ["model-comparison-summary", "figure.14.text"]) expect(vendorKeys).toContain(key);
    // The vendors' own passages are on their own pages, in their own slices.
    expect(vendorKeys.filter((key) => key.startsWith("narrative."))).toEqual([]);
    expect(vendorKeys).not.toContain("narrative.agi");
    expect(vendorKeys).not.toContain("diagram.agi.root");
    // A vendor's page gets the figures' rows and its own passages, and its own events only.
    const openaiKeys = await keys("report_meta_openai.json");
    expect(openaiKeys).toContain("narrative.openai-history");
    expect(openaiKeys).toContain("figure.13.caption");
    expect(openaiKeys.filter((key) => key.startsWith("narrative.") && !key.startsWith("narrative.openai-"))).toEqual([]);
    for (const id of vendorIds) {
      const events = (await read(`events_${id}.json`)) as {vendor: string}[];
      expect(events).toEqual(dataset.events.filter((event) => event.vendor === id));
      expect(events.length, id).toBeGreaterThan(0);
    }
    const frontKeys = await keys("report_meta_front.json");
    for (const key of ["title", "as-of", "earliest-publication-date", "investment-view"]) expect(frontKeys).toContain(key);
    expect(frontKeys.filter((key) => key.includes("."))).toEqual([]);
  });
});
