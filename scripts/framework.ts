// What the build and the dev server share: where things are, the loader cache that must
// not outlive an edit to data/, and the npm version folders that keep the build offline.
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SRC = join(ROOT, "src");
export const DIST = process.env.DECK_OUTPUT_DIR ?? join(ROOT, "dist");
export const DATA = process.env.DECK_DATA_DIR ?? join(ROOT, "data");
export const OBSERVABLE = join(ROOT, "node_modules", ".bin", "observable");
const CACHE = join(SRC, ".observablehq", "cache");

/** Loader outputs are cached by the loader file's time alone; drop them so loaders rerun. */
export function clearLoaderCache(): void {
  rmSync(join(CACHE, "data"), {recursive: true, force: true});
}

// Framework asks the npm registry for the latest version of these packages when it bundles
// its own client, and records each answer as an empty folder _npm/NAME@VERSION. Creating
// those folders from node_modules answers the question with no network.
const CLIENT_PACKAGES = ["d3-dsv", "d3-array", "@observablehq/inputs", "htl", "isoformat", "@observablehq/plot", "d3", "zod"];

export function prepareOfflineNpmCache(): void {
  for (const name of CLIENT_PACKAGES) {
    const manifest = join(ROOT, "node_modules", name, "package.json");
    if (!existsSync(manifest)) continue;
    const {version} = JSON.parse(readFileSync(manifest, "utf8"));
    mkdirSync(join(CACHE, "_npm", `${name}@${version}`), {recursive: true});
  }
}

/** The data/ files a loader may read: every CSV (prices.csv included when present). */
export function dataFiles(): string[] {
  return existsSync(DATA) ? readdirSync(DATA).filter((f) => f.endsWith(".csv")) : [];
}
