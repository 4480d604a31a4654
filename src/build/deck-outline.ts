// The decks' outline for the browser: the report's pages in order and every page's sections
// (slide keys and headings in both languages), read from the pages' markdown by the same parser
// that keys the speaker notes (./speaker-notes.ts). Present mode's overview lists the pages of the
// deck that are not laid out yet from it, and its counter says which page of the deck is shown.
import type {DeckOutline} from "../lib/deck.js";
import {reportPages} from "./chapters.js";
import {pageSlides, pagesDir} from "./speaker-notes.js";

/** A heading the page renders itself has no words here: its key, made readable, stands in. */
function readable(key: string): string {
  const words = key.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function deckOutline(dir: string = pagesDir()): DeckOutline {
  return {
    report: reportPages(),
    pages: pageSlides(dir).map(({page, zh, en, slides}) => ({
      page,
      zh,
      en,
      sections: slides.map((slide) => ({key: slide.key, zh: slide.zh || readable(slide.key), en: slide.en || readable(slide.key)}))
    }))
  };
}
