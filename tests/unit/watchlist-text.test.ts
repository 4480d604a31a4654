// /watchlist keeps its own words in one TEXT = {zh, en} table (docs/architecture.md, "Two
// languages, one rule"): its cells call no t(lang, zh, en) inline, both languages have the same
// keys (a function in one is a function of the same arity in the other), and every key the
// cells use is in the table and every key in the table is used.
import {readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {describe, expect, test} from "vitest";

const PAGE = fileURLToPath(new URL("../../src/watchlist.md", import.meta.url));
const cells = [...readFileSync(PAGE, "utf8").matchAll(/^```js\n([\s\S]*?)^```/gm)].map((m) => m[1]);
const code = cells.join("\n");

/** The page's TEXT table, evaluated: an object literal of strings, nested objects and arrow functions. */
function textTable(): {zh: Record<string, unknown>; en: Record<string, unknown>} {
  const start = code.indexOf("const TEXT = {");
  const end = code.indexOf("\n};", start);
  if (start < 0 || end < 0) throw new Error("src/watchlist.md has no `const TEXT = {…};` cell");
  return new Function(`return ${code.slice(start + "const TEXT = ".length, end + 2)};`)();
}

/** Every leaf of a table: its dotted path and its value. */
function leaves(table: Record<string, unknown>, prefix = ""): [string, unknown][] {
  return Object.entries(table).flatMap(([key, value]): [string, unknown][] =>
    value && typeof value === "object" ? leaves(value as Record<string, unknown>, `${prefix}${key}.`) : [[`${prefix}${key}`, value]]
  );
}

/** Each leaf as "path: kind", a function's kind naming its arity. */
function shape(table: Record<string, unknown>): string[] {
  return leaves(table).map(([path, value]) => `${path}: ${typeof value === "function" ? `function/${value.length}` : typeof value}`);
}

describe("the watchlist page's strings", () => {
  test("no cell calls t(lang, zh, en) inline, nor imports t", () => {
    expect(cells.length).toBeGreaterThan(10);
    expect(code.match(/(?<![\w.$])t\(/g) ?? []).toEqual([]);
    expect(code).not.toMatch(/import \{[^}]*\bt\b[^}]*\} from "\.\/lib\/i18n\.js"/);
  });

  test("Chinese and English have the same keys, of the same kinds, and no empty string", () => {
    const {zh, en} = textTable();
    expect(shape(zh).length).toBeGreaterThan(30);
    expect(shape(en)).toEqual(shape(zh));
    const blank = [...leaves(zh), ...leaves(en)].filter(([, value]) => typeof value === "string" && !value.trim());
    expect(blank).toEqual([]);
  });

  test("every key the cells use is in the table, and every key in the table is used", () => {
    const {zh} = textTable();
    const used = new Set([...code.matchAll(/TEXT\[lang\]((?:\.\w+)+)/g)].map((m) => m[1].slice(1)));
    const defined = leaves(zh).map(([path]) => path);
    expect([...used].filter((key) => !defined.includes(key))).toEqual([]);
    expect(defined.filter((key) => !used.has(key))).toEqual([]);
  });
});
