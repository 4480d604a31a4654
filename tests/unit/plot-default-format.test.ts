// @vitest-environment jsdom
// The Plot bundle builds Plot's default label format (an Intl.NumberFormat) on first use, not when
// it is loaded (src/build/plot-bundle.ts): a page's first Intl object costs it the set-up of the
// locale services before its first chart. (A file of its own: it needs a DOM to draw labels, and
// esbuild, which the bundle test imports, does not run under jsdom.)
import {afterEach, expect, test} from "vitest";

const IntlNumberFormat = Intl.NumberFormat;

afterEach(() => {
  Intl.NumberFormat = IntlNumberFormat;
});

test("Plot's default number format is built when a label first shows a number, not when the bundle is loaded", async () => {
  let built = 0;
  Intl.NumberFormat = new Proxy(IntlNumberFormat, {
    construct(target, args) {
      ++built;
      return Reflect.construct(target, args);
    }
  });
  const Plot = await import("../../src/vendor/plot.js");
  expect(built).toBe(0);
  const chart = Plot.text([1234.5, 20000], {x: (d) => d, text: (d) => d}).plot({axis: null});
  expect(built).toBe(1);
  expect([...chart.querySelectorAll("text")].map((text: Element) => text.textContent)).toEqual(["1,234.5", "20,000"]);
});
