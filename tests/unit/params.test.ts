// The watchlist's and timeline's link parameters against hostile or odd values: each falls back
// to its default with a notice (prototype names, huge numbers, NaN, empty, unicode, markup).
import {describe, expect, test} from "vitest";
import {readParam, type Param} from "../../src/lib/params.js";
import {kindsParam, vendorsParam} from "../../src/lib/timeline-params.js";
import {convictionParam, overridesParam, sectorFilterParam, sinceParam} from "../../src/lib/watchlist-params.js";

const cases: [Param<unknown>, string][] = [
  [convictionParam as Param<unknown>, "__proto__"],
  [convictionParam as Param<unknown>, "NaN"],
  [convictionParam as Param<unknown>, "9".repeat(400)],
  [convictionParam as Param<unknown>, "３３３３３３３３３３３３"],
  [overridesParam as Param<unknown>, "__proto__:0"],
  [overridesParam as Param<unknown>, "MSFT:NaN"],
  [overridesParam as Param<unknown>, "MSFT:1e400"],
  [overridesParam as Param<unknown>, `MSFT:0,${"A:0,".repeat(200)}`],
  [overridesParam as Param<unknown>, "微软:0"],
  [sinceParam as Param<unknown>, ""],
  [sinceParam as Param<unknown>, "__proto__"],
  [sinceParam as Param<unknown>, "99999-01-01"],
  [sinceParam as Param<unknown>, "２０２５-０４-０１"],
  [sectorFilterParam as Param<unknown>, "__proto__"],
  [sectorFilterParam as Param<unknown>, ""],
  [vendorsParam as Param<unknown>, "__proto__"],
  [vendorsParam as Param<unknown>, "openai,constructor"],
  [kindsParam as Param<unknown>, "model,<img src=x>"],
  [kindsParam as Param<unknown>, "模型"]
];

describe("hostile link values fall back to the default with a notice", () => {
  test("there are cases to check", () => expect(cases.length).toBeGreaterThan(0));

  test.each(cases.map(([param, raw]) => [param.name, raw, param] as const))("%s = %j", (name, raw, param) => {
    const result = readParam(param, `?${name}=${encodeURIComponent(raw)}`);
    expect(result.value).toEqual(param.defaultValue);
    expect(result.notice?.param).toBe(name);
  });

  test("a hostile override leaves no trace on objects", () => {
    readParam(overridesParam, "?overrides=__proto__:0");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(readParam(overridesParam, "?overrides=MSFT:0").value)).toBe(Object.prototype);
  });
});
