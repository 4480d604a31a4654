// Headless Chromium against the built site, shared by the browser tests, the bench scripts and
// `npm run pdf`: a static server for dist/ on loopback, Debian's Chromium (no browser download)
// launched offline, and a wait for the page to settle.
import {existsSync, readFileSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize} from "node:path";
import {fileURLToPath} from "node:url";
import {chromium, type Browser, type Page} from "playwright-core";

export const DIST = process.env.DECK_OUTPUT_DIR ?? fileURLToPath(new URL("../dist", import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** A page's first chart, as `npm run bench:load` times it: a Plot chart's svg (or a legend's), or the quadrant chart's first dot. */
export const FIRST_CHART = 'svg[class^="plot-"], .qx-dots > *';

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png"
};

/** A static file server for dist/, as any static host would serve it. */
export async function serve(root = DIST): Promise<{server: Server; origin: string}> {
  if (!existsSync(join(root, "index.html"))) throw new Error(`${root} has no index.html: run npm run build first`);
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    let file = join(root, path);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) return void response.writeHead(404).end("not found");
    response.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"});
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`};
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run"
    ]
  });
}

/**
 * Waits until the page has settled: Framework 1.13 marks every pending cell with an
 * <observablehq-loading> element, so none may remain in view; then the fonts are loaded and two
 * animation frames have run, so layout and any redraw scheduled for the next frame are done.
 */
export async function settle(page: Page): Promise<void> {
  // A cell that waits for visibility() stays pending while off screen, as it should: only the
  // cells in view must have settled.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll("observablehq-loading")].every((element) => {
        const box = element.getBoundingClientRect();
        return box.bottom <= 0 || box.top >= innerHeight || (box.width === 0 && box.height === 0);
      }),
    null,
    {timeout: 20_000}
  );
  // A link made for presenting is hidden until present mode, loaded on demand, has built its stage.
  await page.waitForFunction(() => !document.documentElement.classList.contains("deck-present-loading"), null, {
    timeout: 20_000
  });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}
