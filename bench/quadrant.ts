// `npm run bench`: how fast the intelligence-vs-price page redraws after each input, in
// Debian's Chromium, at the report's 28 models and at 2,000 synthetic ones.
//
// For every input it changes the value N times through the page's own controls (the same
// events a presenter's slider, click or drag fires) and times, with performance.now() in the
// page:
// - "frame": the work of the frame in which Framework recomputes the cells the input touched
//   (Framework runs them at the next animation frame after the event): from the start of that
//   frame until its cells have run and the browser has recomputed style and layout. At or under
//   16 ms, the input is shown in the next frame: the target.
// - "rendered": the same frame until it has been painted and committed to the compositor (the
//   first task after it; for a figure that waits to be seen, the first task after the frame it
//   changed in). The commit is main-thread work too: at 2,000 models the chart's 2D canvas is
//   rasterised there, about 10 ms a frame in this headless Chromium without a GPU. Printed beside
//   the target, not judged by it: the target was set on "frame".
// - "latency": from the event until the affected view's DOM has changed and been laid out;
//   it includes waiting for Framework's frame (up to one frame: the bench fires each event at
//   the start of a frame, the worst case) and, for a figure below the chart that waits to be
//   seen again, the frame its visibility() check takes (the projection, moved by its own
//   sliders, does not wait: src/ui/deferred.ts seenOnceThenOwnInputs).
// A view counts as redrawn when its DOM changed (a MutationObserver); a view that does not
// change is an error.
//
// The synthetic models are generated here and handed to the page through its bench hook
// (window.__deckQuadrant); they are never written to data/ nor shipped.
//
// Options: --runs N (changes per input, default 40), --build (rebuild dist/ first; it is
// built when missing), --json FILE (also write the figures as JSON), --wait-load L (on a
// shared machine, wait up to 10 minutes for the 1-minute load average to fall below L
// before each series of models: other work on the machine inflates every figure), --only 28
// or --only 2000 (one series), --layout (also trace 10 more changes per input and print how many
// layout objects each change had the browser lay out again: a count, the same on every run and
// machine, where the times swing with the machine's load).
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {cpus, loadavg} from "node:os";
import {dirname, join} from "node:path";
import type {Browser, Page} from "playwright-core";
import {DIST, launch, serve, settle} from "../tests/browser/harness.js";
import type {ModelComparison} from "../src/lib/schema.js";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? "") : undefined;
};
const RUNS = Number(option("runs") ?? 40);
const LAYOUT = args.includes("--layout");
const LAYOUT_RUNS = 10;
const WAIT_LOAD = option("wait-load") ? Number(option("wait-load")) : null;

async function quietMachine(): Promise<void> {
  if (WAIT_LOAD == null) return;
  const until = Date.now() + 10 * 60_000;
  while (loadavg()[0] >= WAIT_LOAD && Date.now() < until) {
    process.stderr.write(`  waiting for the load average (${loadavg()[0].toFixed(1)}) to fall below ${WAIT_LOAD}…\n`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
}
const SYNTHETIC = 2000;
const TARGET = 16;

if (args.includes("--build") || !existsSync(join(DIST, "quadrant.html"))) {
  console.log("Building the site (npm run build)…");
  const build = spawnSync("npm", ["run", "build"], {stdio: "inherit"});
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** A small seeded generator, so every run benches the same synthetic models. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticModels(count: number, vendors: string[]): ModelComparison[] {
  const next = random(20250310);
  return Array.from({length: count}, (_, i) => {
    const input = Math.exp(Math.log(0.03) + next() * Math.log(20 / 0.03));
    const priced = next() > 0.03;
    const scored = next() > 0.02;
    return {
      id: `synthetic-${i}`,
      model: `Synthetic model ${i}`,
      vendor: vendors[i % vendors.length],
      released: "2025-01",
      released_after_report: next() < 0.05,
      reasoning: next() < 0.35,
      intelligence_index: scored ? Math.round(20 + next() * 52) : null,
      output_tokens_per_s: next() < 0.5 ? Math.round(10 + next() * 250) : null,
      speed_as_of: next() < 0.8 ? "2025-03" : "2025-04",
      input_usd_per_mtok: priced ? Math.round(input * 1000) / 1000 : null,
      output_usd_per_mtok: priced ? Math.round(input * (2 + next() * 3) * 1000) / 1000 : null,
      price_as_of: next() < 0.9 ? "2025-03" : "2025-04",
      context_window_tokens: 128000,
      in_report: null,
      source_intelligence: "synthetic (bench)",
      source_speed: "synthetic (bench)",
      source_price: "synthetic (bench)",
      notes: null
    };
  });
}

/**
 * One input: `view` is the element whose DOM must change (the chart, or a figure below it,
 * which is scrolled into view first: off-screen figures redraw when they come into view), and
 * `act(i)` makes the i-th change in the page.
 */
type Input = {name: string; view: string; act: string; before?: string; after?: string};
// Every step must change the state (a change to the same value redraws nothing): the values
// below start away from the defaults and differ from one step to the next, and the page is
// reset to its defaults before each series.

const INPUTS: Input[] = [
  {
    name: "price mix (slider)",
    view: ".qx-chart",
    act: `const r = document.querySelector('[data-control="mix"] input[type=range]'); r.value = String([50, 90, 25, 75][i % 4]); r.dispatchEvent(new Event("input", {bubbles: true}));`
  },
  {
    name: "intelligence line (slider)",
    view: ".qx-chart",
    act: `const r = document.querySelector('[data-control="minIq"] input[type=range]'); r.value = String(45 + (i % 20)); r.dispatchEvent(new Event("input", {bubbles: true}));`
  },
  {
    name: "price line (slider)",
    view: ".qx-chart",
    act: `const r = document.querySelector('[data-control="maxPrice"] input[type=range]'); r.value = String(Math.log([3, 30, 1, 10][i % 4])); r.dispatchEvent(new Event("input", {bubbles: true}));`
  },
  {
    name: "price line (drag on chart)",
    view: ".qx-chart",
    before: `const svg = document.querySelector(".qx-svg"); const hit = svg.querySelector(".qx-line-price .qx-line-hit"); const b = hit.getBoundingClientRect(); window.__drag = {svg, x: b.x + b.width / 2, y: b.y + b.height / 2}; hit.dispatchEvent(new PointerEvent("pointerdown", {bubbles: true, pointerId: 7, clientX: window.__drag.x, clientY: window.__drag.y}));`,
    act: `const d = window.__drag; d.svg.dispatchEvent(new PointerEvent("pointermove", {bubbles: true, pointerId: 7, clientX: d.x - 120 + (i % 12) * 20, clientY: d.y}));`,
    after: `const d = window.__drag; d.svg.dispatchEvent(new PointerEvent("pointerup", {bubbles: true, pointerId: 7, clientX: d.x, clientY: d.y}));`
  },
  {
    name: "price axis log/linear",
    view: ".qx-chart",
    act: `const r = document.querySelectorAll('[data-control="scale"] input[type=radio]')[(i + 1) % 2]; r.checked = true; r.dispatchEvent(new Event("input", {bubbles: true}));`
  },
  {
    name: "vendor filter",
    view: ".qx-chart",
    act: `const boxes = document.querySelectorAll('[data-control="vendor"] input[type=checkbox]'); boxes[Math.floor(i / 2) % boxes.length].click();`
  },
  {
    name: "reasoning filter",
    view: ".qx-chart",
    act: `const r = document.querySelectorAll('[data-control="reasoning"] input[type=radio]')[(i + 1) % 3]; r.checked = true; r.dispatchEvent(new Event("input", {bubbles: true}));`
  },
  {
    name: "snapshot",
    view: ".qx-chart",
    act: `const r = document.querySelectorAll('[data-control="snapshot"] input[type=radio]')[(i + 1) % 2]; r.checked = true; r.dispatchEvent(new Event("input", {bubbles: true}));`
  },
  {
    name: "what-if change (slider)",
    view: ".qx-chart",
    act: `const r = document.querySelector('[data-control="scenario"] input[type=range]'); r.value = String([-50, -20, 30, -80][i % 4]); r.dispatchEvent(new Event("input", {bubbles: true}));`
  },
  {
    name: "what-if preset / reset",
    view: ".qx-chart",
    act: `document.querySelector(i % 2 ? '[data-control="scenario"] .qx-reset-scenario' : '[data-control="scenario"] .qx-preset').click();`
  },
  {
    name: "assumed decline (slider)",
    view: ".qx-projection-tools + div",
    act: `const r = document.querySelector('[data-control="decline"] input[type=range]'); r.value = String(20 + (i % 50)); r.dispatchEvent(new Event("input", {bubbles: true}));`
  },
  {
    name: "target intelligence (slider)",
    view: ".qx-projection-tools + div",
    act: `const r = document.querySelector('[data-control="targetIq"] input[type=range]'); r.value = String(50 + (i % 18)); r.dispatchEvent(new Event("input", {bubbles: true}));`
  },
  {
    name: "target price (slider)",
    view: ".qx-projection-tools + div",
    act: `const r = document.querySelector('[data-control="targetPrice"] input[type=range]'); r.value = String(Math.log([0.5, 0.1, 1, 0.2][i % 4])); r.dispatchEvent(new Event("input", {bubbles: true}));`
  }
];

type Sample = {latency: number; frame: number; rendered: number};

async function measure(page: Page, input: Input, runs: number): Promise<Sample[]> {
  // Figures drawn as they come into view can push the target down: scroll until it stays in view.
  for (let tries = 0; tries < 10; ++tries) {
    const inView = await page.evaluate((selector) => {
      const target = document.querySelector(selector)!;
      if (selector === ".qx-chart") window.scrollTo(0, 0);
      else target.scrollIntoView({block: "center"});
      const box = target.getBoundingClientRect();
      return box.top >= 0 && box.top < innerHeight;
    }, input.view);
    await settle(page);
    if (inView && (await page.evaluate((selector) => document.querySelector(selector)!.getBoundingClientRect().top < innerHeight, input.view))) break;
  }
  if (input.before) await page.evaluate(input.before);
  const samples = await page.evaluate(
    async ({view, act, runs}) => {
      const step = new Function("i", act) as (i: number) => void;
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      const target = document.querySelector(view) as HTMLElement;
      const out: {latency: number; frame: number; rendered: number}[] = [];
      for (let i = 0; i < runs; ++i) {
        await frame(); // start at the beginning of a frame, as a real input event would
        let changed: number | null = null;
        let resolveChange = () => {};
        const change = new Promise<void>((resolve) => (resolveChange = resolve));
        const observer = new MutationObserver(() => {
          if (changed != null) return;
          document.body.getBoundingClientRect(); // style and layout of the changed view
          changed = performance.now();
          resolveChange();
        });
        observer.observe(target, {subtree: true, childList: true, attributes: true, characterData: true});
        // Requested before the event, this runs first in the frame Framework computes in: that frame's start.
        let frameStart = 0;
        requestAnimationFrame(() => (frameStart = performance.now()));
        const t0 = performance.now();
        step(i);
        // Requested once the event's promise chain has run (Framework requests its frame a few microtasks
        // after the event), this runs after Framework's cells in the same frame. Microtasks, not a timer:
        // on a busy machine a timer can fire a frame late.
        for (let tick = 0; tick < 50; ++tick) await null;
        // The first task after a frame runs once the frame is rendered: its style, layout, paint
        // and commit to the compositor, which the main thread waits for (a 2D canvas is rasterised
        // there). A user-blocking task, so no timer the page queued runs before it.
        const afterFrame = (resolve: (t: number) => void) =>
          (globalThis as unknown as {scheduler: {postTask(f: () => void, o: {priority: string}): void}}).scheduler.postTask(
            () => resolve(performance.now()),
            {priority: "user-blocking"}
          );
        let rendered: Promise<number> = Promise.resolve(0);
        const frameEnd = await new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            document.body.getBoundingClientRect();
            resolve(performance.now());
            rendered = new Promise<number>(afterFrame);
          })
        );
        const timeout = setTimeout(() => resolveChange(), 5000);
        await change;
        clearTimeout(timeout);
        observer.disconnect();
        if (changed == null) throw new Error(`step ${i} did not redraw ${view}`);
        // A figure that waits for visibility() draws after Framework's frame, in a frame of its own:
        // its work ends when it changed, and that frame is rendered at the first task after it.
        const late = (changed as number) > frameEnd;
        const renderedAt = late ? await new Promise<number>((resolve) => requestAnimationFrame(() => afterFrame(resolve))) : await rendered;
        out.push({latency: changed - t0, frame: Math.max(frameEnd, changed) - frameStart, rendered: renderedAt - frameStart});
      }
      return out;
    },
    {view: input.view, act: input.act, runs}
  );
  if (input.after) await page.evaluate(input.after);
  await page.evaluate(() => (document.querySelector(".qx-reset-all") as HTMLElement).click());
  await settle(page);
  return samples;
}

/**
 * The layout objects the browser laid out again per change, mean of LAYOUT_RUNS traced changes:
 * the sum of every layout's dirty objects (Chromium's "Layout" trace event), the bench's own
 * forced layouts included (they lay out what the change left dirty, nothing more).
 */
async function layoutPerChange(browser: Browser, page: Page, input: Input): Promise<number> {
  await browser.startTracing(page, {categories: ["devtools.timeline"]});
  await measure(page, input, LAYOUT_RUNS);
  type TraceEvent = {name: string; ph: string; args?: {beginData?: {dirtyObjects?: number}}};
  const events: TraceEvent[] = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const dirty = events.filter((e) => e.name === "Layout" && e.ph === "X").reduce((sum, e) => sum + (e.args?.beginData?.dirtyObjects ?? 0), 0);
  return dirty / LAYOUT_RUNS;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

const {server, origin} = await serve();
const browser = await launch();
const rows: {input: string; models: number; frameP50: number; frameP95: number; renderedP50: number; renderedP95: number; latencyP50: number; latencyP95: number; laidOut?: number}[] = [];
const loads: string[] = [];
try {
  const sizes = (["real", "synthetic"] as const).filter((size) => !option("only") || option("only") === (size === "real" ? "28" : String(SYNTHETIC)));
  for (const size of sizes) {
    await quietMachine();
    const loadBefore = loadavg()[0];
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    // tsx keeps function names with a __name helper; functions sent to the page need it too.
    await context.addInitScript({content: "globalThis.__name = (f) => f;"});
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("crash", () => errors.push("the page crashed"));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(`${origin}/quadrant?lang=en`, {waitUntil: "networkidle"});
    await page.waitForSelector(".qx-dot");
    await settle(page);
    let count = 0;
    if (size === "synthetic") {
      const vendorIds = await page.evaluate(() => [...document.querySelectorAll('[data-control="vendor"] input')].map((el) => (el as HTMLInputElement).value));
      const models = syntheticModels(SYNTHETIC, vendorIds);
      await page.evaluate((models) => (window as unknown as {__deckQuadrant: {setModels(m: unknown): void}}).__deckQuadrant.setModels(models), models);
      await settle(page);
      count = SYNTHETIC;
    } else {
      count = await page.evaluate(() => (document.querySelector(".qx-chart") ? document.querySelectorAll(".qx-dots .qx-dot").length : 0));
    }
    const label = size === "real" ? `${count} plotted (28 in the data)` : `${SYNTHETIC} synthetic`;
    for (const input of INPUTS) {
      await measure(page, input, 4); // warm up
      const samples = await measure(page, input, RUNS);
      rows.push({
        input: input.name,
        models: size === "real" ? 28 : SYNTHETIC,
        frameP50: percentile(samples.map((s) => s.frame), 50),
        frameP95: percentile(samples.map((s) => s.frame), 95),
        renderedP50: percentile(samples.map((s) => s.rendered), 50),
        renderedP95: percentile(samples.map((s) => s.rendered), 95),
        latencyP50: percentile(samples.map((s) => s.latency), 50),
        latencyP95: percentile(samples.map((s) => s.latency), 95),
        laidOut: LAYOUT ? await layoutPerChange(browser, page, input) : undefined
      });
      process.stderr.write(`  ${label}: ${input.name} done\n`);
    }
    if (errors.length) throw new Error(`the page logged errors during the bench:\n${errors.join("\n")}`);
    loads.push(`${size === "real" ? 28 : SYNTHETIC} models: load ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const version = spawnSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ["--version"], {encoding: "utf8"}).stdout?.trim();
const fmt = (n: number) => n.toFixed(1).padStart(6);
console.log(`\nIntelligence vs price: input -> redraw, ms (${RUNS} changes per input; ${version || "Chromium"}; ${cpus().length} cores; ${loads.join(", ")})`);
console.log("frame = the work of Framework's frame (its cells, style and layout); rendered = the same frame until it is painted and committed to the compositor (the first task after it); latency = event until the view's DOM changed and was laid out\n");
if (LAYOUT) console.log(`laid out = layout objects laid out again per change (mean of ${LAYOUT_RUNS} traced changes)\n`);
console.log(`${"input".padEnd(30)}${"models".padStart(7)}   frame p50    p95   rendered p50    p95   latency p50    p95   target (frame p95)${LAYOUT ? "   laid out" : ""}`);
for (const r of rows) {
  const ok = r.frameP95 <= TARGET ? "met" : `MISSED by ${(r.frameP95 - TARGET).toFixed(1)} ms`;
  const laidOut = r.laidOut == null ? "" : `${" ".repeat(Math.max(0, 18 - ok.length))}${String(Math.round(r.laidOut)).padStart(6)}`;
  console.log(`${r.input.padEnd(30)}${String(r.models).padStart(7)}   ${fmt(r.frameP50)} ${fmt(r.frameP95)}   ${fmt(r.renderedP50)}  ${fmt(r.renderedP95)}   ${fmt(r.latencyP50)} ${fmt(r.latencyP95)}   ≤ ${TARGET} ms ${ok}${laidOut}`);
}
const json = option("json");
if (json) {
  mkdirSync(dirname(json), {recursive: true});
  writeFileSync(json, JSON.stringify({runs: RUNS, chromium: version, cores: cpus().length, loads, rows}, null, 2));
}
