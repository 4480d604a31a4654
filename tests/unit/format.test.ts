// The one formatter: numbers as each language writes them, built from one cached Intl object
// per locale and options (charts format thousands of labels per redraw).
import {describe, expect, test} from "vitest";
import {
  formatCount,
  formatFixed,
  formatLargeNumber,
  formatNumber,
  formatSignedPercent,
  numberFormat
} from "../../src/ui/format.js";

describe("formatter", () => {
  test("the same locale and options give the same Intl.NumberFormat instance", () => {
    const first = numberFormat("en", {maximumFractionDigits: 1});
    expect(numberFormat("en", {maximumFractionDigits: 1})).toBe(first);
    expect(numberFormat("zh", {maximumFractionDigits: 1})).not.toBe(first);
    expect(numberFormat("en", {maximumFractionDigits: 2})).not.toBe(first);
  });

  test("numbers in each language, and a missing value said in words", () => {
    expect(formatNumber(200000, "en")).toBe("200,000");
    expect(formatNumber(null, "zh")).toBe("不适用");
    expect(formatFixed(1.5, "en", 2)).toBe("1.50");
    expect(formatSignedPercent(12.345, "en")).toBe("+12.3%");
    expect(formatSignedPercent(-4, "zh")).toBe("−4.0%");
  });

  test("large numbers in the reader's units: 万 / 亿 in Chinese, K / M / B in English", () => {
    expect(formatLargeNumber(314e9, "zh")).toBe("3140 亿");
    expect(formatLargeNumber(314e9, "en")).toBe("314B");
    expect(formatCount(200000, "zh")).toBe("20 万");
    expect(formatCount(200000, "en")).toBe("200,000");
  });
});
