import {defineConfig} from "vitest/config";

// Browser and build tests: Debian's Chromium, driven by playwright-core, against the built dist/ on
// loopback. One file at a time: the machine has two cores and each file starts a browser.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts", "tests/build/**/*.test.ts"],
    environment: "node",
    // The JSON report lets .ci/run print one "N passed, N failed" line for both suites.
    reporters: ["default", ["json", {outputFile: "test-results/browser.json"}]],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
});
