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
