import {expect, test} from "vitest";
import {
  COMMITTEE_DECK,
  deckAction,
  deckNeighbourPage,
  deckParam,
  deckSections,
  balanceBlocks,
  fitScale,
  notesFor,
  packBlocks,
  pagePath,
  partKey,
  presentParam,
  sectionOf,
  slideIndex,
  slideParam,
  slugify,
  stageScale,
  stepSlide
} from "../../src/lib/deck.js";
import {readParam} from "../../src/lib/params.js";

test("a section's blocks pack greedily into slides by measured height; a block taller than a slide stands alone", () => {
  const blocks = [
    {top: 0, bottom: 100},
    {top: 120, bottom: 400},
    {top: 420, bottom: 560},
    {top: 580, bottom: 1800},
    {top: 1820, bottom: 1900}
  ];
  expect(packBlocks(blocks, 500)).toEqual([[0, 1], [2], [3], [4]]);
  expect(packBlocks([], 500)).toEqual([]);
  expect(fitScale(1000, 500)).toBe(0.5);
  expect(fitScale(400, 500)).toBe(1);
});

test("a long section is spread evenly over the fewest slides, not left with a lone block at the end", () => {
  const blocks = [0, 1, 2, 3, 4].map((i) => ({top: i * 100, bottom: i * 100 + 90}));
  expect(packBlocks(blocks, 400)).toEqual([[0, 1, 2, 3], [4]]);
  expect(balanceBlocks(blocks, 400)).toEqual([[0, 1, 2], [3, 4]]);
  expect(balanceBlocks(blocks, 1000)).toEqual([[0, 1, 2, 3, 4]]);
  expect(balanceBlocks([{top: 0, bottom: 900}, {top: 910, bottom: 950}], 500)).toEqual([[0], [1]]);
});

test("the stage is letterboxed at 1280×800 and full at 1920×1080", () => {
  expect(stageScale(1920, 1080)).toBe(1);
  expect(stageScale(1280, 800)).toBeCloseTo(1280 / 1920);
});

test("keys: a clicker's and a keyboard's, digits then Enter to jump", () => {
  for (const key of ["ArrowRight", "ArrowDown", " ", "PageDown"]) expect(deckAction(key), key).toEqual({kind: "next"});
  for (const key of ["ArrowLeft", "ArrowUp", "PageUp"]) expect(deckAction(key), key).toEqual({kind: "previous"});
  expect(deckAction("Home")).toEqual({kind: "first"});
  expect(deckAction("End")).toEqual({kind: "last"});
  expect(deckAction("7")).toEqual({kind: "digit", digit: 7});
  expect(deckAction("Enter")).toEqual({kind: "jump"});
  expect(deckAction("o")).toEqual({kind: "overview"});
  expect(deckAction("f")).toEqual({kind: "fullscreen"});
  expect(deckAction("s")).toEqual({kind: "presenter"});
  expect(deckAction("Escape")).toEqual({kind: "escape"});
  expect(deckAction("x")).toBeNull();
});

test("stepping stops at either end, where the page hands over to the next or previous page", () => {
  expect(stepSlide(3, 0, 1)).toBe(1);
  expect(stepSlide(3, 2, 1)).toBeNull();
  expect(stepSlide(3, 0, -1)).toBeNull();
});

test("link parameters: present, slide and deck reject hostile values", () => {
  expect(readParam(presentParam, "?present=1").value).toBe(true);
  expect(readParam(presentParam, "?present=yes")).toMatchObject({value: false, notice: {param: "present"}});
  expect(readParam(slideParam, "?slide=4").value).toBe(4);
  expect(readParam(slideParam, "?slide=last").value).toBe("last");
  for (const bad of ["0", "-1", "1e3", "2.5", "<b>", "constructor", "99999", ""]) {
    expect(readParam(slideParam, `?slide=${encodeURIComponent(bad)}`), bad).toMatchObject({value: 1, notice: {param: "slide"}});
  }
  expect(readParam(deckParam, "?deck=committee").value).toBe("committee");
  expect(readParam(deckParam, "?deck=__proto__")).toMatchObject({value: "report", notice: {param: "deck"}});
  expect(slideIndex(3, 5)).toBe(2);
  expect(slideIndex(9, 5)).toBeNull();
  expect(slideIndex("last", 5)).toBe(4);
});

test("slide keys: headings slugged as Framework does, continuation slides share their section's key", () => {
  expect(slugify("The committee’s conviction scratchpad")).toBe("the-committees-conviction-scratchpad");
  expect(slugify("核心观点")).toBe("");
  expect(partKey("quadrant", 0)).toBe("quadrant");
  expect(partKey("quadrant", 1)).toBe("quadrant#2");
  expect(sectionOf("quadrant#2")).toBe("quadrant");
});

test("the committee deck runs across pages in order, from the cover to the disclaimer", () => {
  expect(COMMITTEE_DECK.length).toBeGreaterThan(0);
  expect(COMMITTEE_DECK[0]).toMatchObject({page: "/", section: "title"});
  expect(COMMITTEE_DECK.at(-1)).toMatchObject({page: "/risks", section: "disclaimer"});
  expect(deckSections("report", "/quadrant")).toBeNull();
  expect([...deckSections("committee", "/quadrant")!]).toEqual(["title", "the-attractive-quadrant"]);
  expect(deckNeighbourPage("committee", "/", 1)).toBe("/investment");
  expect(deckNeighbourPage("committee", "/risks", 1)).toBeNull();
  expect(deckNeighbourPage("committee", "/", -1)).toBeNull();
  expect(pagePath("/quadrant.html")).toBe("/quadrant");
  expect(pagePath("/sub/index.html")).toBe("/");
  expect(pagePath("/")).toBe("/");
});

test("speaker notes: a continuation slide shows its section's notes", () => {
  const notes = [
    {page: "/quadrant", slide: "title", zh: "中", en: "Opening"},
    {page: "/quadrant", slide: "the-attractive-quadrant#2", zh: "二", en: "Second part"}
  ];
  expect(notesFor(notes, "/quadrant", "title#3")?.en).toBe("Opening");
  expect(notesFor(notes, "/quadrant", "the-attractive-quadrant#2")?.en).toBe("Second part");
  expect(notesFor(notes, "/", "title")).toBeUndefined();
});
