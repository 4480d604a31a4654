// The one text measurer. Layout is computed in pure code (diagram boxes, chart margins, label
// placement), so it must give the same answer in a browser and in jsdom tests: widths are
// estimated per character class, CJK one em. Where a 2D canvas exists, `measureText` asks it.

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019]/;
// A line may not start with closing punctuation (Chinese line-breaking rule, 避头点).
const NO_LINE_START = /^[，。、；：？！）》」』”’…,.;:?!)\]]/;
// Break units: a CJK character with its trailing punctuation, a word with a trailing hyphen or space, a space run.
const BREAK_UNITS =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’][，。、；：？！）》」』”’…]*|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’-]+-?\s*|-\s*|\s+/g;
const BOLD_FACTOR = 1.08;

/** The estimated width of `text` in ems of its font: CJK full width, Latin by letter shape. */
export function textWidthEm(text: string, {bold = false}: {bold?: boolean} = {}): number {
  let em = 0;
  for (const char of text) {
    if (WIDE.test(char)) em += 1;
    else if (char === " ") em += 0.28;
    else if (/[ijlftI.,;:'|!()[\]]/.test(char)) em += 0.3;
    else if (/[mwMW@%]/.test(char)) em += 0.85;
    else if (/[A-Z]/.test(char)) em += 0.66;
    else if (/[0-9]/.test(char)) em += 0.56;
    else em += 0.54;
  }
  return bold ? em * BOLD_FACTOR : em;
}

/** The estimated width of `text` in px at `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return textWidthEm(text, {bold}) * fontSize;
}

/** The widest of the lines, in px. */
export function linesWidth(lines: string[], fontSize: number): number {
  return Math.max(0, ...lines.map((line) => textWidth(line, fontSize)));
}

let canvas: OffscreenCanvasRenderingContext2D | null | undefined;
const measured = new Map<string, number>();

/** A text's width as the browser draws it (a canvas measures it once per text), else the estimate. */
export function measureText(text: string, fontSize: number, bold = false, family = "sans-serif"): number {
  // Chosen by capability: jsdom has no OffscreenCanvas, so tests and pure layout use the estimate.
  if (canvas === undefined) canvas = typeof OffscreenCanvas === "function" ? new OffscreenCanvas(1, 1).getContext("2d") : null;
  if (!canvas) return textWidth(text, fontSize, bold);
  const key = `${bold}|${fontSize}|${family}|${text}`;
  let width = measured.get(key);
  if (width === undefined) {
    canvas.font = `${bold ? "bold " : ""}${fontSize}px ${family}`;
    measured.set(key, (width = canvas.measureText(text).width));
  }
  return width;
}

/**
 * `text` broken into lines no wider than `maxWidth` (px at `fontSize`, or ems when `fontSize` is
 * 1): Latin at spaces and after hyphens, Chinese between characters; "\n" starts a new line.
 */
export function wrapText(text: string, maxWidth: number, fontSize = 1): string[] {
  return text.split("\n").flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, fontSize));
}

function wrapParagraph(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const token of text.match(BREAK_UNITS) ?? []) {
    const candidate = line + token;
    if (line.trim() && textWidth(candidate.trimEnd(), fontSize) > maxWidth && !NO_LINE_START.test(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  lines.push(line.trimEnd());
  // No lone Chinese character on the last line: take one more from the line above.
  const n = lines.length;
  if (n > 1 && [...lines[n - 1]].length === 1 && WIDE.test(lines[n - 1]) && [...lines[n - 2]].length > 3) {
    const above = [...lines[n - 2]];
    if (!NO_LINE_START.test(above.at(-1)!)) {
      lines[n - 1] = above.pop() + lines[n - 1];
      lines[n - 2] = above.join("");
    }
  }
  return lines;
}

/**
 * `text` cut to fit `maxWidth` (px at `fontSize`, or ems), ending with "…" when it was cut. Measured
 * as the browser draws it where it can (an estimate runs short on long Latin titles, which then spill
 * past the chart's edge), in Plot's font unless told.
 */
export function clipText(text: string, maxWidth: number, fontSize = 1, family = "system-ui, sans-serif"): string {
  // Measured at 100 px and scaled: a canvas rounds widths at tiny sizes.
  const width = (t: string) => (measureText(t, 100, false, family) / 100) * fontSize;
  if (width(text) <= maxWidth) return text;
  let clipped = "";
  for (const char of text) {
    if (width(clipped + char) > maxWidth - fontSize) break;
    clipped += char;
  }
  return `${clipped.trimEnd()}…`;
}
