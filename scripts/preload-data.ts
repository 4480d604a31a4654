// A page's first cells fetch its tables (the cell that names only FileAttachment: it runs in the
// runtime's first frame, before any module of the page has loaded). That frame comes after the
// whole page is parsed, its bootstrap has run and its text has been laid out, about 550 ms into a
// 4×-throttled visit of /watchlist; the fetches then finished behind Plot's evaluation and a frame
// of layout, so the first chart waited for its data (docs/performance.md). After the build, this
// step names those files in the page's head as `<link rel="preload" as="fetch" crossorigin>`: the
// browser fetches them while it parses, and the cells' own fetches find them there (the same mode
// and credentials as fetch()'s defaults, so each file is still requested once).
import {readFileSync, writeFileSync} from "node:fs";
import {pageFiles} from "./bundle-pages.js";

/** A cell whose only input is FileAttachment, up to the end of its definition. */
const STARTUP_CELL = /^define\(\{id: "[^"]+", inputs: \["FileAttachment"\],[^\n]*\n[\s\S]*?^\}\}\);$/gm;
const ATTACHMENT = /FileAttachment\("([^"]+)"\)/g;
const REGISTERED = /^registerFile\("([^"]+)", \{[^\n]*?"path":"([^"]+)"/gm;
const FIRST_MODULE_PRELOAD = '<link rel="modulepreload"';

const normalized = (name: string) => name.replace(/^\.\//, "");

/** The files (as the page's URLs) that the page's start-up cells fetch, in the order they name them. */
export function startupFiles(html: string): string[] {
  const paths = new Map([...html.matchAll(REGISTERED)].map((match) => [normalized(match[1]), match[2]]));
  const named = [...html.matchAll(STARTUP_CELL)].flatMap((cell) => [...cell[0].matchAll(ATTACHMENT)].map((match) => normalized(match[1])));
  return [...new Set(named)].flatMap((name) => (paths.has(name) ? [paths.get(name)!] : []));
}

const preloadLink = (url: string) => `<link rel="preload" as="fetch" crossorigin href="${url}">`;

/** The start-up files whose preload the page does not have yet. */
function missingPreloads(html: string): string[] {
  return startupFiles(html).filter((url) => !html.includes(preloadLink(url)));
}

/** `html` with a preload for each of `urls`, before its module preloads (or at the end of its head). */
function withPreloads(html: string, urls: string[]): string {
  const at = html.includes(FIRST_MODULE_PRELOAD) ? html.indexOf(FIRST_MODULE_PRELOAD) : html.indexOf("</head>");
  if (!urls.length || at < 0) return html;
  return html.slice(0, at) + urls.map((url) => `${preloadLink(url)}\n`).join("") + html.slice(at);
}

/** The page with a fetch preload for each of its start-up files. */
export function preloadStartupData(html: string): string {
  return withPreloads(html, missingPreloads(html));
}

/** Adds the preloads to every page of the built site in `dist`; returns how many pages and files. */
export function preloadPagesData(dist: string): {pages: number; files: number} {
  let pages = 0;
  let files = 0;
  for (const path of pageFiles(dist)) {
    const html = readFileSync(path, "utf8");
    const missing = missingPreloads(html);
    const preloaded = withPreloads(html, missing);
    if (preloaded === html) continue;
    writeFileSync(path, preloaded);
    pages += 1;
    files += missing.length;
  }
  return {pages, files};
}
