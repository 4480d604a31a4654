// `npm run dev`: Framework's preview server, plus what it lacks: an edit to data/ reruns the
// loaders and reloads the open pages, with no restart (Framework watches a loader's own
// file, not the files it reads, so touching the loaders is how we tell it).
import {spawn} from "node:child_process";
import {readdirSync, utimesSync, watch} from "node:fs";
import {join} from "node:path";
import {validateData} from "../src/build/dataset.js";
import {DataError} from "../src/lib/csv.js";
import {PLOT_ENTRY, bundlePlot} from "../src/build/plot-bundle.js";
import {DATA, OBSERVABLE, ROOT, SRC, clearLoaderCache, prepareOfflineNpmCache} from "./framework.js";

clearLoaderCache();
prepareOfflineNpmCache();
await bundlePlot();
// A name added to the chart bundle's list is bundled at once; Framework then reloads the pages.
watch(PLOT_ENTRY, () => void bundlePlot().catch((error) => console.error(`src/vendor/plot.d.ts: ${error.message}`)));

const preview = spawn(OBSERVABLE, ["preview", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1"}
});
preview.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => preview.kill(signal));

let timer: NodeJS.Timeout | undefined;
watch(DATA, (_event, file) => {
  if (!file?.endsWith(".csv")) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    try {
      validateData(DATA);
      console.log(`data/${file} changed: reloading the pages that use it`);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      console.error(`data/${file} changed and has problems (the pages keep the last good data):\n${error.message}`);
      return;
    }
    clearLoaderCache();
    const now = new Date();
    const loaders = join(SRC, "data");
    for (const loader of readdirSync(loaders)) utimesSync(join(loaders, loader), now, now);
  }, 150);
});
