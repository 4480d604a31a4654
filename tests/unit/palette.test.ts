// The one palette: a vendor has one colour, and event kinds and sectors have scales of their
// own that never reuse a vendor's colour (on /timeline, green must mean OpenAI only).
import {describe, expect, test} from "vitest";
import {loadDataset} from "../../src/build/dataset.js";
import {EVENT_KINDS} from "../../src/lib/schema.js";
import {
  EVENT_KIND_COLORS,
  OTHER_VENDOR_COLOR,
  SECTOR_COLORS,
  VENDOR_COLORS,
  eventKindColor,
  sectorColor,
  vendorColor
} from "../../src/ui/palette.js";

const data = loadDataset();
const vendorColours = new Set([...Object.values(VENDOR_COLORS), OTHER_VENDOR_COLOR]);

describe("palette", () => {
  test("one distinct colour per vendor of the data; grey for an unknown id", () => {
    expect(data.vendors.length).toBeGreaterThan(0);
    const colours = data.vendors.map((v) => vendorColor(v.id));
    expect(new Set(colours).size).toBe(data.vendors.length);
    expect(colours.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
    expect(vendorColor("nobody")).toBe(OTHER_VENDOR_COLOR);
  });

  test("OpenAI keeps the colour it has on the vendor pages (Okabe–Ito green)", () => {
    expect(vendorColor("openai")).toBe("#009e73");
  });

  test("every event kind has its own colour, and none is a vendor's", () => {
    expect(EVENT_KINDS.length).toBeGreaterThan(0);
    const kinds = EVENT_KINDS.map(eventKindColor);
    expect(new Set(kinds).size).toBe(EVENT_KINDS.length);
    expect(kinds.filter((c) => vendorColours.has(c))).toEqual([]);
    expect(Object.keys(EVENT_KIND_COLORS).sort()).toEqual([...EVENT_KINDS].sort());
  });

  test("twelve distinct sector colours, none a vendor's", () => {
    const sectors = Array.from({length: 12}, (_, i) => sectorColor(i + 1));
    expect(new Set(sectors).size).toBe(12);
    expect(SECTOR_COLORS.filter((c) => vendorColours.has(c))).toEqual([]);
  });

  test("contrast ratios as WCAG 2 defines them (black on white 21:1, #777 on white just under 4.5:1)", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#777777")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#4e79a7", "#4e79a7")).toBe(1);
  });

  test("each sector's number badge, black on the sector's colour (style.css), is legible: at least 4.5:1, as WCAG asks of small text", () => {
    const badges = SECTOR_COLORS.map((colour) => ({colour, ratio: contrastRatio("#000000", colour)}));
    expect(badges).toHaveLength(12);
    expect(badges.filter((badge) => badge.ratio < 4.5)).toEqual([]);
    // White, as the badges were, failed on most of them.
    expect(SECTOR_COLORS.filter((colour) => contrastRatio("#ffffff", colour) < 4.5).length).toBeGreaterThan(6);
  });
});

/** WCAG 2's relative luminance of a #rrggbb colour: 0 for black, 1 for white. */
function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2's contrast ratio of two #rrggbb colours, 1 to 21. */
function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
