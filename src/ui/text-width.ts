// Text measured in ems for labels and tips inside charts. Plot wraps text only at spaces and
// counts a Chinese character as narrow as an "e", so Chinese labels overflow; these helpers
// count a CJK character as one em and may break between any two of them.

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
// Punctuation that must not start a line (Chinese line-breaking rule, 避头点).
const NO_LINE_START = /[，。；：、！？）》」』”’…,.;:!?)\]]/;

/** The approximate width of `text` in ems of the font it is set in. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const c of text) {
    if (CJK.test(c)) width += 1;
    else if (c === " ") width += 0.28;
    else if (/[A-Z]/.test(c)) width += 0.66;
    else if (/[0-9]/.test(c)) width += 0.56;
    else if (/[a-z]/.test(c)) width += c === "m" || c === "w" ? 0.8 : /[ijlft]/.test(c) ? 0.3 : 0.53;
    else width += 0.45;
  }
  return width;
}

/** Units a line may break between: a CJK character (with its trailing punctuation) or a word with its space. */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  for (const c of text) {
    const last = units.length ? units[units.length - 1] : undefined;
    if (last !== undefined && NO_LINE_START.test(c)) units[units.length - 1] = last + c;
    else if (CJK.test(c) || last === undefined || last.endsWith(" ") || CJK.test(last[last.length - 1])) units.push(c);
    else units[units.length - 1] = last + c;
  }
  return units;
}

/** `text` broken into lines of at most `maxEm` ems (a single longer word keeps its own line). */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const unit of breakUnits(paragraph)) {
      if (line && textWidthEm((line + unit).trimEnd()) > maxEm) {
        lines.push(line.trimEnd());
        line = unit.trimStart();
      } else line += unit;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** `text` cut to fit `maxEm` ems, ending with "…" when it was cut. */
export function clipText(text: string, maxEm: number): string {
  if (textWidthEm(text) <= maxEm) return text;
  let clipped = "";
  for (const c of text) {
    if (textWidthEm(clipped + c) > maxEm - 1) break;
    clipped += c;
  }
  return `${clipped.trimEnd()}…`;
}
