import {describe, expect, test} from "vitest";
import {dotBox, placeLabels} from "../../src/ui/labels.js";

const frame = {left: 0, top: 0, right: 300, bottom: 100};

describe("the label-placement rule", () => {
  test("a label goes right of its point, or left when the right is out of the frame", () => {
    const placed = placeLabels(
      [
        {x: 10, y: 50, text: "left", priority: 1, datum: "a"},
        {x: 295, y: 20, text: "right edge", priority: 1, datum: "b"}
      ],
      {frame, fontSize: 12}
    );
    expect(placed.map((p) => [p.datum, p.textAnchor])).toEqual([
      ["a", "start"],
      ["b", "end"]
    ]);
    for (const p of placed) expect(p.box.left >= 0 && p.box.right <= 300).toBe(true);
  });

  test("a label that would cover another label or a dot is dropped, the most important kept", () => {
    const placed = placeLabels(
      [
        {x: 100, y: 50, text: "minor event", priority: 1, datum: "minor"},
        {x: 100, y: 52, text: "major event", priority: 5, datum: "major"}
      ],
      {frame: {left: 90, top: 0, right: 300, bottom: 100}, fontSize: 12}
    );
    expect(placed.map((p) => p.datum)).toEqual(["major"]);
    const blocked = placeLabels([{x: 100, y: 50, text: "blocked", priority: 1, datum: "x"}], {
      frame: {left: 90, top: 0, right: 300, bottom: 100},
      fontSize: 12,
      obstacles: [dotBox(130, 50, 6)]
    });
    expect(blocked).toEqual([]);
  });
});
