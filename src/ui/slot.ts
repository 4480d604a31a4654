// A place on the page that a cell fills, where a redraw that changes nothing leaves the page alone.
// Framework swaps an inline expression's node on every run, and the browser lays the new node out
// even when it reads the same. The quadrant's list of models and its checks of the report redraw
// on every input (each step of a slider's drag), and most steps change neither.

/** Shows `next` in `slot`, unless the slot already shows an equal node (`Node.isEqualNode`: the same elements, attributes and text). */
export function showChanged(slot: Element, next: Node): void {
  const shown = slot.childNodes;
  if (shown.length === 1 && shown[0].isEqualNode(next)) return;
  slot.replaceChildren(next);
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
