import {defineConfig} from "vitest/config";

// Unit tests: schemas, parsing, loaders, state, helpers and components (jsdom where a DOM is needed).
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node"
  }
});
