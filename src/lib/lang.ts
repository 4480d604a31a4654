// The reader's two languages. Pure: the type every layer shares, the `lang` URL parameter, and
// the rule for which language a page starts in. observablehq.config.ts inlines initialLang's own
// source as the head script that sets the language before the first paint, so the rule exists once.
import {defineParam, oneOf} from "./params.js";

export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** Where the reader's choice is remembered (localStorage). */
export const LANG_STORAGE_KEY = "deck.lang";

/** The reader's language in the link; always written (equals never holds), so a shared link keeps it. */
export const langParam = defineParam<Lang>("lang", oneOf(LANGS), "zh", {equals: () => false});

/**
 * The language a page starts in: ?lang= if valid, else the remembered choice, else the browser's
 * (Chinese for any zh locale or none, English otherwise). Self-contained (no outer names, no inner
 * functions) because its source is inlined as the head script.
 */
export function initialLang(search: string, stored: string | null, browserLanguage: string | undefined): Lang {
  const asked = new URLSearchParams(search).get("lang");
  if (asked === "zh" || asked === "en") return asked;
  if (stored === "zh" || stored === "en") return stored;
  if (!browserLanguage) return "zh";
  return browserLanguage.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** The document's lang attribute for a language (zh-CN makes Chromium pick Chinese, not Japanese, glyphs). */
export function documentLang(lang: Lang): string {
  return lang === "zh" ? "zh-CN" : "en";
}
