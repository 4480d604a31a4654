// Presenting: the same page, read as a deck. Each `##` section is a slide; in present mode
// the sidebar and table of contents go, type grows, and the arrow keys (or a clicker's
// PageUp/PageDown) step from slide to slide and on to the next page, language kept.
// `?present=1` makes a presenting view a link; P toggles it; Escape leaves it.
import {defineParam} from "../lib/params.js";
import {currentSearch, getParam, setParam} from "./state.js";

export const presentParam = defineParam("present", (raw) => (raw === "1" ? true : raw === "0" ? false : undefined), false, {
  format: (on) => (on ? "1" : "0")
});

/** The slide to go to from `current` (the index of the slide at the top), or null past either end. */
export function stepSlide(count: number, current: number, direction: 1 | -1): number | null {
  const next = current + direction;
  return next < 0 || next >= count ? null : next;
}

/** Which slide is at the top: the last one whose top is at or above the reading line. */
export function currentSlide(tops: number[], readingLine: number): number {
  let index = 0;
  tops.forEach((top, i) => {
    if (top <= readingLine + 1) index = i;
  });
  return index;
}

const KEYS_NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " "]);
const KEYS_PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

function slides(): HTMLElement[] {
  const main = document.getElementById("observablehq-main");
  if (!main) return [];
  const first = main.querySelector<HTMLElement>("h1, .deck-cover, h2");
  const headings = [...main.querySelectorAll<HTMLElement>("h2")].filter((h) => h.offsetParent !== null);
  return first && !headings.includes(first) ? [first, ...headings] : headings;
}

function headerOffset(): number {
  return document.getElementById("observablehq-header")?.getBoundingClientRect().bottom ?? 0;
}

function go(direction: 1 | -1): void {
  const list = slides();
  const offset = headerOffset();
  const current = currentSlide(
    list.map((el) => el.getBoundingClientRect().top),
    offset + 8
  );
  const next = stepSlide(list.length, current, direction);
  if (next !== null) {
    window.scrollTo({top: window.scrollY + list[next].getBoundingClientRect().top - offset - 8});
    return;
  }
  // Past the last slide, on to the next page (Framework's pager), keeping the language and the mode.
  const link = document.querySelector<HTMLAnchorElement>(`#observablehq-footer nav a[rel="${direction === 1 ? "next" : "prev"}"]`);
  if (link) {
    const url = new URL(link.href);
    const here = new URLSearchParams(currentSearch());
    for (const key of ["lang", "present"]) if (here.has(key)) url.searchParams.set(key, here.get(key)!);
    location.href = url.href;
  }
}

function apply(on: boolean): void {
  document.documentElement.classList.toggle("deck-present", on);
  for (const button of document.querySelectorAll<HTMLElement>("[data-deck-present]")) {
    button.setAttribute("aria-pressed", String(on));
  }
}

/** Turns present mode on or off (in the URL too, so the view is a link). */
export function setPresenting(on: boolean): void {
  setParam(presentParam, on);
  apply(on);
}

/** Present mode's keys and button; the bootstrap calls it once per page. */
export function installPresentMode(): void {
  apply(getParam(presentParam));
  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    if (target?.closest?.("input, textarea, select, [contenteditable], [role=slider]") || event.metaKey || event.ctrlKey || event.altKey) return;
    const on = document.documentElement.classList.contains("deck-present");
    if (event.key === "p" || event.key === "P") return setPresenting(!on);
    if (!on) return;
    if (event.key === "Escape") return setPresenting(false);
    if (KEYS_NEXT.has(event.key) || KEYS_PREVIOUS.has(event.key)) {
      event.preventDefault();
      go(KEYS_NEXT.has(event.key) ? 1 : -1);
    }
  });
  document.addEventListener("click", (event) => {
    if ((event.target as Element | null)?.closest?.("[data-deck-present]")) {
      setPresenting(!document.documentElement.classList.contains("deck-present"));
    }
  });
}
