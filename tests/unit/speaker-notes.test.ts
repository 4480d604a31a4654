// The speaker notes: the shipped file passes, every slide of every page has exactly one note,
// each kind of bad row stops with its file:line message, and the figures a presenter says
// aloud are the data's own.
import {spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {csvFormat, csvParse} from "d3-dsv";
import {afterEach, describe, expect, test} from "vitest";
import {CHAPTERS} from "../../src/build/chapters.js";
import {DATA_DIR, loadDataset, validateData} from "../../src/build/dataset.js";
import {SPEAKER_NOTES_FILE, loadSpeakerNotes, pageSlides, pagesDir} from "../../src/build/speaker-notes.js";
import {DataError} from "../../src/lib/csv.js";
import type {SpeakerNote} from "../../src/lib/schema.js";

/** The line of a page's `##` heading whose English part is `english`, so messages are checked without hard-coded line numbers. */
function headingLine(page: string, english: string): number {
  const source = readFileSync(join(process.cwd(), "src", `${page}.md`), "utf8").split("\n");
  const line = source.findIndex((text) => text.startsWith("## ") && text.includes(`<span lang="en">${english}</span>`));
  if (line < 0) throw new Error(`src/${page}.md has no heading "${english}"`);
  return line + 1;
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const notes = loadSpeakerNotes(DATA_DIR);
const data = loadDataset();

const copies: string[] = [];
afterEach(() => copies.splice(0).forEach((dir) => rmSync(dir, {recursive: true, force: true})));

function tempCopy(from: string, filter: (name: string) => boolean = () => true): string {
  const dir = mkdtempSync(join(tmpdir(), "deck-notes-"));
  copies.push(dir);
  for (const name of readdirSync(from).filter(filter)) cpSync(join(from, name), join(dir, name), {recursive: true});
  return dir;
}

/** A copy of data/ with speaker_notes.csv edited (rows or columns). */
function editedNotes(edit: (rows: Record<string, string>[], columns: string[]) => string[] | void): string {
  const dir = tempCopy(DATA_DIR);
  const rows = csvParse(readFileSync(join(dir, SPEAKER_NOTES_FILE), "utf8"));
  const columns = edit(rows, rows.columns) ?? rows.columns;
  writeFileSync(join(dir, SPEAKER_NOTES_FILE), csvFormat(rows, columns));
  return dir;
}

/** A copy of the pages (src/*.md) with one page's text edited. */
function editedPages(file: string, edit: (text: string) => string): string {
  const dir = tempCopy(pagesDir(), (name) => name.endsWith(".md"));
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

function problems(dataDir: string, srcDir: string = pagesDir()): string[] {
  try {
    loadSpeakerNotes(dataDir, srcDir);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems.map((p) => p.replaceAll(dataDir, "data").replaceAll(srcDir, "src"));
  }
  throw new Error("expected the speaker notes to be rejected");
}

const note = (page: string, slide: string): SpeakerNote => {
  const found = notes.find((n) => n.page === page && n.slide === slide);
  if (!found) throw new Error(`no note for ${page} ${slide}`);
  return found;
};

describe("the shipped notes", () => {
  test("validate, and the build's data check passes with them", () => {
    expect(notes.length).toBeGreaterThan(0);
    expect(() => validateData()).not.toThrow();
  });

  test("one note for every slide of every page, in the deck's order (the cover, the report's, then pages outside it such as /committee)", () => {
    const report = ["/", ...CHAPTERS.flatMap((chapter) => chapter.pages.map((page) => page.path))];
    const outside = pageSlides()
      .map((p) => p.page)
      .filter((page) => !report.includes(page))
      .sort();
    expect(outside).toEqual(["/committee"]);
    const order = [...report, ...outside];
    const pages = pageSlides().sort((a, b) => order.indexOf(a.page) - order.indexOf(b.page));
    const slides = pages.flatMap(({page, slides}) => slides.map((slide) => `${page} ${slide.key}`));
    expect(slides.length).toBeGreaterThan(0);
    expect(notes.map((n) => `${n.page} ${n.slide}`)).toEqual(slides);
  });

  test("every page of the site has its title slide, and the cover its two JavaScript headings", () => {
    const pages = pageSlides();
    expect(pages.map((p) => p.page)).toContain("/");
    for (const {page, slides} of pages) expect(slides[0].key, page).toBe("title");
    expect(pages.find((p) => p.page === "/")!.slides.map((s) => s.key)).toEqual(["title", "key-takeaways", "contents"]);
  });

  test("each note is two to five spoken sentences in each language", () => {
    const sentences = (text: string, ends: RegExp) => text.match(ends)?.length ?? 0;
    for (const n of notes) {
      expect(sentences(n.zh, /[。！？]/g), `${n.page} ${n.slide} zh`).toBeGreaterThanOrEqual(2);
      expect(sentences(n.zh, /[。！？]/g), `${n.page} ${n.slide} zh`).toBeLessThanOrEqual(5);
      const en = n.en.replaceAll("Fig. ", "Fig ");
      expect(sentences(en, /[.!?]["”’)]?(?=\s|$)/g), `${n.page} ${n.slide} en`).toBeGreaterThanOrEqual(2);
      expect(sentences(en, /[.!?]["”’)]?(?=\s|$)/g), `${n.page} ${n.slide} en`).toBeLessThanOrEqual(5);
    }
  });

  test("the Chinese note is Chinese and the English note is English", () => {
    for (const n of notes) {
      expect(n.zh, `${n.page} ${n.slide}`).toMatch(/[\u4e00-\u9fff]/);
      expect(n.en.replace(/[\u4e00-\u9fff（）]+/g, ""), `${n.page} ${n.slide}`).toBe(n.en);
    }
  });
});

describe("the slide keys are the ids Framework gives the headings", () => {
  test("the same as Framework 1.13's own Markdown parser, page by page", async () => {
    // Framework's module loads esbuild, fine here (Node environment) but not in the build code's import graph.
    const specifier: string = "@observablehq/framework/dist/markdown.js";
    const {createMarkdownIt} = (await import(specifier)) as {
      createMarkdownIt(): {
        parse(s: string, c: object): {type: string; tag: string; attrGet(n: string): string | null}[];
      };
    };
    const {readFrontMatter} = (await import("@observablehq/framework/dist/frontMatter.js" as string)) as {
      readFrontMatter(input: string): {content: string};
    };
    const md = createMarkdownIt();
    const pages = pageSlides();
    expect(pages.length).toBeGreaterThan(0);
    for (const {page, file, slides} of pages) {
      const {content} = readFrontMatter(readFileSync(join(ROOT, file), "utf8"));
      const ids = md
        .parse(content, {code: [], startLine: 0, currentLine: 0, path: page})
        .filter((token) => token.type === "heading_open" && token.tag === "h2")
        .map((token) => token.attrGet("id"));
      const fromMarkdown = slides.filter(
        (s) => s.key !== "title" && !readFileSync(join(ROOT, file), "utf8").includes(`id="${s.key}"`)
      );
      expect(
        fromMarkdown.map((s) => s.key),
        page
      ).toEqual(ids);
    }
  });
});

describe("a bad note stops with file, line and column", () => {
  test("an unknown page", () => {
    const dir = editedNotes((rows) => void (rows[1].page = "/agl"));
    expect(problems(dir)[0]).toMatch(
      /^data\/speaker_notes\.csv:3: column "page": expected a page of the site \(\/, \/agi, \/anthropic, .*\), got "\/agl"$/
    );
  });

  test("a page path that is not a path", () => {
    const dir = editedNotes((rows) => void (rows[1].page = "agi"));
    expect(problems(dir)).toEqual([
      `data/speaker_notes.csv:3: column "page": expected a page path: / for the cover, else / and the page's name (/agi), got "agi"`
    ]);
  });

  test("an unknown slide", () => {
    const dir = editedNotes(
      (rows) => void (rows.find((r) => r.page === "/openai" && r.slide === "history")!.slide = "histroy")
    );
    const line = notes.findIndex((n) => n.page === "/openai" && n.slide === "history") + 2;
    expect(problems(dir)).toEqual([
      `data/speaker_notes.csv:${line}: column "slide": expected a slide of /openai (title, history, models-and-prices, agi-agi-as-the-ultimate-goal, roadmap-and-outlook), got "histroy"`,
      `data/speaker_notes.csv: no note for the slide "history" of the page /openai (src/openai.md:${headingLine("openai", "History")}); add a row: /openai,history,…`
    ]);
  });

  test("a duplicate page and slide", () => {
    const dir = editedNotes((rows) => void rows.push({...rows[0]}));
    expect(problems(dir)).toEqual([
      `data/speaker_notes.csv:${notes.length + 2}: column "slide": expected one note per slide, got "${notes[0].slide}" of ${notes[0].page} again (already on line 2)`
    ]);
  });

  test("an empty note", () => {
    const dir = editedNotes((rows) => void (rows[4].en = "  "));
    expect(problems(dir)).toEqual([
      `data/speaker_notes.csv:6: column "en": expected text (this cell may not be empty), got "  "`
    ]);
  });

  test("an empty source", () => {
    const dir = editedNotes((rows) => void (rows[2].source = ""));
    expect(problems(dir)).toEqual([
      `data/speaker_notes.csv:4: column "source": expected a source (the report's figure or section, or \`outside: …\`), got ""`
    ]);
  });

  test("a missing column", () => {
    const dir = editedNotes((_rows, columns) => columns.filter((c) => c !== "zh"));
    expect(problems(dir)).toEqual([`data/speaker_notes.csv:1: column "zh": missing from the header row`]);
  });

  test("a missing file", () => {
    const dir = tempCopy(DATA_DIR, (name) => name !== SPEAKER_NOTES_FILE);
    expect(problems(dir)).toEqual([
      `data/speaker_notes.csv: the file is missing; every slide of every page needs a note`
    ]);
  });

  test("the build's data check reports them with the other files' problems", () => {
    const dir = editedNotes((rows) => void (rows[1].page = "/agl"));
    expect(() => validateData(dir)).toThrow(/speaker_notes\.csv:3: column "page"/);
  });
});

describe("every slide has a note: a new heading without one stops the build", () => {
  test("a new ## section", () => {
    const src = editedPages(
      "agi.md",
      (text) => `${text}\n## <span lang="zh-CN">新的一节</span><span lang="en">A new section</span>\n`
    );
    const line = readFileSync(join(src, "agi.md"), "utf8").split("\n").length - 1;
    expect(problems(DATA_DIR, src)).toEqual([
      `data/speaker_notes.csv: no note for the slide "a-new-section" of the page /agi (src/agi.md:${line}); add a row: /agi,a-new-section,…`
    ]);
  });

  test("a new page", () => {
    const src = editedPages("agi.md", (text) => text);
    writeFileSync(
      join(src, "appendix.md"),
      '# Appendix\n\n## <span lang="zh-CN">来源</span><span lang="en">Sources</span>\n'
    );
    expect(problems(DATA_DIR, src)).toEqual([
      `data/speaker_notes.csv: no note for the slide "title" of the page /appendix (src/appendix.md:1); add a row: /appendix,title,…`,
      `data/speaker_notes.csv: no note for the slide "sources" of the page /appendix (src/appendix.md:3); add a row: /appendix,sources,…`
    ]);
  });

  test("an h2 rendered from JavaScript with an id is a slide", () => {
    const src = editedPages(
      "index.md",
      (text) => `${text}\n\`\`\`js\ndisplay(html\`<h2 id="sources">Sources</h2>\`);\n\`\`\`\n`
    );
    expect(problems(DATA_DIR, src)).toEqual([
      expect.stringMatching(
        /^data\/speaker_notes\.csv: no note for the slide "sources" of the page \/ \(src\/index\.md:\d+\)/
      )
    ]);
  });

  test("an h2 rendered from JavaScript without an id has no stable key, and says so", () => {
    const src = editedPages("index.md", (text) => text.replace('<h2 id="contents">', "<h2>"));
    const line =
      readFileSync(join(src, "index.md"), "utf8")
        .split("\n")
        .findIndex((l) => l.includes("<h2>")) + 1;
    expect(problems(DATA_DIR, src)).toEqual([
      `src/index.md:${line}: an h2 without an id; write <h2 id="…"> so its slide has a key`
    ]);
  });

  test("a note removed from the file", () => {
    const dir = editedNotes(
      (rows) =>
        void rows.splice(
          rows.findIndex((r) => r.page === "/quadrant" && r.slide === "about-the-data"),
          1
        )
    );
    expect(problems(dir)).toEqual([
      `data/speaker_notes.csv: no note for the slide "about-the-data" of the page /quadrant (src/quadrant.md:${headingLine("quadrant", "About the data")}); add a row: /quadrant,about-the-data,…`
    ]);
  });
});

// Every number written in digits, thousands separators dropped: "49,060.09" is 49060.09.
function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].map((m) => Number(m[0].replaceAll(",", "")));
}

/** The numbers of a note that appear nowhere in data/ (the report's tables, facts and text). */
function unsourcedNumbers(text: string, sourced: Set<number>): number[] {
  return numbersIn(text).filter((n) => !sourced.has(n));
}

describe("the figures said aloud are the data's", () => {
  const sourced = new Set(
    readdirSync(DATA_DIR)
      .filter((name) => name.endsWith(".csv") && name !== SPEAKER_NOTES_FILE)
      .flatMap((name) => numbersIn(readFileSync(join(DATA_DIR, name), "utf8")))
  );

  test("every number in a note, in either language, appears in the report's data", () => {
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) {
      expect(unsourcedNumbers(n.zh, sourced), `${n.page} ${n.slide} zh`).toEqual([]);
      expect(unsourcedNumbers(n.en, sourced), `${n.page} ${n.slide} en`).toEqual([]);
    }
  });

  test("the check catches an invented figure", () => {
    expect(unsourcedNumbers("o1 scores 62, GPT-4.5 scores 58.3 and costs USD 1,234", sourced)).toEqual([58.3, 1234]);
  });

  const fact = (id: string) => {
    const row = data.facts.find((f) => f.id === id);
    if (!row) throw new Error(`no fact ${id}`);
    return row.value;
  };
  const en = (n: number) => n.toLocaleString("en-US");
  // [fact, page, slide, how the Chinese note says it, how the English note says it]
  const cited: [string, string, string, (v: number) => string, (v: number) => string][] = [
    [
      "wisdom-flywheel-cost-pct",
      "/agi",
      "large-models-will-evolve-from-the-data-flywheel-to-the-wisdom-flywheel",
      (v) => `约 ${v}%`,
      (v) => `about ${v}%`
    ],
    [
      "o3-mini-high-intelligence",
      "/vendors",
      "3-1-summary-each-vendors-latest-models-compared",
      (v) => `${v} 和`,
      (v) => `${v} and`
    ],
    [
      "o1-intelligence",
      "/vendors",
      "3-1-summary-each-vendors-latest-models-compared",
      (v) => `和 ${v}`,
      (v) => `and ${v}`
    ],
    [
      "gemini-2-0-flash-speed",
      "/vendors",
      "3-1-summary-each-vendors-latest-models-compared",
      (v) => `达到 ${v}`,
      (v) => `at ${v} output tokens`
    ],
    [
      "gemini-2-0-price-usd-per-mtok",
      "/vendors",
      "3-1-summary-each-vendors-latest-models-compared",
      (v) => `${v} 美元`,
      (v) => `USD ${v}`
    ],
    ["o3-mini-high-intelligence", "/quadrant", "the-reports-statements-checked", (v) => `${v} 分`, (v) => `at ${v}`],
    [
      "gemini-2-0-flash-speed",
      "/quadrant",
      "output-speed-and-the-price-decline-projection",
      (v) => `达到 ${v}`,
      (v) => `reaches ${v}`
    ],
    ["sora-resolution-p", "/openai", "roadmap-and-outlook", (v) => `${v}p`, (v) => `${v}p`],
    ["sora-video-length-s", "/openai", "roadmap-and-outlook", (v) => `${v} 秒`, (v) => `${v}-second`],
    ["llama-languages", "/llama", "aimed-at-multimodality", (v) => `${v} 种语言`, (v) => `${v} languages`],
    ["llama-3-training-tokens-t", "/llama", "history", (v) => `超过 ${v} 万亿`, (v) => `more than ${v} trillion`],
    ["claude-2-1-context-tokens", "/anthropic", "history", (v) => `${v / 1000}K`, (v) => `${v / 1000}K`],
    ["grok-1-parameters-b", "/xai", "history", (v) => `${v * 10} 亿`, (v) => `${v} billion`],
    ["xai-initial-team", "/xai", "xai-x-ais-timeline", (v) => `${v} 人`, (v) => `team of ${v}`],
    ["grok-1-5-math-score-pct", "/xai", "xai-x-ais-timeline", (v) => `${v}%`, (v) => `${v}%`],
    ["grok-1-5-coding-score-pct", "/xai", "xai-x-ais-timeline", (v) => `${v}%`, (v) => `${v}%`],
    [
      "xai-series-b-usd-b",
      "/xai",
      "parameters-compute-and-funding",
      (v) => `${v * 10} 亿美元`,
      (v) => `USD ${v} billion`
    ],
    [
      "xai-post-money-valuation-usd-b",
      "/xai",
      "parameters-compute-and-funding",
      (v) => `${v * 10} 亿美元`,
      (v) => `USD ${v} billion`
    ],
    [
      "colossus-h100-gpus",
      "/xai",
      "parameters-compute-and-funding",
      (v) => `${v / 10000} 万块`,
      (v) => `${en(v)} NVIDIA`
    ],
    [
      "colossus-planned-gpus",
      "/xai",
      "parameters-compute-and-funding",
      (v) => `${v / 10000} 万块`,
      (v) => `${en(v)} H100`
    ],
    [
      "grok-3-training-gpus",
      "/investment",
      "models-are-iterating-faster-which-is-expected-to-drive-rapid-development-of-applications",
      (v) => `${v / 10000} 万张`,
      (v) => `${en(v)} GPUs`
    ],
    [
      "gemini-1-5-context-tokens",
      "/gemini",
      "gemini-the-gemini-models-compared",
      (v) => `${v / 10000} 万 token`,
      (v) => `${v / 1000000} million tokens`
    ]
  ];
  test.each(cited)("%s, on %s, matches data/facts.csv", (id, page, slide, zh, english) => {
    const value = fact(id);
    expect(note(page, slide).zh).toContain(zh(value));
    expect(note(page, slide).en).toContain(english(value));
  });

  test("OpenAI's prices on the Fig. 12 slide are the table's, every priced model", () => {
    const priced = data.openai_models.filter((m) => m.input_usd_per_mtok != null && m.output_usd_per_mtok != null);
    expect(priced.length).toBeGreaterThan(0);
    for (const lang of ["zh", "en"] as const) {
      const said = numbersIn(note("/openai", "models-and-prices")[lang]);
      for (const m of priced)
        expect(said, `${m.name} ${lang}`).toEqual(
          expect.arrayContaining([m.input_usd_per_mtok, m.output_usd_per_mtok])
        );
    }
  });

  test("the context windows on the Claude and LLaMA slides are Fig. 17's and Fig. 15's", () => {
    const tokens = (n: number) => (n % 1000 === 0 ? `${n / 1000}K` : String(n));
    const claude = data.claude_generations.map((g) => tokens(g.context_window_tokens));
    const llama = data.llama_generations.map((g) => tokens(g.context_window_tokens));
    expect(claude.length * llama.length).toBeGreaterThan(0);
    for (const lang of ["zh", "en"] as const) {
      for (const t of claude) expect(note("/anthropic", "anthropic-the-claude-models-compared")[lang]).toContain(t);
      for (const t of llama) expect(note("/llama", "l-la-ma-the-l-la-ma-models-compared")[lang]).toContain(t);
    }
  });

  test("the cover's market figures are the front matter's tables", () => {
    const cover = note("/", "key-takeaways");
    const sixMonths = data.relative_performance.filter((r) => r.horizon === "6M");
    const stocks = data.industry_data.find((r) => r.metric === "stock-count")!;
    const cap = data.industry_data.find((r) => r.metric === "total-market-cap")!;
    expect(sixMonths).toHaveLength(2);
    for (const text of [cover.zh, cover.en]) {
      for (const r of sixMonths) expect(text).toContain(`${r.value_pct!.toFixed(1)}%`);
      expect(text).toContain(String(stocks.value));
      expect(text).toContain(en(cap.value));
      expect(text).toContain(`${cap.share_pct}%`);
    }
  });
});

describe("the loader", () => {
  test("writes the validated notes as a JSON array of {page, slide, zh, en, source}", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/data/speaker_notes.json.ts"], {
      cwd: ROOT,
      encoding: "utf8"
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(json.length).toBeGreaterThan(0);
    for (const row of json) expect(Object.keys(row)).toEqual(["page", "slide", "zh", "en", "source"]);
    expect(json).toEqual(notes);
  });
});
