import {describe, expect, test} from "vitest";
import {formatPartialDate, formatTokens, formatUsd, partialDateToDate, pick} from "../../src/lib/i18n.js";

describe("formats", () => {
  test("dates keep their source's precision in both languages", () => {
    expect(formatPartialDate("2023-07", "zh")).toBe("2023 年 7 月");
    expect(formatPartialDate("2023-07", "en")).toBe("Jul 2023");
    expect(formatPartialDate("2015", "en")).toBe("2015");
    expect(formatPartialDate("2024-12-17", "en")).toBe("17 Dec 2024");
    expect(partialDateToDate("2024-03").toISOString()).toBe("2024-03-01T00:00:00.000Z");
  });

  test("token counts read as the report writes them", () => {
    expect(formatTokens(128000, "en")).toBe("128K");
    expect(formatTokens(1000000, "en")).toBe("1M");
    expect(formatTokens(2048, "en")).toBe("2,048");
  });

  test("a missing price says so instead of showing zero", () => {
    expect(formatUsd(null, "en")).toBe("not available");
    expect(formatUsd(0.15, "en")).toBe("$0.15");
  });

  test("pick reads the column of the reader's language", () => {
    expect(pick({name_zh: "谷歌", name_en: "Google"}, "name", "zh")).toBe("谷歌");
    expect(pick({name_zh: "谷歌", name_en: "Google"}, "name", "en")).toBe("Google");
  });
});
