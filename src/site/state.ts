// The one state mechanism of the site, in the browser: every parameter declared in src/lib
// (lib/params.ts) is read from and written to the URL query here, so any view is a link.
// A bad value falls back to the default and a notice says so, as text, never markup.
// No import-time effects: the bootstrap (./bootstrap.ts) installs what needs installing.
import {readParam, writeParam, type Notice, type Param} from "../lib/params.js";
import {LANG_STORAGE_KEY, initialLang, langParam, type Lang} from "../lib/lang.js";

export {defineParam, readParam, writeParam, type Notice, type Param} from "../lib/params.js";
export {LANGS, LANG_STORAGE_KEY, langParam, type Lang} from "../lib/lang.js";

type Listener<T> = (value: T) => void;
const listeners = new Map<string, Set<Listener<unknown>>>();
const noticed = new Set<string>();

function hasWindow(): boolean {
  return typeof window !== "undefined" && typeof document !== "undefined";
}

// --- The URL, written at most once per interval --------------------------------------------
// Chromium ignores history updates past 200 in 10 s, so a long slider drag that wrote the URL
// on every input event could leave the link short of what is shown. Writes are coalesced: the
// first goes out at the end of the current task, later ones at most every URL_WRITE_INTERVAL_MS
// (longer than a frame, and under Chromium's limit), and the last value always lands.
const URL_WRITE_INTERVAL_MS = 64;
let pendingSearch: string | null = null;
let writeScheduled = false;
let lastWrite = -Infinity;
let flushOnLeaving = false;

/** The query the page is in: the URL's, or the one about to be written. */
export function currentSearch(): string {
  return pendingSearch ?? location.search;
}

function scheduleUrlWrite(search: string): void {
  pendingSearch = search;
  if (!flushOnLeaving) {
    flushOnLeaving = true;
    addEventListener("pagehide", flushUrl); // a reader who leaves mid-drag still leaves a full link in history
  }
  if (writeScheduled) return;
  writeScheduled = true;
  const wait = lastWrite + URL_WRITE_INTERVAL_MS - performance.now();
  if (wait > 0) setTimeout(flushUrl, wait);
  else queueMicrotask(flushUrl); // a click's changes (a reset of every input) land together, at once
}

/** Writes the pending query to the URL now (in place: no new history entry). */
export function flushUrl(): void {
  writeScheduled = false;
  if (pendingSearch === null) return;
  const search = pendingSearch;
  pendingSearch = null;
  lastWrite = performance.now();
  if (search !== location.search) history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
}

// --- Parameters ----------------------------------------------------------------------------

/** The language's value when the link has none (or a bad one): remembered, else the browser's. */
function fallbackValue<T>(param: Param<T>, search: string): T {
  return param === (langParam as Param<unknown>) ? (initialLang(search, storedLang(), navigator.language) as T) : param.defaultValue;
}

/** The parameter's current value, from the page's URL. */
export function getParam<T>(param: Param<T>): T {
  if (!hasWindow()) return param.defaultValue;
  const search = currentSearch();
  const {value, notice} = readParam(param, search);
  if (notice) showNotice(notice);
  const given = new URLSearchParams(search).has(param.name) && !notice;
  return given ? value : fallbackValue(param, search);
}

/** Sets the parameter: the URL follows (in place, coalesced) and every watcher is told at once. */
export function setParam<T>(param: Param<T>, value: T): void {
  if (!hasWindow()) return;
  const current = getParam(param);
  const search = writeParam(param, value, currentSearch());
  if (search !== currentSearch()) scheduleUrlWrite(search);
  if (!param.equals(current, value)) for (const listener of [...(listeners.get(param.name) ?? [])]) listener(value);
}

/** Calls `listener` with the current value now and on every change; returns the unsubscriber. */
export function watchParam<T>(param: Param<T>, listener: Listener<T>): () => void {
  let set = listeners.get(param.name);
  if (!set) listeners.set(param.name, (set = new Set()));
  set.add(listener as Listener<unknown>);
  listener(getParam(param));
  return () => set!.delete(listener as Listener<unknown>);
}

/** How many watchers a parameter has (for tests: inputs rebuilt on a language switch must not stay subscribed). */
export function watcherCount(param: Param<unknown>): number {
  return listeners.get(param.name)?.size ?? 0;
}

/**
 * Takes `search` as the page's query (a back/forward step, a scenario applied): the URL follows
 * and every watcher of `params` is told its value from it, a bad one falling back with a notice.
 */
export function applySearch(search: string, params: readonly Param<unknown>[]): void {
  if (!hasWindow()) return;
  if (search !== currentSearch()) scheduleUrlWrite(search);
  for (const param of params) {
    const value = getParam(param);
    for (const listener of [...(listeners.get(param.name) ?? [])]) listener(value);
  }
}

/** Resets every given parameter to its default. */
export function resetParams(params: Param<unknown>[]): void {
  for (const param of params) setParam(param, param.defaultValue);
}

// Inputs bound to parameters, until they leave the page. An input is shown by a later cell than
// the one that builds it, so it counts as gone only once it has been in the document and is not.
type Binding = {input: HTMLElement; seen: boolean; stop: () => void};
const bindings = new Set<Binding>();
let bindingObserver: MutationObserver | undefined;

function markShownInputs(): void {
  let waiting = false;
  for (const binding of bindings) {
    binding.seen ||= binding.input.isConnected;
    waiting ||= !binding.seen;
  }
  if (!waiting) {
    bindingObserver?.disconnect();
    bindingObserver = undefined;
  }
}

function watchBindings(): void {
  if (bindingObserver || typeof MutationObserver === "undefined") return;
  bindingObserver = new MutationObserver(markShownInputs);
  bindingObserver.observe(document, {childList: true, subtree: true});
}

/**
 * Binds an input (anything with a value that fires "input" events, such as Observable Inputs)
 * to a parameter: the URL sets its initial value, a change writes the URL, and a change made
 * elsewhere (a drag on a chart, a reset) updates the input. The binding ends when `invalidation`
 * settles (Framework's, when the cell reruns) or, without it, once the input has left the page.
 */
export function bindParam<E extends HTMLElement & {value: unknown}, T>(input: E, param: Param<T>, invalidation?: Promise<unknown>): E {
  let syncing = false;
  const binding: Binding = {input, seen: input.isConnected, stop: () => {}};
  const unwatch = watchParam(param, (value) => {
    if (binding.seen && !input.isConnected) return binding.stop(); // rebuilt (e.g. on a language switch): this one is gone
    if (syncing || param.equals(input.value as T, value)) return;
    input.value = value;
    input.dispatchEvent(new Event("input", {bubbles: true}));
  });
  const onInput = () => {
    syncing = true;
    try {
      setParam(param, input.value as T);
    } finally {
      syncing = false;
    }
  };
  input.addEventListener("input", onInput);
  binding.stop = () => {
    unwatch();
    input.removeEventListener("input", onInput);
    bindings.delete(binding);
  };
  if (invalidation) invalidation.then(binding.stop);
  else if (hasWindow()) {
    bindings.add(binding);
    if (!binding.seen) watchBindings();
  }
  return input;
}

/** Shows a notice once per parameter and value, in plain text at the top of the page. */
function showNotice({param, given, fallback}: Notice): void {
  const key = `${param}=${given}`;
  if (noticed.has(key)) return;
  noticed.add(key);
  const box = noticeBox();
  const item = document.createElement("p");
  const zh = document.createElement("span");
  zh.lang = "zh-CN";
  zh.textContent = `链接参数 “${param}” 的值 “${truncate(given)}” 无效，已改用默认值 “${fallback}”。`;
  const en = document.createElement("span");
  en.lang = "en";
  en.textContent = `The link's “${param}” value “${truncate(given)}” is not valid; using the default “${fallback}” instead.`;
  item.append(zh, en);
  box.append(item);
}

function noticeBox(): HTMLElement {
  let box = document.getElementById("deck-notices");
  if (!box) {
    box = document.createElement("div");
    box.id = "deck-notices";
    box.className = "deck-notice";
    box.setAttribute("role", "status");
    const main = document.getElementById("observablehq-main") ?? document.body;
    main.prepend(box);
  }
  return box;
}

function truncate(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

// --- Language: an ordinary parameter, remembered -------------------------------------------

/** The language to start in when the URL says nothing: remembered, else the browser's. */
export function preferredLang(stored: string | null, browserLanguage: string | undefined): Lang {
  return initialLang("", stored, browserLanguage);
}

function storedLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null; // storage can be disabled; the language still works for this page
  }
}

/** The reader's language: ?lang=, else remembered, else the browser's. */
export function getLang(): Lang {
  return getParam(langParam);
}

/** Switches the language at once: URL, memory, and every watcher (the bootstrap sets the document's; charts redraw). */
export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // not remembered, but switched
  }
  setParam(langParam, lang);
}

/** For Generators.observe in pages: `const lang = Generators.observe(watchLang)`. */
export function watchLang(listener: Listener<Lang>): () => void {
  return watchParam(langParam, listener);
}
