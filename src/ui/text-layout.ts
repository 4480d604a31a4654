// Text measured without a browser: the concept diagrams lay out their boxes in pure code (so
// they render the same in jsdom tests), from widths estimated per character class.

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019]/;
// A line may not start with closing punctuation (Chinese line-breaking rule, kinsoku).
const NO_LINE_START = /^[，。、；：？！）》」』”’,.;:?!)\]]/;

/** Estimated width of `text` in px at `fontSize`: CJK full width, Latin by letter shape. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (WIDE.test(char)) em += 1;
    else if (char === " ") em += 0.28;
    else if (/[ijlI.,;:'|!()\[\]]/.test(char)) em += 0.3;
    else if (/[mwMW@%]/.test(char)) em += 0.85;
    else if (/[A-Z0-9]/.test(char)) em += 0.64;
    else em += 0.54;
  }
  return em * fontSize;
}

/** Breaks text into lines no wider than `maxWidth`: Latin at spaces and after hyphens, Chinese between characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’][，。、；：？！）》」』”’]*|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’-]+-?\s*|-\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const candidate = line + token;
    if (line && textWidth(candidate.trimEnd(), fontSize) > maxWidth && !NO_LINE_START.test(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  // No lone Chinese character on the last line: take one more from the line above.
  const n = lines.length;
  if (n > 1 && [...lines[n - 1]].length === 1 && WIDE.test(lines[n - 1]) && [...lines[n - 2]].length > 3 && !NO_LINE_START.test([...lines[n - 2]].at(-1)!)) {
    const above = [...lines[n - 2]];
    lines[n - 1] = above.pop() + lines[n - 1];
    lines[n - 2] = above.join("");
  }
  return lines.length ? lines : [""];
}

/** The widest of the lines, in px. */
export function linesWidth(lines: string[], fontSize: number): number {
  return Math.max(0, ...lines.map((line) => textWidth(line, fontSize)));
}
