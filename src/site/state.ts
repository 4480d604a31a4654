// The one state mechanism of the site. Every input a reader can tweak is declared once with
// defineParam (name, zod schema, default) and mirrored in the URL query, so any view is a
// link. Reading the URL goes through the schema: a bad value falls back to the default and
// a notice says so; nothing from the URL is ever inserted as markup.
import {z} from "zod";
import "./reading.js";
import {LANGS, type Lang} from "../lib/lang.js";

export type Param<T> = {
  readonly name: string;
  readonly schema: z.ZodType<T>;
  readonly defaultValue: T;
  /** How the value is written in the URL (the schema must read it back). */
  readonly format: (value: T) => string;
  readonly equals: (a: T, b: T) => boolean;
};

const registry = new Map<string, Param<unknown>>();

/** Declares a URL-mirrored input. The schema parses the URL's string form into the value. */
export function defineParam<T>(
  name: string,
  schema: z.ZodType<T>,
  defaultValue: T,
  {
    format = (value: T) => (Array.isArray(value) ? value.join(",") : String(value)),
    equals = (a: T, b: T) => format(a) === format(b)
  }: {format?: (value: T) => string; equals?: (a: T, b: T) => boolean} = {}
): Param<T> {
  if (!/^[a-z][a-zA-Z0-9_.-]*$/.test(name)) throw new Error(`invalid parameter name: ${name}`);
  const existing = registry.get(name);
  if (existing) return existing as Param<T>; // a module may be evaluated again on hot reload
  const param: Param<T> = {name, schema, defaultValue, format, equals};
  registry.set(name, param as Param<unknown>);
  return param;
}

export type Notice = {param: string; given: string; fallback: string};

/** Reads a parameter from a query string; a bad value gives the default and a notice. */
export function readParam<T>(param: Param<T>, search: string): {value: T; notice?: Notice} {
  const raw = new URLSearchParams(search).get(param.name);
  if (raw === null) return {value: param.defaultValue};
  const result = param.schema.safeParse(raw);
  if (result.success) return {value: result.data};
  return {value: param.defaultValue, notice: {param: param.name, given: raw, fallback: param.format(param.defaultValue)}};
}

/** The query string with `param` set to `value` (removed when it is the default). */
export function writeParam<T>(param: Param<T>, value: T, search: string): string {
  const query = new URLSearchParams(search);
  if (param.equals(value, param.defaultValue)) query.delete(param.name);
  else query.set(param.name, param.format(value));
  return queryString(query);
}

/** The query as text; commas and colons stay as typed (they are legal there) so shared links stay readable. */
function queryString(query: URLSearchParams): string {
  const text = query.toString().replace(/%2C/gi, ",").replace(/%3A/gi, ":");
  return text ? `?${text}` : "";
}

// --- Browser side ----------------------------------------------------------------------

type Listener<T> = (value: T) => void;
const listeners = new Map<string, Set<Listener<unknown>>>();
const noticed = new Set<string>();

function hasWindow(): boolean {
  return typeof window !== "undefined" && typeof document !== "undefined";
}

/** The parameter's current value, from the page's URL. */
export function getParam<T>(param: Param<T>): T {
  if (!hasWindow()) return param.defaultValue;
  const {value, notice} = readParam(param, location.search);
  if (notice) showNotice(notice);
  return value;
}

/** Sets the parameter: rewrites the URL in place (no new history entry) and notifies. */
export function setParam<T>(param: Param<T>, value: T): void {
  if (!hasWindow()) return;
  const current = getParam(param);
  const search = writeParam(param, value, location.search);
  if (search !== location.search) history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
  if (!param.equals(current, value)) for (const listener of listeners.get(param.name) ?? []) listener(value);
}

/** Calls `listener` with the current value now and on every change; returns the unsubscriber. */
export function watchParam<T>(param: Param<T>, listener: Listener<T>): () => void {
  let set = listeners.get(param.name);
  if (!set) listeners.set(param.name, (set = new Set()));
  set.add(listener as Listener<unknown>);
  listener(getParam(param));
  return () => set!.delete(listener as Listener<unknown>);
}

/** Resets every given parameter to its default. */
export function resetParams(params: Param<unknown>[]): void {
  for (const param of params) setParam(param, param.defaultValue);
}

/**
 * Binds an input (anything with a value that fires "input" events, such as Observable
 * Inputs) to a parameter: the URL sets its initial value, a change writes the URL, and a
 * change made elsewhere (a drag on a chart, a reset) updates the input.
 */
export function bindParam<E extends HTMLElement & {value: unknown}, T>(input: E, param: Param<T>): E {
  let syncing = false;
  watchParam(param, (value) => {
    if (syncing || param.equals(input.value as T, value)) return;
    input.value = value;
    input.dispatchEvent(new Event("input", {bubbles: true}));
  });
  input.addEventListener("input", () => {
    syncing = true;
    try {
      setParam(param, input.value as T);
    } finally {
      syncing = false;
    }
  });
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

// --- Language --------------------------------------------------------------------------

export {LANGS, type Lang} from "../lib/lang.js";
export const LANG_STORAGE_KEY = "deck.lang";

/** The reader's language, the first input of every page: ?lang=, else remembered, else the browser's. */
export const langParam = defineParam<Lang>("lang", z.enum(LANGS), "zh", {equals: () => false});

/** The language to start in when the URL says nothing: remembered, else the browser's. */
export function preferredLang(stored: string | null, browserLanguage: string | undefined): Lang {
  if (stored === "zh" || stored === "en") return stored;
  if (!browserLanguage) return "zh";
  return browserLanguage.toLowerCase().startsWith("zh") ? "zh" : "en";
}

function storedLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null; // storage can be disabled; the language still works for this page
  }
}

let currentLang: Lang | undefined;
const langListeners = new Set<Listener<Lang>>();

/** The current language (resolved once per page load, then changed by setLang). */
export function getLang(): Lang {
  if (currentLang) return currentLang;
  if (!hasWindow()) return "zh";
  const {value, notice} = readParam(langParam, location.search);
  if (notice) showNotice(notice);
  const fromUrl = new URLSearchParams(location.search).has("lang") && !notice;
  currentLang = fromUrl ? value : preferredLang(storedLang(), navigator.language);
  applyLang(currentLang);
  return currentLang;
}

/** Switches the language at once: document, URL, memory, and every watcher (charts redraw). */
export function setLang(lang: Lang): void {
  currentLang = lang;
  applyLang(lang);
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // not remembered, but switched
  }
  const query = new URLSearchParams(location.search);
  query.set("lang", lang);
  history.replaceState(history.state, "", `${location.pathname}${queryString(query)}${location.hash}`);
  for (const listener of langListeners) listener(lang);
}

/** For Generators.observe in pages: `const lang = Generators.observe(watchLang)`. */
export function watchLang(listener: Listener<Lang>): () => void {
  langListeners.add(listener);
  listener(getLang());
  return () => langListeners.delete(listener);
}

function applyLang(lang: Lang): void {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  for (const button of document.querySelectorAll<HTMLElement>(".deck-lang [data-lang]")) {
    button.setAttribute("aria-pressed", button.dataset.lang === lang ? "true" : "false");
  }
}

// The header's language buttons (observablehq.config.ts) switch in place, keeping the
// scroll position and every input.
if (hasWindow()) {
  document.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest?.(".deck-lang [data-lang]") as HTMLElement | null;
    if (button) setLang(button.dataset.lang as Lang);
  });
  getLang();
  // Present mode (./present.ts) builds on this module, so it loads after it, on every page.
  import("./present.js");
}
