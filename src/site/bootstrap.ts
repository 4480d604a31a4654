// The one module with import-time effects: every page imports it once, in its first cell
// (`import "./site/bootstrap.js";`). It installs what every page has: the reader's language and
// the header's language buttons, the theme switch, the contents, sidebar and pager in the
// reader's language, the scenario switcher, and present mode's trigger. Everything it calls is
// side-effect free until called.
import {documentLang, langParam, type Lang} from "../lib/lang.js";
import {isTyping} from "./keys.js";
import {installScenarios} from "./scenarios.js";
import {setLang, watchLang} from "./state.js";
import {installThemeSwitch} from "./theme.js";
import {localizeNavigation, localizeToc} from "./toc.js";

function applyLang(lang: Lang): void {
  // Only a change: setting the root's lang, even to the same value, restyles the whole page.
  if (document.documentElement.lang !== documentLang(lang)) document.documentElement.lang = documentLang(lang);
  for (const button of document.querySelectorAll<HTMLElement>(".deck-lang [data-lang]")) {
    button.setAttribute("aria-pressed", button.dataset.lang === lang ? "true" : "false");
  }
}

// The head script set the document's language before the first paint; from here on it follows the parameter.
watchLang(applyLang);

// The header's language buttons switch in place, keeping the scroll position and every input.
document.addEventListener("click", (event) => {
  const button = (event.target as Element | null)?.closest?.(".deck-lang [data-lang]") as HTMLElement | null;
  const lang = button ? langParam.parse(button.dataset.lang ?? "") : undefined;
  if (lang) setLang(lang);
});

installThemeSwitch();
localizeToc();
localizeNavigation();

// Before any cell runs (the page's first cell awaits this module): a scenario applied on another
// page, or named by the link, sets the inputs' values the page's cells read first.
installScenarios();

// Present mode (the stage, its keys, the presenter window's channel, the deck's packing) is loaded
// only once a page presents, so that reading a page does not pay for it: at once for a link made
// for presenting (present.ts reads and checks its parameters), else on the first P or press of the
// header's button. From then on present.ts handles those itself.
const PRESENT_LINK_KEYS = ["present", "presenter", "preview"];
let presentMode: Promise<typeof import("./present.js")> | undefined;
function loadPresentMode(): Promise<typeof import("./present.js")> {
  return (presentMode ??= import("./present.js")
    .then((module) => {
      module.installPresentMode();
      return module;
    })
    .finally(() => {
      // The head script hid a presenting link's page until the stage is built; never leave it hidden.
      document.documentElement.classList.remove("deck-present-loading");
    }));
}
function startPresenting(): void {
  removeEventListener("keydown", onPresentKey, true);
  document.removeEventListener("click", onPresentClick);
  void loadPresentMode().then((module) => module.setPresenting(true));
}
function onPresentKey(event: KeyboardEvent): void {
  if (event.metaKey || event.ctrlKey || event.altKey || (event.key !== "p" && event.key !== "P")) return;
  if (isTyping(event.target)) return;
  event.preventDefault();
  startPresenting();
}
function onPresentClick(event: MouseEvent): void {
  if ((event.target as Element | null)?.closest?.("[data-deck-present]")) startPresenting();
}
const query = new URLSearchParams(location.search);
if (PRESENT_LINK_KEYS.some((key) => query.has(key))) void loadPresentMode();
else {
  addEventListener("keydown", onPresentKey, true);
  document.addEventListener("click", onPresentClick);
}
