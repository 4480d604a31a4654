// @vitest-environment jsdom
// The site's Plot defaults (src/ui/plot.ts): a bottom axis's title gets a line of its own under
// the tick labels, with room under its baseline for a descent. Plot leaves 3 px there, which
// Arial's and Liberation Sans's line boxes overran: on a slide at 1920×1080 the titles reached
// 1.5 px past the chart's bottom edge (tests/browser/present-fit.test.ts, on a machine with them).
import {expect, test} from "vitest";
import * as Plot from "../../src/vendor/plot.js";
import {MARGIN_BOTTOM_WITH_TITLE, plot} from "../../src/ui/plot.js";

/** The title's baseline, px above the chart's bottom edge: the y of its text's translation and its group's. */
function titleRoom(chart: Element): number {
  const text = chart.querySelector('[aria-label="x-axis label"] text');
  expect(text?.textContent).toMatch(/Share %/);
  const translateY = (element: Element) => Number(/translate\([^,]+,([^)]+)\)/.exec(element.getAttribute("transform") ?? "")?.[1] ?? 0);
  return Number(chart.getAttribute("height")) - translateY(text!) - translateY(text!.parentElement!);
}

// Plot shifts its marks half a pixel for crisp edges: 6 px of room measure 5.5 (Plot's own 3 measured 2.5).
const ROOM = 5.5;

const marks = [Plot.barX([1, 2, 3], {x: (d: number) => d, y: (d: number) => String(d)})];

test("a bottom axis's title sits 6 px above the chart's bottom edge, its own line under the ticks", () => {
  const chart = plot({width: 400, height: 200, x: {label: "Share % →"}, marks});
  expect(Number(chart.getAttribute("height"))).toBe(200 + MARGIN_BOTTOM_WITH_TITLE - 30);
  expect(titleRoom(chart)).toBe(ROOM);
});

test("with a wider margin of its own the title still sits 6 px above the edge; a chart's own labelOffset is kept", () => {
  expect(titleRoom(plot({width: 400, height: 200, marginBottom: 60, x: {label: "Share %"}, marks}))).toBe(ROOM);
  expect(titleRoom(plot({width: 400, height: 200, x: {label: "Share %", labelOffset: 42}, marks}))).toBe(MARGIN_BOTTOM_WITH_TITLE - 42 - 0.5);
});
