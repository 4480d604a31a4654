import {describe, expect, test} from "vitest";
import {partialDateToDate, pick} from "../../src/lib/i18n.js";
import {formatPartialDate, formatTokens, formatUsd} from "../../src/ui/format.js";

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

describe("sources and enumerations", () => {
  test("a source reads in the report's terms in Chinese and stays as written in English", async () => {
    const {formatSource} = await import("../../src/ui/format.js");
    expect(formatSource("report Fig. 12", "zh")).toBe("报告图表 12");
    expect(formatSource("report §3.5 (xAI); report Fig. 19", "zh")).toBe("报告 §3.5 (xAI)；报告图表 19");
    expect(formatSource("outside: exchange listing", "zh")).toBe("外部数据：交易所上市资料");
    expect(formatSource("report Fig. 12", "en")).toBe("Report Fig. 12");
  });

  test("an enumeration in one cell becomes its items", async () => {
    const {splitEnumeration} = await import("../../src/lib/i18n.js");
    expect(splitEnumeration("1. OpenAI: 使命。 2. LLaMA: 目标。 3. Anthropic: 致力")).toEqual(["OpenAI: 使命。", "LLaMA: 目标。", "Anthropic: 致力"]);
    expect(splitEnumeration("Plain text with 2. in it")).toEqual(["Plain text with 2. in it"]);
  });
});
