// `npm run pdf`: a deck's PDF has one 16:9 page per slide the presenter steps through, each
// stamped with the data's date, the inputs and the link that reproduces it; the disclaimer ends
// the committee deck. Runs against the built dist/ (the browser suite builds it first).
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {PDFDocument, PDFRawStream, decodePDFRawStream} from "pdf-lib";
import {afterAll, expect, test} from "vitest";
import {launch, serve, settle} from "../../scripts/chromium.js";
import {writeDeckPdf} from "../../scripts/pdf.js";
import {DECKS} from "../../src/lib/deck.js";

const dir = mkdtempSync(join(tmpdir(), "deck-pdf-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** The text a page's content stream draws (pdf-lib writes standard-font text as hex strings). */
async function pageTexts(file: string): Promise<string[]> {
  const pdf = await PDFDocument.load(readFileSync(file));
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents && "asArray" in contents ? contents.asArray() : [contents];
    const text = streams
      .map((ref) => pdf.context.lookup(ref as never))
      .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
      .map((stream) => new TextDecoder().decode(decodePDFRawStream(stream).decode()))
      .join("\n");
    return [...text.matchAll(/<([0-9A-Fa-f]+)> Tj/g)].map((m) => Buffer.from(m[1], "hex").toString("latin1")).join("");
  });
}

/** The slides a presenter steps through with PageDown from the deck's first slide to its end. */
async function slidesSteppedThrough(path: string): Promise<string[]> {
  const {server, origin} = await serve();
  const browser = await launch();
  const seen: string[] = [];
  try {
    const page = await (await browser.newContext({viewport: {width: 1920, height: 1080}})).newPage();
    await page.goto(`${origin}${path}`, {waitUntil: "networkidle"});
    for (let guard = 0; guard < 60; guard++) {
      await settle(page);
      // The counter in full: the slide within the page, then the page within the deck (known once the deck's outline is loaded).
      await page.waitForFunction(() => /^\d+ \/ \d+ · page \d+ of \d+$/.test(document.getElementById("deck-slide-counter")?.textContent?.trim() ?? ""));
      const here = `${new URL(page.url()).pathname} ${await page.locator("#deck-slide-counter").textContent()}`;
      if (seen.at(-1) === here) break; // PageDown on the last slide of the deck changes nothing
      seen.push(here);
      const before = page.url();
      await page.keyboard.press("PageDown");
      await page.waitForFunction(
        ([url, counter]) => location.href !== url || document.getElementById("deck-slide-counter")?.textContent !== counter,
        [before, here.split(" ").slice(1).join(" ")] as const,
        {timeout: 5_000}
      ).catch(() => undefined); // the end of the deck: nothing moves
      await page.waitForLoadState("networkidle");
    }
  } finally {
    await browser.close();
    server.close();
  }
  return seen;
}

test("the committee deck's PDF: a page per slide, each stamped, the disclaimer last", async () => {
  const out = join(dir, "committee.pdf");
  const inputs = new URLSearchParams("maxPrice=5&whatIf=vendor:anthropic:0.5");
  const {slides} = await writeDeckPdf({deck: "committee", lang: "en", inputs, out});
  const stepped = await slidesSteppedThrough("/?deck=committee&present=1&lang=en");
  expect(stepped.length).toBeGreaterThanOrEqual(12);
  expect(slides).toBe(stepped.length);

  const pdf = await PDFDocument.load(readFileSync(out));
  expect(pdf.getPageCount()).toBe(stepped.length);
  for (const page of pdf.getPages()) expect(page.getWidth() / page.getHeight()).toBeCloseTo(16 / 9, 2);
  const texts = await pageTexts(out);
  texts.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain("Data as of March 2025");
    expect(text, `page ${i + 1}`).toContain("Inputs: maxPrice=5 whatIf=vendor:anthropic:0.5");
    expect(text, `page ${i + 1}`).toMatch(/\| \/\S*\?\S*maxPrice=5\S*slide=\d+/);
  });
  expect(texts.at(-1)).toContain("/risks.html?");
  expect(stepped.at(-1)).toMatch(/^\/risks/);
  expect(DECKS.committee.at(-1)).toMatchObject({page: "/risks", section: "disclaimer"});
}, 240_000);
