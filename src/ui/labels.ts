// The one label-placement rule of the site's charts: a label sits beside its point, inside the
// plot frame, never on a tick, a mark or another label; one that cannot fit is dropped (its
// point keeps its hover card), the most important placed first. Pure: boxes in, boxes out.
import {measureText} from "./text.js";

export type Box = {left: number; top: number; right: number; bottom: number};
/** A point that wants a label; a higher `priority` is placed first. */
export type LabelCandidate<T> = {x: number; y: number; text: string; priority: number; datum: T};
export type PlacedLabel<T> = LabelCandidate<T> & {
  labelX: number;
  labelY: number;
  textAnchor: "start" | "end";
  box: Box;
};

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, frame: Box) =>
  a.left >= frame.left && a.right <= frame.right && a.top >= frame.top && a.bottom <= frame.bottom;

/**
 * Places each candidate's label to the right of its point, else to its left; `gap` px from the
 * point (its radius and some air); `obstacles` are boxes no label may cover (dots, ticks, titles).
 */
export function placeLabels<T>(
  candidates: LabelCandidate<T>[],
  {
    frame,
    obstacles = [],
    fontSize,
    gap = 8,
    family = "system-ui, sans-serif"
  }: {frame: Box; obstacles?: Box[]; fontSize: number; gap?: number; family?: string}
): PlacedLabel<T>[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel<T>[] = [];
  const height = fontSize * 1.25;
  for (const candidate of [...candidates].sort((a, b) => b.priority - a.priority)) {
    const width = measureText(candidate.text, fontSize, false, family);
    for (const side of ["start", "end"] as const) {
      const left = side === "start" ? candidate.x + gap : candidate.x - gap - width;
      const box = {left, right: left + width, top: candidate.y - height / 2, bottom: candidate.y + height / 2};
      if (!inside(box, frame) || taken.some((other) => overlaps(box, other))) continue;
      taken.push(box);
      placed.push({
        ...candidate,
        labelX: side === "start" ? box.left : box.right,
        labelY: candidate.y,
        textAnchor: side,
        box
      });
      break;
    }
  }
  return placed;
}

/** The box a dot of radius `r` at (x, y) covers. */
export function dotBox(x: number, y: number, r: number): Box {
  return {left: x - r, right: x + r, top: y - r, bottom: y + r};
}
