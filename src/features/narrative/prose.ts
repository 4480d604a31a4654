// The chapters' prose, read from data/report_meta.csv in the reader's language: each block
// takes `lang` and the page redraws it on a switch, like every view JavaScript renders.
import {html} from "htl";
import {figureTitle, metaRow, splitLeadIn, type FactRow, type MetaRow} from "../../lib/narrative.js";
import type {Lang} from "../../lib/lang.js";
import {sourceLine} from "../../ui/figure.js";
import {formatNumber} from "../../ui/format.js";

const TEXT = {
  zh: {figures: "本章图表"},
  en: {figures: "Figures in this chapter"}
} satisfies Record<Lang, unknown>;

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
 * Paragraphs of the report, one per key. `{fact-id}` placeholders take their value from
 * data/facts.csv. The source of every key is in the block's data-source.
 */
export function prose(
  rows: MetaRow[],
  keys: string[],
  {lang, facts = [], className = ""}: {lang: Lang; facts?: FactRow[]; className?: string}
): HTMLElement {
  const entries = keys.map((key) => metaRow(rows, key));
  const block = html`<div class=${`deck-prose ${className}`.trim()}>${entries.map((row) =>
    paragraph(fillFacts(row[lang], facts, lang))
  )}</div>` as HTMLElement;
  block.dataset.source = [...new Set(entries.map((row) => row.source))].join("; ");
  return block;
}

/** A short text of the report, inline (for headings and labels built in cells). */
export function reportPhrase(rows: MetaRow[], key: string, {lang}: {lang: Lang}): HTMLElement {
  return html`<span>${metaRow(rows, key)[lang]}</span>` as HTMLElement;
}

/** A concept the report defines, as a card: term and definition, with its source. */
export function conceptCard(rows: MetaRow[], termKey: string, textKey: string, lang: Lang): HTMLElement {
  const term = metaRow(rows, termKey);
  const text = metaRow(rows, textKey);
  return html`<div class="deck-card deck-concept">
  <h3>${term[lang]}</h3>
  <p>${text[lang]}</p>
  ${sourceLine(text.source, lang)}
</div>` as HTMLElement;
}

/** A number the report states, large, with its label and source (the value from facts.csv). */
export function factTile({value, unit, label, source, lang}: {value: string; unit?: string; label: string; source: string; lang: Lang}): HTMLElement {
  return html`<div class="deck-card deck-fact">
  <div class="deck-fact-value">${value}${unit ? html`<span class="deck-fact-unit">${lang === "zh" ? "" : " "}${unit}</span>` : null}</div>
  <div class="deck-fact-label">${label}</div>
  ${sourceLine(source, lang)}
</div>` as HTMLElement;
}

/** The chapter's figures as links to their places on the page (each drawn figure has id fig-N). */
export function figureList(rows: MetaRow[], numbers: number[], {lang}: {lang: Lang}): HTMLElement {
  return html`<nav class="deck-figure-list" aria-label=${TEXT[lang].figures}>
  <span>${TEXT[lang].figures}</span>
  <ol>${numbers.map((n) => html`<li><a href=${`#fig-${n}`}>${figureTitle(rows, n, lang)}</a></li>`)}</ol>
</nav>` as HTMLElement;
}
