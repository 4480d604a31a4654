// Framework 1.13 serves each of the site's modules as a file of its own, and a page preloads the
// whole graph it imports: /vendors fetched 37 modules (the site's, htl, Inputs, d3-dsv), each a
// request, a compile and a link before the page's first cell could run. That cost its first chart
// about 75 ms of a 4×-throttled visit (docs/performance.md). After Framework's build, this step
// bundles each page's imports into one module with esbuild (the bundler Framework itself uses);
// what loads on demand (present mode, /quadrant's Plot companions, zod) stays a chunk of its own,
// and code both need sits in a shared chunk (pages whose chunks come out the same share the file:
// its name is its content's hash). Each page then imports its bundle instead. Framework's
// client, runtime and standard library, and the Plot bundle (src/vendor/plot.js), stay apart:
// every page shares them, and the cells' FileAttachment registry lives in the standard library.
// The dev server is untouched: it serves the modules one by one, as Framework does.
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join, relative, resolve, sep} from "node:path";
import {build, type Metafile, type Plugin} from "esbuild";

/** Where the bundles go: as deep as _import/site, so a module's paths made relative to its import.meta.url (FileAttachment) still resolve. */
export const BUNDLES = "_import/pages";

/** A page's dynamic imports of modules the bundles take in: `import("./_import/…")` or `import("./_node/…")`, not the Plot bundle. */
const BUNDLED_IMPORT = /import\("((?:\.\.?\/)+_(?:import|node)\/[^"]+\.js)"\)/g;
const PRELOAD = /<link rel="modulepreload" href="([^"]+)">\n?/g;

const posix = (path: string) => path.split(sep).join("/");
const relativeUrl = (from: string, to: string) => {
  const path = posix(relative(from, to));
  return path.startsWith(".") ? path : `./${path}`;
};

/** The built site's pages (its .html files outside Framework's _ folders). */
export function* pageFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith("_")) yield* pageFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

/**
 * The modules a page imports that its bundle takes in, as the page writes them, in the order its
 * cells name them (the bootstrap first): its cells' import declarations (Framework preloads those)
 * and, lazily, what its code imports on demand (zod when a price file is picked). The Plot bundle
 * stays apart.
 */
export function bundledImports(html: string): {specifier: string; lazy: boolean}[] {
  const preloaded = new Set([...html.matchAll(PRELOAD)].map((match) => match[1]));
  const specifiers = [...new Set([...html.matchAll(BUNDLED_IMPORT)].map((match) => match[1]))];
  return specifiers.filter((specifier) => !specifier.includes("/_import/vendor/")).map((specifier) => ({specifier, lazy: !preloaded.has(specifier)}));
}

/** The entry module of a page's bundle: each module it imports as m0, m1… (a namespace, or a function that loads one on demand). */
export function entrySource(modules: {path: string; lazy: boolean}[]): string {
  return modules
    .map(({path, lazy}, i) => (lazy ? `export const m${i} = () => import(${JSON.stringify(path)});\n` : `export * as m${i} from ${JSON.stringify(path)};\n`))
    .join("");
}

/**
 * The page rewritten to load `bundle` (its URL from the page) instead of the modules it takes in:
 * each `import("module")` becomes the bundle's namespace of that module (loaded on demand if it
 * was), and the modulepreloads of the modules the bundle holds (`bundled`, URLs as the page writes
 * them) give way to `preloads`, the bundle and the chunks it imports, where the first of them stood.
 */
export function rewritePage(
  html: string,
  imports: {specifier: string; lazy: boolean}[],
  bundle: string,
  bundled: Set<string>,
  preloads: string[]
): string {
  let rewritten = html.replace(BUNDLED_IMPORT, (call, specifier: string) => {
    const index = imports.findIndex((each) => each.specifier === specifier);
    if (index < 0) return call;
    return `import(${JSON.stringify(bundle)}).then((module) => module.m${index}${imports[index].lazy ? "()" : ""})`;
  });
  let placed = false;
  rewritten = rewritten.replace(PRELOAD, (link, href: string) => {
    if (!bundled.has(href)) return link;
    if (placed) return "";
    placed = true;
    return preloads.map((url) => `<link rel="modulepreload" href="${url}">\n`).join("");
  });
  return rewritten;
}

/** Resolves Framework's files and the Plot bundle as external, at their path from the bundles' folder. */
function keepApart(dist: string, outdir: string): Plugin {
  const apart = [join(dist, "_observablehq") + sep, join(dist, "_import", "vendor") + sep];
  return {
    name: "keep-apart",
    setup(build) {
      build.onResolve({filter: /^\.\.?\//}, (args) => {
        const path = resolve(args.resolveDir, args.path);
        return apart.some((folder) => path.startsWith(folder)) ? {path: relativeUrl(outdir, path), external: true} : undefined;
      });
    }
  };
}

/** The output's static imports, transitively (the bundle first): what its page preloads. */
function staticGraph(metafile: Metafile, output: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
  };
  visit(output);
  return [...seen];
}

/**
 * Bundles every page's modules in `dist`, a bundle per page (a page's code in as few files as
 * possible; what two pages share is fetched again by the next page, but a first visit is what
 * costs); returns the pages, the modules taken in, and the files written.
 */
export async function bundlePages(dist: string): Promise<{pages: number; modules: number; files: number}> {
  const outdir = join(dist, BUNDLES);
  const entries = mkdtempSync(join(tmpdir(), "deck-page-entries-"));
  const taken = new Set<string>();
  const written = new Set<string>();
  let bundledPages = 0;
  // A module that finds its files by import.meta.url must sit as deep as the bundles do.
  const depth = (path: string) => posix(relative(dist, dirname(path))).split("/").length;
  try {
    for (const file of pageFiles(dist)) {
      const html = readFileSync(file, "utf8");
      const imports = bundledImports(html);
      if (!imports.length) continue;
      const from = dirname(file);
      const name = posix(relative(dist, file)).replace(/\.html$/, "").replaceAll("/", "-");
      const entry = join(entries, `${name}.js`);
      writeFileSync(entry, entrySource(imports.map(({specifier, lazy}) => ({path: resolve(from, specifier), lazy}))));
      const {metafile} = await build({
        entryPoints: {[name]: entry},
        bundle: true,
        splitting: true, // what loads on demand (present mode, scenarios, zod) stays a chunk of its own
        format: "esm",
        target: "es2022", // what Framework targets
        minify: true,
        outdir,
        entryNames: "[name].[hash]",
        chunkNames: "[name].[hash]",
        metafile: true,
        logLevel: "silent",
        plugins: [keepApart(dist, outdir)]
      });
      const inputs = Object.keys(metafile.inputs).map((input) => resolve(input)).filter((input) => input !== entry);
      for (const input of inputs) {
        if (taken.has(input)) continue; // checked with an earlier page
        if (depth(input) !== depth(join(outdir, "x.js")) && readFileSync(input, "utf8").includes("import.meta")) {
          throw new Error(`${posix(relative(dist, input))} uses import.meta, and its bundle in ${BUNDLES} is not as deep: its relative paths would break.`);
        }
        taken.add(input);
      }
      const output = Object.keys(metafile.outputs).find((out) => metafile.outputs[out].entryPoint && resolve(metafile.outputs[out].entryPoint!) === entry)!;
      for (const out of Object.keys(metafile.outputs)) written.add(resolve(out));
      const bundled = new Set([...html.matchAll(PRELOAD)].map((match) => match[1]).filter((href) => inputs.includes(resolve(from, href))));
      const preloads = staticGraph(metafile, output).map((out) => relativeUrl(from, resolve(out)));
      writeFileSync(file, rewritePage(html, imports, preloads[0], bundled, preloads));
      bundledPages += 1;
    }
    return {pages: bundledPages, modules: taken.size, files: written.size};
  } finally {
    rmSync(entries, {recursive: true, force: true});
  }
}
