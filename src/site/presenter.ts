// The presenter window (`s` while presenting): the same page with `presenter=1`, its live slide at
// reduced scale beside the next slide (a `preview=1` frame of the same page), the speaker notes in
// the reader's language, the time and "slide n of N". It and the audience window keep each other
// in step over a BroadcastChannel (same origin, no server): the slide, the page, and the query,
// which holds every input (src/site/state.ts) and the language. Each message carries its sender's
// id, and a window that applies a message records the result as already said, so nothing echoes.
import {FileAttachment} from "observablehq:stdlib";
import {declaredParams, readParam} from "../lib/params.js";
import {notesFor, pagePath, pagePositionText, type SpeakerNote, type SlideRef} from "../lib/deck.js";
import {langParam, type Lang} from "../lib/lang.js";
import {currentSearch, getParam, setParam, watchParam} from "./state.js";

type SlideView = {key: string; section: string; title: string};
/** What present.ts lends the presenter (passed in, so the two modules do not import each other). */
export type PresentApi = {
  goTo(index: number, options?: {remote?: boolean}): void;
  goToKey(key: string, fallbackIndex: number, options?: {remote?: boolean}): void;
  step(direction: 1 | -1): void;
  placeStage(): void;
  watchSlides(listener: (slides: SlideView[], current: number) => void): () => void;
  currentDeck(): {slides: SlideView[]; current: number};
  deckQuery(slide: SlideRef): URLSearchParams;
  pageHref(page: string, query: URLSearchParams): string;
  /** This page's place in the deck (1-based), once known. */
  pagePosition(): {page: number; pages: number} | null;
};

type Message = {from: string; page: string; search: string; slide: number; key: string; count: number};

const CHANNEL = "ai-models-deck-present";
// Parameters that describe a window, not the view: never synced.
const WINDOW_PARAMS = new Set(["present", "slide", "presenter", "preview"]);
const sender = Math.random().toString(36).slice(2);
let api: PresentApi | undefined;
let channel: BroadcastChannel | undefined;
let lastSaid = "";

function flag(name: string): boolean {
  return new URLSearchParams(location.search).get(name) === "1";
}

export function isPresenterWindow(): boolean {
  return flag("presenter");
}

/** A frame in the presenter window that shows the next slide; it follows, never leads. */
export function isPreviewWindow(): boolean {
  return flag("preview");
}

/** Where the live slide goes in the presenter window: the left part, under the top bar. */
export function presenterArea(): {left: number; top: number; width: number; height: number} {
  const panel = Math.max(360, innerWidth * 0.36);
  return {left: 16, top: 16, width: innerWidth - panel - 48, height: innerHeight - 32};
}

/** The view's query, without what describes a window (mode, slide, presenter flags), in a stable order. */
function viewQuery(search: string): string {
  const query = new URLSearchParams(search);
  const kept = [...query].filter(([key]) => !WINDOW_PARAMS.has(key)).sort(([a], [b]) => a.localeCompare(b));
  return new URLSearchParams(kept).toString();
}

function message(): Message | null {
  if (!api) return null;
  const {slides, current} = api.currentDeck();
  const slide = slides[current];
  return {from: sender, page: pagePath(location.pathname), search: viewQuery(currentSearch()), slide: current, key: slide?.key ?? "", count: slides.length};
}

function say(): void {
  const said = message();
  if (!said || !channel || isPreviewWindow()) return;
  lastSaid = said.search;
  channel.postMessage(said);
}

/** Tells the other windows the slide shown here (present.ts calls it on every move). */
export function announceSlide(): void {
  if (document.documentElement.classList.contains("deck-present")) say();
}

/** Applies another window's view here: its inputs and language, then its slide (or its page). */
function hear(said: Message): void {
  if (said.from === sender || !api || !document.documentElement.classList.contains("deck-present")) return;
  const here = pagePath(location.pathname);
  if (said.page !== here) {
    const query = new URLSearchParams(said.search);
    for (const [key, value] of api.deckQuery(said.slide + 1 + (isPreviewWindow() ? 1 : 0))) query.set(key, value);
    for (const name of ["presenter", "preview"]) if (flag(name)) query.set(name, "1");
    query.set("slide", String(said.slide + 1 + (isPreviewWindow() ? 1 : 0)));
    location.href = api.pageHref(said.page, query);
    return;
  }
  for (const param of declaredParams()) {
    if (WINDOW_PARAMS.has(param.name)) continue;
    const {value} = readParam(param, `?${said.search}`);
    if (!param.equals(getParam(param), value)) setParam(param, value);
  }
  lastSaid = viewQuery(currentSearch());
  if (isPreviewWindow()) showPreview(said);
  else api.goToKey(said.key, said.slide, {remote: true});
}

function showPreview(said: Message): void {
  const last = said.slide + 1 >= said.count;
  document.documentElement.classList.toggle("deck-preview-end", last);
  if (!last) api!.goTo(said.slide + 1, {remote: true});
}

// --- The presenter's panel ------------------------------------------------------------------

const STRINGS = {
  slide: ["幻灯片", "Slide"],
  of: ["/", "of"],
  next: ["下一张", "Next"],
  notes: ["讲稿", "Notes"],
  noNotes: ["这张幻灯片没有讲稿。", "No notes for this slide."],
  elapsed: ["已用时", "Elapsed"],
  reset: ["重置", "Reset"],
  clock: ["时间", "Clock"],
  previous: ["上一张", "Previous"],
  forward: ["下一张", "Next"],
  end: ["本页最后一张：下一张在下一页。", "Last slide of this page: the next one is on the next page."],
  source: ["来源：", "Source: "]
} as const;

function twin(key: keyof typeof STRINGS): string {
  const [zh, en] = STRINGS[key];
  return `<span lang="zh-CN">${zh}</span><span lang="en">${en}</span>`;
}

let notes: SpeakerNote[] | null = null;

async function loadNotes(): Promise<SpeakerNote[]> {
  try {
    const rows = await FileAttachment("../data/speaker_notes.json").json();
    return Array.isArray(rows) ? (rows as SpeakerNote[]) : [];
  } catch {
    return []; // no notes file yet: every slide says it has none
  }
}

function buildPanel(): HTMLElement {
  const panel = document.createElement("aside");
  panel.id = "deck-presenter";
  panel.innerHTML = `<div class="deck-presenter-bar">
  <span class="deck-presenter-where"><strong class="deck-presenter-count" data-count></strong> <span class="deck-presenter-page" data-page-position></span></span>
  <span class="deck-presenter-time">${twin("elapsed")} <b data-elapsed>0:00</b> <button type="button" data-reset>${twin("reset")}</button></span>
  <span class="deck-presenter-time">${twin("clock")} <b data-clock></b></span>
  <div class="deck-lang" role="group" aria-label="语言 / Language"><button type="button" data-lang="zh" lang="zh-CN">中文</button><button type="button" data-lang="en" lang="en">EN</button></div>
</div>
<section class="deck-presenter-next"><h2 class="deck-presenter-label">${twin("next")}: <span data-next-title></span></h2><div class="deck-presenter-frame"><iframe title="Next slide" tabindex="-1"></iframe><p class="deck-presenter-end">${twin("end")}</p></div></section>
<section class="deck-presenter-notes"><h2 class="deck-presenter-label">${twin("notes")}</h2><div data-notes></div></section>
<div class="deck-presenter-nav"><button type="button" data-step="-1">← ${twin("previous")}</button><button type="button" data-step="1">${twin("forward")} →</button></div>`;
  return panel;
}

function renderPanel(panel: HTMLElement, slides: SlideView[], current: number): void {
  const lang: Lang = getParam(langParam);
  const slide = slides[current];
  const next = slides[current + 1];
  panel.querySelector("[data-count]")!.textContent =
    lang === "zh" ? `第 ${current + 1} / ${slides.length} 张` : `Slide ${current + 1} of ${slides.length}`;
  // The slide is counted within its page (a page's continuation slides are known once it is laid out); the page within the deck.
  const where = api?.pagePosition() ?? null;
  panel.querySelector("[data-page-position]")!.textContent = where ? `· ${pagePositionText(where, lang)}` : "";
  panel.querySelector("[data-next-title]")!.textContent = next ? `${current + 2}. ${next.title}` : "—";
  panel.classList.toggle("deck-presenter-at-end", !next);
  const box = panel.querySelector<HTMLElement>("[data-notes]")!;
  box.replaceChildren();
  if (notes === null) return;
  const note = slide ? notesFor(notes, pagePath(location.pathname), slide.key) : undefined;
  const text = note ? (lang === "zh" ? note.zh : note.en) : "";
  if (!text) {
    const none = document.createElement("p");
    none.className = "deck-presenter-none";
    none.textContent = STRINGS.noNotes[lang === "zh" ? 0 : 1];
    return void box.append(none);
  }
  for (const paragraph of text.split(/\n+/)) {
    const p = document.createElement("p");
    p.textContent = paragraph;
    box.append(p);
  }
  if (note?.source) {
    const source = document.createElement("p");
    source.className = "deck-presenter-source";
    source.textContent = `${STRINGS.source[lang === "zh" ? 0 : 1]}${note.source}`;
    box.append(source);
  }
}

function installPanel(): void {
  const panel = buildPanel();
  document.body.append(panel);
  document.documentElement.classList.add("deck-presenter");
  const {slides, current} = api!.currentDeck();
  const frame = panel.querySelector("iframe")!;
  frame.inert = true;
  const query = new URLSearchParams(location.search);
  query.delete("presenter");
  query.set("preview", "1");
  query.set("present", "1");
  query.set("slide", String(current + 2));
  frame.src = `${location.pathname}?${query}`;
  let started = Date.now();
  const tick = () => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    panel.querySelector("[data-elapsed]")!.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
    panel.querySelector("[data-clock]")!.textContent = new Date().toLocaleTimeString(getParam(langParam) === "zh" ? "zh-CN" : "en-GB", {hour: "2-digit", minute: "2-digit"});
  };
  tick();
  setInterval(tick, 1000);
  panel.addEventListener("click", (event) => {
    const target = event.target as Element;
    if (target.closest("[data-reset]")) {
      started = Date.now();
      tick();
    }
    const stepButton = target.closest<HTMLElement>("[data-step]");
    if (stepButton) api!.step(stepButton.dataset.step === "1" ? 1 : -1);
  });
  const render = () => {
    const deck = api!.currentDeck();
    renderPanel(panel, deck.slides, deck.current);
  };
  api!.watchSlides(render);
  watchParam(langParam, render);
  renderPanel(panel, slides, current);
  void loadNotes().then((rows) => {
    notes = rows;
    render();
  });
}

/** Opens (or brings forward) the presenter window for this page, slide and view. */
export function openPresenter(): void {
  if (isPresenterWindow() || isPreviewWindow()) return;
  const query = new URLSearchParams(currentSearch());
  query.set("present", "1");
  query.set("presenter", "1");
  const opened = window.open(`${location.pathname}?${query}`, "ai-models-deck-presenter", "popup,width=1440,height=900");
  opened?.focus();
}

/** Joins the windows' channel; in a presenter window, builds its panel. The present-mode installer calls it once. */
export function installPresenter(present: PresentApi): void {
  api = present;
  if (typeof BroadcastChannel === "undefined") return;
  channel = new BroadcastChannel(CHANNEL);
  channel.addEventListener("message", (event: MessageEvent<Message>) => hear(event.data));
  lastSaid = viewQuery(currentSearch());
  // Every bound input writes the query (state.ts): a changed query is a changed input to share.
  setInterval(() => {
    if (isPreviewWindow() || !document.documentElement.classList.contains("deck-present")) return;
    if (viewQuery(currentSearch()) !== lastSaid) say();
  }, 100);
  if (isPresenterWindow()) {
    addEventListener("resize", () => present.placeStage());
    if (document.readyState === "loading") addEventListener("DOMContentLoaded", installPanel, {once: true});
    else installPanel();
  }
  if (isPreviewWindow()) document.documentElement.classList.add("deck-preview");
}
