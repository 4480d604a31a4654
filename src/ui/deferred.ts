// Figures drawn later than their page, so what the reader sees first is drawn (and painted)
// first: when the figure is seen (whenSeenOrPrinted), or once the page's first chart is painted
// (afterFirstPaint). Either resolves at once when the page prints or presents, which lay every
// figure out: nothing is missing from a slide or from paper.
import {PRESENT_EVENT} from "../lib/present-event.js";
import {presenting} from "./presenting.js";

/** Resolves when `started` does, or at once when the page is about to print or starts presenting. */
function orWhenNeeded(started: (done: () => void) => void, invalidation?: Promise<unknown>): Promise<void> {
  if (presenting()) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const needed = () => {
      removeEventListener("beforeprint", needed);
      removeEventListener(PRESENT_EVENT, needed);
      resolve();
    };
    addEventListener("beforeprint", needed, {once: true});
    addEventListener(PRESENT_EVENT, needed, {once: true});
    invalidation?.then(() => {
      removeEventListener("beforeprint", needed);
      removeEventListener(PRESENT_EVENT, needed);
    });
    started(needed);
  });
}

/**
 * Resolves once the cell is on screen (Framework's visibility()), the page is about to be printed,
 * or the page presents (every slide is laid out and packed at once, so every figure is needed;
 * a presenting link's page is presenting from its first paint), whichever is first: a figure that
 * waits to be seen is still drawn, and current, on paper and on slides.
 */
export function whenSeenOrPrinted(visibility: () => Promise<unknown>, invalidation: Promise<unknown>): Promise<void> {
  return orWhenNeeded((done) => void visibility().then(done, () => {}), invalidation);
}

/**
 * For a figure with inputs of its own beside it (the quadrant's projection and its sliders): its
 * first draw waits to be seen, as whenSeenOrPrinted's; after that, a redraw from the same `shared`
 * value (the page's view it is drawn from) means only its own inputs moved, and the reader moving
 * them is looking at it: it resolves at once, so the figure is redrawn in Framework's frame, not a
 * frame later from visibility()'s observer (a second layout and paint per move). A new `shared`
 * value (the chart's inputs moved) waits to be seen again, as the other companions do.
 */
export function seenOnceThenOwnInputs(): (shared: unknown, visibility: () => Promise<unknown>, invalidation: Promise<unknown>) => Promise<void> {
  let drawnFrom: unknown = undefined;
  let drawn = false;
  return (shared, visibility, invalidation) => {
    if (drawn && shared === drawnFrom) return Promise.resolve();
    return whenSeenOrPrinted(visibility, invalidation).then(() => {
      drawnFrom = shared;
      drawn = true;
    });
  };
}

/**
 * Resolves once the frame after this call has been painted (a task after the next animation
 * frame), or at once to print or present. A page's later charts wait on it, as a cell's value made
 * when its data has arrived: the page's first chart is drawn in that frame without them, and they
 * follow a frame later. Framework runs the cells that wait on one value last-defined first, so
 * without it a page's last chart was drawn before its first (/vendors' timeline before its
 * context-window chart), and every chart of the page before any was painted.
 */
export function afterFirstPaint(): Promise<void> {
  return orWhenNeeded((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}
