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
});
