// The site's one palette. Each kind of thing has its own scale and no scale reuses another's
// colour, so a colour names one thing on every page: green is OpenAI, never "founding".
import type {EventKind} from "../lib/vendors.js";

// Okabe–Ito based: distinguishable with colour-blindness, readable on light and dark backgrounds.
export const VENDOR_COLORS: Record<string, string> = {
  openai: "#009e73",
  meta: "#0072b2",
  anthropic: "#d55e00",
  xai: "#cc79a7",
  google: "#e69f00",
  deepseek: "#56b4e9",
  mistral: "#a6761d",
  alibaba: "#8c564b"
};
export const OTHER_VENDOR_COLOR = "#8a8a8a";

/** The colour of a vendor id on every page; grey for a vendor the palette does not know. */
export function vendorColor(id: string): string {
  return VENDOR_COLORS[id] ?? OTHER_VENDOR_COLOR;
}


// Event kinds are a second dimension beside the vendor (the timeline's lanes), so their hues
// avoid the vendors' greens, oranges and pinks.
export const EVENT_KIND_COLORS: Record<EventKind, string> = {
  founding: "#6f63c9",
  model: "#4e79a7",
  "open-source": "#76b7b2",
  product: "#b6992d",
  funding: "#b07aa1",
  compute: "#e15759",
  benchmark: "#9c755f",
  research: "#ff9da7",
  plan: "#bab0ac"
};

export function eventKindColor(kind: EventKind): string {
  return EVENT_KIND_COLORS[kind];
}

/** A colour per watchlist sector, in the report's order (Tableau 10 and two of Tableau 20). */
export const SECTOR_COLORS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
  "#499894",
  "#d37295"
];

/** The sector's colour by its place in the report's list (sector_order 1–12). */
export function sectorColor(order: number): string {
  return SECTOR_COLORS[(order - 1) % SECTOR_COLORS.length];
}

/** OpenAI's input and output prices (Fig. 12). */
export const PRICE_SIDE_COLORS = {input: "#4e79a7", output: "#e15759"} as const;

/** The lines of the performance view: the report's list, the reader's allocation, the benchmarks. */
export const PERFORMANCE_COLORS = {basket: "#c8102e", allocation: "#2f5d8a", sp500: "#555555", nasdaq: "#8a5a00"} as const;
