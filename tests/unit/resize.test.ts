// @vitest-environment jsdom
// resizeNow (src/ui/resize.ts): a chart drawn as its cell runs, at the column's width, then
// redrawn only when its own box turns out to be another width (a slide's rail, a window resize).
import {afterEach, expect, test, vi} from "vitest";
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {gridCellWidth, resizeNow} from "../../src/ui/resize.js";

type Callback = (entries: {contentRect: {width: number}}[]) => void;
let observers: {callback: Callback; observed: Element[]; disconnected: boolean}[] = [];

function stubResizeObserver(): void {
  observers = [];
  vi.stubGlobal(
    "ResizeObserver",
    class {
      private state: {callback: Callback; observed: Element[]; disconnected: boolean};
      constructor(callback: Callback) {
        this.state = {callback, observed: [], disconnected: false};
        observers.push(this.state);
      }
      observe(element: Element) {
        this.state.observed.push(element);
      }
      disconnect() {
        this.state.disconnected = true;
      }
    }
  );
}
const boxIs = (width: number) => observers[0].callback([{contentRect: {width}}]);

afterEach(() => vi.unstubAllGlobals());

function chart(width: number): Element {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("width", String(width));
  return svg;
}

test("draws at once at the column's width, before any layout", () => {
  stubResizeObserver();
  const render = vi.fn(chart);
  const box = resizeNow(render, 640);
  expect(render).toHaveBeenCalledTimes(1);
  expect(box.querySelector("svg")?.getAttribute("width")).toBe("640");
  expect(observers[0].observed).toEqual([box]);
});

test("does not draw again when its box is the width it was drawn at", () => {
  stubResizeObserver();
  const render = vi.fn(chart);
  const box = resizeNow(render, 640);
  boxIs(640);
  expect(render).toHaveBeenCalledTimes(1);
  expect(box.children).toHaveLength(1);
});

test("redraws, replacing the chart, when its box is narrower or wider than the column", () => {
  stubResizeObserver();
  const render = vi.fn(chart);
  const box = resizeNow(render, 640);
  boxIs(420); // a slide's rail
  expect(render).toHaveBeenLastCalledWith(420);
  expect(box.children).toHaveLength(1);
  expect(box.querySelector("svg")?.getAttribute("width")).toBe("420");
  boxIs(420);
  expect(render).toHaveBeenCalledTimes(2);
});

test("waits for its box when the column's width is not known, and draws nothing in a box of no width", () => {
  stubResizeObserver();
  const render = vi.fn(chart);
  const box = resizeNow(render, 0);
  expect(render).not.toHaveBeenCalled();
  boxIs(0);
  expect(render).not.toHaveBeenCalled();
  boxIs(300);
  expect(box.querySelector("svg")?.getAttribute("width")).toBe("300");
  boxIs(0); // hidden
  expect(box.children).toHaveLength(0);
});

test("stops following its box once the cell is invalidated", async () => {
  stubResizeObserver();
  let invalidate!: () => void;
  resizeNow(chart, 640, new Promise<void>((resolve) => (invalidate = resolve)));
  expect(observers[0].disconnected).toBe(false);
  invalidate();
  await Promise.resolve();
  expect(observers[0].disconnected).toBe(true);
});

// gridCellWidth repeats two numbers of Framework's grid.css; a Framework upgrade that changes
// either fails here rather than costing a chart a redraw on every visit.
test("a grid cell's width follows Framework's grid: two tracks 1rem apart from 640px, one below", () => {
  const framework = dirname(createRequire(import.meta.url).resolve("@observablehq/framework/package.json"));
  const css = readFileSync(join(framework, "dist/style/grid.css"), "utf8").replace(/\s+/g, " ");
  expect(css).toMatch(/\.grid \{[^}]*gap: 1rem;/);
  expect(css).toMatch(/@container \(min-width: 640px\) \{ \.grid-cols-2, \.grid-cols-4 \{ grid-template-columns: repeat\(2, minmax\(0, 1fr\)\); \}/);
  expect(gridCellWidth(704)).toBe(344); // 1280×800: the column 704px, a cell 344px
  expect(gridCellWidth(1104)).toBe(544); // 1920×1080
  expect(gridCellWidth(640)).toBe(312);
  expect(gridCellWidth(639.5)).toBe(639.5); // one track: the cell is the column
  expect(gridCellWidth(326)).toBe(326);
});
