// The build's last step (scripts/bundle-pages.ts) rewrites each built page to load its modules as
// one bundle. Here on a small built site of two pages: what each page imports, what it preloads,
// what stays apart (Framework's files, the Plot bundle), what stays on demand, and the guard for
// modules that find files by import.meta.url.
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {afterEach, describe, expect, test} from "vitest";
import {BUNDLES, bundlePages, bundledImports, entrySource, rewritePage} from "../../scripts/bundle-pages.js";

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, {recursive: true, force: true})));

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), text);
  }
}

/** A page as Framework 1.13 writes one: preloads of its imports' graph, and cells that import(). */
function page(imports: string[], preloads: string[], lazy: string[] = []): string {
  return [
    "<head>",
    '<link rel="modulepreload" href="./_observablehq/client.js">',
    ...preloads.map((href) => `<link rel="modulepreload" href="${href}">`),
    '<script type="module">',
    'import {define} from "./_observablehq/client.js";',
    `define({id: "a", body: async () => { const [${imports.map((_, i) => `{x${i}}`).join(", ")}] = await Promise.all([${imports
      .map((path) => `import("${path}")`)
      .join(", ")}]); return {${imports.map((_, i) => `x${i}`).join(", ")}}; }});`,
    ...lazy.map((path) => `define({id: "b", body: async () => (await import("${path}")).z});`),
    "</script>",
    "</head>"
  ].join("\n");
}

function builtSite(): string {
  const dist = mkdtempSync(join(tmpdir(), "deck-bundle-test-"));
  folders.push(dist);
  write(dist, {
    "_observablehq/client.js": "export function define() {}\n",
    "_observablehq/stdlib.js": "export const FileAttachment = (name, base) => new URL(name, base).href;\n",
    "_import/vendor/plot.abc.js": "export const plot = () => 'plot';\n",
    "_import/site/bootstrap.1.js": 'import {lang} from "./state.2.js";\ndocument.documentElement.lang = lang;\nexport {};\n',
    "_import/site/state.2.js": "export const lang = 'zh';\nexport function watcherCount() { return 1; }\n",
    "_import/site/present.3.js":
      'import {lang} from "./state.2.js";\nimport {FileAttachment} from "../../_observablehq/stdlib.js";\nexport const notes = FileAttachment("../../_file/notes.json", import.meta.url) + lang;\n',
    "_import/features/chart.4.js":
      'import {plot} from "../vendor/plot.abc.js";\nimport {lang} from "../site/state.2.js";\nexport const x1 = () => plot() + lang;\nexport const present = () => import("../site/present.3.js");\n',
    "_node/zod@4/index.5.js": "export const z = 'zod';\n",
    "index.html": page(
      ["./_import/site/bootstrap.1.js", "./_import/features/chart.4.js"],
      ["./_import/site/bootstrap.1.js", "./_import/site/state.2.js", "./_import/features/chart.4.js", "./_import/vendor/plot.abc.js"],
      ["./_node/zod@4/index.5.js"]
    ),
    "other.html": page(["./_import/site/bootstrap.1.js"], ["./_import/site/bootstrap.1.js", "./_import/site/state.2.js"])
  });
  return dist;
}

describe("a page's imports", () => {
  test("its cells' imports are taken in, what it imports on demand lazily, the Plot bundle never", () => {
    const html = page(
      ["./_import/site/bootstrap.1.js", "./_import/vendor/plot.abc.js", "./_node/htl/index.js"],
      ["./_import/site/bootstrap.1.js", "./_import/vendor/plot.abc.js", "./_node/htl/index.js"],
      ["./_node/zod/index.js"]
    );
    expect(bundledImports(html)).toEqual([
      {specifier: "./_import/site/bootstrap.1.js", lazy: false},
      {specifier: "./_node/htl/index.js", lazy: false},
      {specifier: "./_node/zod/index.js", lazy: true}
    ]);
  });

  test("the entry names each module in order, a lazy one as a function that loads it", () => {
    expect(entrySource([{path: "/d/a.js", lazy: false}, {path: "/d/z.js", lazy: true}])).toBe(
      'export * as m0 from "/d/a.js";\nexport const m1 = () => import("/d/z.js");\n'
    );
  });

  test("the page imports its bundle's namespaces, and preloads the bundle where its modules were", () => {
    const imports = [
      {specifier: "./_import/a.js", lazy: false},
      {specifier: "./_node/z.js", lazy: true}
    ];
    const html = page(["./_import/a.js"], ["./_import/a.js", "./_import/b.js", "./_import/vendor/plot.js"], ["./_node/z.js"]);
    const rewritten = rewritePage(html, imports, "./_import/pages/p.H.js", new Set(["./_import/a.js", "./_import/b.js"]), [
      "./_import/pages/p.H.js",
      "./_import/pages/chunk.C.js"
    ]);
    expect(rewritten).toContain('import("./_import/pages/p.H.js").then((module) => module.m0)');
    expect(rewritten).toContain('import("./_import/pages/p.H.js").then((module) => module.m1())');
    expect(rewritten).not.toMatch(/import\("\.\/_(import|node)\/(a|z)\.js"\)/);
    const preloads = [...rewritten.matchAll(/modulepreload" href="([^"]+)"/g)].map((match) => match[1]);
    expect(preloads).toEqual(["./_observablehq/client.js", "./_import/pages/p.H.js", "./_import/pages/chunk.C.js", "./_import/vendor/plot.js"]);
  });
});

describe("bundling a built site", () => {
  test("each page loads one bundle (and the chunks it shares with what loads on demand)", async () => {
    const dist = builtSite();
    const result = await bundlePages(dist);
    expect(result.pages).toBe(2);
    const index = readFileSync(join(dist, "index.html"), "utf8");
    const other = readFileSync(join(dist, "other.html"), "utf8");
    for (const html of [index, other]) {
      expect(html).not.toMatch(/(href="|import\(")\.\/_import\/(site|features)\//);
      expect(html).toMatch(/import\("\.\/_import\/pages\/[\w.-]+\.js"\)\.then\(\(module\) => module\.m0\)/);
    }
    // zod stays on demand: a function of the bundle, not a module the page preloads.
    expect(index).toMatch(/\.then\(\(module\) => module\.m2\(\)\)/);
    expect(index).not.toContain("zod");
    // Framework's client and the Plot bundle stay apart, preloaded as before.
    const preloads = [...index.matchAll(/modulepreload" href="([^"]+)"/g)].map((match) => match[1]);
    expect(preloads[0]).toBe("./_observablehq/client.js");
    expect(preloads).toContain("./_import/vendor/plot.abc.js");
    expect(preloads.filter((href) => href.startsWith(`./${BUNDLES}/`)).length).toBeGreaterThan(0);
    const files = readdirSync(join(dist, BUNDLES));
    const code = files.map((file) => readFileSync(join(dist, BUNDLES, file), "utf8")).join("\n");
    // From the bundles' folder, the files kept apart are imported where they are.
    expect(code).toContain('"../vendor/plot.abc.js"');
    expect(code).toContain('"../../_observablehq/stdlib.js"');
    // Present mode is a chunk of its own, loaded on demand, as deep as it was: its file still resolves.
    expect(files.some((file) => file.startsWith("present."))).toBe(true);
    expect(code).toContain('"../../_file/notes.json"');
  });

  test("a module that finds files by import.meta.url and would move deeper or shallower stops the build, named", async () => {
    const dist = builtSite();
    write(dist, {
      "_import/shallow.6.js": 'export const file = new URL("../_file/x.json", import.meta.url).href;\n',
      "index.html": page(["./_import/shallow.6.js"], ["./_import/shallow.6.js"])
    });
    await expect(bundlePages(dist)).rejects.toThrow(/_import\/shallow\.6\.js uses import\.meta/);
  });
});
