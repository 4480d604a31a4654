// The site's Plot defaults, shared by every Plot chart: one type size (read off a projector in
// a meeting, so larger than Plot's 10 px), one halo for labels over lines, one frame.
import * as Plot from "../vendor/plot.js";
import {measureText} from "./text.js";

export const FONT_SIZE = 13;
/** The family Plot sets on its charts. */
export const PLOT_FONT_FAMILY = "system-ui, sans-serif";
/** Text inside marks (value labels, annotations) one step smaller than axis text. */
export const LABEL_FONT_SIZE = 12;

// A halo in the page's background colour keeps labels legible where they cross a line or a dot.
export const HALO = {
  fill: "currentColor",
  stroke: "var(--theme-background, white)",
  strokeWidth: 3,
  paintOrder: "stroke"
} as const;

/** Below the bottom axis, a title needs its own line under the tick labels, never on the last tick. */
export const MARGIN_BOTTOM_WITH_TITLE = 45;
/**
 * Room under the title's baseline for its descent. Plot leaves 3 px, enough for the font a test
 * machine without Latin faces falls back to, not for Arial's or Liberation Sans's line box, which
 * then reached past the chart's bottom edge (by 1.5 px on a slide at 1920×1080).
 */
const TITLE_DESCENT_ROOM = 6;

/** Plot.plot with the site's defaults; a chart passes its own size, margins, scales and marks. */
export function plot(options: Plot.PlotOptions): ReturnType<typeof Plot.plot> {
  const x = options.x ?? {};
  const titled = typeof x.label === "string" && x.label !== "" && x.axis !== null && x.axis !== "top";
  // The plot area keeps its height: the chart grows by what the margin gains.
  const gained = titled ? Math.max(0, MARGIN_BOTTOM_WITH_TITLE - (options.marginBottom ?? 30)) : 0;
  const marginBottom = (options.marginBottom ?? 30) + gained;
  const chart = Plot.plot({
    ...options,
    ...(gained ? {marginBottom, height: options.height && options.height + gained} : {}),
    // The title's baseline TITLE_DESCENT_ROOM above the chart's bottom edge, unless the chart places it itself.
    ...(titled && x.labelOffset === undefined ? {x: {...x, labelOffset: marginBottom - TITLE_DESCENT_ROOM}} : {}),
    style: {fontSize: `${FONT_SIZE}px`}
  });
  // Plot names marks and groups with aria-label but gives them no role, and a name needs one to be read.
  for (const named of chart.querySelectorAll("[aria-label]:not([role])")) {
    if (named !== chart) named.setAttribute("role", named.localName === "g" ? "group" : "img");
  }
  return chart;
}

/** A left margin that fits the longest of the y axis's labels, beside the ticks (sector names are long in English). */
export function labelMargin(labels: string[], fontSize = FONT_SIZE): number {
  // Measured in Plot's own font (where a canvas exists); 9 px for the tick and its padding, 6 to spare.
  return Math.ceil(Math.max(40, ...labels.map((label) => measureText(label, fontSize, false, PLOT_FONT_FAMILY))) + 15);
}
