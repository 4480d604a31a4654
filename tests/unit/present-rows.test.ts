// A long table continues over slides by rows (splitRows in src/lib/deck.ts): the arithmetic, from
// the body rows' measured extents to the parts, one a slide.
import {expect, test} from "vitest";
import {splitRows, type Extent} from "../../src/lib/deck.js";

/** Rows of the given heights, one under the other, from `top`. */
function rowsOf(heights: number[], top = 0): Extent[] {
  const rows: Extent[] = [];
  for (const height of heights) {
    rows.push({top, bottom: top + height});
    top += height;
  }
  return rows;
}

/** A part's height: the block less its rows, plus the part's rows. */
function partHeight(rows: Extent[], height: number, start: number, end: number): number {
  return height - (rows[rows.length - 1].bottom - rows[0].top) + rows[end - 1].bottom - rows[start].top;
}

test("a long table's rows are split into balanced parts that each fit a slide at full size, the rest of the block on every part", () => {
  // A caption and header of 60 above 9 rows of 40, a source line of 40 below: 460 tall, 300 to fill.
  const rows = rowsOf(Array(9).fill(40), 60);
  const parts = splitRows(rows, 460, 300)!;
  // Greedy would give 4 + 4 + 1; balanced gives 3 + 3 + 3.
  expect(parts).toEqual([
    {start: 0, end: 3, scale: 1},
    {start: 3, end: 6, scale: 1},
    {start: 6, end: 9, scale: 1}
  ]);
  for (const {start, end} of parts) expect(partHeight(rows, 460, start, end)).toBeLessThanOrEqual(300);

  // Every row on exactly one part, in order, for many tables.
  for (let n = 2; n < 60; n += 3) {
    const heights = Array.from({length: n}, (_, i) => 20 + ((i * 37) % 50));
    const many = rowsOf(heights, 50);
    const height = many[n - 1].bottom + 30;
    const split = splitRows(many, height, 544);
    if (height <= 544) {
      expect(split).toBeNull();
      continue;
    }
    expect(split![0].start).toBe(0);
    expect(split!.at(-1)!.end).toBe(n);
    split!.forEach((part, i) => {
      if (i) expect(part.start).toBe(split![i - 1].end);
      expect(part.scale).toBe(1);
      expect(partHeight(many, height, part.start, part.end)).toBeLessThanOrEqual(544);
    });
  }
});

test("a row too tall for a slide on its own is a part of its own, scaled; the others stay at full size", () => {
  const rows = rowsOf([40, 400, 40, 40], 40);
  const parts = splitRows(rows, 40 + 520 + 20, 300)!;
  expect(parts.map(({start, end}) => [start, end])).toEqual([[0, 1], [1, 2], [2, 4]]);
  expect(parts[0].scale).toBe(1);
  expect(parts[1].scale).toBeCloseTo(300 / (60 + 400), 5);
  expect(parts[2].scale).toBe(1);
});

test("no split when the block fits, has one row, or leaves less than a third of the slide for rows", () => {
  expect(splitRows(rowsOf([40, 40, 40], 20), 160, 300)).toBeNull();
  expect(splitRows(rowsOf([600], 20), 640, 300)).toBeNull();
  // 250 of caption, header and notes on a 300 slide: 50 for rows, parts of a row or two each; scaled whole instead.
  expect(splitRows(rowsOf(Array(10).fill(40), 200), 650, 300)).toBeNull();
  // A third of the slide for rows is enough.
  expect(splitRows(rowsOf(Array(10).fill(40), 100), 600, 300)).not.toBeNull();
});

test("under an opening, the first part takes the rows that fit below it and the rest are balanced; the opening's height counts on that part only", () => {
  // An opening of 150 above a block of a 60 caption, 6 rows of 60 and a 40 source line (460): 610 on a 300 slide.
  const rows = rowsOf(Array(6).fill(60), 150 + 60);
  const parts = splitRows(rows, 150 + 460, 300, 150)!;
  // Below the opening: 300 − 150 − 100 of caption and source = 50 − 2 → no row fits; the opening stays alone instead.
  expect(parts).toBeNull();

  const shorter = splitRows(rows, 80 + 460, 300, 80)!;
  // 300 − 80 − 100 = 120 − 2 of room: one row under the opening; then 200 − 2 each: 3 rows and the last 2.
  expect(shorter.map(({start, end}) => [start, end])).toEqual([[0, 1], [1, 4], [4, 6]]);
  expect(shorter.every((part) => part.scale === 1)).toBe(true);
  // Without the opening the same block splits into balanced parts of its own, the opening's height on none.
  expect(splitRows(rowsOf(Array(6).fill(60), 60), 460, 300)!.map(({start, end}) => [start, end])).toEqual([[0, 3], [3, 6]]);
});
