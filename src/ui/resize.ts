// Framework's resize(), drawn at once. resize() draws its chart in a ResizeObserver callback: only
// after the browser has laid out the whole page around the empty box, and then the page is laid
// out again around the chart. A chart as wide as the page's column knows its width before that:
// Framework's `width` (the main column's width, measured once when the page starts). So it is
// drawn as soon as its cell runs, with that width, and from then on follows its own box as
// resize() does: a box narrower than the column (a slide's rail, a grid cell) redraws it once.

/**
 * A box holding `render(width)`, drawn at once at `columnWidth` (pass Framework's `width`), then
 * redrawn whenever the box's own width differs from the width it was drawn at.
 */
export function resizeNow(
  render: (width: number) => Element,
  columnWidth: number,
  invalidation?: Promise<unknown>
): HTMLDivElement {
  const box = document.createElement("div");
  box.style.position = "relative";
  let drawnAt = 0;
  const draw = (width: number) => {
    drawnAt = width;
    box.replaceChildren(...(width > 0 ? [render(width)] : []));
  };
  if (columnWidth > 0) draw(columnWidth);
  const observer = new ResizeObserver(([entry]) => {
    const width = entry.contentRect.width;
    if (width !== drawnAt) draw(width);
  });
  observer.observe(box);
  invalidation?.then(() => observer.disconnect());
  return box;
}

// Framework's grid (its grid.css): the main column is a size container; from 640px wide a
// .grid-cols-2 has two equal tracks 1rem apart, below that one. The site keeps the browser's 16px
// rem, and a reader who changed it only costs the chart one redraw.
const GRID_BREAKPOINT = 640;
const GRID_GAP = 16;

/**
 * The width of one cell of a `.grid.grid-cols-2` in the main column, from the column's width, as
 * the browser will lay it out: a chart in such a cell passes it to resizeNow and is drawn once at
 * its own width, instead of at the column's and again after the page's first layout.
 */
export function gridCellWidth(columnWidth: number): number {
  return columnWidth >= GRID_BREAKPOINT ? (columnWidth - GRID_GAP) / 2 : columnWidth;
}
