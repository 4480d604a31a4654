// The one label-placement rule of the site's charts: a label sits beside its point, inside the
// plot frame, never on a dot, a tick, a title or another label; one that cannot fit is dropped
// (its point keeps its hover card and its table row), the most important placed first.
//
// Each label tries the positions around its point in turn (right, left, above, below, the
// diagonals; then a step further out; above or below may slide sideways) and takes the first
// that stays inside `bounds` and touches no obstacle (dots as circles, anything else as a box in
// `reserved`) and no label already placed. Marks a label may cross but had better not (a chart's
// dividing lines, in `avoid`) only reorder the positions at the same distance: one clear of them
// is taken first, but a label stays beside its point rather than move further out to miss a line.
// Greedy in the caller's order (most important first), with a grid index so thousands of dots
// stay cheap. Pure: boxes in, boxes out; text is measured by the caller (ui/text.ts).

/** A box in the chart's pixels: left x0, top y0, right x1, bottom y1. */
export type Box = {x0: number; y0: number; x1: number; y1: number};
export type LabelRequest = {id: string; x: number; y: number; text: string; width: number; height: number; bold?: boolean};
export type PlacedLabel = {
  id: string;
  /** The text's anchor point (with dy 0.35em the text is centred on y). */
  x: number;
  y: number;
  text: string;
  anchor: "start" | "middle" | "end";
  bold: boolean;
  box: Box;
};
/** A dot no label may cover. */
export type Obstacle = {x: number; y: number; r: number};

const CELL = 32;

class Grid<T> {
  private cells = new Map<number, T[]>();
  private key(cx: number, cy: number) {
    return cx * 65536 + cy;
  }
  add(box: Box, item: T) {
    for (let cx = Math.floor(box.x0 / CELL); cx <= Math.floor(box.x1 / CELL); ++cx) {
      for (let cy = Math.floor(box.y0 / CELL); cy <= Math.floor(box.y1 / CELL); ++cy) {
        const k = this.key(cx, cy);
        const cell = this.cells.get(k);
        if (cell) cell.push(item);
        else this.cells.set(k, [item]);
      }
    }
  }
  near(box: Box, visit: (item: T) => boolean): boolean {
    for (let cx = Math.floor(box.x0 / CELL); cx <= Math.floor(box.x1 / CELL); ++cx) {
      for (let cy = Math.floor(box.y0 / CELL); cy <= Math.floor(box.y1 / CELL); ++cy) {
        const cell = this.cells.get(this.key(cx, cy));
        if (cell) for (const item of cell) if (visit(item)) return true;
      }
    }
    return false;
  }
}

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

function boxHitsCircle(box: Box, {x, y, r}: Obstacle): boolean {
  const cx = Math.max(box.x0, Math.min(x, box.x1));
  const cy = Math.max(box.y0, Math.min(y, box.y1));
  return (cx - x) ** 2 + (cy - y) ** 2 < r * r;
}

/** The box a dot of radius `r` at (x, y) covers. */
export function dotBox(x: number, y: number, r: number): Box {
  return {x0: x - r, y0: y - r, x1: x + r, y1: y + r};
}

type Candidate = {box: Box; x: number; y: number; anchor: PlacedLabel["anchor"]};

export type Direction = "right" | "left" | "top-right" | "bottom-right" | "top" | "bottom" | "top-left" | "bottom-left";
const ALL_DIRECTIONS: Direction[] = ["right", "left", "top-right", "bottom-right", "top", "bottom", "top-left", "bottom-left"];

function candidate(direction: Direction, {x, y, width: w, height: h}: LabelRequest, r: number): Candidate {
  const d = r * 0.7;
  const right = x + r + 2;
  const left = x - r - 2;
  switch (direction) {
    case "right":
      return {box: {x0: right, y0: y - h / 2, x1: right + w, y1: y + h / 2}, x: right, y, anchor: "start"};
    case "left":
      return {box: {x0: left - w, y0: y - h / 2, x1: left, y1: y + h / 2}, x: left, y, anchor: "end"};
    case "top-right":
      return {box: {x0: x + d, y0: y - d - h, x1: x + d + w, y1: y - d}, x: x + d, y: y - d - h / 2, anchor: "start"};
    case "bottom-right":
      return {box: {x0: x + d, y0: y + d, x1: x + d + w, y1: y + d + h}, x: x + d, y: y + d + h / 2, anchor: "start"};
    case "top":
      return {box: {x0: x - w / 2, y0: y - r - 2 - h, x1: x + w / 2, y1: y - r - 2}, x, y: y - r - 2 - h / 2, anchor: "middle"};
    case "bottom":
      return {box: {x0: x - w / 2, y0: y + r + 2, x1: x + w / 2, y1: y + r + 2 + h}, x, y: y + r + 2 + h / 2, anchor: "middle"};
    case "top-left":
      return {box: {x0: x - d - w, y0: y - d - h, x1: x - d, y1: y - d}, x: x - d, y: y - d - h / 2, anchor: "end"};
    case "bottom-left":
      return {box: {x0: x - d - w, y0: y + d, x1: x - d, y1: y + d + h}, x: x - d, y: y + d + h / 2, anchor: "end"};
  }
}

/**
 * A label above or below its dot may also slide sideways (a third of its width, or as far as the
 * frame needs): on a narrow chart a long name then still fits over its dot rather than being dropped.
 */
function slid(c: Candidate, direction: Direction, width: number, bounds: Box): Candidate[] {
  if (direction !== "top" && direction !== "bottom") return [c];
  const shift = (dx: number): Candidate => ({box: {...c.box, x0: c.box.x0 + dx, x1: c.box.x1 + dx}, x: c.x + dx, y: c.y, anchor: c.anchor});
  const intoFrame = Math.max(bounds.x0 - c.box.x0, Math.min(0, bounds.x1 - c.box.x1));
  return [c, ...[intoFrame, width / 3, -width / 3].filter((dx) => dx !== 0).map(shift)];
}

/**
 * Places the labels of `requests`, in their order (most important first), at the first free
 * position around each point; leaves off a label with none. `radius` is the distance from the
 * point to the label's near edge (less 2 px); `steps` are how much further out it may go.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  {
    obstacles,
    bounds,
    radius,
    limit = Infinity,
    directions = ALL_DIRECTIONS,
    steps = [0, 7, 14],
    reserved = [],
    avoid = []
  }: {
    obstacles: readonly Obstacle[];
    bounds: Box;
    radius: number;
    limit?: number;
    directions?: readonly Direction[];
    steps?: readonly number[];
    /** Boxes already taken: a title drawn on the plot, tick labels, marks that are not dots. */
    reserved?: readonly Box[];
    /** Boxes a label should keep 2 px clear of where it can at the same distance from its point: lines drawn across the plot. */
    avoid?: readonly Box[];
  }
): PlacedLabel[] {
  const dots = new Grid<Obstacle>();
  for (const o of obstacles) dots.add({x0: o.x - o.r, y0: o.y - o.r, x1: o.x + o.r, y1: o.y + o.r}, o);
  const labels = new Grid<Box>();
  for (const box of reserved) labels.add(box, box);
  const placed: PlacedLabel[] = [];
  const fits = (box: Box) =>
    box.x0 >= bounds.x0 &&
    box.x1 <= bounds.x1 &&
    box.y0 >= bounds.y0 &&
    box.y1 <= bounds.y1 &&
    !labels.near(box, (other) => boxesOverlap(box, other, 2)) &&
    !dots.near(box, (o) => boxHitsCircle(box, o));
  // First right beside the dot, then a little further out (still reads as its label). The positions
  // are tried one at a time, in that order, so a label that fits at once costs one test (a chart of
  // 2,000 dots places its labels on every redraw).
  const crossesAvoided = (box: Box) => avoid.some((other) => boxesOverlap(box, other, 2));
  const firstFit = (request: LabelRequest): Candidate | undefined => {
    for (const step of steps) {
      let crossing: Candidate | undefined;
      for (const d of directions) {
        for (const c of slid(candidate(d, request, radius + step), d, request.width, bounds)) {
          if (!fits(c.box)) continue;
          if (!crossesAvoided(c.box)) return c;
          crossing ??= c;
        }
      }
      if (crossing) return crossing;
    }
    return undefined;
  };
  for (const request of requests) {
    if (placed.length >= limit) break;
    const c = firstFit(request);
    if (!c) continue;
    labels.add(c.box, c.box);
    placed.push({id: request.id, x: c.x, y: c.y, text: request.text, anchor: c.anchor, bold: request.bold ?? false, box: c.box});
  }
  return placed;
}
