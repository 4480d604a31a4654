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

/**
 * One JSON file a table: `<table>.json`, the rows as validated; and `report_figures.json`, the
 * report_meta rows of the report's figures (keys figure.*), an eighth of report_meta's weight,
 * for a page that shows figure captions but none of the report's prose.
 */
export function tableArchive(dataset: Dataset): Promise<Uint8Array> {
  const zip = new JSZip();
  // A fixed date keeps the archive's bytes, hence Framework's file hashes, the same from build to build.
  const date = new Date(Date.UTC(2000, 0, 1));
  for (const [table, rows] of Object.entries(dataset)) zip.file(`${table}.json`, JSON.stringify(rows), {date});
  const figures = dataset.report_meta.filter((row) => row.key.startsWith("figure."));
  zip.file("report_figures.json", JSON.stringify(figures), {date});
  return zip.generateAsync({type: "uint8array", compression: "DEFLATE"});
}
