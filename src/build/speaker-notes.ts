// The slides of every page, as a presenter sees them, and the check that data/speaker_notes.csv
// has exactly one note for each. Node only: the build and the tests use it, pages never do.
//
// A page's slides are `title` (its title and whatever precedes its first h2) and one per h2,
// keyed by the h2's id in the built page:
// - a Markdown `##` heading gets its id as Framework gives it: Framework's parser setup
//   (markdown-it, markdown-it-anchor, @sindresorhus/slugify) reproduced here, since importing
//   Framework's own module loads esbuild, which cannot load under jsdom, where tests import this;
//   a unit test checks the ids against Framework's own parser;
// - an h2 written as HTML in the page (in a ```js block or a raw HTML block) must carry a
//   literal id attribute (`<h2 id="key-takeaways">`), which is its key; one without an id
//   stops the build, since its slide would have no stable key.
// h2s rendered by modules outside the page (src/features) are not seen: pages render them.
import {existsSync, readFileSync, readdirSync} from "node:fs";
import {join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import slugify from "@sindresorhus/slugify";
import markdownIt from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import {DataError, parseTableWithLines} from "../lib/csv.js";
import {speakerNoteRow, type SpeakerNote} from "../lib/schema.js";

/** The site's pages (src/*.md); a function, as under jsdom import.meta.url is not a file URL. */
export function pagesDir(): string {
  return fileURLToPath(new URL("../", import.meta.url));
}
export const SPEAKER_NOTES_FILE = "speaker_notes.csv";
/** The opening slide of every page: its title and what precedes its first h2. */
export const TITLE_SLIDE = "title";

/** A slide: its key, where its heading is, and the heading's words in each language ("" when the page renders them). */
export type Slide = {key: string; file: string; line: number; zh: string; en: string};
/** A page's slides, and its title in each language (the front matter's `title: 中文 · English`). */
export type PageSlides = {page: string; file: string; zh: string; en: string; slides: Slide[]};

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

/** `/` for index.md, `/agi` for agi.md. */
export function pagePath(fileName: string): string {
  const name = fileName.replace(/\.md$/, "");
  return name === "index" ? "/" : `/${name}`;
}

/** The parser as Framework 1.13 sets it up (src/markdown.ts, createMarkdownIt), as far as heading ids go. */
function frameworkMarkdown() {
  const md = markdownIt({html: true, linkify: true, typographer: false});
  md.linkify.set({fuzzyLink: false, fuzzyEmail: false});
  return md.use(markdownItAnchor, {slugify: (s: string) => slugify(s)});
}

/** A page's front matter blanked, line for line, so Markdown line numbers stay the file's. */
function withoutFrontMatter(input: string): string {
  return input.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n)/, (front) => front.replace(/[^\n]/g, ""));
}

/** What a heading's inline token holds, as far as its words go. */
type InlineToken = {children: {type: string; content: string}[] | null};

/** A heading's words in each language: its twin spans (`<span lang="zh-CN">…</span><span lang="en">…</span>`), else its text in both. */
function headingWords(inline: InlineToken | undefined): {zh: string; en: string} {
  const words = {zh: "", en: "", both: ""};
  let lang: "zh" | "en" | null = null;
  for (const child of inline?.children ?? []) {
    if (child.type === "html_inline") {
      const open = /^<span\b[^>]*\blang=["']?(zh-CN|en)\b/.exec(child.content);
      if (open) lang = open[1] === "en" ? "en" : "zh";
      else if (/^<\/span>/.test(child.content)) lang = null;
    } else if (child.type === "text" || child.type === "code_inline") {
      if (lang) words[lang] += child.content;
      else words.both += child.content;
    }
  }
  const clean = (text: string) => text.replace(/\s+/g, " ").trim();
  return {zh: clean(words.zh || words.both), en: clean(words.en || words.both)};
}

/** An HTML h2's words, when the page writes them literally on its line (twin spans or plain text); "" for words the page renders (`${…}`). */
function htmlHeadingWords(line: string, tag: string): {zh: string; en: string} {
  const inner = line.slice(line.indexOf(tag) + tag.length).split("</h2>")[0];
  if (!line.includes("</h2>") || inner.includes("${")) return {zh: "", en: ""};
  const span = (lang: string) => new RegExp(`<span\\b[^>]*\\blang=["']?${lang}\\b[^>]*>([^<]*)</span>`).exec(inner)?.[1].trim();
  const plain = inner.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
  return {zh: span("zh-CN") ?? plain, en: span("en") ?? plain};
}

/** A page's title in each language, from its front matter (`title: 中文 · English`, or one title for both). */
function pageTitle(input: string): {zh: string; en: string} {
  const title = /^---\r?\n[\s\S]*?^title:\s*(.+?)\s*$/m.exec(input)?.[1].replace(/^["']|["']$/g, "") ?? "";
  const [zh, en] = title.split(" · ");
  return {zh: zh.trim(), en: (en ?? zh).trim()};
}

/** Every page of `dir` (the cover first) and its slides in reading order; a DataError for an h2 with no id. */
export function pageSlides(dir: string = pagesDir()): PageSlides[] {
  const problems: string[] = [];
  const md = frameworkMarkdown();
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort((a, b) => Number(b === "index.md") - Number(a === "index.md") || a.localeCompare(b))
    .map((name) => {
      const file = displayPath(join(dir, name));
      const page = pagePath(name);
      const input = readFileSync(join(dir, name), "utf8");
      const title = pageTitle(input);
      const slides: Slide[] = [{key: TITLE_SLIDE, file, line: 1, ...title}];
      const tokens = md.parse(withoutFrontMatter(input), {});
      tokens.forEach((token, i) => {
        if (token.type === "heading_open" && token.tag === "h2") {
          slides.push({key: token.attrGet("id") ?? "", file, line: (token.map?.[0] ?? 0) + 1, ...headingWords(tokens[i + 1] as unknown as InlineToken)});
        }
      });
      input.split("\n").forEach((text, i) => {
        for (const [tag] of text.matchAll(/<h2\b[^>]*>/g)) {
          const id = /\bid\s*=\s*["']?([^"'\s>]+)/.exec(tag)?.[1];
          if (id) slides.push({key: id, file, line: i + 1, ...htmlHeadingWords(text, tag)});
          else problems.push(`${file}:${i + 1}: an h2 without an id; write <h2 id="…"> so its slide has a key`);
        }
      });
      slides.sort((a, b) => a.line - b.line);
      return {page, file, ...title, slides};
    });
  if (problems.length) throw new DataError(problems);
  return pages;
}

/** data/speaker_notes.csv, validated against the schema and against every slide of every page. */
export function loadSpeakerNotes(dataDir: string, srcDir: string = pagesDir()): SpeakerNote[] {
  const file = displayPath(join(dataDir, SPEAKER_NOTES_FILE));
  const path = join(dataDir, SPEAKER_NOTES_FILE);
  if (!existsSync(path)) throw new DataError([`${file}: the file is missing; every slide of every page needs a note`]);
  const slidesByPage = pageSlides(srcDir);
  const {rows, lines} = parseTableWithLines(file, readFileSync(path, "utf8"), speakerNoteRow);
  const problems: string[] = [];
  const slidesOf = new Map(slidesByPage.map(({page, slides}) => [page, slides.map((slide) => slide.key)]));
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const line = lines[i];
    const slides = slidesOf.get(row.page);
    if (!slides) {
      const known = [...slidesOf.keys()].join(", ");
      problems.push(
        `${file}:${line}: column "page": expected a page of the site (${known}), got ${JSON.stringify(row.page)}`
      );
      return;
    }
    if (!slides.includes(row.slide)) {
      const keys = slides.join(", ");
      problems.push(
        `${file}:${line}: column "slide": expected a slide of ${row.page} (${keys}), got ${JSON.stringify(row.slide)}`
      );
      return;
    }
    const key = `${row.page} ${row.slide}`;
    const previous = seen.get(key);
    if (previous !== undefined) {
      problems.push(
        `${file}:${line}: column "slide": expected one note per slide, got ${JSON.stringify(row.slide)} of ${row.page} again (already on line ${previous})`
      );
      return;
    }
    seen.set(key, line);
  });
  for (const {page, slides} of slidesByPage) {
    for (const slide of slides) {
      if (!seen.has(`${page} ${slide.key}`)) {
        const where = `${slide.file}:${slide.line}`;
        problems.push(
          `${file}: no note for the slide "${slide.key}" of the page ${page} (${where}); add a row: ${page},${slide.key},…`
        );
      }
    }
  }
  if (problems.length) throw new DataError(problems);
  return rows;
}
