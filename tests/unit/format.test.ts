// The one formatter: numbers as each language writes them, built once per language and options
// (charts format thousands of labels per redraw) with d3-format, and written as Intl would.
import {describe, expect, test} from "vitest";
import {
  formatCount,
  formatFixed,
  formatLargeNumber,
  formatNumber,
  formatSignedPercent,
  numberFormat,
  type NumberOptions
} from "../../src/ui/format.js";

describe("formatter", () => {
  test("the same locale and options give the same format instance", () => {
    const first = numberFormat("en", {maximumFractionDigits: 1});
    expect(numberFormat("en", {maximumFractionDigits: 1})).toBe(first);
    expect(numberFormat("zh", {maximumFractionDigits: 1})).not.toBe(first);
    expect(numberFormat("en", {maximumFractionDigits: 2})).not.toBe(first);
  });

  // The formatter stands in for Intl.NumberFormat (whose first use costs a page its locale
  // services' set-up): for every option it takes, in both languages, it writes what Intl writes.
  test("writes every number as Intl.NumberFormat does, in both languages and with every option it takes", () => {
    const optionSets: NumberOptions[] = [
      {},
      {maximumFractionDigits: 0},
      {maximumFractionDigits: 1},
      {maximumFractionDigits: 2},
      {minimumFractionDigits: 1, maximumFractionDigits: 1},
      {minimumFractionDigits: 2, maximumFractionDigits: 2},
      {minimumFractionDigits: 1, maximumFractionDigits: 3},
      {minimumFractionDigits: 2},
      {maximumSignificantDigits: 3},
      {maximumSignificantDigits: 2},
      {maximumFractionDigits: 1, useGrouping: false},
      {useGrouping: false}
    ];
    const values = [
      0, 1, 7, 12, 0.5, 1.5, 2.5, 0.125, 1.005, 3.14159, 12.345, 99.95, 99.96, 999.5, 1234.5, 20_000, 123_456.789, 1_234_567,
      3_140_000_000, 0.0001234, 0.00001, 0.0009995, 9.995, 99_950, -1.5, -1234.5, -1.005, -0.75, 42.1, 1e-7
    ];
    const differences: string[] = [];
    for (const lang of ["zh", "en"] as const)
      for (const options of optionSets)
        for (const value of values) {
          const intl = new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US", options).format(value);
          const ours = formatNumber(value, lang, options);
          if (ours !== intl) differences.push(`${lang} ${JSON.stringify(options)} ${value}: ${ours} (Intl: ${intl})`);
        }
    expect(differences).toEqual([]);
  });

  test("writes as Intl does across magnitudes, many digits and near-halves, in 3,000 drawn numbers", () => {
    // A fixed sequence (a linear congruential generator), so a failure names the same numbers each run.
    let seed = 42;
    const draw = () => (seed = (seed * 1_664_525 + 1_013_904_223) % 2 ** 32) / 2 ** 32;
    const optionSets: NumberOptions[] = [{}, {maximumFractionDigits: 1}, {minimumFractionDigits: 2, maximumFractionDigits: 2}, {maximumSignificantDigits: 3}];
    const differences: string[] = [];
    for (let i = 0; i < 3000; ++i) {
      const digits = Math.floor(draw() * 4);
      // Numbers of every size from 1e-6 to 1e9, and numbers that end in a 5 just past the rounding digit.
      const value = i % 3 ? (10 ** (draw() * 15 - 6)) * (draw() < 0.5 ? -1 : 1) : (Math.round(draw() * 10 ** (digits + 4)) * 10 + 5) / 10 ** (digits + 1);
      for (const options of optionSets) {
        const intl = new Intl.NumberFormat("en-US", options).format(value);
        if (/^-0(\.0+)?$/.test(intl)) continue; // a negative number rounded to zero: written without the sign here (the test below)
        const ours = formatNumber(value, "en", options);
        if (ours !== intl) differences.push(`${JSON.stringify(options)} ${value}: ${ours} (Intl: ${intl})`);
      }
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });

  test("a negative number that rounds to zero is written 0, not Intl's -0", () => {
    expect(new Intl.NumberFormat("en-US", {maximumFractionDigits: 1}).format(-0.01)).toBe("-0");
    expect(formatNumber(-0.01, "en", {maximumFractionDigits: 1})).toBe("0");
    expect(formatNumber(-0.001, "zh", {minimumFractionDigits: 2, maximumFractionDigits: 2})).toBe("0.00");
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
