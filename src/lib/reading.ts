// Reading comfort on every page (src/lib/state.ts, which every page imports, imports this):
// the header's theme switch, and a table of contents in the reader's language.
import {installThemeSwitch} from "./theme.js";
import {localizeToc} from "./toc.js";

if (typeof window !== "undefined" && typeof document !== "undefined") {
  installThemeSwitch();
  localizeToc();
}
