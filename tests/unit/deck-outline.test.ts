// The decks' outline the build hands to present mode (src/build/deck-outline.ts): the report's pages
// in the sidebar's order, and every page's sections with the slide keys the speaker notes use and
// their headings in each language, read from the same markdown.
import {expect, test} from "vitest";
import {builtChapters} from "../../src/build/chapters.js";
import {deckOutline} from "../../src/build/deck-outline.js";
import {pageSlides} from "../../src/build/speaker-notes.js";
import {COMMITTEE_DECK} from "../../src/lib/deck.js";

const outline = deckOutline();

test("the report deck is the cover then every chapter page, in the report's order", () => {
  expect(outline.report[0]).toBe("/");
  expect(outline.report.slice(1)).toEqual(builtChapters().flatMap((chapter) => chapter.pages.map((page) => page.path)));
  expect(outline.report).not.toContain("/committee");
});

test("every page's sections are its slides' keys, each titled in both languages", () => {
  const slides = pageSlides();
  expect(outline.pages.length).toBe(slides.length);
  for (const page of outline.pages) {
    expect(page.sections.map((s) => s.key), page.page).toEqual(slides.find((p) => p.page === page.page)!.slides.map((s) => s.key));
    expect(page.zh && page.en, page.page).toBeTruthy();
    for (const section of page.sections) expect(section.zh && section.en, `${page.page} ${section.key}`).toBeTruthy();
  }
  const quadrant = outline.pages.find((page) => page.page === "/quadrant")!;
  expect(quadrant).toMatchObject({zh: "智力与价格", en: "Intelligence vs price"});
  expect(quadrant.sections[0]).toEqual({key: "title", zh: "智力与价格", en: "Intelligence vs price"});
  expect(quadrant.sections).toContainEqual({key: "the-attractive-quadrant", zh: "强吸引力象限", en: "The attractive quadrant"});
  // An h2 written as HTML with its words in twin spans (the cover's) is read as well.
  expect(outline.pages[0].sections).toContainEqual({key: "key-takeaways", zh: "核心观点", en: "Key takeaways"});
});

test("every section of the committee deck is in the outline", () => {
  for (const entry of COMMITTEE_DECK) {
    const page = outline.pages.find((p) => p.page === entry.page);
    expect(page?.sections.map((s) => s.key), `${entry.page} ${entry.section}`).toContain(entry.section);
  }
});
