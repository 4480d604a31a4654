// The build's last step puts the compile hint first in every module of dist/ (scripts/compile-hints.ts).
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {afterEach, expect, test} from "vitest";
import {COMPILE_HINT, markEagerCompile} from "../../scripts/compile-hints.js";

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, {recursive: true, force: true})));

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "deck-hints-"));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true});
    writeFileSync(join(root, path), text);
  }
  return root;
}

test("every module, at any depth, begins with the hint once; other files and a second run change nothing", () => {
  const root = site({
    "_observablehq/client.abc.js": "import {a} from './runtime.js';\n",
    "_import/pages/quadrant.X.js": "export const x = 1;",
    "_import/vendor/plot.1.js": "// Generated\nexport {};",
    "_file/data/tables/models.json": '{"a": 1}',
    "quadrant.html": "<script type=\"module\">import './_observablehq/client.abc.js';</script>"
  });
  expect(markEagerCompile(root)).toBe(3);
  expect(readFileSync(join(root, "_import/pages/quadrant.X.js"), "utf8")).toBe(`${COMPILE_HINT}\nexport const x = 1;`);
  expect(readFileSync(join(root, "_import/vendor/plot.1.js"), "utf8")).toBe(`${COMPILE_HINT}\n// Generated\nexport {};`);
  expect(readFileSync(join(root, "_file/data/tables/models.json"), "utf8")).toBe('{"a": 1}');
  expect(readFileSync(join(root, "quadrant.html"), "utf8")).not.toContain(COMPILE_HINT);
  expect(markEagerCompile(root)).toBe(0);
  expect(readFileSync(join(root, "_observablehq/client.abc.js"), "utf8").split(COMPILE_HINT)).toHaveLength(2);
});
