// The site's one label-placement rule (src/ui/labels.ts), used by the quadrant's charts and the
// cross-vendor timeline: inside the frame, on no dot, reserved box or other label, most important
// first, else left off.
import {describe, expect, test} from "vitest";
import {boxesOverlap, dotBox, placeLabels} from "../../src/ui/labels.js";

const bounds = {x0: 0, y0: 0, x1: 300, y1: 100};
const request = (id: string, x: number, y: number, width = 60) => ({id, x, y, text: id, width, height: 14});

describe("the label-placement rule", () => {
  test("a label goes right of its point, or left when the right is out of the frame", () => {
    const placed = placeLabels([request("a", 10, 50), request("b", 295, 20)], {obstacles: [], bounds, radius: 6, directions: ["right", "left"]});
    expect(placed.map((p) => [p.id, p.anchor])).toEqual([
      ["a", "start"],
      ["b", "end"]
    ]);
    for (const p of placed) expect(p.box.x0 >= 0 && p.box.x1 <= 300).toBe(true);
  });

  test("a label that would cover another label, a dot or a reserved box is dropped; the first asked for is kept", () => {
    const narrow = {...bounds, x0: 90};
    const placed = placeLabels([request("major", 100, 52), request("minor", 100, 50)], {obstacles: [], bounds: narrow, radius: 6, directions: ["right", "left"]});
    expect(placed.map((p) => p.id)).toEqual(["major"]);
    expect(placeLabels([request("x", 100, 50)], {obstacles: [{x: 130, y: 50, r: 6}], bounds: narrow, radius: 6, directions: ["right", "left"]})).toEqual([]);
    expect(placeLabels([request("x", 100, 50)], {obstacles: [], reserved: [dotBox(130, 50, 6)], bounds: narrow, radius: 6, directions: ["right", "left"]})).toEqual([]);
  });

  test("above or below, a label slides sideways into the frame rather than being dropped", () => {
    const [placed] = placeLabels([request("long name", 20, 50, 80)], {obstacles: [], bounds, radius: 6, directions: ["top"]});
    expect(placed.box.x0).toBeGreaterThanOrEqual(0);
    expect(placed.anchor).toBe("middle");
  });

  test("a label keeps clear of a line to avoid where it can, but stays beside its point rather than move out", () => {
    const line = {x0: 119, y0: 0, x1: 121, y1: 100}; // a vertical line 12 px right of the point
    const [clear] = placeLabels([request("a", 108, 50)], {obstacles: [], bounds, radius: 6, avoid: [line]});
    expect(clear.anchor).toBe("end"); // left of its point: the right would cross the line
    expect(boxesOverlap(clear.box, line, 2)).toBe(false);
    // Without the line the same label goes right, the first position tried.
    expect(placeLabels([request("a", 108, 50)], {obstacles: [], bounds, radius: 6})[0].anchor).toBe("start");
    // Hemmed in (the left out of the frame, above and below taken by dots), it crosses the line
    // beside its point rather than take a clear position further out.
    const hemmed = placeLabels([request("b", 8, 50)], {
      obstacles: [{x: 8, y: 38, r: 6}, {x: 8, y: 62, r: 6}],
      bounds,
      radius: 6,
      avoid: [{x0: 19, y0: 0, x1: 21, y1: 100}]
    });
    expect(hemmed.map((p) => [p.anchor, p.box.x0])).toEqual([["start", 16]]);
  });

  test("no two placed labels overlap, and none leaves the frame", () => {
    const requests = Array.from({length: 40}, (_, i) => request(`m${i}`, 20 + ((i * 37) % 260), 10 + ((i * 23) % 80), 50));
    const placed = placeLabels(requests, {obstacles: requests.map((r) => ({x: r.x, y: r.y, r: 5})), bounds, radius: 6});
    expect(placed.length).toBeGreaterThan(3);
    for (const [i, a] of placed.entries()) {
      expect(a.box.x0 >= 0 && a.box.x1 <= 300 && a.box.y0 >= 0 && a.box.y1 <= 100).toBe(true);
      for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box)).toBe(false);
    }
  });

  test("among 2,000 dots of every size, across and beyond the frame, no placed label covers one (checked against every dot)", () => {
    // A seeded generator: the same dots on every run.
    let seed = 20251203;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const wide = {x0: 40, y0: 10, x1: 1180, y1: 560};
    const dots = Array.from({length: 2000}, () => ({x: -20 + next() * 1240, y: -20 + next() * 620, r: 1 + next() * 9}));
    const requests = dots.slice(0, 300).map((d, i) => ({...request(`m${i}`, d.x, d.y, 30 + next() * 120), height: 12 + next() * 6}));
    const placed = placeLabels(requests, {obstacles: dots, bounds: wide, radius: 7});
    expect(placed.length).toBeGreaterThan(10);
    for (const {box} of placed) {
      for (const {x, y, r} of dots) {
        const nx = Math.max(box.x0, Math.min(x, box.x1));
        const ny = Math.max(box.y0, Math.min(y, box.y1));
        expect((nx - x) ** 2 + (ny - y) ** 2).toBeGreaterThanOrEqual(r * r);
      }
    }
  });
});
