// The build's last step (scripts/preload-data.ts) names the files a page fetches as it starts in
// the page's head, so the browser fetches them while it parses. Here on pages written as
// Framework 1.13 writes them: which files count as start-up files, where the links go, and that a
// page without such a cell, or already finished, is left as it is.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, test} from "vitest";
import {preloadPagesData, preloadStartupData, startupFiles} from "../../scripts/preload-data.js";

const registered = (name: string, path: string) =>
  `registerFile(${JSON.stringify(name)}, {"name":${JSON.stringify(name)},"mimeType":"application/json","path":${JSON.stringify(path)},"lastModified":1,"size":2});`;

/** A page as Framework 1.13 writes one: its files registered, a start-up cell, a cell that fetches later. */
const PAGE = [
  "<head>",
  '<link rel="stylesheet" type="text/css" href="./_observablehq/theme.css">',
  '<link rel="modulepreload" href="./_observablehq/client.js">',
  '<script type="module">',
  'import {define} from "./_observablehq/client.js";',
  'import {registerFile} from "./_observablehq/stdlib.js";',
  registered("./data/speaker_notes.json", "./_file/data/speaker_notes.1.json"),
  registered("./data/tables/events.json", "./_file/data/tables/events.2.json"),
  registered("./data/tables/vendors.json", "./_file/data/tables/vendors.3.json"),
  registered("./data/prices.json", "./_file/data/prices.4.json"),
  "",
  'define({id: "a1", inputs: ["FileAttachment"], outputs: ["pricesFile","data"], body: async (FileAttachment) => {',
  'const pricesFile = FileAttachment("./data/prices.json").json();',
  "const data = Object.fromEntries(await Promise.all([",
  '  ["events", FileAttachment("./data/tables/events.json")],',
  '  ["vendors", FileAttachment("./data/tables/vendors.json")]',
  "].map(async ([table, file]) => [table, await file.json()])));",
  "return {pricesFile,data};",
  "}});",
  "",
  'define({id: "b2", inputs: ["FileAttachment","lang"], outputs: ["notes"], body: async (FileAttachment,lang) => {',
  'const notes = await FileAttachment("./data/speaker_notes.json").json();',
  "return {notes};",
  "}});",
  "</script>",
  "</head>",
  "<body></body>"
].join("\n");

describe("a page's start-up files", () => {
  test("are those its FileAttachment-only cell names, as the page's URLs, in its order", () => {
    expect(startupFiles(PAGE)).toEqual(["./_file/data/prices.4.json", "./_file/data/tables/events.2.json", "./_file/data/tables/vendors.3.json"]);
  });

  test("leave out what a cell with other inputs fetches later (present mode's notes)", () => {
    expect(startupFiles(PAGE)).not.toContain("./_file/data/speaker_notes.1.json");
  });

  test("are none on a page without a start-up cell", () => {
    const page = PAGE.replace('inputs: ["FileAttachment"], outputs', 'inputs: ["FileAttachment","lang"], outputs');
    expect(startupFiles(page)).toEqual([]);
    expect(preloadStartupData(page)).toBe(page);
  });
});

describe("preloading them", () => {
  test("puts a fetch preload (cors, as fetch() asks) for each before the page's first module preload", () => {
    const html = preloadStartupData(PAGE);
    const head = html.slice(0, html.indexOf("<script"));
    expect(head.match(/<link rel="preload"[^>]*>/g)).toEqual([
      '<link rel="preload" as="fetch" crossorigin href="./_file/data/prices.4.json">',
      '<link rel="preload" as="fetch" crossorigin href="./_file/data/tables/events.2.json">',
      '<link rel="preload" as="fetch" crossorigin href="./_file/data/tables/vendors.3.json">'
    ]);
    expect(head.indexOf('rel="preload"')).toBeLessThan(head.indexOf('rel="modulepreload"'));
    expect(html.replace(/<link rel="preload"[^>]*>\n/g, "")).toBe(PAGE);
  });

  test("twice changes nothing more", () => {
    const once = preloadStartupData(PAGE);
    expect(preloadStartupData(once)).toBe(once);
  });

  const folders: string[] = [];
  afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, {recursive: true, force: true})));

  test("finishes every page of a built site, and says how many files it named", () => {
    const dist = mkdtempSync(join(tmpdir(), "deck-preload-test-"));
    folders.push(dist);
    writeFileSync(join(dist, "index.html"), PAGE);
    writeFileSync(join(dist, "plain.html"), "<head></head><body>no cells</body>");
    expect(preloadPagesData(dist)).toEqual({pages: 1, files: 3});
    expect(readFileSync(join(dist, "index.html"), "utf8")).toContain('href="./_file/data/tables/events.2.json"');
    expect(readFileSync(join(dist, "plain.html"), "utf8")).toBe("<head></head><body>no cells</body>");
  });
});
