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
    // Timeouts guard against a hang; they are not a speed test (bench/ measures speed). A machine
    // slower than ours, or one busy with something else, must not fail a test that would pass. On
    // 2026-12-02 a fresh machine ran this suite in 30 minutes, its Chromium 2.6× slower than the
    // day before (bench:load's blank page: 1,940 against 744 ms to its chart at 4×).
    testTimeout: 180_000,
    hookTimeout: 180_000
  }
});
