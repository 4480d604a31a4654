// Pieces of the cover page: front-matter fields and the report's table of contents.
import {html} from "htl";
import type {Lang} from "../../lib/lang.js";

type MetaRow = {key: string; zh: string; en: string};
type Chapter = {zh: string; en: string; pages: {path: string; zh: string; en: string}[]};

/** A front-matter field in the reader's language; empty when the data has no such key. */
export function metaText(rows: MetaRow[], key: string, lang: Lang): string {
  const row = rows.find((r) => r.key === key);
  return row ? row[lang] : "";
}

/** The report's chapters, each with its built pages, as links in the report's order. */
export function coverNavigation(chapters: Chapter[], lang: Lang): HTMLElement {
  return html`<ol class="deck-contents">${chapters.map(
    (chapter) =>
      html`<li><strong>${chapter[lang]}</strong><ul>${chapter.pages.map(
        (page) => html`<li><a href=${`.${page.path}.html`}>${page[lang]}</a></li>`
      )}</ul></li>`
  )}</ol>` as HTMLElement;
}
