// @vitest-environment jsdom
// The one text measurer: CJK is one em, Latin narrower; without a canvas (jsdom, Node) the
// measure is the pure estimate, so layout computed in tests is the layout a reader gets.
import {describe, expect, test} from "vitest";
import {clipText, linesWidth, measureText, textWidth, textWidthEm, wrapText} from "../../src/ui/text.js";

describe("text measurer", () => {
  test("a Chinese character is one em; Latin letters are narrower, capitals wider than lower case", () => {
    expect(textWidthEm("图表")).toBe(2);
    expect(textWidthEm("GPT")).toBeLessThan(2.5);
    expect(textWidthEm("abc")).toBeLessThan(textWidthEm("ABC"));
    expect(textWidth("强吸引力象限", 12)).toBeGreaterThan(textWidth("abcdef", 12));
  });

  test("px is ems times the font size; bold is wider", () => {
    expect(textWidth("OpenAI", 10)).toBeCloseTo(textWidthEm("OpenAI") * 10);
    expect(textWidth("OpenAI", 10, true)).toBeGreaterThan(textWidth("OpenAI", 10));
  });

  test("with no canvas (jsdom) the browser measure is the estimate", () => {
    expect(measureText("Claude 3.5 Sonnet", 12, true)).toBe(textWidth("Claude 3.5 Sonnet", 12, true));
  });

  test("wrapping in ems and in px at a font size gives the same lines", () => {
    const text = "Closed a USD 6 billion Series B round at a post-money valuation";
    expect(wrapText(text, 10)).toEqual(wrapText(text, 10 * 13, 13));
  });

  test("Chinese wraps between characters, never putting closing punctuation first on a line", () => {
    const lines = wrapText("性能显著提升，推理能力增强；目标是成为“地球上最聪明的人工智能”。", 8);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => textWidthEm(line) <= 9)).toBe(true);
    expect(lines.every((line) => !/^[，。；”]/.test(line))).toBe(true);
  });

  test("Latin wraps at spaces with no space left at either end; a newline starts a line", () => {
    const lines = wrapText("Released Grok-2 and its lightweight version\nSource: report", 8);
    expect(lines.every((line) => line === line.trim())).toBe(true);
    expect(lines.at(-1)).toBe("Source: report");
    expect(linesWidth(lines, 10)).toBeLessThanOrEqual(10 * 10);
  });

  test("clipping ends with an ellipsis and fits", () => {
    const clipped = clipText("Closed a USD 6 billion Series B round at a post-money valuation", 10);
    expect(clipped.endsWith("…")).toBe(true);
    expect(textWidthEm(clipped)).toBeLessThanOrEqual(10);
    expect(clipText("short", 10)).toBe("short");
  });
});
