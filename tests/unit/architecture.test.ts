// The layers of src/ (docs/DESIGN.md, "Data flows one way") as checks: nothing imports in a
// circle, only the bootstrap has import-time effects, nothing below the site layer reaches up
// into it or into Node, and every page loads the bootstrap.
import {readdirSync, readFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import ts from "typescript";
import {describe, expect, test} from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SRC = join(ROOT, "src");
const BOOTSTRAP = "src/site/bootstrap.ts";

function walk(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith(".") ? [] : walk(path);
    return [path];
  });
}

const files = walk(SRC)
  .filter((path) => /\.(ts|md)$/.test(path) && !path.endsWith(".d.ts"))
  .map((path) => relative(ROOT, path));
const modules = files.filter((file) => file.endsWith(".ts"));
// Data loaders (src/data) are scripts Framework runs at build time, not modules a page imports.
const browserModules = modules.filter((file) => !file.startsWith("src/data/") && !file.startsWith("src/build/"));
const pages = files.filter((file) => file.endsWith(".md"));

/** The ```js blocks of a page. */
function codeBlocks(page: string): string[] {
  return [...readFileSync(join(ROOT, page), "utf8").matchAll(/^```js\n([\s\S]*?)^```/gm)].map((m) => m[1]);
}

/** Every module specifier a file imports, statically or dynamically. */
const specifierCache = new Map<string, string[]>();
function specifiers(file: string): string[] {
  const cached = specifierCache.get(file);
  if (cached) return cached;
  const text = file.endsWith(".md") ? codeBlocks(file).join("\n") : readFileSync(join(ROOT, file), "utf8");
  const found = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  specifierCache.set(file, found);
  return found;
}

/** Relative imports resolved to files of src/ (the .js of an import is the .ts on disk). */
function localImports(file: string): string[] {
  return specifiers(file)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => relative(ROOT, resolve(dirname(join(ROOT, file)), specifier.replace(/\.js$/, ".ts"))))
    .filter((target) => files.includes(target));
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
}

const BROWSER_GLOBALS = new Set(["document", "window", "localStorage", "sessionStorage", "location", "history", "navigator", "addEventListener"]);

/** What a node runs at once (not inside a function it only defines): browser globals touched, dynamic imports. */
function immediateEffects(node: ts.Node, found: string[] = []): string[] {
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return found; // defined, not run
  if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text) && !isPropertyName(node)) found.push(node.text);
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) found.push("import()");
  ts.forEachChild(node, (child) => void immediateEffects(child, found));
  return found;
}

function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    ts.isPropertySignature(parent) ||
    ts.isBindingElement(parent) ||
    ts.isParameter(parent)
  );
}

/** The names a cell's import declarations bring in (default, namespace and named bindings). */
function importedNames(source: ts.SourceFile): string[] {
  return source.statements.filter(ts.isImportDeclaration).flatMap((declaration) => {
    const clause = declaration.importClause;
    if (!clause) return [];
    const bindings = clause.namedBindings;
    const names = bindings ? (ts.isNamespaceImport(bindings) ? [bindings.name.text] : bindings.elements.map((e) => e.name.text)) : [];
    return clause.name ? [clause.name.text, ...names] : names;
  });
}

/** Every name a cell reads (identifiers that are not property names). */
function namesUsed(node: ts.Node, found: string[] = []): string[] {
  if (ts.isIdentifier(node) && !isPropertyName(node)) found.push(node.text);
  ts.forEachChild(node, (child) => void namesUsed(child, found));
  return found;
}

const DECLARATIONS = [
  ts.SyntaxKind.ImportDeclaration,
  ts.SyntaxKind.ImportEqualsDeclaration,
  ts.SyntaxKind.ExportDeclaration,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.EnumDeclaration,
  ts.SyntaxKind.ModuleDeclaration,
  ts.SyntaxKind.VariableStatement
];

/** A module's top-level statements that do something when it is imported, as "line: text". */
function importTimeEffects(file: string): string[] {
  const source = parse(file);
  return source.statements
    .filter((statement) => !DECLARATIONS.includes(statement.kind) || immediateEffects(statement).length > 0)
    .map((statement) => `${file}:${source.getLineAndCharacterOfPosition(statement.getStart()).line + 1}: ${statement.getText().split("\n")[0]}`);
}

describe("the module graph", () => {
  test("src/ has modules and pages to check", () => {
    expect(browserModules.length).toBeGreaterThan(10);
    expect(pages.length).toBeGreaterThan(5);
    expect(browserModules).toContain(BOOTSTRAP);
  });

  test("nothing imports in a circle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") return void cycles.push([...path.slice(path.indexOf(file)), file].join(" -> "));
      state.set(file, "visiting");
      for (const target of localImports(file)) visit(target, [...path, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  test("only the bootstrap has import-time effects", () => {
    const effects = browserModules.filter((file) => file !== BOOTSTRAP).flatMap(importTimeEffects);
    expect(effects).toEqual([]);
    expect(importTimeEffects(BOOTSTRAP).length).toBeGreaterThan(0); // the check sees effects where they are
  });

  test("lib, ui and features never reach up into the site layer, nor into Node", () => {
    const lower = modules.filter((file) => /^src\/(lib|ui|features)\//.test(file));
    expect(lower.length).toBeGreaterThan(0);
    const wrong = lower.flatMap((file) => [
      ...localImports(file)
        .filter((target) => target.startsWith("src/site/"))
        .map((target) => `${file} imports ${target}`),
      ...specifiers(file)
        .filter((specifier) => specifier.startsWith("node:"))
        .map((specifier) => `${file} imports ${specifier}`)
    ]);
    expect(wrong).toEqual([]);
  });

  test("lib is pure: no document, window or storage, even inside functions", () => {
    const lib = modules.filter((file) => file.startsWith("src/lib/"));
    const uses = lib.flatMap((file) => {
      const found: string[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isIdentifier(node) && ["document", "window", "localStorage", "sessionStorage"].includes(node.text) && !isPropertyName(node)) {
          found.push(`${file}: ${node.text}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(parse(file));
      return found;
    });
    expect(uses).toEqual([]);
  });

  test("charts reach Plot and d3 only through the tree-shaken bundle (src/vendor/plot.js)", () => {
    // A direct import would load Plot's whole d3 beside the bundle: about 80 KB gzip more per page.
    const direct = files.flatMap((file) =>
      specifiers(file)
        .filter((specifier) => /^(npm:)?(@observablehq\/plot|d3)(\/|$)/.test(specifier))
        .map((specifier) => `${file} imports ${specifier}`)
    );
    expect(direct.filter((line) => !line.startsWith("src/build/") && !line.startsWith("src/data/"))).toEqual([]);
    expect(files.filter((file) => specifiers(file).some((s) => s.endsWith("vendor/plot.js"))).length).toBeGreaterThan(0);
  });

  test("no page calls t(lang, zh, en) inline: each keeps its strings in a TEXT table", () => {
    const inline = pages.flatMap((page) =>
      (codeBlocks(page).join("\n").match(/(?<![\w.$])t\(lang\b/g) ?? []).map(() => page)
    );
    expect(inline).toEqual([]);
  });

  test("every page imports the bootstrap in its first cell", () => {
    const missing = pages.filter((page) => !(codeBlocks(page)[0] ?? "").includes('import "./site/bootstrap.js";'));
    expect(missing).toEqual([]);
  });

  // Framework's resize() draws a chart only after the page has been laid out around its empty box;
  // resizeNow (src/ui/resize.ts) draws it at once at the column's width: one way for every chart.
  test("no page draws a chart with Framework's resize(): each uses resizeNow", () => {
    const drawing = pages.filter((page) => codeBlocks(page).some((block) => /(?<![\w.$])resizeNow\(/.test(block)));
    expect(drawing.length).toBeGreaterThan(5);
    expect(pages.filter((page) => codeBlocks(page).some((block) => /(?<![\w.$])resize\(/.test(block)))).toEqual([]);
  });

  // A cell runs once every name it uses is defined; a name imported by the page is defined only
  // once the page's modules (Plot among them) have loaded and run. The cell that fetches the
  // page's tables uses none, so the fetches go out as the page starts, not after its modules.
  test("every page fetches its tables in a cell that names nothing the page imports", () => {
    const fetching = pages.filter((page) => codeBlocks(page).some((block) => block.includes('FileAttachment("data/tables/')));
    expect(fetching.length).toBeGreaterThan(10);
    const waiting = fetching.flatMap((page) => {
      const blocks = codeBlocks(page).map((block, i) => ts.createSourceFile(`${page}#${i}.js`, block, ts.ScriptTarget.Latest, true));
      const imported = new Set(blocks.flatMap(importedNames));
      expect(imported.size).toBeGreaterThan(0);
      const cell = blocks.find((block) => block.text.includes('FileAttachment("data/tables/'))!;
      return [...new Set(namesUsed(cell))].filter((name) => imported.has(name)).map((name) => `${page} uses ${name}`);
    });
    expect(waiting).toEqual([]);
  });
});
