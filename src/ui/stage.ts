// Stage slides (present mode, src/site/present.ts): a page section marked `data-slide="stage"` is
// one slide, a chart beside a rail of controls. A chart there is drawn for its slot's box, which
// the stage's layout fixes (not the chart's content), so it fills the slide; elsewhere (reading,
// print) the slot reports nothing and the page draws the chart at its reading size.

export type StageBox = {width: number; height: number};

/** Whether `slot` is laid out on a stage slide now: present mode is on and the slot is inside one. */
function staged(slot: Element): boolean {
  return document.documentElement.classList.contains("deck-present") && slot.closest('[data-slide="stage"]') !== null;
}

/**
 * Calls `notify` with the box of `slot` (CSS px, before the stage's scaling) while it is on a stage
 * slide, and with null otherwise; again whenever that changes (present mode on or off, a resize).
 * For Generators.observe: returns the function that stops watching.
 */
export function watchStageBox(slot: HTMLElement, notify: (box: StageBox | null) => void): () => void {
  let last: StageBox | null | undefined;
  const report = () => {
    const box = staged(slot) && slot.clientWidth > 0 && slot.clientHeight > 0 ? {width: Math.floor(slot.clientWidth), height: Math.floor(slot.clientHeight)} : null;
    if (box === last || (box && last && box.width === last.width && box.height === last.height)) return;
    last = box;
    notify(box);
  };
  const resize = new ResizeObserver(report);
  resize.observe(slot);
  const mode = new MutationObserver(report);
  mode.observe(document.documentElement, {attributes: true, attributeFilter: ["class"]});
  report();
  return () => {
    resize.disconnect();
    mode.disconnect();
  };
}

/** The height left for the plot itself in a stage box: the box less what the figure draws around the plot (its caption, legend, source…). */
export function plotHeight(box: StageBox, chrome: number, minimum = 240): number {
  return Math.max(minimum, Math.floor(box.height - chrome));
}

/** What a rendered figure draws around its plot: the figure's height with its margins, less the plot's. */
export function figureChrome(figure: HTMLElement, plot: Element): number {
  const style = getComputedStyle(figure);
  const outer = figure.offsetHeight + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
  return Math.ceil(outer - plot.getBoundingClientRect().height / (figure.getBoundingClientRect().height / figure.offsetHeight || 1));
}

/** A first guess at what a figure draws around its plot, in CSS px, until the drawn figure is measured. */
const FIRST_CHROME = 150;

/** How much taller than its own plot a figure may grow on a slide: at most twice its height. */
const MAX_GROWTH = 1;

/** The figure's plot: its tallest svg by `heightOf` (a legend's swatches are svgs too). */
function tallestSvg(figure: Element, heightOf: (svg: SVGSVGElement) => number): SVGSVGElement | null {
  return [...figure.querySelectorAll("svg")].reduce<SVGSVGElement | null>((tallest, svg) => (!tallest || heightOf(svg) > heightOf(tallest) ? svg : tallest), null);
}

/** An svg's height as drawn: its attribute, so a figure not yet in the page has one too. */
const drawnHeight = (svg: SVGSVGElement) => Number(svg.getAttribute("height")) || 0;

/** The room present mode's packer gives a growable figure's block on a flow slide (src/site/present.ts assignGrowth), CSS px. */
function roomGiven(slot: HTMLElement): number {
  return Number(slot.closest<HTMLElement>("[data-deck-grow]")?.dataset.deckGrow) || 0;
}

/**
 * A figure that fills its slot on a stage slide and reads at the column's width elsewhere. While
 * reading it behaves as resizeNow (src/ui/resize.ts): drawn at once at `columnWidth` (Framework's
 * `width`), then at its box's width whenever that changes. On a stage slide (the slot inside a
 * `.deck-stage-chart`, style.css) it is drawn at the slot's width with `height` the room the rest of
 * the figure leaves for the plot: measured once drawn (captions wrap), and drawn again if the
 * first guess was off. `render` draws the whole figure; `height` is undefined while reading.
 *
 * With `grow`, a figure on an ordinary (flow) slide takes the room its slide leaves below it:
 * `render` gets that many CSS px as `grow`, to add to its plot's height, and the slot says what it
 * was given (data-deck-grown) so the packer keeps packing by the figure's own height.
 */
export function stageFigure(
  render: (size: {width: number; height?: number; grow?: number}) => HTMLElement,
  columnWidth: number,
  invalidation?: Promise<unknown>,
  {grow: growable = false}: {grow?: boolean} = {}
): HTMLDivElement {
  const slot = document.createElement("div");
  slot.className = "deck-stage-slot";
  if (growable) slot.dataset.deckGrowable = "";
  let box: StageBox | null = null;
  let chrome = FIRST_CHROME;
  let drawnAt = "";
  let readingAt = columnWidth;
  let ownPlotHeight = 0; // the plot's height when last drawn as it reads (no growth): what growth is capped by
  const draw = (readingWidth: number) => {
    readingAt = Math.floor(readingWidth) || readingAt;
    const width = box ? box.width : readingAt;
    if (width <= 0) return;
    const height = box ? plotHeight(box, chrome) : undefined;
    // At most its own height again: a chart of three bars drawn three times as tall reads worse, not better.
    const grow = growable && !box ? Math.min(roomGiven(slot), Math.round(ownPlotHeight * MAX_GROWTH)) : 0;
    const key = `${width}:${height ?? ""}:${grow}`;
    if (key === drawnAt) return;
    drawnAt = key;
    const figure = render(grow ? {width, height, grow} : {width, height});
    slot.replaceChildren(figure);
    if (grow) slot.dataset.deckGrown = String(grow);
    else delete slot.dataset.deckGrown;
    if (!box && !grow) {
      const plot = tallestSvg(figure, drawnHeight);
      ownPlotHeight = plot ? drawnHeight(plot) : 0;
    }
    if (!box) return;
    requestAnimationFrame(() => {
      const plot = tallestSvg(figure, (svg) => svg.getBoundingClientRect().height);
      if (!box || !plot || !figure.isConnected) return;
      const measured = figureChrome(figure, plot);
      if (Math.abs(measured - chrome) <= 2) return;
      chrome = measured;
      draw(0);
    });
  };
  draw(columnWidth);
  const stopWatching = watchStageBox(slot, (next) => {
    const was = box;
    box = next;
    // Onto a stage, or back to reading (at the box's width); its first report, "not staged", changes nothing.
    if (next) draw(0);
    else if (was) draw(slot.clientWidth || columnWidth);
  });
  const resize = new ResizeObserver(([entry]) => {
    if (!box) draw(entry.contentRect.width);
  });
  resize.observe(slot);
  // The packer gives or takes back room on the slot's block (an ancestor, there before the slot is).
  const room = growable ? new MutationObserver(() => !box && draw(0)) : null;
  room?.observe(document.body, {subtree: true, attributes: true, attributeFilter: ["data-deck-grow"]});
  invalidation?.then(() => {
    stopWatching();
    resize.disconnect();
    room?.disconnect();
  });
  return slot;
}
