// @vitest-environment jsdom
// Figures drawn later than their page (src/ui/deferred.ts): after the first paint or when seen,
// but at once when the page prints or presents, so nothing is missing from paper or a slide.
import {afterEach, expect, test, vi} from "vitest";
import {PRESENT_EVENT} from "../../src/lib/present-event.js";
import {afterFirstPaint, seenOnceThenOwnInputs, whenSeenOrPrinted} from "../../src/ui/deferred.js";

/** Whether the promise has settled once pending callbacks have had their turn. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

afterEach(() => {
  document.documentElement.className = "";
  vi.unstubAllGlobals();
});

test("afterFirstPaint waits for the next frame, then a task after it", async () => {
  let frame: FrameRequestCallback | undefined;
  vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => ((frame = callback), 1));
  const painted = afterFirstPaint();
  expect(await settled(painted)).toBe(false); // no frame yet
  frame!(0);
  expect(await settled(painted)).toBe(true);
});

test("afterFirstPaint resolves at once when the page presents or prints", async () => {
  vi.stubGlobal("requestAnimationFrame", () => 1); // a frame that never comes
  document.documentElement.classList.add("deck-present");
  expect(await settled(afterFirstPaint())).toBe(true);
  document.documentElement.classList.remove("deck-present");
  const printed = afterFirstPaint();
  expect(await settled(printed)).toBe(false);
  dispatchEvent(new Event("beforeprint"));
  expect(await settled(printed)).toBe(true);
  const presented = afterFirstPaint();
  dispatchEvent(new Event(PRESENT_EVENT));
  expect(await settled(presented)).toBe(true);
});

test("whenSeenOrPrinted resolves when seen, or before print, whichever is first", async () => {
  let seen: () => void = () => {};
  const visibility = () => new Promise<void>((resolve) => (seen = resolve));
  const never = new Promise<void>(() => {});
  const waiting = whenSeenOrPrinted(visibility, never);
  expect(await settled(waiting)).toBe(false);
  seen();
  expect(await settled(waiting)).toBe(true);
  const printed = whenSeenOrPrinted(() => new Promise(() => {}), never);
  dispatchEvent(new Event("beforeprint"));
  expect(await settled(printed)).toBe(true);
});

test("seenOnceThenOwnInputs: the first draw waits to be seen; a redraw from the same view does not; a new view waits again", async () => {
  const never = new Promise<void>(() => {});
  let calls = 0;
  let seen: () => void = () => {};
  const visibility = () => {
    calls++;
    return new Promise<void>((resolve) => (seen = resolve));
  };
  const ready = seenOnceThenOwnInputs();
  const view = {models: 28};
  const first = ready(view, visibility, never);
  expect(await settled(first)).toBe(false); // not drawn before it is seen
  seen();
  expect(await settled(first)).toBe(true);
  // Its own slider moved: the view it is drawn from is the same, so no wait and no observer.
  expect(await settled(ready(view, visibility, never))).toBe(true);
  expect(calls).toBe(1);
  // The chart's inputs moved: a new view, which waits to be seen, as the other companions do.
  const changed = ready({models: 28}, visibility, never);
  expect(await settled(changed)).toBe(false);
  expect(calls).toBe(2);
  seen();
  expect(await settled(changed)).toBe(true);
});

test("seenOnceThenOwnInputs does not count a draw that never happened: a first wait cut short waits again", async () => {
  const never = new Promise<void>(() => {});
  let calls = 0;
  const ready = seenOnceThenOwnInputs();
  const view = {};
  const first = ready(view, () => (calls++, new Promise(() => {})), never); // invalidated before it was seen
  expect(await settled(first)).toBe(false);
  expect(await settled(ready(view, () => (calls++, new Promise(() => {})), never))).toBe(false);
  expect(calls).toBe(2);
});
