import {fileURLToPath} from "node:url";
import {defineConfig} from "vitest/config";

// Unit tests: schemas, parsing, loaders, state, helpers and components (jsdom where a DOM is needed).
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // The chart modules import src/vendor/plot.js, which is generated, not committed.
    globalSetup: ["tests/unit/setup-plot-bundle.ts"],
    environment: "node",
    // The one place tests say where data/ is: under jsdom, import.meta.url is not a file URL,
    // so src/build/dataset.ts cannot find data/ relative to itself.
    env: {DECK_DATA_DIR: fileURLToPath(new URL("./data", import.meta.url))},
    // The JSON report lets .ci/run print one "N passed, N failed" line for both suites.
    reporters: ["default", ["json", {outputFile: "test-results/unit.json"}]]
  }
});
