// Decks, pure: how a page's blocks pack into 16:9 slides, which key does what while presenting,
// the slide and deck link parameters, and the decks themselves (lists of page + slide keys,
// assembled from the report's own sections, never copies). The browser side is src/site/present.ts.
import type {Lang} from "./lang.js";
import {defineParam, oneOf} from "./params.js";

/** The stage's logical size in stage px: a 1920×1080 slide, whatever the window. */
export const STAGE = {width: 1920, height: 1080} as const;
/**
 * How much larger than reading size a slide's content is drawn: the page is laid out at
 * STAGE / CONTENT_ZOOM (1067×600 CSS px, a reading column) and scaled up, so Plot's 10 px
 * labels are 18 stage px and every chart, table and control keeps its proportions.
 */
export const CONTENT_ZOOM = 1.8;

/** A block's vertical extent in the page's flow (CSS px, any common origin). */
export type Extent = {top: number; bottom: number};

/**
 * Packs a section's consecutive blocks into slides, greedily: a slide takes blocks while the
 * span from its first block's top to the last one's bottom fits `capacity`. A block taller
 * than `capacity` gets a slide of its own (to be scaled down). Returns the indices per slide.
 */
export function packBlocks(blocks: Extent[], capacity: number): number[][] {
  const slides: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (current.length && blocks[i].bottom - blocks[current[0]].top > capacity) {
      slides.push(current);
      current = [];
    }
    current.push(i);
  }
  if (current.length) slides.push(current);
  return slides;
}

/**
 * Packs like packBlocks into as few slides, but evens them out: the smallest slide height that
 * needs no more slides than `capacity` does, so a long section does not end on a lone line.
 */
export function balanceBlocks(blocks: Extent[], capacity: number): number[][] {
  const count = packBlocks(blocks, capacity).length;
  if (count <= 1) return packBlocks(blocks, capacity);
  let low = 0;
  let high = capacity;
  for (let i = 0; i < 24 && high - low > 0.5; i++) {
    const middle = (low + high) / 2;
    if (packBlocks(blocks, middle).length <= count) high = middle;
    else low = middle;
  }
  return packBlocks(blocks, high);
}

/**
 * Keeps a section's heading with what follows it: a slide of headings alone (left so because the
 * next block is too tall to share a slide) joins the next slide when both fit together; else it
 * takes the next slide's first block, which is then fitted (scaled, or continued by rows) below
 * the heading. `slides` are packBlocks' or balanceBlocks' groups of indices into `blocks`.
 */
export function keepHeadingsWithNext(
  slides: number[][],
  blocks: Extent[],
  isHeading: (index: number) => boolean,
  capacity: number
): number[][] {
  const span = (indices: number[]) => blocks[indices[indices.length - 1]].bottom - blocks[indices[0]].top;
  const kept: number[][] = [];
  const queue = slides.map((slide) => [...slide]);
  while (queue.length) {
    const slide = queue.shift()!;
    const next = queue[0];
    if (!next || !slide.every(isHeading)) {
      kept.push(slide);
      continue;
    }
    if (span([...slide, ...next]) <= capacity || next.length === 1) {
      queue[0] = [...slide, ...next];
      continue;
    }
    kept.push([...slide, next[0]]);
    queue[0] = next.slice(1);
  }
  return kept;
}

/** At most this share of a slide is an opening (a heading and the text under it) that takes the block after it onto its slide. */
export const OPENING_SHARE = 0.5;
/**
 * A block brought up under an opening is scaled to the room left only if it keeps at least this
 * share of its size, and only under an opening of at most SCALED_OPENING_SHARE of a slide (a
 * heading and a line or two): under a paragraph, a scaled figure reads worse than a slide of its own.
 */
export const MIN_SHARED_SCALE = 0.7;
export const SCALED_OPENING_SHARE = 1 / 3;

/**
 * Keeps a section's opening with what it introduces: a slide that is only a heading and the short
 * text or controls under it (`isLead`: no figure, table or cards; at most OPENING_SHARE of a slide),
 * left so because the next block is too tall to share the slide, takes that block when `canShare`
 * says it can be fitted in the room left (scaled a little, or its first rows there and the rest
 * continued). Otherwise the slide stays as it is: a figure scaled to half its size to sit under its
 * introduction reads worse than the introduction alone. Run after keepHeadingsWithNext.
 */
export function keepOpeningsWithNext(
  slides: number[][],
  blocks: Extent[],
  isHeading: (index: number) => boolean,
  isLead: (index: number) => boolean,
  capacity: number,
  canShare: (index: number, room: number) => boolean
): number[][] {
  const queue = slides.map((slide) => [...slide]);
  const kept: number[][] = [];
  while (queue.length) {
    const slide = queue.shift()!;
    const next = queue[0];
    const opening = isHeading(slide[0]) && !slide.every(isHeading) && slide.every(isLead);
    const span = blocks[slide[slide.length - 1]].bottom - blocks[slide[0]].top;
    if (next && opening && span <= capacity * OPENING_SHARE) {
      const body = next[0];
      const room = capacity - (blocks[body].top - blocks[slide[0]].top);
      if (canShare(body, room)) {
        kept.push([...slide, body]);
        if (next.length > 1) queue[0] = next.slice(1);
        else queue.shift();
        continue;
      }
    }
    kept.push(slide);
  }
  return kept;
}

/** A part of a table continued over slides: its body rows `start` to `end` (exclusive), and its slide's scale (1 unless one row alone is too tall). */
export type RowPart = {start: number; end: number; scale: number};

/**
 * Continues a block that is mostly one table's body rows over slides, by rows, at full size: `rows`
 * are the body rows' extents, `height` the whole block's. What is not body rows (caption, header,
 * footer, source line) repeats on every part, so the rows get `capacity` less that; they are packed
 * balanced, as balanceBlocks packs blocks. A part whose one row is too tall for the slide is scaled.
 * Null when the block fits, when it would make one part, or when the room for rows is less than a
 * third of `capacity` (many slides of a few rows each: the block is better scaled whole).
 * `firstOnly` (part of `height`) is what only the first part shows, above the block: an opening
 * (keepOpeningsWithNext); that part takes the rows that fit under it, and the rest are balanced.
 */
export function splitRows(rows: Extent[], height: number, capacity: number, firstOnly = 0): RowPart[] | null {
  if (rows.length < 2 || height <= capacity) return null;
  const fixed = height - (rows[rows.length - 1].bottom - rows[0].top) - firstOnly;
  const room = capacity - fixed;
  if (room < capacity / 3) return null;
  // A pixel or two to spare: a part is laid out anew and its edges round.
  let groups: number[][];
  if (firstOnly > 0) {
    // The first part shares its slide with the opening above it: the rows that fit there, the rest balanced after.
    let count = 0;
    while (count < rows.length && rows[count].bottom - rows[0].top <= room - firstOnly - 2) count++;
    if (count === 0 || count === rows.length) return null;
    const rest = balanceBlocks(rows.slice(count), room - 2).map((group) => group.map((i) => i + count));
    groups = [[...Array(count).keys()], ...rest];
  } else {
    groups = balanceBlocks(rows, room - 2);
  }
  if (groups.length < 2) return null;
  return groups.map((group, part) => {
    const start = group[0];
    const end = group[group.length - 1] + 1;
    return {start, end, scale: fitScale(fixed + (part === 0 ? firstOnly : 0) + rows[end - 1].bottom - rows[start].top, capacity)};
  });
}

/** The scale that fits a block of `height` into `capacity` (1 when it fits already). */
export function fitScale(height: number, capacity: number): number {
  return height > capacity ? capacity / height : 1;
}

/** The window's scale for the stage: letterboxed or pillarboxed, never cropped. */
export function stageScale(windowWidth: number, windowHeight: number): number {
  return Math.min(windowWidth / STAGE.width, windowHeight / STAGE.height);
}

/** A heading's text as a key: lowercase ASCII words joined by "-", as Framework makes a markdown heading's id. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The key of the `part`-th slide (0-based) of a section: the first has the section's key, the rest `key#2`, `key#3`… */
export function partKey(sectionKey: string, part: number): string {
  return part === 0 ? sectionKey : `${sectionKey}#${part + 1}`;
}

/** The section a slide key belongs to (`quadrant#2` → `quadrant`). */
export function sectionOf(slideKey: string): string {
  return slideKey.replace(/#\d+$/, "");
}

// --- Keys ---------------------------------------------------------------------------------

export type DeckAction =
  | {kind: "next" | "previous" | "first" | "last" | "overview" | "fullscreen" | "presenter" | "escape" | "jump"}
  | {kind: "digit"; digit: number};

const ACTIONS: Record<string, DeckAction["kind"]> = {
  ArrowRight: "next",
  ArrowDown: "next",
  PageDown: "next",
  " ": "next",
  ArrowLeft: "previous",
  ArrowUp: "previous",
  PageUp: "previous",
  Home: "first",
  End: "last",
  o: "overview",
  O: "overview",
  f: "fullscreen",
  F: "fullscreen",
  s: "presenter",
  S: "presenter",
  Escape: "escape",
  Enter: "jump"
};

/** What a key does while presenting, or null when it is not the deck's. */
export function deckAction(key: string): DeckAction | null {
  if (/^[0-9]$/.test(key)) return {kind: "digit", digit: Number(key)};
  const kind = ACTIONS[key];
  return kind ? ({kind} as DeckAction) : null;
}

/** Keys a clicker sends: they move slides whatever has focus. */
export const ALWAYS_SLIDE_KEYS = new Set(["PageUp", "PageDown", " "]);
/** Keys a control reached with Tab keeps for itself (a slider's arrows); otherwise they move slides. */
export const ARROW_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"]);

/** The slide after `current` in a deck of `count`, or null past either end (the next or previous page takes over). */
export function stepSlide(count: number, current: number, direction: 1 | -1): number | null {
  const next = current + direction;
  return next < 0 || next >= count ? null : next;
}

// --- Link parameters ------------------------------------------------------------------------

export const presentParam = defineParam("present", (raw) => (raw === "1" ? true : raw === "0" ? false : undefined), false, {
  format: (on) => (on ? "1" : "0")
});

/**
 * A slide named in a link: its number on the page (1-based), `last` (what going back from a page's
 * first slide asks of the previous page), or a slide's key (`the-attractive-quadrant`,
 * `the-attractive-quadrant#2`), which names a section of another page before that page is laid out.
 */
export type SlideRef = number | "last" | {key: string};

/** A slide's key as a link may give it: a heading's id as Framework makes it (lowercase ASCII words and digits joined by "-", at least one letter), then `#2`, `#3`… for a continuation. */
const SLIDE_KEY = /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*(?:#[2-9]|#[1-9]\d)?$/;

/** Reads a link's slide: a number (1–999), `last`, or a slide's key (at most 160 characters); anything else is not a slide. */
export function parseSlideRef(raw: string): SlideRef | undefined {
  if (raw === "last") return "last";
  if (/^[1-9]\d{0,2}$/.test(raw)) return Number(raw);
  return raw.length <= 160 && SLIDE_KEY.test(raw) ? {key: raw} : undefined;
}

/** A slide reference as a link writes it. */
export function formatSlideRef(ref: SlideRef): string {
  return typeof ref === "object" ? ref.key : String(ref);
}

/** The slide in the link; a page checks that it has it (slideIndex). */
export const slideParam = defineParam<SlideRef>("slide", parseSlideRef, 1, {format: formatSlideRef});

export const DECK_NAMES = ["report", "committee"] as const;
export type DeckName = (typeof DECK_NAMES)[number];
export const deckParam = defineParam<DeckName>("deck", oneOf(DECK_NAMES), "report");

/**
 * The 0-based slide to show for a link's slide, given the keys of the page's slides in order, or null
 * when the page has no such slide (the first slide is shown, with a notice). A key finds its slide, or
 * for a continuation the page no longer has (`key#3` after a repacking), its section's first slide.
 */
export function slideIndex(ref: SlideRef, keys: readonly string[]): number | null {
  if (keys.length === 0) return null;
  if (ref === "last") return keys.length - 1;
  if (typeof ref === "number") return ref >= 1 && ref <= keys.length ? ref - 1 : null;
  const exact = keys.indexOf(ref.key);
  if (exact >= 0) return exact;
  const section = keys.indexOf(sectionOf(ref.key));
  return section >= 0 ? section : null;
}

// --- Decks ----------------------------------------------------------------------------------

/** A slide of a deck: a page and a section key (its continuation slides come with it). */
export type DeckEntry = {page: string; section: string; zh: string; en: string};

/**
 * The investment committee's deck: cover, thesis, the quadrant, the watchlist scratchpad,
 * risks and disclaimer. Sections are the report's own (`title` is what precedes a page's first `##`).
 */
export const COMMITTEE_DECK: DeckEntry[] = [
  {page: "/", section: "title", zh: "封面：评级与数据日期", en: "Cover: rating and data date"},
  {page: "/", section: "key-takeaways", zh: "核心观点", en: "Key takeaways"},
  {page: "/investment", section: "investment-logic", zh: "投资逻辑", en: "Investment logic"},
  {page: "/investment", section: "names-we-suggest-following", zh: "建议关注的标的", en: "Names we suggest following"},
  {page: "/quadrant", section: "title", zh: "智力与价格：强吸引力象限", en: "Intelligence vs price: the attractive quadrant"},
  {page: "/quadrant", section: "the-attractive-quadrant", zh: "强吸引力象限（可交互）", en: "The attractive quadrant, live"},
  {page: "/watchlist", section: "the-committees-conviction-scratchpad", zh: "委员会信念草稿", en: "The committee's conviction scratchpad"},
  {page: "/risks", section: "title", zh: "风险提示", en: "Risk warning"},
  {page: "/risks", section: "disclaimer", zh: "免责声明", en: "Disclaimer"}
];

export const DECKS: Record<Exclude<DeckName, "report">, DeckEntry[]> = {committee: COMMITTEE_DECK};

/** The page path as decks name it: `/quadrant.html` and `/quadrant` are `/quadrant`, `/index.html` is `/`. */
export function pagePath(pathname: string): string {
  const last = pathname.replace(/\.html$/, "").split("/").pop();
  return last && last !== "index" ? `/${last}` : "/";
}

/** The sections of `page` a deck shows, or null when the deck shows every section (the whole report). */
export function deckSections(deck: DeckName, page: string): Set<string> | null {
  if (deck === "report") return null;
  return new Set(DECKS[deck].filter((entry) => entry.page === page).map((entry) => entry.section));
}

/** The deck's page after (or before) `page`, or null at its end; for the report, the pager decides. */
export function deckNeighbourPage(deck: DeckName, page: string, direction: 1 | -1): string | null {
  if (deck === "report") return null;
  const pages = [...new Set(DECKS[deck].map((entry) => entry.page))];
  const index = pages.indexOf(page);
  const next = index < 0 ? (direction === 1 ? 0 : -1) : index + direction;
  return next >= 0 && next < pages.length ? pages[next] : null;
}

/** The deck's first page. */
export function deckFirstPage(deck: DeckName): string {
  return deck === "report" ? "/" : DECKS[deck][0].page;
}

// --- The deck's outline: its pages and their sections, for the overview and the counter --------

/** A section of a page as the build reads it from the page's markdown: its slide key and its heading in each language. */
export type OutlineSection = {key: string; zh: string; en: string};
/** A page: its path, its title in each language, its sections in order (`title` first). */
export type OutlinePage = {page: string; zh: string; en: string; sections: OutlineSection[]};
/** What the build knows of the slides before any page is laid out (src/data/deck_sections.json.ts): the report's pages in order, and every page's sections. */
export type DeckOutline = {report: string[]; pages: OutlinePage[]};

/** The pages of a deck in its order: the report's (the cover, then the chapters), or the committee deck's. */
export function deckPageList(deck: DeckName, outline: DeckOutline): string[] {
  return deck === "report" ? outline.report : [...new Set(DECKS[deck].map((entry) => entry.page))];
}

/** Where `page` is in the deck (1-based) and how many pages the deck has, or null when the deck does not hold the page. */
export function deckPagePosition(deck: DeckName, page: string, outline: DeckOutline): {page: number; pages: number} | null {
  const pages = deckPageList(deck, outline);
  const index = pages.indexOf(page);
  return index < 0 ? null : {page: index + 1, pages: pages.length};
}

/**
 * The deck as the overview lists it: each page in the deck's order with its title and the sections
 * the deck shows of it (the report: all; the committee deck: its entries, in its order). A page the
 * outline does not know is left out.
 */
export function deckOverview(deck: DeckName, outline: DeckOutline): OutlinePage[] {
  const byPath = new Map(outline.pages.map((page) => [page.page, page]));
  return deckPageList(deck, outline).flatMap((path) => {
    const page = byPath.get(path);
    if (!page) return [];
    const kept = deckSections(deck, path);
    if (!kept) return [page];
    const order = [...kept];
    const sections = page.sections.filter((section) => kept.has(section.key)).sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
    return [{...page, sections}];
  });
}

/** The counter's words for a slide's place: "3 / 7 · page 4 of 14" ("3 / 7 · 第 4 / 14 页"); the page part only when the deck holds the page. */
export function positionText(slide: number, slides: number, where: {page: number; pages: number} | null, lang: Lang): string {
  const count = `${slide} / ${slides}`;
  return where ? `${count} · ${pagePositionText(where, lang)}` : count;
}

/** The page's place in the deck, in the reader's language: "page 4 of 14", "第 4 / 14 页". */
export function pagePositionText(where: {page: number; pages: number}, lang: Lang): string {
  return lang === "zh" ? `第 ${where.page} / ${where.pages} 页` : `page ${where.page} of ${where.pages}`;
}

// --- Speaker notes --------------------------------------------------------------------------

/** A row of data/speaker_notes.csv (as the loader emits it). */
export type SpeakerNote = {page: string; slide: string; zh: string; en: string; source?: string};

/** The notes for a slide: its own key first, else its section's (continuation slides share them). */
export function notesFor(notes: SpeakerNote[], page: string, slideKey: string): SpeakerNote | undefined {
  const onPage = notes.filter((note) => note.page === page);
  return onPage.find((note) => note.slide === slideKey) ?? onPage.find((note) => note.slide === sectionOf(slideKey));
}
