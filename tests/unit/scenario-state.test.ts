// @vitest-environment jsdom
// The page's own URL handling for a query it did not write (a back/forward step, a scenario):
// every watcher hears the new value, and a hostile one falls back with a text-only notice.
import {expect, test} from "vitest";
import {minIntelligenceParam} from "../../src/lib/quadrant-params.js";
import {applySearch, flushUrl, watchParam, type Param} from "../../src/site/state.js";

test("applySearch tells every watcher the query's values; a bad value gives the default and a notice, as text", async () => {
  const heard: number[] = [];
  const stop = watchParam(minIntelligenceParam, (value) => heard.push(value));
  history.replaceState(null, "", "/quadrant?minIq=70");
  applySearch(location.search, [minIntelligenceParam as Param<unknown>]);
  const hostile = '<img src=x onerror="window.__pwned=1">';
  applySearch(`?minIq=${encodeURIComponent(hostile)}&lang=en`, [minIntelligenceParam as Param<unknown>]);
  flushUrl();
  expect(heard).toEqual([55, 70, 55]);
  expect(new URLSearchParams(location.search).get("lang")).toBe("en"); // the URL follows the query
  const notice = document.getElementById("deck-notices")!;
  expect(notice.textContent).toContain("minIq");
  expect(notice.querySelector("img")).toBeNull();
  expect((window as unknown as {__pwned?: number}).__pwned).toBeUndefined();
  stop();
});
