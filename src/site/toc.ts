// Framework writes the table of contents at build time from each h2's textContent, so a
// bilingual heading (`## <span lang="zh-CN">…</span><span lang="en">…</span>`) would be listed
// as both languages run together. This gives each entry the heading's language spans back
// (as text, never markup), so the stylesheet shows only the reader's language, as in the page.

export const TOC_LABEL = {zh: "本页目录", en: "Contents"} as const;

function languageSpans(doc: Document, source: Element): HTMLSpanElement[] {
  return [...source.querySelectorAll<HTMLElement>("[lang]")]
    .filter((span) => span.parentElement?.closest("[lang]") === source.closest("[lang]")) // outermost spans only
    .map((span) => {
      const copy = doc.createElement("span");
      copy.lang = span.lang;
      copy.textContent = span.textContent;
      return copy;
    });
}

/** Rewrites the TOC's entries (and its label) into per-language spans; returns how many entries it changed. */
export function localizeToc(doc: Document = document): number {
  const toc = doc.getElementById("observablehq-toc");
  if (!toc) return 0;
  const label = toc.querySelector("nav > div");
  if (label && !label.querySelector("[lang]")) {
    const zh = doc.createElement("span");
    zh.lang = "zh-CN";
    zh.textContent = TOC_LABEL.zh;
    const en = doc.createElement("span");
    en.lang = "en";
    en.textContent = TOC_LABEL.en;
    label.replaceChildren(zh, en);
  }
  let changed = 0;
  for (const link of toc.querySelectorAll<HTMLAnchorElement>(".observablehq-secondary-link a[href^='#']")) {
    const id = decodeURIComponent(link.hash.slice(1));
    const heading = id ? doc.getElementById(id) : null;
    if (!heading) continue;
    const spans = languageSpans(doc, heading);
    if (spans.length < 2) continue;
    link.replaceChildren(...spans);
    changed++;
  }
  return changed;
}

/**
 * The sidebar, the pager and the site title are written once by Framework with both
 * languages in one label ("产业趋势 · Industry trends", from src/build/chapters.ts). This splits
 * every such label into per-language spans (as text), so only the reader's language shows.
 */
export function localizeNavigation(doc: Document = document): number {
  let changed = 0;
  for (const root of doc.querySelectorAll("#observablehq-sidebar, #observablehq-footer nav")) {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    for (const text of texts) {
      const match = /^(\s*)(.*[\u4e00-\u9fff].*?) · (.+?)(\s*)$/s.exec(text.data);
      if (!match || text.parentElement?.closest("[lang]:not(html)")) continue;
      const [, before, zh, en, after] = match;
      const zhSpan = doc.createElement("span");
      zhSpan.lang = "zh-CN";
      zhSpan.textContent = zh;
      const enSpan = doc.createElement("span");
      enSpan.lang = "en";
      enSpan.textContent = en;
      text.replaceWith(before, zhSpan, enSpan, after);
      changed++;
    }
  }
  return changed;
}
