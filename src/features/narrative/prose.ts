// The chapters' prose, read from data/report_meta.csv and written out in both languages at
// once (<div lang="zh-CN"> and <div lang="en">): the stylesheet shows the reader's, so the
// switch is instant and these blocks never re-render.
import {html} from "htl";
import {t} from "../../lib/i18n.js";
import {figureTitle, metaRow, splitLeadIn, type FactRow, type MetaRow} from "../../lib/narrative.js";
import type {Lang} from "../../lib/lang.js";
import {formatNumber, formatSource} from "../../ui/format.js";

const LANG_ATTRIBUTE = {zh: "zh-CN", en: "en"} as const;

/** Fills `{fact-id}` placeholders with the fact's value from data/facts.csv, formatted for `lang`. */
export function fillFacts(text: string, facts: FactRow[], lang: Lang): string {
  return text.replace(/\{([a-z0-9][a-z0-9.-]*)\}/g, (_, id: string) => formatNumber(factRow(facts, id).value, lang));
}

/** A fact's value for display, e.g. 200000 -> "200,000". */
export function factValue(facts: FactRow[], id: string, lang: Lang): string {
  return formatNumber(factRow(facts, id).value, lang);
}

function factRow(facts: FactRow[], id: string): FactRow {
  const fact = facts.find((f) => f.id === id);
  if (!fact) throw new Error(`data/facts.csv has no fact with id "${id}"`);
  return fact;
}

function paragraph(text: string): HTMLElement {
  const {lead, rest} = splitLeadIn(text);
  return html`<p>${lead ? html`<strong>${lead}</strong> ` : null}${rest}</p>` as HTMLElement;
}

/**
 * Paragraphs of the report, one per key, in both languages. `{fact-id}` placeholders take
 * their value from data/facts.csv. The source of every key is in the block's data-source.
 */
export function prose(rows: MetaRow[], keys: string[], {facts = [], className = ""}: {facts?: FactRow[]; className?: string} = {}): HTMLElement {
  const entries = keys.map((key) => metaRow(rows, key));
  const block = html`<div class=${`deck-prose ${className}`.trim()}>${(["zh", "en"] as const).map(
    (lang) => html`<div lang=${LANG_ATTRIBUTE[lang]}>${entries.map((row) => paragraph(fillFacts(row[lang], facts, lang)))}</div>`
  )}</div>` as HTMLElement;
  block.dataset.source = [...new Set(entries.map((row) => row.source))].join("; ");
  return block;
}

/** A short text of the report in both languages, inline (for headings and labels built in cells). */
export function bilingual(rows: MetaRow[], key: string): HTMLElement {
  const row = metaRow(rows, key);
  return html`<span><span lang="zh-CN">${row.zh}</span><span lang="en">${row.en}</span></span>` as HTMLElement;
}

/** A concept the report defines, as a card: term and definition, with its source. */
export function conceptCard(rows: MetaRow[], termKey: string, textKey: string, lang: Lang): HTMLElement {
  const term = metaRow(rows, termKey);
  const text = metaRow(rows, textKey);
  return html`<div class="deck-card deck-concept">
  <h3>${term[lang]}</h3>
  <p>${text[lang]}</p>
  <p class="deck-source">${t(lang, "资料来源：", "Source: ")}${formatSource(text.source, lang)}</p>
</div>` as HTMLElement;
}

/** A number the report states, large, with its label and source (the value from facts.csv). */
export function factTile({value, unit, label, source, lang}: {value: string; unit?: string; label: string; source: string; lang: Lang}): HTMLElement {
  return html`<div class="deck-card deck-fact">
  <div class="deck-fact-value">${value}${unit ? html`<span class="deck-fact-unit">${lang === "zh" ? "" : " "}${unit}</span>` : null}</div>
  <div class="deck-fact-label">${label}</div>
  <p class="deck-source">${t(lang, "资料来源：", "Source: ")}${formatSource(source, lang)}</p>
</div>` as HTMLElement;
}

/** The chapter's figures as links to their places on the page (each drawn figure has id fig-N). */
export function figureList(rows: MetaRow[], numbers: number[], {lang}: {lang: Lang}): HTMLElement {
  return html`<nav class="deck-figure-list" aria-label=${t(lang, "本章图表", "Figures in this chapter")}>
  <span>${t(lang, "本章图表", "Figures in this chapter")}</span>
  <ol>${numbers.map((n) => html`<li><a href=${`#fig-${n}`}>${figureTitle(rows, n, lang)}</a></li>`)}</ol>
</nav>` as HTMLElement;
}
