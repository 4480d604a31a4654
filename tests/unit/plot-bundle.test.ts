// The chart bundle (src/build/plot-bundle.ts) is what every chart page loads instead of Plot and
// all of d3: it must stand alone, offer every name its declaration promises, and draw.
import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {PLOT_BUNDLE, PLOT_ENTRY} from "../../src/build/plot-bundle.js";

const declared = [...readFileSync(PLOT_ENTRY, "utf8").matchAll(/^export \{([^}]*)\} from/gm)].flatMap((m) =>
  m[1].split(",").map((name) => name.trim())
);

describe("the Plot bundle", () => {
  test("declares the marks and d3 functions the charts use", () => {
    expect(declared).toContain("plot");
    expect(declared).toContain("utcFormat");
  });

  test("is one self-contained module: no import a browser would have to resolve", () => {
    const code = readFileSync(PLOT_BUNDLE, "utf8");
    expect(code).not.toMatch(/\bimport\s*[{*"'(]|\bimport\s+\w+\s+from\b/);
  });

  test("exports every declared name as a function", async () => {
    const bundle: Record<string, unknown> = await import(PLOT_BUNDLE);
    const missing = declared.filter((name) => typeof bundle[name] !== "function");
    expect(missing).toEqual([]);
  });

  test("is tree-shaken: far lighter than Plot with all of d3", () => {
    // Plot 0.6.17 with d3 7.9 as Framework serves them is about 600 KB minified; this is about 280.
    expect(readFileSync(PLOT_BUNDLE, "utf8").length).toBeLessThan(400_000);
  });

});
