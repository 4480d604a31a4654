// Pieces of the vendor pages (report §3) that hold the report's prose: both languages are in
// the page at once (CSS shows the reader's), so switching is instant and nothing re-renders.
// Text from data always goes through htl interpolation, never innerHTML.
import {html} from "htl";
import type {Fact, ReportMeta, Takeaway, Vendor} from "../../lib/schema.js";
import {vendorColor} from "../../ui/palette.js";
import {
  COMPARED_VENDORS,
  contextWindowRange,
  shortTokens,
  vendorShortName,
  vendorTakeaway,
  type ContextWindowPoint
} from "../../lib/vendors.js";
import {formatSource} from "../../ui/format.js";
import {metaRow} from "../../lib/narrative.js";

type Bilingual = {zh: string; en: string};

/** Where each compared vendor's page is (report §3.2–3.6). */
export const VENDOR_PAGES: Record<string, string> = {
  openai: "./openai.html",
  meta: "./llama.html",
  anthropic: "./anthropic.html",
  xai: "./xai.html",
  google: "./gemini.html"
};

function both({zh, en}: Bilingual, tag: "span" | "p" | "div" = "span") {
  if (tag === "p")
    return html`<p lang="zh-CN">${zh}</p>
      <p lang="en">${en}</p>`;
  if (tag === "div")
    return html`<div lang="zh-CN">${zh}</div>
      <div lang="en">${en}</div>`;
  return html`<span lang="zh-CN">${zh}</span><span lang="en">${en}</span>`;
}

/** "资料来源：报告 §3.2" / "Source: Report §3.2", both languages. */
export function bilingualSource(source: string): HTMLElement {
  return html`<p class="deck-source">
    ${both({zh: `资料来源：${formatSource(source, "zh")}`, en: `Source: ${formatSource(source, "en")}`})}
  </p>` as HTMLElement;
}

function notAvailable(what: string): HTMLElement {
  return html`<p class="deck-note">
    ${both({zh: `暂无（data/ 中缺少 ${what}）`, en: `Not available (${what} is missing from data/)`})}
  </p>` as HTMLElement;
}

/** A passage of the report from report_meta (key `narrative.…`), in both languages, with its source. */
export function narrative(meta: ReportMeta[], key: string, {source = true}: {source?: boolean} = {}): HTMLElement {
  const row = metaRow(meta, key);
  if (!row) return notAvailable(`report_meta ${key}`);
  return html`<div class="deck-prose">
    ${both(row, "p")}${source ? bilingualSource(row.source) : ""}
  </div>` as HTMLElement;
}

/** A column of vendors.csv (positioning, strengths or outlook) as a passage in both languages. */
export function vendorPassage(vendor: Vendor, field: "positioning" | "strengths" | "outlook"): HTMLElement {
  const zh = vendor[`${field}_zh`];
  const en = vendor[`${field}_en`];
  if (!zh || !en) return notAvailable(`vendors.csv ${vendor.id} ${field}`);
  return html`<div class="deck-prose">${both({zh, en}, "p")}${bilingualSource(vendor.source)}</div>` as HTMLElement;
}

function figureCaption(meta: ReportMeta[], figure: number): HTMLElement {
  const caption = metaRow(meta, `figure.${figure}.caption`);
  return html`<figcaption>
    ${both({zh: `图表 ${figure} ${caption?.zh ?? ""}`, en: `Fig. ${figure} ${caption?.en ?? ""}`})}
  </figcaption>` as HTMLElement;
}

function figureSourceLine(meta: ReportMeta[], figure: number): HTMLElement {
  const source = metaRow(meta, `figure.${figure}.source`);
  return html`<p class="deck-source">
    ${both({zh: `资料来源：${source?.zh ?? `报告图表 ${figure}`}`, en: `Source: ${source?.en ?? `Report Fig. ${figure}`}`})}
  </p>` as HTMLElement;
}

/**
 * A figure of the report that was an image (a screenshot or an illustration): the text edition
 * keeps only its caption and source, so that is what is shown, said plainly, with any related content.
 */
export function reportImageFigure(meta: ReportMeta[], figure: number, content?: Node | string): HTMLElement {
  return html`<figure class="deck-figure deck-image-figure" id=${`fig-${figure}`}>
    ${figureCaption(meta, figure)} ${content ?? ""}
    <p class="deck-note">
      ${both({
        zh: "原图为图片，报告的文本版未保留图像；此处保留其标题与来源。",
        en: "The original is an image that the report's text edition does not keep; its caption and source are kept here."
      })}
    </p>
    ${figureSourceLine(meta, figure)}
  </figure>` as HTMLElement;
}

/** Fig. 14: Sam Altman's roadmap post, as the report prints it (in English in both editions). */
export function roadmapQuote(meta: ReportMeta[]): HTMLElement {
  const text = metaRow(meta, "figure.14.text");
  if (!text) return notAvailable("report_meta figure.14.text");
  const match = /^(Sam Altman\s+@\w+)\s+(.*)$/s.exec(text.en);
  const [author, body] = match ? [match[1], match[2]] : ["", text.en];
  const [headline, ...rest] = body.split(/(?<=:)\s+/);
  return html`<figure class="deck-figure deck-quote-figure" id="fig-14">
    ${figureCaption(meta, 14)}
    <blockquote class="deck-quote">
      ${author ? html`<p class="deck-quote-author">${author}</p>` : ""}
      <p><strong>${headline}</strong></p>
      <p>${rest.join(" ")}</p>
    </blockquote>
    <p class="deck-note">
      ${both({
        zh: "推文原文为英文，报告照录原文。",
        en: "The post is in English in the report too, quoted as written."
      })}
    </p>
    ${figureSourceLine(meta, 14)}
  </figure>` as HTMLElement;
}

/** Fig. 20: the Grok-3 example, a user's request and Grok's answer with its Python code. */
export function grokExample(meta: ReportMeta[]): HTMLElement {
  const text = metaRow(meta, "figure.20.text");
  const code = metaRow(meta, "narrative.xai-grok-3-example-code");
  if (!text) return notAvailable("report_meta figure.20.text");
  return html`<figure class="deck-figure deck-chat-figure" id="fig-20">
    ${figureCaption(meta, 20)}
    <div class="deck-chat">${both(text, "p")}</div>
    ${code ? html`<pre class="deck-code"><code>${code.zh}</code></pre>` : ""} ${figureSourceLine(meta, 20)}
  </figure>` as HTMLElement;
}

/** The vendor at a glance: the report's one-line positioning and its key-takeaway item for the vendor. */
export function vendorSummary(vendor: Vendor, takeaways: Takeaway[]): HTMLElement {
  const takeaway = vendorTakeaway(takeaways, vendor);
  const positioning =
    vendor.positioning_zh && vendor.positioning_en ? {zh: vendor.positioning_zh, en: vendor.positioning_en} : null;
  return html`<aside class="deck-vendor-summary" style=${`--vendor-color: ${vendorColor(vendor.id)}`}>
    ${positioning ? html`<p class="deck-vendor-positioning">${both(positioning)}</p>` : ""}
    ${takeaway ? html`<p>${both(takeaway)}</p>` : ""}
    ${bilingualSource(takeaway ? `${vendor.source}; ${takeaway.source}` : vendor.source)}
  </aside>` as HTMLElement;
}

/** The five compared vendors as cards linking to their pages, in the report's order. */
export function vendorCards(vendors: Vendor[], takeaways: Takeaway[]): HTMLElement {
  const compared = vendors.filter((v) => v.compared).sort((a, b) => a.order - b.order);
  return html`<div class="deck-vendor-cards">
    ${compared.map((vendor) => {
      const takeaway = vendorTakeaway(takeaways, vendor);
      return html`<a
        class="deck-vendor-card"
        href=${VENDOR_PAGES[vendor.id] ?? "#"}
        style=${`--vendor-color: ${vendorColor(vendor.id)}`}
      >
        <strong class="deck-vendor-card-name">${both({zh: vendor.name_zh, en: vendor.name_en})}</strong>
        ${vendor.positioning_zh && vendor.positioning_en ? html`<span class="deck-vendor-card-positioning">${both({zh: vendor.positioning_zh, en: vendor.positioning_en})}</span>` : ""}
        ${takeaway ? html`<span class="deck-vendor-card-takeaway">${both(takeaway)}</span>` : ""}
      </a>`;
    })}
  </div>` as HTMLElement;
}

/** The context windows the report states, vendor by vendor ("LLaMA 2K → 128K; Anthropic 9K → 200K, 1M for specific uses …"). */
export function contextWindowSummary(points: ContextWindowPoint[], vendors: Vendor[]): HTMLElement {
  const regular = contextWindowRange(points.filter((p) => !p.special));
  const special = contextWindowRange(points.filter((p) => p.special));
  const parts = COMPARED_VENDORS.filter((id) => regular.has(id)).map((id) => {
    const vendor = vendors.find((v) => v.id === id);
    const name = vendor ? vendorShortName(vendor) : id;
    const {min, max} = regular.get(id)!;
    const span = min === max ? shortTokens(max) : `${shortTokens(min)} → ${shortTokens(max)}`;
    const extra = special.get(id);
    return {
      zh: `${name} ${span}${extra ? `（特定用途可达 ${shortTokens(extra.max)}）` : ""}`,
      en: `${name} ${span}${extra ? ` (up to ${shortTokens(extra.max)} for specific uses)` : ""}`
    };
  });
  const missing = vendors
    .filter((v) => (COMPARED_VENDORS as readonly string[]).includes(v.id) && !regular.has(v.id))
    .map((v) => vendorShortName(v));
  return html`<div class="deck-prose">
    ${both(
      {
        zh: `报告写到的上下文窗口：${parts.map((p) => p.zh).join("；")}。${missing.length ? `报告未提及 ${missing.join("、")} 的上下文窗口。` : ""}`,
        en: `The context windows the report states: ${parts.map((p) => p.en).join("; ")}.${missing.length ? ` The report gives none for ${missing.join(", ")}.` : ""}`
      },
      "p"
    )}
  </div>` as HTMLElement;
}

/** Figures the report states in its prose (facts.csv), as tiles: the value, its unit and the report's words. */
export function factTiles(facts: Fact[], ids: string[]): HTMLElement {
  return html`<div class="deck-fact-tiles">
    ${ids.map((id) => {
      const fact = facts.find((f) => f.id === id);
      if (!fact) return notAvailable(`facts.csv ${id}`);
      return html`<div class="deck-fact-tile">
        <span class="deck-fact-value"
          >${fact.value}<small>${both({zh: fact.unit_zh, en: fact.unit_en.replace(/\s*\(.*\)$/, "")})}</small></span
        >
        <span class="deck-fact-label">${both({zh: fact.label_zh, en: fact.label_en})}</span>
        ${bilingualSource(fact.source)}
      </div>`;
    })}
  </div>` as HTMLElement;
}
