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
