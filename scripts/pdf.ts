// `npm run pdf`: a deck as a PDF, one 16:9 slide a page, from the built site in headless
// Chromium, offline. Each slide is shown in present mode exactly as the room sees it, captured,
// and stamped in its footer with the data's as-of date, the inputs used (or "defaults") and the
// link that reproduces it. The stamp is PDF text (selectable, searchable), ASCII so a standard
// font carries it: the link is percent-encoded.
//
//   npm run pdf                                      the whole report, Chinese, defaults
//   npm run pdf -- --deck committee --lang en        the committee deck in English
//   npm run pdf -- --deck committee --link "/quadrant?maxPrice=5&whatIf=vendor:anthropic:0.5"
//   npm run pdf -- --scenario anthropic-halves       a shipped scenario's inputs, by name
//   npm run pdf -- --scenario "Bear case" --scenario-file scenarios.json   one exported from the switcher
//   options: --out FILE (default <deck>-deck.pdf), --build (rebuild dist/ first)
import {spawnSync} from "node:child_process";
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {parseArgs} from "node:util";
import {PDFDocument, StandardFonts, rgb} from "pdf-lib";
import type {Page} from "playwright-core";
import {loadDataset, loadShippedScenarios} from "../src/build/dataset.js";
import {DECKS, type DeckName} from "../src/lib/deck.js";
import {parseScenarioFile} from "../src/lib/scenario.js";
import {reportPages} from "../src/build/chapters.js";
import {DIST, launch, serve, settle} from "./chromium.js";

/** The page paths of a deck in its order: the committee deck's list, or the cover then the report's chapters. */
export function deckPages(deck: DeckName): string[] {
  if (deck !== "report") return [...new Set(DECKS[deck].map((entry) => entry.page))];
  return reportPages();
}

/** The inputs of a link or a scenario as a query string, without what is not an input. */
export function inputsQuery(search: string): URLSearchParams {
  const query = new URLSearchParams(search);
  for (const key of ["lang", "present", "presenter", "deck", "slide", "scenario"]) query.delete(key);
  return query;
}

/** The stamp's three parts, ASCII: the data's date, the inputs, the link to this slide. */
export function stampText(asOf: string, inputs: URLSearchParams, link: string): string {
  const used = [...inputs].map(([key, value]) => `${key}=${value}`).join(" ");
  return `Data as of ${asOf} | Inputs: ${used || "defaults"} | ${link}`;
}

type Options = {deck: DeckName; lang: "zh" | "en"; inputs: URLSearchParams; out: string};

export async function writeDeckPdf({deck, lang, inputs, out}: Options): Promise<{slides: number; seconds: number}> {
  const started = performance.now();
  const asOf = (loadDataset().report_meta.find((row) => row.key === "as-of")?.en ?? "not stated").replace(/^As of /, "");
  const {server, origin} = await serve();
  const browser = await launch();
  const pdf = await PDFDocument.create();
  pdf.setTitle(`ai-models-deck: ${deck} deck`);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  try {
    const context = await browser.newContext({viewport: {width: 1920, height: 1080}, deviceScaleFactor: 1});
    const page = await context.newPage();
    for (const path of deckPages(deck)) {
      const query = new URLSearchParams(inputs);
      query.set("lang", lang);
      query.set("present", "1");
      if (deck !== "report") query.set("deck", deck);
      const file = path === "/" ? "/" : `${path}.html`;
      await page.goto(`${origin}${file}?${query}`, {waitUntil: "networkidle"});
      const count = await slideCount(page);
      for (let slide = 1; slide <= count; slide++) {
        if (slide > 1) {
          await page.keyboard.press("PageDown");
          await page.waitForFunction((n) => document.getElementById("deck-slide-counter")?.textContent?.startsWith(`${n} /`), slide);
        }
        await settle(page);
        const image = await pdf.embedJpg(await page.screenshot({type: "jpeg", quality: 88}));
        const sheet = pdf.addPage([960, 540]);
        sheet.drawImage(image, {x: 0, y: 0, width: 960, height: 540});
        const link = `${file}?${new URLSearchParams([...query, ["slide", String(slide)]])}`;
        const text = stampText(asOf, inputs, link);
        const size = 7;
        const width = Math.min(font.widthOfTextAtSize(text, size) + 12, 960);
        sheet.drawRectangle({x: 0, y: 0, width, height: 13, color: rgb(1, 1, 1), opacity: 0.85});
        sheet.drawText(text, {x: 6, y: 4, size, font, color: rgb(0.2, 0.2, 0.2), maxWidth: 948});
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  writeFileSync(out, await pdf.save());
  return {slides: pdf.getPageCount(), seconds: (performance.now() - started) / 1000};
}

/** How many slides the page shows in present mode (its deck's share of them), once they are laid out. */
async function slideCount(page: Page): Promise<number> {
  await settle(page);
  const handle = await page.waitForFunction(() => {
    const text = document.getElementById("deck-slide-counter")?.textContent ?? "";
    const match = /^1 \/ (\d+)(?: ·|$)/.exec(text.trim());
    return match ? Number(match[1]) : false;
  });
  return (await handle.jsonValue()) as number;
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      deck: {type: "string", default: "report"},
      lang: {type: "string", default: "zh"},
      link: {type: "string"},
      scenario: {type: "string"},
      "scenario-file": {type: "string"},
      out: {type: "string"},
      build: {type: "boolean", default: false}
    }
  });
  const deck = values.deck as DeckName;
  if (!(deck in DECKS) && deck !== "report") throw new Error(`--deck: expected one of report, ${Object.keys(DECKS).join(", ")}; got "${deck}"`);
  if (values.lang !== "zh" && values.lang !== "en") throw new Error(`--lang: expected zh or en, got "${values.lang}"`);
  let inputs = new URLSearchParams();
  if (values.link) inputs = inputsQuery(new URL(values.link, "http://deck").search);
  if (values.scenario) {
    // A file exported from the header's switcher is validated as an import is; else the shipped ones.
    const file = values["scenario-file"];
    const {scenarios, problems} = file ? parseScenarioFile(readFileSync(file, "utf8")) : {scenarios: loadShippedScenarios(), problems: []};
    for (const problem of problems) console.warn(`${file}: ${problem.en}`);
    const scenario = scenarios.find((s) => s.name === values.scenario);
    if (!scenario) throw new Error(`--scenario: no scenario "${values.scenario}" in ${file ?? "data/scenarios.csv"} (${scenarios.map((s) => s.name).join(", ")})`);
    for (const [key, value] of Object.entries(scenario.values)) inputs.set(key, String(value));
  }
  if (values.build || !existsSync(`${DIST}/index.html`)) {
    const build = spawnSync("npm", ["run", "build"], {stdio: "inherit"});
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const out = values.out ?? `${deck}-deck.pdf`;
  const {slides, seconds} = await writeDeckPdf({deck, lang: values.lang, inputs, out});
  console.log(`${out}: ${slides} slides (one a page, 16:9), ${seconds.toFixed(1)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
