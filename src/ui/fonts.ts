// The site's font stacks, the one place they are written. Fonts come from the reader's system,
// never a download (offline): a CJK face before the generic family, so Chinese renders on Linux,
// macOS and Windows alike.
//
// The page's head sets them as the CSS variables --sans-serif, --serif and --monospace
// (observablehq.config.ts, `fontStacksCss`), and a chart that measures its text on a canvas
// takes the same string from here (`sansSerif`). Reading the variable back from the page
// instead would cost a whole-page layout mid-script: Framework's main column is a size
// container, so any computed-style query, even of the root, lays out every cell shown so far
// (on a first visit to /quadrant, 120–230 ms at 4× throttle before the first dot could be drawn).
import type {Lang} from "../lib/lang.js";

const FONT_STACKS = {
  zh: {
    sans: `-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif`,
    serif: `"Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", Georgia, serif`,
    mono: `ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace`
  },
  // English text takes a Latin face first (narrow quotes and punctuation), then the CJK face for
  // the Chinese names it quotes; "Deck Latin Symbols" (style.css's @font-face) gives a machine
  // with none of those Latin faces its narrow symbols before the CJK face's full-width ones.
  en: {
    sans: `-apple-system, BlinkMacSystemFont, "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "Deck Latin Symbols", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif`
  }
} as const;

/** The sans-serif stack text in `lang` is set in: the page's --sans-serif, and its charts' labels. */
export function sansSerif(lang: Lang): string {
  return FONT_STACKS[lang].sans;
}

/** The stylesheet the head carries: the stacks as the variables every rule uses, English's on html[lang="en"]. */
export function fontStacksCss(): string {
  const {zh, en} = FONT_STACKS;
  return `:root{--sans-serif:${zh.sans};--serif:${zh.serif};--monospace:${zh.mono}}html[lang="en"]{--sans-serif:${en.sans}}`;
}
