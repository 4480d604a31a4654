// A section's heading never stands alone on a slide (deck.ts keepHeadingsWithNext): it joins the
// next slide, or takes that slide's first block to be fitted below it.
import {expect, test} from "vitest";
import {balanceBlocks, keepHeadingsWithNext, type Extent} from "../../src/lib/deck.js";

/** Blocks of the given heights, stacked with no gap from 0. */
function stack(heights: number[]): Extent[] {
  let top = 0;
  return heights.map((height) => {
    const extent = {top, bottom: top + height};
    top += height;
    return extent;
  });
}

test("a heading whose one block is too tall for a slide shares that block's slide instead of a slide of its own", () => {
  const blocks = stack([40, 700]);
  const packed = balanceBlocks(blocks, 500);
  expect(packed).toEqual([[0], [1]]); // what the packing alone does: the heading alone
  expect(keepHeadingsWithNext(packed, blocks, (i) => i === 0, 500)).toEqual([[0, 1]]);
});

test("a heading joins the whole next slide when both fit together", () => {
  const blocks = stack([40, 200, 200]);
  expect(keepHeadingsWithNext([[0], [1, 2]], blocks, (i) => i === 0, 500)).toEqual([[0, 1, 2]]);
});

test("when heading and the next slide do not fit together, the heading takes the next slide's first block only", () => {
  const blocks = stack([40, 300, 300]);
  expect(keepHeadingsWithNext([[0], [1, 2]], blocks, (i) => i === 0, 500)).toEqual([[0, 1], [2]]);
});

test("slides that do not start with a lone heading, and a heading that ends the section, are left as they are", () => {
  const blocks = stack([40, 200, 300, 40]);
  const heading = (i: number) => i === 0 || i === 3;
  expect(keepHeadingsWithNext([[0, 1], [2], [3]], blocks, heading, 500)).toEqual([[0, 1], [2], [3]]);
  expect(keepHeadingsWithNext([], blocks, heading, 500)).toEqual([]);
});

test("several headings in a row all go with the first block that follows them", () => {
  const blocks = stack([40, 30, 700, 100]);
  expect(keepHeadingsWithNext([[0], [1], [2], [3]], blocks, (i) => i < 2, 500)).toEqual([[0, 1, 2], [3]]);
});
