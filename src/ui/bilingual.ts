// The one exception to "JavaScript renders in the reader's language": an input is built once
// (it holds the reader's focus, position and value), so its label carries both languages and
// the stylesheet shows one. Everything else takes `lang` and re-renders.

/** "搜索" / "Search" as twin spans, for an input's label or an option; text only, never markup. */
export function inputLabel(zh: string, en: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const [lang, text] of [
    ["zh-CN", zh],
    ["en", en]
  ]) {
    const span = document.createElement("span");
    span.lang = lang;
    span.textContent = text;
    fragment.append(span);
  }
  return fragment;
}
