// Presenting: the same page, shown as 16:9 slides. In present mode #observablehq-main becomes
// the stage: laid out at STAGE / CONTENT_ZOOM (so Framework's `width` and every chart follow it),
// scaled to the window, one slide visible at a time. A `##` section is a slide (what precedes the
// first is the title slide); a section taller than the stage continues on further slides, packed
// from the blocks' measured heights (a block that is mostly a long table or a grid of cards, by
// its rows; a heading kept with what follows it); a page may mark an element `data-slide="stage"`
// to make it one slide of its own. Keys, overview, the slide in the link and decks across pages
// live here; the presenter window and its sync in ./presenter.ts. The deck's other pages (for the
// overview and the counter's "page n of N") come from the build's outline, data/deck_sections.json.
import {FileAttachment} from "observablehq:stdlib";
import {
  ALWAYS_SLIDE_KEYS,
  ARROW_KEYS,
  CONTENT_ZOOM,
  STAGE,
  deckAction,
  deckNeighbourPage,
  deckOverview,
  deckPagePosition,
  deckParam,
  deckSections,
  formatSlideRef,
  fitScale,
  balanceBlocks,
  keepHeadingsWithNext,
  keepOpeningsWithNext,
  MIN_SHARED_SCALE,
  SCALED_OPENING_SHARE,
  splitRows,
  pagePath,
  partKey,
  positionText,
  sectionOf,
  presentParam,
  slideIndex,
  slideParam,
  slugify,
  stageScale,
  stepSlide,
  type DeckOutline,
  type Extent,
  type OutlinePage,
  type RowPart,
  type SlideRef
} from "../lib/deck.js";
import {langParam} from "../lib/lang.js";
import {PRESENT_EVENT} from "../lib/present-event.js";
import {currentSearch, getParam, setParam, watchParam} from "./state.js";
import {CONTROL, isTyping} from "./keys.js";
import {installPresenter, isPresenterWindow, isPreviewWindow, openPresenter, presenterArea, announceSlide} from "./presenter.js";

export {presentParam, stepSlide} from "../lib/deck.js";

/** A continued block's part: its rows `start` to `end` (each row a table row, or a card grid's row of cards). */
export type SlideRows = {rows: HTMLElement[][]; start: number; end: number};
export type Slide = {key: string; section: string; title: string; blocks: HTMLElement[]; scale: number; rows?: SlideRows};

type Deck = {slides: Slide[]; current: number};
const deck: Deck = {slides: [], current: 0};
const listeners = new Set<(slides: Slide[], current: number) => void>();
let units: HTMLElement[] = [];
let recomputeScheduled = false;
let resizeObserver: ResizeObserver | undefined;
const unitSizes = new WeakMap<Element, [number, number]>();
let observed = new WeakSet<Element>();
let mutationObserver: MutationObserver | undefined;
let digits = "";
let wantedRef: SlideRef | null = null;
let settleTimer: ReturnType<typeof setTimeout> | undefined;
const LINK_SETTLE_MS = 600;
let notifyRemote = true;
let anchor = {key: "", index: 0};

function main(): HTMLElement | null {
  return document.getElementById("observablehq-main");
}

export function isPresenting(): boolean {
  return document.documentElement.classList.contains("deck-present");
}

/** The page's slides and the one shown (for the presenter window and tests). */
export function currentDeck(): Readonly<Deck> {
  return deck;
}

/** Calls `listener` whenever the slide or the slides change. */
export function watchSlides(listener: (slides: Slide[], current: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// --- Slides from the DOM ------------------------------------------------------------------

const SPLITTABLE = new Set(["DIV", "SECTION", "ARTICLE", "OL", "UL"]);

/** Whether a container's children should be slide blocks of their own rather than the container. */
function splittable(element: HTMLElement): boolean {
  // A grid of cards (data-deck-rows) is one block: scaled, or continued by its rows of cards (rowParts).
  if (!SPLITTABLE.has(element.tagName) || element.dataset.slide !== undefined || element.dataset.deckRows !== undefined) return false;
  // Parts that belong on one slide (inputs and the chart they drive) are marked data-deck-block.
  if (element.dataset.deckBlock !== undefined) return false;
  // A grid of figures marked data-deck-cells is one column on the stage (style.css): too tall, each cell is a block.
  if (element.dataset.deckCells !== undefined) return element.children.length > 1;
  if (/\b(grid|deck-figure|card)\b/.test(element.className) || element.querySelector(":scope > .deck-figure-tools")) return false;
  return element.children.length > 1 || (element.children.length === 1 && SPLITTABLE.has(element.children[0].tagName));
}

function isShown(element: HTMLElement): boolean {
  return getComputedStyle(element).display !== "none";
}

/** The page's slide blocks in order: main's children, opened up where a container holds a heading. */
function collectUnits(root: HTMLElement, split: Set<HTMLElement>): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const child of root.children) {
    if (!(child instanceof HTMLElement) || !isShown(child) || child.classList.contains(PRINT_CLONE)) continue;
    const opens = split.has(child) || (child.tagName !== "H2" && !child.dataset.slide && child.querySelector("h2, [data-slide]") !== null && splittable(child));
    if (opens) {
      child.classList.add("deck-opened");
      found.push(...collectUnits(child, split));
    } else found.push(child);
  }
  return found;
}

/** A stage slide (`data-slide="stage"`): one slide of its own, laid out as a chart and a rail, never split nor shared. */
function isStage(element: HTMLElement): boolean {
  return element.dataset.slide === "stage";
}

/** A heading block, which keepHeadingsWithNext keeps on the slide of what follows it. */
function isHeading(element: HTMLElement): boolean {
  return /^H[1-4]$/.test(element.tagName);
}

/** What makes a block more than an opening's text: a figure, a table, cards, an image, a stage slide. */
const NOT_LEAD = "figure, svg, table, img, canvas, video, [data-deck-rows], [data-slide]";

/** A block an opening is made of (keepOpeningsWithNext): a heading, or text and controls with no figure, table or cards. */
function isLead(element: HTMLElement): boolean {
  return isHeading(element) || (!element.matches(NOT_LEAD) && element.querySelector(NOT_LEAD) === null);
}

/**
 * Whether a block of `height` fits in the `room` an opening above it leaves on a slide: scaled to no
 * less than MIN_SHARED_SCALE under a short opening (not a chart), or continued by rows with at least
 * its first row there.
 */
function canShare(block: HTMLElement, height: number, room: number, capacity: number, extent: (element: HTMLElement) => Extent): boolean {
  if (isStage(block) || room <= 0) return false;
  const opening = capacity - room;
  // A chart is never scaled to share a slide: its labels are drawn at projector size (18 stage px) and would shrink below it.
  const chart = block.querySelector("svg text") !== null;
  if (!chart && opening <= capacity * SCALED_OPENING_SHARE && height * MIN_SHARED_SCALE <= room) return true;
  return rowParts(block, opening + height, capacity, extent, opening) !== null;
}

/** Whether a block starts a section: an h2, or a stage slide that holds one (or names its key). */
function startsSection(element: HTMLElement): boolean {
  if (element.tagName === "H2") return true;
  if (element.dataset.slide === undefined) return false;
  return !isStage(element) || !!element.dataset.slideKey || element.querySelector("h2") !== null;
}

function sectionKey(element: HTMLElement, ordinal: number): string {
  return element.dataset.slideKey || element.id || (element.tagName !== "H2" ? element.querySelector("h2")?.id : "") || slugify(element.querySelector('[lang="en"]')?.textContent ?? element.textContent ?? "") || `section-${ordinal}`;
}

function headingTitle(element: HTMLElement): string {
  const heading = element.matches("h1, h2") ? element : element.querySelector("h1, h2");
  // A heading with twin language spans: the one the reader sees.
  const twin = heading?.querySelector(`[lang="${document.documentElement.lang === "en" ? "en" : "zh-CN"}"]`);
  return ((twin ?? heading)?.textContent ?? element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 120);
}

/** The page's title in the reader's language: the document's title is "中文 · English | site". */
function pageTitle(): string {
  const [zh, en] = document.title.split(" | ")[0].split(" · ");
  return (document.documentElement.lang === "en" ? en ?? zh : zh).trim();
}

function clearLayout(list: HTMLElement[]): void {
  for (const unit of list) {
    for (const row of unit.querySelectorAll(".deck-row-off")) row.classList.remove("deck-row-off");
    unit.classList.remove("deck-off", "deck-first", "deck-print-first", "deck-print-skip");
    unit.style.removeProperty("--deck-print-fit");
    unit.style.removeProperty("--deck-w");
    unit.style.removeProperty("--deck-x");
    unit.style.removeProperty("--deck-fit");
  }
}

/** Measures the page at stage size and packs it into slides. */
function computeSlides(): Slide[] {
  const root = main();
  if (!root) return [];
  clearLayout(units);
  for (const opened of root.querySelectorAll(".deck-opened")) opened.classList.remove("deck-opened");
  const style = getComputedStyle(root);
  const capacity = root.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  const rootBox = root.getBoundingClientRect();
  const scale = rootBox.width / root.offsetWidth || 1;
  const extent = (unit: HTMLElement): Extent => {
    const box = unit.getBoundingClientRect();
    return {top: (box.top - rootBox.top) / scale, bottom: (box.bottom - rootBox.top) / scale};
  };
  // Tall containers (a long list, a cell of several parts) open up, so they continue over slides instead of shrinking.
  const split = new Set<HTMLElement>();
  let list = collectUnits(root, split);
  for (let pass = 0; pass < 3; pass++) {
    const tall = list.filter((unit) => splittable(unit) && extent(unit).bottom - extent(unit).top > capacity);
    if (!tall.length) break;
    tall.forEach((unit) => split.add(unit));
    list = collectUnits(root, split);
  }
  units = list;
  // A figure drawn taller to fill its slide (assignGrowth, below) is packed at its own height:
  // which blocks share a slide is decided as if nothing had grown, and growth only takes the room
  // left. (Otherwise a grown figure no longer fits beside its heading, and the packing swings.)
  let grownAbove = 0;
  const measured = new Map(
    list.map((unit) => {
      const box = extent(unit);
      const grown = grownBy(unit);
      const natural = {top: box.top - grownAbove, bottom: box.bottom - grownAbove - grown};
      grownAbove += grown;
      return [unit, natural];
    })
  );
  const sections: {key: string; title: string; blocks: HTMLElement[]}[] = [];
  let ordinal = 0;
  // Empty blocks (a cell that displays nothing) are no slide's: they stay hidden until they hold something.
  for (const unit of list.filter((unit) => measured.get(unit)!.bottom > measured.get(unit)!.top)) {
    const starts = startsSection(unit);
    if (starts || !sections.length) {
      const key = starts ? sectionKey(unit, ++ordinal) : "title";
      sections.push({key, title: starts ? headingTitle(unit) : pageTitle(), blocks: []});
    }
    sections[sections.length - 1].blocks.push(unit);
  }
  const lefts = new Map(list.map((unit) => [unit, (unit.getBoundingClientRect().left - rootBox.left) / scale]));
  const slides: Slide[] = [];
  for (const section of sections) {
    const extents = section.blocks.map((unit) => measured.get(unit)!);
    let part = 0;
    // A stage slide is a slide of its own; the blocks between stage slides pack as usual.
    for (const run of stageRuns(section.blocks)) {
      const runExtents = run.map((i) => extents[i]);
      const headingAt = (i: number) => isHeading(section.blocks[run[i]]);
      const groups = isStage(section.blocks[run[0]])
        ? [[0]]
        : keepOpeningsWithNext(
            keepHeadingsWithNext(balanceBlocks(runExtents, capacity), runExtents, headingAt, capacity),
            runExtents,
            headingAt,
            (i) => isLead(section.blocks[run[i]]),
            capacity,
            (i, room) => canShare(section.blocks[run[i]], runExtents[i].bottom - runExtents[i].top, room, capacity, extent)
          );
      for (const indices of groups) {
        const chosen = indices.map((i) => run[i]);
        const blocks = chosen.map((i) => section.blocks[i]);
        const height = extents[chosen[chosen.length - 1]].bottom - extents[chosen[0]].top;
        // Too tall, a slide is one block, or headings (keepHeadingsWithNext) or an opening (keepOpeningsWithNext)
        // and the one block below them: that block is what is scaled (or continued by rows), in the room they leave.
        const body = blocks[blocks.length - 1];
        const above = blocks.slice(0, -1);
        const lead = above.length > 0 && above.every(isLead);
        const bodyExtent = extents[chosen[chosen.length - 1]];
        // Headings repeat on each part of a block continued by rows; an opening's text is shown on the first part only.
        const firstOnly = lead && !above.every(isHeading) ? bodyExtent.top - extents[chosen[0]].top : 0;
        // A stage slide is laid out at the stage's height: less than a pixel over is rounding, not overflow.
        const fit =
          isStage(blocks[0]) && height <= capacity + 1
            ? 1
            : lead && height > capacity
              ? fitScale(bodyExtent.bottom - bodyExtent.top, capacity - (bodyExtent.top - extents[chosen[0]].top))
              : fitScale(height, capacity);
        // A block too tall that is mostly one table's rows (or one grid of cards) continues over slides by rows, at full size.
        const byRows = fit < 1 && (blocks.length === 1 || lead) && !isStage(body) ? rowParts(body, height, capacity, extent, firstOnly) : null;
        for (const [index, {start, end, scale}] of (byRows?.parts ?? [{start: 0, end: 0, scale: fit}]).entries()) {
          const rows = byRows ? {rows: byRows.rows, start, end} : undefined;
          const shown = index > 0 && firstOnly > 0 ? [body] : blocks;
          slides.push({key: partKey(section.key, part++), section: section.key, title: section.title, blocks: shown, scale, rows});
        }
      }
    }
  }
  for (const unit of list) {
    // The size packed for: a block that has grown or shrunk by the time it is observed repacks.
    unitSizes.set(unit, [unit.offsetWidth, unit.offsetHeight]);
    unit.style.setProperty("--deck-w", `${unit.offsetWidth}px`);
    unit.style.setProperty("--deck-x", `${lefts.get(unit)}px`);
  }
  observeUnits(list);
  assignGrowth(slides, measured, capacity);
  return slides;
}

// --- Figures that fill their slide ------------------------------------------------------------

/** A figure that can be drawn taller on a slide (stageFigure with `grow`, src/ui/stage.ts). */
const GROWABLE = "[data-deck-growable]";
/** Below this much room a slide's figure is left as it is: not worth drawing it again. */
const MIN_GROWTH = 24;
/** Kept free under a grown figure, so rounding never makes a slide that fits overflow. */
const GROWTH_MARGIN = 4;

/** How much taller than its own height a block's figures are drawn now (they say so: data-deck-grown). */
function grownBy(unit: HTMLElement): number {
  const grown = [unit, ...unit.querySelectorAll<HTMLElement>("[data-deck-grown]")].map((element) => Number(element.dataset.deckGrown) || 0);
  return grown.reduce((sum, px) => sum + px, 0);
}

/**
 * A slide whose blocks fit with room below them gives that room to the figures on it that can
 * take it: a lone chart under its heading fills its slide instead of leaving a fifth of it empty.
 * The room, in CSS px, goes on the figure's block as `data-deck-grow` (shared equally between
 * two), which the figure reads and draws its plot that much taller; a slide scaled down, continued
 * by rows or a stage slide gives none. The attribute changes only when the room does, so a repack
 * that finds the same slides draws nothing again.
 */
function assignGrowth(slides: Slide[], measured: Map<HTMLElement, Extent>, capacity: number): void {
  const given = new Map<HTMLElement, number>();
  for (const slide of slides) {
    if (slide.rows || slide.scale < 1 || isStage(slide.blocks[0])) continue;
    const growable = slide.blocks.filter((block) => block.matches(GROWABLE) || block.querySelector(GROWABLE) !== null);
    if (!growable.length) continue;
    const height = measured.get(slide.blocks[slide.blocks.length - 1])!.bottom - measured.get(slide.blocks[0])!.top;
    const room = Math.floor((capacity - height - GROWTH_MARGIN) / growable.length);
    if (room >= MIN_GROWTH) for (const block of growable) given.set(block, room);
  }
  for (const unit of units) {
    const room = given.get(unit);
    if (room === undefined) delete unit.dataset.deckGrow;
    else if (unit.dataset.deckGrow !== String(room)) unit.dataset.deckGrow = String(room);
  }
}

/**
 * How a block continues over slides by rows, or null when it does not: it holds exactly one table
 * or one grid of cards (an element marked `data-deck-rows`, whose children are the cards), with more
 * than one row shown, and splitRows finds parts that fit (see there for when not). A grid's row is
 * its cards as laid out side by side, so a part never splits one and its cards keep their columns.
 * Only the rows in the page count: Inputs.table renders a long table's rows lazily, as it scrolls,
 * and on a slide it does not scroll (sortableTable renders up to SCREEN_ROWS rows whole).
 */
function rowParts(
  unit: HTMLElement,
  height: number,
  capacity: number,
  extent: (element: HTMLElement) => Extent,
  firstOnly = 0
): {rows: HTMLElement[][]; parts: RowPart[]} | null {
  const shown = (element: Element) => element.getClientRects().length > 0;
  const tables = [...unit.querySelectorAll("table")].filter(shown);
  const grids = [...unit.querySelectorAll<HTMLElement>("[data-deck-rows]")].filter(shown);
  if (tables.length + grids.length !== 1) return null;
  const rows = tables.length
    ? [...tables[0].tBodies].flatMap((body) => [...body.rows]).filter(shown).map((row) => [row])
    : gridRows([...grids[0].children].filter(shown) as HTMLElement[], extent);
  if (rows.length < 2) return null;
  const rowExtent = (row: HTMLElement[]) => {
    const extents = row.map(extent);
    return {top: Math.min(...extents.map((e) => e.top)), bottom: Math.max(...extents.map((e) => e.bottom))};
  };
  const parts = splitRows(rows.map(rowExtent), height, capacity, firstOnly);
  return parts ? {rows, parts} : null;
}

/** A grid's cards in rows as laid out: a card whose top is below the row's first card's starts the next row. */
function gridRows(cards: HTMLElement[], extent: (element: HTMLElement) => Extent): HTMLElement[][] {
  const rows: HTMLElement[][] = [];
  let rowTop = -Infinity;
  for (const card of cards) {
    const {top} = extent(card);
    if (top > rowTop + 1) {
      rows.push([]);
      rowTop = top;
    }
    rows[rows.length - 1].push(card);
  }
  return rows;
}

/** The block a slide scales or continues by rows: its last (after any headings kept with it). */
function slideBody(slide: Slide): HTMLElement {
  return slide.blocks[slide.blocks.length - 1];
}

/** Shows the rows of a continued block's part, and every row of every other block. */
function showRows(part: SlideRows | undefined): void {
  for (const row of document.querySelectorAll("#observablehq-main .deck-row-off")) row.classList.remove("deck-row-off");
  if (part) markRows(part);
}

/** Marks which rows of its block a part leaves out, touching no other block's. */
function markRows(part: SlideRows): void {
  part.rows.forEach((row, i) => {
    for (const element of row) element.classList.toggle("deck-row-off", i < part.start || i >= part.end);
  });
}

/** A section's block indices in runs: each stage slide alone, the blocks between them together. */
function stageRuns(blocks: HTMLElement[]): number[][] {
  const runs: number[][] = [];
  blocks.forEach((block, i) => {
    const last = runs[runs.length - 1];
    if (isStage(block) || !last || isStage(blocks[last[0]])) runs.push([i]);
    else last.push(i);
  });
  return runs;
}

/** The slides of the deck being presented on this page (the committee deck keeps its sections only). */
function deckSlides(all: Slide[]): Slide[] {
  const sections = deckSections(getParam(deckParam), pagePath(location.pathname));
  if (!sections || !sections.size) return all;
  const kept = all.filter((slide) => sections.has(slide.section));
  return kept.length ? kept : all;
}

function show(index: number): void {
  const root = main();
  if (!root) return;
  const next = Math.max(0, Math.min(index, deck.slides.length - 1));
  // A chart's hover card shows only once the pointer moves on the new slide: a mouse left where a
  // control was clicked sat over a dot of the next slide's chart, and its card covered the chart.
  if (next !== deck.current) document.documentElement.classList.add("deck-pointer-still");
  deck.current = next;
  const slide = deck.slides[deck.current];
  const visible = new Set(slide?.blocks ?? []);
  for (const unit of units) {
    unit.classList.toggle("deck-off", !visible.has(unit));
    unit.classList.remove("deck-first");
    unit.style.removeProperty("--deck-fit");
  }
  if (slide) {
    slide.blocks[0].classList.add("deck-first");
    // The scale is the slide's last block's: its one block, or the block below its headings.
    if (slide.scale < 1) slideBody(slide).style.setProperty("--deck-fit", String(slide.scale));
  }
  showRows(slide?.rows);
  // A continued table's block is as tall as its part's rows: the size it was packed for, so showing it does not repack.
  for (const continued of new Set(deck.slides.filter((each) => each.rows).map(slideBody))) {
    unitSizes.set(continued, [continued.offsetWidth, continued.offsetHeight]);
  }
  root.scrollTop = 0;
  markPrint();
  updateCounter();
  for (const listener of listeners) listener(deck.slides, deck.current);
}

/** Recomputes the slides (content changed), keeping the slide shown. */
function recompute(): void {
  recomputeScheduled = false;
  if (!isPresenting()) return;
  // The print's copies of continued tables are no slide's: packing waits for them to go.
  if (printing) return void addEventListener("afterprint", () => scheduleRecompute(), {once: true});
  deck.slides = deckSlides(computeSlides());
  // The slide last asked for, by key: a cell rerunning (a language switch) empties blocks for a moment, and must not lose it.
  let index = deck.slides.findIndex((slide) => slide.key === anchor.key);
  if (index < 0) index = deck.slides.findIndex((slide) => slide.section === sectionOf(anchor.key));
  if (wantedRef !== null) {
    // The link's slide is settled once the page has been still for a moment: cells render late and
    // charts change heights, so an early packing may not have it yet, or number it differently.
    const wanted = slideIndex(wantedRef, slideKeys());
    clearTimeout(settleTimer);
    settleTimer = setTimeout(settleWantedSlide, LINK_SETTLE_MS);
    return show(wanted ?? 0);
  }
  show(index < 0 ? Math.min(anchor.index, deck.slides.length - 1) : index);
  if (!isPreviewWindow()) setParam(slideParam, deck.current + 1);
}

function slideKeys(): string[] {
  return deck.slides.map((slide) => slide.key);
}

function settleWantedSlide(): void {
  if (wantedRef === null || !isPresenting()) return;
  const wanted = slideIndex(wantedRef, slideKeys());
  if (wanted === null) showSlideNotice(formatSlideRef(wantedRef));
  wantedRef = null;
  show(wanted ?? 0);
  anchor = {key: deck.slides[deck.current]?.key ?? "", index: deck.current};
  writeSlide();
}

export function scheduleRecompute(): void {
  if (recomputeScheduled) return;
  recomputeScheduled = true;
  requestAnimationFrame(() => requestAnimationFrame(recompute));
}

function observeUnits(list: HTMLElement[]): void {
  // Only a block whose size really changed (a chart drawn late, a table filtered) repacks; showing and hiding never resizes one.
  resizeObserver ??= new ResizeObserver((entries) => {
    let changed = false;
    for (const {target, borderBoxSize} of entries) {
      const size: [number, number] = [borderBoxSize[0].inlineSize, borderBoxSize[0].blockSize];
      const known = unitSizes.get(target);
      unitSizes.set(target, size);
      changed ||= !known || Math.abs(known[0] - size[0]) > 1 || Math.abs(known[1] - size[1]) > 1;
    }
    if (changed) scheduleRecompute();
  });
  for (const unit of list) {
    if (observed.has(unit)) continue;
    observed.add(unit);
    resizeObserver.observe(unit, {box: "border-box"});
  }
}

function watchContent(): void {
  const root = main();
  if (!root || mutationObserver) return;
  // A cell that reruns (a language switch, a page rendering its headings) replaces blocks: pack again.
  mutationObserver = new MutationObserver((records) => {
    if (records.some((record) => record.target === root || (record.target as Element).parentElement === root || (record.target as Element).classList?.contains("deck-opened") || units.includes(record.target as HTMLElement))) scheduleRecompute();
  });
  mutationObserver.observe(root, {childList: true, subtree: true});
}

// --- The stage ------------------------------------------------------------------------------

function placeStage(): void {
  const area = isPresenterWindow() ? presenterArea() : {left: 0, top: 0, width: innerWidth, height: innerHeight};
  const scale = stageScale(area.width, area.height);
  const root = document.documentElement.style;
  root.setProperty("--deck-stage-scale", String(scale * CONTENT_ZOOM));
  root.setProperty("--deck-stage-left", `${area.left + (area.width - STAGE.width * scale) / 2}px`);
  root.setProperty("--deck-stage-top", `${area.top + (area.height - STAGE.height * scale) / 2}px`);
  root.setProperty("--deck-stage-width", `${STAGE.width / CONTENT_ZOOM}px`);
  root.setProperty("--deck-stage-height", `${STAGE.height / CONTENT_ZOOM}px`);
}

function updateCounter(): void {
  let counter = document.getElementById("deck-slide-counter");
  if (!counter) {
    counter = document.createElement("div");
    counter.id = "deck-slide-counter";
    counter.setAttribute("aria-live", "polite");
    document.body.append(counter);
  }
  counter.textContent = deck.slides.length ? positionText(deck.current + 1, deck.slides.length, pagePosition(), getParam(langParam)) : "";
  updateContext();
}

/**
 * A slide that continues its section (the rest of a table, the cards after a heading and its
 * introduction) shows the section's title under the stage's other corner, so the audience knows
 * what it is looking at without the heading on it. Text only (the heading's textContent).
 */
function updateContext(): void {
  const slide = deck.slides[deck.current];
  // A section's later part (partKey: its key is not the section's), as the overview marks it "more".
  const continues = !!slide && slide.key !== slide.section && slide.section !== "title";
  let context = document.getElementById("deck-slide-context");
  if (!continues) {
    context?.remove();
    return;
  }
  if (!context) {
    context = document.createElement("div");
    context.id = "deck-slide-context";
    document.body.append(context);
  }
  context.textContent = slide.title;
}

// --- The deck's outline: its pages and their sections, known at build --------------------------

let outline: DeckOutline | null = null;
let outlineLoad: Promise<void> | undefined;

/** Loads the deck's outline once; the counter and the presenter window then show the page's place in the deck. */
function loadOutline(): Promise<void> {
  return (outlineLoad ??= FileAttachment("../data/deck_sections.json")
    .json()
    .then(
      (loaded) => {
        const candidate = loaded as DeckOutline | null;
        if (candidate && Array.isArray(candidate.report) && Array.isArray(candidate.pages)) outline = candidate;
      },
      () => {} // no outline: the overview shows this page's slides and the counter its slides only
    )
    .then(() => {
      if (!isPresenting()) return;
      updateCounter();
      for (const listener of listeners) listener(deck.slides, deck.current);
    }));
}

/** This page's place in the deck being presented (1-based), or null when the deck does not hold it or the outline is not loaded. */
export function pagePosition(): {page: number; pages: number} | null {
  return outline ? deckPagePosition(getParam(deckParam), pagePath(location.pathname), outline) : null;
}

function writeSlide(): void {
  if (isPreviewWindow()) return;
  setParam(slideParam, deck.current + 1);
  if (notifyRemote) announceSlide();
}

function showSlideNotice(given: string): void {
  const box = document.createElement("p");
  box.className = "deck-notice deck-slide-notice";
  box.setAttribute("role", "status");
  const zh = document.createElement("span");
  zh.lang = "zh-CN";
  zh.textContent = `链接中的幻灯片 “${given.slice(0, 20)}” 不存在，已从第 1 张开始。`;
  const en = document.createElement("span");
  en.lang = "en";
  en.textContent = `The link's slide “${given.slice(0, 20)}” does not exist; starting at slide 1.`;
  box.append(zh, en);
  document.body.append(box);
  setTimeout(() => box.remove(), 6000);
}

// --- Print ----------------------------------------------------------------------------------
// The browser's print (Ctrl+P) while presenting gives what `npm run pdf` gives: every slide of the
// deck on this page, one a 16:9 page, stamped in the footer with the data's date, the inputs and
// the link to that slide. The blocks are marked as the slides are packed (print rules in
// style.css use the marks), so print sees the layout the room sees; the one hook, beforeprint,
// brings the stamp up to date and copies a table continued over slides once for each further part.

const PRINT_STYLE = "deck-print-page";
/** A copy of a continued table's block, for its parts after the first, in print only. */
const PRINT_CLONE = "deck-print-clone";
/** On the root from beforeprint to afterprint. */
const PRINTING = "deck-printing";
let printing = false;
let printWatched = false;
/** A printed page's height for a slide's content: the stage's, less its padding (the page's margins). */
const PRINT_CAPACITY = STAGE.height / CONTENT_ZOOM - 56;
const WINDOW_PARAMS = ["present", "slide", "presenter", "preview", "deck", "lang"];

/** A string as a CSS string literal. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&").replace(/[\n\r]/g, " ")}"`;
}

/** The stamp's parts, as `npm run pdf` writes them (scripts/pdf.ts stampText): the slide's number follows the link. */
export function printStamp(search: string, pathname: string, asOf: string): string {
  const query = new URLSearchParams(search);
  const inputs = [...query].filter(([key]) => !WINDOW_PARAMS.includes(key) && key !== "scenario").map(([key, value]) => `${key}=${value}`);
  query.delete("slide");
  query.set("present", "1");
  return `Data as of ${asOf} | Inputs: ${inputs.join(" ") || "defaults"} | ${pathname}?${query}&slide=`;
}

const printFits = new WeakMap<HTMLElement, {width: number; height: number; capacity: number; printRules: boolean; fit: number}>();

/**
 * The zoom that fits a block in `capacity` of a printed page (all of it, or what headings above it leave). CSS zoom does not shrink a block exactly in
 * proportion (text and form controls keep minimum sizes, a table's rows stay taller: the watchlist's
 * allocation table came out 9% too tall and ran onto a second page), so the block is measured
 * zoomed, as print lays it out (at its page width over the zoom), and the zoom lowered until it fits.
 * The block is restored in the same task, so no observer sees it change.
 */
function printFit(block: HTMLElement, capacity: number = PRINT_CAPACITY): number {
  const width = block.offsetWidth;
  const height = block.offsetHeight;
  const first = fitScale(height, capacity);
  if (first >= 1) return 1;
  const known = printFits.get(block);
  const printRules = document.documentElement.classList.contains(PRINTING);
  if (known && known.width === width && known.height === height && known.capacity === capacity && known.printRules === printRules) return known.fit;
  const {zoom, width: styleWidth} = block.style;
  let fit = Math.floor(first * 1000) / 1000;
  for (let i = 0; i < 6; i++) {
    block.style.zoom = String(fit);
    block.style.width = `${width / fit}px`;
    const zoomed = block.offsetHeight * fit;
    if (zoomed <= capacity) break;
    fit = Math.floor(fit * (capacity / zoomed) * 0.99 * 1000) / 1000;
  }
  block.style.zoom = zoom;
  block.style.width = styleWidth;
  printFits.set(block, {width, height, capacity, printRules, fit});
  return fit;
}

/**
 * Print (Ctrl+P, and page.pdf(), which fires beforeprint and afterprint too) gives a page per slide:
 * a table continued over slides prints its first part in its block and each further part in a copy
 * of the block inserted after it, marked as a slide's first block; afterprint removes the copies.
 */
function beforePrint(): void {
  removePrintClones();
  printing = true;
  // Printed, the other parts' rows are left out altogether (display: none): a collapsed row still
  // takes its space on a printed page. The columns may then widen or narrow, so each part is
  // fitted to its page as it is laid out without them (printFit). Every block is fitted with the
  // print's rules on, as print lays it out.
  document.documentElement.classList.add(PRINTING);
  markPrint();
  const continued = new Map<HTMLElement, Slide[]>();
  for (const slide of deck.slides) if (slide.rows) continued.set(slideBody(slide), [...(continued.get(slideBody(slide)) ?? []), slide]);
  for (const [block, parts] of continued) {
    // Copied part by part with the part's rows shown (and the headings kept with it), inserted
    // together; the other continued blocks (a page may have several) keep their own parts' rows.
    const clones: HTMLElement[] = [];
    parts.forEach((part, i) => {
      markRows(part.rows!);
      const fit = printFit(block, printRoom(part));
      const target = i === 0 ? block : printClone(block);
      target.style.removeProperty("--deck-print-fit");
      if (fit < 1) target.style.setProperty("--deck-print-fit", String(fit));
      if (i === 0) return;
      const copies = [...part.blocks.slice(0, -1).map(printClone), target];
      copies[0].classList.add("deck-print-first");
      clones.push(...copies);
    });
    markRows(parts[0].rows!);
    block.after(...clones);
  }
}

/** A copy of a block for a printed page of its own: no slide marks, no ids (they stay unique). */
function printClone(block: HTMLElement): HTMLElement {
  const copy = block.cloneNode(true) as HTMLElement;
  copy.classList.add(PRINT_CLONE);
  copy.classList.remove("deck-first", "deck-print-first", "deck-print-skip");
  copy.style.removeProperty("--deck-fit");
  copy.removeAttribute("id");
  for (const named of copy.querySelectorAll("[id]")) named.removeAttribute("id");
  return copy;
}

/**
 * What a printed page leaves a slide's last block: all of it, or what the headings above it leave,
 * less a margin. Print lays a zoomed block out a few per cent taller than printFit's trial measures
 * it (/quadrant's speed and projection block: 519 px printed, 484 measured); a block alone at the
 * top of its page may overrun the bottom margin a little, but one below a heading (`break-inside:
 * avoid`) would move whole onto a page of its own, leaving the heading alone.
 */
function printRoom(slide: Slide): number {
  const body = slideBody(slide);
  if (body === slide.blocks[0]) return PRINT_CAPACITY;
  const box = body.getBoundingClientRect();
  // Measured on the stage, which is scaled: back to the page's CSS px.
  const scale = box.height > 0 ? body.offsetHeight / box.height : 1;
  const headings = (box.top - slide.blocks[0].getBoundingClientRect().top) * scale;
  return (PRINT_CAPACITY - headings) * 0.92;
}

function removePrintClones(): void {
  for (const clone of document.querySelectorAll(`.${PRINT_CLONE}`)) clone.remove();
}

function afterPrint(): void {
  if (!printing) return;
  printing = false;
  document.documentElement.classList.remove(PRINTING);
  removePrintClones();
  if (isPresenting()) show(deck.current);
}

function markPrint(): void {
  const shown = new Set(deck.slides.flatMap((slide) => slide.blocks));
  for (const unit of units) {
    unit.classList.toggle("deck-print-skip", !shown.has(unit));
    unit.classList.remove("deck-print-first");
    unit.style.removeProperty("--deck-print-fit");
  }
  for (const slide of deck.slides) {
    // A continued block's later parts print from copies (beforePrint); the block itself starts no page there.
    if (!slide.rows || slide.rows.start === 0) slide.blocks[0].classList.add("deck-print-first");
    // A continued block prints its first part in place, its further parts in copies, each fitted
    // to its page by beforePrint. Any other slide too tall for a page has its one block (or the
    // block below its headings) zoomed to fit, by its height now (a chart may have grown since the packing).
    if (slide.rows) continue;
    const body = slideBody(slide);
    const fit = slide.blocks.length === 1 || slide.scale < 1 ? printFit(body, printRoom(slide)) : 1;
    if (fit < 1) body.style.setProperty("--deck-print-fit", String(fit));
  }
  let style = document.getElementById(PRINT_STYLE);
  if (!style) {
    style = document.createElement("style");
    style.id = PRINT_STYLE;
    document.head.append(style);
  }
  const asOf = document.querySelector<HTMLMetaElement>('meta[name="deck-data-as-of"]')?.content || "not stated";
  const stamp = printStamp(currentSearch(), location.pathname, asOf);
  // The page is the stage at 1:1 (1920×1080 / CONTENT_ZOOM); its top and bottom margins are the stage's padding, the footer in the bottom one.
  style.textContent = `@media print { @page { size: ${STAGE.width / CONTENT_ZOOM}px ${STAGE.height / CONTENT_ZOOM}px; margin: 26px 0 14px;
  @bottom-left { content: ${cssString(stamp)} counter(page); font: 7px/1 sans-serif; color: #333; padding-left: 8px; vertical-align: middle; } } }`;
}

// --- Navigation -----------------------------------------------------------------------------

/** Shows slide `index` of this page (0-based). `remote` when a synced window asked, so it is not echoed back. */
export function goTo(index: number, {remote = false} = {}): void {
  if (!deck.slides.length) return;
  // The presenter has moved: the link's slide no longer matters.
  wantedRef = null;
  clearTimeout(settleTimer);
  notifyRemote = !remote;
  show(index);
  anchor = {key: deck.slides[deck.current].key, index: deck.current};
  writeSlide();
  notifyRemote = true;
}

/** Shows the slide with `key`, if this page has it. */
export function goToKey(key: string, fallbackIndex: number, options: {remote?: boolean} = {}): void {
  const index = deck.slides.findIndex((slide) => slide.key === key);
  goTo(index >= 0 ? index : fallbackIndex, options);
}

/** The address of `page` (a deck's page path) as this site links it, with the given query. */
export function pageHref(page: string, query: URLSearchParams): string {
  const extension = /\.html$/.test(location.pathname) || document.querySelector('#observablehq-footer a[href$=".html"]') ? ".html" : "";
  const url = new URL(page === "/" ? "./" : `.${page}${extension}`, location.href);
  url.search = query.toString();
  return url.href;
}

/** The query a page of the deck opens with: language, mode, deck and the slide to start on (a number, `last` or a slide's key). */
export function deckQuery(slide: SlideRef): URLSearchParams {
  const here = new URLSearchParams(currentSearch());
  const query = new URLSearchParams();
  for (const key of ["lang", "present", "deck", "presenter"]) if (here.has(key)) query.set(key, here.get(key)!);
  query.set("present", "1");
  if (slide !== 1) query.set("slide", formatSlideRef(slide));
  return query;
}

function step(direction: 1 | -1): void {
  const next = stepSlide(deck.slides.length, deck.current, direction);
  if (next !== null) return goTo(next);
  leavePage(direction);
}

/** Past the deck's last slide on this page, on to its next page (or back to the previous one's last slide). */
function leavePage(direction: 1 | -1): void {
  const deckName = getParam(deckParam);
  const start = direction === 1 ? 1 : "last";
  if (deckName !== "report") {
    const page = deckNeighbourPage(deckName, pagePath(location.pathname), direction);
    if (page) location.href = pageHref(page, deckQuery(start));
    return;
  }
  const link = document.querySelector<HTMLAnchorElement>(`#observablehq-footer nav a[rel="${direction === 1 ? "next" : "prev"}"]`);
  if (!link) return;
  const url = new URL(link.href);
  url.search = deckQuery(start).toString();
  location.href = url.href;
}

// --- Overview -------------------------------------------------------------------------------

const OVERVIEW_TEXT = {
  zh: {label: "幻灯片总览", deck: {report: "整份报告", committee: "投委会演示"}, hint: "方向键选择，Enter 打开，Esc 关闭", here: "当前页", more: "续"},
  en: {label: "Slide overview", deck: {report: "The whole report", committee: "The committee deck"}, hint: "Arrows choose, Enter opens, Esc closes", here: "this page", more: "cont."}
} as const;

function overviewCard(text: string, number: string | null, current: boolean): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "deck-overview-card";
  if (current) button.setAttribute("aria-current", "true");
  if (number !== null) {
    const badge = document.createElement("span");
    badge.className = "deck-overview-number";
    badge.textContent = number;
    button.append(badge);
  }
  const title = document.createElement("span");
  title.className = "deck-overview-title";
  title.textContent = text;
  button.append(title);
  return button;
}

/**
 * The overview: every page of the deck being presented, in order, each under its title. This page's
 * cards are its slides as laid out (continuations too); another page's are its sections as the build
 * read them (its continuations are known once it is laid out), and open that page at that section.
 */
function toggleOverview(open = !document.getElementById("deck-overview")): void {
  document.getElementById("deck-overview")?.remove();
  if (!open) return;
  const lang = getParam(langParam);
  const text = OVERVIEW_TEXT[lang];
  const deckName = getParam(deckParam);
  const here = pagePath(location.pathname);
  const overlay = document.createElement("div");
  overlay.id = "deck-overview";
  overlay.setAttribute("role", "dialog");
  overlay.setAttribute("aria-label", text.label);
  const head = document.createElement("p");
  head.className = "deck-overview-head";
  const name = document.createElement("strong");
  name.textContent = `${text.label} · ${text.deck[deckName]}`;
  const hint = document.createElement("span");
  hint.textContent = text.hint;
  head.append(name, hint);
  overlay.append(head);
  const pages: OutlinePage[] = outline ? deckOverview(deckName, outline) : [];
  // A page outside the deck (or no outline): this page alone, as it is laid out.
  const thisPage = pages.find((page) => page.page === here) ?? {page: here, zh: "", en: "", sections: []};
  const listed = pages.includes(thisPage) ? pages : [thisPage];
  listed.forEach((page, pageIndex) => {
    const current = page === thisPage;
    const group = document.createElement("section");
    group.className = "deck-overview-page";
    group.dataset.page = page.page;
    if (current) group.setAttribute("aria-current", "page");
    const heading = document.createElement("h2");
    heading.className = "deck-overview-heading";
    const number = document.createElement("span");
    number.className = "deck-overview-page-number";
    number.textContent = listed.length > 1 ? String(pageIndex + 1) : "";
    const title = document.createElement("span");
    title.textContent = page[lang] || pageTitle();
    heading.append(number, title);
    if (current && listed.length > 1) {
      const mark = document.createElement("span");
      mark.className = "deck-overview-here";
      mark.textContent = text.here;
      heading.append(mark);
    }
    const list = document.createElement("ol");
    if (current) {
      deck.slides.forEach((slide, index) => {
        const card = overviewCard(slide.title + (slide.key !== slide.section ? ` (${text.more})` : ""), String(index + 1), index === deck.current);
        card.addEventListener("click", () => {
          toggleOverview(false);
          goTo(index);
        });
        const item = document.createElement("li");
        item.append(card);
        list.append(item);
      });
    } else {
      for (const section of page.sections) {
        const card = overviewCard(section[lang], null, false);
        card.dataset.section = section.key;
        card.addEventListener("click", () => {
          toggleOverview(false);
          location.href = pageHref(page.page, deckQuery({key: section.key}));
        });
        const item = document.createElement("li");
        item.append(card);
        list.append(item);
      }
    }
    group.append(heading, list);
    overlay.append(group);
  });
  document.body.append(overlay);
  const focused = overlay.querySelector<HTMLButtonElement>('.deck-overview-card[aria-current="true"]') ?? overlay.querySelector<HTMLButtonElement>(".deck-overview-card");
  focused?.focus({preventScroll: true});
  focused?.scrollIntoView({block: "center"});
}

/** Arrow keys in the overview: ← → the previous or next card, ↑ ↓ the nearest card in the row above or below, Home / End the first or last. */
function moveInOverview(overview: HTMLElement, key: string): void {
  const cards = [...overview.querySelectorAll<HTMLButtonElement>(".deck-overview-card")];
  if (!cards.length) return;
  const index = cards.indexOf(document.activeElement as HTMLButtonElement);
  let next = index < 0 ? 0 : index;
  if (key === "Home") next = 0;
  else if (key === "End") next = cards.length - 1;
  else if (key === "ArrowLeft") next = Math.max(0, index - 1);
  else if (key === "ArrowRight") next = Math.min(cards.length - 1, index + 1);
  else if (index >= 0) {
    const from = cards[index].getBoundingClientRect();
    const down = key === "ArrowDown";
    let best = Infinity;
    cards.forEach((card, i) => {
      const box = card.getBoundingClientRect();
      const gap = down ? box.top - from.bottom : from.top - box.bottom;
      if (gap < -1) return;
      const score = gap * 4 + Math.abs(box.left - from.left);
      if (score < best) [best, next] = [score, i];
    });
  }
  cards[next].focus({preventScroll: true});
  cards[next].scrollIntoView({block: "nearest"});
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

// --- Keys and focus -------------------------------------------------------------------------

// A control takes the arrow keys only while it was reached with Tab; after a mouse or touch use they move slides.
const keyboardFocused = new WeakSet<Element>();
let lastKeyWasTab = false;

function trackFocusOrigin(): void {
  addEventListener("keydown", (event) => void (lastKeyWasTab = event.key === "Tab"), true);
  addEventListener(
    "pointerdown",
    (event) => {
      lastKeyWasTab = false;
      const control = (event.target as Element | null)?.closest?.(CONTROL);
      if (control) {
        keyboardFocused.delete(control);
        control.classList.remove("deck-keyboard-focus");
      }
    },
    true
  );
  addEventListener(
    "focusin",
    (event) => {
      const target = event.target as Element;
      if (lastKeyWasTab) {
        keyboardFocused.add(target);
        target.classList.add("deck-keyboard-focus");
      }
    },
    true
  );
  addEventListener("focusout", (event) => {
    keyboardFocused.delete(event.target as Element);
    (event.target as Element).classList?.remove("deck-keyboard-focus");
  }, true);
}

function onKey(event: KeyboardEvent): void {
  if (event.metaKey || event.ctrlKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  const typing = isTyping(target);
  if ((event.key === "p" || event.key === "P") && !typing) {
    event.preventDefault();
    return setPresenting(!isPresenting());
  }
  if (!isPresenting() || isPreviewWindow()) return;
  const overview = document.getElementById("deck-overview");
  if (overview && ARROW_KEYS.has(event.key)) {
    event.preventDefault();
    event.stopImmediatePropagation();
    return moveInOverview(overview, event.key);
  }
  const action = deckAction(event.key);
  if (!action) return;
  const control = target?.closest?.(CONTROL);
  if (!ALWAYS_SLIDE_KEYS.has(event.key)) {
    if (typing) return;
    if (ARROW_KEYS.has(event.key) && control && keyboardFocused.has(control)) return; // reached with Tab: the control's
    if (action.kind === "jump" && !digits) return; // Enter on a button presses it
  }
  if (overview && action.kind !== "escape" && action.kind !== "overview") return; // the overview's buttons take the keys
  event.preventDefault();
  event.stopImmediatePropagation();
  if (action.kind === "digit") {
    digits = (digits + action.digit).slice(-3);
    return;
  }
  const typed = digits;
  digits = "";
  switch (action.kind) {
    case "next":
      return step(1);
    case "previous":
      return step(-1);
    case "first":
      return goTo(0);
    case "last":
      return goTo(deck.slides.length - 1);
    case "jump":
      return goTo(Number(typed) - 1);
    case "overview":
      return toggleOverview();
    case "fullscreen":
      return toggleFullscreen();
    case "presenter":
      return openPresenter();
    case "escape":
      if (overview) return toggleOverview(false);
      return setPresenting(false);
  }
}

// --- On and off -----------------------------------------------------------------------------

function apply(on: boolean): void {
  const was = isPresenting();
  document.documentElement.classList.toggle("deck-present", on);
  for (const button of document.querySelectorAll<HTMLElement>("[data-deck-present]")) {
    button.setAttribute("aria-pressed", String(on));
  }
  if (on) {
    if (!was) dispatchEvent(new Event(PRESENT_EVENT));
    placeStage();
    watchContent();
    void loadOutline();
    // The stamp carries the inputs, which change without a slide change: brought up to date for a print.
    if (!printWatched) {
      addEventListener("beforeprint", () => isPresenting() && beforePrint());
      addEventListener("afterprint", afterPrint);
    }
    printWatched = true;
    scheduleRecompute();
    return;
  }
  if (!was) return;
  const first = deck.slides[deck.current]?.blocks[0];
  clearLayout(units);
  for (const grown of document.querySelectorAll<HTMLElement>("[data-deck-grow]")) delete grown.dataset.deckGrow; // back to their reading size
  resizeObserver?.disconnect();
  resizeObserver = undefined;
  observed = new WeakSet();
  mutationObserver?.disconnect();
  mutationObserver = undefined;
  toggleOverview(false);
  document.getElementById("deck-slide-counter")?.remove();
  document.getElementById("deck-slide-context")?.remove();
  document.getElementById(PRINT_STYLE)?.remove();
  setParam(slideParam, 1);
  // Reading resumes where the presentation was.
  requestAnimationFrame(() => first?.scrollIntoView({block: "start"}));
}

/** Turns present mode on or off (in the URL too, so the view is a link). */
export function setPresenting(on: boolean): void {
  if (on && !isPresenting()) wantedRef = null;
  setParam(presentParam, on);
  apply(on);
}

/** Present mode's keys, stage and button; the bootstrap loads this module and calls it once, when a page first presents. */
export function installPresentMode(): void {
  if (getParam(presentParam)) wantedRef = getParam(slideParam);
  apply(getParam(presentParam));
  trackFocusOrigin();
  addEventListener("keydown", onKey, true);
  // (A presenting page starts so too: the pointer may rest where the room's chart will be.)
  document.documentElement.classList.add("deck-pointer-still");
  // The browser's own pointer events after a slide changes (the page moved under a still pointer) have no movement.
  addEventListener("pointermove", (event) => {
    if (event.movementX || event.movementY) document.documentElement.classList.remove("deck-pointer-still");
  });
  addEventListener("resize", () => isPresenting() && placeStage());
  // Images and fonts change the blocks' heights; the bootstrap may load this module after the load event.
  if (document.readyState === "complete") isPresenting() && scheduleRecompute();
  else addEventListener("load", () => isPresenting() && scheduleRecompute());
  document.addEventListener("click", (event) => {
    if ((event.target as Element | null)?.closest?.("[data-deck-present]")) setPresenting(!isPresenting());
  });
  // Language twins and cells rendered in one language change the blocks' heights: pack again.
  watchParam(langParam, () => isPresenting() && scheduleRecompute());
  installPresenter({goTo, goToKey, step, placeStage, watchSlides, currentDeck, deckQuery, pageHref, pagePosition});
}
