import {expect, test} from "vitest";
import {
  COMMITTEE_DECK,
  deckAction,
  deckNeighbourPage,
  deckOverview,
  deckPageList,
  deckPagePosition,
  deckParam,
  deckSections,
  balanceBlocks,
  fitScale,
  notesFor,
  packBlocks,
  pagePath,
  pagePositionText,
  partKey,
  positionText,
  presentParam,
  sectionOf,
  slideIndex,
  slideParam,
  slugify,
  stageScale,
  stepSlide,
  type DeckOutline
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
  for (const bad of ["0", "-1", "2.5", "<b>", "99999", "", "__proto__", "Quadrant", "a b", "key#1", "key#0", "#2", "-x", "x--y", "x".repeat(161)]) {
    expect(readParam(slideParam, `?slide=${encodeURIComponent(bad)}`), bad).toMatchObject({value: 1, notice: {param: "slide"}});
  }
  expect(readParam(deckParam, "?deck=committee").value).toBe("committee");
  expect(readParam(deckParam, "?deck=__proto__")).toMatchObject({value: "report", notice: {param: "deck"}});
  expect(slideIndex(3, ["a", "b", "c", "d", "e"])).toBe(2);
  expect(slideIndex(9, ["a", "b", "c", "d", "e"])).toBeNull();
  expect(slideIndex("last", ["a", "b", "c", "d", "e"])).toBe(4);
  expect(slideIndex(1, [])).toBeNull();
});

test("a link names a slide by its key as well as by its number or `last`: another page's section, before that page is laid out", () => {
  expect(readParam(slideParam, "?slide=the-attractive-quadrant").value).toEqual({key: "the-attractive-quadrant"});
  expect(readParam(slideParam, "?slide=the-attractive-quadrant%232").value).toEqual({key: "the-attractive-quadrant#2"});
  expect(readParam(slideParam, "?slide=12-the-reports-12-sectors").value).toEqual({key: "12-the-reports-12-sectors"});
  expect(readParam(slideParam, "?slide=title").value).toEqual({key: "title"});
  // Old links keep working: numbers and `last` are read as before, and written back as before.
  expect(readParam(slideParam, "?slide=3").value).toBe(3);
  expect(readParam(slideParam, "?slide=last").value).toBe("last");
  expect(slideParam.format({key: "the-attractive-quadrant#2"})).toBe("the-attractive-quadrant#2");
  expect(slideParam.format(3)).toBe("3");
  expect(slideParam.equals({key: "title"}, {key: "title"})).toBe(true);
  expect(slideParam.equals({key: "title"}, 1)).toBe(false);
  const keys = ["title", "the-attractive-quadrant", "the-attractive-quadrant#2", "about-the-data"];
  expect(slideIndex({key: "the-attractive-quadrant"}, keys)).toBe(1);
  expect(slideIndex({key: "the-attractive-quadrant#2"}, keys)).toBe(2);
  // A continuation the page no longer has (packed differently on this screen) opens its section.
  expect(slideIndex({key: "the-attractive-quadrant#5"}, keys)).toBe(1);
  // A key the page does not have (mistyped, hostile, or a section the deck leaves out): no slide, so slide 1 with a notice.
  expect(slideIndex({key: "constructor"}, keys)).toBeNull();
  expect(slideIndex({key: "1e3"}, keys)).toBeNull();
});

test("the deck's outline: its pages in order, this page's place in it, and the sections the overview lists", () => {
  const section = (key: string) => ({key, zh: `中${key}`, en: `en ${key}`});
  const outline: DeckOutline = {
    report: ["/", "/agi", "/quadrant", "/investment", "/watchlist", "/risks"],
    pages: ["/", "/agi", "/quadrant", "/investment", "/watchlist", "/risks", "/committee"].map((page) => ({
      page,
      zh: `页${page}`,
      en: `page ${page}`,
      sections: ["title", "key-takeaways", "names-we-suggest-following", "investment-logic", "the-attractive-quadrant", "about-the-data", "the-committees-conviction-scratchpad", "disclaimer"].map(section)
    }))
  };
  expect(deckPageList("report", outline)).toEqual(outline.report);
  expect(deckPageList("committee", outline)).toEqual(["/", "/investment", "/quadrant", "/watchlist", "/risks"]);
  expect(deckPagePosition("report", "/quadrant", outline)).toEqual({page: 3, pages: 6});
  expect(deckPagePosition("committee", "/quadrant", outline)).toEqual({page: 3, pages: 5});
  expect(deckPagePosition("committee", "/agi", outline)).toBeNull();
  expect(deckPagePosition("report", "/committee", outline)).toBeNull();
  const report = deckOverview("report", outline);
  expect(report.map((page) => page.page)).toEqual(outline.report);
  expect(report[0].sections).toHaveLength(8);
  const committee = deckOverview("committee", outline);
  expect(committee.map((page) => page.page)).toEqual(["/", "/investment", "/quadrant", "/watchlist", "/risks"]);
  // The committee deck's sections of a page, in the deck's order (investment logic before the names).
  expect(committee[1].sections.map((s) => s.key)).toEqual(["investment-logic", "names-we-suggest-following"]);
  expect(committee[2].sections.map((s) => s.key)).toEqual(["title", "the-attractive-quadrant"]);
  expect(positionText(3, 7, {page: 4, pages: 14}, "en")).toBe("3 / 7 · page 4 of 14");
  expect(positionText(3, 7, {page: 4, pages: 14}, "zh")).toBe("3 / 7 · 第 4 / 14 页");
  expect(positionText(3, 7, null, "en")).toBe("3 / 7");
  expect(pagePositionText({page: 1, pages: 5}, "en")).toBe("page 1 of 5");
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
