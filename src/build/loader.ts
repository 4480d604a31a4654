// What every data loader does with its result: JSON (or an archive) on stdout, or, for bad
// data, the problems on stderr (one line each, file:line: column …) and a failing exit code.
import JSZip from "jszip";
import {DataError} from "../lib/csv.js";
import type {Dataset} from "../lib/schema.js";

function reportDataError(error: unknown): void {
  if (!(error instanceof DataError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}

export function runLoader(produce: () => unknown): void {
  try {
    process.stdout.write(JSON.stringify(produce()));
  } catch (error) {
    reportDataError(error);
  }
}

export async function runArchiveLoader(produce: () => Promise<Uint8Array>): Promise<void> {
  try {
    process.stdout.write(await produce());
  } catch (error) {
    reportDataError(error);
  }
}

const VENDOR_CHAPTER_SUMMARY = "model-comparison-summary";

/**
 * One JSON file a table: `<table>.json`, the rows as validated; and slices of report_meta (the
 * report's words, half of all the data's weight) for pages that show only part of them:
 * `report_meta_front.json`, the front matter and statements (keys with no dot: title, as-of, …),
 * `report_meta_figures.json`, the figures' captions and sources (figure.*), and
 * `report_meta_vendors.json`, what the vendor chapter's summary page (/vendors) shows: the
 * figures' rows and the chapter's summary,
 * `report_meta_investment.json`, the front matter and the investment chapter's chart labels (chart.*),
 * `report_meta_risks.json`, the front matter, the figures' rows and the offices (office.*);
 * and for each vendor's own page,
 * `report_meta_<vendor id>.json` (the figures' rows and that vendor's passages,
 * narrative.<vendor id>-…) and `events_<vendor id>.json` (that vendor's events).
 */
export function tableArchive(dataset: Dataset): Promise<Uint8Array> {
  const zip = new JSZip();
  // A fixed date keeps the archive's bytes, hence Framework's file hashes, the same from build to build.
  const date = new Date(Date.UTC(2000, 0, 1));
  for (const [table, rows] of Object.entries(dataset)) zip.file(`${table}.json`, JSON.stringify(rows), {date});
  const isFigure = (key: string) => key.startsWith("figure.");
  const isVendorChapter = (key: string) => isFigure(key) || key === VENDOR_CHAPTER_SUMMARY;
  const isFrontMatter = (key: string) => !key.includes(".");
  const slices = {
    front: isFrontMatter,
    figures: isFigure,
    vendors: isVendorChapter,
    investment: (key: string) => isFrontMatter(key) || key.startsWith("chart."),
    risks: (key: string) => isFrontMatter(key) || isFigure(key) || key.startsWith("office.")
  };
  for (const [slice, keep] of Object.entries(slices)) {
    const rows = dataset.report_meta.filter((row) => keep(row.key));
    zip.file(`report_meta_${slice}.json`, JSON.stringify(rows), {date});
  }
  for (const {id} of dataset.vendors) {
    const passages = dataset.report_meta.filter((row) => isFigure(row.key) || row.key.startsWith(`narrative.${id}-`));
    if (passages.some((row) => !isFigure(row.key))) zip.file(`report_meta_${id}.json`, JSON.stringify(passages), {date});
    const events = dataset.events.filter((event) => event.vendor === id);
    if (events.length) zip.file(`events_${id}.json`, JSON.stringify(events), {date});
  }
  return zip.generateAsync({type: "uint8array", compression: "DEFLATE"});
}
