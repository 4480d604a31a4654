import {defineConfig} from "vitest/config";

// Unit tests: schemas, parsing, loaders, state, helpers and components (jsdom where a DOM is needed).
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // The JSON report lets .ci/run print one "N passed, N failed" line for both suites.
    reporters: ["default", ["json", {outputFile: "test-results/unit.json"}]]
  }
});
