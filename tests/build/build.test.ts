// The build as a presenter meets it: it works with the network off, and a bad edit to
// data/ stops it with a precise message and leaves no dist/ that could pass for a build.
import {spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, expect, test} from "vitest";
import {DATA_DIR} from "../../src/build/dataset.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const temp = mkdtempSync(join(tmpdir(), "deck-build-"));
afterAll(() => rmSync(temp, {recursive: true, force: true}));

function build(env: Record<string, string>, {offline = false} = {}) {
  const [command, args] = offline ? ["unshare", ["--net", "npm", "run", "build"]] : ["npm", ["run", "build"]];
  return spawnSync(command, args, {cwd: ROOT, encoding: "utf8", env: {...process.env, ...env}, timeout: 300_000});
}

const canUnshare = spawnSync("unshare", ["--net", "true"]).status === 0;

test.runIf(canUnshare)("npm run build succeeds with the network off", () => {
  const output = join(temp, "offline-dist");
  const result = build({DECK_OUTPUT_DIR: output}, {offline: true});
  expect(result.stderr + result.stdout).not.toMatch(/fetch failed|EAI_AGAIN|unable to fetch/);
  expect(result.status).toBe(0);
  const index = readFileSync(join(output, "index.html"), "utf8");
  expect(index).toContain("observablehq");
  // Nothing in what ships points at a CDN or a font service.
  expect(index).not.toMatch(/jsdelivr|unpkg|googleapis|gstatic/);
});

test("a bad row stops the build naming file, line and column, and leaves no dist/", () => {
  const data = join(temp, "bad-data");
  cpSync(DATA_DIR, data, {recursive: true});
  const file = join(data, "openai_models.csv");
  const lines = readFileSync(file, "utf8").split("\n");
  lines[5] = lines[5].replace(/,30(\.0+)?,/, ",n/a,");
  writeFileSync(file, lines.join("\n"));
  // A previous good build sits in the output folder: it must not survive as if it were this one.
  const output = join(temp, "bad-dist");
  mkdirSync(output);
  writeFileSync(join(output, "index.html"), "<p>an older build</p>");
  const result = build({DECK_DATA_DIR: data, DECK_OUTPUT_DIR: output});
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('openai_models.csv:6: column "input_usd_per_mtok": expected a number ≥ 0 or an empty cell, got "n/a"');
  expect(result.stderr).toContain("The build stopped");
  expect(existsSync(output)).toBe(false);
});
