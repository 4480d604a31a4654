// Pieces of the vendor pages (report §3) that hold the report's prose, in the reader's
// language: each takes `lang` and the page redraws it on a switch. Text from data always goes
// through htl interpolation, never innerHTML.
import {html} from "htl";
import {pick} from "../../lib/i18n.js";
import type {Lang} from "../../lib/lang.js";
import {figureSource, figureTitle, findMetaRow} from "../../lib/narrative.js";
import type {Fact, ReportMeta, Takeaway, Vendor} from "../../lib/schema.js";
import {
  COMPARED_VENDORS,
  contextWindowRange,
  shortTokens,
  vendorShortName,
  vendorTakeaway,
  type ContextWindowPoint
} from "../../lib/vendors.js";
import {sourceLine} from "../../ui/figure.js";
import {vendorColor} from "../../ui/palette.js";

const TEXT = {
  zh: {
    missing: (what: string) => `暂无（data/ 中缺少 ${what}）`,
    imageLost: "原图为图片，报告的文本版未保留图像；此处保留其标题与来源。",
    quotedAsWritten: "推文原文为英文，报告照录原文。",
    specialUse: (tokens: string) => `（特定用途可达 ${tokens}）`,
    windows: (parts: string[]) => `报告写到的上下文窗口：${parts.join("；")}。`,
    noWindow: (names: string[]) => `报告未提及 ${names.join("、")} 的上下文窗口。`
  },
  en: {
    missing: (what: string) => `Not available (${what} is missing from data/)`,
    imageLost: "The original is an image that the report's text edition does not keep; its caption and source are kept here.",
    quotedAsWritten: "The post is in English in the report too, quoted as written.",
    specialUse: (tokens: string) => ` (up to ${tokens} for specific uses)`,
    windows: (parts: string[]) => `The context windows the report states: ${parts.join("; ")}.`,
    noWindow: (names: string[]) => ` The report gives none for ${names.join(", ")}.`
  }
} satisfies Record<Lang, unknown>;

type Options = {lang: Lang};

/** Where each compared vendor's page is (report §3.2–3.6). */
export const VENDOR_PAGES: Record<string, string> = {
  openai: "./openai.html",
  meta: "./llama.html",
  anthropic: "./anthropic.html",
  xai: "./xai.html",
  google: "./gemini.html"
};

function notAvailable(what: string, lang: Lang): HTMLElement {
  return html`<p class="deck-note">${TEXT[lang].missing(what)}</p>` as HTMLElement;
}

/** A passage of the report from report_meta (key `narrative.…`), with its source. */
export function narrative(meta: ReportMeta[], key: string, {lang, source = true}: Options & {source?: boolean}): HTMLElement {
  const row = findMetaRow(meta, key);
  if (!row) return notAvailable(`report_meta ${key}`, lang);
  return html`<div class="deck-prose"><p>${row[lang]}</p>${source ? sourceLine(row.source, lang) : ""}</div>` as HTMLElement;
}

/** A column of vendors.csv (positioning, strengths or outlook) as a passage. */
export function vendorPassage(vendor: Vendor, field: "positioning" | "strengths" | "outlook", {lang}: Options): HTMLElement {
  const text = pick(vendor, field, lang);
  if (!text) return notAvailable(`vendors.csv ${vendor.id} ${field}`, lang);
  return html`<div class="deck-prose"><p>${text}</p>${sourceLine(vendor.source, lang)}</div>` as HTMLElement;
}

function reportFigure(meta: ReportMeta[], figure: number, className: string, lang: Lang, ...content: unknown[]): HTMLElement {
  return html`<figure class=${`deck-figure ${className}`} id=${`fig-${figure}`}>
    <figcaption>${figureTitle(meta, figure, lang)}</figcaption>
    ${content} ${sourceLine(figureSource(meta, figure, lang), lang)}
  </figure>` as HTMLElement;
}

/**
 * A figure of the report that was an image (a screenshot or an illustration): the text edition
 * keeps only its caption and source, so that is what is shown, said plainly, with any related content.
 */
export function reportImageFigure(meta: ReportMeta[], figure: number, {lang, content}: Options & {content?: Node | string}): HTMLElement {
  return reportFigure(meta, figure, "deck-image-figure", lang, content ?? "", html`<p class="deck-note">${TEXT[lang].imageLost}</p>`);
}

/** Fig. 14: Sam Altman's roadmap post, as the report prints it (in English in both editions). */
export function roadmapQuote(meta: ReportMeta[], {lang}: Options): HTMLElement {
  const text = findMetaRow(meta, "figure.14.text");
  if (!text) return notAvailable("report_meta figure.14.text", lang);
  const match = /^(Sam Altman\s+@\w+)\s+(.*)$/s.exec(text.en);
  const [author, body] = match ? [match[1], match[2]] : ["", text.en];
  const [headline, ...rest] = body.split(/(?<=:)\s+/);
  return reportFigure(
    meta,
    14,
    "deck-quote-figure",
    lang,
    html`<blockquote class="deck-quote">
      ${author ? html`<p class="deck-quote-author">${author}</p>` : ""}
      <p><strong>${headline}</strong></p>
      <p>${rest.join(" ")}</p>
    </blockquote>`,
    html`<p class="deck-note">${TEXT[lang].quotedAsWritten}</p>`
  );
}

/** Fig. 20: the Grok-3 example, a user's request and Grok's answer with its Python code. */
export function grokExample(meta: ReportMeta[], {lang}: Options): HTMLElement {
  const text = findMetaRow(meta, "figure.20.text");
  const code = findMetaRow(meta, "narrative.xai-grok-3-example-code");
  if (!text) return notAvailable("report_meta figure.20.text", lang);
  return reportFigure(
    meta,
    20,
    "deck-chat-figure",
    lang,
    html`<div class="deck-chat"><p>${text[lang]}</p></div>`,
    code ? html`<pre class="deck-code"><code>${code.zh}</code></pre>` : ""
  );
}

/** The vendor at a glance: the report's one-line positioning and its key-takeaway item for the vendor. */
export function vendorSummary(vendor: Vendor, takeaways: Takeaway[], {lang}: Options): HTMLElement {
  const takeaway = vendorTakeaway(takeaways, vendor);
  const positioning = pick(vendor, "positioning", lang);
  return html`<aside class="deck-vendor-summary" style=${`--vendor-color: ${vendorColor(vendor.id)}`}>
    ${positioning ? html`<p class="deck-vendor-positioning">${positioning}</p>` : ""}
    ${takeaway ? html`<p>${takeaway[lang]}</p>` : ""}
    ${sourceLine(takeaway ? `${vendor.source}; ${takeaway.source}` : vendor.source, lang)}
  </aside>` as HTMLElement;
}

/** The five compared vendors as cards linking to their pages, in the report's order. */
export function vendorCards(vendors: Vendor[], takeaways: Takeaway[], {lang}: Options): HTMLElement {
  const compared = vendors.filter((v) => v.compared).sort((a, b) => a.order - b.order);
  return html`<div class="deck-vendor-cards" data-deck-rows>
    ${compared.map((vendor) => {
      const takeaway = vendorTakeaway(takeaways, vendor);
      const positioning = pick(vendor, "positioning", lang);
      return html`<a
        class="deck-vendor-card"
        href=${VENDOR_PAGES[vendor.id] ?? "#"}
        style=${`--vendor-color: ${vendorColor(vendor.id)}`}
      >
        <strong class="deck-vendor-card-name">${pick(vendor, "name", lang)}</strong>
        ${positioning ? html`<span class="deck-vendor-card-positioning">${positioning}</span>` : ""}
        ${takeaway ? html`<span class="deck-vendor-card-takeaway">${takeaway[lang]}</span>` : ""}
      </a>`;
    })}
  </div>` as HTMLElement;
}

/** The context windows the report states, vendor by vendor ("LLaMA 2K → 128K; Anthropic 9K → 200K, 1M for specific uses …"). */
export function contextWindowSummary(points: ContextWindowPoint[], vendors: Vendor[], {lang}: Options): HTMLElement {
  const text = TEXT[lang];
  const regular = contextWindowRange(points.filter((p) => !p.special));
  const special = contextWindowRange(points.filter((p) => p.special));
  const parts = COMPARED_VENDORS.filter((id) => regular.has(id)).map((id) => {
    const vendor = vendors.find((v) => v.id === id);
    const name = vendor ? vendorShortName(vendor) : id;
    const {min, max} = regular.get(id)!;
    const span = min === max ? shortTokens(max) : `${shortTokens(min)} → ${shortTokens(max)}`;
    const extra = special.get(id);
    return `${name} ${span}${extra ? text.specialUse(shortTokens(extra.max)) : ""}`;
  });
  const missing = vendors
    .filter((v) => (COMPARED_VENDORS as readonly string[]).includes(v.id) && !regular.has(v.id))
    .map((v) => vendorShortName(v));
  return html`<div class="deck-prose"><p>${text.windows(parts)}${missing.length ? text.noWindow(missing) : ""}</p></div>` as HTMLElement;
}

/** Figures the report states in its prose (facts.csv), as tiles: the value, its unit and the report's words. */
export function factTiles(facts: Fact[], ids: string[], {lang}: Options): HTMLElement {
  return html`<div class="deck-fact-tiles">
    ${ids.map((id) => {
      const fact = facts.find((f) => f.id === id);
      if (!fact) return notAvailable(`facts.csv ${id}`, lang);
      return html`<div class="deck-fact-tile">
        <span class="deck-fact-value">${fact.value}<small>${pick(fact, "unit", lang).replace(/\s*\(.*\)$/, "")}</small></span>
        <span class="deck-fact-label">${pick(fact, "label", lang)}</span>
        ${sourceLine(fact.source, lang)}
      </div>`;
    })}
  </div>` as HTMLElement;
}
