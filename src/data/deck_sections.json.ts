// Data loader: the decks' outline (the report's pages in order, every page's sections with their
// headings in both languages), for present mode's overview and counter (src/site/present.ts).
import {deckOutline} from "../build/deck-outline.js";
import {runLoader} from "../build/loader.js";

runLoader(() => deckOutline());
