import {expect, test} from "vitest";
import {currentSlide, presentParam, stepSlide} from "../../src/site/present.js";
import {readParam} from "../../src/lib/params.js";

test("the slide at the top is the last one whose top has reached the reading line", () => {
  expect(currentSlide([0, 500, 1200], 10)).toBe(0);
  expect(currentSlide([-600, -100, 700], 10)).toBe(1);
  expect(currentSlide([-1200, -700, 10], 10)).toBe(2);
});

test("stepping stops at either end, where the page hands over to the next or previous page", () => {
  expect(stepSlide(3, 0, 1)).toBe(1);
  expect(stepSlide(3, 2, 1)).toBeNull();
  expect(stepSlide(3, 0, -1)).toBeNull();
});

test("?present=1 turns present mode on; anything else falls back to reading mode with a notice", () => {
  expect(readParam(presentParam, "?present=1").value).toBe(true);
  expect(readParam(presentParam, "?present=yes")).toMatchObject({value: false, notice: {param: "present"}});
});
