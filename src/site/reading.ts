// Reading comfort on every page (src/site/state.ts, which every page imports, imports this):
// the header's theme switch, and a table of contents, sidebar and pager in the reader's language.
import {installThemeSwitch} from "./theme.js";
import {localizeNavigation, localizeToc} from "./toc.js";

if (typeof window !== "undefined" && typeof document !== "undefined") {
  installThemeSwitch();
  localizeToc();
  localizeNavigation();
}
