// A place on the page that a cell fills, where a redraw changes only what it must on the page.
// Framework swaps an inline expression's node on every run, and the browser lays the new node out
// even when it reads the same. The quadrant's list of models and its checks of the report redraw
// on every input (each step of a slider's drag): most steps change neither, and most of the rest
// change a few numbers in them.

/**
 * Shows `next` in `slot`, keeping the nodes already shown wherever `next` has a node of the same
 * kind at the same place (the same element name, or text): they take only the attributes and text
 * that differ, and only what `next` adds or drops is created or removed. A price that moved then
 * re-lays out its own line, and a model that joins the list adds one item, not a new list (at 2,000
 * models the list of 30 rebuilt on each step of the price-mix slider cost 4.5 ms of layout, kept
 * 2.3). An equal node changes nothing. Only for content without listeners or state of its own: a
 * kept node keeps its own.
 */
export function showChanged(slot: Element, next: Node): void {
  const shown = slot.childNodes;
  if (shown.length === 1 && sameKind(shown[0], next)) morph(shown[0], next);
  else slot.replaceChildren(next);
}

function sameKind(a: Node, b: Node): boolean {
  return a.nodeType === b.nodeType && a.nodeName === b.nodeName;
}

/** Makes `to` read as `from`, a node of the same kind, touching only what differs. */
function morph(to: Node, from: Node): void {
  if (to.nodeType === Node.TEXT_NODE || to.nodeType === Node.COMMENT_NODE) {
    if (to.nodeValue !== from.nodeValue) to.nodeValue = from.nodeValue;
    return;
  }
  if (to instanceof Element && from instanceof Element) {
    for (const name of to.getAttributeNames()) if (!from.hasAttribute(name)) to.removeAttribute(name);
    for (const name of from.getAttributeNames()) {
      const value = from.getAttribute(name)!;
      if (to.getAttribute(name) !== value) to.setAttribute(name, value);
    }
  }
  const kept = to.childNodes;
  const wanted = [...from.childNodes];
  for (let i = 0; i < wanted.length; ++i) {
    const node = kept[i];
    if (!node) to.appendChild(wanted[i]);
    else if (sameKind(node, wanted[i])) morph(node, wanted[i]);
    else to.replaceChild(wanted[i], node);
  }
  while (kept.length > wanted.length) to.lastChild!.remove();
}

/**
 * Sets only the attributes whose value changed. Setting an attribute again, even to the value it
 * has, counts as a change: the browser restyles the element and, in an SVG, lays it out again.
 */
export function setAttributes(element: Element, attributes: Record<string, string>): void {
  for (const name in attributes) {
    if (element.getAttribute(name) !== attributes[name]) element.setAttribute(name, attributes[name]);
  }
}

/** Sets the text only when it changed: new text is shaped and laid out again, even when it reads the same. */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
