// `npm run build`: validate data/ first (a bad row stops here, naming file, line and
// column), bundle Plot for the charts (src/vendor/plot.d.ts), rerun every loader, build the
// static site, bundle and minify each page's modules into one (with chunks for what loads on
// demand: scripts/finish-build.ts), and never leave a half-built dist/.
import {spawnSync} from "node:child_process";
import {rmSync} from "node:fs";
import {validateData} from "../src/build/dataset.js";
import {DataError} from "../src/lib/csv.js";
import {bundlePlot} from "../src/build/plot-bundle.js";
import {DATA, DIST, OBSERVABLE, ROOT, clearLoaderCache, prepareOfflineNpmCache} from "./framework.js";
import {finishBuild} from "./finish-build.js";

function fail(message: string): never {
  rmSync(DIST, {recursive: true, force: true});
  process.stderr.write(`\n${message}\nThe build stopped; dist/ was removed so nothing half-built can be deployed.\n`);
  process.exit(1);
}

try {
  validateData(DATA);
} catch (error) {
  if (error instanceof DataError) fail(`The data in ${DATA} has problems:\n${error.message}`);
  throw error;
}

clearLoaderCache();
prepareOfflineNpmCache();
const plotBytes = await bundlePlot();
console.log(`Bundled Plot and the d3 it uses for this site: ${(plotBytes / 1024).toFixed(0)} KB (src/vendor/plot.js).`);
const result = spawnSync(OBSERVABLE, ["build"], {cwd: ROOT, stdio: "inherit", env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1"}});
if (result.status !== 0) fail(`observable build exited with ${result.status ?? result.signal}.`);

try {
  const {bundled, preloaded, hinted} = await finishBuild(DIST);
  console.log(
    `Bundled the ${bundled.modules} modules of ${bundled.pages} pages into ${bundled.files} files ` +
      `(dist/_import/pages: a bundle per page, and the chunks it loads on demand or shares with them).`
  );
  console.log(`Preloaded the ${preloaded.files} data files that ${preloaded.pages} pages fetch as they start (a fetch preload in each page's head).`);
  console.log(`Marked ${hinted} modules to be compiled whole, off the main thread, as they load (//# allFunctionsCalledOnLoad).`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
