// The one module with import-time effects: every page imports it once, in its first cell
// (`import "./site/bootstrap.js";`). It installs what every page has: the reader's language and
// the header's language buttons, the theme switch, the contents, sidebar and pager in the
// reader's language, and present mode. Everything it calls is side-effect free until called.
import {documentLang, langParam, type Lang} from "../lib/lang.js";
import {installPresentMode} from "./present.js";
import {installScenarios} from "./scenarios.js";
import {setLang, watchLang} from "./state.js";
import {installThemeSwitch} from "./theme.js";
import {localizeNavigation, localizeToc} from "./toc.js";

function applyLang(lang: Lang): void {
  document.documentElement.lang = documentLang(lang);
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
installPresentMode();
installScenarios();
