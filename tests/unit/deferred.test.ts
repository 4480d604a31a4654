// @vitest-environment jsdom
// Figures drawn later than their page (src/ui/deferred.ts): after the first paint or when seen,
// but at once when the page prints or presents, so nothing is missing from paper or a slide.
import {afterEach, expect, test, vi} from "vitest";
import {PRESENT_EVENT} from "../../src/lib/present-event.js";
import {afterFirstPaint, whenSeenOrPrinted} from "../../src/ui/deferred.js";

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
