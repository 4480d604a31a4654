// `npm run dev` picks up an edit to data/ without a restart: the open page shows the new
// value; a bad edit is reported by the server and the page keeps the last good data.
import {spawn, type ChildProcess} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, expect, test} from "vitest";
import {DATA_DIR} from "../../src/build/dataset.js";
import {launch} from "../browser/harness.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const PORT = 3900 + Math.floor(Math.random() * 90);
const data = mkdtempSync(join(tmpdir(), "deck-dev-"));
let server: ChildProcess;
let log = "";
let browser: Browser;

beforeAll(async () => {
  cpSync(DATA_DIR, data, {recursive: true});
  server = spawn("npx", ["tsx", "scripts/dev.ts", "--port", String(PORT), "--no-open"], {
    cwd: ROOT,
    env: {...process.env, DECK_DATA_DIR: data},
    detached: true
  });
  server.stdout!.on("data", (chunk) => (log += chunk));
  server.stderr!.on("data", (chunk) => (log += chunk));
  for (let i = 0; i < 100 && !(await reachable()); ++i) await new Promise((r) => setTimeout(r, 200));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  rmSync(data, {recursive: true, force: true});
});

async function reachable(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${PORT}/`)).ok;
  } catch {
    return false;
  }
}

function editTitle(from: string, to: string) {
  const file = join(data, "report_meta.csv");
  writeFileSync(file, readFileSync(file, "utf8").replace(from, to));
}

test("an edit to data/ shows in the open page without restarting the server", async () => {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/?lang=zh`);
  const heading = page.locator("#observablehq-main h1");
  await expect.poll(() => heading.innerText(), {timeout: 20_000}).toBe("海外科技行业深度研究报告");

  editTitle("海外科技行业深度研究报告", "海外科技行业深度研究报告（修订）");
  await expect.poll(() => heading.innerText(), {timeout: 20_000}).toBe("海外科技行业深度研究报告（修订）");

  // A bad edit: the server names it; the page keeps the last good data.
  const file = join(data, "industry_data.csv");
  writeFileSync(file, readFileSync(file, "utf8").replace("49060.09", "lots"));
  await expect.poll(() => log, {timeout: 10_000}).toContain('industry_data.csv:3: column "value": expected a number ≥ 0, got "lots"');
  expect(await heading.innerText()).toBe("海外科技行业深度研究报告（修订）");
  await page.close();
});
