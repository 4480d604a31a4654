// Light and dark themes: the header's switch picks auto (the system's), light or dark; the
// choice is remembered. observablehq.config.ts inlines parseTheme's source in the head, so the
// remembered choice applies before the first paint by the same rule as here.

export const THEMES = ["auto", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_STORAGE_KEY = "deck.theme";

/** A stored value as a theme: anything unknown (or nothing) is auto. Self-contained: its source is the head script's. */
export function parseTheme(stored: string | null | undefined): Theme {
  return stored === "light" || stored === "dark" ? stored : "auto";
}

/** Sets the document's theme (no attribute for auto: the stylesheet follows the system) and the buttons' state. */
export function applyTheme(theme: Theme, doc: Document = document): void {
  const root = doc.documentElement;
  // Only a change: setting the root's attribute, even to the same value, restyles the whole page.
  if (theme === "auto") root.removeAttribute("data-theme");
  else if (root.getAttribute("data-theme") !== theme) root.setAttribute("data-theme", theme);
  for (const button of doc.querySelectorAll<HTMLElement>(".deck-theme [data-theme-choice]")) {
    button.setAttribute("aria-pressed", button.dataset.themeChoice === theme ? "true" : "false");
  }
}

function storedTheme(): Theme {
  try {
    return parseTheme(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return "auto"; // storage can be disabled
  }
}

/** The reader's theme: the remembered choice, else auto. */
export function getTheme(): Theme {
  return parseTheme(document.documentElement.getAttribute("data-theme") ?? storedTheme());
}

/** Switches the theme at once and remembers it. */
export function setTheme(theme: Theme): void {
  applyTheme(theme);
  try {
    if (theme === "auto") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // switched for this page, not remembered
  }
}

/** Delegates the header buttons' clicks (they exist on every page, before this module loads). */
export function installThemeSwitch(doc: Document = document): void {
  doc.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest?.(".deck-theme [data-theme-choice]") as HTMLElement | null;
    if (button) setTheme(parseTheme(button.dataset.themeChoice));
  });
  applyTheme(storedTheme(), doc);
}
