// A section's heading never stands alone on a slide (deck.ts keepHeadingsWithNext): it joins the
// next slide, or takes that slide's first block to be fitted below it.
import {expect, test} from "vitest";
import {balanceBlocks, keepHeadingsWithNext, keepOpeningsWithNext, type Extent} from "../../src/lib/deck.js";

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

test("an opening (a heading and a line of text) takes the block after it when that block can be fitted below it", () => {
  const blocks = stack([40, 60, 520, 100]);
  const heading = (i: number) => i === 0;
  const lead = (i: number) => i <= 1;
  const packed = keepHeadingsWithNext(balanceBlocks(blocks, 500), blocks, heading, 500);
  expect(packed).toEqual([[0, 1], [2], [3]]); // the opening alone: the figure is too tall to share its slide at full size
  const rooms: number[] = [];
  const share = (i: number, room: number) => (rooms.push(room), i === 2);
  expect(keepOpeningsWithNext(packed, blocks, heading, lead, 500, share)).toEqual([[0, 1, 2], [3]]);
  expect(rooms).toEqual([500 - 100]); // the room below the opening, asked of the block that follows it
  // A block that cannot be fitted there (scaled too far): the slides stay as they are.
  expect(keepOpeningsWithNext(packed, blocks, heading, lead, 500, () => false)).toEqual(packed);
});

test("only an opening takes the next block: not a slide holding a figure, one that is over half a slide, nor one without a heading first", () => {
  const blocks = stack([40, 60, 520]);
  const always = () => true;
  // The second block is a figure, not text: no opening.
  expect(keepOpeningsWithNext([[0, 1], [2]], blocks, (i) => i === 0, (i) => i === 0, 500, always)).toEqual([[0, 1], [2]]);
  // No heading first (a section's later slide of text).
  expect(keepOpeningsWithNext([[0, 1], [2]], blocks, () => false, (i) => i <= 1, 500, always)).toEqual([[0, 1], [2]]);
  // Text over half a slide under its heading: a slide of its own, as packed.
  const tall = stack([40, 240, 520]);
  expect(keepOpeningsWithNext([[0, 1], [2]], tall, (i) => i === 0, (i) => i <= 1, 500, always)).toEqual([[0, 1], [2]]);
  // The last slide has nothing after it to take.
  expect(keepOpeningsWithNext([[0, 1]], blocks, (i) => i === 0, (i) => i <= 1, 500, always)).toEqual([[0, 1]]);
});
