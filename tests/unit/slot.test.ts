// @vitest-environment jsdom
import {describe, expect, test} from "vitest";
import {showChanged} from "../../src/ui/slot.js";

/** A list like the quadrant's members: a heading, then one item per model. */
function list(items: {id: string; text: string; flag?: string}[], heading = `${items.length} models`): HTMLElement {
  const root = document.createElement("section");
  const h = document.createElement("h3");
  h.textContent = heading;
  const ol = document.createElement("ol");
  for (const item of items) {
    const li = document.createElement("li");
    li.dataset.id = item.id;
    li.textContent = item.text;
    if (item.flag) li.className = item.flag;
    ol.append(li);
  }
  root.append(h, ol);
  return root;
}

describe("showChanged", () => {
  test("an empty slot shows the node", () => {
    const slot = document.createElement("div");
    const next = list([{id: "a", text: "A · $1"}]);
    showChanged(slot, next);
    expect(slot.firstChild).toBe(next);
  });

  test("a node of the same shape keeps the shown nodes and takes the new text and attributes", () => {
    const slot = document.createElement("div");
    showChanged(slot, list([{id: "a", text: "A · $1.00", flag: "qx-scenario"}, {id: "b", text: "B · $2.00"}]));
    const [section, first, second] = [slot.firstElementChild!, ...slot.querySelectorAll("li")];
    showChanged(slot, list([{id: "b", text: "B · $2.50"}, {id: "a", text: "A · $3.00"}]));
    // The same nodes…
    expect(slot.firstElementChild).toBe(section);
    expect([...slot.querySelectorAll("li")]).toEqual([first, second]);
    // …reading as the new list: text, changed attributes, and an attribute the new list lacks removed.
    expect([...slot.querySelectorAll("li")].map((li) => [li.dataset.id, li.textContent, li.className])).toEqual([
      ["b", "B · $2.50", ""],
      ["a", "A · $3.00", ""]
    ]);
    expect(first.hasAttribute("class")).toBe(false);
  });

  test("text that did not change is not set again", () => {
    const slot = document.createElement("div");
    showChanged(slot, list([{id: "a", text: "A · $1"}, {id: "b", text: "B · $2"}]));
    const texts = [...slot.querySelectorAll("li")].map((li) => li.firstChild!);
    const seen: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => seen.push(r.target)));
    observer.observe(slot, {subtree: true, characterData: true, attributes: true, childList: true});
    showChanged(slot, list([{id: "a", text: "A · $1"}, {id: "b", text: "B · $9"}]));
    const changed = observer.takeRecords().map((r) => r.target);
    observer.disconnect();
    expect([...seen, ...changed]).toEqual([texts[1]]);
  });

  test("an item more or less adds or removes that item only; a flag added to an item adds only the flag", () => {
    const slot = document.createElement("div");
    showChanged(slot, list([{id: "a", text: "A"}]));
    const [section, first] = [slot.firstElementChild!, slot.querySelector("li")!];
    showChanged(slot, list([{id: "a", text: "A"}, {id: "b", text: "B"}]));
    expect(slot.firstElementChild).toBe(section);
    expect(slot.querySelector("li")).toBe(first);
    expect([...slot.querySelectorAll("li")].map((li) => li.dataset.id)).toEqual(["a", "b"]);
    expect(slot.querySelector("h3")!.textContent).toBe("2 models");
    // A flag (an element) in an item: the item and its text stay, the flag is added, then removed.
    const flagged = list([{id: "a", text: "A"}]);
    const flag = document.createElement("span");
    flag.className = "qx-flag";
    flag.textContent = "scenario";
    flagged.querySelector("li")!.append(flag);
    showChanged(slot, flagged);
    expect(slot.querySelector("li")).toBe(first);
    expect(slot.querySelectorAll("li").length).toBe(1);
    expect(first.innerHTML).toBe('A<span class="qx-flag">scenario</span>');
    showChanged(slot, list([{id: "a", text: "A"}]));
    expect(first.innerHTML).toBe("A");
  });

  test("a node of another kind replaces the shown one", () => {
    const slot = document.createElement("div");
    showChanged(slot, list([{id: "a", text: "A"}]));
    const other = document.createElement("p");
    other.textContent = "No model inside the current lines.";
    showChanged(slot, other);
    expect(slot.childNodes.length).toBe(1);
    expect(slot.firstChild).toBe(other);
  });
});
