// What the build and the dev server share: where things are, the loader cache that must
// not outlive an edit to data/, and the npm version folders that keep the build offline.
import {existsSync, mkdirSync, readdirSync, rmSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SRC = join(ROOT, "src");
export const DIST = process.env.DECK_OUTPUT_DIR ?? join(ROOT, "dist");
// data/ (or DECK_DATA_DIR, for builds from test fixtures) is decided in one place, the dataset module.
import {DATA_DIR} from "../src/build/dataset.js";
export const DATA = DATA_DIR;
export const OBSERVABLE = join(ROOT, "node_modules", ".bin", "observable");
const CACHE = join(SRC, ".observablehq", "cache");

/** Loader outputs are cached by the loader file's time alone; drop them so loaders rerun. */
export function clearLoaderCache(): void {
  rmSync(join(CACHE, "data"), {recursive: true, force: true});
}

// Framework's client bundle asks the npm registry for the latest version of the optional
// libraries it can load on demand (none of which this site uses), and records each answer
// as an empty folder _npm/NAME@VERSION. Creating those folders answers the question with no
// network; the versions are the ones it resolved when this list was made.
const CLIENT_LIBRARY_VERSIONS = [
  "@observablehq/plot@0.6.17",
  "@observablehq/sample-datasets@1.0.1",
  "d3@7.9.2",
  "d3-dsv@3.0.2",
  "htl@1.0.0",
  "apache-arrow@21.2.0",
  "arquero@8.0.3",
  "echarts@6.1.0",
  "leaflet@1.9.4",
  "lodash@4.18.1",
  "mapbox-gl@3.32.0",
  "parquet-wasm@0.8.0",
  "react@19.3.1",
  "react-dom@19.3.1",
  "topojson-client@3.1.0"
];

export function prepareOfflineNpmCache(cache: string = CACHE): void {
  for (const spec of CLIENT_LIBRARY_VERSIONS) mkdirSync(join(cache, "_npm", spec), {recursive: true});
}

/** The data/ files a loader may read: every CSV (prices.csv included when present). */
export function dataFiles(): string[] {
  return existsSync(DATA) ? readdirSync(DATA).filter((f) => f.endsWith(".csv")) : [];
}
